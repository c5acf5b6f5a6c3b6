import { z } from 'zod';
import { DURATION_PATTERN, SIZE_PATTERN } from './units.js';

/**
 * The contract, defined once. The TypeScript types, schema/dockspec.schema.json and docs/contract.md
 * are all derived from this file (scripts/generate-schema.ts); every field carries a description.
 */

const duration = (description: string) =>
  z
    .union([
      z.string().regex(DURATION_PATTERN, 'a duration such as 30s, 2m or 500ms'),
      z.number().nonnegative(),
    ])
    .describe(`${description} A duration such as \`30s\`, \`2m\` or \`500ms\`; a bare number means seconds.`);

const size = (description: string) =>
  z
    .union([z.string().regex(SIZE_PATTERN, 'a size such as 500MB or 1.5GB'), z.number().nonnegative()])
    .describe(`${description} A size such as \`500MB\` or \`1.5GB\`; a bare number means bytes.`);

const httpPath = (description: string) =>
  z.string().regex(/^\//, 'a path starting with /').describe(description);

import { targets } from './targets.js';

export { targets };
export const frameworks = ['fastapi', 'flask', 'django', 'starlette', 'litestar'] as const;
export const servers = ['uvicorn', 'gunicorn', 'granian', 'hypercorn'] as const;
export const installers = ['pip', 'uv', 'poetry'] as const;

export const healthSchema = z
  .strictObject({
    liveness: httpPath('Liveness path: answers 2xx while the process runs (e.g. `/health`).').optional(),
    readiness: httpPath(
      'Readiness path: answers 2xx only when the service can serve, e.g. when its dependencies answer (e.g. `/health/ready`).',
    ).optional(),
    aliases: z
      .array(httpPath('Another path that must answer like the liveness path.'))
      .describe('Further health paths that must answer like the liveness path (e.g. `/api/health`).')
      .optional(),
    expectStatus: z
      .number()
      .int()
      .min(100)
      .max(599)
      .describe('HTTP status the liveness path returns when healthy (default 200).')
      .optional(),
    expectBody: z
      .union([z.record(z.string(), z.unknown()), z.string()])
      .describe(
        'Body the liveness path returns when healthy: a JSON object that must be contained in the response (e.g. `{status: healthy}`), or a string that must appear in it.',
      )
      .optional(),
    readinessUnavailableStatus: z
      .number()
      .int()
      .min(100)
      .max(599)
      .describe('HTTP status the readiness path returns while a dependency is down (default 503).')
      .optional(),
  })
  .describe('Health endpoints and what they answer.');

export const appSchema = z
  .strictObject({
    framework: z.enum(frameworks).describe('Web framework of the service.').optional(),
    entrypoint: z
      .string()
      .regex(/^[A-Za-z_][\w.]*:[A-Za-z_]\w*(\(\))?$/, 'module:object, e.g. app.main:app')
      .describe(
        'The ASGI/WSGI object as `module:object` (e.g. `app.main:app`; `module:factory()` for a factory).',
      )
      .optional(),
    server: z.enum(servers).describe('Server that runs the app.').optional(),
    port: z.number().int().describe('Port the server listens on inside the container.').optional(),
    workers: z.number().int().min(1).describe('Number of server worker processes (default 1).').optional(),
    health: healthSchema.optional(),
  })
  .describe('The application inside the container.');

export const userSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/^[a-z_][a-z0-9_-]*$/, 'a Linux user name')
      .describe('User name (e.g. `user`, `appuser`).')
      .optional(),
    uid: z
      .number()
      .int()
      .min(0)
      .max(2147483647)
      .describe('Numeric user id the container runs as (e.g. 1000).')
      .optional(),
    gid: z
      .number()
      .int()
      .min(0)
      .max(2147483647)
      .describe('Numeric group id (defaults to the uid).')
      .optional(),
    home: z
      .string()
      .regex(/^\//, 'an absolute path')
      .describe('Home directory the user owns (e.g. `/home/user`).')
      .optional(),
  })
  .describe('The non-root user the container runs as.');

export const copySchema = z
  .strictObject({
    source: z.string().min(1).describe('Path in the build context (a file or a directory ending in `/`).'),
    destination: z
      .string()
      .min(1)
      .describe('Path in the image, absolute or relative to the workdir.')
      .optional(),
    required: z
      .boolean()
      .describe('Whether the file must exist in the build context (default true).')
      .optional(),
  })
  .describe('A file or directory copied into the image.');

export const gpuSchema = z
  .strictObject({
    base: z
      .string()
      .min(1)
      .describe('CUDA base image for the GPU variant (e.g. `nvidia/cuda:12.4.1-runtime-ubuntu24.04`).')
      .optional(),
    cuda: z
      .string()
      .regex(/^\d+(\.\d+){0,2}$/, 'a CUDA version such as 12.4')
      .describe('CUDA version (e.g. `12.4`).')
      .optional(),
    dockerfile: z.string().describe('File name of the GPU Dockerfile (default `Dockerfile.gpu`).').optional(),
    env: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string())
      .describe('Environment set in the GPU image (e.g. `NVIDIA_VISIBLE_DEVICES: all`).')
      .optional(),
  })
  .describe('A GPU variant of the image.');

export const imageSchema = z
  .strictObject({
    base: z.string().min(1).describe('Base image of the final stage (e.g. `python:3.11-slim`).').optional(),
    python: z
      .string()
      .regex(/^3\.\d+(\.\d+)?$/, 'a Python version such as 3.11')
      .describe('Python version (e.g. `3.11`).')
      .optional(),
    installer: z.enum(installers).describe('Tool that installs the dependencies (default pip).').optional(),
    dependencyFiles: z
      .array(z.string().min(1))
      .describe(
        'Dependency files copied before the source (e.g. `requirements.txt`, `pyproject.toml`, `uv.lock`).',
      )
      .optional(),
    stages: z
      .enum(['single', 'multi'])
      .describe(
        '`multi` (default): a builder stage installs dependencies into a virtualenv; `single`: one stage.',
      )
      .optional(),
    user: userSchema.optional(),
    workdir: z
      .string()
      .describe('Working directory of the app in the image (e.g. `/home/user/app`).')
      .optional(),
    copy: z.array(copySchema).describe('Files and directories copied into the image.').optional(),
    systemPackages: z
      .strictObject({
        runtime: z
          .array(z.string().min(1))
          .describe('Debian packages the running service needs (e.g. `libpq5`).')
          .optional(),
        build: z
          .array(z.string().min(1))
          .describe(
            'Debian packages needed only to build dependencies (e.g. `gcc`); never in the final image.',
          )
          .optional(),
      })
      .describe('System packages, runtime and build-only.')
      .optional(),
    buildArgs: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), z.boolean()]))
      .describe('Build arguments and their defaults (e.g. `PYTHON_VERSION: "3.11"`, `APP_ENV: production`).')
      .optional(),
    dockerignore: z
      .array(z.string().min(1))
      .describe(
        'Patterns kept out of the build context, added to the defaults dockspec writes to .dockerignore (e.g. `uploads/`, `.env.*`, `!.env.example`).',
      )
      .optional(),
    syntax: z
      .string()
      .describe('A `# syntax=` directive to emit (off by default: it pulls an image).')
      .optional(),
    gpu: gpuSchema.optional(),
  })
  .describe('How the image is built.');

export const healthcheckSchema = z
  .strictObject({
    interval: duration('Time between checks.').optional(),
    timeout: duration('Time a check may take before it counts as failed.').optional(),
    startPeriod: duration('Grace period after start during which failures do not count.').optional(),
    retries: z
      .number()
      .int()
      .min(1)
      .describe('Consecutive failures before the container is unhealthy.')
      .optional(),
    tool: z
      .enum(['python', 'curl', 'wget'])
      .describe(
        'What the HEALTHCHECK runs (default `python`: slim images have no curl or wget; `curl`/`wget` must then be a runtime system package).',
      )
      .optional(),
  })
  .describe('Timings of the image HEALTHCHECK.');

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name');

export const secretSchema = z
  .strictObject({
    name: envName.describe('Variable name (e.g. `OPENAI_API_KEY`).'),
    description: z.string().describe('What the secret is for.').optional(),
    source: z
      .string()
      .describe(
        'Where it is injected at run time (e.g. `Hugging Face Secrets`, `Kubernetes Secret`, `.env`).',
      )
      .optional(),
    required: z
      .boolean()
      .describe('Whether the service refuses to start without it (default true).')
      .optional(),
  })
  .describe('A secret passed at run time only, never stored in the image.');

export const variableSchema = z
  .strictObject({
    name: envName.describe('Variable name (e.g. `LOG_LEVEL`).'),
    default: z.union([z.string(), z.number(), z.boolean()]).describe('Default value.').optional(),
    description: z.string().describe('What the variable controls.').optional(),
  })
  .describe('An optional variable with a default.');

export const envSchema = z
  .strictObject({
    secrets: z
      .array(z.union([envName, secretSchema]))
      .describe('Secrets required at run time; a name or an object.')
      .optional(),
    variables: z
      .array(z.union([envName, variableSchema]))
      .describe('Optional run-time variables with defaults (e.g. PORT, LOG_LEVEL, WORKERS).')
      .optional(),
    build: z
      .array(z.union([envName, variableSchema]))
      .describe('Build-time variables (passed as build arguments; never secrets).')
      .optional(),
  })
  .describe('Environment of the running container.');

export const corsSchema = z
  .strictObject({
    origins: z
      .array(z.string().min(1))
      .describe('Exact allowed origins (e.g. `https://app.example.com`); `*` allows any origin.')
      .optional(),
    originRegex: z
      .string()
      .describe('A regular expression for further allowed origins (e.g. `https://.*\\.vercel\\.app`).')
      .optional(),
    credentials: z.boolean().describe('Whether credentials (cookies, Authorization) are allowed.').optional(),
    methods: z.array(z.string()).describe('Allowed methods (default all).').optional(),
    headers: z.array(z.string()).describe('Allowed request headers (default all, `*`).').optional(),
  })
  .describe('Cross-origin resource sharing the service must apply.');

export const dependencySchema = z
  .strictObject({
    name: z.string().min(1).describe('Name of the dependency (e.g. `postgres`).'),
    kind: z
      .enum(['postgres', 'mysql', 'redis', 'http', 'other'])
      .describe('Kind of dependency (decides how tests provide it).')
      .optional(),
    env: envName.describe('Variable through which the service reaches it (e.g. `DATABASE_URL`).').optional(),
    readiness: z.boolean().describe('Whether readiness depends on it (default true).').optional(),
    image: z.string().describe('Image for compose files (e.g. `postgres:16`).').optional(),
  })
  .describe('A service the backend depends on.');

export const budgetsSchema = z
  .strictObject({
    imageSize: size('Largest acceptable image size.').optional(),
    gpuImageSize: size('Largest acceptable size of the GPU image.').optional(),
    layers: z.number().int().min(1).describe('Most layers the image may have.').optional(),
    buildCold: duration('Longest acceptable build without cache.').optional(),
    buildCached: duration('Longest acceptable rebuild after a code change.').optional(),
    startup: duration('Longest time from `docker run` to the first healthy response.').optional(),
    healthLatency: duration('Longest acceptable p95 latency of the liveness path.').optional(),
    shutdown: duration('Longest time `docker stop` may take to end the container.').optional(),
  })
  .describe('Budgets the image and container must stay within.');

export const lintConfigSchema = z
  .strictObject({
    ignore: z.array(z.string()).describe('Rule ids or aliases never reported (e.g. `DL3008`).').optional(),
    override: z
      .strictObject({
        error: z.array(z.string()).describe('Rules reported as errors.').optional(),
        warning: z.array(z.string()).describe('Rules reported as warnings.').optional(),
        info: z.array(z.string()).describe('Rules reported as information.').optional(),
        style: z.array(z.string()).describe('Rules reported as style.').optional(),
      })
      .describe('Severity overrides by rule id or alias.')
      .optional(),
    trustedRegistries: z
      .array(z.string())
      .describe('Registries FROM may use; others are reported.')
      .optional(),
    failureThreshold: z
      .enum(['error', 'warning', 'info', 'style', 'none'])
      .describe('Lowest severity that makes `dockspec lint` exit 1 (default warning).')
      .optional(),
  })
  .describe('Configuration of `dockspec lint`.');

export const contractSchema = z
  .strictObject({
    $schema: z.string().describe('JSON Schema reference for editors.').optional(),
    version: z.literal(1).describe('Contract format version; always 1.'),
    service: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
      .describe('Name of the service (lower-case letters, digits and dashes).'),
    description: z.string().describe('One line on what the service does.').optional(),
    target: z.enum(targets).describe('Where the container runs; picks a preset of defaults and constraints.'),
    app: appSchema.optional(),
    image: imageSchema.optional(),
    healthcheck: healthcheckSchema.optional(),
    env: envSchema.optional(),
    cors: corsSchema.optional(),
    writablePaths: z
      .array(z.string().regex(/^(\/|\$HOME|~)/, 'an absolute path, or one under $HOME'))
      .describe('Paths the running service writes to (caches, SQLite files, uploads).')
      .optional(),
    dependencies: z.array(dependencySchema).describe('Services the backend reaches at run time.').optional(),
    budgets: budgetsSchema.optional(),
    lint: lintConfigSchema.optional(),
  })
  .describe('A dockspec container contract (dockspec.yaml).');

export type Contract = z.infer<typeof contractSchema>;
export type { Target } from './targets.js';
export type Framework = (typeof frameworks)[number];
export type Server = (typeof servers)[number];
export type Installer = (typeof installers)[number];
export type Secret = z.infer<typeof secretSchema>;
export type Variable = z.infer<typeof variableSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type LintConfig = z.infer<typeof lintConfigSchema>;
