import { positionalArgs } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1103',
  name: 'use-shell-instruction',
  aliases: ['DL4005'],
  severity: 'warning',
  description: 'Change the default shell with SHELL, not by linking /bin/sh to another shell.',
  messages: {
    link: 'relinking /bin/sh changes the shell of every script in the image, not just of RUN; use the SHELL instruction',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'ln') continue;
      const target = positionalArgs(command, ['-t', '--target-directory', '-S', '--suffix']).at(-1);
      if (target && target.value.replace(/\/+$/, '') === '/bin/sh')
        report({ messageId: 'link', range: command.range });
    }
  },
});
