import type { ContractRule } from './types.js';

export const portRange: ContractRule = {
  id: 'port-range',
  severity: 'error',
  description: 'A TCP port is between 1 and 65535.',
  check: ({ resolved }) => {
    const { port } = resolved.app;
    return port >= 1 && port <= 65535
      ? []
      : [
          {
            path: ['app', 'port'],
            message: `port ${port} is outside 1-65535`,
            expected: '1-65535',
            found: String(port),
          },
        ];
  },
};
