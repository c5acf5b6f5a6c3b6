import { flagValue, hasFlag } from '../../dockerfile/index.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1106',
  name: 'useradd-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  description: '`useradd` with a high UID needs `-l`, or /var/log/lastlog grows to gigabytes.',
  fixable: true,
  messages: {
    missing:
      'useradd -u {{uid}} writes a sparse /var/log/lastlog entry at that offset, and image layers store it in full; add -l (--no-log-init)',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'useradd' || hasFlag(command, '-l', '--no-log-init')) continue;
      const uid = flagValue(command, '-u', '--uid');
      // hadolint's threshold: UIDs of six digits or more make lastlog large enough to matter.
      if (!uid || !/^\d{6,}$/.test(uid.value)) continue;
      report({
        messageId: 'missing',
        data: { uid: uid.value },
        range: command.range,
        fix: insertAfter(command.nameWord.range, ' -l'),
      });
    }
  },
});
