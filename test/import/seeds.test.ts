import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContractText } from '../../src/contract/load.js';
import { initShellParser } from '../../src/dockerfile/shell.js';
import { importDocumentsSync as importDocuments } from '../../src/import/import.js';
import { lintImported } from '../../src/import/lint-document.js';

const seed = (name: string) => ({
  file: name,
  text: readFileSync(new URL(`../fixtures/import/seeds/${name}`, import.meta.url), 'utf8'),
});
const lineOf = (doc: { text: string }, needle: string) =>
  doc.text.split('\n').findIndex((l) => l.includes(needle)) + 1;

// Dockerfile blocks are read with dockspec's Dockerfile model, which parses RUN with tree-sitter.
await initShellParser();

describe('seed 000: Hugging Face Dockerfile contract', () => {
  const doc = seed('000-hf-contract.md');
  const r = importDocuments([doc]);

  it('reads target, image, user, port and entrypoint', () => {
    expect(r.contract.target).toBe('huggingface-space');
    expect(r.contract.image?.base).toBe('python:3.11-slim');
    expect(r.contract.image?.python).toBe('3.11');
    expect(r.contract.image?.user).toEqual({ name: 'user', uid: 1000, home: '/home/user' });
    expect(r.contract.image?.workdir).toBe('/home/user/app');
    expect(r.contract.app?.port).toBe(7860);
    expect(r.contract.app?.server).toBe('uvicorn');
    expect(r.contract.app?.entrypoint).toBe('scripts.api:app');
  });

  it('reads the health check section', () => {
    expect(r.contract.app?.health?.liveness).toBe('/health');
    expect(r.contract.healthcheck).toMatchObject({
      interval: '30s',
      timeout: '10s',
      startPeriod: '5s',
      retries: 3,
    });
  });

  it('reads the runtime variables as Hugging Face secrets', () => {
    const secrets = r.contract.env?.secrets as { name: string; source?: string }[];
    expect(secrets.map((s) => s.name)).toEqual([
      'COHERE_API_KEY',
      'OPENAI_API_KEY',
      'QDRANT_URL',
      'QDRANT_API_KEY',
      'DATABASE_URL',
    ]);
    expect(secrets.every((s) => s.source === 'Hugging Face Secrets')).toBe(true);
  });

  it('reads the files table', () => {
    expect(r.contract.image?.copy).toContainEqual({
      source: 'scripts/',
      destination: '/home/user/app/scripts/',
      required: true,
    });
  });

  it('writes a valid contract where each value names its line', () => {
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
    expect(r.contractText).toContain(
      `base: python:3.11-slim # from 000-hf-contract.md:${lineOf(doc, '| Base Image |')}`,
    );
    expect(r.contractText).toContain(
      `interval: 30s # from 000-hf-contract.md:${lineOf(doc, '**Interval**')}`,
    );
  });

  it('writes the same bytes every time (golden file)', async () => {
    expect(importDocuments([doc]).contractText).toBe(r.contractText);
    await expect(r.contractText).toMatchFileSnapshot('../fixtures/import/golden/000-hf-contract.yaml');
  });

  it('lists the advice section it could not place', () => {
    expect(r.notUnderstood.map((n) => n.source.line)).toContain(lineOf(doc, '## Image Size Optimization'));
  });

  it('--lint: a curl HEALTHCHECK in a slim image, at the document line', async () => {
    const findings = await lintImported(r);
    const curl = findings.filter((f) => /curl/.test(f.message));
    expect(curl.length).toBeGreaterThan(0);
    // The HEALTHCHECK spans two lines; the lint engine points at the curl word on the second.
    const healthcheck = lineOf(doc, 'HEALTHCHECK --interval');
    expect(curl[0].source.file).toBe('000-hf-contract.md');
    expect([healthcheck, healthcheck + 1]).toContain(curl[0].source.line);
  });
});

describe('seed 002: multi-stage card with a GPU variant', () => {
  const doc = seed('002-multistage-card.md');
  const r = importDocuments([doc]);

  it('reads the CPU Dockerfile and the GPU variant apart', () => {
    expect(r.contract.image?.base).toBe('python:3.12-slim');
    expect(r.contract.image?.python).toBe('3.12');
    expect(r.contract.image?.stages).toBe('multi');
    expect(r.contract.image?.user?.name).toBe('appuser');
    expect(r.contract.image?.gpu).toMatchObject({
      base: 'nvidia/cuda:12.1.0-runtime-ubuntu22.04',
      cuda: '12.1',
    });
    expect(r.contract.image?.systemPackages).toEqual({
      runtime: ['libpq5', 'curl'],
      build: ['build-essential', 'libpq-dev', 'curl'],
    });
    expect(r.contract.image?.buildArgs).toEqual({
      PYTHON_VERSION: '3.12',
      ENABLE_GPU: false,
      APP_ENV: 'production',
    });
  });

  it('reads port, health and service name', () => {
    expect(r.contract.service).toBe('demeterai-api');
    expect(r.contract.app).toMatchObject({
      port: 8000,
      server: 'uvicorn',
      entrypoint: 'app.main:app',
      framework: 'fastapi',
    });
    expect(r.contract.app?.health).toMatchObject({ liveness: '/health', expectBody: { status: 'healthy' } });
    expect(r.contract.healthcheck).toMatchObject({
      interval: '30s',
      timeout: '3s',
      startPeriod: '40s',
      retries: 3,
    });
  });

  it('reads the budgets from the performance list', () => {
    expect(r.contract.budgets).toEqual({
      imageSize: '500MB',
      gpuImageSize: '1.5GB',
      buildCold: '5m',
      buildCached: '30s',
      startup: '10s',
      healthLatency: '3s',
    });
  });

  it('says no target was stated rather than guessing', () => {
    expect(r.contract.target).toBe('generic');
    expect(r.notes.join('\n')).toMatch(/no deployment target/i);
  });

  it('lists the "~300MB" expectation as a conflict with the <500MB limit, and why the limit won', () => {
    const size = r.conflicts.find((c) => c.path === 'budgets.imageSize');
    expect(size?.chosen).toMatchObject({ value: '500MB', source: { line: lineOf(doc, 'Image size (CPU)') } });
    expect(size?.others.map((o) => [o.value, o.source.line])).toContainEqual([
      '300MB',
      lineOf(doc, '**Base (CPU)**'),
    ]);
    expect(size?.reason).toMatch(/more specific/);
  });

  it('takes the .dockerignore block into the contract, each pattern with its line', () => {
    expect(r.contract.image?.dockerignore).toEqual(
      expect.arrayContaining(['.git', '.venv', '*.pyc', '.env.*', '!.env.example']),
    );
    expect(r.contractText).toContain(`- .env.* # from 002-multistage-card.md:${lineOf(doc, '.env.*')}`);
    expect(r.notes.join('\n')).not.toMatch(/not part of the contract/);
  });

  it('--lint: the .dockerignore excludes README.md, which the builder COPYs', async () => {
    const findings = await lintImported(r);
    const readme = findings.find((f) => /README\.md/.test(f.message) && /dockerignore/i.test(f.message));
    expect(readme?.source.line).toBe(lineOf(doc, 'COPY pyproject.toml README.md'));
  });
});

describe('seed 003: research note for a Hugging Face backend', () => {
  const doc = seed('003-hf-research.md');
  const r = importDocuments([doc]);

  it('reads target, image, user, port and secrets', () => {
    expect(r.contract.target).toBe('huggingface-space');
    expect(r.contract.service).toBe('huggingface-backend');
    expect(r.contract.image).toMatchObject({
      base: 'python:3.11-slim',
      python: '3.11',
      user: { name: 'user', uid: 1000 },
    });
    expect(r.contract.app?.port).toBe(7860);
    expect(r.contract.writablePaths).toEqual(['/tmp']);
    const secrets = r.contract.env?.secrets as { name: string; source?: string }[];
    expect(secrets).toHaveLength(5);
    expect(secrets[0]).toMatchObject({ name: 'COHERE_API_KEY', source: 'Hugging Face Secrets' });
  });

  it('reads the CORS list, and keeps the wildcard as a regex', () => {
    expect(r.contract.cors?.origins).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000']);
    expect(r.contract.cors?.originRegex).toBe('https://[a-z0-9-]+\\.vercel\\.app');
    expect(r.contract.cors?.credentials).toBe(true);
  });

  it('lists "multi-stage" in prose against the single-stage Dockerfile as a conflict', () => {
    const stages = r.conflicts.find((c) => c.path === 'image.stages');
    expect(stages?.chosen.value).toBe('single');
    expect(stages?.others[0]).toMatchObject({
      value: 'multi',
      source: { line: lineOf(doc, '**Decision**: Multi-stage') },
    });
  });

  it('--lint: "https://*.vercel.app" is reported at its line', async () => {
    const findings = await lintImported(r);
    const wildcard = findings.find((f) => f.id === 'cors-origin-wildcard');
    expect(wildcard?.source.line).toBe(lineOf(doc, '"https://*.vercel.app"'));
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
  });
});

describe('three seeds about one service, merged', () => {
  it('later documents refine earlier ones; disagreements are conflicts', () => {
    const r = importDocuments([seed('003-hf-research.md'), seed('000-hf-contract.md')]);
    expect(r.contract.app?.health?.liveness).toBe('/health');
    const description = r.contract.env?.secrets?.[0] as { description?: string };
    expect(description.description).toBe('Cohere API key');
    expect(checkContractText(r.contractText, 'dockspec.yaml').valid).toBe(true);
  });
});
