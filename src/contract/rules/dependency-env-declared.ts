import type { ContractRule, RuleFinding } from './types.js';

const nameOf = (v: string | { name: string }) => (typeof v === 'string' ? v : v.name);

export const dependencyEnvDeclared: ContractRule = {
  id: 'dependency-env-declared',
  severity: 'warning',
  description:
    'The variable through which the service reaches a dependency (DATABASE_URL) is declared under env, so deploy files and verify pass it.',
  check: ({ contract, resolved }) => {
    const env = contract.env ?? {};
    const declared = new Set([...(env.secrets ?? []), ...(env.variables ?? [])].map(nameOf));
    const out: RuleFinding[] = [];
    resolved.dependencies.forEach((d, i) => {
      if (d.env && !declared.has(d.env))
        out.push({
          path: contract.dependencies?.[i]?.env ? ['dependencies', i, 'env'] : ['dependencies', i],
          message: `"${d.name}" is reached through ${d.env}, which env.secrets and env.variables do not declare`,
          hint: `add ${d.env} to env.secrets (connection strings carry passwords)`,
        });
    });
    return out;
  },
};
