import { hasFlag } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub, removesDir } from '../helpers/packages.js';
import { imageStages, ships } from '../helpers/stages.js';
import { hasCacheMount, insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2015',
  name: 'apk-no-cache',
  aliases: ['DL3019', 'DS025', 'DKL-DI-0004'],
  severity: 'info',
  description: '`apk add` should pass `--no-cache` so the package index stays out of the image.',
  fixable: true,
  messages: {
    missing: 'apk keeps its package index in /var/cache/apk in this layer; add --no-cache',
  },
  check({ model, report }) {
    const apk = packageManager('apk');
    const shipping = imageStages(model);
    for (const { command, instruction } of model.runCommands) {
      if (!ships(shipping, instruction)) continue;
      if (!apk.programs.includes(command.name)) continue;
      const sub = matchSub(command, apk.installs, apk.valueFlags);
      if (!sub || hasFlag(command, ...apk.noCache!.flags)) continue;
      if (apk.cacheDirs.some((d) => hasCacheMount(instruction, d))) continue;
      // The older idiom, `apk update && apk add … && rm -rf /var/cache/apk/*`, also leaves nothing.
      if ((instruction.shell?.commands ?? []).some((c) => removesDir(c, apk.cacheDirs.slice(0, 1)))) continue;
      report({
        messageId: 'missing',
        range: command.range,
        fix: insertAfter(sub.range, ` ${apk.noCache!.flags[0]}`),
      });
    }
  },
});
