import { laterExpandingCommands } from '../../knowledge/shell-quoting.js';
import { programName } from '../../knowledge/shells.js';
import { checkedScripts } from '../helpers/shell-quoting.js';
import { defineRule } from '../types.js';

// sed's own `$` (last line) before a command letter: `sed '$d'`, `'$a text'`.
const sedAddress = /\$[{dpsaic]($|[^a-zA-Z])/;

/** The program a single-quoted argument goes to: find's -exec command, `git filter-branch`, else the command. */
function receiver(words: string[]): string {
  const name = programName(words[0] ?? '');
  if (name === 'find') {
    const exec = words.findIndex((w) => w === '-exec' || w === '-execdir');
    return exec === -1 ? 'find' : (words[exec + 1] ?? 'find');
  }
  if (name === 'git' && words[1] === 'filter-branch') return 'git filter-branch';
  return name;
}

export default defineRule({
  id: 'DS1054',
  name: 'single-quoted-expansion',
  aliases: ['SC2016'],
  severity: 'info',
  description: 'Use double quotes where `$x` or `$(…)` should expand: single quotes keep them as text.',
  messages: {
    literal:
      '{{text}} is in single quotes, so the shell passes the $ and ( ) through as text; use double quotes if it should expand',
  },
  check({ model, report }) {
    for (const { script } of checkedScripts(model)) {
      for (const quoted of script.quoting.singleQuoted) {
        // The model records only strings holding what looks like an expansion.
        const content = quoted.text.slice(1, -1);
        const to = receiver(quoted.command);
        if (to === 'sed' ? sedAddress.test(content) : later(to)) continue;
        report({
          messageId: 'literal',
          data: { text: quoted.text.length > 40 ? `${quoted.text.slice(0, 37)}…'` : quoted.text },
          range: quoted.range,
        });
      }
    }
  },
});

/** Commands that hand the string to another interpreter, which expands it. */
function later(name: string): boolean {
  return laterExpandingCommands.includes(name) || name.endsWith('awk') || name.startsWith('perl');
}
