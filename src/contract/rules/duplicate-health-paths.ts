import type { ContractRule, RuleFinding } from './types.js';

export const duplicateHealthPaths: ContractRule = {
  id: 'duplicate-health-paths',
  severity: 'warning',
  description: 'Health aliases differ from the liveness path and from each other.',
  check: ({ resolved }) => {
    const { liveness, aliases } = resolved.app.health;
    const seen = new Set([liveness]);
    const out: RuleFinding[] = [];
    aliases.forEach((a, i) => {
      if (seen.has(a))
        out.push({ path: ['app', 'health', 'aliases', i], message: `"${a}" is listed already` });
      seen.add(a);
    });
    return out;
  },
};
