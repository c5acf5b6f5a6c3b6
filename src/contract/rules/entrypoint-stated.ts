import type { ContractRule } from './types.js';

export const entrypointStated: ContractRule = {
  id: 'entrypoint-stated',
  severity: 'warning',
  description:
    'Without app.entrypoint dockspec guesses the ASGI/WSGI object; state it (`dockspec init` detects it).',
  check: ({ contract, resolved }) =>
    contract.app?.entrypoint === undefined
      ? [
          {
            path: ['app', 'entrypoint'],
            message: `app.entrypoint is not stated; assuming ${resolved.app.entrypoint}`,
            hint: 'set app.entrypoint to module:object (dockspec init detects it)',
          },
        ]
      : [],
};
