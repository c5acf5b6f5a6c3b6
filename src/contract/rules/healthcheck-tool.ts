import type { ContractRule } from './types.js';

export const healthcheckTool: ContractRule = {
  id: 'healthcheck-tool',
  severity: 'warning',
  description:
    'python:*-slim images have no curl or wget; a HEALTHCHECK that runs one needs it as a runtime system package.',
  check: ({ resolved }) => {
    const tool = resolved.healthcheck.tool;
    if (tool === undefined || tool === 'python') return [];
    if (resolved.image.systemPackages.runtime.includes(tool)) return [];
    return [
      {
        path: ['healthcheck', 'tool'],
        message: `the HEALTHCHECK runs ${tool}, which slim images do not have, and image.systemPackages.runtime does not list it`,
        hint: `add ${tool} to image.systemPackages.runtime, or use tool: python`,
      },
    ];
  },
};
