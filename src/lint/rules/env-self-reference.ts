import { expandVariables } from '../../dockerfile/index.js';
import { keyValuePairs } from '../helpers/instructions.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1038',
  name: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  description: 'An ENV value cannot use a variable set earlier in the same ENV: it sees the old value.',
  messages: {
    same: '${{name}} is set by this same ENV, but the value here is the one from before the ENV{{old}}; split it into two ENV instructions',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const instruction = top.trigger ?? top;
      if (instruction.keyword !== 'ENV') continue;
      const defined = new Set<string>();
      for (const pair of keyValuePairs(instruction)) {
        // Single-quoted text is not expanded.
        const value = pair.value.replace(/'[^']*'/g, (q) => ' '.repeat(q.length));
        for (const ref of expandVariables(value, new Map(), model.escapeChar).references) {
          if (!defined.has(ref.name)) continue;
          const old = instruction.scope.has(ref.name) ? '' : ' (unset, so "")';
          const start = pair.valueStart + ref.offset;
          report({
            messageId: 'same',
            data: { name: ref.name, old },
            range: model.argsRange(instruction, start, start + ref.length),
          });
        }
        defined.add(pair.name);
      }
    }
  },
});
