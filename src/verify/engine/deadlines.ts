import type { Engine } from './engine.js';

/**
 * How long one engine call may take after the ping (times --time-scale): a daemon that wedges
 * mid-run would otherwise hang verify for ever. Generous, because `stop` waits out a grace period
 * and an exec runs a command; DOCKSPEC_ENGINE_CALL_TIMEOUT_MS sets it in milliseconds.
 */
export function callTimeoutMs(timeScale: number, env: NodeJS.ProcessEnv = process.env): number {
  const set = Number(env.DOCKSPEC_ENGINE_CALL_TIMEOUT_MS);
  return Number.isFinite(set) && set > 0 ? set : 120_000 * timeScale;
}

/** A call the engine did not answer in time; its message names the call and the engine. */
export class EngineTimeoutError extends Error {}

/** The time a call may take: calls that wait by design (stop's grace, waitExit's deadline) get theirs on top. */
function limitOf(method: string, args: unknown[], ms: number): number {
  if (method === 'stop') return ms + Number(args[1] ?? 0) * 1000;
  if (method === 'waitExit') return ms + Number(args[1] ?? 0);
  return ms;
}

/**
 * The engine with a deadline on every call but `ping` (which has its own): a call that has not
 * settled in time rejects with an EngineTimeoutError. The transport should drop the request at
 * about the same time (DockerodeEngine's socket timeout), so nothing is left waiting.
 */
export function withDeadlines(
  engine: Engine,
  ms: number,
  host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
): Engine {
  return new Proxy(engine, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const method = String(prop);
      // ping has its own deadline; a build its idle timeout (a long build that prints is fine).
      if (method === 'ping' || method === 'build') return value.bind(target);
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        const limit = limitOf(method, args, ms);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new EngineTimeoutError(
                  `the Docker engine at ${host} did not answer ${method} within ${Math.round(limit / 1000)} s (a wedged daemon or a stale tunnel; raise --time-scale on a very slow machine)`,
                ),
              ),
            limit,
          );
          timer.unref?.();
        });
        return Promise.race([result, late]).finally(() => clearTimeout(timer));
      };
    },
  });
}
