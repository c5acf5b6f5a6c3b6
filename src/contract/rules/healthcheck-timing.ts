import { formatDuration } from '../units.js';
import type { ContractRule } from './types.js';

export const healthcheckTiming: ContractRule = {
  id: 'healthcheck-timing',
  severity: 'warning',
  description: 'A health check that may take as long as the interval between checks piles up probes.',
  check: ({ resolved }) => {
    const { timeoutMs, intervalMs } = resolved.healthcheck;
    return timeoutMs >= intervalMs
      ? [
          {
            path: ['healthcheck', 'timeout'],
            message: `the timeout (${formatDuration(timeoutMs)}) is not shorter than the interval (${formatDuration(intervalMs)})`,
            expected: `less than ${formatDuration(intervalMs)}`,
            found: formatDuration(timeoutMs),
          },
        ]
      : [];
  },
};
