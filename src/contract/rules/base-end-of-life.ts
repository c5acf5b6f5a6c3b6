import { parseImageRef, shortImageName } from '../../dockerfile/image-ref.js';
import {
  endOfLifeDate,
  findRelease,
  type ImageRelease,
  imageReleases,
  isEndOfLife,
  pythonReleases,
  runDate,
} from '../../knowledge/releases.js';
import type { ContractRule } from './types.js';

const day = (r: ImageRelease) => endOfLifeDate(r.release).toISOString().slice(0, 10);

export const baseEndOfLife: ContractRule = {
  id: 'base-end-of-life',
  severity: 'warning',
  description:
    'image.python and the base image name releases that still get security fixes (compared with the date of the run).',
  check: ({ contract, resolved }) => {
    const today = runDate();
    const ref = parseImageRef(resolved.image.base);
    const found = [...imageReleases(shortImageName(ref), ref.tag ?? '')];
    const python = findRelease(pythonReleases, resolved.image.python);
    if (python && !found.some((r) => r.release === python))
      found.unshift({ label: `Python ${python.version}`, release: python });
    const ended = found.filter((r) => isEndOfLife(r.release, today));
    if (ended.length === 0) return [];
    const supported = pythonReleases.find((r) => !isEndOfLife(r, today));
    return [
      {
        path: contract.image?.python !== undefined ? ['image', 'python'] : ['image', 'base'],
        message: `security support ended ${ended.map((r) => `for ${r.label} on ${day(r)}`).join(' and ')}`,
        hint: `choose a supported release${supported ? ` (Python ${supported.version} or later)` : ''}; the dates are in src/knowledge/releases.ts`,
      },
    ];
  },
};
