import { frameworkForServer, frameworkNamed } from '../knowledge/servers.js';
import { presets } from './presets/index.js';
import type { ResolvedContract } from './resolved.js';
import type { Contract, Dependency, Framework, Installer, Variable } from './schema.js';
import { recordStated, type StatedField } from './stated.js';
import { parseDuration, parseSize } from './units.js';

/** Defaults that hold for every target (Docker's own HEALTHCHECK defaults are too lax for a web app). */
export const defaults = {
  python: '3.12',
  workers: 1,
  expectStatus: 200,
  readinessUnavailableStatus: 503,
  healthcheck: { interval: '30s', timeout: '5s', startPeriod: '10s', retries: 3 },
  shutdown: '10s',
  gpuDockerfile: 'Dockerfile.gpu',
} as const;

const dependencyFilesFor: Record<Installer, string[]> = {
  pip: ['requirements.txt'],
  uv: ['pyproject.toml', 'uv.lock'],
  poetry: ['pyproject.toml', 'poetry.lock'],
};

const dependencyDefaults: Record<
  NonNullable<Dependency['kind']>,
  { env?: string; image?: string; names: string[] }
> = {
  postgres: { env: 'DATABASE_URL', image: 'postgres:16', names: ['postgres', 'postgresql', 'pg', 'psql'] },
  mysql: { env: 'DATABASE_URL', image: 'mysql:8', names: ['mysql', 'mariadb'] },
  redis: { env: 'REDIS_URL', image: 'redis:7', names: ['redis', 'valkey'] },
  http: { names: [] },
  other: { names: [] },
};

/**
 * Fill every default the target's preset and dockspec's conventions give, and convert units.
 * Expects a contract that passed the shape pass; cross-field rules run on the result.
 */
export function resolveContract(contract: Contract, options: { file?: string } = {}): ResolvedContract {
  const preset = presets[contract.target];
  const app = contract.app ?? {};
  const image = contract.image ?? {};
  const framework = app.framework ?? frameworkForServer(app.server);
  const server = app.server ?? frameworkNamed(framework)!.servers[0];
  // The Python version the author gave, directly or through the base image or a build arg.
  const statedPython = image.python ?? pythonFromBase(image.base) ?? buildArgPython(image.buildArgs);
  const python = statedPython ?? defaults.python;
  const installer = image.installer ?? installerFor(image.dependencyFiles) ?? 'pip';
  const uid = image.user?.uid ?? preset.user.uid;
  const userName = image.user?.name ?? preset.user.name;
  const home = image.user?.home ?? (image.user?.name ? `/home/${image.user.name}` : preset.user.home);
  const health = app.health ?? {};
  const hc = contract.healthcheck ?? {};
  const budgets = contract.budgets ?? {};
  const ms = (v: string | number | undefined) => (v === undefined ? undefined : parseDuration(v));
  const bytes = (v: string | number | undefined) => (v === undefined ? undefined : parseSize(v));

  const resolved: ResolvedContract = {
    service: contract.service,
    target: contract.target,
    replicas: contract.kubernetes?.replicas ?? 1,
    app: {
      framework,
      entrypoint: app.entrypoint ?? defaultEntrypoint(framework, contract.service),
      server,
      port: app.port ?? preset.port,
      workers: app.workers ?? defaults.workers,
      health: {
        liveness: health.liveness ?? preset.liveness,
        aliases: health.aliases ?? [],
        expectStatus: health.expectStatus ?? defaults.expectStatus,
        readinessUnavailableStatus: health.readinessUnavailableStatus ?? defaults.readinessUnavailableStatus,
      },
    },
    image: {
      ...(image.name === undefined ? {} : { name: image.name }),
      base: image.base ?? `python:${python}-slim`,
      python,
      installer,
      dependencyFiles: image.dependencyFiles ?? dependencyFilesFor[installer],
      stages: image.stages ?? 'multi',
      user: { name: userName, uid, gid: image.user?.gid ?? uid, home },
      workdir: expandHome(image.workdir ?? preset.workdir, home)!,
      copy: (image.copy ?? [{ source: '.' }]).map((c) => ({
        source: c.source,
        ...(c.destination === undefined ? {} : { destination: c.destination }),
        required: c.required ?? true,
      })),
      systemPackages: {
        runtime: image.systemPackages?.runtime ?? [],
        build: image.systemPackages?.build ?? [],
      },
      buildArgs: Object.fromEntries(Object.entries(image.buildArgs ?? {}).map(([k, v]) => [k, String(v)])),
    },
    healthcheck: {
      intervalMs: ms(hc.interval ?? defaults.healthcheck.interval)!,
      timeoutMs: ms(hc.timeout ?? defaults.healthcheck.timeout)!,
      startPeriodMs: ms(hc.startPeriod ?? defaults.healthcheck.startPeriod)!,
      retries: hc.retries ?? defaults.healthcheck.retries,
    },
    env: {
      secrets: (contract.env?.secrets ?? []).map((s) =>
        typeof s === 'string' ? { name: s, required: true } : { ...s, required: s.required ?? true },
      ),
      variables: (contract.env?.variables ?? []).map(variable),
      build: (contract.env?.build ?? []).map(variable),
    },
    writablePaths: unique(
      [...preset.writablePaths, ...(contract.writablePaths ?? [])].map((p) => expandHome(p, home)!),
    ),
    dependencies: (contract.dependencies ?? []).map((d) => {
      const kind = d.kind ?? kindFor(d.name);
      const known = dependencyDefaults[kind];
      const env = d.env ?? known.env;
      const img = d.image ?? known.image;
      return {
        name: d.name,
        kind,
        readiness: d.readiness ?? true,
        ...(env === undefined ? {} : { env }),
        ...(img === undefined ? {} : { image: img }),
      };
    }),
    budgets: {
      imageSizeBytes: bytes(budgets.imageSize),
      imageSizeAboveBaseBytes: bytes(budgets.imageSizeAboveBase),
      gpuImageSizeBytes: bytes(budgets.gpuImageSize),
      layers: budgets.layers,
      buildColdMs: ms(budgets.buildCold),
      buildCachedMs: ms(budgets.buildCached),
      startupMs: ms(budgets.startup),
      healthLatencyMs: ms(budgets.healthLatency),
      shutdownMs: ms(budgets.shutdown ?? defaults.shutdown),
    },
  };

  // Optional fields are set only when present, so the object compares and serialises cleanly.
  if (options.file !== undefined) resolved.file = options.file;
  if (contract.description !== undefined) resolved.description = contract.description;
  if (contract.space !== undefined) resolved.space = { ...contract.space };
  const readiness = health.readiness ?? preset.readiness;
  if (readiness !== undefined) resolved.app.health.readiness = readiness;
  if (health.expectBody !== undefined) resolved.app.health.expectBody = health.expectBody;
  if (image.syntax !== undefined) resolved.image.syntax = image.syntax;
  if (image.dockerignore !== undefined) resolved.image.dockerignore = image.dockerignore;
  if (hc.tool !== undefined) resolved.healthcheck.tool = hc.tool;
  if (image.gpu?.base !== undefined) {
    resolved.image.gpu = { base: image.gpu.base, dockerfile: image.gpu.dockerfile ?? defaults.gpuDockerfile };
    if (image.gpu.cuda !== undefined) resolved.image.gpu.cuda = image.gpu.cuda;
    if (image.gpu.env !== undefined) resolved.image.gpu.env = image.gpu.env;
  }
  if (contract.cors) {
    resolved.cors = { origins: contract.cors.origins ?? [], credentials: contract.cors.credentials ?? false };
    if (contract.cors.originRegex !== undefined) resolved.cors.originRegex = contract.cors.originRegex;
    if (contract.cors.methods !== undefined) resolved.cors.methods = contract.cors.methods;
    if (contract.cors.headers !== undefined) resolved.cors.headers = contract.cors.headers;
  }
  for (const key of Object.keys(resolved.budgets) as (keyof ResolvedContract['budgets'])[])
    if (resolved.budgets[key] === undefined) delete resolved.budgets[key];
  const stated: StatedField[] = [];
  if (image.base !== undefined) stated.push('image.base');
  if (statedPython !== undefined) stated.push('image.python');
  if (app.framework !== undefined || app.server !== undefined) stated.push('app.framework');
  recordStated(resolved, stated);
  return resolved;
}

function defaultEntrypoint(framework: Framework, service: string): string {
  if (framework === 'django') return `${service.replace(/-/g, '_')}.wsgi:application`;
  if (framework === 'flask') return 'app:app';
  return 'app.main:app';
}

/** `python:3.11-slim` → 3.11; `python:3.12.4-slim-bookworm` → 3.12.4; other images → undefined. */
export function pythonFromBase(base: string | undefined): string | undefined {
  if (!base) return undefined;
  const m = /(?:^|\/)python:(3\.\d+(?:\.\d+)?)(?:[-@]|$)/.exec(base);
  return m?.[1];
}

function buildArgPython(args: Record<string, unknown> | undefined): string | undefined {
  const v = args?.PYTHON_VERSION;
  return v !== undefined && /^3\.\d+(\.\d+)?$/.test(String(v)) ? String(v) : undefined;
}

function installerFor(files: string[] | undefined): Installer | undefined {
  const names = (files ?? []).map((f) => f.split('/').at(-1));
  if (names.includes('uv.lock')) return 'uv';
  if (names.includes('poetry.lock')) return 'poetry';
  return undefined;
}

function kindFor(name: string): NonNullable<Dependency['kind']> {
  const n = name.toLowerCase();
  for (const [kind, d] of Object.entries(dependencyDefaults))
    if (d.names.some((alias) => n === alias || n.startsWith(`${alias}-`) || n.endsWith(`-${alias}`)))
      return kind as NonNullable<Dependency['kind']>;
  return 'other';
}

function variable(v: string | Variable): { name: string; default?: string; description?: string } {
  if (typeof v === 'string') return { name: v };
  const out: { name: string; default?: string; description?: string } = { name: v.name };
  if (v.default !== undefined) out.default = String(v.default);
  if (v.description !== undefined) out.description = v.description;
  return out;
}

/** `$HOME/x`, `~/x` and `${HOME}/x` under the user's home. */
export function expandHome(path: string | undefined, home: string): string | undefined {
  if (path === undefined) return undefined;
  return path.replace(/^(\$\{HOME\}|\$HOME|~)(?=\/|$)/, home);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
