import { formatDuration } from '../../contract/units.js';
import type { ContainerState } from '../engine/engine.js';
import { waitFor } from '../net.js';
import { notReadyEvidence, startService, startupLimit, waitForHttp } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';

const INTERVAL_MS = 1000;
const TIMED_OUT = /exceeded timeout|timed out/i;

function lastOutput(state: ContainerState): string {
  const log = state.health?.log ?? [];
  return (log[log.length - 1]?.output ?? '').trim().split('\n')[0].slice(0, 120);
}

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
    const timeoutMs = Math.min((hc.timeoutNs ?? 3e9) / 1e6, 5000) * ctx.timeScale;
    const retries = hc.retries || 3;
    const svc = await startService(ctx, {
      healthcheck: { intervalMs: INTERVAL_MS, timeoutMs, startPeriodMs: startupLimit(ctx), retries },
    });
    try {
      const expected = 'health status healthy';
      const ready = await waitForHttp(svc, ctx.contract.app.health.liveness, startupLimit(ctx));
      if (!ready.ok)
        return fail(expected, `never started: ${ready.problem}`, await notReadyEvidence(svc, ready));
      // Healthy on the first passing probe. Once the service answers, `retries` failed probes in a
      // row settle it: the command itself is broken (curl missing, wrong port or path).
      const answeredAt = Date.now();
      const grace = Math.max((retries + 1) * (INTERVAL_MS + timeoutMs), 20_000 * ctx.timeScale);
      const r = await waitFor(
        async () => {
          const s = await svc.state();
          if (s.health?.status === 'healthy' || s.health?.status === 'unhealthy') return s;
          // Probes that ran out of time prove little on a busy machine; only real failures settle it.
          const after = (s.health?.log ?? []).filter((l) => Date.parse(l.start) >= answeredAt);
          const streak = after.slice(-retries);
          const settled =
            streak.length >= retries && streak.every((l) => l.exitCode !== 0 && !TIMED_OUT.test(l.output));
          return settled ? s : undefined;
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
        `${state.health?.status ?? 'no health status'}: the HEALTHCHECK command failed ${retries} times in a row while ${ctx.contract.app.health.liveness} answered${lastOutput(state) ? ` (${lastOutput(state)})` : ''}`,
        [`HEALTHCHECK ${command}`, ...log],
      );
    } finally {
      await svc.remove();
    }
  },
};
