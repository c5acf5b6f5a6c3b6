import type { ContractRule } from './types.js';

export const corsCredentialsWildcard: ContractRule = {
  id: 'cors-credentials-wildcard',
  severity: 'error',
  description: 'Browsers refuse credentialed requests to `Access-Control-Allow-Origin: *`.',
  check: ({ contract }) => {
    const origins = contract.cors?.origins ?? [];
    const i = origins.indexOf('*');
    return contract.cors?.credentials === true && i >= 0
      ? [
          {
            path: ['cors', 'origins', i],
            message: 'origin "*" cannot be combined with credentials: true',
            expected: 'exact origins when credentials are allowed',
            found: '"*"',
            hint: 'list the exact origins (or an originRegex) that may send credentials',
          },
        ]
      : [];
  },
};
