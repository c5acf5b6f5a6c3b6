import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3014',
  name: 'no-sudo',
  aliases: ['DL3004', 'DS010', 'CKV2_DOCKER_1'],
  severity: 'error',
  description: 'Do not use sudo in RUN: switch USER instead.',
  messages: {
    sudo: 'sudo in a RUN means the image ships sudo and a user allowed to use it; run this step before USER, or switch with USER root and back',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name === 'sudo') report({ messageId: 'sudo', range: command.nameWord.range });
    }
  },
});
