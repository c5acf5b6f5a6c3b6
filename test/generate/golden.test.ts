import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import type { ResolvedContract } from '../../src/contract/resolved.js';
import { InputError } from '../../src/errors.js';
import { artifactIds, checkGpuBase, renderFiles } from '../../src/generate/index.js';
import { hfContract, resolvedContract } from './factory.js';

/**
 * Golden files: every artifact for every example backend, plus contracts that exercise the other
 * installers, servers and the GPU variant. Review the diff under test/fixtures/generate/ when a
 * renderer changes (`npx vitest run test/generate -u` rewrites them).
 */
const fixtures = join(import.meta.dirname, '../fixtures/generate');
const examplesDir = join(import.meta.dirname, '../../examples');
const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir).filter((name) => existsSync(join(examplesDir, name, 'dockspec.yaml')))
  : [];

/**
 * A GPU variant the contract cannot have (seed 002's Python on a CUDA base whose Ubuntu lacks it) is
 * refused; its error message is the golden file, and the other files are rendered without it.
 */
async function withoutImpossibleGpu(name: string, c: ResolvedContract): Promise<ResolvedContract> {
  if (!c.image.gpu) return c;
  try {
    checkGpuBase(c);
    return c;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    await expect(`${e.message}\n${e.hint}\n`).toMatchFileSnapshot(
      join(fixtures, name, `${c.image.gpu.dockerfile}.error.txt`),
    );
    const { gpu: _, ...image } = c.image;
    return { ...c, image };
  }
}

async function expectGolden(name: string, contract: ResolvedContract, projectDir?: string) {
  const c = await withoutImpossibleGpu(name, contract);
  const files = renderFiles(c, {
    only: [...artifactIds],
    exists: projectDir ? (p) => existsSync(join(projectDir, p)) : undefined,
  });
  for (const f of files) await expect(f.text).toMatchFileSnapshot(join(fixtures, name, f.path));
  // Deterministic: the same contract gives the same bytes.
  expect(renderFiles(c, { only: [...artifactIds] })).toEqual(renderFiles(c, { only: [...artifactIds] }));
}

describe('golden files of the example backends', () => {
  it('has example contracts to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });
  for (const name of examples) {
    it(name, async () => {
      const dir = join(examplesDir, name);
      const { resolved } = await loadContractFile(join(dir, 'dockspec.yaml'));
      await expectGolden(name, resolved, dir);
    });
  }
});

describe('golden files of the fixture projects', () => {
  const projectsDir = join(fixtures, 'projects');
  for (const name of readdirSync(projectsDir)) {
    it(name, async () => {
      const dir = join(projectsDir, name);
      const { resolved } = await loadContractFile(join(dir, 'dockspec.yaml'));
      await expectGolden(name, resolved, dir);
    });
  }
});

describe('golden files of other shapes', () => {
  const shapes: Record<string, ResolvedContract> = {
    'uv-gpu': resolvedContract({
      service: 'vision-api',
      target: 'kubernetes',
      image: {
        installer: 'uv',
        dependencyFiles: ['pyproject.toml', 'uv.lock'],
        systemPackages: { build: ['build-essential'], runtime: ['libgl1'] },
        gpu: { base: 'nvidia/cuda:12.6.3-runtime-ubuntu24.04', dockerfile: 'Dockerfile.gpu' },
      },
      env: { secrets: [{ name: 'HF_TOKEN', required: true }], variables: [], build: [] },
      dependencies: [{ name: 'redis', kind: 'redis', readiness: true }],
    }),
    'poetry-django-gunicorn': resolvedContract({
      service: 'shop',
      target: 'compose',
      app: { framework: 'django', server: 'gunicorn', entrypoint: 'shop.wsgi:application', workers: 3 },
      image: {
        installer: 'poetry',
        dependencyFiles: ['pyproject.toml', 'poetry.lock'],
        copy: [{ source: '.', required: true }],
      },
      dependencies: [
        { name: 'db', kind: 'postgres', readiness: true, env: 'DATABASE_URL', image: 'postgres:17' },
      ],
      budgets: { shutdownMs: 30_000 },
    }),
    'hf-seed-000': hfContract(),
  };
  for (const [name, c] of Object.entries(shapes)) it(name, () => expectGolden(name, c));
});
