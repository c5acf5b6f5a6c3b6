import { execFile, execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initShellParser, parseDockerfile } from '../../src/dockerfile/index.js';
import { InputError } from '../../src/errors.js';
import { renderDockerfile } from '../../src/generate/index.js';
import { planFor } from '../../src/generate/plan.js';
import { healthProbe } from '../../src/generate/renderers/dockerfile-parts.js';
import { hfContract, resolvedContract } from './factory.js';

function model(text: string) {
  const m = parseDockerfile(text);
  expect(m.problems).toEqual([]);
  return m;
}

const last = <T>(xs: T[]) => xs[xs.length - 1];
const finalStage = (text: string) => last(model(text).stages);
const instructions = (text: string, keyword: string) =>
  finalStage(text).instructions.filter((i) => i.keyword === keyword);

beforeAll(async () => {
  await initShellParser();
});

describe('Dockerfile', () => {
  it('is multi-stage: a builder installs into /opt/venv with a cache mount; the runtime copies only the venv and app', () => {
    const text = renderDockerfile(
      resolvedContract({ image: { systemPackages: { build: ['gcc'], runtime: ['libpq5'] } } }),
    );
    const m = model(text);
    expect(m.stages.map((s) => s.name)).toEqual(['builder', undefined]);
    const [builder, runtime] = m.stages;
    const builderText = builder.instructions.map((i) => i.argsText).join('\n');
    expect(builderText).toContain('gcc');
    expect(builderText).toContain('python -m venv --without-pip /opt/venv');
    const install = builder.instructions.find((i) => i.keyword === 'RUN' && / install -r /.test(i.argsText))!;
    expect(install.flags.map((f) => `${f.name}=${f.value}`)).toEqual([
      'mount=type=cache,target=/root/.cache/pip',
    ]);
    // Dependency files come before the install, the source after the venv copy.
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.argsText);
    expect(copies).toEqual(['/opt/venv /opt/venv', 'app/ ./app/']);
    const runtimeText = runtime.instructions.map((i) => i.argsText).join('\n');
    expect(runtimeText).toContain('libpq5');
    expect(runtimeText).not.toContain('gcc');
    expect(text).toContain('--no-install-recommends');
    // Cleanup in the same layer as the install.
    expect(text).toMatch(
      /apt-get install[^\n]*\\\n\s+&& apt-get clean \\\n\s+&& rm -rf \/var\/lib\/apt\/lists\/\*/,
    );
  });

  it('runs as a numeric user with a real home, and sets the Python and cache environment', () => {
    const text = renderDockerfile(hfContract());
    expect(instructions(text, 'USER').map((i) => i.argsText)).toEqual(['1000:1000']);
    expect(text).toContain('RUN useradd -m -u 1000 user');
    expect(text).toContain('WORKDIR /home/user/app');
    expect(text).toContain('COPY --chown=1000:1000 scripts/ ./scripts/');
    for (const env of [
      'HOME=/home/user',
      'PATH=/opt/venv/bin:$PATH',
      'PYTHONUNBUFFERED=1',
      'PYTHONDONTWRITEBYTECODE=1',
      'XDG_CACHE_HOME=/home/user/.cache',
      'HF_HOME=/home/user/.cache/huggingface',
    ])
      expect(text).toContain(env);
    expect(text).not.toMatch(/^# syntax=/m);
  });

  it('keeps the server PID 1 with exec form, bound to 0.0.0.0, proxied and bounded on HF', () => {
    const text = renderDockerfile(hfContract());
    const cmd = instructions(text, 'CMD')[0];
    expect(cmd.form).toBe('exec');
    expect(cmd.exec?.items.map((i) => i.value)).toEqual([
      'uvicorn',
      'scripts.api:app',
      '--host',
      '0.0.0.0',
      '--port',
      '7860',
      '--proxy-headers',
      '--forwarded-allow-ips=*',
      '--timeout-graceful-shutdown',
      '8',
    ]);
    expect(text).toContain('EXPOSE 7860');
  });

  it('honours PORT through sh -c exec where the platform may set it', () => {
    const text = renderDockerfile(resolvedContract({ target: 'generic' }));
    const argv = instructions(text, 'CMD')[0].exec!.items.map((i) => i.value);
    expect(argv.slice(0, 2)).toEqual(['sh', '-c']);
    expect(argv[2]).toMatch(/^exec uvicorn app\.main:app --host 0\.0\.0\.0 --port "\$\{PORT:-8000\}" /);
    const out = execFileSync('sh', ['-c', `set -- ${argv[2].replace(/^exec /, '')}; printf '%s\\n' "$@"`], {
      env: { PORT: '5555', PATH: process.env.PATH },
    }).toString();
    expect(out.split('\n')).toContain('5555');
  });

  it('reads WORKERS and LOG_LEVEL when the contract declares them, so a ConfigMap that sets them changes what runs', () => {
    const contract = (server: 'uvicorn' | 'gunicorn') =>
      resolvedContract({
        target: 'kubernetes',
        app: {
          server,
          framework: server === 'gunicorn' ? 'flask' : 'fastapi',
          entrypoint: 'app:app',
          workers: 1,
        },
        env: {
          secrets: [],
          variables: [
            { name: 'LOG_LEVEL', default: 'info' },
            { name: 'WORKERS', default: '1' },
          ],
          build: [],
        },
      });
    for (const server of ['uvicorn', 'gunicorn'] as const) {
      const argv = instructions(renderDockerfile(contract(server)), 'CMD')[0].exec!.items.map((i) => i.value);
      expect(argv.slice(0, 2)).toEqual(['sh', '-c']);
      // What the shell hands the server, with and without the variables set.
      const args = (env: Record<string, string>) =>
        execFileSync('sh', ['-c', `set -- ${argv[2].replace(/^exec /, '')}; printf '%s\\n' "$@"`], {
          env: { ...env, PATH: process.env.PATH },
        })
          .toString()
          .split('\n');
      const set = args({ WORKERS: '3', LOG_LEVEL: 'warning' });
      expect(set[set.indexOf('--workers') + 1], server).toBe('3');
      expect(set[set.indexOf('--log-level') + 1], server).toBe('warning');
      const unset = args({});
      expect(unset[unset.indexOf('--workers') + 1], server).toBe('1');
      expect(unset[unset.indexOf('--log-level') + 1], server).toBe('info');
    }
  });

  it('uses gunicorn flags for Flask, with a graceful timeout below the budget', () => {
    const text = renderDockerfile(
      resolvedContract({
        target: 'compose',
        app: { framework: 'flask', server: 'gunicorn', entrypoint: 'app:app', workers: 2 },
        budgets: { shutdownMs: 5000 },
      }),
    );
    const argv = instructions(text, 'CMD')[0].exec!.items.map((i) => i.value);
    expect(argv).toEqual(
      expect.arrayContaining(['gunicorn', 'app:app', '--bind', '0.0.0.0:8000', '--graceful-timeout', '4']),
    );
    expect(argv).not.toContain('--worker-class');
  });

  it('declares build arguments, PIP_INDEX_URL in the builder only, and refuses secret-looking ones', () => {
    const text = renderDockerfile(
      resolvedContract({ image: { buildArgs: { APP_ENV: 'production', PYTHON_VERSION: '3.12' } } }),
    );
    const m = model(text);
    expect(m.globalArgs.map((i) => i.argsText)).toEqual(['PYTHON_VERSION=3.12']);
    expect(m.stages[0].instructions.some((i) => i.keyword === 'ARG' && i.argsText === 'PIP_INDEX_URL')).toBe(
      true,
    );
    expect(m.stages[1].instructions.some((i) => i.argsText.includes('PIP_INDEX_URL'))).toBe(false);
    expect(text).toContain('ARG APP_ENV=production');
    expect(() => renderDockerfile(resolvedContract({ image: { buildArgs: { HF_TOKEN: 'x' } } }))).toThrow(
      InputError,
    );
    expect(() =>
      renderDockerfile(
        resolvedContract({
          env: { secrets: [{ name: 'OPENAI', required: true }], variables: [], build: [{ name: 'OPENAI' }] },
        }),
      ),
    ).toThrow(/looks like a secret/);
  });

  it('single stage when the contract says so: install as root before HOME changes, then drop to the user', () => {
    const text = renderDockerfile(resolvedContract({ image: { stages: 'single' } }));
    const m = model(text);
    expect(m.stages).toHaveLength(1);
    const keywords = m.stages[0].instructions.map((i) => i.keyword);
    const install = m.stages[0].instructions.findIndex((i) => / install -r /.test(i.argsText));
    expect(install).toBeGreaterThan(0);
    const home = m.stages[0].instructions.findIndex(
      (i) => i.keyword === 'ENV' && i.argsText.includes('HOME='),
    );
    expect(install).toBeLessThan(home);
    expect(last(keywords.filter((k) => k === 'USER' || k === 'RUN'))).toBe('USER');
  });

  it('uses the uv and poetry installers with their own cache mounts', () => {
    const uv = renderDockerfile(
      resolvedContract({ image: { installer: 'uv', dependencyFiles: ['pyproject.toml', 'uv.lock'] } }),
    );
    expect(uv).toContain('COPY pyproject.toml uv.lock ./');
    expect(uv).toContain('--mount=type=cache,target=/root/.cache/uv');
    expect(uv).toContain('sync --python python --frozen --no-dev --no-install-project');
    const poetry = renderDockerfile(
      resolvedContract({
        image: { installer: 'poetry', dependencyFiles: ['pyproject.toml', 'poetry.lock'] },
      }),
    );
    expect(poetry).toContain('poetry install --only main --no-root');
    model(uv);
    model(poetry);
  });

  it('is deterministic', () => {
    expect(renderDockerfile(hfContract())).toBe(renderDockerfile(hfContract()));
  });
});

describe('health probe', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req, res) => {
      res.statusCode = req.url === '/health' ? 200 : req.url === '/redirect' ? 302 : 503;
      if (req.url === '/redirect') res.setHeader('location', '/health');
      res.end('{}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const probe = (path: string, target: 'compose' | 'generic' = 'compose') => {
    const c = resolvedContract({
      target,
      app: {
        port,
        health: { liveness: path, aliases: [], expectStatus: 200, readinessUnavailableStatus: 503 },
      },
    });
    const [cmd, ...args] = healthProbe(c, planFor(c));
    // Asynchronous: the server answering the probe runs in this process.
    return new Promise<number>((done) => {
      execFile(cmd === 'python' ? 'python3' : cmd, args, (error) => done(error ? Number(error.code) : 0));
    });
  };

  it('passes on 2xx and fails on 5xx, with the image’s Python', async () => {
    expect(await probe('/health')).toBe(0);
    expect(await probe('/down')).toBe(1);
    expect(await probe('/redirect')).toBe(0);
  });
});
