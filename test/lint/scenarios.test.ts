import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { lintTextSync, rules } from '../../src/lint/index.js';
import { isCoreRule } from './harness.js';

const dir = new URL('../fixtures/dockerfiles/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.Dockerfile'));

/** `# expect: DS2001, DS2002` above an instruction: those rules flag that instruction's first line. */
function expectations(text: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = /^#\s*expect:\s*(.*)$/.exec(line.trim());
    if (!m) return;
    let target = i + 1;
    while (target < lines.length && /^\s*(#|$)/.test(lines[target])) target++;
    for (const id of m[1].split(/[\s,]+/).filter(Boolean)) out.push(`${target + 1} ${id}`);
  });
  return out.sort();
}

describe('scenario fixtures: whole Dockerfiles with the expected findings marked inline', () => {
  beforeAll(() => initShellParser());

  for (const name of files) {
    const text = readFileSync(dir + name, 'utf8');

    // Core rules must match the markers exactly; other rules only where a marker names them.
    const marked = new Set(expectations(text).map((e) => e.split(' ')[1]));
    const compared = rules.filter((r) => isCoreRule(r.id) || marked.has(r.id));

    it(`${name}: reports exactly the marked findings`, () => {
      const { findings } = lintTextSync(text, { file: name, rules: compared });
      expect(findings.map((f) => `${f.line} ${f.ruleId}`).sort()).toEqual(expectations(text));
    });

    it(`${name}: --fix output re-lints without the fixed findings`, async () => {
      const fixed = lintTextSync(text, { file: name, fix: true, rules: compared });
      const fixable = lintTextSync(text, { file: name, rules: compared }).findings.filter((f) => f.fix);
      if (fixable.length === 0) {
        expect(fixed.output).toBeUndefined();
        return;
      }
      expect(fixed.output).toBeDefined();
      await expect(fixed.output).toMatchFileSnapshot(`./__snapshots__/fixed/${name}`);
      const again = lintTextSync(fixed.output!, { file: name, rules: compared });
      expect(again.findings.filter((f) => f.fix)).toEqual([]);
      expect(again.findings).toEqual(fixed.findings);
    });
  }
});
