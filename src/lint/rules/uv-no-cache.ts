import { hasFlag } from '../../dockerfile/index.js';
import { matchSub } from '../helpers/a-packages.js';
import { imageStages, ships } from '../helpers/e-stages.js';
import { envValue, hasCacheMount, insertAfter } from '../helpers.js';
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
    const shipping = imageStages(model);
    for (const { command, instruction } of model.runCommands) {
      if (!ships(shipping, instruction)) continue;
      if (command.name !== 'uv') continue;
      const pip = command.args[0]?.value === 'pip';
      const c = pip ? { ...command, args: command.args.slice(1) } : command;
      const sub = matchSub(c, pip ? ['install', 'sync'] : ['sync', 'add', 'tool']);
      if (!sub || hasFlag(command, '--no-cache', '-n')) continue;
      if (truthy(envValue(instruction, 'UV_NO_CACHE'))) continue;
      if (command.assignments.some((a) => a.name === 'UV_NO_CACHE' && truthy(a.value))) continue;
      if (hasCacheMount(instruction)) continue;
      report({ messageId: 'missing', range: command.range, fix: insertAfter(sub.range, ' --no-cache') });
    }
  },
});
