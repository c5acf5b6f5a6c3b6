import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1032',
  name: 'legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  description: '`ENV key value` and `LABEL key value` are legacy forms; write `key=value`.',
  fixable: true,
  messages: {
    legacy:
      '"{{keyword}} {{name}} …" is the legacy form: the whole rest of the line becomes the value; write {{name}}=value',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const instruction = top.trigger ?? top;
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') continue;
      const [name, next] = instruction.args;
      // `ENV PORT = 8000` is its own mistake (a stray "="), reported by its own rule.
      if (!name || !next || name.value.includes('=') || next.value.startsWith('=')) continue;
      const value = instruction.argsText
        .slice(instruction.argsText.indexOf(name.value) + name.value.length)
        .trim();
      // Rewriting quotes or escapes is not mechanical; only plain values get a fix.
      const plain = !/["'\\`]/.test(value) && !value.includes('\n');
      report({
        messageId: 'legacy',
        data: { keyword: instruction.rawKeyword, name: name.value },
        range: instruction.argsRange ?? instruction.range,
        fix:
          plain && instruction.argsRange
            ? replace(instruction.argsRange, `${name.value}=${/\s/.test(value) ? `"${value}"` : value}`)
            : undefined,
      });
    }
  },
});
