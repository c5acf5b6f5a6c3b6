import type { ContractRule } from './types.js';

export const gpuCudaMismatch: ContractRule = {
  id: 'gpu-cuda-mismatch',
  severity: 'warning',
  description: 'The CUDA version should match the tag of the nvidia/cuda base image.',
  check: ({ contract }) => {
    const gpu = contract.image?.gpu;
    const tag = gpu?.base && /nvidia\/cuda:(\d+(?:\.\d+){0,2})/.exec(gpu.base)?.[1];
    if (!gpu?.cuda || !tag || tag === gpu.cuda || tag.startsWith(`${gpu.cuda}.`)) return [];
    return [
      {
        path: ['image', 'gpu', 'cuda'],
        message: `CUDA ${gpu.cuda} does not match the base image's CUDA ${tag}`,
        expected: tag,
        found: gpu.cuda,
      },
    ];
  },
};
