import type { Stage } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1104',
  name: 'single-downloader',
  aliases: ['DL4001', 'DS014'],
  severity: 'warning',
  description:
    'Use either wget or curl in a stage, not both: each one is an extra package to install and patch.',
  messages: {
    both: 'this stage already downloads with {{first}}; use it here too instead of {{name}}',
  },
  check({ model, report }) {
    const first = new Map<Stage | undefined, string>();
    for (const { command, instruction } of model.runCommands) {
      if (command.name !== 'curl' && command.name !== 'wget') continue;
      const seen = first.get(instruction.stage);
      if (seen === undefined) first.set(instruction.stage, command.name);
      else if (seen !== command.name)
        report({
          messageId: 'both',
          data: { first: seen, name: command.name },
          range: command.nameWord.range,
        });
    }
  },
});
