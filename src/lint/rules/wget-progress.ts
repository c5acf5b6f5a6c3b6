import { hasArg, hasFlag } from '../../dockerfile/index.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1105',
  name: 'wget-progress',
  aliases: ['DL3047'],
  severity: 'info',
  description: 'wget without `--progress` (or -q/-nv) fills the build log with a progress bar.',
  fixable: true,
  messages: {
    missing:
      'wget prints a progress bar line for every few kilobytes into the build log; add --progress=dot:giga',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'wget') continue;
      if (hasFlag(command, '--progress', '--quiet', '--no-verbose', '--output-file', '--append-output'))
        continue;
      if (hasArg(command, '-nv')) continue;
      // Short options bundle, with or without a value glued on: -q, -qO-, -O- -q, -o log.
      if (command.args.some((a) => /^-[A-Za-z]*[qoa]/.test(a.value) && !a.value.startsWith('--'))) continue;
      report({
        messageId: 'missing',
        range: command.range,
        fix: insertAfter(command.nameWord.range, ' --progress=dot:giga'),
      });
    }
  },
});
