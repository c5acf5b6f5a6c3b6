import {
  describeEnded,
  findRelease,
  imageRelease,
  isEndOfLife,
  pythonReleases,
  releasesOfImage,
  runDate,
} from '../../knowledge/releases.js';
import type { ContractRule } from './types.js';

export const baseEndOfLife: ContractRule = {
  id: 'base-end-of-life',
  severity: 'warning',
  description:
    'image.python and the base image name releases that still get security fixes (compared with the date of the run).',
  check: ({ contract, resolved }) => {
    const today = runDate();
    const found = [...releasesOfImage(resolved.image.base)];
    const python = findRelease(pythonReleases, resolved.image.python);
    if (python && !found.some((r) => r.release === python)) found.unshift(imageRelease('Python', python));
    const ended = found.filter((r) => isEndOfLife(r.release, today));
    if (ended.length === 0) return [];
    const supported = pythonReleases.find((r) => !isEndOfLife(r, today));
    return [
      {
        path: contract.image?.python !== undefined ? ['image', 'python'] : ['image', 'base'],
        message: `security support ended ${describeEnded(ended)}`,
        hint: `choose a supported release${supported ? ` (Python ${supported.version} or later)` : ''}; the dates are in src/knowledge/releases.ts`,
      },
    ];
  },
};
