import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cleanup } from '../../src/verify/cleanup.js';
import type { Engine } from '../../src/verify/engine/engine.js';

// The clean-up's own decisions on repeated Ctrl-C, driven by a fake engine whose removals are
// slow; the real-engine test (cli.engine.test.ts) interrupts a real run.
function slowEngine(left: { containers: string[] }) {
  const removed: string[] = [];
  const engine = {
    removeContainer: async (id: string) => {
      await new Promise((r) => setTimeout(r, 150));
      removed.push(id);
      left.containers = left.containers.filter((c) => c !== id);
    },
    removeImage: async () => undefined,
    listLabelled: async () => ({ containers: [...left.containers], images: [], volumes: [] }),
  } as unknown as Engine;
  return { engine, removed };
}

describe('Cleanup on repeated Ctrl-C', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finishes the clean-up on a second SIGINT, says how to force, and forces only on a third', async () => {
    const left = { containers: ['c1', 'c2'] };
    const { engine, removed } = slowEngine(left);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const before = process.listeners('SIGINT').length;
    const beforeTerm = process.listeners('SIGTERM').length;
    const cleanup = new Cleanup(engine, 'run-1');
    cleanup.container('c1');
    cleanup.installSignalHandlers();
    const handler = process.listeners('SIGINT').at(-1) as (s: NodeJS.Signals) => void;
    try {
      handler('SIGINT');
      handler('SIGINT');
      expect(exit).not.toHaveBeenCalled();
      expect(err.mock.calls.map((c) => String(c[0])).join('')).toMatch(/press Ctrl-C again to force/);
      // The sweep goes on to the end and then exits 130, with everything removed.
      await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(130), { timeout: 8000 });
      expect(removed.sort()).toEqual(['c1', 'c2']);
      expect(cleanup.signal.aborted).toBe(true);
      // A third press exits at once.
      exit.mockClear();
      handler('SIGINT');
      expect(exit).toHaveBeenCalledWith(130);
    } finally {
      for (const l of process.listeners('SIGINT').slice(before)) process.off('SIGINT', l as () => void);
      for (const l of process.listeners('SIGTERM').slice(beforeTerm)) process.off('SIGTERM', l as () => void);
    }
  });

  it('removes its handlers after a run that was not interrupted', async () => {
    const { engine } = slowEngine({ containers: [] });
    const before = process.listeners('SIGINT').length;
    const cleanup = new Cleanup(engine, 'run-2');
    cleanup.installSignalHandlers();
    expect(process.listeners('SIGINT').length).toBe(before + 1);
    await cleanup.run();
    expect(process.listeners('SIGINT').length).toBe(before);
  });
});
