import { knownValueFlags } from '../../dockerfile/index.js';
import { isPathOrUrl, matchSub, packageArgs } from '../helpers/a-packages.js';
import { defineRule } from '../types.js';

/** `express@4.21.2`, `@types/node@22`, a tarball, or a git/GitHub spec (`github:user/repo#v1`). */
function pinned(value: string): boolean {
  if (value.lastIndexOf('@') > 0) return true;
  return /\.(tgz|tar\.gz)$/.test(value) || /^(git|git\+[a-z]+|github|gitlab|bitbucket|file):/.test(value);
}

const valueFlags = [
  ...(knownValueFlags.npm ?? []),
  ...[
    '--registry',
    '--omit',
    '--include',
    '--cache',
    '--loglevel',
    '--tag',
    '--userconfig',
    '--install-strategy',
  ],
];

export default defineRule({
  id: 'DS2017',
  name: 'npm-pin-versions',
  aliases: ['DL3016'],
  severity: 'warning',
  description: '`npm install <package>` should pin a version (`name@version`), or install from package.json.',
  messages: {
    unpinned: '{{name}} is not pinned: each build may get a different version; write {{name}}@<version>',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'npm' || !matchSub(command, ['install', 'i', 'add', 'isntall', 'in'], valueFlags))
        continue;
      for (const word of packageArgs(command, valueFlags)) {
        if (isPathOrUrl(word) || pinned(word.value)) continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
