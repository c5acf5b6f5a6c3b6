import type { ResolvedContract } from '../../contract/resolved.js';
import { planFor, runtimeEnv } from '../plan.js';
import { toYaml } from '../yaml.js';
import { dockerDuration, healthProbe } from './dockerfile-parts.js';

/**
 * compose.yaml for running the service locally the way it runs in production: read-only root
 * filesystem with tmpfs on the writable paths, the contract's user, a healthcheck, and declared
 * dependencies started first and awaited until healthy. Secret values never appear here: the app
 * reads them from .env, the database password from a file under ./secrets.
 */
type Service = Record<string, unknown>;

interface DependencyService {
  service: Service;
  healthy: boolean;
  secrets?: Record<string, { file: string }>;
  volumes?: string[];
}

function composeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}

function dependencyService(
  kind: string,
  image: string | undefined,
  name: string,
): DependencyService | undefined {
  const secret = `${name}_password`;
  switch (kind) {
    case 'postgres':
      return {
        service: {
          image: image ?? 'postgres:16',
          environment: {
            POSTGRES_USER: 'app',
            POSTGRES_DB: 'app',
            POSTGRES_PASSWORD_FILE: `/run/secrets/${secret}`,
          },
          secrets: [secret],
          volumes: [`${name}-data:/var/lib/postgresql/data`],
          healthcheck: {
            test: ['CMD-SHELL', 'pg_isready -U app -d app'],
            interval: '5s',
            timeout: '3s',
            retries: 10,
          },
        },
        healthy: true,
        secrets: { [secret]: { file: `./secrets/${secret}.txt` } },
        volumes: [`${name}-data`],
      };
    case 'mysql':
      return {
        service: {
          image: image ?? 'mysql:8.4',
          environment: {
            MYSQL_DATABASE: 'app',
            MYSQL_USER: 'app',
            MYSQL_PASSWORD_FILE: `/run/secrets/${secret}`,
            MYSQL_RANDOM_ROOT_PASSWORD: 'yes',
          },
          secrets: [secret],
          volumes: [`${name}-data:/var/lib/mysql`],
          healthcheck: {
            test: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'],
            interval: '5s',
            timeout: '3s',
            retries: 20,
          },
        },
        healthy: true,
        secrets: { [secret]: { file: `./secrets/${secret}.txt` } },
        volumes: [`${name}-data`],
      };
    case 'redis':
      return {
        service: {
          image: image ?? 'redis:7',
          healthcheck: { test: ['CMD', 'redis-cli', 'ping'], interval: '5s', timeout: '3s', retries: 10 },
        },
        healthy: true,
      };
    default:
      return image ? { service: { image }, healthy: false } : undefined;
  }
}

export function composeModel(
  c: ResolvedContract,
  context = { dir: '.', dockerfile: 'Dockerfile' },
): Record<string, unknown> {
  const plan = planFor(c);
  const h = c.healthcheck;
  const environment: Record<string, string> = {};
  // Compose fills $NAME from the host's environment: the values the image's ENV holds are expanded
  // here, and a `$` left in them is written `$$`, Compose's literal dollar.
  for (const [name, value] of Object.entries(runtimeEnv(c, plan)))
    environment[name] = value.replaceAll('$', '$$$$');
  if (plan.honourPort) environment.PORT = String(plan.port);

  const services: Record<string, Service> = {};
  const dependsOn: Record<string, { condition: string }> = {};
  const secrets: Record<string, { file: string }> = {};
  const volumes: Record<string, Record<string, never>> = {};
  for (const dep of c.dependencies) {
    const name = composeName(dep.name);
    const d = dependencyService(dep.kind, dep.image, name);
    if (!d) continue;
    services[name] = d.service;
    dependsOn[name] = { condition: d.healthy ? 'service_healthy' : 'service_started' };
    Object.assign(secrets, d.secrets ?? {});
    for (const v of d.volumes ?? []) volumes[v] = {};
  }

  const app: Service = {
    build: { context: context.dir, dockerfile: context.dockerfile },
    // `docker compose build` tags the image with the name the contract gives it (so `docker compose
    // push` sends it where the Kubernetes manifests pull from), else a local name.
    image: c.image.name ?? `${c.service}:local`,
    ports: [`${plan.port}:${plan.port}`],
    ...(c.env.secrets.length > 0 || c.dependencies.some((d) => d.env)
      ? { env_file: [{ path: '.env', required: false }] }
      : {}),
    ...(Object.keys(environment).length > 0 ? { environment } : {}),
    user: `${plan.uid}:${plan.gid}`,
    read_only: true,
    tmpfs: plan.scratchMounts.map((p) => `${p}:mode=1777`),
    healthcheck: {
      test: ['CMD', ...healthProbe(c, plan)],
      interval: dockerDuration(h.intervalMs),
      timeout: dockerDuration(h.timeoutMs),
      start_period: dockerDuration(h.startPeriodMs),
      retries: h.retries,
    },
    ...(Object.keys(dependsOn).length > 0 ? { depends_on: dependsOn } : {}),
    stop_grace_period: `${plan.shutdownBudgetSeconds}s`,
    restart: 'unless-stopped',
  };
  return {
    name: c.service,
    services: { [c.service]: app, ...services },
    ...(Object.keys(secrets).length > 0 ? { secrets } : {}),
    ...(Object.keys(volumes).length > 0 ? { volumes } : {}),
  };
}

export function renderCompose(c: ResolvedContract, context?: { dir: string; dockerfile: string }): string {
  return toYaml(composeModel(c, context));
}
