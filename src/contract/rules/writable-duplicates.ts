import { expandHome } from '../resolve.js';
import type { ContractRule, RuleFinding } from './types.js';

export const writableDuplicates: ContractRule = {
  id: 'writable-duplicates',
  severity: 'warning',
  description: 'Each writable path is listed once ($HOME and ~ count as the user home).',
  check: ({ contract, resolved }) => {
    const seen = new Map<string, number>();
    const out: RuleFinding[] = [];
    (contract.writablePaths ?? []).forEach((p, i) => {
      const key = expandHome(p, resolved.image.user.home)!.replace(/\/+$/, '') || '/';
      const first = seen.get(key);
      if (first !== undefined)
        out.push({ path: ['writablePaths', i], message: `"${p}" repeats writablePaths[${first}]` });
      else seen.set(key, i);
    });
    return out;
  },
};
