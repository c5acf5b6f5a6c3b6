import { hasFlag } from '../../dockerfile/index.js';
import { matchSub, zypperValueFlags } from '../helpers/a-packages.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

const installs = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up'];

export default defineRule({
  id: 'DS2024',
  name: 'zypper-yes',
  aliases: ['DL3034'],
  severity: 'warning',
  description: '`zypper install` needs `-n` (non-interactive) or `-y`: a build cannot answer prompts.',
  fixable: true,
  messages: { missing: 'zypper asks "Continue? [y/n/v/...]", gets no answer and aborts the build; add -y' },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'zypper') continue;
      const sub = matchSub(command, installs, zypperValueFlags);
      if (!sub) continue;
      // -n/--non-interactive is global (before the command), -y/--no-confirm belongs to it.
      if (hasFlag(command, '-n', '--non-interactive', '-y', '--no-confirm')) continue;
      report({ messageId: 'missing', range: command.range, fix: insertAfter(sub.range, ' -y') });
    }
  },
});
