import { findFlag } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

const falsy = /^(false|0|no)$/i;

export default defineRule({
  id: 'DS3022',
  name: 'npm-strict-ssl',
  aliases: ['CKV2_DOCKER_13'],
  severity: 'error',
  description: 'npm and yarn must not turn off `strict-ssl`.',
  messages: {
    off: '{{name}} strict-ssl false accepts any registry certificate, so anyone on the path can serve you a package; set cafile to your CA instead',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (!['npm', 'yarn', 'pnpm'].includes(command.name)) continue;
      const data = { name: command.name };
      // npm config set strict-ssl false | strict-ssl=false; yarn config set strict-ssl false
      const args = command.args;
      const k = args.findIndex((a) => /^strict-ssl(=|$)/.test(a.value));
      if (k >= 0 && args.some((a) => a.value === 'config')) {
        const value = args[k].value.includes('=') ? args[k].value.split('=')[1] : args[k + 1]?.value;
        if (value !== undefined && falsy.test(value))
          report({ messageId: 'off', data, range: args[k].range });
      }
      const flag = findFlag(command, '--strict-ssl', '--no-strict-ssl');
      if (flag && (flag.value === '--no-strict-ssl' || falsy.test(flag.value.split('=')[1] ?? '')))
        report({ messageId: 'off', data, range: flag.range });
    }
  },
});
