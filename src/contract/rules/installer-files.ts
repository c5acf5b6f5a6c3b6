import type { ContractRule } from './types.js';

const needs: Record<string, string[]> = { uv: ['pyproject.toml', 'uv.lock'], poetry: ['pyproject.toml'] };

export const installerFiles: ContractRule = {
  id: 'installer-files',
  severity: 'warning',
  description:
    'The installer needs its own dependency files (uv: pyproject.toml and uv.lock; poetry: pyproject.toml).',
  check: ({ contract, resolved }) => {
    const files = contract.image?.dependencyFiles;
    if (!files) return [];
    const names = files.map((f) => f.split('/').at(-1));
    const missing = (needs[resolved.image.installer] ?? []).filter((n) => !names.includes(n));
    if (
      resolved.image.installer === 'pip' &&
      !names.some((n) => /requirements.*\.txt$|pyproject\.toml$|setup\.py$/.test(n ?? ''))
    )
      missing.push('requirements.txt or pyproject.toml');
    return missing.length > 0
      ? [
          {
            path: ['image', 'dependencyFiles'],
            message: `installer ${resolved.image.installer} needs ${missing.join(' and ')} in dependencyFiles`,
          },
        ]
      : [];
  },
};
