// The long fuzz run: `npm run fuzz` (100,000 Dockerfiles, 10,000 contracts, 10,000 documents), or
//   npx tsx test/fuzz/run.ts --dockerfiles 1000 --contracts 100 --documents 100 --seed 7 --save
// Prints, per entry point, the cases, crashes, inputs over the time bound (1 s; 2 s for import), malformed locations and the median
// and worst time. --save keeps each problem input (up to 64 KB) in test/fixtures/fuzz/, which the
// test suite replays; --dump DIR writes every problem input, whole, to DIR for study. With
// DOCKSPEC_CHECK_LOCATIONS=1 (as `npm run fuzz` sets it) every location lint, validate and import
// hand out is asserted too: a malformed one is a crash.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { initShellParser } from '../../src/dockerfile/index.js';
import { type FuzzResult, fuzz } from './harness.js';

const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const plan = [
  ['lint', num('--dockerfiles', 100_000)],
  ['validate', num('--contracts', 10_000)],
  ['import', num('--documents', 10_000)],
] as const;
const seed = num('--seed', 1);
// Issue 33's bounds for lint and validate; import's is wider: the markdown parser alone takes about
// a microsecond a character (a megabyte of plain prose: 0.6-0.7 s), and documents are tens of kB.
const BOUNDS_MS = { lint: 1000, validate: 1000, import: 2000 } as const;

await initShellParser();
const results: FuzzResult[] = [];
for (const [target, count] of plan) {
  if (count <= 0) continue;
  const t0 = Date.now();
  const bound = BOUNDS_MS[target];
  const r = fuzz(target, count, seed, bound);
  results.push(r);
  const n = (kind: string) => r.problems.filter((p) => p.kind === kind).length;
  console.log(
    `${target.padEnd(8)} ${String(r.cases).padStart(7)} cases  crashes ${n('crash')}  over ${bound} ms ${n('slow')}  malformed locations ${n('location')}  median ${r.medianMs.toFixed(2)} ms  worst ${r.maxMs.toFixed(0)} ms  (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
  );
  for (const p of r.problems.slice(0, 20))
    console.log(`  ${p.kind}: ${p.detail.split('\n')[0].slice(0, 200)}`);
  const dump = args.indexOf('--dump');
  if (dump >= 0) {
    mkdirSync(args[dump + 1], { recursive: true });
    for (const [i, p] of r.problems.entries())
      writeFileSync(path.join(args[dump + 1], `${target}-${p.kind}-${i}.txt`), p.input);
  }
  if (args.includes('--save')) {
    const dir = path.resolve('test/fixtures/fuzz');
    mkdirSync(dir, { recursive: true });
    for (const p of r.problems) {
      if (p.input.length > 64 * 1024) continue;
      const name = `${target}-${createHash('sha256').update(p.input).digest('hex').slice(0, 12)}.txt`;
      writeFileSync(path.join(dir, name), p.input);
    }
  }
}
const bad = results.reduce((n, r) => n + r.problems.length, 0);
process.exitCode = bad > 0 ? 1 : 0;
