import type { ContractRule } from './types.js';

const wsgi = new Set(['flask', 'django']);

export const serverFramework: ContractRule = {
  id: 'server-framework',
  severity: 'warning',
  description:
    'ASGI frameworks need an ASGI server (gunicorn only with uvicorn workers); WSGI frameworks need a WSGI server or an adapter.',
  check: ({ contract, resolved }) => {
    if (!contract.app?.server) return [];
    const { framework, server } = resolved.app;
    if (server === 'gunicorn' && !wsgi.has(framework))
      return [
        {
          path: ['app', 'server'],
          message: `gunicorn runs ${framework} (ASGI) only with uvicorn workers (-k uvicorn.workers.UvicornWorker)`,
          hint: 'use server: uvicorn, or make sure the generated command adds the worker class',
        },
      ];
    if ((server === 'uvicorn' || server === 'hypercorn') && wsgi.has(framework) && framework === 'flask')
      return [
        {
          path: ['app', 'server'],
          message: `${server} is an ASGI server; Flask is WSGI and needs an adapter (asgiref's WsgiToAsgi)`,
          hint: 'use server: gunicorn (or granian, which serves WSGI)',
        },
      ];
    return [];
  },
};
