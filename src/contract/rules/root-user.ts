import type { ContractRule } from './types.js';

export const rootUser: ContractRule = {
  id: 'root-user',
  severity: 'error',
  description: 'The container must not run as root (UID 0 or the user name root).',
  check: ({ contract, resolved }) => {
    const { uid, name } = resolved.image.user;
    if (uid === 0)
      return [
        {
          path: ['image', 'user', 'uid'],
          message: 'UID 0 is root; the container must run as a non-root user',
          expected: 'a UID other than 0 (e.g. 1000)',
          found: '0',
        },
      ];
    if (name === 'root' && contract.image?.user?.name === 'root')
      return [
        {
          path: ['image', 'user', 'name'],
          message: 'the user "root" is root; the container must run as a non-root user',
          expected: 'a non-root user name (e.g. appuser)',
          found: '"root"',
        },
      ];
    return [];
  },
};
