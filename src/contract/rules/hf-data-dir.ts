import type { ContractRule, RuleFinding } from './types.js';

export const hfDataDir: ContractRule = {
  id: 'hf-data-dir',
  severity: 'warning',
  description:
    'On Hugging Face, /data existed only with the discontinued persistent storage upgrade; write under $HOME or /tmp.',
  check: ({ contract }) => {
    if (contract.target !== 'huggingface-space') return [];
    const out: RuleFinding[] = [];
    (contract.writablePaths ?? []).forEach((p, i) => {
      if (p === '/data' || p.startsWith('/data/'))
        out.push({
          path: ['writablePaths', i],
          message: `${p} does not exist on a Space (persistent storage at /data is discontinued)`,
          hint: 'use a path under $HOME (e.g. $HOME/data) or /tmp',
        });
    });
    return out;
  },
};
