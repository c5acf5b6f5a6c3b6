import type { Command, Word } from '../../dockerfile/index.js';
import { findFlag, flagValue, hasFlag } from '../../dockerfile/index.js';
import { matchSub, shippedStages } from '../helpers/packages.js';
import { envValue, insertAfter } from '../helpers.js';
import type { Edit } from '../types.js';
import { defineRule } from '../types.js';

interface DevInstall {
  tool: string;
  /** What to pass instead. */
  want: string;
  fix?: Edit;
}

/** An install that brings the development dependency group along, or undefined. */
function devInstall(c: Command, env: (name: string) => string | undefined): DevInstall | undefined {
  const at = (sub: Word, text: string) => insertAfter(sub.range, ` ${text}`);
  let sub =
    c.name === 'poetry'
      ? matchSub(c, ['install', 'sync'], ['-C', '--directory', '-P', '--project'])
      : undefined;
  if (sub) {
    // Poetry ≥1.2 installs every non-optional group unless told otherwise; 1.x also had --no-dev.
    const only = flagValue(c, '--only')?.value.split(',');
    if (only && !only.includes('dev')) return undefined;
    if (hasFlag(c, '--without', '--no-dev', '--only-root')) return undefined;
    return {
      tool: `poetry ${sub.value}`,
      want: '--only main',
      fix: only ? undefined : at(sub, '--only main'),
    };
  }
  sub = c.name === 'uv' ? matchSub(c, ['sync']) : undefined;
  if (sub) {
    // uv sync installs the `dev` group by default.
    if (
      hasFlag(c, '--no-dev', '--no-default-groups', '--only-group') ||
      /^(1|true)$/i.test(env('UV_NO_DEV') ?? '')
    )
      return undefined;
    return {
      tool: 'uv sync',
      want: '--no-dev',
      fix: hasFlag(c, '--only-dev') ? undefined : at(sub, '--no-dev'),
    };
  }
  sub = c.name === 'pdm' ? matchSub(c, ['install', 'sync']) : undefined;
  if (sub && !hasFlag(c, '--prod', '--production'))
    return { tool: `pdm ${sub.value}`, want: '--prod', fix: at(sub, '--prod') };
  if (c.name === 'pipenv' && matchSub(c, ['install', 'sync']) && findFlag(c, '--dev', '-d'))
    return { tool: 'pipenv --dev', want: 'no --dev' };
  return undefined;
}

export default defineRule({
  id: 'DS2033',
  name: 'no-dev-dependencies',
  severity: 'warning',
  description: 'Installs in stages that reach the final image should leave out development dependencies.',
  fixable: true,
  messages: {
    dev: '{{tool}} also installs the development dependencies (test runners, linters) into the image; use {{want}}',
  },
  check({ model, report }) {
    const shipped = shippedStages(model);
    for (const { command, instruction } of model.runCommands) {
      // ONBUILD triggers run in a child image that ships, so they count as shipped too.
      if (!instruction.onbuild && instruction.stage && !shipped.has(instruction.stage)) continue;
      const dev = devInstall(command, (name) => envValue(instruction, name));
      if (dev)
        report({
          messageId: 'dev',
          data: { tool: dev.tool, want: dev.want },
          range: command.range,
          fix: dev.fix,
        });
    }
  },
});
