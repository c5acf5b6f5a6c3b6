import { formatDuration } from '../units.js';
import type { ContractRule } from './types.js';

export const startupBudget: ContractRule = {
  id: 'startup-budget',
  severity: 'warning',
  description:
    'A startup budget shorter than the health check start period asks the service to be healthy before Docker starts counting.',
  check: ({ resolved }) => {
    const startup = resolved.budgets.startupMs;
    const { startPeriodMs } = resolved.healthcheck;
    return startup !== undefined && startup < startPeriodMs
      ? [
          {
            path: ['budgets', 'startup'],
            message: `the startup budget (${formatDuration(startup)}) is shorter than healthcheck.startPeriod (${formatDuration(startPeriodMs)})`,
            expected: `at least ${formatDuration(startPeriodMs)}`,
            found: formatDuration(startup),
            hint: 'shorten healthcheck.startPeriod to the startup budget, or raise the budget',
          },
        ]
      : [];
  },
};
