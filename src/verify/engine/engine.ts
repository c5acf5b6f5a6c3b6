import { hostname } from 'node:os';
import type { Readable } from 'node:stream';
import type { BuildOptions, BuildResult } from './build-types.js';

/** The label every resource a verify run creates carries; cleanup and tests find them by it. */
export const RUN_LABEL = 'dockspec.run';
/** The host and process that own a run's resources: the reaper removes those of a process gone. */
export const HOST_LABEL = 'dockspec.host';
export const PID_LABEL = 'dockspec.pid';

/** The labels of every container and image a run creates. */
export function runLabels(runId: string): Record<string, string> {
  return { [RUN_LABEL]: runId, [HOST_LABEL]: hostname(), [PID_LABEL]: String(process.pid) };
}

/** A container, image or volume carrying the run label, with its labels. */
export interface LabelledResource {
  kind: 'container' | 'image' | 'volume';
  id: string;
  labels: Record<string, string>;
}

export interface ImageInspect {
  id: string;
  size: number;
  user: string;
  workdir: string;
  env: string[];
  cmd: string[] | null;
  entrypoint: string[] | null;
  exposedPorts: string[];
  healthcheck?: {
    test: string[];
    intervalNs?: number;
    timeoutNs?: number;
    startPeriodNs?: number;
    retries?: number;
  };
  layers: string[];
}

export interface HistoryEntry {
  createdBy: string;
  size: number;
}

export interface RunOptions {
  image: string;
  runId: string;
  name?: string;
  cmd?: string[] | null;
  entrypoint?: string[] | null;
  env?: Record<string, string>;
  user?: string;
  readOnly?: boolean;
  tmpfs?: string[];
  /** Owner of the tmpfs mounts other than /tmp (an emptyDir with fsGroup); the engine keeps the image folder's mode. */
  tmpfsOwner?: { uid: number; gid: number };
  /** Every GPU, as `docker run --gpus all` asks for them (an NVIDIA runtime must be present). */
  gpus?: boolean;
  healthcheck?: {
    test: string[];
    intervalMs: number;
    timeoutMs: number;
    startPeriodMs: number;
    retries: number;
  };
}

export interface ContainerState {
  status: string;
  running: boolean;
  exitCode: number;
  oomKilled: boolean;
  health?: { status: string; log: { exitCode: number; output: string; start: string }[] };
}

/** Which engine answers the Docker API: the few places where Podman differs branch on it. */
export interface EngineFlavour {
  name: 'docker' | 'podman';
  version: string;
}

/** Podman's entry among the components a Docker-API `version` answer lists; Docker lists none. */
export function podmanComponent<C extends { Name?: string }>(components: C[] | undefined): C | undefined {
  return components?.find((c) => /podman/i.test(c.Name ?? ''));
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The one narrow interface verify reaches a Docker-compatible engine through (Docker or Podman's
 * Docker API). Containers always use host networking: the container's port is the host's port.
 */
export interface Engine {
  /** Resolves when the engine answers; rejects, and drops the connection, after `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;
  flavour(): Promise<EngineFlavour>;
  /** The NVIDIA runtime the engine lists (`docker info`), which `--gpus` needs; undefined when none. */
  gpuRuntime(): Promise<string | undefined>;
  /**
   * Builds an image labelled with the run: BuildKit through buildx where the engine has it, else the
   * legacy builder (Podman, no buildx, DOCKSPEC_BUILDER=legacy). Stops when `signal` aborts or the
   * build prints nothing for `idleTimeoutMs`; a failed build resolves with ok: false and its log.
   */
  build(opts: BuildOptions): Promise<BuildResult>;
  inspectImage(ref: string): Promise<ImageInspect>;
  history(ref: string): Promise<HistoryEntry[]>;
  /** `docker save` of one image as a tar stream. */
  save(ref: string): Promise<Readable>;
  /** Creates and starts a labelled container; returns its id. */
  run(opts: RunOptions): Promise<string>;
  inspectContainer(id: string): Promise<ContainerState>;
  exec(id: string, cmd: string[], user?: string): Promise<ExecResult>;
  logs(id: string): Promise<string>;
  /** Sends SIGTERM, then SIGKILL after timeoutSec; resolves when it has ended. */
  stop(id: string, timeoutSec: number): Promise<void>;
  /** Waits until the container ends or the deadline passes; returns its state. */
  waitExit(id: string, timeoutMs: number): Promise<ContainerState>;
  /**
   * Runs the container's HEALTHCHECK once now and records it in its health log, as the engine's
   * own scheduler would (Podman: `podman healthcheck run`, which its systemd timer calls and which
   * never fires without systemd). False when the engine has no such call (Docker schedules itself).
   */
  triggerHealthcheck(id: string): Promise<boolean>;
  removeContainer(id: string): Promise<void>;
  removeImage(ref: string): Promise<void>;
  /** Every container and image carrying the run label (all runs when runId is omitted). */
  listLabelled(runId?: string): Promise<{ containers: string[]; images: string[]; volumes: string[] }>;
  /** Every resource of every run, with its labels (what the reaper judges). */
  listResources(): Promise<LabelledResource[]>;
  removeVolume(name: string): Promise<void>;
}
