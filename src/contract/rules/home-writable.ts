import type { ContractRule } from './types.js';

// docker init creates its user with --home /nonexistent; libraries that cache under ~/.cache
// (transformers, huggingface_hub, matplotlib) then fail with "Permission denied".
const unusable = new Set(['/nonexistent', '/dev/null', '/']);

export const homeWritable: ContractRule = {
  id: 'home-writable',
  severity: 'warning',
  description: 'The user needs a real home directory: Python libraries cache under ~/.cache.',
  check: ({ contract, resolved }) => {
    const home = resolved.image.user.home;
    if (!unusable.has(home)) return [];
    return [
      {
        path: ['image', 'user', 'home'],
        message: `home ${home} cannot hold ~/.cache; libraries that cache there fail with "Permission denied"`,
        hint: `use /home/${resolved.image.user.name}${contract.target === 'huggingface-space' ? ' (Hugging Face needs a writable $HOME)' : ''}`,
      },
    ];
  },
};
