import type { ContractRule, RuleFinding } from './types.js';

/** `https://*.vercel.app` → `https://.*\.vercel\.app` (Starlette matches allow_origin_regex in full). */
export function wildcardToRegex(origin: string): string {
  return origin
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9-]+');
}

export const corsOriginWildcard: ContractRule = {
  id: 'cors-origin-wildcard',
  severity: 'error',
  description:
    'Exact origins are compared literally: `https://*.vercel.app` never matches a preview URL; it belongs in originRegex.',
  check: ({ contract }) => {
    const out: RuleFinding[] = [];
    (contract.cors?.origins ?? []).forEach((origin, i) => {
      if (origin !== '*' && origin.includes('*'))
        out.push({
          path: ['cors', 'origins', i],
          message: `origin "${origin}" contains a wildcard, but origins are compared literally and it would never match`,
          expected: 'an exact origin (patterns go in originRegex)',
          found: `"${origin}"`,
          hint: `use originRegex: '${wildcardToRegex(origin)}'`,
        });
    });
    return out;
  },
};
