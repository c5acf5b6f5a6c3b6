import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { checkInput, type FuzzResult, fuzz } from './harness.js';

// The short, deterministic fuzz run of `npm test`: a fixed seed, 2,000 mutated inputs per entry
// point, each cut to 64 KB (the long run, `npm run fuzz` in test/fuzz/run.ts, goes to 1 MB and times
// the large inputs). A failure prints the inputs.
const CASES = Number(process.env.DOCKSPEC_FUZZ_CASES) || 2000;
const MAX_LENGTH = 64 * 1024;
const SEED = 20261206;
// Generous against the 1 s bound: a shared CI machine is slower than the one the long run is timed on.
const BOUND_MS = 2000;

const show = (r: FuzzResult) =>
  r.problems.map(
    (p) =>
      `${p.kind} (${p.ms.toFixed(0)} ms): ${p.detail}\n  input: ${JSON.stringify(p.input.slice(0, 300))}`,
  );

describe(`fuzzing (${CASES} cases each, seed ${SEED})`, () => {
  beforeAll(() => initShellParser());

  for (const target of ['lint', 'validate', 'import'] as const) {
    it(`${target}: no crash, no malformed location, no input over ${BOUND_MS} ms`, () => {
      const result = fuzz(target, CASES, SEED, BOUND_MS, undefined, undefined, MAX_LENGTH);
      expect(result.cases).toBe(CASES);
      expect(show(result)).toEqual([]);
    }, 120_000);
  }

  it('the harness can fail: a crashing or slow entry point is reported with its input', () => {
    const seed = ['FROM python:3.12-slim\nRUN echo hi\n'];
    const crashing = fuzz('lint', 5, SEED, BOUND_MS, seed, () => {
      throw new Error('boom');
    });
    expect(crashing.problems.map((p) => p.kind)).toEqual(Array(5).fill('crash'));
    expect(crashing.problems[0].detail).toContain('boom');
    const slow = fuzz('lint', 2, SEED, 5, seed, () => {
      const until = performance.now() + 20;
      while (performance.now() < until);
      return undefined;
    });
    expect(slow.problems.map((p) => p.kind)).toEqual(['slow', 'slow']);
  });

  // Inputs a long run found (`npm run fuzz -- --save`), named <target>-<hash>.txt: each stays fixed.
  const found = path.resolve('test/fixtures/fuzz');
  const saved = existsSync(found)
    ? readdirSync(found).filter((f) => /^(lint|validate|import)-\w+\.txt$/.test(f))
    : [];
  it.skipIf(saved.length === 0)(`replays the ${saved.length} inputs earlier runs found`, () => {
    const problems = saved.flatMap((f) => {
      const target = f.split('-')[0] as FuzzResult['target'];
      const detail = checkInput(target, readFileSync(path.join(found, f), 'utf8'));
      return detail ? [`${f}: ${detail}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
