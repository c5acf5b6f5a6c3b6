import type { ContractRule } from './types.js';

export const hfUid: ContractRule = {
  id: 'hf-uid',
  severity: 'error',
  description: 'Hugging Face Spaces run the container as UID 1000, whatever the image says.',
  check: ({ contract, resolved }) =>
    contract.target === 'huggingface-space' && resolved.image.user.uid !== 1000
      ? [
          {
            path: ['image', 'user', 'uid'],
            message: 'Hugging Face Spaces run the container as UID 1000',
            expected: '1000',
            found: String(resolved.image.user.uid),
            hint: 'set image.user.uid to 1000 (or remove it to take the preset)',
          },
        ]
      : [],
};
