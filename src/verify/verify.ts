import { randomBytes } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedContract } from '../contract/resolved.js';
import { variantDockerfile } from '../contract/variant.js';
import { InputError } from '../errors.js';
import { buildArgsFor } from './checks/build.js';
import { checks as allChecks } from './checks/index.js';
import { Cleanup } from './cleanup.js';
import type { BuildResult } from './engine/build-types.js';
import { callTimeoutMs, withDeadlines } from './engine/deadlines.js';
import { DockerodeEngine } from './engine/dockerode-engine.js';
import type { Engine } from './engine/engine.js';
import { lostEngine } from './engine-lost.js';
import { ImageFacts } from './image-facts.js';
import { pingOrExplain, pingTimeoutMs } from './ping.js';
import { describeReaped, type ReapedRun, reapOrphans } from './reaper.js';
import { runEnvironment, scaleBudgets } from './run-environment.js';
import { ContainerStartError, type StartedService, startReady, tail } from './service.js';
import { withTimeout } from './timeout.js';
import {
  type Check,
  type CheckContext,
  type CheckId,
  type CheckOutcome,
  type CheckResult,
  checkIds,
  type Need,
  skip,
  unmetNeed,
} from './types.js';

export interface VerifyOptions {
  contract: ResolvedContract;
  /** Build context; defaults to the contract's folder. */
  contextDir?: string;
  dockerfile?: string;
  /** A built image to check instead of building one. */
  image?: string;
  only?: CheckId[];
  engine?: Engine;
  pipIndexUrl?: string;
  postgresUrl?: string;
  /**
   * Values of the contract's secrets (the CLI's --secret and --env-file). Without it, each is read
   * from this process's environment. A required secret supplied by neither runs with a dummy value,
   * and the report says so.
   */
  secrets?: Record<string, string>;
  /** Longest a single check may run. */
  checkTimeoutMs?: number;
  /**
   * Multiplies every time budget (startup, shutdown, health latency, build) and probe timeout, for
   * slow or shared machines; reports show the scaled values. Sizes are never scaled. Default 1.
   */
  timeScale?: number;
  /** At most this many checks at once (the machine's cores are shared). */
  concurrency?: number;
  onEvent?: (event: VerifyEvent) => void;
  /** Remove this run's resources on SIGINT/SIGTERM (the CLI sets it). */
  handleSignals?: boolean;
  /** Further build arguments (PIP_INDEX_URL comes from pipIndexUrl). */
  buildArgs?: Record<string, string>;
  /** Label value for this run's resources (random when omitted). */
  runId?: string;
}

export type VerifyEvent =
  | { type: 'phase'; name: 'build' | 'inspect'; done: boolean; durationMs?: number; ok?: boolean }
  | { type: 'check-start'; id: CheckId; title: string }
  | { type: 'check-end'; result: CheckResult }
  /** Resources of an earlier run whose process has gone, removed before this run started. */
  | { type: 'reaped'; run: ReapedRun };

export interface VerifyReport {
  contract: string;
  /** The image variant checked (`gpu`), when not the main image. */
  variant?: string;
  image: string;
  runId: string;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
  /** Layer sizes in Dockerfile order, for the size chart. */
  layers: { createdBy: string; size: number }[];
  imageSize?: number;
  /** Build log and the service log tail, for the HTML report. */
  logs: { build?: string[]; service?: string[] };
  warnings: string[];
  /** Set when the engine stopped answering during the run: its failures are then errors. */
  engineLost?: string;
}

export const DEFAULT_CHECK_TIMEOUT_MS = 180_000;

export async function verify(opts: VerifyOptions): Promise<VerifyReport> {
  const timeScale = opts.timeScale ?? 1;
  if (!(timeScale > 0)) throw new InputError(`The time scale must be a positive number, not ${timeScale}.`);
  const contract = scaleBudgets(opts.contract, timeScale);
  const runId = opts.runId ?? randomBytes(4).toString('hex');
  const started = Date.now();
  const deadline = callTimeoutMs(timeScale);
  const engine = withDeadlines(opts.engine ?? new DockerodeEngine(undefined, deadline), deadline);
  const selected = selectChecks(opts.only, contract);
  const contextDir = opts.image ? opts.contextDir : path.resolve(opts.contextDir ?? defaultContext(contract));
  const dockerfile = opts.image
    ? opts.dockerfile
    : path.resolve(contextDir!, opts.dockerfile ?? variantDockerfile(contract));
  await pingOrExplain(engine, pingTimeoutMs(timeScale));
  const emit = opts.onEvent ?? (() => undefined);
  // Leftovers of killed runs go first; a failure to list or remove them never stops this run.
  const reaped = await withTimeout(reapOrphans(engine, { except: runId }), pingTimeoutMs(timeScale)).catch(
    () => [] as ReapedRun[],
  );
  for (const run of reaped) emit({ type: 'reaped', run });
  const cleanup = new Cleanup(engine, runId);
  if (opts.handleSignals) cleanup.installSignalHandlers();
  const results = new Map<CheckId, CheckResult>();
  const supplied = opts.secrets ?? process.env;
  const dummyNotes = contract.env.secrets
    .filter((s) => s.required && supplied[s.name] === undefined)
    .map((s) => `secret ${s.name} was not supplied: the container ran with a dummy value`);
  const report = (image: string, extra: Partial<VerifyReport> = {}): VerifyReport => ({
    contract: contract.file ?? contract.service,
    ...(contract.variant ? { variant: contract.variant } : {}),
    image,
    runId,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    checks: allChecks.filter((c) => results.has(c.id)).map((c) => results.get(c.id)!),
    layers: [],
    logs: {},
    ...extra,
    warnings: [
      ...reaped.map((r) => describeReaped(r)),
      ...(extra.warnings ?? []),
      ...dummyNotes,
      ...(timeScale !== 1 ? [`time budgets and probe timeouts scaled ×${timeScale}`] : []),
    ],
  });
  let shared: Promise<StartedService> | undefined;
  try {
    let ref = opts.image;
    let build: BuildResult | undefined;
    if (!ref) {
      await access(dockerfile!).catch(() => {
        throw new InputError(
          `No Dockerfile at ${dockerfile}.`,
          'Run `dockspec generate`, or pass --dockerfile or --image.',
        );
      });
      ref = `dockspec-verify:${runId}`;
      cleanup.image(ref);
      emit({ type: 'phase', name: 'build', done: false });
      build = await engine.build({
        context: contextDir!,
        dockerfile: dockerfile!,
        tag: ref,
        runId,
        buildArgs: { ...opts.buildArgs, ...buildArgsFor(opts) },
        signal: cleanup.signal,
        idleTimeoutMs: 5 * deadline,
      });
      emit({ type: 'phase', name: 'build', done: true, durationMs: build.durationMs, ok: build.ok });
      if (!build.ok) {
        // A failed build is reported even when --only left the checks that need the build out;
        // checks that need no image (the build context) still run, the others say what they lacked.
        const reporting = allChecks.filter((c) => c.needs.includes('build') && !selected.includes(c));
        const have = new Set<Need>(['build context', 'build']);
        for (const c of [...reporting, ...selected]) {
          const t0 = Date.now();
          const missing = c.needs.find((n) => !have.has(n));
          const outcome = missing
            ? skip(unmetNeed[missing])
            : await c.run({ contract, contextDir, dockerfile, build } as CheckContext);
          const result = finish(c, outcome, c.needs.includes('build') ? started : t0, started);
          results.set(c.id, result);
          emit({ type: 'check-end', result });
        }
        return report(ref, { logs: { build: tail(build.log, 30) }, warnings: build.warnings });
      }
    }
    emit({ type: 'phase', name: 'inspect', done: false });
    const image = await ImageFacts.load(engine, ref, contract.image.base).catch((error: Error) => {
      throw new InputError(
        `Cannot inspect image ${ref}: ${error.message}`,
        'Build it first, or check the --image reference.',
      );
    });
    emit({ type: 'phase', name: 'inspect', done: true });
    const runEnv = runEnvironment(contract, opts.postgresUrl, supplied);
    // The GPU variant's containers get the GPUs when the engine has an NVIDIA runtime, as deployed.
    const gpus = contract.variant === 'gpu' && Boolean(await engine.gpuRuntime().catch(() => undefined));
    const ctx: CheckContext = {
      contract,
      engine,
      image,
      contextDir,
      dockerfile,
      build,
      runId,
      runEnv,
      postgresUrl: opts.postgresUrl,
      pipIndexUrl: opts.pipIndexUrl,
      buildArgs: opts.buildArgs,
      signal: cleanup.signal,
      cleanup,
      timeScale,
      gpus,
      shared: () => {
        shared ??= startReady(ctx);
        return shared;
      },
    };
    const have = new Set<Need>(['image', 'running service']);
    if (contextDir) have.add('build context');
    if (build) have.add('build');
    await runPool(selected, opts.concurrency ?? 4, async (check) => {
      emit({ type: 'check-start', id: check.id, title: check.title });
      const t0 = Date.now();
      const missing = check.needs.find((n) => !have.has(n));
      const outcome = await (missing
        ? Promise.resolve(skip(unmetNeed[missing]))
        : withTimeout(check.run(ctx), opts.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS)
      ).catch(
        (error: unknown): CheckOutcome =>
          error instanceof ContainerStartError
            ? { status: 'fail', expected: 'the container starts', actual: error.message, evidence: [] }
            : {
                status: 'error',
                expected: '-',
                actual: '-',
                evidence: [],
                reason: error instanceof Error ? error.message : String(error),
              },
      );
      const result = finish(check, outcome, t0, started);
      // The build check's own time is the rebuild; the timeline shows the first build too.
      if (check.needs.includes('build') && build) {
        result.durationMs += build.durationMs;
        result.startedAtMs = Math.max(0, t0 - started - build.durationMs);
      }
      results.set(check.id, result);
      emit({ type: 'check-end', result });
    });
    const engineLost = await lostEngine(engine, results, pingTimeoutMs(timeScale));
    const serviceLog = shared ? await shared.then((s) => s.svc.logs()).catch(() => '') : '';
    return report(ref, {
      engineLost,
      layers: image.history,
      imageSize: image.inspect.size,
      logs: {
        build: build ? tail(build.log, 30) : undefined,
        service: serviceLog ? tail(serviceLog, 50) : undefined,
      },
      warnings: build?.warnings ?? [],
    });
  } finally {
    // A check that timed out may still be starting a container: sweep until none is left.
    if ([...results.values()].some((r) => r.status === 'error')) await cleanup.sweep();
    else await cleanup.run();
  }
}

function finish(check: Check, outcome: CheckOutcome, t0: number, runStart: number): CheckResult {
  return {
    id: check.id,
    title: check.title,
    ...outcome,
    durationMs: Date.now() - t0,
    startedAtMs: t0 - runStart,
  };
}

/** The checks --only names (all without it) that apply to the contract (see Check.appliesTo). */
export function selectChecks(only?: string[], contract?: ResolvedContract): Check[] {
  const applies = (c: Check) => !contract || !c.appliesTo || c.appliesTo(contract);
  if (!only?.length) return allChecks.filter(applies);
  const unknown = only.filter((id) => !(checkIds as readonly string[]).includes(id));
  if (unknown.length) {
    throw new InputError(`Unknown check ${unknown.join(', ')}.`, `Known checks: ${checkIds.join(', ')}.`);
  }
  return allChecks.filter((c) => only.includes(c.id) && applies(c));
}

function defaultContext(contract: ResolvedContract): string {
  return contract.file ? path.dirname(contract.file) : '.';
}

async function runPool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

export { pingTimeoutMs } from './ping.js';
export { pipIndexFor, runEnvironment, scaleBudgets } from './run-environment.js';
