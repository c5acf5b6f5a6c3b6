import { ExitCode, ExitError } from '../errors.js';
import type { Engine } from './engine/engine.js';
import { withTimeout } from './timeout.js';

/**
 * How long the first call to the engine may take before verify gives up (times --time-scale): an
 * engine that answers does so in milliseconds; a socket that accepts and never answers (a wedged
 * daemon, a stale SSH tunnel) would otherwise hang the run for ever. DOCKSPEC_ENGINE_PING_TIMEOUT_MS
 * sets it in milliseconds.
 */
export function pingTimeoutMs(timeScale: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.DOCKSPEC_ENGINE_PING_TIMEOUT_MS);
  return Number.isFinite(set) && set > 0 ? set : 10_000 * timeScale;
}

/** Pings the engine before any work, with a deadline, and explains what to do when it does not answer. */
export async function pingOrExplain(engine: Engine, timeoutMs: number): Promise<void> {
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  const started = Date.now();
  try {
    // The engine drops the request at the deadline; withTimeout covers an engine that ignores it.
    await withTimeout(engine.ping(timeoutMs), timeoutMs + 1000);
  } catch (error) {
    if (Date.now() - started >= timeoutMs)
      throw new ExitError(
        `The Docker engine at ${host} accepted the connection but did not answer within ${Math.round(timeoutMs / 1000)} s.`,
        ExitCode.input,
        'The daemon may be wedged or a tunnel stale: check `docker version` against the same DOCKER_HOST, restart the engine (or the SSH tunnel), or raise --time-scale on a very slow machine.',
      );
    throw new ExitError(
      `Cannot reach a Docker engine at ${host} (${error instanceof Error ? error.message : String(error)}).`,
      ExitCode.input,
      'Start Docker (or Podman with its Docker-compatible socket) and set DOCKER_HOST, or run scripts/engine/up.',
    );
  }
}
