import { hasFlag } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { isPathOrUrl, matchSub, packageArgs } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2019',
  name: 'gem-pin-versions',
  aliases: ['DL3028'],
  severity: 'warning',
  description:
    '`gem install <gem>` should pin a version (`name:version` or `-v`), or install from a Gemfile.',
  messages: {
    unpinned: '{{name}} is not pinned: each build may get a different version; write {{name}}:<version>',
  },
  check({ model, report }) {
    const gem = packageManager('gem');
    const pin = gem.pin!;
    for (const { command } of model.runCommands) {
      if (!gem.programs.includes(command.name) || !matchSub(command, pin.subs, gem.valueFlags)) continue;
      if (hasFlag(command, '-v', '--version')) continue;
      // Words after `--` are build options for the gem's native extension, not gems.
      const end = command.args.findIndex((a) => a.value === '--');
      for (const word of packageArgs(command, gem.valueFlags)) {
        if (end >= 0 && command.args.indexOf(word) > end) continue;
        if (isPathOrUrl(word) || pin.pinned(word.value)) continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
