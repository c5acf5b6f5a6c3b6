import { findFlag, isSubcommand } from '../../dockerfile/index.js';
import { pipCommand } from '../helpers/packages.js';
import { properties } from '../helpers/properties.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3020',
  name: 'pip-trusted-host',
  aliases: ['CKV2_DOCKER_4', 'CKV2_DOCKER_16'],
  severity: 'error',
  description: 'pip must not skip certificate checks (`--trusted-host`, PIP_TRUSTED_HOST).',
  messages: {
    flag: 'pip --trusted-host skips TLS checks for that index, so anyone on the path can serve you a package; give pip the CA with --cert or PIP_CERT',
    env: '{{name}} makes every pip call skip TLS checks for {{value}}; give pip the CA with PIP_CERT instead',
    config:
      'pip config {{key}} skips TLS checks for every later pip call; give pip the CA with --cert instead',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      const pip = pipCommand(command);
      if (!pip) continue;
      const flag = findFlag(pip, '--trusted-host');
      if (flag) report({ messageId: 'flag', range: flag.range });
      const key = pip.args.find((a) => /^(global|install)\.trusted-host$/.test(a.value));
      if (isSubcommand(pip, 'pip', 'config') && key)
        report({ messageId: 'config', data: { key: key.value }, range: key.range });
    }
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword !== 'ENV' && i?.keyword !== 'ARG') continue;
      for (const p of properties(model, i)) {
        if (p.key.toUpperCase() === 'PIP_TRUSTED_HOST' && p.value)
          report({ messageId: 'env', data: { name: p.key, value: p.value }, range: p.range });
      }
    }
  },
});
