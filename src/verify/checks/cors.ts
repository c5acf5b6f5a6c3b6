import { request } from '../net.js';
import { notReadyEvidence } from '../service.js';
import { type Check, fail, pass, skip } from '../types.js';
import { waitMs } from '../waits.js';

export const UNLISTED_ORIGIN = 'https://dockspec-unlisted.example.net';

/** A concrete origin the regex should allow, such as a Vercel preview URL. */
export function sampleOrigin(regex: string): string | undefined {
  const sample = regex
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\(\?:/g, '(')
    .replace(/\[[^\]]*\][+*]/g, 'preview-git-main')
    .replace(/\.[+*]\??/g, 'dockspec-preview-git-main')
    .replace(/\\([.\-/])/g, '$1')
    .replace(/[()?]/g, '');
  try {
    return new RegExp(`^(?:${regex})$`).test(sample) ? sample : undefined;
  } catch {
    return undefined;
  }
}

export const cors: Check = {
  id: 'cors',
  title: 'CORS preflights: allowed origins and the regex allowed, others refused',
  needs: ['image', 'running service'],
  async run(ctx) {
    const c = ctx.contract.cors;
    if (!c) return skip('the contract declares no CORS policy');
    const { svc, ready } = await ctx.shared();
    if (!ready.ok)
      return {
        ...skip('the service never became ready (see startup)'),
        evidence: await notReadyEvidence(svc, ready),
      };
    const path = ctx.contract.app.health.liveness;
    const preflight = async (origin: string) => {
      const res = await request(svc.port, path, {
        timeoutMs: waitMs(ctx, 'request'),
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      const allow = res.headers['access-control-allow-origin'];
      const creds = res.headers['access-control-allow-credentials'] === 'true';
      return { status: res.status, allowed: allow === origin || allow === '*', allow, creds };
    };
    const problems: string[] = [];
    const evidence: string[] = [];
    const wildcard = c.origins.includes('*');
    const allowed = c.origins.filter((o) => o !== '*');
    const sample = c.originRegex ? sampleOrigin(c.originRegex) : undefined;
    if (c.originRegex && !sample) evidence.push(`could not derive a sample origin from ${c.originRegex}`);
    for (const origin of [...allowed, ...(sample ? [sample] : [])]) {
      const r = await preflight(origin);
      evidence.push(
        `OPTIONS Origin: ${origin} → ${r.status}, allow-origin ${r.allow ?? '-'}, credentials ${r.creds}`,
      );
      if (!r.allowed)
        problems.push(`${origin}${origin === sample ? ` (matches ${c.originRegex})` : ''} is refused`);
      else if (c.credentials && !r.creds)
        problems.push(`${origin}: credentials not allowed, contract says they are`);
      else if (!c.credentials && r.creds)
        problems.push(`${origin}: credentials allowed, contract says they are not`);
    }
    const u = await preflight(UNLISTED_ORIGIN);
    evidence.push(`OPTIONS Origin: ${UNLISTED_ORIGIN} → ${u.status}, allow-origin ${u.allow ?? '-'}`);
    if (!wildcard && u.allowed) problems.push(`an unlisted origin (${UNLISTED_ORIGIN}) is allowed`);
    const expected = `${[...allowed, ...(sample ? [sample] : [])].join(', ') || 'any origin'} allowed${wildcard ? '' : ', others refused'}, credentials ${c.credentials ? 'allowed' : 'refused'}`;
    return problems.length
      ? fail(expected, problems.join('; '), evidence)
      : pass(
          expected,
          `${allowed.length + (sample ? 1 : 0)} allowed, unlisted ${u.allowed ? 'allowed' : 'refused'}`,
          evidence,
        );
  },
};
