import { hasFlag, subcommand } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub, pipCommand } from '../helpers/packages.js';
import { imageStages, ships } from '../helpers/stages.js';
import { envValue, exportedBefore, hasCacheMount, insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2004',
  name: 'pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'warning',
  description: '`pip install` should pass `--no-cache-dir` unless the RUN mounts a cache for it.',
  fixable: true,
  messages: {
    missing:
      'pip keeps its download cache in the image layer; add --no-cache-dir (or mount a cache at /root/.cache/pip)',
  },
  check({ model, report }) {
    const pip = packageManager('pip');
    const shipping = imageStages(model);
    for (const { command, instruction } of model.runCommands) {
      // A builder's pip cache stays in the builder unless the stage ships whole.
      if (!ships(shipping, instruction)) continue;
      // `pip`, `pip3.12`, `python -m pip` (uv's pip interface has its own rule).
      const c = command.name === 'uv' ? undefined : pipCommand(command);
      if (!c || !matchSub(c, pip.installs, pip.valueFlags)) continue;
      const { flags, env } = pip.noCache!;
      if (hasFlag(c, ...flags)) continue;
      // pip reads any non-empty PIP_NO_CACHE_DIR (even the legacy "off") as "no cache".
      if (envValue(instruction, env!)) continue;
      if (command.assignments.some((a) => a.name === env)) continue;
      if (exportedBefore(model, instruction, command, env!)) continue;
      if (hasCacheMount(instruction) || pip.cacheDirs.some((d) => hasCacheMount(instruction, d))) continue;
      report({
        messageId: 'missing',
        range: command.range,
        fix: insertAfter(subcommand(c, pip.valueFlags)!.range, ` ${flags[0]}`),
      });
    }
  },
});
