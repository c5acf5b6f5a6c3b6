import type { ContractRule, RuleFinding } from './types.js';

export const healthStatus: ContractRule = {
  id: 'health-status',
  severity: 'error',
  description:
    'A healthy liveness answer is 2xx; an unready readiness answer is not 2xx (Docker and Kubernetes treat 2xx as success).',
  check: ({ resolved }) => {
    const out: RuleFinding[] = [];
    const { expectStatus, readinessUnavailableStatus } = resolved.app.health;
    if (expectStatus < 200 || expectStatus > 399)
      out.push({
        path: ['app', 'health', 'expectStatus'],
        message: `status ${expectStatus} counts as a failure for Docker and Kubernetes probes`,
        expected: '200-399',
        found: String(expectStatus),
      });
    if (readinessUnavailableStatus >= 200 && readinessUnavailableStatus <= 399)
      out.push({
        path: ['app', 'health', 'readinessUnavailableStatus'],
        message: `status ${readinessUnavailableStatus} counts as ready; an unready service answers 503`,
        expected: 'a status outside 200-399 (usually 503)',
        found: String(readinessUnavailableStatus),
      });
    return out;
  },
};
