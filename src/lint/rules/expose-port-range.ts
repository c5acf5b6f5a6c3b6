import { exposedPorts } from '../helpers/instructions.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1040',
  name: 'expose-port-range',
  aliases: ['DL3011', 'DS008'],
  severity: 'error',
  description: 'EXPOSE ports must be numbers from 0 to 65535.',
  messages: { range: 'EXPOSE {{port}}: {{bad}} is not a port (valid ports are 0 to 65535)' },
  check({ model, report }) {
    for (const top of model.instructions) {
      for (const p of exposedPorts(top.trigger ?? top)) {
        if (!p.known) continue;
        // The container side of a mapping is the port (expose-invalid-format reports the mapping).
        const container = p.port.slice(p.port.lastIndexOf(':') + 1);
        const bad = container.split('-').find((n) => !/^\d+$/.test(n) || Number(n) > 65535);
        if (bad !== undefined)
          report({ messageId: 'range', data: { port: p.value, bad: bad || '""' }, range: p.arg.range });
      }
    }
  },
});
