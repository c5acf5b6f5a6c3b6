import type { ContractRule, RuleFinding } from './types.js';

export const gpuBase: ContractRule = {
  id: 'gpu-base',
  severity: 'error',
  description: 'A GPU variant needs its CUDA base image; a gpuImageSize budget needs a GPU variant.',
  check: ({ contract }) => {
    const out: RuleFinding[] = [];
    const gpu = contract.image?.gpu;
    if (gpu && !gpu.base)
      out.push({
        path: ['image', 'gpu', 'base'],
        message: 'the GPU variant has no base image',
        expected: 'a CUDA base image',
        found: 'nothing',
        hint: gpu.cuda
          ? `e.g. base: nvidia/cuda:${gpu.cuda.split('.').length === 2 ? `${gpu.cuda}.0` : gpu.cuda}-runtime-ubuntu22.04`
          : 'e.g. base: nvidia/cuda:12.4.1-runtime-ubuntu22.04',
      });
    if (!gpu && contract.budgets?.gpuImageSize !== undefined)
      out.push({
        path: ['budgets', 'gpuImageSize'],
        message: 'a GPU image size budget is set but image.gpu declares no GPU variant',
        expected: 'image.gpu with a base image',
        found: 'no image.gpu',
        hint: 'add image.gpu with its base image, or drop the budget',
      });
    return out;
  },
};
