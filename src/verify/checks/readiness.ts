import { request, waitFor } from '../net.js';
import { notReadyEvidence, startReady } from '../service.js';
import { type Check, type CheckContext, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

/** An address nothing listens on: the dependency is down. */
export const UNREACHABLE_POSTGRES = 'postgresql://dockspec:dockspec@127.0.0.1:9/dockspec';

export function unreachableEnv(ctx: Pick<CheckContext, 'contract'>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const d of ctx.contract.dependencies) {
    if (!d.readiness || !d.env) continue;
    env[d.env] =
      d.kind === 'postgres'
        ? UNREACHABLE_POSTGRES
        : d.kind === 'redis'
          ? 'redis://127.0.0.1:9/0'
          : d.kind === 'mysql'
            ? 'mysql://dockspec:dockspec@127.0.0.1:9/dockspec'
            : 'http://127.0.0.1:9';
  }
  return env;
}

export const readiness: Check = {
  id: 'readiness',
  title: 'Readiness follows the dependencies; liveness does not',
  needs: ['image', 'running service'],
  async run(ctx) {
    const h = ctx.contract.app.health;
    if (!h.readiness) return skip('the contract declares no readiness path');
    const deps = ctx.contract.dependencies.filter((d) => d.readiness && d.env);
    if (deps.length === 0) {
      const { svc, ready } = await ctx.shared();
      if (!ready.ok) return skip('the service never became ready (see startup)');
      const res = await request(svc.port, h.readiness, { timeoutMs: waitMs(ctx, 'request') });
      const expected = `${h.readiness} answers 2xx (no dependencies declared)`;
      return res.status >= 200 && res.status < 300
        ? pass(expected, `${res.status}`)
        : fail(expected, `${h.readiness} answered ${res.status}`, [res.body.slice(0, 300)]);
    }
    const names = deps.map((d) => d.name).join(', ');
    const expected = `with ${names} down: ${h.readiness} ${h.readinessUnavailableStatus}, ${h.liveness} 2xx; with ${names} up: ${h.readiness} 2xx`;
    const evidence: string[] = [];
    const down = await startReady(ctx, { env: unreachableEnv(ctx) });
    try {
      if (!down.ready.ok) {
        return fail(
          expected,
          `with ${names} down, liveness never answered: ${down.ready.problem}`,
          await notReadyEvidence(down.svc, down.ready),
        );
      }
      // The service may need a moment to notice; wait (bounded) for the unavailable answer.
      let last = 0;
      const r = await waitFor(
        async () => {
          const res = await request(down.svc.port, h.readiness!, { timeoutMs: waitMs(ctx, 'request') });
          last = res.status;
          evidence.push(`${names} down: GET ${h.readiness} → ${res.status} ${res.body.slice(0, 120)}`);
          return res.status === h.readinessUnavailableStatus ? res : undefined;
        },
        { timeoutMs: waitMs(ctx, 'readinessDown'), intervalMs: 250, signal: ctx.signal },
      );
      if (!r.value) {
        return fail(
          expected,
          `with ${names} unreachable, ${h.readiness} answered ${last}, not ${h.readinessUnavailableStatus}`,
          evidence.slice(-3),
        );
      }
    } finally {
      await down.svc.remove();
    }
    if (!ctx.postgresUrl || deps.some((d) => d.kind !== 'postgres')) {
      evidence.push('no reachable dependency provided (DOCKSPEC_POSTGRES_URL): the "up" half was not run');
      return pass(
        expected,
        `${h.readiness} ${h.readinessUnavailableStatus} while ${names} down; up half not run`,
        evidence.slice(-3),
      );
    }
    const upEnv = Object.fromEntries(deps.map((d) => [d.env!, ctx.postgresUrl!]));
    const up = await startReady(ctx, { env: upEnv });
    try {
      if (!up.ready.ok)
        return fail(
          expected,
          `with ${names} up, liveness never answered`,
          await notReadyEvidence(up.svc, up.ready),
        );
      let last = 0;
      const r = await waitFor(
        async () => {
          const res = await request(up.svc.port, h.readiness!, { timeoutMs: waitMs(ctx, 'request') });
          last = res.status;
          return res.status >= 200 && res.status < 300 ? res : undefined;
        },
        { timeoutMs: waitMs(ctx, 'readinessUp'), intervalMs: 250, signal: ctx.signal },
      );
      if (!r.value)
        return fail(
          expected,
          `with ${names} reachable, ${h.readiness} answered ${last}`,
          await notReadyEvidence(up.svc, up.ready),
        );
      return pass(
        expected,
        `${h.readinessUnavailableStatus} while down, ${r.value.status} once ${names} is up`,
        evidence.slice(-1),
      );
    } finally {
      await up.svc.remove();
    }
  },
};
