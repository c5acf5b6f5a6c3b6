import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generate, headerState } from '../../src/generate/index.js';
import { hfContract, resolvedContract } from './factory.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dockspec-generate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (name: string) => readFile(join(dir, name), 'utf8');
const statusOf = (result: Awaited<ReturnType<typeof generate>>, path: string) =>
  result.files.find((f) => f.path === path)?.status;

describe('safe writing', () => {
  it('creates the files, then leaves them byte-identical on a second run', async () => {
    const c = resolvedContract();
    const first = await generate(c, { outDir: dir });
    expect(first.files.map((f) => [f.path, f.status])).toEqual([
      ['Dockerfile', 'create'],
      ['.dockerignore', 'create'],
      ['compose.yaml', 'create'],
      ['DEPLOY.md', 'create'],
    ]);
    const before = await read('Dockerfile');
    const second = await generate(c, { outDir: dir });
    expect(second.files.every((f) => f.status === 'unchanged')).toBe(true);
    expect(second.stale).toBe(false);
    expect(await read('Dockerfile')).toBe(before);
  });

  it('writes a header naming the contract with the hash of the content', async () => {
    await generate(resolvedContract(), { outDir: dir });
    const dockerfile = await read('Dockerfile');
    expect(dockerfile.split('\n')[0]).toMatch(
      /^# dockspec: generated from dockspec\.yaml; .* \(sha256:[0-9a-f]{16}\)$/,
    );
    expect(headerState(dockerfile)).toBe('intact');
    expect((await read('DEPLOY.md')).split('\n')[0]).toMatch(
      /^<!-- dockspec: generated from dockspec\.yaml; .* -->$/,
    );
  });

  it('updates an untouched file when the contract changes', async () => {
    await generate(resolvedContract(), { outDir: dir });
    const result = await generate(resolvedContract({ app: { port: 9000 } }), { outDir: dir });
    expect(statusOf(result, 'Dockerfile')).toBe('update');
    expect(await read('Dockerfile')).toContain('EXPOSE 9000');
  });

  it('refuses to overwrite a file edited by hand, names it and why, unless forced', async () => {
    await generate(resolvedContract(), { outDir: dir });
    const edited = `${await read('Dockerfile')}# my change\n`;
    await writeFile(join(dir, 'Dockerfile'), edited);
    const c = resolvedContract({ app: { port: 9000 } });
    const refused = await generate(c, { outDir: dir });
    expect(refused.conflicts).toEqual([
      expect.objectContaining({ path: 'Dockerfile', status: 'conflict', reason: 'edited', written: false }),
    ]);
    expect(await read('Dockerfile')).toBe(edited);
    const forced = await generate(c, { outDir: dir, force: true });
    expect(statusOf(forced, 'Dockerfile')).toBe('update');
    expect(await read('Dockerfile')).toContain('EXPOSE 9000');
  });

  it('never overwrites a file dockspec did not write, unless forced', async () => {
    await writeFile(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\n');
    const result = await generate(resolvedContract(), { outDir: dir });
    expect(result.conflicts.map((f) => [f.path, f.reason])).toEqual([['Dockerfile', 'unmanaged']]);
    expect(await read('Dockerfile')).toBe('FROM python:3.12-slim\n');
    expect(statusOf(result, 'compose.yaml')).toBe('create');
  });

  it('--dry-run writes nothing and returns a unified diff', async () => {
    await generate(resolvedContract(), { outDir: dir });
    const result = await generate(resolvedContract({ app: { port: 9000 } }), { outDir: dir, dryRun: true });
    const file = result.files.find((f) => f.path === 'Dockerfile')!;
    expect(file.written).toBe(false);
    expect(file.diff).toContain('--- a/Dockerfile\n+++ b/Dockerfile\n');
    expect(file.diff).toContain('-EXPOSE 8000\n+EXPOSE 9000\n');
    expect(await read('Dockerfile')).toContain('EXPOSE 8000');
  });

  it('--check reports stale files without writing', async () => {
    const missing = await generate(resolvedContract(), { outDir: dir, check: true });
    expect(missing.stale).toBe(true);
    await generate(resolvedContract(), { outDir: dir });
    expect((await generate(resolvedContract(), { outDir: dir, check: true })).stale).toBe(false);
    const drifted = await generate(resolvedContract({ app: { port: 9000 } }), { outDir: dir, check: true });
    expect(drifted.stale).toBe(true);
    expect(await read('Dockerfile')).toContain('EXPOSE 8000');
  });

  it('writes the other files when the GPU variant is impossible, and reports it as an error', async () => {
    const c = resolvedContract({
      image: { gpu: { base: 'nvidia/cuda:12.1.0-runtime-ubuntu22.04', dockerfile: 'Dockerfile.gpu' } },
    });
    const result = await generate(c, { outDir: dir, only: ['dockerfile'] });
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ['Dockerfile', 'create'],
      ['Dockerfile.gpu', 'error'],
    ]);
    expect(result.errors[0].error?.message).toMatch(
      /installs Python 3\.10 and 3\.11, but the contract asks for Python 3\.12/,
    );
    expect(await read('Dockerfile')).toContain('EXPOSE 8000');
  });

  it('--only picks artifacts', async () => {
    const result = await generate(resolvedContract(), { outDir: dir, only: ['dockerignore'] });
    expect(result.files.map((f) => f.path)).toEqual(['.dockerignore']);
  });
});

describe('Hugging Face README', () => {
  it('merges front matter into an existing README without losing its body', async () => {
    const original = '---\ntitle: My Bot\nlicense: mit\napp_port: 8000\n---\n\n# My bot\n\nSome text.\n';
    await writeFile(join(dir, 'README.md'), original);
    const result = await generate(hfContract(), { outDir: dir, only: ['hf'] });
    expect(statusOf(result, 'README.md')).toBe('update');
    const readme = await read('README.md');
    expect(readme).toMatch(/^---\ntitle: My Bot\n/);
    expect(readme).toContain('sdk: docker\napp_port: 7860\n');
    expect(readme).toContain('license: mit\n');
    expect(readme).toContain('startup_duration_timeout: 5m\n');
    expect(readme.endsWith('\n# My bot\n\nSome text.\n')).toBe(true);
    expect(readme).toMatch(
      /---\n<!-- dockspec: generated from dockspec\.yaml; edit the contract, not this front matter/,
    );
    // Idempotent, and the body stays the user's to edit.
    expect(statusOf(await generate(hfContract(), { outDir: dir, only: ['hf'] }), 'README.md')).toBe(
      'unchanged',
    );
    await writeFile(join(dir, 'README.md'), `${readme}\nMore text.\n`);
    expect(statusOf(await generate(hfContract(), { outDir: dir, only: ['hf'] }), 'README.md')).toBe(
      'unchanged',
    );
  });

  it('writes the Space card the contract states (title, emoji, colours, pinned)', async () => {
    const c = hfContract({
      space: { title: 'RAG Chat: ask the book', emoji: '🚀', colorFrom: 'green', pinned: true },
    });
    await generate(c, { outDir: dir, only: ['hf'] });
    const readme = await read('README.md');
    expect(readme).toMatch(
      /^---\ntitle: "RAG Chat: ask the book"\nemoji: 🚀\ncolorFrom: green\ncolorTo: indigo\npinned: true\nsdk: docker\n/,
    );
  });

  it('writes a README with a body when there is none', async () => {
    await generate(hfContract(), { outDir: dir, only: ['hf'] });
    const readme = await read('README.md');
    expect(readme).toMatch(
      /^---\ntitle: Book Rag Api\nemoji: .+\ncolorFrom: blue\ncolorTo: indigo\nsdk: docker\napp_port: 7860\n/,
    );
    expect(readme).toContain('# Book Rag Api');
  });

  it('refuses to undo a hand edit of a key the contract decides', async () => {
    await generate(hfContract(), { outDir: dir, only: ['hf'] });
    const edited = (await read('README.md')).replace('app_port: 7860', 'app_port: 8080');
    await writeFile(join(dir, 'README.md'), edited);
    const result = await generate(hfContract(), { outDir: dir, only: ['hf'] });
    expect(result.conflicts.map((f) => f.path)).toEqual(['README.md']);
    expect(await read('README.md')).toBe(edited);
    await generate(hfContract(), { outDir: dir, only: ['hf'], force: true });
    expect(await read('README.md')).toContain('app_port: 7860');
  });
});

describe('writing outside the project', () => {
  it('points compose at the project as the build context and at the generated Dockerfile', async () => {
    const project = join(dir, 'project');
    const out = join(dir, 'deploy');
    await generate(resolvedContract(), { outDir: out, projectDir: project, only: ['compose'] });
    const compose = await readFile(join(out, 'compose.yaml'), 'utf8');
    expect(compose).toContain(
      '    build:\n      context: ../project\n      dockerfile: ../deploy/Dockerfile\n',
    );
  });
});
