import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1100',
  name: 'no-cd-in-run',
  aliases: ['DL3003', 'DS013'],
  severity: 'warning',
  description: 'Use WORKDIR to change directory instead of `cd` in RUN.',
  messages: {
    cd: '`cd` only lasts until the end of this RUN; use WORKDIR {{dir}} so later instructions see it too',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'cd') continue;
      const dir = command.args.find((a) => !a.value.startsWith('-'))?.value ?? '<dir>';
      report({ messageId: 'cd', data: { dir }, range: command.range });
    }
  },
});
