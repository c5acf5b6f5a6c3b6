import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Worker threads run the compiled code, so this test uses dist/ (`npm test` builds it first).
const dist = new URL('../../dist/lint/index.js', import.meta.url).href;

describe('lintFiles across worker threads', () => {
  it('gives the same results, in the same order, as one thread', async () => {
    const { lintFiles } = (await import(dist)) as typeof import('../../src/lint/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-par-'));
    for (let i = 0; i < 520; i++) {
      const sub = path.join(dir, `svc${String(i).padStart(3, '0')}`);
      mkdirSync(sub);
      writeFileSync(
        path.join(sub, 'Dockerfile'),
        `FROM python:3.12-slim\nRUN pip install x${i}\nCMD uvicorn app:app --port ${8000 + i}\n`,
      );
    }
    const parallel = await lintFiles([dir], { noContract: true, threads: 2 });
    const single = await lintFiles([dir], { noContract: true, parallel: false });
    expect(parallel.files.length).toBe(520);
    expect(parallel).toEqual(single);
    expect(parallel.findings.filter((f) => f.ruleId === 'DS2004').length).toBe(520);
  });

  it("rethrows a worker's input error as the same error, naming the file", async () => {
    const { lintFiles } = (await import(dist)) as typeof import('../../src/lint/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-par-'));
    for (let i = 0; i < 600; i++) {
      const sub = path.join(dir, `svc${String(i).padStart(3, '0')}`);
      mkdirSync(sub);
      writeFileSync(path.join(sub, 'Dockerfile'), 'FROM scratch\n');
    }
    // One folder near the end (a worker's chunk, not the main thread's first one) has a broken contract.
    writeFileSync(path.join(dir, 'svc590', 'dockspec.yaml'), 'service: [\n');
    const error = await lintFiles([dir], { threads: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 2, message: expect.stringContaining('svc590/dockspec.yaml') });
  });

  it('a binary file in a worker’s chunk is one finding for that file, and the run goes on', async () => {
    const { lintFiles } = (await import(dist)) as typeof import('../../src/lint/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-par-'));
    for (let i = 0; i < 600; i++) {
      const sub = path.join(dir, `svc${String(i).padStart(3, '0')}`);
      mkdirSync(sub);
      writeFileSync(
        path.join(sub, 'Dockerfile'),
        i === 590 ? Buffer.from([0x46, 0, 0x4f]) : 'FROM scratch\n',
      );
    }
    const result = await lintFiles([dir], { noContract: true, threads: 2 });
    expect(result.files).toHaveLength(600);
    const binary = result.findings.filter((f) => f.messageId === 'notText');
    expect(binary.map((f) => [path.basename(path.dirname(f.file)), f.severity])).toEqual([
      ['svc590', 'info'],
    ]);
  });

  it('starts threads by the size of the run, not the file count (measured break-even, BENCHMARKS.md)', async () => {
    const { defaultThreadCount } = (await import(dist)) as typeof import('../../src/lint/index.js');
    expect(defaultThreadCount(2_400_000, 2)).toBe(1); // 12,000 files of 2-6 lines: one thread was faster
    expect(defaultThreadCount(2_300_000, 2)).toBe(1); // 3,000 real-sized files: one thread was faster
    expect(defaultThreadCount(9_300_000, 2)).toBe(2); // 12,000 real-sized files: two were a third faster
    expect(defaultThreadCount(9_300_000, 16)).toBe(2);
    expect(defaultThreadCount(40_000_000, 16)).toBe(4);
    expect(defaultThreadCount(40_000_000, 1)).toBe(1);
  });

  it('overlapping runs and a run right after them all finish with every file', async () => {
    const { lintFiles } = (await import(dist)) as typeof import('../../src/lint/index.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-par-'));
    for (let i = 0; i < 400; i++) {
      mkdirSync(path.join(dir, `s${i}`));
      writeFileSync(path.join(dir, `s${i}`, 'Dockerfile'), `FROM python:3.12\nRUN pip install x${i}\n`);
    }
    // Three runs at once share the pooled worker, which gets chunks of all three interleaved.
    const runs = await Promise.all([1, 2, 3].map(() => lintFiles([dir], { noContract: true, threads: 2 })));
    for (const r of runs) {
      expect(r.files).toHaveLength(400);
      expect(r).toEqual(runs[0]);
    }
    const again = await lintFiles([dir], { noContract: true, threads: 2 });
    expect(again).toEqual(runs[0]);
  });
});
