import { formatDuration } from '../../contract/units.js';
import { notReadyEvidence, startupLimit } from '../service.js';
import { type Check, fail, pass } from '../types.js';

export const startup: Check = {
  id: 'startup',
  title: 'Starts and answers liveness within the startup budget',
  needs: ['image', 'running service'],
  async run(ctx) {
    const { svc, ready } = await ctx.shared();
    const budget = ctx.contract.budgets.startupMs;
    const path = ctx.contract.app.health.liveness;
    const expected = `first 2xx on ${path} within ${formatDuration(budget ?? startupLimit(ctx))}`;
    if (!ready.ok)
      return fail(expected, ready.problem ?? 'never answered', await notReadyEvidence(svc, ready));
    const actual = `first 2xx after ${formatDuration(ready.elapsedMs)}`;
    if (budget !== undefined && ready.elapsedMs > budget) return fail(expected, actual);
    return pass(expected, actual);
  },
};
