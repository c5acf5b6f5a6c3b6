import { execFile } from 'node:child_process';
import { InputError } from '../../errors.js';
import type { BuilderKind } from './build-types.js';
import { podmanComponent } from './engine.js';

export type { BuilderKind } from './build-types.js';

export interface BuilderChoice {
  builder: BuilderKind;
  /** What the engine calls itself ("Docker Engine 26.1.5", "Podman Engine 4.3.1"). */
  engine: string;
  /** Said to the user when the legacy builder is used. */
  warning?: string;
}

interface ServerVersion {
  Version?: string;
  Components?: { Name?: string; Version?: string }[];
}

// What the legacy builder of Docker itself cannot do (Podman's Buildah does run RUN --mount).
const LIMITS =
  'RUN --mount (cache mounts, build secrets) fails there, step timings are not reported, and the dependency-cache check reads its "Using cache" lines';
const BUILDAH =
  'Podman runs it with Buildah, step timings are not reported, and the dependency-cache check reads Buildah\'s "Using cache" lines';

/**
 * Picks the builder from what the engine offers, not only from the CLI: buildx's docker driver
 * needs the daemon's embedded BuildKit, which Podman's Docker-compatible API does not have (its
 * /build runs Buildah). DOCKSPEC_BUILDER=legacy|buildkit overrides the choice.
 */
export function decideBuilder(opts: {
  forced?: string;
  buildx: boolean;
  server?: ServerVersion;
}): BuilderChoice {
  const podman = podmanComponent(opts.server?.Components);
  const engine = podman
    ? `${podman.Name} ${podman.Version ?? ''}`.trim()
    : `Docker Engine ${opts.server?.Version ?? '(version unknown)'}`;
  const forced = opts.forced?.trim().toLowerCase();
  if (forced === 'legacy') {
    return {
      builder: 'legacy',
      engine,
      warning: `DOCKSPEC_BUILDER=legacy: building with \`docker build\` (DOCKER_BUILDKIT=0) on ${engine}; ${podman ? BUILDAH : LIMITS}.`,
    };
  }
  if (forced === 'buildkit') return { builder: 'buildkit', engine };
  if (podman) {
    return {
      builder: 'legacy',
      engine,
      warning: `${engine} has no BuildKit: building with \`docker build\` (DOCKER_BUILDKIT=0); ${BUILDAH}.`,
    };
  }
  if (!opts.buildx) {
    return {
      builder: 'legacy',
      engine,
      warning: `docker buildx is not installed: building with the legacy builder (DOCKER_BUILDKIT=0); ${LIMITS}. Install docker-buildx for faithful results.`,
    };
  }
  return { builder: 'buildkit', engine };
}

const cache = new Map<string, Promise<BuilderChoice>>();

/** The builder for the engine the docker CLI talks to (asked once per DOCKER_HOST/context). */
export function chooseBuilder(env: NodeJS.ProcessEnv = process.env): Promise<BuilderChoice> {
  const forced = env.DOCKSPEC_BUILDER;
  if (forced && !['legacy', 'buildkit'].includes(forced.trim().toLowerCase())) {
    return Promise.reject(
      new InputError(
        `DOCKSPEC_BUILDER must be "legacy" or "buildkit", not "${forced}".`,
        'Unset it to let dockspec choose.',
      ),
    );
  }
  const key = [env.DOCKER_HOST, env.DOCKER_CONTEXT, env.DOCKER_CONFIG, forced].join('\0');
  let choice = cache.get(key);
  if (!choice) {
    choice = Promise.all([
      run(['buildx', 'version'], env).then(
        () => true,
        () => false,
      ),
      run(['version', '--format', '{{json .Server}}'], env).then(
        (out) => JSON.parse(out) as ServerVersion,
        () => undefined,
      ),
    ]).then(([buildx, server]) => decideBuilder({ forced, buildx, server }));
    cache.set(key, choice);
  }
  return choice;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('docker', args, { env, timeout: 30_000 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
  });
}
