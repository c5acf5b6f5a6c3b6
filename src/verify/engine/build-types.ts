import type { ParsedProgress } from './progress.js';

// What a build is asked and what it gives back, whichever builder runs it (BuildKit through buildx,
// the legacy builder, Podman's): the Engine interface builds with these.

/** The builder that ran: BuildKit (buildx) or the legacy `docker build`. */
export type BuilderKind = 'buildkit' | 'legacy';

export interface BuildOptions {
  context: string;
  dockerfile: string;
  tag: string;
  runId: string;
  buildArgs?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Stop the build when it prints nothing for this long: a daemon that wedges mid-build would
   * otherwise hold the docker CLI, and verify, for ever. A long step that prints keeps it going.
   */
  idleTimeoutMs?: number;
}

export interface BuildResult {
  ok: boolean;
  tag: string;
  digest?: string;
  durationMs: number;
  builder: BuilderKind;
  /** The engine that built it, e.g. "Podman Engine 4.3.1". */
  engine: string;
  warnings: string[];
  progress: ParsedProgress;
  log: string;
  exitCode: number;
}
