import type { ResolvedContract } from '../contract/resolved.js';
import type { Cleanup } from './cleanup.js';
import type { BuildResult } from './engine/build-types.js';
import type { Engine } from './engine/engine.js';
import type { ImageFacts } from './image-facts.js';
import type { StartedService } from './service-types.js';

export type CheckStatus = 'pass' | 'fail' | 'skip' | 'error';

export const checkIds = [
  'build',
  'context',
  'size',
  'config',
  'secrets',
  'startup',
  'health',
  'healthcheck',
  'readiness',
  'required-env',
  'process',
  'shutdown',
  'filesystem',
  'cors',
  'gpu',
] as const;
export type CheckId = (typeof checkIds)[number];

/** What one check measured: expected vs actual, with evidence a person can act on. */
export interface CheckResult {
  id: CheckId;
  title: string;
  status: CheckStatus;
  expected: string;
  actual: string;
  evidence: string[];
  durationMs: number;
  reason?: string;
  /** Wall-clock start, relative to the run start (for the timeline). */
  startedAtMs?: number;
}

/** The partial result a check function returns; the runner fills id, title and timings. */
export type CheckOutcome = Omit<CheckResult, 'id' | 'title' | 'durationMs' | 'startedAtMs'>;

export interface CheckContext {
  contract: ResolvedContract;
  engine: Engine;
  image: ImageFacts;
  /** Build context folder, when verify built the image. */
  contextDir?: string;
  dockerfile?: string;
  build?: BuildResult;
  cleanup: Cleanup;
  runId: string;
  /** Environment for the running service: required secrets filled with dummy values. */
  runEnv: Record<string, string>;
  /** URL of a reachable PostgreSQL for readiness, when the environment provides one. */
  postgresUrl?: string;
  pipIndexUrl?: string;
  buildArgs?: Record<string, string>;
  signal: AbortSignal;
  /** Factor applied to time budgets and probe timeouts (slow machines). */
  timeScale: number;
  /** Service containers get every GPU (`--gpus all`): the GPU variant on an engine with an NVIDIA runtime. */
  gpus?: boolean;
  /** One service started with the full environment, shared by the read-only runtime checks. */
  shared(): Promise<StartedService>;
}

/**
 * What a check can need: the build context on disk, the build verify ran (not an --image), the
 * image (built or given), a service started from it.
 */
export type Need = 'build context' | 'build' | 'image' | 'running service';

/** Why a need is not met, as a skip reason. */
export const unmetNeed: Record<Need, string> = {
  'build context': 'no build context: an image was given with --image',
  build: 'nothing was built: an image was given with --image',
  image: 'the image did not build',
  'running service': 'the image did not build',
};

export interface Check {
  id: CheckId;
  title: string;
  /**
   * What the check needs before it can run: the runner skips it, naming the first need not met,
   * and never decides by its id (a failed build leaves every check that needs the image skipped).
   */
  needs: readonly Need[];
  /** Whether the check belongs to this contract's run at all (the GPU check to the GPU variant); default yes. */
  appliesTo?: (contract: ResolvedContract) => boolean;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

export const pass = (expected: string, actual: string, evidence: string[] = []): CheckOutcome => ({
  status: 'pass',
  expected,
  actual,
  evidence,
});
export const fail = (expected: string, actual: string, evidence: string[] = []): CheckOutcome => ({
  status: 'fail',
  expected,
  actual,
  evidence,
});
export const skip = (reason: string, expected = '-'): CheckOutcome => ({
  status: 'skip',
  expected,
  actual: '-',
  evidence: [],
  reason,
});
