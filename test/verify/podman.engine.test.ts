import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { generate } from '../../src/generate/index.js';
import { buildImage } from '../../src/verify/engine/build.js';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import { pipIndexFor, type VerifyReport, verify } from '../../src/verify/verify.js';
import { loadEngineEnv, testTimeScale } from './engine-env.js';

/**
 * `dockspec verify` against Podman's Docker-compatible API (scripts/engine/podman up), with the
 * docker CLI and dockerode both pointed at it through DOCKER_HOST. Each test file runs in its own
 * worker, so changing DOCKER_HOST here does not reach the Docker-engine tests.
 */
loadEngineEnv();
const podmanHost = process.env.DOCKSPEC_PODMAN_HOST;
const SKIP_REASON =
  'DOCKSPEC_PODMAN_HOST is unset; run `scripts/engine/podman up` and `. ~/.cache/dockspec/podman/env` (CI does)';
if (!podmanHost) console.warn(`podman: tests skipped: ${SKIP_REASON}`);
const describePodman = podmanHost ? describe : describe.skip;
const title = podmanHost ? 'verify on Podman' : `verify on Podman (skipped: ${SKIP_REASON})`;

const fixtures = path.resolve('test/fixtures/faulty');
const GOOD = `dockspec-fixture-good:podman-${process.pid}`;
const nothingLeft = { containers: [], images: [], volumes: [] };

describePodman(title, () => {
  let engine: DockerodeEngine;
  const savedHost = process.env.DOCKER_HOST;
  beforeAll(async () => {
    process.env.DOCKER_HOST = podmanHost;
    engine = new DockerodeEngine(new Docker());
    expect((await engine.flavour()).name).toBe('podman');
  });
  afterAll(async () => {
    await engine?.removeImage(GOOD);
    process.env.DOCKER_HOST = savedHost;
  });

  async function run(dir: string, buildArgs?: Record<string, string>): Promise<VerifyReport> {
    const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
    return verify({
      contract: resolved,
      contextDir: dir,
      engine,
      pipIndexUrl: pipIndexFor(resolved),
      postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
      timeScale: testTimeScale(),
      buildArgs,
    });
  }

  it('the generated hf-rag-backend Dockerfile passes every check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'dockspec-podman-hf-'));
    try {
      await cp(path.resolve('examples/hf-rag-backend'), dir, { recursive: true });
      const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
      await generate(resolved, { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true });
      const r = await run(dir);
      const statuses = Object.fromEntries(r.checks.map((c) => [c.id, c.status]));
      expect(r.checks.filter((c) => c.status !== 'pass' && c.status !== 'skip')).toEqual([]);
      expect(r.checks).toHaveLength(14);
      // The contract has no readiness path: the same skip as on Docker, nothing Podman-specific.
      expect(statuses.readiness).toBe('skip');
      expect(r.checks.filter((c) => c.status === 'skip').map((c) => [c.id, c.reason])).toEqual([
        ['readiness', 'the contract declares no readiness path'],
      ]);
      expect(r.warnings.join('\n')).toMatch(
        /^Podman Engine \S+ has no BuildKit: building with `docker build`/,
      );
      const build = r.checks.find((c) => c.id === 'build')!;
      expect(build.evidence).toContain(
        `builder: legacy on Podman Engine ${(await engine.flavour()).version}`,
      );
      // The dependency install came from Buildah's cache on the rebuild, read from its output.
      expect(build.actual).toMatch(
        /rebuild after touching scripts\/api\.py: .*, 0 dependency step\(s\) re-run/,
      );
      const healthcheck = r.checks.find((c) => c.id === 'healthcheck')!;
      expect(healthcheck.evidence.join('\n')).toMatch(/dockspec triggered \d+ run\(s\) through Podman's/);
      expect(await engine.listLabelled(r.runId)).toEqual(nothingLeft);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a HEALTHCHECK calling curl in a slim image fails the healthcheck check, and only it', async () => {
    const good = await buildImage({
      context: path.join(fixtures, 'good'),
      dockerfile: path.join(fixtures, 'good', 'Dockerfile'),
      tag: GOOD,
      runId: `podman-fixtures-${process.pid}`,
    });
    expect(good.ok, good.log).toBe(true);
    const r = await run(path.join(fixtures, 'curl-healthcheck'), { BASE: GOOD });
    const failing = r.checks.filter((c) => c.status !== 'pass' && c.status !== 'skip');
    expect(failing.map((c) => c.id)).toEqual(['healthcheck']);
    expect(failing[0].actual).toMatch(/HEALTHCHECK command failed 3 times.*curl: not found/);
    expect(await engine.listLabelled(r.runId)).toEqual(nothingLeft);
  });

  it('maps a failed Buildah build to its Dockerfile line', async () => {
    const r = await run(path.join(fixtures, 'build-fails'));
    const build = r.checks.find((c) => c.id === 'build')!;
    expect(build.status).toBe('fail');
    expect(build.actual).toMatch(
      /Dockerfile:4: RUN echo "compiling wheels" && exit 3 failed \(exit code: 3\)/,
    );
    expect(build.evidence.join('\n')).toContain('compiling wheels');
    expect(await engine.listLabelled(r.runId)).toEqual(nothingLeft);
  });
});
