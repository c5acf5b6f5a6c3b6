import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3026',
  name: 'git-ssl-verify',
  aliases: [],
  severity: 'error',
  description:
    'git must not turn off certificate checks (`http.sslVerify false`, `-c http.sslVerify=false`).',
  messages: {
    off: 'git {{setting}} accepts any certificate, so anyone on the network path can serve different source code; set http.sslCAInfo to your CA instead',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'git') continue;
      const args = command.args;
      for (let k = 0; k < args.length; k++) {
        const v = args[k].value;
        // git -c http.sslVerify=false clone …  |  git config --global http.sslVerify false
        const inline = /^http(\..+)?\.sslverify=(false|0|no|off)$/i.test(v);
        const config =
          /^http(\..+)?\.sslverify$/i.test(v) && /^(false|0|no|off)$/i.test(args[k + 1]?.value ?? '');
        if (inline || config)
          report({
            messageId: 'off',
            data: { setting: config ? `${v} ${args[k + 1].value}` : v },
            range: args[k].range,
          });
      }
    }
  },
});
