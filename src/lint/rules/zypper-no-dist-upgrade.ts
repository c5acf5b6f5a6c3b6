import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2025',
  name: 'zypper-no-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  description:
    '`zypper dist-upgrade` moves the image to another distribution release; take a newer base image.',
  messages: {
    distUpgrade:
      '`zypper {{sub}}` may switch the image to a new release and vendor packages; use a newer base image or `zypper update`',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'zypper') continue;
      const sub = matchSub(command, ['dist-upgrade', 'dup'], packageManager('zypper').valueFlags);
      if (sub) report({ messageId: 'distUpgrade', data: { sub: sub.value }, range: command.range });
    }
  },
});
