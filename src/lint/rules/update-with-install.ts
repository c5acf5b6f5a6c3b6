import type { Command } from '../../dockerfile/index.js';
import { packageManagerOf } from '../../knowledge/package-managers.js';
import { matchSub } from '../helpers/packages.js';
import { defineRule } from '../types.js';

/** Commands that only refresh package indexes, and the installs that should use them. */
const refreshes = (c: Command) => {
  const m = packageManagerOf(c.name);
  return m?.system === true && m.refresh !== undefined && matchSub(c, m.refresh, m.valueFlags) !== undefined;
};
const installs = (c: Command) => {
  const m = packageManagerOf(c.name);
  return m?.system === true && matchSub(c, m.installs, m.valueFlags) !== undefined;
};

export default defineRule({
  id: 'DS2013',
  name: 'update-with-install',
  aliases: ['DS017', 'CKV_DOCKER_5', 'CIS-DI-0007'],
  severity: 'warning',
  description: 'Refresh package indexes in the same RUN that installs, never in a RUN of their own.',
  messages: {
    alone:
      '`{{command}}` alone in a RUN is cached as a layer, so later installs use stale indexes; update and install in one RUN',
  },
  check({ model, report }) {
    for (const run of model.runs) {
      const commands = run.shell?.commands ?? [];
      const update = commands.find(refreshes);
      if (!update || commands.some(installs)) continue;
      const text = [update.name, ...update.args.map((a) => a.value)].join(' ');
      report({ messageId: 'alone', data: { command: text }, range: update.range });
    }
  },
});
