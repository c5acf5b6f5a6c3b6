import { readFileSync } from 'node:fs';
import { cpus, homedir, loadavg } from 'node:os';
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

/**
 * Time budgets are scaled on a busy machine (DOCKSPEC_VERIFY_TIME_SCALE, else the 1-minute load
 * per core, 1 to 4): the shared 2-core test machine slows Python imports several-fold.
 */
export function testTimeScale(): number {
  const fromEnv = Number(process.env.DOCKSPEC_VERIFY_TIME_SCALE);
  if (fromEnv > 0) return fromEnv;
  return Math.min(4, Math.max(1, Math.ceil(loadavg()[0] / cpus().length)));
}
