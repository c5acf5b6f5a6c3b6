import type { ResolvedContract } from '../../src/contract/resolved.js';

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (infer U)[] ? U[] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** A resolved contract as the resolver would produce it for a small FastAPI service; override what a test needs. */
export function resolvedContract(overrides: DeepPartial<ResolvedContract> = {}): ResolvedContract {
  const base: ResolvedContract = {
    service: 'demo-api',
    description: 'A demo FastAPI backend',
    target: 'generic',
    replicas: 1,
    file: 'dockspec.yaml',
    app: {
      framework: 'fastapi',
      entrypoint: 'app.main:app',
      server: 'uvicorn',
      port: 8000,
      workers: 1,
      health: { liveness: '/health', aliases: [], expectStatus: 200, readinessUnavailableStatus: 503 },
    },
    image: {
      base: 'python:3.12-slim',
      python: '3.12',
      installer: 'pip',
      dependencyFiles: ['requirements.txt'],
      stages: 'multi',
      user: { name: 'app', uid: 10001, gid: 10001, home: '/home/app' },
      workdir: '/home/app/app',
      copy: [{ source: 'app/', required: true }],
      systemPackages: { runtime: [], build: [] },
      buildArgs: {},
    },
    healthcheck: { intervalMs: 30_000, timeoutMs: 5_000, startPeriodMs: 10_000, retries: 3 },
    env: { secrets: [], variables: [], build: [] },
    writablePaths: [],
    dependencies: [],
    budgets: {},
  };
  return merge(base, overrides) as ResolvedContract;
}

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (Array.isArray(b) || typeof b !== 'object' || b === null || typeof a !== 'object' || a === null)
    return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
  return out;
}

/** The Hugging Face shape of seed 000: uid 1000, port 7860, home /home/user. */
export function hfContract(overrides: DeepPartial<ResolvedContract> = {}): ResolvedContract {
  return resolvedContract(
    merge(
      {
        service: 'book-rag-api',
        target: 'huggingface-space',
        app: { entrypoint: 'scripts.api:app', port: 7860 },
        image: {
          base: 'python:3.11-slim',
          python: '3.11',
          user: { name: 'user', uid: 1000, gid: 1000, home: '/home/user' },
          workdir: '/home/user/app',
          copy: [{ source: 'scripts/', required: true }],
        },
        healthcheck: { intervalMs: 30_000, timeoutMs: 10_000, startPeriodMs: 5_000, retries: 3 },
        env: {
          secrets: [
            { name: 'COHERE_API_KEY', description: 'Cohere API key', required: true },
            { name: 'OPENAI_API_KEY', description: 'OpenAI API key', required: true },
            { name: 'DATABASE_URL', description: 'PostgreSQL connection string', required: true },
          ],
        },
        cors: {
          origins: ['http://localhost:3000'],
          originRegex: 'https://.*\\.vercel\\.app',
          credentials: true,
        },
        budgets: { startupMs: 10_000, shutdownMs: 10_000 },
      },
      overrides,
    ) as DeepPartial<ResolvedContract>,
  );
}

/** A Kubernetes service with readiness, a required and an optional secret, a variable and a writable path. */
export function k8sContract(overrides: DeepPartial<ResolvedContract> = {}): ResolvedContract {
  return resolvedContract(
    merge(
      {
        target: 'kubernetes',
        app: {
          health: {
            liveness: '/health',
            readiness: '/health/ready',
            aliases: [],
            expectStatus: 200,
            readinessUnavailableStatus: 503,
          },
        },
        env: {
          secrets: [
            { name: 'DATABASE_URL', required: true },
            { name: 'SENTRY_DSN', required: false },
          ],
          variables: [{ name: 'LOG_LEVEL', default: 'info' }],
          build: [],
        },
        writablePaths: ['/var/cache/app'],
        budgets: { startupMs: 20_000, shutdownMs: 15_000 },
      },
      overrides,
    ) as DeepPartial<ResolvedContract>,
  );
}
