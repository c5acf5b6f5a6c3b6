import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BuildOptions } from '../../src/verify/engine/build-types.js';
import type { ContainerState, Engine, RunOptions } from '../../src/verify/engine/engine.js';
import type { CheckContext } from '../../src/verify/types.js';

/**
 * A stand-in for the engine in unit tests of a check's own decisions: a "container" is an HTTP
 * server in this process on the PORT the check passes, answering as the test scripts it, and
 * ending on stop as scripted. The checks' real HTTP code runs against it; the real-engine tests
 * still run every check on built images.
 */
export interface FakeApp {
  /** Exit at start instead of serving (a missing secret, a crash): code and log, by the environment. */
  exitAtStart?: (
    env: Record<string, string>,
    opts: RunOptions,
  ) => { exitCode: number; log: string } | undefined;
  /** `docker exec`: its result by the command and the user it runs as. */
  exec?: (cmd: string[], user: string | undefined) => { exitCode: number; stdout?: string; stderr?: string };
  /** The answer to a request; undefined → 404. */
  answer?: (
    req: { method: string; path: string; headers: http.IncomingHttpHeaders },
    env: Record<string, string>,
  ) => { status: number; body?: string; headers?: Record<string, string> } | undefined;
  /** A build that fails at this Dockerfile line with this message; without it every build succeeds. */
  buildFails?: { line: number; error: string };
  /** On SIGTERM: the exit code and how long it takes; `ignore` never exits (the engine then kills it, 137). */
  onStop?: { exitCode: number; afterMs: number } | 'ignore';
}

interface FakeContainer {
  opts: RunOptions;
  env: Record<string, string>;
  server?: http.Server;
  state: ContainerState;
  log: string;
}

export class FakeEngine {
  readonly containers = new Map<string, FakeContainer>();
  /** What every run asked for, in order. */
  readonly runs: RunOptions[] = [];
  /** What every build was asked. */
  readonly builds: BuildOptions[] = [];
  /** The deadline of every waitExit call, in milliseconds. */
  readonly waitExits: number[] = [];
  private next = 0;

  constructor(private readonly app: FakeApp) {}

  /** The engine's interface, with what these checks call implemented and the rest refusing. */
  asEngine(): Engine {
    const refuse = (name: string) => () => Promise.reject(new Error(`FakeEngine: ${name} is not scripted`));
    return {
      ping: async () => undefined,
      flavour: async () => ({ name: 'docker', version: 'fake' }),
      gpuRuntime: async () => undefined,
      build: async (opts) => {
        this.builds.push(opts);
        const fails = this.app.buildFails;
        const step = fails
          ? { id: 1, name: '[2/3] RUN pip install', cached: false, done: true, error: fails.error, log: [] }
          : undefined;
        return {
          ok: !fails,
          tag: opts.tag,
          durationMs: 5,
          builder: 'buildkit',
          engine: 'Fake Engine',
          warnings: [],
          progress: { steps: step ? [step] : [], failed: step, errorLine: fails?.line },
          log: fails ? `ERROR: ${fails.error}` : 'built',
          exitCode: fails ? 1 : 0,
        };
      },
      inspectImage: async (ref) => ({
        id: `sha256:${ref}`,
        size: 100_000_000,
        user: '10001:10001',
        workdir: '/app',
        env: ['PATH=/usr/local/bin:/usr/bin'],
        cmd: ['serve'],
        entrypoint: null,
        exposedPorts: ['8000/tcp'],
        healthcheck: undefined,
        layers: ['sha256:base', 'sha256:app'],
      }),
      history: async () => [],
      save: refuse('save'),
      run: (opts) => this.run(opts),
      inspectContainer: async (id) => ({ ...this.container(id).state }),
      exec: async (id, cmd, user) => {
        this.container(id);
        const r = this.app.exec?.(cmd, user ?? this.container(id).opts.user);
        if (!r) throw new Error('FakeEngine: exec is not scripted');
        return { exitCode: r.exitCode, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
      },
      logs: async (id) => this.container(id).log,
      stop: (id, timeoutSec) => this.stop(id, timeoutSec),
      waitExit: async (id, ms) => {
        this.waitExits.push(ms);
        return { ...this.container(id).state };
      },
      triggerHealthcheck: async () => false,
      removeContainer: async (id) => {
        await this.end(id, this.container(id).state.exitCode);
        this.containers.delete(id);
      },
      removeImage: async () => undefined,
      listLabelled: async () => ({ containers: [...this.containers.keys()], images: [], volumes: [] }),
      listResources: async () => [],
      removeVolume: async () => undefined,
    };
  }

  private container(id: string): FakeContainer {
    const c = this.containers.get(id);
    if (!c) throw Object.assign(new Error(`no such container ${id}`), { statusCode: 404 });
    return c;
  }

  private async run(opts: RunOptions): Promise<string> {
    const id = `fake-${++this.next}`;
    this.runs.push(opts);
    const env = { ...(opts.env ?? {}) };
    const c: FakeContainer = {
      opts,
      env,
      state: { status: 'running', running: true, exitCode: 0, oomKilled: false },
      log: '',
    };
    this.containers.set(id, c);
    const exit = this.app.exitAtStart?.(env, opts);
    if (exit) {
      c.state = { status: 'exited', running: false, exitCode: exit.exitCode, oomKilled: false };
      c.log = exit.log;
      return id;
    }
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const a = this.app.answer?.(
        { method: req.method ?? 'GET', path: url.pathname, headers: req.headers },
        env,
      );
      res.writeHead(a?.status ?? 404, a?.headers ?? {});
      res.end(a?.body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(Number(env.PORT), '127.0.0.1', resolve));
    c.server = server;
    c.log = `listening on ${(server.address() as AddressInfo).port}\n`;
    return id;
  }

  private async end(id: string, exitCode: number): Promise<void> {
    const c = this.container(id);
    if (c.server) await new Promise((resolve) => c.server!.close(resolve));
    c.server = undefined;
    c.state = { status: 'exited', running: false, exitCode, oomKilled: false };
  }

  private async stop(id: string, timeoutSec: number): Promise<void> {
    const c = this.container(id);
    if (!c.state.running) return;
    const plan = this.app.onStop ?? { exitCode: 0, afterMs: 0 };
    if (plan === 'ignore' || plan.afterMs > timeoutSec * 1000) {
      await new Promise((r) => setTimeout(r, Math.min(timeoutSec * 1000, 200)));
      c.log += 'killed\n';
      return this.end(id, 137);
    }
    await new Promise((r) => setTimeout(r, plan.afterMs));
    c.log += 'shutting down\n';
    return this.end(id, plan.exitCode);
  }
}

/** A check context around a fake engine: the image runs `CMD`, the contract is `contract`. */
export function fakeContext(
  engine: FakeEngine,
  contract: CheckContext['contract'],
  runEnv: Record<string, string> = {},
): CheckContext {
  const e = engine.asEngine();
  const abort = new AbortController();
  let shared: ReturnType<CheckContext['shared']> | undefined;
  const ctx: CheckContext = {
    contract,
    engine: e,
    image: {
      ref: 'fake-image',
      inspect: { cmd: ['serve', '--port', String(contract.app.port)], entrypoint: null, env: [] },
    } as unknown as CheckContext['image'],
    cleanup: {
      assertOpen: () => {
        if (abort.signal.aborted) throw new Error('interrupted');
      },
      abort: () => abort.abort(),
      // The fake's own list of containers is what the tests read.
      container: () => undefined,
      removeContainer: (id: string) => e.removeContainer(id),
    } as unknown as CheckContext['cleanup'],
    runId: 'fake-run',
    runEnv,
    signal: abort.signal,
    timeScale: 1,
    shared: () => {
      shared ??= import('../../src/verify/service.js').then(({ startReady }) => startReady(ctx));
      return shared;
    },
  };
  return ctx;
}
