import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS4012',
  name: 'env-spaced-equals',
  severity: 'error',
  description: '`ENV PORT = 8000` is the legacy `ENV key value` form: PORT becomes "= 8000", not 8000.',
  fixable: true,
  messages: {
    spaced:
      '"ENV {{name}} {{value}}" sets {{name}} to "{{value}}": with a space after the name, the rest of the line is the value; write {{name}}={{fixed}}',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const instruction = top.trigger ?? top;
      if (instruction.keyword !== 'ENV') continue;
      const [name, eq, ...rest] = instruction.args;
      if (!name || !eq || name.value.includes('=') || !eq.value.startsWith('=')) continue;
      const value = [eq, ...rest].map((a) => a.value).join(' ');
      const fixed = value.replace(/^=\s*/, '');
      const end = (rest.at(-1) ?? eq).range.end;
      // Only a single plain word is a mechanical fix; anything else needs the author to quote it.
      const plain = fixed !== '' && !/[\s"'\\]/.test(fixed);
      report({
        messageId: 'spaced',
        data: { name: name.value, value, fixed: plain ? fixed : `"${fixed}"` },
        range: { start: name.range.start, end },
        fix: plain ? replace({ start: name.range.start, end }, `${name.value}=${fixed}`) : undefined,
      });
    }
  },
});
