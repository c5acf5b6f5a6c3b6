import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContractText } from '../../src/contract/load.js';
import { InputError } from '../../src/errors.js';
import { runEnvironment } from '../../src/verify/run-environment.js';
import { parseEnvFile, resolveSecrets } from '../../src/verify/secret-values.js';

const contract = loadContractText(
  'version: 1\nservice: api\ntarget: generic\nenv:\n  secrets:\n    - OPENAI_API_KEY\n    - { name: HF_TOKEN }\n    - { name: SENTRY_DSN, required: false }\n',
  'dockspec.yaml',
).resolved;

describe('verify secrets: --secret, --env-file and the environment', () => {
  it('reads an env file as docker run --env-file does, naming a bad line', () => {
    expect(parseEnvFile('# test values\nexport A=1\nB="two words"\n\nC=\'x=y\'\n', '.env')).toEqual({
      A: '1',
      B: 'two words',
      C: 'x=y',
    });
    expect(() => parseEnvFile('A=1\nnot a pair\n', '.env')).toThrow(/\.env:2: not a NAME=value line/);
  });

  it('takes --secret over --env-file over the environment, and lists required secrets found nowhere', () => {
    const r = resolveSecrets(contract, {
      flags: ['OPENAI_API_KEY=from-flag'],
      envFile: { OPENAI_API_KEY: 'from-file', HF_TOKEN: 'hf-from-file' },
      env: { OPENAI_API_KEY: 'from-env' },
    });
    expect(r).toEqual({ values: { OPENAI_API_KEY: 'from-flag', HF_TOKEN: 'hf-from-file' }, missing: [] });
    const none = resolveSecrets(contract, { env: {} });
    // SENTRY_DSN is optional: not missing.
    expect(none.missing).toEqual(['OPENAI_API_KEY', 'HF_TOKEN']);
    expect(resolveSecrets(contract, { flags: ['HF_TOKEN'], env: { HF_TOKEN: 'hf-env' } }).values).toEqual({
      HF_TOKEN: 'hf-env',
    });
  });

  it('refuses a --secret the contract does not list, or one with no value anywhere', () => {
    expect(() => resolveSecrets(contract, { flags: ['OPENAI_KEY=x'], env: {} })).toThrow(InputError);
    expect(() => resolveSecrets(contract, { flags: ['OPENAI_KEY=x'], env: {} })).toThrow(
      /lists no secret OPENAI_KEY/,
    );
    expect(() => resolveSecrets(contract, { flags: ['HF_TOKEN'], env: {} })).toThrow(
      /not set in the environment/,
    );
  });

  it('the container gets supplied values, dummies for the rest', () => {
    const env = runEnvironment(contract, undefined, { OPENAI_API_KEY: 'sk-real' });
    expect(env.OPENAI_API_KEY).toBe('sk-real');
    expect(env.HF_TOKEN).toBe('dockspec-dummy-hf_token');
  });

  it('the CLI stops before the run (no engine needed) when a required secret is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dockspec-secrets-'));
    writeFileSync(
      path.join(dir, 'dockspec.yaml'),
      'version: 1\nservice: api\ntarget: generic\nenv:\n  secrets: [OPENAI_API_KEY]\n',
    );
    const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', DOCKER_HOST: 'unix:///nonexistent.sock' };
    delete env.OPENAI_API_KEY;
    const r = spawnSync('node', [bin, 'verify'], { cwd: dir, encoding: 'utf8', env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the contract requires the secret OPENAI_API_KEY, and none was supplied');
    expect(r.stderr).toContain('--allow-dummy-secrets');
    // Supplied, the run gets past the secrets to the engine (absent here).
    const supplied = spawnSync('node', [bin, 'verify', '--secret', 'OPENAI_API_KEY=sk-test'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(supplied.status).toBe(2);
    expect(supplied.stderr).toContain('Cannot reach a Docker engine');
  });
});
