import { subcommand } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2012',
  name: 'apt-get-no-dist-upgrade',
  aliases: ['DS024', 'DKL-DI-0003'],
  severity: 'info',
  description:
    '`apt-get dist-upgrade` may remove packages and pull in new ones; take a newer base image instead.',
  messages: {
    distUpgrade:
      '`{{program}} {{sub}}` may remove or add packages behind the base image’s back; use `upgrade` or a newer base image',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'apt-get' && command.name !== 'apt') continue;
      const sub = subcommand(command);
      if (!sub || (sub.value !== 'dist-upgrade' && sub.value !== 'full-upgrade')) continue;
      report({
        messageId: 'distUpgrade',
        data: { program: command.name, sub: sub.value },
        range: command.range,
      });
    }
  },
});
