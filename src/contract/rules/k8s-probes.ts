import type { ContractRule } from './types.js';

export const k8sProbes: ContractRule = {
  id: 'k8s-probes',
  severity: 'warning',
  description:
    'Kubernetes restarts a container whose liveness probe fails; sharing the path with readiness restarts it whenever a dependency is down.',
  check: ({ contract, resolved }) => {
    const { liveness, readiness } = resolved.app.health;
    if (contract.target !== 'kubernetes' || liveness !== readiness) return [];
    return [
      {
        path: ['app', 'health', 'readiness'],
        message:
          'liveness and readiness use the same path; Kubernetes would restart the pod when a dependency is down',
        expected: 'a readiness path other than the liveness path (e.g. /health/ready)',
        found: `"${readiness}"`,
      },
    ];
  },
};
