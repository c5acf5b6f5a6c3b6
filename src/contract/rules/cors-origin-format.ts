import type { ContractRule, RuleFinding } from './types.js';

const ORIGIN = /^https?:\/\/[^/\s*]+$/;

export const corsOriginFormat: ContractRule = {
  id: 'cors-origin-format',
  severity: 'warning',
  description:
    'An origin is scheme://host[:port]; a path or trailing slash makes it differ from what browsers send, so it never matches.',
  check: ({ contract }) => {
    const out: RuleFinding[] = [];
    (contract.cors?.origins ?? []).forEach((origin, i) => {
      if (origin === '*' || origin.includes('*') || ORIGIN.test(origin)) return;
      const trimmed = /^(https?:\/\/[^/\s]+)\/.*$/.exec(origin)?.[1];
      out.push({
        path: ['cors', 'origins', i],
        message: `"${origin}" is not an origin (scheme://host[:port]); browsers never send it`,
        expected: 'scheme://host[:port], e.g. https://app.example.com',
        found: `"${origin}"`,
        hint: trimmed ? `write "${trimmed}"` : undefined,
      });
    });
    return out;
  },
};
