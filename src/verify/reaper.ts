import { hostname } from 'node:os';
import type { Engine, LabelledResource } from './engine/engine.js';
import { HOST_LABEL, PID_LABEL, RUN_LABEL } from './engine/engine.js';

// The reaper, as testcontainers has one: a run killed with SIGKILL, by the OOM killer or by a CI
// job's timeout never reaches its clean-up, so its containers and images stay. Every resource
// carries the run id and the host and process that own it; at the start of each verify run (and
// with `dockspec clean`) the resources of runs whose process is gone from this host are removed.

/** What was removed of one run. */
export interface ReapedRun {
  runId: string;
  host?: string;
  pid?: number;
  containers: number;
  images: number;
  volumes: number;
}

export interface ReapOptions {
  /** Remove the resources of every run but `except`, alive or not (`dockspec clean --all`). */
  all?: boolean;
  /** The run asking: its own resources are never touched. */
  except?: string;
  /** This host's name (the one runs record). */
  host?: string;
  /** Whether a process of this host has ended. */
  gone?: (pid: number) => boolean;
}

/** True when no process has the id (a signal 0 probe: ESRCH means none; EPERM means someone else's). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The resources that may go, by run: those whose owning process is gone from this host, or with
 * `all` every run's but the asking one. Each resource is judged by its own labels (one run id may
 * be shared by several processes, as a CI job's DOCKSPEC_RUN_ID is); one from another host, or
 * from before these labels, may belong to a live process elsewhere and is left alone.
 */
export function orphanRuns(
  resources: LabelledResource[],
  options: ReapOptions = {},
): Map<string, LabelledResource[]> {
  const host = options.host ?? hostname();
  const gone = options.gone ?? processGone;
  const orphan = (r: LabelledResource) => {
    const pid = Number(r.labels[PID_LABEL]);
    return r.labels[HOST_LABEL] === host && Number.isInteger(pid) && pid > 0 && gone(pid);
  };
  const runs = new Map<string, LabelledResource[]>();
  for (const r of resources) {
    const runId = r.labels[RUN_LABEL];
    if (!runId || runId === options.except || !(options.all || orphan(r))) continue;
    const list = runs.get(runId) ?? [];
    list.push(r);
    runs.set(runId, list);
  }
  return runs;
}

/** Removes the orphan runs' containers, then their images and volumes; returns what went, by run. */
export async function reapOrphans(engine: Engine, options: ReapOptions = {}): Promise<ReapedRun[]> {
  const runs = orphanRuns(await engine.listResources(), options);
  const reaped: ReapedRun[] = [];
  for (const [runId, list] of runs) {
    const of = (kind: LabelledResource['kind']) => list.filter((r) => r.kind === kind);
    const removed = async (kind: LabelledResource['kind'], remove: (id: string) => Promise<void>) => {
      const results = await Promise.all(
        of(kind).map((r) =>
          remove(r.id).then(
            () => 1,
            () => 0,
          ),
        ),
      );
      return results.reduce((a, b) => a + b, 0);
    };
    // Containers first: an image in use by one cannot go.
    const containers = await removed('container', (id) => engine.removeContainer(id));
    const images = await removed('image', (id) => engine.removeImage(id));
    const volumes = await removed('volume', (id) => engine.removeVolume(id));
    const owner = list.find((r) => r.labels[PID_LABEL])?.labels;
    reaped.push({
      runId,
      host: owner?.[HOST_LABEL],
      pid: owner ? Number(owner[PID_LABEL]) : undefined,
      containers,
      images,
      volumes,
    });
  }
  return reaped;
}

/** "removed 1 container and 1 image left by run 3fa2b9c1 (process 4242 on this host has ended)". */
export function describeReaped(run: ReapedRun, all = false): string {
  const parts = [
    [run.containers, 'container'],
    [run.images, 'image'],
    [run.volumes, 'volume'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
  const what = parts.length === 0 ? 'nothing' : parts.join(' and ').replace(/ and (?=.* and )/, ', ');
  const why = all
    ? run.pid
      ? `process ${run.pid} on ${run.host}`
      : 'no owner recorded'
    : `process ${run.pid} on this host has ended`;
  return `removed ${what} left by run ${run.runId} (${why})`;
}
