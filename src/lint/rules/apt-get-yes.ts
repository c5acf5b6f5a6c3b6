import { type Command, hasFlag } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub } from '../helpers/packages.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

/** apt-get's quiet level: `-qq`, `-q -q`, `-q=2`, `--quiet=2` (level 2 implies -y, apt-get(8)). */
function quietLevel(command: Command): number {
  let level = 0;
  for (const a of command.args) {
    const v = a.value;
    const n = /^(?:-q|--quiet)=(\d+)$/.exec(v);
    if (n) level = Number(n[1]);
    else if (/^-q+$/.test(v)) level += v.length - 1;
    else if (v === '--quiet') level += 1;
    else if (/^-[a-z]*q/.test(v) && !v.startsWith('--')) level += (v.match(/q/g) ?? []).length;
  }
  return level;
}

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
      const sub = matchSub(command, yes.subs, apt.valueFlags);
      if (!sub) continue;
      // -qq implies -y (apt-get(8)); so does an explicit assume-yes option.
      if (hasFlag(command, ...yes.flags)) continue;
      if (quietLevel(command) >= 2) continue;
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
