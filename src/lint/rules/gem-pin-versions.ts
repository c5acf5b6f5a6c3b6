import { hasFlag } from '../../dockerfile/index.js';
import { isPathOrUrl, matchSub, packageArgs } from '../helpers/a-packages.js';
import { defineRule } from '../types.js';

const valueFlags = [
  '-v',
  '--version',
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '-s',
  '--source',
  '--platform',
  '-P',
  '--trust-policy',
  '-g',
  '--file',
];

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
    for (const { command } of model.runCommands) {
      if (command.name !== 'gem' || !matchSub(command, ['install', 'i'], valueFlags)) continue;
      if (hasFlag(command, '-v', '--version')) continue;
      for (const word of packageArgs(command, valueFlags)) {
        if (isPathOrUrl(word) || word.value.includes(':') || word.value.endsWith('.gem')) continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
