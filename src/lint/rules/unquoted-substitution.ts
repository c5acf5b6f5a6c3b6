import { splitOutputCommands } from '../../knowledge/shell-quoting.js';
import { checkedScripts, splitsWords } from '../helpers/shell-quoting.js';
import { insertAfter, insertBefore } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1050',
  name: 'unquoted-substitution',
  aliases: ['SC2046'],
  severity: 'warning',
  description: 'Quote a command substitution where the shell would split its output into words.',
  messages: {
    unquoted:
      'the output of {{substitution}} is not quoted: the shell splits it on whitespace and expands globs in it; write "{{substitution}}", or read it into an array if it is a list',
  },
  check({ model, report }) {
    for (const { script } of checkedScripts(model)) {
      for (const expansion of script.quoting.expansions) {
        if (expansion.kind !== 'substitution' || expansion.form === 'empty') continue;
        if (!splitsWords(expansion, script) || splitOutputCommands.includes(expansion.name)) continue;
        const { range } = expansion;
        report({
          messageId: 'unquoted',
          data: {
            substitution: expansion.text.length > 40 ? `${expansion.text.slice(0, 37)}…` : expansion.text,
          },
          range,
          suggestion: [insertBefore(range, '"'), insertAfter(range, '"')],
        });
      }
    }
  },
});
