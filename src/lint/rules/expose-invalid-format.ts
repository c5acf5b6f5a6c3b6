import { exposedPorts } from '../helpers/instructions.js';
import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1042',
  name: 'expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  description: 'EXPOSE takes container ports only: no IP address and no `host:container` mapping.',
  fixable: true,
  messages: {
    mapping:
      'EXPOSE {{value}} maps a host address or port, which only `docker run -p` can do; EXPOSE {{port}} instead',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      for (const p of exposedPorts(top.trigger ?? top)) {
        if (!p.port.includes(':')) continue;
        // Docker reads ip:host:container and keeps the container port.
        const port = p.value.slice(p.value.lastIndexOf(':') + 1);
        const literal = !p.arg.value.includes('$');
        report({
          messageId: 'mapping',
          data: { value: p.value, port },
          range: p.arg.range,
          fix: literal ? replace(p.arg.range, port) : undefined,
        });
      }
    }
  },
});
