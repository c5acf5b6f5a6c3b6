import { formatDuration } from '../../contract/units.js';
import { cudaAtLeast } from '../../knowledge/cuda-images.js';
import { tail } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

const minor = (v: string) => v.split('.').slice(0, 2).join('.');

/**
 * The GPU variant's image is the CUDA the contract names (its CUDA_VERSION, as NVIDIA's images set
 * it), and on an engine with an NVIDIA runtime a container started with `--gpus all` sees a GPU
 * whose driver runs that CUDA (nvidia-smi's "CUDA Version" is the newest the driver supports).
 * Without an NVIDIA runtime the image's own facts are still checked; the GPU part is skipped, saying so.
 */
export const gpu: Check = {
  id: 'gpu',
  title: 'The GPU variant carries its CUDA, and a GPU container sees a driver that runs it',
  needs: ['image', 'running service'],
  appliesTo: (contract) => contract.variant === 'gpu',
  async run(ctx) {
    const wanted =
      ctx.contract.image.gpu?.cuda ?? /nvidia\/cuda:(\d+\.\d+)/.exec(ctx.contract.image.base)?.[1];
    const imageCuda = ctx.image.inspect.env.find((e) => e.startsWith('CUDA_VERSION='))?.slice(13);
    const expected = wanted
      ? `CUDA_VERSION ${wanted} in the image; nvidia-smi in a --gpus all container reports CUDA ≥ ${wanted}`
      : 'nvidia-smi in a --gpus all container reports a CUDA version';
    if (wanted && imageCuda && minor(imageCuda) !== minor(wanted))
      return fail(expected, `the image's CUDA_VERSION is ${imageCuda}, not the contract's ${wanted}`);
    const runtime = await ctx.engine.gpuRuntime();
    if (!runtime) {
      return skip(
        `this engine lists no NVIDIA runtime (docker info), so no container can be given a GPU; the image's CUDA_VERSION is ${imageCuda ?? 'not set'}`,
        expected,
      );
    }
    ctx.cleanup.assertOpen();
    const id = await ctx.engine.run({
      image: ctx.image.ref,
      runId: ctx.runId,
      cmd: ['nvidia-smi'],
      entrypoint: [],
      gpus: true,
    });
    ctx.cleanup.container(id);
    try {
      const limit = waitMs(ctx, 'nvidiaSmi');
      const state = await ctx.engine.waitExit(id, limit);
      const logs = await ctx.engine.logs(id);
      const evidence = ['--- nvidia-smi ---', ...tail(logs)];
      if (state.running)
        return fail(expected, `nvidia-smi did not finish within ${formatDuration(limit)}`, evidence);
      if (state.exitCode !== 0)
        return fail(
          expected,
          `nvidia-smi exited ${state.exitCode} on runtime ${runtime}: no GPU visible`,
          evidence,
        );
      const driver = /CUDA Version:\s*(\d+\.\d+)/.exec(logs)?.[1];
      if (!driver) return fail(expected, 'nvidia-smi printed no CUDA version', evidence);
      if (wanted && !cudaAtLeast(driver, wanted))
        return fail(
          expected,
          `the driver runs CUDA up to ${driver}, older than the image's ${wanted}`,
          evidence,
        );
      return pass(
        expected,
        `CUDA_VERSION ${imageCuda ?? '-'}; driver runs CUDA up to ${driver} (${runtime})`,
        evidence,
      );
    } finally {
      await ctx.cleanup.removeContainer(id);
    }
  },
};
