import { type Fact, fact } from './fact.js';
import type { Hints } from './hint-list.js';
import type { Route } from './python/routes.js';

export interface HealthFacts {
  liveness?: Fact<string>;
  readiness?: Fact<string>;
  /** Readiness routes alike by the stated rule (the same length, no probe naming one): not chosen. */
  readinessTied?: Fact<string>[];
  /** Every route that could be the liveness or readiness path, best first. */
  candidates?: { liveness: Fact<string>[]; readiness: Fact<string>[] };
  aliases: Fact<string>[];
  expectBody?: Fact<Record<string, unknown>>;
  readinessUnavailableStatus?: Fact<number>;
}

const LIVENESS_NAMES = [
  'health',
  'healthz',
  'healthcheck',
  'health-check',
  '_health',
  'livez',
  'liveness',
  'live',
  'ping',
  'heartbeat',
  'status',
];
const LIVENESS = new RegExp(`^(?:/api)?(?:/v\\d+)?(?:/health)?/(${LIVENESS_NAMES.join('|')})/?$`);
/** A health-named last segment under any prefix (`/api/v1/utils/health-check/`): a weaker candidate. */
const LIVENESS_ANYWHERE = new RegExp(`/(${LIVENESS_NAMES.join('|')})/?$`);
/** Readiness by its last segment, under any prefix (`/ready`, `/ops/health/readyz`). */
export const READINESS = /\/(ready|readyz|readiness)\/?$/;

/**
 * Liveness and readiness among the GET routes: health-named paths, best name first, the one a
 * deployment's probe already uses preferred; paths with the same name become aliases.
 */
export function chooseHealth(routes: Route[], hints: Hints): HealthFacts {
  const health: HealthFacts = { aliases: [] };
  const routeFact = (r: Route) => fact(r.path, r.file, r.line, r.via.length ? r.via.join('; ') : undefined);
  const rank = (p: string) =>
    (LIVENESS.test(p) ? 0 : 1000) +
    LIVENESS_NAMES.indexOf(LIVENESS_ANYWHERE.exec(p)?.[1] ?? '') * 10 +
    p.length / 100;
  const live = routes
    .filter((r) => LIVENESS_ANYWHERE.test(r.path) && !READINESS.test(r.path))
    .sort((a, b) => rank(a.path) - rank(b.path));
  // The shortest readiness path first: `/ready` before `/internal/debug/ready`.
  const ready = routes.filter((r) => READINESS.test(r.path)).sort((a, b) => a.path.length - b.path.length);
  // A probe the deployment files already use wins when the code serves it.
  const hinted = hints.liveness.find((h) => live.some((r) => r.path === h.value));
  const liveness = hinted ? live.find((r) => r.path === hinted.value) : live[0];
  if (liveness) {
    health.liveness = routeFact(liveness);
    if (liveness.body)
      health.expectBody = fact(liveness.body, liveness.file, liveness.line, 'handler returns it');
    const name = LIVENESS.exec(liveness.path)?.[1];
    const seen = new Set([liveness.path]);
    for (const r of live) {
      if (seen.has(r.path) || LIVENESS.exec(r.path)?.[1] !== name) continue;
      seen.add(r.path);
      health.aliases.push(routeFact(r));
    }
  } else if (hints.liveness[0]) health.liveness = hints.liveness[0];
  health.candidates = { liveness: live.map(routeFact), readiness: ready.map(routeFact) };
  const hintedReady = ready.find((r) => hints.readiness.some((h) => h.value === r.path));
  // Two readiness paths of the same length under different prefixes (/api/ready, /ops/ready) and no
  // probe naming one: the rule cannot decide, and neither is written as detected.
  const tied = ready.filter((r) => r.path.length === ready[0]?.path.length);
  if (!hintedReady && new Set(tied.map((r) => r.path)).size > 1) {
    health.readinessTied = tied.map(routeFact);
    return health;
  }
  const readiness = hintedReady ?? ready[0];
  if (readiness) {
    health.readiness = routeFact(readiness);
    if (readiness.mentions503)
      health.readinessUnavailableStatus = fact(503, readiness.file, readiness.line, 'handler answers 503');
  } else if (hints.readiness[0]) health.readiness = hints.readiness[0];
  return health;
}
