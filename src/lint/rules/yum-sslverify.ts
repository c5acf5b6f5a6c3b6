import { defineRule } from '../types.js';

const sslverifyOff = /(^|[\s;,'"]|\\n)sslverify\s*=\s*(0|false|no|off)\b/i;

export default defineRule({
  id: 'DS3023',
  name: 'yum-sslverify',
  aliases: ['CKV2_DOCKER_15'],
  severity: 'error',
  description: 'yum/dnf repositories must not turn off `sslverify`.',
  messages: {
    off: 'sslverify=0 lets yum/dnf download repository metadata and packages from any server claiming to be the mirror; install the CA certificate instead',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      // --setopt=sslverify=0, dnf config-manager --setopt=…, echo "sslverify=0" >> /etc/yum.conf, sed …
      for (const w of command.args) {
        // In a sed substitution only the replacement turns it off: s/sslverify=1/sslverify=0/.
        const sed = /^s(.)(.*?)\1(.*?)\1/.exec(w.value);
        const value = (sed ? sed[3] : w.value).replace(/^--setopt=([\w*-]+\.)?/, '');
        if (sslverifyOff.test(value)) report({ messageId: 'off', range: w.range });
      }
    }
  },
});
