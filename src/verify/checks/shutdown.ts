import { formatDuration } from '../../contract/units.js';
import { notReadyEvidence, startReady, tail } from '../service.js';
import { type Check, fail, pass } from '../types.js';
import { waitMs } from '../waits.js';

const DEFAULT_SHUTDOWN_MS = 10_000;

export const shutdown: Check = {
  id: 'shutdown',
  title: '`docker stop` ends it cleanly (0 or 143) within the shutdown budget',
  needs: ['image', 'running service'],
  async run(ctx) {
    const budget = ctx.contract.budgets.shutdownMs ?? DEFAULT_SHUTDOWN_MS;
    const expected = `exit 0 or 143 within ${formatDuration(budget)}, never 137`;
    const { svc, ready } = await startReady(ctx);
    try {
      if (!ready.ok)
        return fail(expected, `never started: ${ready.problem}`, await notReadyEvidence(svc, ready));
      const started = Date.now();
      await ctx.engine.stop(svc.id, Math.max(1, Math.ceil(budget / 1000)));
      const state = await ctx.engine.waitExit(svc.id, waitMs(ctx, 'exitAfterStop'));
      const took = Date.now() - started;
      const evidence = tail(await svc.logs(), 10);
      const actual = `exit ${state.exitCode} after ${formatDuration(took)}`;
      if (state.exitCode === 137) {
        return fail(expected, `${actual}: SIGTERM was ignored, the engine had to SIGKILL it`, evidence);
      }
      if (state.exitCode !== 0 && state.exitCode !== 143) return fail(expected, actual, evidence);
      if (took > budget) return fail(expected, actual, evidence);
      return pass(expected, actual, evidence);
    } finally {
      await svc.remove();
    }
  },
};
