import { InputError } from '../errors.js';
import type { ResolvedContract } from './resolved.js';

/** The image variants a contract declares beside its main image: `gpu` for image.gpu. */
export function variantNames(c: ResolvedContract): string[] {
  return c.image.gpu ? ['gpu'] : [];
}

/**
 * The contract as it holds for one variant's image, so that verify checks that image by the same
 * rules: the GPU variant builds `image.gpu.dockerfile` on `image.gpu.base`, sets its environment and
 * answers to `budgets.gpuImageSize` (the main image's budget when it has none of its own).
 */
export function withVariant(c: ResolvedContract, name: string): ResolvedContract {
  const names = variantNames(c);
  if (!names.includes(name)) {
    throw new InputError(
      names.length === 0
        ? `the contract declares no image variant, so there is no variant "${name}"`
        : `the contract has no image variant "${name}"; it has ${names.join(', ')}`,
      names.length === 0
        ? 'Add image.gpu (base, cuda) to declare the GPU variant, or drop --variant.'
        : `Pass --variant ${names.join(' or ')}.`,
      c.file ? { file: c.file } : undefined,
    );
  }
  const gpu = c.image.gpu!;
  return {
    ...c,
    variant: name,
    image: { ...c.image, base: gpu.base },
    budgets: { ...c.budgets, imageSizeBytes: c.budgets.gpuImageSizeBytes ?? c.budgets.imageSizeBytes },
  };
}

/** The Dockerfile a variant builds from, relative to the context. */
export function variantDockerfile(c: ResolvedContract): string {
  return c.variant === 'gpu' && c.image.gpu ? c.image.gpu.dockerfile : 'Dockerfile';
}
