import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The engine's environment: the caller's, or what scripts/engine/up recorded. */
export function engineEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  const home = process.env.DOCKSPEC_ENGINE_HOME ?? join(homedir(), '.cache/dockspec/engine');
  const file = join(home, 'env');
  if (!env.DOCKER_HOST && existsSync(file)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^export (\w+)=(.*)$/gm)) env[m[1]] ??= m[2];
  }
  return env;
}

export const env = engineEnv();

export async function docker(...args: string[]): Promise<string> {
  return (await run('docker', args, { env, maxBuffer: 256 * 1024 * 1024, timeout: 900_000 })).stdout.trim();
}

/** stdout and stderr together (BuildKit writes its progress to stderr). */
export async function dockerAll(...args: string[]): Promise<string> {
  const { stdout, stderr } = await run('docker', args, {
    env,
    maxBuffer: 256 * 1024 * 1024,
    timeout: 900_000,
  });
  return `${stdout}\n${stderr}`;
}

export async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await f();
  return { ms: performance.now() - start, value };
}
