import { frameworkNamed, serverNamed } from '../../knowledge/servers.js';
import type { ContractRule } from './types.js';

export const serverFramework: ContractRule = {
  id: 'server-framework',
  severity: 'warning',
  description:
    'ASGI frameworks need an ASGI server (gunicorn only with uvicorn workers); WSGI frameworks need a WSGI server or an adapter.',
  check: ({ contract, resolved }) => {
    if (!contract.app?.server) return [];
    const { framework, server } = resolved.app;
    if (
      serverNamed(server)?.defaultInterface === 'wsgi' &&
      !frameworkNamed(framework)?.interfaces.includes('wsgi')
    )
      return [
        {
          path: ['app', 'server'],
          message: `${server} runs ${framework} (ASGI) only with uvicorn workers (-k ${serverNamed(server)?.asgiWorkerClass})`,
          hint: 'use server: uvicorn, or make sure the generated command adds the worker class',
        },
      ];
    if (
      serverNamed(server)?.defaultInterface === 'asgi' &&
      !frameworkNamed(framework)?.interfaces.includes('asgi')
    )
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
