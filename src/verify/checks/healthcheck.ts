import { formatDuration } from '../../contract/units.js';
import type { ContainerState, Engine } from '../engine/engine.js';
import { waitFor } from '../net.js';
import { notReadyEvidence, startService, startupLimit, waitForLiveness } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

const INTERVAL_MS = 1000;
const TIMED_OUT = /exceeded timeout|timed out/i;

function lastOutput(state: ContainerState): string {
  const log = state.health?.log ?? [];
  return (log[log.length - 1]?.output ?? '').trim().split('\n')[0].slice(0, 120);
}

/**
 * Plays the engine's health scheduler when it has none running: Podman hands HEALTHCHECK runs to
 * systemd timers, which never fire without systemd, so the status would stay "starting" forever.
 * Each interval with no fresh entry in the health log gets one run through the engine (the same
 * `podman healthcheck run` the timer calls, so retries and status are Podman's own). On Docker
 * the engine says no and nothing is triggered. stop() returns how many runs were triggered.
 */
function scheduleIfIdle(engine: Engine, id: string, state: () => Promise<ContainerState>) {
  let triggered = 0;
  let stopped = false;
  const loop = (async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 2 * INTERVAL_MS));
      if (stopped) return;
      const log = (await state().catch(() => undefined))?.health?.log ?? [];
      const last = Date.parse(log[log.length - 1]?.start ?? '');
      if (Number.isFinite(last) && Date.now() - last < 2 * INTERVAL_MS) continue;
      const ran = await engine.triggerHealthcheck(id).catch(() => true);
      if (!ran || stopped) return;
      triggered++;
    }
  })();
  return {
    async stop(): Promise<number> {
      stopped = true;
      await loop;
      return triggered;
    },
  };
}

/**
 * Runs the image's own HEALTHCHECK command with a short interval. The start period covers the
 * whole startup budget, so failures only count once the service answers our own probe.
 */
export const healthcheck: Check = {
  id: 'healthcheck',
  title: "Docker's HEALTHCHECK reaches healthy",
  needs: ['image', 'running service'],
  async run(ctx) {
    const hc = ctx.image.inspect.healthcheck;
    if (!hc || hc.test[0] === 'NONE')
      return skip('the image has no HEALTHCHECK (the config check reports it)');
    const timeoutMs = Math.min(
      ((hc.timeoutNs ?? 3e9) / 1e6) * ctx.timeScale,
      waitMs(ctx, 'healthcheckTimeout'),
    );
    const retries = hc.retries || 3;
    const svc = await startService(ctx, {
      healthcheck: { intervalMs: INTERVAL_MS, timeoutMs, startPeriodMs: startupLimit(ctx), retries },
    });
    const scheduler = scheduleIfIdle(ctx.engine, svc.id, svc.state);
    try {
      const expected = 'health status healthy';
      const ready = await waitForLiveness(ctx, svc);
      if (!ready.ok)
        return fail(expected, `never started: ${ready.problem}`, await notReadyEvidence(svc, ready));
      // Healthy on the first passing probe. Once the service answers, `retries` failed probes in a
      // row settle it: the command itself is broken (curl missing, wrong port or path).
      const answeredAt = Date.now();
      const grace = Math.max((retries + 1) * (INTERVAL_MS + timeoutMs), waitMs(ctx, 'healthcheckGrace'));
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
        { timeoutMs: grace, intervalMs: 200, signal: ctx.signal },
      );
      const state = r.value ?? (await svc.state());
      const log = (state.health?.log ?? []).map(
        (l) => `exit ${l.exitCode}: ${l.output.trim().slice(0, 300)}`,
      );
      const command = hc.test.slice(1).join(' ');
      const triggered = await scheduler.stop();
      const how = triggered
        ? [
            `the engine ran no HEALTHCHECK on its own (Podman schedules them with systemd timers, and there is no systemd here): dockspec triggered ${triggered} run(s) through Podman's healthcheck-run API, as the timer would`,
          ]
        : [];
      if (state.health?.status === 'healthy') {
        return pass(expected, `healthy ${formatDuration(Date.now() - svc.startedAt)} after start`, [
          `HEALTHCHECK ${command}`,
          ...how,
        ]);
      }
      return fail(
        expected,
        `${state.health?.status ?? 'no health status'}: the HEALTHCHECK command failed ${retries} times in a row while ${ctx.contract.app.health.liveness} answered${lastOutput(state) ? ` (${lastOutput(state)})` : ''}`,
        [`HEALTHCHECK ${command}`, ...how, ...log],
      );
    } finally {
      await scheduler.stop();
      await svc.remove();
    }
  },
};
