import type { Command } from '../../dockerfile/index.js';
import { hasFlag, isSubcommand, positionalArgs } from '../../dockerfile/index.js';
import { imageStages, ships } from '../helpers/e-stages.js';
import { appendToRun, hasCacheMount } from '../helpers.js';
import { defineRule } from '../types.js';

const LISTS = '/var/lib/apt/lists';

function removesLists(c: Command): boolean {
  if (c.name !== 'rm' || !hasFlag(c, '-r', '-R', '--recursive')) return false;
  return positionalArgs(c).some((a) => a.value.replace(/\/+$/, '').startsWith(LISTS));
}

export default defineRule({
  id: 'DS2003',
  name: 'apt-lists-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  description: 'A RUN that installs with apt-get should delete /var/lib/apt/lists in the same RUN.',
  fixable: true,
  messages: {
    missing:
      'the apt package lists stay in this layer (tens of MB); end the RUN with `rm -rf /var/lib/apt/lists/*`',
  },
  check({ model, report }) {
    const shipping = imageStages(model);
    for (const run of model.runs) {
      // Lists left in a builder whose output is copied in part never ship.
      if (!ships(shipping, run)) continue;
      const commands = run.shell?.commands ?? [];
      const install = commands.find((c) => isSubcommand(c, ['apt-get', 'apt'], 'install'));
      if (!install) continue;
      // A cache mount on the lists (or on /var/lib/apt) keeps them out of the layer.
      if (hasCacheMount(run, LISTS) || hasCacheMount(run, '/var/lib/apt')) continue;
      if (commands.some(removesLists)) continue;
      report({ messageId: 'missing', range: install.range, ...appendToRun(run, `rm -rf ${LISTS}/*`) });
    }
  },
});
