import { findFlag } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3018',
  name: 'curl-insecure',
  aliases: ['CKV2_DOCKER_2'],
  severity: 'error',
  description: 'curl must not skip certificate checks (`-k`, `--insecure`).',
  messages: {
    insecure:
      'curl {{flag}} accepts any certificate, so anyone on the network path can replace the download; install the CA (ca-certificates) or pass --cacert',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'curl') continue;
      const flag = findFlag(command, '-k', '--insecure', '--proxy-insecure');
      if (flag) report({ messageId: 'insecure', data: { flag: flag.value }, range: flag.range });
    }
  },
});
