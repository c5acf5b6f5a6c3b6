/**
 * Every wait, probe timeout and deadline a check sets on its own, at time scale 1, in
 * milliseconds. `waitMs` multiplies them by `--time-scale` (the contract's budgets are scaled once,
 * in run-environment.ts): a slow machine slows every one alike, and none is left at its default.
 */
export const WAITS = {
  /** One HTTP request to the service, as a probe makes it. */
  request: 3000,
  /** A probe request while waiting for the service to answer. */
  probeRequest: 2000,
  /** The least a check waits for the service to come up (three times the startup budget otherwise). */
  startupFloor: 30_000,
  /** What a check waits for the service to come up when the contract has no startup budget. */
  startupDefault: 60_000,
  /** For readiness to notice that its dependency is down. */
  readinessDown: 5000,
  /** For readiness to answer 2xx once its dependency is up. */
  readinessUp: 10_000,
  /** For a container to be seen exited after the engine's stop returned. */
  exitAfterStop: 5000,
  /** The least the healthcheck check waits for Docker's own HEALTHCHECK to report. */
  healthcheckGrace: 20_000,
  /** The most a HEALTHCHECK run may take here. */
  healthcheckTimeout: 5000,
  /** For nvidia-smi to answer in a fresh GPU container. */
  nvidiaSmi: 30_000,
} as const;

export type Wait = keyof typeof WAITS;

/** The wait `name` on this run, in milliseconds: times the run's `--time-scale`. */
export function waitMs(ctx: { timeScale: number }, name: Wait): number {
  return WAITS[name] * ctx.timeScale;
}
