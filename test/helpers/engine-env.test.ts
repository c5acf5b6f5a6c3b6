import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEngineEnv, readEngineEnvFile } from './engine-env.js';

describe('engine env file', () => {
  it('reads the export lines scripts/engine/up writes, with bash %q quoting', () => {
    const text = [
      '# written by scripts/engine/up',
      'export DOCKER_HOST=unix:///root/.cache/dockspec/engine/run/docker.sock',
      "export DOCKSPEC_PIP_INDEX_URL='http://127.0.0.1:3141/311/simple/'",
      'export DOCKSPEC_ENGINE_HOME=/tmp/with\\ space',
      'not an export line=1',
    ].join('\n');
    expect(parseEngineEnv(text)).toEqual({
      DOCKER_HOST: 'unix:///root/.cache/dockspec/engine/run/docker.sock',
      DOCKSPEC_PIP_INDEX_URL: 'http://127.0.0.1:3141/311/simple/',
      DOCKSPEC_ENGINE_HOME: '/tmp/with space',
    });
  });

  it('resolves "$PATH" against the caller and is empty when up never ran', () => {
    const home = mkdtempSync(join(tmpdir(), 'engine-env-'));
    expect(readEngineEnvFile({ DOCKSPEC_ENGINE_HOME: home })).toEqual({});
    writeFileSync(join(home, 'env'), `export PATH=${home}/bin:"$PATH"\n`);
    expect(readEngineEnvFile({ DOCKSPEC_ENGINE_HOME: home, PATH: '/usr/bin' }).PATH).toBe(
      `${home}/bin:/usr/bin`,
    );
  });
});
