import type { ContractRule, RuleFinding } from './types.js';

const nameOf = (v: string | { name: string }) => (typeof v === 'string' ? v : v.name);

export const duplicateEnv: ContractRule = {
  id: 'duplicate-env',
  severity: 'error',
  description: 'Each secret and variable is declared once.',
  check: ({ contract }) => {
    const out: RuleFinding[] = [];
    for (const list of ['secrets', 'variables', 'build'] as const) {
      const seen = new Set<string>();
      (contract.env?.[list] ?? []).forEach((v, i) => {
        const name = nameOf(v);
        if (seen.has(name))
          out.push({
            path: ['env', list, i],
            message: `"${name}" is listed twice in env.${list}`,
            expected: 'each name once',
            found: `"${name}" again`,
          });
        seen.add(name);
      });
    }
    return out;
  },
};
