import type { ContractRule, RuleFinding } from './types.js';

const ports: Record<string, number> = { postgres: 5432, mysql: 3306, redis: 6379 };

export const hfDependencyEgress: ContractRule = {
  id: 'hf-dependency-egress',
  severity: 'warning',
  description: 'Hugging Face Spaces allow outbound connections only on ports 80, 443 and 8080.',
  check: ({ contract, resolved }) => {
    if (contract.target !== 'huggingface-space') return [];
    const out: RuleFinding[] = [];
    resolved.dependencies.forEach((d, i) => {
      const port = ports[d.kind];
      if (port)
        out.push({
          path: ['dependencies', i],
          message: `a Space reaches the outside only on ports 80, 443 and 8080; ${d.kind} usually listens on ${port}`,
          hint: 'use a provider that offers HTTPS/443 access (e.g. a serverless driver), or another target',
        });
    });
    return out;
  },
};
