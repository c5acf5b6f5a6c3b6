import { describe, expect, it } from 'vitest';
import type { Engine, LabelledResource } from '../../src/verify/engine/engine.js';
import { describeReaped, orphanRuns, processGone, reapOrphans } from '../../src/verify/reaper.js';

const res = (
  kind: LabelledResource['kind'],
  id: string,
  run: string,
  host?: string,
  pid?: number,
): LabelledResource => ({
  kind,
  id,
  labels: {
    'dockspec.run': run,
    ...(host ? { 'dockspec.host': host } : {}),
    ...(pid ? { 'dockspec.pid': String(pid) } : {}),
  },
});

// Runs on host "ci-1": 100 is dead, 200 alive; one run from another host; one from before the labels.
const resources = [
  res('container', 'c-dead', 'dead', 'ci-1', 100),
  res('image', 'i-dead', 'dead', 'ci-1', 100),
  res('container', 'c-alive', 'alive', 'ci-1', 200),
  res('container', 'c-other', 'other', 'ci-2', 100),
  res('image', 'i-old', 'old'),
  res('container', 'c-self', 'self', 'ci-1', 100),
];
const options = { host: 'ci-1', gone: (pid: number) => pid === 100, except: 'self' };

function fakeEngine(list: LabelledResource[], failing: string[] = []) {
  const removed: string[] = [];
  const remove = async (id: string) => {
    if (failing.includes(id)) throw new Error('conflict');
    removed.push(id);
  };
  const engine = {
    listResources: async () => list,
    removeContainer: remove,
    removeImage: remove,
    removeVolume: remove,
  } as unknown as Engine;
  return { engine, removed };
}

describe('reaper', () => {
  it('takes the runs of this host whose process is gone, and no other', () => {
    expect([...orphanRuns(resources, options).keys()]).toEqual(['dead']);
  });

  it('judges each resource by its own owner when processes share a run id', () => {
    const shared = [res('image', 'i-1', 'ci-job', 'ci-1', 100), res('image', 'i-2', 'ci-job', 'ci-1', 200)];
    expect(
      orphanRuns(shared, options)
        .get('ci-job')
        ?.map((r) => r.id),
    ).toEqual(['i-1']);
  });

  it('with all, takes every run but the asking one, owner or not', () => {
    expect([...orphanRuns(resources, { ...options, all: true }).keys()]).toEqual([
      'dead',
      'alive',
      'other',
      'old',
    ]);
  });

  it('removes containers before images and says what went', async () => {
    const { engine, removed } = fakeEngine(resources);
    const reaped = await reapOrphans(engine, options);
    expect(removed).toEqual(['c-dead', 'i-dead']);
    expect(reaped).toEqual([{ runId: 'dead', host: 'ci-1', pid: 100, containers: 1, images: 1, volumes: 0 }]);
    expect(describeReaped(reaped[0])).toBe(
      'removed 1 container and 1 image left by run dead (process 100 on this host has ended)',
    );
  });

  it('counts only what the engine removed', async () => {
    const { engine } = fakeEngine(resources, ['i-dead']);
    const [run] = await reapOrphans(engine, options);
    expect(run).toMatchObject({ containers: 1, images: 0 });
  });

  it('knows a live process from a gone one', () => {
    expect(processGone(process.pid)).toBe(false);
    // Above the kernel's pid_max: no such process can exist.
    expect(processGone(2 ** 30)).toBe(true);
  });

  it('words several kinds and none', () => {
    const run = { runId: 'r', host: 'h', pid: 7, containers: 2, images: 1, volumes: 1 };
    expect(describeReaped(run, true)).toBe(
      'removed 2 containers, 1 image and 1 volume left by run r (process 7 on h)',
    );
    expect(describeReaped({ ...run, containers: 0, images: 0, volumes: 0, pid: undefined }, true)).toBe(
      'removed nothing left by run r (no owner recorded)',
    );
  });
});
