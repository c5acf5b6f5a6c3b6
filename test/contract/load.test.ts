import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractError } from '../../src/contract/errors.js';
import { fullExample } from '../../src/contract/example.js';
import {
  checkContractText,
  findContract,
  loadContractFile,
  loadContractText,
} from '../../src/contract/load.js';
import { InputError } from '../../src/errors.js';

const fixture = (name: string) => new URL(`../fixtures/contracts/${name}`, import.meta.url).pathname;

describe('the seeds as contracts', () => {
  it('seed 000 (Hugging Face Dockerfile contract) loads and states its values', async () => {
    const { resolved, diagnostics } = await loadContractFile(fixture('seed-000.yaml'));
    expect(resolved.target).toBe('huggingface-space');
    expect(resolved.app).toMatchObject({ entrypoint: 'scripts.api:app', server: 'uvicorn', port: 7860 });
    expect(resolved.image).toMatchObject({
      base: 'python:3.11-slim',
      python: '3.11',
      stages: 'single',
      workdir: '/home/user/app',
      user: { name: 'user', uid: 1000, gid: 1000, home: '/home/user' },
    });
    expect(resolved.image.copy.map((c) => c.source)).toEqual(['requirements.txt', 'scripts/']);
    expect(resolved.healthcheck).toEqual({
      intervalMs: 30_000,
      timeoutMs: 10_000,
      startPeriodMs: 5_000,
      retries: 3,
      tool: 'curl',
    });
    expect(resolved.env.secrets.map((s) => s.name)).toEqual([
      'COHERE_API_KEY',
      'OPENAI_API_KEY',
      'QDRANT_URL',
      'QDRANT_API_KEY',
      'DATABASE_URL',
    ]);
    expect(resolved.env.secrets.every((s) => s.required && s.source === 'Hugging Face Secrets')).toBe(true);
    expect(resolved.writablePaths).toEqual(['/home/user', '/tmp']);
    // The seed's HEALTHCHECK runs curl on python:3.11-slim, which has none: a real finding.
    expect(diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual(['healthcheck-tool@32:9']);
  });

  it('seed 002 (multi-stage FastAPI with a GPU variant) loads and states its values', async () => {
    const { resolved, diagnostics } = await loadContractFile(fixture('seed-002.yaml'));
    expect(resolved.app.health.expectBody).toEqual({ status: 'healthy' });
    expect(resolved.image.buildArgs).toEqual({
      PYTHON_VERSION: '3.12',
      ENABLE_GPU: 'false',
      APP_ENV: 'production',
    });
    expect(resolved.image.systemPackages).toEqual({
      runtime: ['libpq5', 'curl'],
      build: ['build-essential', 'libpq-dev', 'curl'],
    });
    expect(resolved.image.gpu).toMatchObject({
      base: 'nvidia/cuda:12.1.0-runtime-ubuntu22.04',
      cuda: '12.1',
    });
    expect(resolved.image.dockerignore).toContain('!.env.example');
    expect(resolved.budgets).toEqual({
      imageSizeBytes: 500e6,
      gpuImageSizeBytes: 1.5e9,
      buildColdMs: 300_000,
      buildCachedMs: 30_000,
      startupMs: 10_000,
      healthLatencyMs: 3_000,
      shutdownMs: 10_000,
    });
    // The card asks for startup < 10 s and a 40 s start period: the loader says so.
    expect(diagnostics.map((d) => d.rule)).toEqual(['startup-budget']);
  });

  it('seed 003 (Hugging Face research with Vercel CORS) loads without findings', async () => {
    const { resolved, diagnostics } = await loadContractFile(fixture('seed-003.yaml'));
    expect(diagnostics).toEqual([]);
    expect(resolved.cors).toMatchObject({ credentials: true, methods: ['GET', 'POST', 'DELETE', 'OPTIONS'] });
    expect(new RegExp(`^${resolved.cors!.originRegex}$`).test('https://2-book-abc123-jane.vercel.app')).toBe(
      true,
    );
    expect(resolved.budgets.startupMs).toBe(60_000);
  });

  it('the documented full example loads without findings', () => {
    const { diagnostics, resolved } = loadContractText(fullExample, 'example.yaml');
    expect(diagnostics).toEqual([]);
    expect(resolved.dependencies).toEqual([
      { name: 'postgres', kind: 'postgres', env: 'DATABASE_URL', readiness: true, image: 'postgres:16' },
    ]);
  });
});

describe('loading', () => {
  it('throws a ContractError (an InputError, exit 2) carrying every diagnostic', () => {
    const text = 'version: 1\nservice: demo\ntarget: generic\napp:\n  prot: 1\n  workers: 0\n';
    let error: unknown;
    try {
      loadContractText(text, 'x.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContractError);
    expect(error).toBeInstanceOf(InputError);
    const diagnostics = (error as ContractError).diagnostics;
    expect(diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`)).toEqual([
      'entrypoint-stated@4:1',
      'unknown-key@5:3',
      'out-of-range@6:12',
    ]);
    expect((error as ContractError).exitCode).toBe(2);
    expect((error as Error).message).toContain(
      'x.yaml:5:3  error  app.prot  unknown key "prot"; did you mean "port"?',
    );
  });

  it('reports cross-field findings in the same run as shape errors', () => {
    const text =
      'version: 1\nservice: demo\ntarget: huggingface-space\napp:\n  frmework: fastapi\nimage:\n  user: { uid: 1001 }\n';
    expect(() => loadContractText(text, 'x.yaml')).toThrow(ContractError);
    const check = checkContractText(text, 'x.yaml');
    expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toEqual([
      'unknown-key',
      'hf-uid',
    ]);
    expect(check.contract).toBeUndefined();
  });

  it('keeps what was typed where YAML would make a number of a version', () => {
    const { resolved } = loadContractText(
      'version: 1\nservice: a\ntarget: generic\napp: { entrypoint: "m:app" }\nimage:\n  python: 3.10\n  buildArgs: { PYTHON_VERSION: 3.10 }\n',
      'x.yaml',
    );
    expect(resolved.image.python).toBe('3.10');
    expect(resolved.image.base).toBe('python:3.10-slim');
    expect(resolved.image.buildArgs.PYTHON_VERSION).toBe('3.10');
  });

  it('hints at the fix for YAML 1.1 habits', () => {
    const check = checkContractText(
      'version: 1\nservice: a\ntarget: generic\ncors: { credentials: yes }\napp: { port: "8000" }\n',
      'x.yaml',
    );
    expect(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.hint)).toEqual([
      'write true (YAML 1.2 reads "yes" as text)',
      'remove the quotes: 8000',
    ]);
  });

  it('says what to do when the file is missing', async () => {
    await expect(loadContractFile('/nonexistent/dockspec.yaml')).rejects.toThrow(/no contract at/);
  });

  it('finds dockspec.yaml, then dockspec.yml, in a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-find-'));
    expect(findContract(dir)).toBeUndefined();
    writeFileSync(join(dir, 'dockspec.yml'), 'version: 1\n');
    expect(findContract(dir)).toBe(join(dir, 'dockspec.yml'));
    writeFileSync(join(dir, 'dockspec.yaml'), 'version: 1\n');
    expect(findContract(dir)).toBe(join(dir, 'dockspec.yaml'));
  });

  it('loads a directory by its contract', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockspec-dir-'));
    writeFileSync(
      join(dir, 'dockspec.yaml'),
      'version: 1\nservice: a\ntarget: compose\napp: { entrypoint: "m:app" }\n',
    );
    const loaded = await loadContractFile(dir);
    expect(loaded.resolved.service).toBe('a');
    expect(loaded.file).toMatch(/dockspec\.yaml$/);
    await expect(loadContractFile(mkdtempSync(join(tmpdir(), 'dockspec-empty-')))).rejects.toThrow(
      /no dockspec\.yaml in/,
    );
  });
});

describe('YAML mistakes say what to do', () => {
  it.each([
    ['a tab', `version: 1\nservice: demo\ntarget: generic\napp:\n\tport: 8000\n`, /spaces/],
    ['a duplicated key', `version: 1\nservice: demo\nservice: again\ntarget: generic\n`, /delete the other/],
    [
      'two documents',
      `version: 1\nservice: demo\ntarget: generic\n---\nversion: 1\n`,
      /delete the `---` line/,
    ],
    ['a binary file', '\u007fELF\u0000\u0001garbage\u0000', /dockspec init/],
  ])('%s: a hint, and no parser jargon or raw bytes', (_name, yaml, hint) => {
    const [d] = checkContractText(yaml, 'dockspec.yaml').diagnostics;
    expect(d.hint).toMatch(hint);
    expect(d.message).not.toMatch(/parseAllDocuments|\u0000/);
    expect(d.found ?? '').not.toMatch(/\u0000/);
  });
});

describe('an unknown key with no near match', () => {
  it('still says what to do', () => {
    const check = checkContractText('version: 1\nservice: demo\ntarget: generic\nfrobnicate: 1\n', 'x.yaml');
    const d = check.diagnostics.find((x) => x.rule === 'unknown-key');
    expect(d?.hint).toMatch(/delete it/);
  });
});
