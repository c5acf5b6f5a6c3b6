import { formatDuration } from '../units.js';
import type { ContractRule } from './types.js';

export const healthLatencyTimeout: ContractRule = {
  id: 'health-latency-timeout',
  severity: 'warning',
  description:
    'A health latency budget above the HEALTHCHECK timeout allows answers the health check already counts as failures.',
  check: ({ resolved }) => {
    const latency = resolved.budgets.healthLatencyMs;
    const { timeoutMs } = resolved.healthcheck;
    return latency !== undefined && latency > timeoutMs
      ? [
          {
            path: ['budgets', 'healthLatency'],
            message: `the health latency budget (${formatDuration(latency)}) exceeds healthcheck.timeout (${formatDuration(timeoutMs)})`,
            expected: `at most ${formatDuration(timeoutMs)}`,
            found: formatDuration(latency),
          },
        ]
      : [];
  },
};
