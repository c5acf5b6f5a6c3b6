import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { variantNames } from '../../src/contract/variant.js';
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

/** The built CLI, as a user runs it: exit code, stdout, stderr. */
function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const bin = path.resolve('dist/cli/bin.js');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Each example's variants, the main image first (''). */
const runs = (
  await Promise.all(
    examples.map(async (name) => {
      const { resolved } = await loadContractFile(path.join(examplesDir, name, 'dockspec.yaml'));
      return ['', ...variantNames(resolved)].map((variant) => [name, variant] as const);
    }),
  )
).flat();

describe.each(runs)('example %s %s', (name, variant) => {
  it(`dockspec generate && dockspec verify${variant ? ` --variant ${variant}` : ''} in a fresh copy: every check passes or is skipped with its reason`, async () => {
    const dir = await mkdtemp(path.join(tmpdir(), `dockspec-verify-${name}-`));
    const runId = `examples-${randomBytes(3).toString('hex')}`;
    try {
      await cp(path.join(examplesDir, name), dir, { recursive: true });
      const generated = await cli(dir, ['generate']);
      expect(generated.code, generated.stderr).toBe(0);
      const args = [
        'verify',
        '--format',
        'json',
        '--allow-dummy-secrets',
        '--time-scale',
        String(testTimeScale()),
      ];
      const verified = await cli(dir, variant ? [...args, '--variant', variant] : args, {
        DOCKSPEC_RUN_ID: runId,
      });
      const r = JSON.parse(verified.stdout) as VerifyReport;
      expect(failing(r)).toEqual([]);
      expect(verified.code, verified.stderr).toBe(0);
      expect(r.variant).toBe(variant || undefined);
      if (variant === 'gpu') {
        // The GPU Dockerfile's Python is installed by apt on a CUDA base that has none.
        expect(r.checks.find((c) => c.id === 'process')?.actual).toMatch(/python3\.11/);
        // Without an NVIDIA runtime (this machine) the GPU check says so; with one it must pass.
        const check = r.checks.find((c) => c.id === 'gpu');
        if (check?.status === 'skip') expect(check.reason).toMatch(/no NVIDIA runtime/);
        else expect(check?.status).toBe('pass');
      }
      expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Two ways a user gets a contract for a project without one: from its code, and from its README. */
const firstSteps: [string, string[]][] = [
  ['init', ['init', '--force']],
  ['import README.md', ['import', 'README.md', '--force']],
];

describe.each(
  examples.flatMap((name) => firstSteps.map(([how, args]) => [name, how, args] as const)),
)('example %s from dockspec %s', (name, how, args) => {
  it(`dockspec ${how} && dockspec generate && dockspec verify in a fresh copy: every check passes or is skipped with its reason`, async (t) => {
    const dir = await mkdtemp(path.join(tmpdir(), `dockspec-first-${name}-`));
    const runId = `examples-${randomBytes(3).toString('hex')}`;
    try {
      await cp(path.join(examplesDir, name), dir, { recursive: true });
      const first = await cli(dir, [...args]);
      expect(first.code, first.stderr).toBe(0);
      const { resolved } = await loadContractFile(path.join(dir, 'dockspec.yaml'));
      // A base the project names that has no stand-in here (ml-api's hand-written Dockerfile says
      // python:3.12-slim; Debian carries 3.11 and 3.13): the build could only fail on the pull.
      const base = await engine.inspectImage(resolved.image.base).catch(() => undefined);
      if (!base) t.skip(`${resolved.image.base} is not on this engine and cannot be pulled here`);
      const generated = await cli(dir, ['generate']);
      expect(generated.code, generated.stderr).toBe(0);
      const verified = await cli(
        dir,
        ['verify', '--format', 'json', '--allow-dummy-secrets', '--time-scale', String(testTimeScale())],
        { DOCKSPEC_RUN_ID: runId },
      );
      const r = JSON.parse(verified.stdout) as VerifyReport;
      expect(failing(r)).toEqual([]);
      expect(verified.code, verified.stderr).toBe(0);
      expect(await engine.listLabelled(runId)).toEqual({ containers: [], images: [], volumes: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(examples)('example %s', (name) => {
  it.runIf(existsSync(path.join(examplesDir, name, 'Dockerfile.handwritten')))(
    'the hand-written Dockerfile fails exactly its known defects',
    async () => {
      const r = await verifyIn(path.join(examplesDir, name), 'Dockerfile.handwritten');
      const ids = r.checks.filter((c) => c.status === 'fail' || c.status === 'error').map((c) => c.id);
      expect(ids, failing(r).join('\n')).toEqual(handwrittenFails[name] ?? []);
    },
  );
});
