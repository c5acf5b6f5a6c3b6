import { findFlag, hasFlag, subcommand } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2001',
  name: 'apt-get-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  description: '`apt-get install` (and `apt install`) needs `-y`: a build has no one to answer its prompt.',
  fixable: true,
  messages: {
    missing: '{{program}} install without -y waits for an answer and aborts the build; add -y',
  },
  check({ model, report }) {
    const apt = packageManager('apt-get');
    const yes = apt.yes!;
    for (const { command } of model.runCommands) {
      if (!apt.programs.includes(command.name)) continue;
      const sub = subcommand(command, apt.valueFlags);
      if (!sub || !yes.subs.includes(sub.value)) continue;
      // -qq implies -y (apt-get(8)); so does an explicit assume-yes option.
      if (hasFlag(command, ...yes.flags)) continue;
      const quiet = findFlag(command, '-q');
      if (quiet && /^-q*q.*q/.test(quiet.value)) continue;
      if (command.args.some((a) => /^APT::Get::Assume-Yes=(true|1|yes)$/i.test(a.value))) continue;
      report({
        messageId: 'missing',
        data: { program: command.name },
        range: command.range,
        fix: insertAfter(sub.range, ` ${yes.flags[0]}`),
      });
    }
  },
});
