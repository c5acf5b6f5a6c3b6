import { directoryChangers } from '../../knowledge/shell-quoting.js';
import { checkedScripts } from '../helpers/shell-quoting.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

/** `set -e`, `set -eux`, `set -o errexit`: a failing command then ends the script anyway. */
const setsErrexit = (args: string[]) =>
  args.some((a, i) => /^-[a-zA-Z]*e/.test(a) || (a === 'errexit' && /^-[a-zA-Z]*o$/.test(args[i - 1] ?? '')));

export default defineRule({
  id: 'DS1052',
  name: 'unchecked-cd',
  aliases: ['SC2164'],
  severity: 'warning',
  description: 'Check that `cd` succeeded before running commands in the directory it was meant to enter.',
  messages: {
    unchecked:
      'if `{{command}}` fails, the commands after it run in the wrong directory; chain them with `&&`, or write `{{command}} || exit`',
  },
  check({ model, report }) {
    for (const { commands } of checkedScripts(model)) {
      if (commands.some((c) => c.name === 'set' && setsErrexit(c.args.map((a) => a.value)))) continue;
      for (const command of commands) {
        if (!directoryChangers.includes(command.name) || command.tested) continue;
        const args = command.args.map((a) => a.value);
        // `cd ..` goes back up; `pushd -n` only edits the stack.
        if ((command.name === 'cd' && args.length === 1 && args[0] === '..') || args.includes('-n')) continue;
        const text = [command.nameWord.text, ...command.args.map((a) => a.text)].join(' ');
        report({
          messageId: 'unchecked',
          data: { command: text.length > 40 ? `${text.slice(0, 37)}…` : text },
          range: command.range,
          suggestion: insertAfter(command.range, ' || exit'),
        });
      }
    }
  },
});
