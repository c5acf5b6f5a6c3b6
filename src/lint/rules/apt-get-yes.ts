import { findFlag, hasFlag, isSubcommand, subcommand } from '../../dockerfile/index.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2001',
  name: 'apt-get-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  description: '`apt-get install` needs `-y`: a build has no one to answer its prompt.',
  fixable: true,
  messages: { missing: 'apt-get install without -y waits for an answer and aborts the build; add -y' },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (!isSubcommand(command, 'apt-get', 'install')) continue;
      // -qq implies -y (apt-get(8)); so does an explicit assume-yes option.
      if (hasFlag(command, '-y', '--yes', '--assume-yes')) continue;
      const quiet = findFlag(command, '-q');
      if (quiet && /^-q*q.*q/.test(quiet.value)) continue;
      if (command.args.some((a) => /^APT::Get::Assume-Yes=(true|1|yes)$/i.test(a.value))) continue;
      const sub = subcommand(command)!;
      report({ messageId: 'missing', range: command.range, fix: insertAfter(sub.range, ' -y') });
    }
  },
});
