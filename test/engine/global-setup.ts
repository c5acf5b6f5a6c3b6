import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  type EngineInfo,
  newRunId,
  removeRunResourcesSync,
  sweepOrphanedRunsSync,
} from '../helpers/engine.js';
import { readEngineEnvFile } from '../helpers/engine-env.js';

/**
 * Brings the engine up once per engine-test run. scripts/engine/up is idempotent (a second run
 * takes about a second) and uses an engine that already answers, so it runs whenever it can: as
 * root with apt, or when some engine answers. With CI=true or DOCKSPEC_REQUIRE_ENGINE=1 a missing
 * engine fails the run; otherwise engine tests skip with a message saying how to enable them.
 * Whatever the run labelled is removed at teardown and on SIGINT/SIGTERM.
 */
const repo = join(import.meta.dirname, '../..');
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const HOW = 'run `sudo scripts/engine/up` (or start Docker), then `npm run test:engine`';

function required(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1' || process.env.DOCKSPEC_REQUIRE_ENGINE === '1';
}

function answers(env: NodeJS.ProcessEnv): boolean {
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
      env,
      stdio: 'pipe',
      timeout: 15_000,
    });
    return true;
  } catch {
    return false;
  }
}

function canProvision(): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function runScript(script: string, args: string[] = []): boolean {
  // Progress goes to our stderr; stdout (export lines) is not needed, we read the env file.
  const result = spawnSync('bash', [join(repo, 'scripts/engine', script), ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 540_000,
  });
  return result.status === 0;
}

function engineEnv(): Record<string, string> {
  const fromFile = readEngineEnvFile();
  const env: Record<string, string> = { ...fromFile };
  // What the caller set explicitly wins (a company engine or index), except a DOCKER_HOST that
  // does not answer.
  for (const key of Object.keys(process.env)) {
    const value = process.env[key];
    if (value !== undefined && (key.startsWith('DOCKSPEC_') || key === 'DOCKER_CONFIG')) env[key] = value;
  }
  if (process.env.DOCKER_HOST && answers(process.env)) env.DOCKER_HOST = process.env.DOCKER_HOST;
  return env;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = process.env.DOCKSPEC_RUN_ID || newRunId();
  const engineAnswers = answers(process.env) || answers({ ...process.env, ...readEngineEnvFile() });
  // DOCKSPEC_ENGINE_AUTO_UP=0: use only an engine that already answers, never provision one.
  const autoUp = process.env.DOCKSPEC_ENGINE_AUTO_UP !== '0';
  if (autoUp && (canProvision() || engineAnswers)) {
    if (!runScript('up')) console.warn('engine: scripts/engine/up failed (see above)');
    // Idempotent (a running server answers in a blink); after a restart the env file still names
    // a server that is gone. A DOCKSPEC_POSTGRES_URL set by the caller is theirs to run.
    if (canProvision() && !process.env.DOCKSPEC_POSTGRES_URL) {
      if (!runScript('postgres', ['up'])) console.warn('engine: scripts/engine/postgres up failed');
    }
  }
  const env = engineEnv();
  const ready = answers({ ...process.env, ...env });
  let reason: string | undefined;
  if (!ready) {
    reason = `no Docker engine answers; ${HOW}`;
    if (required())
      throw new Error(`engine tests are required here (CI / DOCKSPEC_REQUIRE_ENGINE): ${reason}`);
    console.warn(`engine: tests skipped: ${reason}`);
  }
  if (ready) {
    const swept = sweepOrphanedRunsSync({ ...process.env, ...env });
    if (swept.length) console.warn(`engine: removed what interrupted runs left: ${swept.join(', ')}`);
  }
  const info: EngineInfo = { ready, reason, runId, env };
  project.provide('dockspecEngine', info);
  // Workers and the children they spawn see the same settings without reading the file again.
  Object.assign(process.env, env, {
    DOCKSPEC_RUN_ID: runId,
    DOCKSPEC_ENGINE_READY: ready ? '1' : '0',
    ...(reason ? { DOCKSPEC_ENGINE_SKIP_REASON: reason } : {}),
  });

  const fullEnv = { ...process.env };
  const onSignal = (signal: NodeJS.Signals) => {
    if (ready) removeRunResourcesSync(runId, fullEnv);
    for (const s of SIGNALS) process.off(s, onSignal);
    // Vitest has its own handler (it stops the workers, then runs our teardown, which sweeps again);
    // without one, die of the signal as usual.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.once(s, onSignal);

  return async () => {
    for (const s of SIGNALS) process.off(s, onSignal);
    if (ready) removeRunResourcesSync(runId, fullEnv);
  };
}
