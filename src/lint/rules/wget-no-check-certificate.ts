import { findFlag } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3019',
  name: 'wget-no-check-certificate',
  aliases: ['CKV2_DOCKER_3'],
  severity: 'error',
  description: 'wget must not skip certificate checks (`--no-check-certificate`).',
  messages: {
    insecure:
      'wget {{flag}} accepts any certificate, so anyone on the network path can replace the download; install ca-certificates or pass --ca-certificate',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'wget') continue;
      const flag =
        findFlag(command, '--no-check-certificate') ??
        command.args.find((a) => /^check_certificate\s*=\s*(off|0|no)$/i.test(a.value));
      if (flag) report({ messageId: 'insecure', data: { flag: flag.value }, range: flag.range });
    }
  },
});
