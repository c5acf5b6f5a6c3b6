import { formatDuration } from '../../contract/units.js';
import { waitFor } from '../net.js';
import { notReadyEvidence, startService, startupLimit, waitForHttp } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';

const INTERVAL_MS = 1000;

/**
 * Runs the image's own HEALTHCHECK command with a short interval. The start period covers the
 * whole startup budget, so failures only count once the service answers our own probe.
 */
export const healthcheck: Check = {
  id: 'healthcheck',
  title: "Docker's HEALTHCHECK reaches healthy",
  runtime: true,
  async run(ctx) {
    const hc = ctx.image.inspect.healthcheck;
    if (!hc || hc.test[0] === 'NONE')
      return skip('the image has no HEALTHCHECK (the config check reports it)');
    const timeoutMs = Math.min((hc.timeoutNs ?? 3e9) / 1e6, 5000);
    const retries = hc.retries || 3;
    const svc = await startService(ctx, {
      healthcheck: { intervalMs: INTERVAL_MS, timeoutMs, startPeriodMs: startupLimit(ctx), retries },
    });
    try {
      const expected = 'health status healthy';
      const ready = await waitForHttp(svc, ctx.contract.app.health.liveness, startupLimit(ctx));
      if (!ready.ok)
        return fail(expected, `never started: ${ready.problem}`, await notReadyEvidence(svc, ready));
      // Healthy on the first passing probe; allow a few probes once the service answers.
      const grace = (retries + 1) * (INTERVAL_MS + timeoutMs);
      const r = await waitFor(
        async () => {
          const s = await svc.state();
          return s.health?.status === 'healthy' || s.health?.status === 'unhealthy' ? s : undefined;
        },
        { timeoutMs: grace, intervalMs: 200 },
      );
      const state = r.value ?? (await svc.state());
      const log = (state.health?.log ?? []).map(
        (l) => `exit ${l.exitCode}: ${l.output.trim().slice(0, 300)}`,
      );
      const command = hc.test.slice(1).join(' ');
      if (state.health?.status === 'healthy') {
        return pass(expected, `healthy ${formatDuration(Date.now() - svc.startedAt)} after start`, [
          `HEALTHCHECK ${command}`,
        ]);
      }
      return fail(
        expected,
        `still ${state.health?.status ?? 'without health'} ${formatDuration(grace)} after the service answered ${ctx.contract.app.health.liveness}: the HEALTHCHECK command fails`,
        [`HEALTHCHECK ${command}`, ...log],
      );
    } finally {
      await svc.remove();
    }
  },
};
