import { hasFlag, isSubcommand, subcommand } from '../../dockerfile/index.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2002',
  name: 'apt-no-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  description:
    '`apt-get install` should pass `--no-install-recommends` so the image holds only what was asked for.',
  fixable: true,
  messages: {
    missing: 'apt-get install pulls in recommended packages too; add --no-install-recommends',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (!isSubcommand(command, 'apt-get', 'install')) continue;
      if (hasFlag(command, '--no-install-recommends')) continue;
      if (command.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a.value))) continue;
      const sub = subcommand(command)!;
      report({
        messageId: 'missing',
        range: command.range,
        fix: insertAfter(sub.range, ' --no-install-recommends'),
      });
    }
  },
});
