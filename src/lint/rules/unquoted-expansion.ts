import { checkedScripts, mayHoldSpaces, splitsWords } from '../helpers/shell-quoting.js';
import { insertAfter, insertBefore } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1049',
  name: 'unquoted-expansion',
  aliases: ['SC2086'],
  severity: 'info',
  description:
    'Quote a variable whose value may hold spaces or glob characters where the shell splits words.',
  messages: {
    unquoted:
      '{{expansion}} is not quoted: a value with a space or a * ? [ in it becomes several words or a list of files; write "{{expansion}}"',
  },
  check({ model, report }) {
    for (const { run, script } of checkedScripts(model)) {
      const unsafe = mayHoldSpaces(run, script);
      for (const expansion of script.quoting.expansions) {
        if (expansion.kind !== 'parameter' || !splitsWords(expansion, script)) continue;
        if (expansion.form === 'length' || expansion.form === 'alternative' || expansion.form === 'all')
          continue;
        if (!unsafe(expansion)) continue;
        const { range } = expansion;
        report({
          messageId: 'unquoted',
          data: { expansion: expansion.text },
          range,
          // Splitting may be what the script wants (`apt-get install $PACKAGES`): offered, never applied.
          suggestion: [insertBefore(range, '"'), insertAfter(range, '"')],
        });
      }
    }
  },
});
