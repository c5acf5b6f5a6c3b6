import type { ContractRule } from './types.js';

export const dependencyWithoutReadiness: ContractRule = {
  id: 'dependency-without-readiness',
  severity: 'warning',
  description:
    'A dependency that readiness depends on needs a readiness path that answers 503 while it is down.',
  check: ({ resolved }) => {
    const i = resolved.dependencies.findIndex((d) => d.readiness);
    return i >= 0 && resolved.app.health.readiness === undefined
      ? [
          {
            path: ['dependencies', i],
            message: `readiness depends on "${resolved.dependencies[i].name}" but app.health.readiness is not set`,
            hint: 'add app.health.readiness (e.g. /health/ready), or set readiness: false on the dependency',
          },
        ]
      : [];
  },
};
