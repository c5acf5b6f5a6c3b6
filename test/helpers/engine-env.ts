import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where scripts/engine/up keeps its cache, pid files and env file. */
export function engineHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKSPEC_ENGINE_HOME || join(env.HOME || homedir(), '.cache/dockspec/engine');
}

export function engineEnvFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(engineHome(env), 'env');
}

/**
 * Parses the `export KEY=VALUE` lines that scripts/engine/up and postgres write (bash `%q`
 * quoting: backslash escapes or single quotes). Other lines are ignored.
 */
export function parseEngineEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)) {
    out[match[1]] = unquote(match[2].trim());
  }
  return out;
}

function unquote(raw: string): string {
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1);
  if (raw.startsWith('"') && raw.endsWith('"') && raw.length >= 2) return raw.slice(1, -1);
  return raw.replace(/\\(.)/g, '$1');
}

/** The env file's settings, or an empty record when `up` has not run on this machine. */
export function readEngineEnvFile(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const file = engineEnvFile(env);
  if (!existsSync(file)) return {};
  const parsed = parseEngineEnv(readFileSync(file, 'utf8'));
  // PATH in the env file refers to "$PATH"; resolve it against the caller's.
  if (parsed.PATH) parsed.PATH = parsed.PATH.replace(/"?\$PATH"?/, env.PATH ?? '');
  return parsed;
}
