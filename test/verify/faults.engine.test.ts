import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerodeEngine } from '../../src/verify/engine/dockerode-engine.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { loadEngineEnv, testTimeScale } from './engine-env.js';

// Fault injection, each fault several times in a row (DOCKSPEC_FAULT_RUNS, default 2): Ctrl-C at
// each phase, twice in a row, SIGKILL then a new run, an engine that never answers, the engine gone
// mid-run. After each, nothing labelled by dockspec may remain of the run (after `dockspec clean`
// where the run could not clean up itself), and the exit code is the documented one. The tally is
// written to test-artifacts/faults.json; the README quotes it.

loadEngineEnv();
const real = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
const docker = new Docker();
const engine = new DockerodeEngine(docker);
const contract = path.resolve('test/fixtures/faulty/good/dockspec.yaml');
const bin = path.resolve('src/cli/bin.ts');
const RUNS = Math.max(1, Number(process.env.DOCKSPEC_FAULT_RUNS) || 2);
const tally: Record<string, { runs: number; leaks: number; codes: (number | string)[] }> = {};

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** From the first signal sent to the process's exit, when one was sent. */
  afterSignalMs?: number;
}

/** A CLI run; `at` is called as its stderr grows, with a way to signal it. */
function cli(
  args: string[],
  env: Record<string, string>,
  at?: (stderr: string, kill: (s: NodeJS.Signals) => void) => void,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', bin, ...args], {
      env: { ...process.env, CI: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let signalledAt: number | undefined;
    child.stderr.on('data', (b) => {
      stderr += b;
      at?.(stderr, (s) => {
        signalledAt ??= performance.now();
        child.kill(s);
      });
    });
    const watchdog = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('exit', () => {
      if (signalledAt !== undefined) exitedAfter = performance.now() - signalledAt;
    });
    let exitedAfter: number | undefined;
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      resolve({ code, signal, stderr, afterSignalMs: exitedAfter });
    });
  });
}

/** Containers, images, volumes and networks labelled with the run id. */
async function leftovers(runId: string): Promise<number> {
  const filters = JSON.stringify({ label: [`dockspec.run=${runId}`] });
  const [listed, networks] = await Promise.all([
    engine.listLabelled(runId),
    docker.listNetworks({ filters }),
  ]);
  return listed.containers.length + listed.images.length + listed.volumes.length + networks.length;
}

/** Waits (bounded) until the run has `n` containers; calls `then` once. */
function whenContainers(runId: string, n: number, then: () => void): () => void {
  let stopped = false;
  void (async () => {
    const deadline = Date.now() + 90_000;
    while (!stopped && Date.now() < deadline) {
      if ((await engine.listLabelled(runId).catch(() => ({ containers: [] }))).containers.length >= n) {
        then();
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return () => {
    stopped = true;
  };
}

function record(fault: string, code: number | string, leaks: number): void {
  tally[fault] ??= { runs: 0, leaks: 0, codes: [] };
  tally[fault].runs++;
  tally[fault].leaks += leaks;
  tally[fault].codes.push(code);
}

const verifyArgs = ['verify', '--contract', contract, '--allow-dummy-secrets'];

describe(`verify under faults (${RUNS} runs each)`, () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await new FaultProxy(real).start();
  });
  afterAll(async () => {
    await proxy.stop();
    await mkdir('test-artifacts', { recursive: true });
    await writeFile(
      'test-artifacts/faults.json',
      `${JSON.stringify({ runsEach: RUNS, faults: tally }, null, 2)}\n`,
    );
  });

  const sigint = (
    name: string,
    signalWhen: (runId: string, interrupt: () => void) => (s: string) => boolean,
  ) =>
    it(`Ctrl-C ${name}: exit 130, nothing left`, async () => {
      for (let i = 0; i < RUNS; i++) {
        const runId = `fault-${name.replace(/\W+/g, '-')}-${process.pid}-${i}`;
        let sent = false;
        let kill: ((s: NodeJS.Signals) => void) | undefined;
        const fire = () => {
          if (sent || !kill) return;
          sent = true;
          kill('SIGINT');
        };
        const ready = signalWhen(runId, fire);
        const r = await cli(verifyArgs, { DOCKSPEC_RUN_ID: runId }, (stderr, k) => {
          kill = k;
          if (ready(stderr)) fire();
        });
        const leaks = await leftovers(runId);
        record(`SIGINT ${name}`, r.code ?? String(r.signal), leaks);
        console.log(`SIGINT ${name}: exited ${Math.round(r.afterSignalMs ?? -1)} ms after the signal`);
        expect(sent, 'the signal was sent').toBe(true);
        expect(r.code, r.stderr).toBe(130);
        expect(leaks).toBe(0);
        // Within a second of Ctrl-C, everything removed (longer only on a machine loaded enough to
        // scale the test's time budgets).
        expect(r.afterSignalMs).toBeLessThan(1000 * testTimeScale());
      }
    });

  sigint('during the build', () => (stderr) => stderr.includes('building…'));
  sigint('at the first container', (runId, interrupt) => {
    let started = false;
    return () => {
      if (!started) {
        started = true;
        whenContainers(runId, 1, interrupt);
      }
      return false;
    };
  });
  // After the first check that needs a running container has reported (build and context need none).
  sigint(
    'during the checks',
    () => (stderr) => /^(PASS|FAIL|SKIP|ERROR)\s+(?!build\b|context\b|config\b|size\b)\S/m.test(stderr),
  );

  const twice = (name: string, second: 'at once' | 'during the clean-up') =>
    it(`Ctrl-C ${name}: exit 130, nothing left`, async () => {
      for (let i = 0; i < RUNS; i++) {
        const runId = `fault-twice-${second === 'at once' ? 'now' : 'cleanup'}-${process.pid}-${i}`;
        let kill: ((s: NodeJS.Signals) => void) | undefined;
        let presses = 0;
        const press = () => {
          presses++;
          kill?.('SIGINT');
        };
        const stop = whenContainers(runId, 2, () => {
          press();
          if (second === 'at once') press();
        });
        const r = await cli(verifyArgs, { DOCKSPEC_RUN_ID: runId }, (stderr, k) => {
          kill = k;
          // The second press lands while the clean-up the first one started is running.
          if (second === 'during the clean-up' && presses === 1 && stderr.includes('removing this run'))
            press();
        });
        stop();
        const leaks = await leftovers(runId);
        record(`SIGINT twice, ${second}`, r.code ?? String(r.signal), leaks);
        expect(presses).toBe(2);
        expect(r.code, r.stderr).toBe(130);
        // Two signals sent at once may reach the process as one (POSIX does not queue them).
        if (second === 'during the clean-up')
          expect(r.stderr).toContain('cleaning up, press Ctrl-C again to force');
        expect(leaks).toBe(0);
      }
    });

  twice('twice in a row', 'at once');
  twice('again during the clean-up', 'during the clean-up');

  it('SIGKILL, then `dockspec clean`: nothing left', async () => {
    for (let i = 0; i < RUNS; i++) {
      const runId = `fault-kill-${process.pid}-${i}`;
      let kill: ((s: NodeJS.Signals) => void) | undefined;
      const stop = whenContainers(runId, 2, () => kill?.('SIGKILL'));
      const r = await cli(verifyArgs, { DOCKSPEC_RUN_ID: runId }, (_, k) => {
        kill = k;
      });
      stop();
      expect(r.signal).toBe('SIGKILL');
      const left = await leftovers(runId);
      const c = await cli(['clean'], {});
      const leaks = await leftovers(runId);
      record('SIGKILL then clean', 'SIGKILL', leaks);
      expect(left, 'a killed run leaves its resources: the reaper is what removes them').toBeGreaterThan(0);
      expect(c.code, c.stderr).toBe(0);
      expect(leaks).toBe(0);
    }
  });

  it('an engine that accepts and never answers: exit 2 at the ping deadline, nothing created', async () => {
    proxy.set('hang');
    try {
      for (let i = 0; i < RUNS; i++) {
        const runId = `fault-hang-${process.pid}-${i}`;
        const r = await cli(verifyArgs, {
          DOCKSPEC_RUN_ID: runId,
          DOCKER_HOST: proxy.host,
          DOCKSPEC_ENGINE_PING_TIMEOUT_MS: '1500',
        });
        const leaks = await leftovers(runId);
        record('engine never answers', r.code ?? String(r.signal), leaks);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain('accepted the connection but did not answer');
        expect(leaks).toBe(0);
      }
    } finally {
      proxy.set('pass');
    }
  });

  it('the engine gone mid-run: exit 3 naming the engine, and the next clean leaves nothing', async () => {
    for (let i = 0; i < RUNS; i++) {
      const runId = `fault-down-${process.pid}-${i}`;
      proxy.set('pass');
      const stop = whenContainers(runId, 2, () => proxy.set('down'));
      const r = await cli(verifyArgs, {
        DOCKSPEC_RUN_ID: runId,
        DOCKER_HOST: proxy.host,
        DOCKSPEC_ENGINE_CALL_TIMEOUT_MS: '5000',
      });
      stop();
      proxy.set('pass');
      // The engine is back: what the run could not remove is an orphan now.
      const c = await cli(['clean'], {});
      const leaks = await leftovers(runId);
      record('engine gone mid-run, then clean', r.code ?? String(r.signal), leaks);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain(`the Docker engine at ${proxy.host} stopped answering during the run`);
      expect(c.code, c.stderr).toBe(0);
      expect(leaks).toBe(0);
    }
  });
});
