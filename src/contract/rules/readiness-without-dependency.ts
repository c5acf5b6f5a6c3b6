import type { ContractRule } from './types.js';

export const readinessWithoutDependency: ContractRule = {
  id: 'readiness-without-dependency',
  severity: 'warning',
  description:
    'A readiness path reports whether dependencies answer; with no dependency declared it cannot be verified to go unready.',
  check: ({ contract, resolved }) =>
    contract.app?.health?.readiness !== undefined && !resolved.dependencies.some((d) => d.readiness)
      ? [
          {
            path: ['app', 'health', 'readiness'],
            message: 'a readiness path is set but no dependency that readiness depends on is declared',
            expected: 'a dependency with readiness: true',
            found: 'none',
            hint: 'list the dependency under `dependencies` (e.g. `- name: postgres`), or drop the readiness path',
          },
        ]
      : [],
};
