import type { ContractRule } from './types.js';

export const corsOriginRegex: ContractRule = {
  id: 'cors-origin-regex',
  severity: 'error',
  description: 'originRegex must be a valid regular expression.',
  check: ({ contract }) => {
    const source = contract.cors?.originRegex;
    if (source === undefined) return [];
    try {
      new RegExp(source);
      return [];
    } catch (error) {
      return [
        {
          path: ['cors', 'originRegex'],
          message: `originRegex is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
          found: `"${source}"`,
        },
      ];
    }
  },
};
