import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

/**
 * Reads the env file scripts/engine/up writes (DOCKER_HOST, DOCKSPEC_PIP_INDEX_URL, …) into
 * process.env, keeping anything already set, so engine tests run from a plain shell too.
 */
export function loadEngineEnv(): void {
  const home = process.env.DOCKSPEC_ENGINE_HOME ?? path.join(homedir(), '.cache/dockspec/engine');
  let text = '';
  try {
    text = readFileSync(path.join(home, 'env'), 'utf8');
  } catch {
    return;
  }
  for (const m of text.matchAll(/^export ([A-Z_][A-Z0-9_]*)=(.*)$/gm)) {
    const value = m[2].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
    if (process.env[m[1]] === undefined) process.env[m[1]] = value;
  }
  const bin = path.join(home, 'bin');
  if (!(process.env.PATH ?? '').split(':').includes(bin)) process.env.PATH = `${process.env.PATH}:${bin}`;
}
