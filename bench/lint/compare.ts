// Lint throughput of this build against another build of dockspec, side by side in one process:
// the two take turns over the same files, so a machine whose speed drifts affects both alike.
//   git worktree add /tmp/prev <commit> && (cd /tmp/prev && ln -s "$PWD/node_modules" . && npm run build)
//   npm run build && npx tsx bench/lint/compare.ts /tmp/prev [dir-of-Dockerfiles]
// Prints files/s (best and median of 8 rounds) for each build.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const [other, corpusDir = path.join(root, 'test/fixtures')] = process.argv.slice(2);
if (!other) throw new Error('usage: compare.ts <other dockspec checkout, built> [dir of Dockerfiles]');

type LintText = (text: string, options: { file: string }) => unknown;
async function load(dir: string): Promise<LintText> {
  const lint = await import(path.join(dir, 'dist/lint/index.js'));
  const { initShellParser } = await import(path.join(dir, 'dist/dockerfile/index.js'));
  await initShellParser();
  return lint.lintTextSync;
}

const texts: string[] = [];
const walk = (dir: string) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !['node_modules', '.git', '__snapshots__'].includes(e.name)) walk(full);
    else if (e.isFile() && /^(Dockerfile|Containerfile)(\..*)?$|\.[Dd]ockerfile$/.test(e.name))
      texts.push(readFileSync(full, 'utf8'));
  }
};
walk(corpusDir);
const workload = Array.from({ length: 3000 }, (_, i) => texts[i % texts.length]);
const builds = [
  { name: 'this build', lint: await load(root) },
  { name: other, lint: await load(path.resolve(other)) },
];
for (const b of builds) for (const t of workload) b.lint(t, { file: 'Dockerfile' });
const times = builds.map(() => [] as number[]);
for (let round = 0; round < 8; round++) {
  builds.forEach((b, k) => {
    const t0 = performance.now();
    for (const t of workload) b.lint(t, { file: 'Dockerfile' });
    times[k].push(performance.now() - t0);
  });
}
builds.forEach((b, k) => {
  const sorted = times[k].sort((x, y) => x - y);
  const rate = (ms: number) => Math.round(workload.length / (ms / 1000));
  console.log(
    `${b.name}: best ${rate(sorted[0])} files/s, median ${rate(sorted[4])} files/s (${texts.length} distinct files)`,
  );
});
