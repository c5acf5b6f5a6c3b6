import { describe, expect, it } from 'vitest';
import { withVariant } from '../../src/contract/variant.js';
import { gpu } from '../../src/verify/checks/gpu.js';
import type { Engine, RunOptions } from '../../src/verify/engine/engine.js';
import type { CheckContext } from '../../src/verify/types.js';
import { selectChecks } from '../../src/verify/verify.js';
import { resolvedContract } from '../generate/factory.js';

// The gpu check's own decisions against a fake engine (the engine test runs it on the stand-in CUDA
// image, where no NVIDIA runtime exists, so only its skip path can be seen there).
const contract = withVariant(
  resolvedContract({
    image: {
      python: '3.11',
      gpu: { base: 'nvidia/cuda:12.1.0-runtime-ubuntu22.04', cuda: '12.1', dockerfile: 'Dockerfile.gpu' },
    },
  }),
  'gpu',
);

const smi = (cuda: string) =>
  `| NVIDIA-SMI 550.54.15              Driver Version: 550.54.15      CUDA Version: ${cuda}     |`;

function context(opts: { imageCuda?: string; runtime?: string; exitCode?: number; output?: string }) {
  const runs: RunOptions[] = [];
  const removed: string[] = [];
  const engine = {
    gpuRuntime: async () => opts.runtime,
    run: async (o: RunOptions) => {
      runs.push(o);
      return 'c1';
    },
    waitExit: async () => ({ running: false, exitCode: opts.exitCode ?? 0, oomKilled: false }),
    logs: async () => opts.output ?? '',
  } as unknown as Engine;
  const ctx = {
    contract,
    engine,
    runId: 'r1',
    timeScale: 1,
    signal: new AbortController().signal,
    image: {
      ref: 'img',
      inspect: {
        env: opts.imageCuda ? [`CUDA_VERSION=${opts.imageCuda}`, 'PATH=/usr/bin'] : ['PATH=/usr/bin'],
      },
    },
    cleanup: {
      assertOpen: () => undefined,
      container: () => undefined,
      removeContainer: async (id: string) => {
        removed.push(id);
      },
    },
  } as unknown as CheckContext;
  return { ctx, runs, removed };
}

describe('gpu check', () => {
  it('belongs to the GPU variant only', () => {
    expect(selectChecks(undefined, contract).map((c) => c.id)).toContain('gpu');
    expect(selectChecks(undefined, resolvedContract()).map((c) => c.id)).not.toContain('gpu');
  });

  it('fails an image whose CUDA_VERSION is not the contract’s, GPU or not', async () => {
    const r = await gpu.run(context({ imageCuda: '12.4.1' }).ctx);
    expect(r.status).toBe('fail');
    expect(r.actual).toBe("the image's CUDA_VERSION is 12.4.1, not the contract's 12.1");
  });

  it('is skipped, saying why, on an engine without an NVIDIA runtime', async () => {
    const { ctx, runs } = context({ imageCuda: '12.1.0' });
    const r = await gpu.run(ctx);
    expect(r.status).toBe('skip');
    expect(r.reason).toMatch(/lists no NVIDIA runtime .*CUDA_VERSION is 12\.1\.0/);
    expect(runs).toEqual([]);
  });

  it('passes when nvidia-smi in a --gpus all container reports a driver that runs the CUDA', async () => {
    const { ctx, runs, removed } = context({ imageCuda: '12.1.0', runtime: 'nvidia', output: smi('12.4') });
    const r = await gpu.run(ctx);
    expect(r.status).toBe('pass');
    expect(r.actual).toBe('CUDA_VERSION 12.1.0; driver runs CUDA up to 12.4 (nvidia)');
    expect(runs[0]).toMatchObject({ image: 'img', cmd: ['nvidia-smi'], gpus: true });
    expect(removed).toEqual(['c1']);
  });

  it('fails when the driver is older than the image’s CUDA, or no GPU is visible', async () => {
    const old = await gpu.run(context({ imageCuda: '12.1.0', runtime: 'nvidia', output: smi('11.8') }).ctx);
    expect(old.status).toBe('fail');
    expect(old.actual).toBe("the driver runs CUDA up to 11.8, older than the image's 12.1");
    const none = await gpu.run(
      context({ imageCuda: '12.1.0', runtime: 'nvidia', exitCode: 9, output: 'No devices were found' }).ctx,
    );
    expect(none.status).toBe('fail');
    expect(none.actual).toMatch(/nvidia-smi exited 9 on runtime nvidia: no GPU visible/);
    expect(none.evidence).toContain('No devices were found');
  });
});

describe('withVariant', () => {
  it('narrows the contract to the GPU image: its base, its budget, the variant named', () => {
    const c = resolvedContract({
      image: { gpu: { base: 'nvidia/cuda:12.6.3-runtime-ubuntu24.04', dockerfile: 'Dockerfile.gpu' } },
      budgets: { imageSizeBytes: 500e6, gpuImageSizeBytes: 1.5e9 },
    });
    const g = withVariant(c, 'gpu');
    expect(g.variant).toBe('gpu');
    expect(g.image.base).toBe('nvidia/cuda:12.6.3-runtime-ubuntu24.04');
    expect(g.budgets.imageSizeBytes).toBe(1.5e9);
    expect(c.image.base).toBe('python:3.12-slim');
  });

  it('names the variants there are when asked for another', () => {
    expect(() => withVariant(resolvedContract(), 'gpu')).toThrow(/declares no image variant/);
    const c = resolvedContract({
      image: { gpu: { base: 'nvidia/cuda:12.6.3-runtime-ubuntu24.04', dockerfile: 'Dockerfile.gpu' } },
    });
    expect(() => withVariant(c, 'tpu')).toThrow(/has no image variant "tpu"; it has gpu/);
  });
});

describe('the GPU variant’s service containers', () => {
  it('get every GPU when the run has them (an NVIDIA runtime), and none otherwise', async () => {
    const { startService } = await import('../../src/verify/service.js');
    for (const gpus of [true, false]) {
      const { ctx, runs } = context({});
      Object.assign(ctx, { gpus, runEnv: {}, image: { ref: 'img', inspect: { cmd: ['uvicorn'], env: [] } } });
      await startService(ctx);
      expect(runs[0].gpus).toBe(gpus);
    }
  });
});
