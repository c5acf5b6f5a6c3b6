// Lint throughput with and without a shellcheck executable (issue 31), from dist/ as users run it:
//   npm run build && npx tsx bench/lint/shellcheck.ts [path to shellcheck]
// In process: the real-sized Dockerfiles of the fixtures and examples, cycled to 300 lint calls,
// best of 3 passes after one untimed pass, with the executable (one shellcheck process per file) and
// without it (dockspec's own SC checks). Whole CLI: `dockspec lint` over those files as one directory,
// median of 5, each way. Writes the section between the bench:shellcheck markers of BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const lint = (await import(
  path.join(root, 'dist/lint/index.js')
)) as typeof import('../../src/lint/index.js');
const { initShellParser } = (await import(
  path.join(root, 'dist/dockerfile/index.js')
)) as typeof import('../../src/dockerfile/index.js');
await initShellParser();

const executable = process.argv[2] ?? lint.resolveShellcheck(undefined, { PATH: process.env.PATH });
if (!executable) throw new Error('no shellcheck on PATH: pass its path');
const version = /version: (\S+)/.exec(spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout)?.[1];

const texts: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !['node_modules', '.git', '__snapshots__'].includes(e.name)) walk(full);
    else if (e.isFile() && lint.isDockerfileName(e.name)) texts.push(readFileSync(full, 'utf8'));
  }
};
walk(path.join(root, 'test/fixtures'));
walk(path.join(root, 'examples'));
const workload = Array.from({ length: 300 }, (_, i) => texts[i % texts.length]);

const best = (shellcheck: string | undefined) => {
  for (const t of workload) lint.lintTextSync(t, { shellcheck });
  let ms = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const t of workload) lint.lintTextSync(t, { shellcheck });
    ms = Math.min(ms, performance.now() - t0);
  }
  return Math.round(workload.length / (ms / 1000));
};
const inProcess = { with: best(executable), without: best(undefined) };

const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-bench-sc-'));
texts.forEach((t, i) => {
  mkdirSync(path.join(dir, String(i)));
  writeFileSync(path.join(dir, String(i), 'Dockerfile'), t);
});
const cli = path.join(root, 'dist/cli/bin.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const whole = (flag: string[]) => {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [cli, 'lint', '--no-contract', '--failure-threshold', 'none', '--format', 'json', ...flag, dir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (r.status !== 0) throw new Error(`dockspec lint exited ${r.status}`);
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
};
const cliRun = { with: whole(['--shellcheck', executable]), without: whole(['--no-shellcheck']) };
rmSync(dir, { recursive: true, force: true });

const section = `<!-- bench:shellcheck -->
## Lint with and without a shellcheck executable

Measured with \`npm run build && npx tsx bench/lint/shellcheck.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version},
ShellCheck ${version ?? '?'} (${executable}). With the executable, lint runs one shellcheck process per
Dockerfile over all its RUN scripts; without it, dockspec's own SC checks run on its shell parse.

| measure | with shellcheck | without (native SC checks) |
|---|---|---|
| lint of text in process, ${texts.length} real-sized Dockerfiles cycled to ${workload.length} calls (best of 3) | ${inProcess.with} files/s | ${inProcess.without} files/s |
| \`dockspec lint <dir>\` over those ${texts.length} files, whole CLI run (median of 5) | ${cliRun.with} ms | ${cliRun.without} ms |
<!-- /bench:shellcheck -->
`;
process.stdout.write(section);
const benchmarks = path.join(root, 'BENCHMARKS.md');
const current = readFileSync(benchmarks, 'utf8');
const marked = /<!-- bench:shellcheck -->\n[\s\S]*?<!-- \/bench:shellcheck -->\n/;
writeFileSync(
  benchmarks,
  marked.test(current)
    ? current.replace(marked, section)
    : current.replace('<!-- bench:lint-compare -->', `${section}\n<!-- bench:lint-compare -->`),
);
