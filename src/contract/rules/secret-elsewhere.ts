import type { ContractRule, RuleFinding } from './types.js';

const nameOf = (v: string | { name: string }) => (typeof v === 'string' ? v : v.name);

export const secretElsewhere: ContractRule = {
  id: 'secret-elsewhere',
  severity: 'error',
  description:
    'A secret is passed at run time only: listing it as a variable with a default, a build-time variable or a build argument would bake it into the image.',
  check: ({ contract }) => {
    const secrets = new Set((contract.env?.secrets ?? []).map(nameOf));
    const out: RuleFinding[] = [];
    (contract.env?.variables ?? []).forEach((v, i) => {
      if (secrets.has(nameOf(v)))
        out.push({
          path: ['env', 'variables', i],
          message: `"${nameOf(v)}" is a secret and also a variable`,
          expected: 'a secret listed under env.secrets only',
          found: `env.variables[${i}] ${nameOf(v)}`,
          hint: 'keep it under env.secrets only',
        });
    });
    (contract.env?.build ?? []).forEach((v, i) => {
      if (secrets.has(nameOf(v)))
        out.push({
          path: ['env', 'build', i],
          message: `secret "${nameOf(v)}" is also a build-time variable; build arguments stay in the image history`,
          expected: 'a secret passed at run time only',
          found: `env.build[${i}] ${nameOf(v)}`,
          hint: 'pass it at run time only (or with `RUN --mount=type=secret` if the build needs it)',
        });
    });
    for (const key of Object.keys(contract.image?.buildArgs ?? {}))
      if (secrets.has(key))
        out.push({
          path: ['image', 'buildArgs', key],
          message: `secret "${key}" is also a build argument; build arguments stay in the image history`,
          expected: 'a secret passed at run time only',
          found: `image.buildArgs.${key}`,
          hint: 'pass it at run time only (or with `RUN --mount=type=secret` if the build needs it)',
        });
    return out;
  },
};
