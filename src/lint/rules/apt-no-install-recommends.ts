import { hasFlag, isSubcommand, subcommand } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2002',
  name: 'apt-no-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  description:
    '`apt-get install` (and `apt install`) should pass `--no-install-recommends` so the image holds only what was asked for.',
  fixable: true,
  messages: {
    missing: '{{program}} install pulls in recommended packages too; add --no-install-recommends',
  },
  check({ model, report }) {
    const { programs } = packageManager('apt-get');
    for (const { command } of model.runCommands) {
      if (!isSubcommand(command, [...programs], 'install')) continue;
      if (hasFlag(command, '--no-install-recommends')) continue;
      if (command.args.some((a) => /^APT::Install-Recommends=(false|0|no)$/i.test(a.value))) continue;
      const sub = subcommand(command)!;
      report({
        messageId: 'missing',
        data: { program: command.name },
        range: command.range,
        fix: insertAfter(sub.range, ' --no-install-recommends'),
      });
    }
  },
});
