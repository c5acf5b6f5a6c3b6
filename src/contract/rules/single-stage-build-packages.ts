import type { ContractRule } from './types.js';

export const singleStageBuildPackages: ContractRule = {
  id: 'single-stage-build-packages',
  severity: 'warning',
  description: 'Build-only system packages stay out of the final image only with a multi-stage build.',
  check: ({ contract, resolved }) =>
    resolved.image.stages === 'single' && resolved.image.systemPackages.build.length > 0
      ? [
          {
            path: contract.image?.stages ? ['image', 'stages'] : ['image', 'systemPackages', 'build'],
            message: 'build-only system packages with a single-stage build end up in the final image',
            hint: 'use stages: multi, or move them to systemPackages.runtime',
          },
        ]
      : [],
};
