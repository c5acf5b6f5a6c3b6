import { describe, expect, it } from 'vitest';
import { cors } from '../../src/verify/checks/cors.js';
import { filesystem } from '../../src/verify/checks/filesystem.js';
import { health } from '../../src/verify/checks/health.js';
import { readiness, UNREACHABLE_POSTGRES } from '../../src/verify/checks/readiness.js';
import { requiredEnv } from '../../src/verify/checks/required-env.js';
import { secrets } from '../../src/verify/checks/secrets.js';
import { shutdown } from '../../src/verify/checks/shutdown.js';
import { resolvedContract } from '../generate/factory.js';
import { type FakeApp, FakeEngine, fakeContext } from '../helpers/fake-engine.js';

// The decisions of the checks that talk to a running service, through their pass and fail paths,
// against a fake engine whose "containers" are HTTP servers in this process (test/helpers/fake-engine.ts).
// The engine tests run the same checks on real images.

const healthy: FakeApp['answer'] = ({ path }) =>
  path === '/health' ? { status: 200, body: '{"status":"ok"}' } : undefined;

async function runCheck(
  check: typeof health,
  app: FakeApp,
  contract = resolvedContract(),
  runEnv: Record<string, string> = {},
) {
  const engine = new FakeEngine(app);
  const ctx = fakeContext(engine, contract, runEnv);
  const result = await check.run(ctx);
  // What the check started, it removed (shared services are the runner's to remove).
  return { result, engine };
}

describe('health (fake engine)', () => {
  const contract = resolvedContract({
    app: { health: { liveness: '/health', expectStatus: 200, expectBody: { status: 'ok' } } },
  });

  it('passes a liveness path that answers the expected status and body', async () => {
    const { result } = await runCheck(health, { answer: healthy }, contract);
    expect(result.status).toBe('pass');
  });

  it('fails an alias that does not answer, and a body without what the contract expects', async () => {
    const withAlias = resolvedContract({
      app: {
        health: {
          liveness: '/health',
          aliases: ['/healthz'],
          expectStatus: 200,
          expectBody: { status: 'ok' },
        },
      },
    });
    const alias = await runCheck(health, { answer: healthy }, withAlias);
    expect(alias.result.status).toBe('fail');
    expect(alias.result.actual).toMatch(/GET \/healthz answered 404, expected 200/);
    const wrongBody = await runCheck(
      health,
      {
        answer: ({ path }) =>
          path === '/health' ? { status: 200, body: '{"status":"degraded"}' } : undefined,
      },
      contract,
    );
    expect(wrongBody.result.status).toBe('fail');
    expect(wrongBody.result.actual).toMatch(/lacks \{"status":"ok"\}/);
  });
});

describe('shutdown (fake engine)', () => {
  const contract = resolvedContract({ budgets: { shutdownMs: 2000 } });

  it('passes a service that exits 0 or 143 on SIGTERM within the budget, and removes its container', async () => {
    for (const exitCode of [0, 143]) {
      const { result, engine } = await runCheck(
        shutdown,
        { answer: healthy, onStop: { exitCode, afterMs: 50 } },
        contract,
      );
      expect(result.status, result.actual).toBe('pass');
      expect(result.actual).toMatch(new RegExp(`^exit ${exitCode} after`));
      expect(engine.containers.size).toBe(0);
    }
  });

  it('fails a service that ignores SIGTERM (137), and one that exits with an error', async () => {
    const ignored = await runCheck(shutdown, { answer: healthy, onStop: 'ignore' }, contract);
    expect(ignored.result.status).toBe('fail');
    expect(ignored.result.actual).toMatch(/SIGTERM was ignored/);
    const crashed = await runCheck(
      shutdown,
      { answer: healthy, onStop: { exitCode: 1, afterMs: 10 } },
      contract,
    );
    expect(crashed.result.status).toBe('fail');
    expect(crashed.result.actual).toMatch(/^exit 1 after/);
  });

  it('fails a service that never starts, saying so', async () => {
    const { result } = await runCheck(
      shutdown,
      { exitAtStart: () => ({ exitCode: 3, log: 'ImportError' }) },
      contract,
    );
    expect(result.status).toBe('fail');
    expect(result.actual).toMatch(/^never started/);
  });
});

describe('required-env (fake engine)', () => {
  const contract = resolvedContract({
    env: { secrets: [{ name: 'OPENAI_API_KEY', required: true }], variables: [], build: [] },
    budgets: { startupMs: 2000 },
  });
  const missing = (env: Record<string, string>) =>
    env.OPENAI_API_KEY
      ? undefined
      : { exitCode: 78, log: 'Missing required environment variables: OPENAI_API_KEY\n' };

  it('passes a service that exits non-zero naming the missing secret', async () => {
    const { result } = await runCheck(requiredEnv, { exitAtStart: missing, answer: healthy }, contract, {
      OPENAI_API_KEY: 'dummy',
    });
    expect(result.status, result.actual).toBe('pass');
  });

  it('fails a service that serves without it, and one that crashes with a traceback', async () => {
    const serves = await runCheck(requiredEnv, { answer: healthy }, contract);
    expect(serves.result.status).toBe('fail');
    expect(serves.result.actual).toMatch(/answered \/health without OPENAI_API_KEY/);
    const traceback = await runCheck(
      requiredEnv,
      {
        exitAtStart: () => ({
          exitCode: 1,
          log: 'Traceback (most recent call last):\n  File "app.py", line 3\nKeyError: \'OPENAI_API_KEY\'\n',
        }),
      },
      contract,
    );
    expect(traceback.result.status).toBe('fail');
    expect(traceback.result.actual).toMatch(/crashed with a Python traceback \(KeyError/);
  });
});

describe('cors (fake engine)', () => {
  const contract = resolvedContract({
    cors: { origins: ['https://app.example.com'], credentials: true, methods: ['GET'] },
  });
  const policy =
    (allowed: (origin: string) => boolean): FakeApp['answer'] =>
    ({ method, path, headers }) => {
      if (path !== '/health') return undefined;
      if (method !== 'OPTIONS') return { status: 200, body: '{}' };
      const origin = String(headers.origin ?? '');
      return allowed(origin)
        ? {
            status: 200,
            headers: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' },
          }
        : { status: 400, body: 'Disallowed CORS origin' };
    };

  it('passes when the listed origin is allowed with credentials and an unlisted one refused', async () => {
    const { result } = await runCheck(
      cors,
      { answer: policy((o) => o === 'https://app.example.com') },
      contract,
    );
    expect(result.status, result.actual).toBe('pass');
  });

  it('fails when any origin is allowed, and when the listed one is refused', async () => {
    const open = await runCheck(cors, { answer: policy(() => true) }, contract);
    expect(open.result.status).toBe('fail');
    const closed = await runCheck(cors, { answer: policy(() => false) }, contract);
    expect(closed.result.status).toBe('fail');
  });
});

describe('readiness (fake engine)', () => {
  const contract = resolvedContract({
    app: { health: { liveness: '/health', readiness: '/health/ready', readinessUnavailableStatus: 503 } },
    dependencies: [{ name: 'postgres', kind: 'postgres', env: 'DATABASE_URL', readiness: true }],
  });
  const follows: FakeApp['answer'] = ({ path }, env) => {
    if (path === '/health') return { status: 200, body: '{}' };
    if (path === '/health/ready')
      return env.DATABASE_URL === UNREACHABLE_POSTGRES ? { status: 503, body: 'db down' } : { status: 200 };
    return undefined;
  };

  it('passes when readiness answers 503 with the database down and 2xx with it up, liveness 2xx throughout', async () => {
    const engine = new FakeEngine({ answer: follows });
    const ctx = { ...fakeContext(engine, contract), postgresUrl: 'postgresql://dockspec@127.0.0.1:5432/db' };
    const result = await readiness.run(ctx);
    expect(result.status, result.actual).toBe('pass');
    expect(engine.containers.size).toBe(0);
  });

  it('fails when readiness says ready with the database down', async () => {
    const engine = new FakeEngine({
      answer: ({ path }) => (path.startsWith('/health') ? { status: 200, body: '{}' } : undefined),
    });
    const result = await readiness.run(fakeContext(engine, contract));
    expect(result.status).toBe('fail');
    expect(result.actual).toMatch(/with postgres unreachable, \/health\/ready answered 200, not 503/);
  }, 15_000);
});

describe('filesystem (fake engine)', () => {
  const contract = resolvedContract({
    image: { user: { uid: 10001, gid: 10001 }, workdir: '/app' },
    writablePaths: ['/data'],
  });
  const base: FakeApp = {
    answer: ({ path }) => (path === '/health' ? { status: 200, body: '{}' } : undefined),
  };

  it('passes when the writable paths are writable as the UID and the service starts read-only with tmpfs on them', async () => {
    const engine = new FakeEngine({ ...base, exec: () => ({ exitCode: 0 }) });
    const result = await filesystem.run(fakeContext(engine, contract));
    expect(result.status, result.actual).toBe('pass');
    // The read-only run mounted tmpfs on /tmp and the writable path, owned by the contract UID.
    const ro = [...engine.runs].find((o) => o.readOnly);
    expect(ro?.tmpfs).toEqual(['/tmp', '/data']);
    expect(ro?.tmpfsOwner).toEqual({ uid: 10001, gid: 10001 });
  });

  it('fails a path the UID cannot write, and a service that needs a writable root', async () => {
    const denied = new FakeEngine({
      ...base,
      exec: () => ({ exitCode: 1, stderr: 'touch: cannot touch /data/x: Permission denied' }),
    });
    const r1 = await filesystem.run(fakeContext(denied, contract));
    expect(r1.status).toBe('fail');
    expect(r1.actual).toMatch(/\/data is not writable as uid 10001: touch: cannot touch/);
    const needsRoot = new FakeEngine({
      ...base,
      exec: () => ({ exitCode: 0 }),
      exitAtStart: (_env, opts) =>
        opts.readOnly
          ? { exitCode: 78, log: "OSError: [Errno 30] Read-only file system: '/app/cache'\n" }
          : undefined,
    });
    const r2 = await filesystem.run(fakeContext(needsRoot, contract));
    expect(r2.status).toBe('fail');
    expect(r2.actual).toMatch(/with a read-only root filesystem it does not start/);
  }, 60_000);
});

describe('secrets (image facts as the engine reports them)', () => {
  const contract = resolvedContract({
    env: { secrets: [{ name: 'OPENAI_API_KEY', required: true }], variables: [], build: [] },
  });
  const file = (path: string, text = '') => ({
    path,
    size: text.length,
    type: 'file',
    data: Buffer.from(text),
  });
  const context = (
    files: ReturnType<typeof file>[],
    history: { createdBy: string; size: number }[] = [],
    runEnv: Record<string, string> = {},
  ) => {
    const ctx = fakeContext(new FakeEngine({}), contract, runEnv);
    ctx.image = {
      ...ctx.image,
      history,
      layers: async () => [
        { digest: 'base', base: true, files: [file('/usr/lib/python3.11/os.py', 'import sys')] },
        { digest: 'app', base: false, files },
      ],
    } as unknown as typeof ctx.image;
    return ctx;
  };

  it('passes an image whose app layer and history hold no secret', async () => {
    const r = await secrets.run(
      context([file('/app/main.py', 'print("hi")')], [{ createdBy: 'COPY . /app', size: 10 }]),
    );
    expect(r.status, r.actual).toBe('pass');
  });

  it('fails a .env file, a token in a file, a secret set at build time, and a run-time value copied in', async () => {
    const value = 'sk-live-value-that-is-long-enough';
    const r = await secrets.run(
      context(
        [
          file('/app/.env', 'X=1'),
          file('/app/config.py', 'TOKEN = "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH"'),
          file('/app/copy.txt', value),
        ],
        [{ createdBy: 'ENV OPENAI_API_KEY=sk-abc', size: 0 }],
        { OPENAI_API_KEY: value },
      ),
    );
    expect(r.status).toBe('fail');
    // The first three in the summary, every one in the evidence.
    const all = r.evidence.join('\n');
    expect(all).toMatch(/\/app\/\.env/);
    expect(all).toMatch(/\/app\/config\.py contains a Hugging Face token/);
    expect(all).toMatch(/history: OPENAI_API_KEY set at build time/);
    expect(all).toMatch(/\/app\/copy\.txt contains a run-time secret value/);
  });
});

describe('the runner schedules by what checks need, never by their id', () => {
  it('with --image, the checks that need the build context or the build are skipped, saying which need was not met', async () => {
    const { verify } = await import('../../src/verify/verify.js');
    const engine = new FakeEngine({ answer: healthy });
    const report = await verify({
      contract: resolvedContract({ app: { health: { liveness: '/health', expectStatus: 200 } } }),
      image: 'prebuilt',
      engine: engine.asEngine(),
      only: ['build', 'context', 'health'],
    });
    const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
    expect(byId.build).toMatchObject({
      status: 'skip',
      reason: 'nothing was built: an image was given with --image',
    });
    expect(byId.context).toMatchObject({
      status: 'skip',
      reason: 'no build context: an image was given with --image',
    });
    expect(byId.health.status).toBe('pass');
    expect(engine.containers.size).toBe(0);
  });
});

describe('--time-scale reaches every wait a check sets', () => {
  it('scales the waits of the waits table, and the startup window when the contract has no budget', async () => {
    const { WAITS, waitMs } = await import('../../src/verify/waits.js');
    const { startupLimit } = await import('../../src/verify/service.js');
    const ctx = { ...fakeContext(new FakeEngine({}), resolvedContract()), timeScale: 3 };
    for (const name of Object.keys(WAITS) as (keyof typeof WAITS)[])
      expect(waitMs(ctx, name)).toBe(WAITS[name] * 3);
    expect(startupLimit(ctx)).toBe(WAITS.startupDefault * 3);
  });

  it('shutdown waits for the exit three times as long at --time-scale 3', async () => {
    const engine = new FakeEngine({ answer: healthy, onStop: { exitCode: 0, afterMs: 10 } });
    const ctx = { ...fakeContext(engine, resolvedContract({ budgets: { shutdownMs: 2000 } })), timeScale: 3 };
    expect((await shutdown.run(ctx)).status).toBe('pass');
    expect(engine.waitExits).toEqual([15_000]);
  });
});

describe('a failed build, through the engine interface', () => {
  it('is reported by the build check at its Dockerfile line; the context check still runs; the rest say the image did not build', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { verify } = await import('../../src/verify/verify.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'dockspec-fake-build-'));
    try {
      await writeFile(
        path.join(dir, 'Dockerfile'),
        'FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r requirements.txt\n',
      );
      await writeFile(path.join(dir, 'requirements.txt'), 'fastapi\n');
      const engine = new FakeEngine({ buildFails: { line: 3, error: 'pip exited 1' } });
      const report = await verify({
        contract: resolvedContract(),
        contextDir: dir,
        engine: engine.asEngine(),
        only: ['context', 'health'],
      });
      const byId = Object.fromEntries(report.checks.map((c) => [c.id, c]));
      // --only left the build check out: a failed build is reported all the same.
      expect(byId.build.status).toBe('fail');
      expect(byId.build.actual).toMatch(/Dockerfile:3: .*failed \(pip exited 1\)/);
      expect(byId.context.status).toBe('pass');
      expect(byId.health).toMatchObject({ status: 'skip', reason: 'the image did not build' });
      expect(engine.builds[0]).toMatchObject({ context: dir, dockerfile: path.join(dir, 'Dockerfile') });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the run’s abort signal (Ctrl-C)', () => {
  it('ends a check that is waiting for the service at once, and leaves no container', async () => {
    // A service that never answers 2xx: without the signal the check would wait out its 30 s window.
    const engine = new FakeEngine({ answer: () => ({ status: 500 }) });
    const ctx = fakeContext(engine, resolvedContract());
    const started = Date.now();
    setTimeout(() => (ctx.cleanup as unknown as { abort: () => void }).abort(), 200);
    const result = await shutdown.run(ctx);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.status).toBe('fail');
    expect(result.actual).toMatch(/never started: .*interrupted|never started/);
    expect(engine.containers.size).toBe(0);
    // And no check starts a container once it has fired.
    await expect(shutdown.run(ctx)).rejects.toThrow('interrupted');
  });
});
