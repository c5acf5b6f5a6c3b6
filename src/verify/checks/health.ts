import { formatDuration } from '../../contract/units.js';
import { request } from '../net.js';
import { notReadyEvidence } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

const SAMPLES = 50;

/** Whether a response body holds what the contract expects (a contained JSON object, or a substring). */
export function bodyMatches(body: string, expect: Record<string, unknown> | string | undefined): boolean {
  if (expect === undefined) return true;
  if (typeof expect === 'string') return body.includes(expect);
  try {
    return contains(JSON.parse(body), expect);
  } catch {
    return false;
  }
}

function contains(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => contains((actual as Record<string, unknown>)[k], v));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

export const health: Check = {
  id: 'health',
  title: 'Liveness answers the expected status and body; p95 latency within budget',
  needs: ['image', 'running service'],
  async run(ctx) {
    const { svc, ready } = await ctx.shared();
    if (!ready.ok)
      return {
        ...skip('the service never became ready (see startup)'),
        evidence: await notReadyEvidence(svc, ready),
      };
    const h = ctx.contract.app.health;
    const budget = ctx.contract.budgets.healthLatencyMs;
    const problems: string[] = [];
    const evidence: string[] = [];
    for (const p of [h.liveness, ...h.aliases]) {
      const res = await request(svc.port, p, { timeoutMs: waitMs(ctx, 'request') });
      evidence.push(`GET ${p} → ${res.status} ${res.body.slice(0, 200)}`);
      if (res.status !== h.expectStatus)
        problems.push(`GET ${p} answered ${res.status}, expected ${h.expectStatus}`);
      else if (!bodyMatches(res.body, h.expectBody)) {
        problems.push(`GET ${p} body ${res.body.slice(0, 120)} lacks ${JSON.stringify(h.expectBody)}`);
      }
    }
    const times: number[] = [];
    for (let n = 0; n < SAMPLES; n++)
      times.push((await request(svc.port, h.liveness, { timeoutMs: waitMs(ctx, 'request') })).ms);
    const latency = p95(times);
    if (budget !== undefined && latency > budget) {
      problems.push(`p95 latency ${formatDuration(latency)} > ${formatDuration(budget)}`);
    }
    const expected = `${h.expectStatus}${h.expectBody ? ` with ${JSON.stringify(h.expectBody)}` : ''}${budget !== undefined ? `, p95 ≤ ${formatDuration(budget)}` : ''}`;
    const actual = `${problems.length ? problems.join('; ') : `${h.expectStatus} as expected`}; p95 ${latency.toFixed(1)}ms over ${SAMPLES} requests`;
    return problems.length ? fail(expected, actual, evidence) : pass(expected, actual, evidence);
  },
};
