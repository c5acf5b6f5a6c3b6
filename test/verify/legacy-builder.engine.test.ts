import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { generate } from '../../src/generate/index.js';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import { pipIndexFor, type VerifyReport, verify } from '../../src/verify/verify.js';
import { describeEngine } from '../helpers/engine.js';
import { loadEngineEnv, testTimeScale } from './engine-env.js';

/**
 * The legacy builder on the Docker engine (DOCKSPEC_BUILDER=legacy, what an engine without
 * BuildKit or a CLI without buildx gets): a warning, a full verify, and failures mapped to their
 * Dockerfile line from the "Step N/M" output. The variable is set in this file's own worker only.
 */
loadEngineEnv();
const fixtures = path.resolve('test/fixtures/faulty');
const engine = new DockerodeEngine();
const nothingLeft = { containers: [], images: [], volumes: [] };

async function run(dir: string): Promise<VerifyReport> {
  const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
  return verify({
    contract: resolved,
    contextDir: dir,
    pipIndexUrl: pipIndexFor(resolved),
    postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
    timeScale: testTimeScale(),
  });
}

describeEngine('verify with the legacy builder on Docker', () => {
  const saved = process.env.DOCKSPEC_BUILDER;
  beforeAll(() => {
    process.env.DOCKSPEC_BUILDER = 'legacy';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DOCKSPEC_BUILDER;
    else process.env.DOCKSPEC_BUILDER = saved;
  });

  it('warns, builds with `docker build` and passes every check on the good fixture', async () => {
    const r = await run(path.join(fixtures, 'good'));
    expect(r.warnings.join('\n')).toMatch(
      /^DOCKSPEC_BUILDER=legacy: building with `docker build` \(DOCKER_BUILDKIT=0\) on Docker Engine .*RUN --mount/,
    );
    expect(r.checks.map((c) => [c.id, c.status, c.reason ?? c.actual])).toEqual(
      r.checks.map((c) => [c.id, 'pass', c.reason ?? c.actual]),
    );
    const build = r.checks.find((c) => c.id === 'build')!;
    expect(build.evidence).toContain(`builder: legacy on Docker Engine ${(await engine.flavour()).version}`);
    expect(build.actual).toMatch(/rebuild after touching server\.py: .*, 0 dependency step\(s\) re-run/);
    expect(await engine.listLabelled(r.runId)).toEqual(nothingLeft);
  });

  it('maps a failing RUN to its Dockerfile line from the Step output', async () => {
    const r = await run(path.join(fixtures, 'build-fails'));
    const build = r.checks.find((c) => c.id === 'build')!;
    expect(build.status).toBe('fail');
    expect(build.actual).toMatch(
      /Dockerfile:4: RUN echo "compiling wheels" && exit 3 failed \(exit code: 3\)/,
    );
    expect(r.checks.filter((c) => c.status !== 'skip').map((c) => `${c.id}:${c.status}`)).toEqual([
      'build:fail',
      'context:pass',
    ]);
  });

  it("a generated Dockerfile's cache mount fails at its own line: it needs BuildKit", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dockspec-legacy-hf-'));
    try {
      await cp(path.resolve('examples/hf-rag-backend'), dir, { recursive: true });
      const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
      await generate(resolved, { outDir: dir, only: ['dockerfile'], force: true });
      const text = await readFile(path.join(dir, 'Dockerfile'), 'utf8');
      const mountLine = text.split('\n').findIndex((l) => l.startsWith('RUN --mount=type=cache')) + 1;
      const r = await run(dir);
      const build = r.checks.find((c) => c.id === 'build')!;
      expect(build.status).toBe('fail');
      expect(build.actual).toMatch(
        new RegExp(
          `(^|/)Dockerfile:${mountLine}: RUN --mount=type=cache.* failed \\(the --mount option requires BuildKit`,
        ),
      );
      expect(await engine.listLabelled(r.runId)).toEqual(nothingLeft);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
