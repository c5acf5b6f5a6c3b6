import { exposedPorts } from '../helpers/instructions.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1041',
  name: 'expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  description: 'The protocol of an EXPOSE port should be lower-case (`8000/tcp`).',
  fixable: true,
  messages: { casing: 'EXPOSE protocol "{{protocol}}" should be lower-case: "{{want}}"' },
  check({ model, report }) {
    for (const top of model.instructions) {
      for (const p of exposedPorts(top.trigger ?? top)) {
        if (!p.protocol || p.protocol === p.protocol.toLowerCase()) continue;
        const literal = !p.arg.value.slice(p.protocolOffset).includes('$');
        const start = { ...p.arg.range.start, column: p.arg.range.start.column + p.protocolOffset };
        report({
          messageId: 'casing',
          data: { protocol: p.protocol, want: p.protocol.toLowerCase() },
          range: literal ? { start, end: p.arg.range.end } : p.arg.range,
          fix: literal
            ? { range: { start, end: p.arg.range.end }, text: p.protocol.toLowerCase() }
            : undefined,
        });
      }
    }
  },
});
