import { findFlag, flagValue } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3025',
  name: 'no-chpasswd',
  aliases: ['CKV2_DOCKER_17'],
  severity: 'warning',
  description: 'Do not set or remove account passwords in an image.',
  messages: {
    chpasswd:
      'a password set with chpasswd is readable by anyone with the image (layer history, /etc/shadow); containers need no login passwords',
    option:
      '{{name}} {{flag}} stores a password hash in the image for everyone who pulls it; containers need no login passwords',
    empty: 'passwd {{flag}} leaves the account with an empty password, so anyone can log in or su to it',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name === 'chpasswd') report({ messageId: 'chpasswd', range: command.nameWord.range });
      const data = { name: command.name };
      if (command.name === 'passwd') {
        const flag = findFlag(command, '-d', '--delete');
        if (flag) report({ messageId: 'empty', data: { flag: flag.value }, range: flag.range });
      }
      if (['useradd', 'usermod', 'adduser'].includes(command.name)) {
        const flag = findFlag(command, '-p', '--password');
        if (flag && flagValue(command, '-p', '--password'))
          report({ messageId: 'option', data: { ...data, flag: flag.value }, range: flag.range });
      }
    }
  },
});
