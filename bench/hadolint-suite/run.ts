// hadolint parity: runs the rule cases of hadolint's own test suite through dockspec's linter and
// prints, per hadolint rule, how many cases dockspec agrees on.
//
//   npm run build && npx tsx bench/hadolint-suite/run.ts <hadolint checkout or its .git directory> [--verbose] [--json FILE]
//
// The checkout is the user's (fetched for the run, never committed): no hadolint code, text or test
// case is part of this project. A case agrees when dockspec's findings carrying the case's DL id
// (as an alias) match what the case asserts: some, none, or exactly N. dockspec may report one
// instruction more than once (one finding per unpinned package); hadolint reports an instruction
// once, so the comparison counts the distinct lines a rule reports, as hadolint does.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractCases, type SpecCase } from './extract.js';
import { type KnownDifference, knownDifferences } from './known-differences.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const dockspec = (await import(
  path.join(root, 'dist/lint/index.js')
)) as typeof import('../../src/lint/index.js');
const parser = (await import(
  path.join(root, 'dist/dockerfile/index.js')
)) as typeof import('../../src/dockerfile/index.js');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const checkout = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
if (!checkout) {
  console.error(
    'usage: npx tsx bench/hadolint-suite/run.ts <hadolint checkout or git directory> [--verbose] [--json FILE]',
  );
  process.exit(2);
}

/** The spec files by name, from a work tree or (for a bare clone) from its HEAD commit. */
function specFiles(dir: string): Map<string, string> {
  const specDir = path.join(dir, 'test/Hadolint/Rule');
  const out = new Map<string, string>();
  if (existsSync(specDir)) {
    for (const f of readdirSync(specDir))
      if (/^DL\d+Spec\.hs$/.test(f)) out.set(f, readFileSync(path.join(specDir, f), 'utf8'));
    return out;
  }
  const git = (...a: string[]) =>
    execFileSync('git', ['--git-dir', dir, ...a], { encoding: 'utf8', maxBuffer: 1 << 26 });
  let names: string[];
  try {
    names = git('ls-tree', '--name-only', 'HEAD', 'test/Hadolint/Rule/').split('\n');
  } catch {
    console.error(`${dir}: neither a hadolint work tree (no test/Hadolint/Rule) nor a git directory of one`);
    process.exit(2);
  }
  for (const name of names) {
    const f = path.basename(name);
    if (/^DL\d+Spec\.hs$/.test(f)) out.set(f, git('show', `HEAD:${name}`));
  }
  return out;
}

/** hadolint's onBuild helpers turn every RUN into ONBUILD RUN. */
function wrapRunsInOnBuild(text: string): string {
  const model = parser.parseDockerfile(text, { file: 'Dockerfile' });
  const lines = text.split('\n');
  for (const i of model.instructions)
    if (i.keyword === 'RUN') lines[i.range.start.line - 1] = `ONBUILD ${lines[i.range.start.line - 1]}`;
  return lines.join('\n');
}

function findingLines(c: SpecCase, rules: readonly import('../../src/lint/index.js').Rule[]): number[] {
  const text = `${c.dockerfile}\n`;
  const offRules = rules.filter((r) => r.severity === 'off').map((r) => r.id);
  const result = dockspec.lintTextSync(c.onBuild ? wrapRunsInOnBuild(text) : text, {
    rules,
    config: {
      trustedRegistries: c.config.trustedRegistries ?? [],
      labelSchema: c.config.labelSchema as
        | Record<string, import('../../src/lint/index.js').LabelType>
        | undefined,
      strictLabels: c.config.strictLabels,
      // Rules off by default run here: the question is whether the rule agrees when it runs.
      override: offRules.length ? { warning: offRules } : {},
    },
  });
  const ids = new Set(rules.map((r) => r.id));
  const counts = (f: import('../../src/lint/index.js').Finding) =>
    ids.has(f.ruleId) && (messageAliases[f.ruleId]?.[f.messageId] ?? c.rule) === c.rule;
  return [...new Set(result.findings.filter(counts).map((f) => f.line))];
}

/** For a dockspec rule carrying several DL ids, the one each of its messages answers. */
const messageAliases: Record<string, Record<string, string>> = {
  DS1046: {
    missing: 'DL3049',
    superfluous: 'DL3050',
    url: 'DL3052',
    rfc3339: 'DL3053',
    spdx: 'DL3054',
    hash: 'DL3055',
    semver: 'DL3056',
    email: 'DL3058',
  },
};

interface RuleResult {
  rule: string;
  dockspec: string[];
  configured: boolean;
  cases: number;
  agree: number;
  known: number;
  disagree: {
    file: string;
    line: number;
    name: string;
    expect: string;
    got: number;
    dockerfile: string;
    onBuild: boolean;
  }[];
  differences: string[];
}

await parser.initShellParser();
const files = specFiles(path.resolve(checkout));
const results: RuleResult[] = [];
const unread: string[] = [];
const knownUsed = new Map<KnownDifference, number>();
for (const [file, source] of [...files].sort()) {
  const rule = file.slice(0, 6);
  const { cases, skipped } = extractCases(source);
  unread.push(...skipped.map((s) => `${file} ${s}`));
  const rules = dockspec.rules.filter((r) => r.aliases?.includes(rule));
  const own = cases.filter((c) => c.rule === rule);
  // A case naming another id than its file's (a typo in the suite) is not counted.
  for (const c of cases)
    if (c.rule !== rule) unread.push(`${file} line ${c.line}: case for "${c.rule.replace(/\n/g, '\\n')}"`);
  const r: RuleResult = {
    rule,
    dockspec: rules.map((x) => `${x.id} ${x.name}`),
    configured: own.some((c) => Object.keys(c.config).length > 0),
    cases: own.length,
    agree: 0,
    known: 0,
    disagree: [],
    differences: [],
  };
  for (const c of own) {
    const got = rules.length ? findingLines(c, rules).length : 0;
    const agrees = c.expect === 'some' ? got > 0 : got === c.expect;
    if (agrees) {
      r.agree++;
      continue;
    }
    const known = knownDifferences.find((k) => k.rule === rule && k.matches(c));
    if (known) {
      r.known++;
      knownUsed.set(known, (knownUsed.get(known) ?? 0) + 1);
      if (!r.differences.includes(known.name)) r.differences.push(known.name);
      continue;
    }
    r.disagree.push({
      file,
      line: c.line,
      name: c.name,
      expect: c.expect === 'some' ? '≥1' : String(c.expect),
      got,
      dockerfile: c.dockerfile,
      onBuild: c.onBuild,
    });
  }
  results.push(r);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const contextFree = results.filter((r) => !r.configured);
const answered = (rs: RuleResult[]) => rs.filter((r) => r.dockspec.length > 0);
const sum = (rs: RuleResult[], k: 'cases' | 'agree' | 'known') => rs.reduce((n, r) => n + r[k], 0);
const agreement = (rs: RuleResult[]) => {
  const a = answered(rs);
  const cases = sum(a, 'cases') - sum(a, 'known');
  return { cases, agree: sum(a, 'agree'), known: sum(a, 'known') };
};

const lines: string[] = [];
lines.push('| hadolint rule | dockspec rule | cases | agree | known differences | disagree |');
lines.push('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of results) {
  lines.push(
    `| ${r.rule}${r.configured ? ' (configured)' : ''} | ${r.dockspec.join(', ') || '—'} | ${r.cases} | ${r.agree} | ${r.known} | ${r.disagree.length} |`,
  );
}
const cf = agreement(contextFree);
const all = agreement(results);
lines.push('');
lines.push(
  `Context-free rules answered: ${answered(contextFree).length} of ${contextFree.length}; agreement ${cf.agree}/${cf.cases} = ${pct(cf.agree, cf.cases)} (${cf.known} known differences not counted).`,
);
lines.push(
  `All rules (configured ones included): ${answered(results).length} of ${results.length}; agreement ${all.agree}/${all.cases} = ${pct(all.agree, all.cases)} (${all.known} known differences).`,
);
const missing = results.filter((r) => r.dockspec.length === 0).map((r) => r.rule);
lines.push(`Rules with no dockspec rule: ${missing.join(', ') || 'none'}.`);
lines.push('');
lines.push('Known differences (each explained on its rule page):');
for (const k of knownDifferences)
  lines.push(`- ${k.rule} ${k.name} (${k.page}): ${knownUsed.get(k) ?? 0} cases — ${k.why}`);
if (unread.length) {
  lines.push('');
  lines.push(`Not read (${unread.length}):`);
  for (const u of unread) lines.push(`- ${u}`);
}
const disagreements = results.flatMap((r) => r.disagree);
if (disagreements.length) {
  lines.push('');
  lines.push(`Disagreements (${disagreements.length})${verbose ? ':' : '; --verbose lists them'}`);
  if (verbose)
    for (const d of disagreements)
      lines.push(
        `- ${d.file}:${d.line} "${d.name}": expected ${d.expect}, dockspec ${d.got}${d.onBuild ? ' (RUNs in ONBUILD)' : ''}\n    ${JSON.stringify(d.dockerfile)}`,
      );
}
console.log(lines.join('\n'));
if (jsonFile) {
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ date: new Date().toISOString(), contextFree: cf, all, missing, results }, null, 2)}\n`,
  );
}
