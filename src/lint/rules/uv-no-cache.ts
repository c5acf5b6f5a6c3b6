import { hasFlag } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { matchSub } from '../helpers/packages.js';
import { imageStages, ships } from '../helpers/stages.js';
import { envValue, exportedBefore, hasCacheMount, insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

const truthy = (v: string | undefined) => v !== undefined && /^(1|true|yes|on)$/i.test(v);

export default defineRule({
  id: 'DS2032',
  name: 'uv-no-cache',
  severity: 'warning',
  description: 'uv installs should pass `--no-cache` (or set UV_NO_CACHE) unless the RUN mounts a cache.',
  fixable: true,
  messages: {
    missing:
      'uv keeps its cache (~/.cache/uv) in this layer; add --no-cache or mount a cache at /root/.cache/uv',
  },
  check({ model, report }) {
    const uv = packageManager('uv');
    const { flags, env } = uv.noCache!;
    const shipping = imageStages(model);
    for (const { command, instruction } of model.runCommands) {
      if (!ships(shipping, instruction)) continue;
      if (!uv.programs.includes(command.name)) continue;
      const pip = command.args[0]?.value === 'pip';
      const c = pip ? { ...command, args: command.args.slice(1) } : command;
      const sub = matchSub(c, uv.installs, uv.valueFlags);
      if (!sub || hasFlag(command, ...flags)) continue;
      if (truthy(envValue(instruction, env!))) continue;
      if (command.assignments.some((a) => a.name === env && truthy(a.value))) continue;
      if (truthy(exportedBefore(model, instruction, command, env!))) continue;
      if (hasCacheMount(instruction)) continue;
      report({ messageId: 'missing', range: command.range, fix: insertAfter(sub.range, ` ${flags[0]}`) });
    }
  },
});
