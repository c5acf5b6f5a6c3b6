import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { lintTextSync, rules } from '../../src/lint/index.js';

// Dockerfiles written by the team, each modelled on a kind of project seen in public repositories
// (named on its first line). `# expect: <rule> …` above an instruction: those rules must flag it
// (definite defects). `# clean` above an instruction: no rule may flag it. Recall is the share of
// expected findings reported; a false flag is a finding on a clean instruction.
const dir = new URL('../fixtures/realistic/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile'));
const idOf = new Map(rules.flatMap((r) => [[r.name, r.id] as const, [r.id, r.id] as const]));

interface Key {
  expected: { line: number; rule: string }[];
  clean: { start: number; end: number }[];
}

/** The instruction after a marker: from its first line to the line before the next marker or instruction. */
function readKey(text: string): Key {
  const lines = text.split('\n');
  const key: Key = { expected: [], clean: [] };
  const target = (i: number) => {
    let t = i + 1;
    while (t < lines.length && /^\s*(#|$)/.test(lines[t])) t++;
    let end = t;
    while (end + 1 < lines.length && /\\\s*$/.test(lines[end])) end++;
    return { start: t + 1, end: end + 1 };
  };
  lines.forEach((line, i) => {
    const m = /^#\s*(expect:|clean\b)\s*(.*)$/.exec(line.trim());
    if (!m) return;
    const at = target(i);
    if (m[1] === 'clean') key.clean.push(at);
    else
      for (const name of m[2].split(/[\s,]+/).filter(Boolean)) {
        const rule = idOf.get(name);
        if (!rule) throw new Error(`unknown rule ${name} in a marker`);
        key.expected.push({ line: at.start, rule });
      }
  });
  return key;
}

describe('realistic Dockerfiles: recall and false flags', () => {
  beforeAll(() => initShellParser());

  it('scores a rule set that misses a class lower (the measure can fail)', () => {
    const without = rules.filter((r) => r.name !== 'download-unverified' && r.name !== 'floating-tag');
    expect(score(without).recall).toBeLessThan(0.95);
  });

  it(`finds at least 95% of the marked defects with at most 2% false flags (${files.length} files)`, () => {
    const { recall, falseRate, found, expected, falseFlags, flags, misses, wrong } = score(rules);
    console.log(
      `realistic corpus: ${files.length} files, recall ${(recall * 100).toFixed(1)}% (${found}/${expected}), false flags ${(falseRate * 100).toFixed(1)}% (${falseFlags}/${flags})`,
    );
    if (misses.length) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (wrong.length) console.log(`false flags:\n  ${wrong.join('\n  ')}`);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseRate).toBeLessThanOrEqual(0.02);
  });
});

function score(ruleSet: typeof rules) {
  let expected = 0;
  let found = 0;
  let flags = 0;
  let falseFlags = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const name of files) {
    const text = readFileSync(dir + name, 'utf8');
    const key = readKey(text);
    const { findings } = lintTextSync(text, { file: name, rules: ruleSet });
    for (const e of key.expected) {
      expected++;
      if (findings.some((f) => f.line === e.line && f.ruleId === e.rule)) found++;
      else misses.push(`${name}:${e.line} ${e.rule}`);
    }
    for (const f of findings) {
      const onClean = key.clean.some((c) => f.line >= c.start && f.line <= c.end);
      if (onClean) {
        falseFlags++;
        wrong.push(`${name}:${f.line} ${f.rule}: ${f.message}`);
      }
      if (onClean || key.expected.some((e) => e.line === f.line && e.rule === f.ruleId)) flags++;
    }
  }
  const recall = found / expected;
  const falseRate = falseFlags / Math.max(1, flags);
  return { recall, falseRate, found, expected, falseFlags, flags, misses, wrong };
}
