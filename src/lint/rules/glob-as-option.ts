import { endOfOptions, printingCommands } from '../../knowledge/shell-quoting.js';
import { checkedScripts } from '../helpers/shell-quoting.js';
import { insertBefore } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1053',
  name: 'glob-as-option',
  aliases: ['SC2035'],
  severity: 'info',
  description: 'Write `./*` (or `-- *`) so a file name starting with a dash is not read as an option.',
  messages: {
    option:
      '`{{word}}` expands to file names, and one that starts with `-` (a file called -rf) becomes an option of {{command}}; write ./{{word}} or put -- before it',
  },
  check({ model, report }) {
    for (const { commands } of checkedScripts(model)) {
      for (const command of commands) {
        if (printingCommands.includes(command.name)) continue;
        for (const arg of command.args) {
          if (endOfOptions.includes(arg.value)) break;
          if (arg.text[0] !== '*' && arg.text[0] !== '?') continue;
          const { start } = arg.range;
          report({
            messageId: 'option',
            data: { word: arg.text, command: command.name },
            range: { start, end: { line: start.line, column: start.column + 1 } },
            suggestion: insertBefore(arg.range, './'),
          });
        }
      }
    }
  },
});
