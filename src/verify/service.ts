import { freePort, request, waitFor } from './net.js';
import type { Ready, Service } from './service-types.js';
import type { CheckContext } from './types.js';
import { waitMs } from './waits.js';

export type { Ready, Service, StartedService } from './service-types.js';

/**
 * Replaces the contract port in a command with another one. Containers share the host's network,
 * so each check's container gets its own free port; the port is also passed as PORT.
 */
export function rewritePort(argv: string[] | null, from: number, to: number): string[] | null {
  if (!argv) return argv;
  const re = new RegExp(`(?<![\\d.])${from}(?!\\d)`, 'g');
  return argv.map((a) => a.replace(re, String(to)));
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Start without these variables (required-env). */
  without?: string[];
  user?: string;
  readOnly?: boolean;
  tmpfs?: string[];
  tmpfsOwner?: { uid: number; gid: number };
  healthcheck?: { intervalMs: number; timeoutMs: number; startPeriodMs: number; retries: number };
}

export async function startService(ctx: CheckContext, opts: StartOptions = {}): Promise<Service> {
  const port = await freePort();
  const { inspect } = ctx.image;
  const from = ctx.contract.app.port;
  const cmd = rewritePort(inspect.cmd, from, port);
  const entrypoint = rewritePort(inspect.entrypoint, from, port);
  const portRewritten =
    JSON.stringify(cmd) !== JSON.stringify(inspect.cmd) ||
    JSON.stringify(entrypoint) !== JSON.stringify(inspect.entrypoint);
  const env: Record<string, string> = { ...ctx.runEnv, PORT: String(port), ...opts.env };
  for (const name of opts.without ?? []) delete env[name];
  const hc = opts.healthcheck && inspect.healthcheck;
  const startedAt = Date.now();
  const id = await runOrExplain(ctx, {
    image: ctx.image.ref,
    runId: ctx.runId,
    cmd,
    entrypoint: inspect.entrypoint ? entrypoint : undefined,
    env,
    user: opts.user,
    readOnly: opts.readOnly,
    tmpfs: opts.tmpfs,
    tmpfsOwner: opts.tmpfsOwner,
    gpus: ctx.gpus,
    healthcheck:
      hc && opts.healthcheck
        ? { test: rewritePort(hc.test, from, port) ?? hc.test, ...opts.healthcheck }
        : undefined,
  });
  ctx.cleanup.container(id);
  return {
    id,
    port,
    startedAt,
    portRewritten,
    state: () => ctx.engine.inspectContainer(id),
    logs: () => ctx.engine.logs(id),
    remove: () => ctx.cleanup.removeContainer(id),
  };
}

/** The engine refused to start the container: the image's fault (no such executable, bad user…). */
export class ContainerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContainerStartError';
  }
}

async function runOrExplain(
  ctx: CheckContext,
  opts: Parameters<CheckContext['engine']['run']>[0],
): Promise<string> {
  ctx.cleanup.assertOpen();
  try {
    const id = await ctx.engine.run(opts);
    // Ctrl-C while the engine was creating it: it goes at once, and the check stops here.
    if (ctx.signal.aborted) {
      await ctx.engine.removeContainer(id).catch(() => undefined);
      throw new Error('interrupted');
    }
    return id;
  } catch (error) {
    const e = error as { statusCode?: number; json?: { message?: string }; message?: string };
    const message = e.json?.message ?? e.message ?? String(error);
    if (e.statusCode === 400 || e.statusCode === 500) {
      if (
        /OCI runtime|executable file not found|no such file or directory|unable to find user|permission denied/i.test(
          message,
        )
      ) {
        throw new ContainerStartError(
          `the container does not start${opts.user ? ` as user ${opts.user}` : ''}: ${message.replace(/^\(HTTP code \d+\) \w+ - /, '').trim()}`,
        );
      }
    }
    throw error;
  }
}

/**
 * Waits for the first 2xx on the liveness path, within the startup window, until the container
 * exits or the run is interrupted: every check that starts the service waits this way.
 */
export async function waitForLiveness(ctx: CheckContext, svc: Service): Promise<Ready> {
  const path = ctx.contract.app.health.liveness;
  const timeoutMs = startupLimit(ctx);
  let lastStatus: number | undefined;
  const r = await waitFor(
    async () => {
      const res = await request(svc.port, path, { timeoutMs: waitMs(ctx, 'probeRequest') });
      lastStatus = res.status;
      return res.status >= 200 && res.status < 300 ? res.status : undefined;
    },
    {
      timeoutMs,
      intervalMs: 100,
      signal: ctx.signal,
      stop: async () => {
        const s = await svc.state();
        return s.running ? undefined : `the container exited with code ${s.exitCode}`;
      },
    },
  );
  const elapsedMs = Date.now() - svc.startedAt;
  if (r.value !== undefined) return { ok: true, elapsedMs, status: r.value };
  return {
    ok: false,
    elapsedMs,
    status: lastStatus,
    problem:
      r.stopped ??
      (lastStatus
        ? `${path} answered ${lastStatus}, never 2xx, within ${timeoutMs}ms`
        : `nothing answered on port ${svc.port} within ${timeoutMs}ms`),
  };
}

/** The last n lines of a log, for evidence. */
export function tail(text: string, n = 30): string[] {
  const lines = text.replace(/\s+$/, '').split(/\r?\n/);
  return lines.slice(-n);
}

/** Starts the service and waits for liveness; evidence on failure. Used by most runtime checks. */
export async function startReady(ctx: CheckContext, opts: StartOptions = {}) {
  const svc = await startService(ctx, opts);
  return { svc, ready: await waitForLiveness(ctx, svc) };
}

/**
 * The longest a check waits for the service to come up: three times the startup budget (at least 30 s),
 * so checks running side by side on a busy machine do not fail for want of CPU. The startup
 * check alone holds the service to the budget itself.
 */
export function startupLimit(ctx: CheckContext): number {
  const budget = ctx.contract.budgets.startupMs;
  return budget === undefined
    ? waitMs(ctx, 'startupDefault')
    : Math.max(3 * budget, waitMs(ctx, 'startupFloor'));
}

export async function notReadyEvidence(svc: Service, ready: Ready): Promise<string[]> {
  const logs = await svc.logs().catch(() => '');
  const hint = svc.portRewritten
    ? []
    : [
        `note: the contract port does not appear in CMD/ENTRYPOINT; the app must listen on $PORT (${svc.port})`,
      ];
  if (/address already in use/i.test(logs)) {
    hint.push(
      `port ${svc.port} was taken by another process: stop it or run verify again (each run picks a free port)`,
    );
  }
  return [ready.problem ?? 'not ready', ...hint, '--- container log (last 30 lines) ---', ...tail(logs)];
}
