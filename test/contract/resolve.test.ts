import { describe, expect, it } from 'vitest';
import { pythonFromBase, resolveContract } from '../../src/contract/resolve.js';
import type { Contract } from '../../src/contract/schema.js';

const minimal = (target: Contract['target'], extra: Partial<Contract> = {}): Contract => ({
  version: 1,
  service: 'demo-api',
  target,
  ...extra,
});

describe('presets', () => {
  it('huggingface-space: uid 1000, user `user`, home /home/user, port 7860, writable $HOME', () => {
    const r = resolveContract(minimal('huggingface-space'));
    expect(r.image.user).toEqual({ name: 'user', uid: 1000, gid: 1000, home: '/home/user' });
    expect(r.image.workdir).toBe('/home/user/app');
    expect(r.app.port).toBe(7860);
    expect(r.writablePaths).toContain('/home/user');
    expect(r.app.health.readiness).toBeUndefined();
  });

  it('kubernetes: numeric uid, separate liveness and readiness, port 8000', () => {
    const r = resolveContract(minimal('kubernetes'));
    expect(r.image.user).toMatchObject({ name: 'appuser', uid: 1000 });
    expect(r.app.health.liveness).toBe('/health/live');
    expect(r.app.health.readiness).toBe('/health/ready');
    expect(r.app.port).toBe(8000);
  });

  it.each(['compose', 'generic'] as const)('%s: port 8000, /health, /app', (target) => {
    const r = resolveContract(minimal(target));
    expect(r.app).toMatchObject({ port: 8000, health: { liveness: '/health' } });
    expect(r.image.workdir).toBe('/app');
  });

  it('the contract overrides the preset', () => {
    const r = resolveContract(
      minimal('huggingface-space', {
        app: { port: 8080 },
        image: { workdir: '$HOME/code', user: { name: 'me' } },
      }),
    );
    expect(r.app.port).toBe(8080);
    expect(r.image.user.home).toBe('/home/me');
    expect(r.image.workdir).toBe('/home/me/code');
  });
});

describe('defaults', () => {
  it('fills the server from the framework', () => {
    expect(resolveContract(minimal('generic', { app: { framework: 'flask' } })).app.server).toBe('gunicorn');
    expect(resolveContract(minimal('generic', { app: { framework: 'django' } })).app).toMatchObject({
      server: 'gunicorn',
      entrypoint: 'demo_api.wsgi:application',
    });
    expect(resolveContract(minimal('generic', { app: { framework: 'litestar' } })).app.server).toBe(
      'uvicorn',
    );
  });

  it('derives python from the base and the base from python', () => {
    expect(resolveContract(minimal('generic', { image: { base: 'python:3.11-slim' } })).image.python).toBe(
      '3.11',
    );
    expect(resolveContract(minimal('generic', { image: { python: '3.13' } })).image.base).toBe(
      'python:3.13-slim',
    );
    expect(resolveContract(minimal('generic')).image).toMatchObject({
      python: '3.12',
      base: 'python:3.12-slim',
    });
    expect(pythonFromBase('docker.io/library/python:3.12.4-slim-bookworm')).toBe('3.12.4');
    expect(pythonFromBase('nvidia/cuda:12.1.0-runtime-ubuntu22.04')).toBeUndefined();
  });

  it('picks the installer and dependency files from each other', () => {
    expect(
      resolveContract(minimal('generic', { image: { dependencyFiles: ['pyproject.toml', 'uv.lock'] } })).image
        .installer,
    ).toBe('uv');
    expect(
      resolveContract(minimal('generic', { image: { installer: 'poetry' } })).image.dependencyFiles,
    ).toEqual(['pyproject.toml', 'poetry.lock']);
  });

  it('converts units and applies health check and shutdown defaults', () => {
    const r = resolveContract(
      minimal('generic', { healthcheck: { interval: '1m' }, budgets: { imageSize: '1.5GB', startup: 20 } }),
    );
    expect(r.healthcheck).toEqual({
      intervalMs: 60_000,
      timeoutMs: 5_000,
      startPeriodMs: 10_000,
      retries: 3,
    });
    expect(r.budgets).toEqual({ imageSizeBytes: 1.5e9, startupMs: 20_000, shutdownMs: 10_000 });
  });

  it('turns bare names into objects', () => {
    const r = resolveContract(
      minimal('generic', {
        env: { secrets: ['API_KEY'], variables: ['LOG_LEVEL', { name: 'WORKERS', default: 2 }] },
      }),
    );
    expect(r.env.secrets).toEqual([{ name: 'API_KEY', required: true }]);
    expect(r.env.variables).toEqual([{ name: 'LOG_LEVEL' }, { name: 'WORKERS', default: '2' }]);
  });

  it('knows common dependencies', () => {
    const r = resolveContract(
      minimal('compose', { dependencies: [{ name: 'redis' }, { name: 'search', kind: 'http' }] }),
    );
    expect(r.dependencies).toEqual([
      { name: 'redis', kind: 'redis', readiness: true, env: 'REDIS_URL', image: 'redis:7' },
      { name: 'search', kind: 'http', readiness: true },
    ]);
  });
});
