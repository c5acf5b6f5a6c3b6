import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractFile } from '../../src/contract/load.js';
import { writablePaths } from '../../src/verify/checks/filesystem.js';
import { UNREACHABLE_POSTGRES } from '../../src/verify/checks/readiness.js';
import { pipIndexFor, runEnvironment, selectChecks } from '../../src/verify/verify.js';
import { resolvedContract } from '../generate/factory.js';

const good = path.resolve('test/fixtures/faulty/good/dockspec.yaml');

describe('what a run is given', () => {
  it('fills secrets with dummies and points dependencies at a closed port, or at the real PostgreSQL', async () => {
    const { resolved } = await loadContractFile(good);
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    try {
      expect(runEnvironment(resolved)).toEqual({
        OPENAI_API_KEY: 'dockspec-dummy-openai_api_key',
        DATABASE_URL: UNREACHABLE_POSTGRES,
      });
      expect(runEnvironment(resolved, 'postgresql://u:p@127.0.0.1:5433/db').DATABASE_URL).toBe(
        'postgresql://u:p@127.0.0.1:5433/db',
      );
    } finally {
      if (saved !== undefined) process.env.OPENAI_API_KEY = saved;
    }
  });

  it('resolves $HOME in writable paths; the Hugging Face target adds the cache folder', async () => {
    const { resolved } = await loadContractFile(good);
    expect(writablePaths(resolved)).toEqual(['/app/data', '/home/app/.cache']);
    const hf = { ...resolved, target: 'huggingface-space' as const, writablePaths: ['$HOME/data'] };
    expect(writablePaths(hf)).toEqual(['/home/app/data', '/home/app/.cache']);
  });

  it('picks the package index for the contract Python version', async () => {
    const { resolved } = await loadContractFile(good);
    const env = { DOCKSPEC_PIP_INDEX_URL: 'http://a/311/', DOCKSPEC_PIP_INDEX_URL_313: 'http://a/313/' };
    expect(pipIndexFor(resolved, env)).toBe('http://a/311/');
    expect(pipIndexFor({ ...resolved, image: { ...resolved.image, python: '3.13' } }, env)).toBe(
      'http://a/313/',
    );
    expect(pipIndexFor(resolved, {})).toBeUndefined();
  });

  it('selects checks by id, in report order, and rejects unknown ids', () => {
    expect(selectChecks(['size', 'config']).map((c) => c.id)).toEqual(['size', 'config']);
    expect(selectChecks(['cors', 'build']).map((c) => c.id)).toEqual(['build', 'cors']);
    expect(selectChecks().length).toBe(15);
    // The gpu check belongs to the GPU variant's runs only.
    expect(selectChecks(undefined, resolvedContract()).length).toBe(14);
    expect(() => selectChecks(['sizes'])).toThrow(/Unknown check sizes/);
  });
});
