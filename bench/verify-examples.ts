// Times `dockspec verify` on each example's generated Dockerfile (run twice: the second run is the
// warm-cache figure recorded in BENCHMARKS.md). Needs the engine: `. ~/.cache/dockspec/engine/env`.
//   npx tsx bench/verify-examples.ts

import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContractFile } from '../src/contract/load.js';
import { generate } from '../src/generate/index.js';
import { pipIndexFor, verify } from '../src/verify/verify.js';

const examplesDir = path.resolve('examples');
for (const name of readdirSync(examplesDir).filter((d) =>
  existsSync(path.join(examplesDir, d, 'dockspec.yaml')),
)) {
  const dir = await mkdtemp(path.join(tmpdir(), `dockspec-bench-${name}-`));
  try {
    await cp(path.join(examplesDir, name), dir, { recursive: true });
    const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
    await generate(resolved, { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true });
    for (const run of ['first', 'warm']) {
      const r = await verify({
        contract: resolved,
        contextDir: dir,
        pipIndexUrl: pipIndexFor(resolved),
        postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
      });
      const slowest = [...r.checks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 3);
      const failed = r.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id);
      console.log(
        `${name}\t${run}\t${(r.durationMs / 1000).toFixed(1)}s\tfailed: ${failed.join(',') || 'none'}\tslowest: ${slowest
          .map((c) => `${c.id} ${(c.durationMs / 1000).toFixed(1)}s`)
          .join(', ')}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
