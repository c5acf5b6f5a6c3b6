import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub, removesDir } from '../helpers/packages.js';
import { imageStages, ships } from '../helpers/stages.js';
import { appendToRun, hasCacheMount } from '../helpers.js';
import { defineRule } from '../types.js';

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
    const apt = packageManager('apt-get');
    const lists = apt.indexDir!;
    const shipping = imageStages(model);
    for (const run of model.runs) {
      // Lists left in a builder whose output is copied in part never ship.
      if (!ships(shipping, run)) continue;
      const commands = run.shell?.commands ?? [];
      const install = commands.find(
        (c) => apt.programs.includes(c.name) && matchSub(c, apt.installs, apt.valueFlags),
      );
      if (!install) continue;
      // A cache mount on the lists (or on /var/lib/apt, which holds them) keeps them out of the layer.
      if (hasCacheMount(run, lists.slice(0, lists.lastIndexOf('/')))) continue;
      if (commands.some((c) => removesDir(c, [lists]))) continue;
      report({ messageId: 'missing', range: install.range, ...appendToRun(run, apt.clean!.fix) });
    }
  },
});
