import type { ContractRule } from './types.js';

export const corsRegexCredentials: ContractRule = {
  id: 'cors-regex-credentials',
  severity: 'warning',
  description:
    'An originRegex matching every subdomain of a shared host (vercel.app, netlify.app, …) plus credentials lets any tenant there make credentialed calls.',
  check: ({ contract }) => {
    const { originRegex, credentials } = contract.cors ?? {};
    if (!originRegex || credentials !== true) return [];
    if (!/\.\*\\?\.(vercel|netlify|pages|github|herokuapp|onrender|fly)\b/.test(originRegex)) return [];
    return [
      {
        path: ['cors', 'originRegex'],
        message: 'this originRegex matches every tenant of a shared host and credentials are allowed',
        hint: 'narrow it to your project, e.g. https://myapp-[a-z0-9-]+\\.vercel\\.app',
      },
    ];
  },
};
