import { hasFlag, isSubcommand, subcommand } from '../../dockerfile/index.js';
import { isPythonInterpreter } from '../../knowledge/servers.js';
import { imageStages, ships } from '../helpers/e-stages.js';
import { envValue, hasCacheMount, insertAfter } from '../helpers.js';
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
    const shipping = imageStages(model);
    for (const { command, instruction } of model.runCommands) {
      // A builder's pip cache stays in the builder unless the stage ships whole.
      if (!ships(shipping, instruction)) continue;
      const pip =
        /^pip[0-9.]*$/.test(command.name) ||
        (isPythonInterpreter(command.name) &&
          command.args[0]?.value === '-m' &&
          command.args[1]?.value === 'pip');
      if (!pip) continue;
      const c = command.name.startsWith('python')
        ? { ...command, name: 'pip', args: command.args.slice(2) }
        : command;
      if (!isSubcommand(c, c.name, 'install')) continue;
      if (hasFlag(c, '--no-cache-dir')) continue;
      // pip reads any non-empty PIP_NO_CACHE_DIR (even the legacy "off") as "no cache".
      if (envValue(instruction, 'PIP_NO_CACHE_DIR')) continue;
      if (command.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR')) continue;
      if (hasCacheMount(instruction)) continue;
      report({
        messageId: 'missing',
        range: command.range,
        fix: insertAfter(subcommand(c)!.range, ' --no-cache-dir'),
      });
    }
  },
});
