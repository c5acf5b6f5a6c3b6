import type { Engine } from './engine/engine.js';
import { withTimeout } from './timeout.js';
import type { CheckId, CheckResult } from './types.js';

/**
 * After a run with failures, whether the engine still answers: when it does not (the daemon
 * stopped, the socket went away), a failure says nothing about the image, so each becomes an
 * error naming the cause, and the run ends with exit 3 rather than blaming the contract.
 */
export async function lostEngine(
  engine: Engine,
  results: Map<CheckId, CheckResult>,
  timeoutMs: number,
): Promise<string | undefined> {
  const failed = [...results.values()].filter((r) => r.status === 'fail' || r.status === 'error');
  if (failed.length === 0) return undefined;
  const answers = await withTimeout(engine.ping(timeoutMs), timeoutMs + 1000).then(
    () => true,
    () => false,
  );
  if (answers) return undefined;
  const host = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  const lost = `the Docker engine at ${host} stopped answering during the run`;
  for (const r of failed) {
    if (r.status === 'fail') r.reason = `${lost}; the check saw: ${r.actual}`;
    r.status = 'error';
  }
  return `${lost}: ${failed.length} check${failed.length === 1 ? '' : 's'} could not finish; their results are errors, not failures`;
}
