import type { ContractRule, RuleFinding } from './types.js';

/** Variables whose defaults restate a field of the contract. */
const mirrors: {
  name: string;
  field: PropertyKey[];
  value: (r: Parameters<ContractRule['check']>[0]) => number;
}[] = [
  { name: 'PORT', field: ['app', 'port'], value: ({ resolved }) => resolved.app.port },
  { name: 'WORKERS', field: ['app', 'workers'], value: ({ resolved }) => resolved.app.workers },
];

export const envDefaultsMatch: ContractRule = {
  id: 'env-defaults-match',
  severity: 'warning',
  description: 'A PORT or WORKERS variable defaults to the same value as app.port or app.workers.',
  check: (context) => {
    const out: RuleFinding[] = [];
    (context.contract.env?.variables ?? []).forEach((v, i) => {
      if (typeof v === 'string' || v.default === undefined) return;
      const mirror = mirrors.find((m) => m.name === v.name);
      if (!mirror) return;
      const expected = mirror.value(context);
      if (String(v.default) !== String(expected))
        out.push({
          path: ['env', 'variables', i, 'default'],
          message: `${v.name} defaults to ${v.default} but ${mirror.field.join('.')} is ${expected}`,
          expected: String(expected),
          found: String(v.default),
        });
    });
    return out;
  },
};
