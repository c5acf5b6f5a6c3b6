import { posix } from 'node:path';
import type { ResolvedContract } from '../contract/resolved.js';
import { settingVariables } from '../knowledge/server-settings.js';

/**
 * Decisions every renderer shares, derived once from the contract so the Dockerfile, compose,
 * Kubernetes and the deploy guide can never disagree (one port, one user, one shutdown budget).
 */
export interface Plan {
  port: number;
  /** Read the port from $PORT at start (platforms such as Cloud Run or Railway set it). */
  honourPort: boolean;
  /**
   * Settings the start command reads from run-time variables the contract declares (`WORKERS`,
   * `LOG_LEVEL`): the variable, and the value it falls back to when unset. A ConfigMap or Compose
   * file that sets them then changes what runs.
   */
  fromEnv: { workers?: EnvSetting; logLevel?: EnvSetting };
  /** Trust X-Forwarded-* from the ingress in front of the container (HF, Kubernetes). */
  behindProxy: boolean;
  uid: number;
  gid: number;
  home: string;
  workdir: string;
  venv: string;
  /** Writable paths, absolute, with $HOME and ~ expanded; always /tmp and the cache home. */
  writablePaths: string[];
  /**
   * Writable paths that can take a tmpfs/emptyDir on a read-only root filesystem: a mount on the
   * home or any other ancestor of the workdir would hide the app's files, so those are left out.
   */
  scratchMounts: string[];
  cacheHome: string;
  hfHome: string;
  /** What `docker stop` / the orchestrator allows, and the server's own graceful bound below it. */
  shutdownBudgetSeconds: number;
  gracefulSeconds: number;
  livenessPath: string;
  readinessPath: string;
}

export interface EnvSetting {
  variable: string;
  fallback: string;
}

export const VENV = '/opt/venv';
/** `docker stop` waits 10 s before SIGKILL unless told otherwise. */
const DOCKER_STOP_DEFAULT_MS = 10_000;

export function expandHome(path: string, home: string): string {
  if (path === '~' || path === '$HOME') return home;
  if (path.startsWith('~/')) return posix.join(home, path.slice(2));
  if (path.startsWith('$HOME/')) return posix.join(home, path.slice(6));
  if (path.startsWith('${HOME}/')) return posix.join(home, path.slice(8));
  return posix.normalize(path);
}

function isAncestorOrSelf(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/** Seconds the server may spend draining: 80% of the budget, at least 1 s, always below it. */
export function gracefulSeconds(budgetMs: number): number {
  const budget = budgetMs / 1000;
  return Math.max(1, Math.min(Math.floor(budget * 0.8), Math.ceil(budget) - 1));
}

export function planFor(c: ResolvedContract): Plan {
  const { uid, gid, home } = c.image.user;
  const cacheHome = posix.join(home, '.cache');
  const declared = c.writablePaths.map((p) => expandHome(p, home));
  const writablePaths = [...new Set(['/tmp', cacheHome, ...declared])].sort();
  const budgetMs = c.budgets.shutdownMs ?? DOCKER_STOP_DEFAULT_MS;
  const declaresPort = c.env.variables.some((v) => v.name === 'PORT');
  const readFrom = (names: readonly string[], fallback: string): EnvSetting | undefined => {
    const v = c.env.variables.find((x) => names.includes(x.name));
    return v && { variable: v.name, fallback: v.default ?? fallback };
  };
  return {
    port: c.app.port,
    // Hugging Face routes to a fixed app_port; elsewhere honour PORT when the platform may set it.
    honourPort: c.target !== 'huggingface-space' && (c.target === 'generic' || declaresPort),
    fromEnv: {
      workers: readFrom(settingVariables.workers, String(c.app.workers)),
      logLevel: readFrom(settingVariables.logLevel, 'info'),
    },
    behindProxy: c.target === 'huggingface-space' || c.target === 'kubernetes',
    uid,
    gid,
    home,
    workdir: expandHome(c.image.workdir, home),
    venv: VENV,
    writablePaths,
    scratchMounts: writablePaths.filter((p) => !isAncestorOrSelf(p, expandHome(c.image.workdir, home))),
    cacheHome,
    hfHome: posix.join(cacheHome, 'huggingface'),
    shutdownBudgetSeconds: Math.ceil(budgetMs / 1000),
    gracefulSeconds: gracefulSeconds(budgetMs),
    livenessPath: c.app.health.liveness,
    readinessPath: c.app.health.readiness ?? c.app.health.liveness,
  };
}

/**
 * The contract's run-time variables with their defaults as the generated image's ENV holds them:
 * Docker expands `$HOME` and `${NAME}` of an earlier ENV when it builds the image, but a Compose
 * file would fill them from the host's environment and a Kubernetes ConfigMap never expands them
 * (`DATA_DIR: $HOME/data` reached the app as a relative path). So the files other than the
 * Dockerfile get the values expanded here: HOME from the contract's user, other names from the
 * variables declared before them; any other `$` is left as written.
 */
export function runtimeEnv(c: ResolvedContract, plan: Plan): Record<string, string> {
  const known = new Map<string, string>([['HOME', plan.home]]);
  const out: Record<string, string> = {};
  for (const v of c.env.variables) {
    if (v.default === undefined) continue;
    const value = v.default.replace(
      /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
      (whole, braced, bare) => {
        return known.get(braced ?? bare) ?? whole;
      },
    );
    out[v.name] = value;
    known.set(v.name, value);
  }
  return out;
}

/** Secret-looking names, after BuildKit's SecretsUsedInArgOrEnv check. */
export const SECRET_NAME =
  /(?:^|_)(?:apikey|auth|credentials?|key|password|pword|passwd|secret|token)(?:_|$)/i;
