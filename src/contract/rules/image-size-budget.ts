import { formatSize } from '../units.js';
import type { ContractRule } from './types.js';

// Uncompressed size of the official slim images (docker-library/repo-info, 2026; see
// /work/shared/reference/numbers.md). A budget below the base alone can never be met.
const slimBaseBytes: Record<string, number> = {
  '3.11': 124.84e6,
  '3.12': 119.2e6,
  '3.13': 126.25e6,
};

export const imageSizeBudget: ContractRule = {
  id: 'image-size-budget',
  severity: 'warning',
  description: 'An image size budget smaller than the python:*-slim base image alone can never be met.',
  check: ({ resolved }) => {
    const budget = resolved.budgets.imageSizeBytes;
    const m = /(?:^|\/)python:(3\.\d+)(?:\.\d+)?-slim/.exec(resolved.image.base);
    const base = m ? slimBaseBytes[m[1]] : undefined;
    return budget !== undefined && base !== undefined && budget < base
      ? [
          {
            path: ['budgets', 'imageSize'],
            message: `${resolved.image.base} alone is about ${formatSize(base)}, more than the ${formatSize(budget)} budget`,
            expected: `more than ${formatSize(base)}`,
            found: formatSize(budget),
          },
        ]
      : [];
  },
};
