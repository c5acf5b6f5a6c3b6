import { expandVariables } from '../../dockerfile/index.js';
import { unquote } from '../helpers/properties.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3015',
  name: 'no-ssh-port',
  aliases: ['DS004', 'CKV_DOCKER_1'],
  severity: 'warning',
  description: 'Do not expose port 22: a container should not run an SSH server.',
  messages: {
    ssh: 'EXPOSE {{value}} publishes SSH; use `docker exec` / `kubectl exec` to get into a container instead of an sshd',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword !== 'EXPOSE') continue;
      for (const arg of i.args) {
        const value = unquote(expandVariables(arg.value, i.scope).value);
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(value);
        if (!m) continue;
        const [lo, hi] = [Number(m[1]), Number(m[2] ?? m[1])];
        if (lo <= 22 && 22 <= hi) report({ messageId: 'ssh', data: { value }, range: arg.range });
      }
    }
  },
});
