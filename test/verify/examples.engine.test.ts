import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { generate } from '../../src/generate/index.js';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import { pipIndexFor, type VerifyReport, verify } from '../../src/verify/verify.js';
import { loadEngineEnv, testTimeScale } from './engine-env.js';

loadEngineEnv();
const engine = new DockerodeEngine();
const examplesDir = path.resolve('examples');
const examples = readdirSync(examplesDir).filter((d) =>
  existsSync(path.join(examplesDir, d, 'dockspec.yaml')),
);

/**
 * What each example's hand-written Dockerfile gets wrong, as verify must report it (the examples'
 * READMEs explain each defect).
 */
const handwrittenFails: Record<string, string[]> = {
  'hf-rag-backend': ['healthcheck'],
  'k8s-todo-backend': ['config', 'process', 'shutdown'],
  'ml-api': ['build'],
};

const failing = (r: VerifyReport) =>
  r.checks
    .filter((c) => c.status === 'fail' || c.status === 'error')
    .map((c) => `${c.id}: ${c.reason ?? c.actual}`);

async function verifyIn(dir: string, dockerfile?: string): Promise<VerifyReport> {
  const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
  return verify({
    contract: resolved,
    contextDir: dir,
    dockerfile: dockerfile ? path.join(dir, dockerfile) : undefined,
    pipIndexUrl: pipIndexFor(resolved),
    postgresUrl: process.env.DOCKSPEC_POSTGRES_URL,
    timeScale: testTimeScale(),
  });
}

describe.each(examples)('example %s', (name) => {
  it('the generated Dockerfile passes every check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), `dockspec-verify-${name}-`));
    try {
      await cp(path.join(examplesDir, name), dir, { recursive: true });
      const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
      await generate(resolved, { outDir: dir, only: ['dockerfile', 'dockerignore'], force: true });
      const r = await verifyIn(dir);
      expect(failing(r)).toEqual([]);
      expect(await engine.listLabelled(r.runId)).toEqual({ containers: [], images: [], volumes: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(path.join(examplesDir, name, 'Dockerfile.handwritten')))(
    'the hand-written Dockerfile fails exactly its known defects',
    async () => {
      const r = await verifyIn(path.join(examplesDir, name), 'Dockerfile.handwritten');
      const ids = r.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id);
      expect(ids, failing(r).join('\n')).toEqual(handwrittenFails[name] ?? []);
    },
  );
});
