import { presets } from '../presets/index.js';
import type { ContractRule } from './types.js';

const spacePort = presets['huggingface-space'].port;

export const hfPort: ContractRule = {
  id: 'hf-port',
  severity: 'warning',
  description: `Hugging Face routes only to app_port (${spacePort} unless the README front matter says otherwise); another port needs app_port set.`,
  check: ({ contract, resolved }) =>
    contract.target === 'huggingface-space' && resolved.app.port !== spacePort && resolved.app.port <= 65535
      ? [
          {
            path: ['app', 'port'],
            message: `Hugging Face routes to app_port, ${spacePort} by default; port ${resolved.app.port} needs \`app_port: ${resolved.app.port}\` in the Space README`,
            expected: String(spacePort),
            found: String(resolved.app.port),
            hint: '`dockspec generate` writes app_port into the README front matter; keep it in sync',
          },
        ]
      : [],
};
