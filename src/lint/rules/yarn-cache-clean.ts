import { positionalArgs } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { cleansAfter } from '../helpers/packages.js';
import { imageStages, ships } from '../helpers/stages.js';
import { appendToRun } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2018',
  name: 'yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  description: 'A RUN that installs with yarn should run `yarn cache clean` in the same RUN.',
  fixable: true,
  messages: {
    missing:
      'yarn keeps every downloaded package in its cache in this layer; end the RUN with `yarn cache clean`',
  },
  check({ model, report }) {
    const yarn = packageManager('yarn');
    const shipping = imageStages(model);
    for (const run of model.runs) {
      if (!ships(shipping, run)) continue;
      const commands = run.shell?.commands ?? [];
      // Bare `yarn` installs too.
      const installAt = commands.findIndex((c) => {
        const sub = positionalArgs(c, yarn.valueFlags)[0];
        return yarn.programs.includes(c.name) && (!sub || yarn.installs.includes(sub.value));
      });
      const install = commands[installAt];
      if (!install) continue;
      // Any cache or tmpfs mount aimed at yarn's cache (its path varies by user and yarn version).
      const mounted = (f: { name: string; value?: string }) =>
        f.name === 'mount' && /type=(cache|tmpfs)/.test(f.value ?? '') && /yarn/.test(f.value ?? '');
      if (run.flags.some(mounted)) continue;
      if (cleansAfter(commands, installAt, yarn)) continue;
      report({ messageId: 'missing', range: install.range, ...appendToRun(run, yarn.clean!.fix) });
    }
  },
});
