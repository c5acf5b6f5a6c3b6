import { knownValueFlags } from '../../dockerfile/index.js';
import { isPathOrUrl, matchSub, packageArgs } from '../helpers/a-packages.js';
import { defineRule } from '../types.js';

/** `express@4.21.2`, `@types/node@22`, a tarball; a git spec needs a `#commit-ish`. */
function pinned(value: string): boolean {
  if (/^(git|git\+[a-z]+|github|gitlab|bitbucket):/.test(value)) return value.includes('#');
  if (value.startsWith('file:')) return true;
  return value.lastIndexOf('@') > 0 || /\.(tgz|tar\.gz|tar)$/.test(value);
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
        const git = /^(git|git\+[a-z]+|github|gitlab|bitbucket):/.test(word.value);
        if (git ? pinned(word.value) : isPathOrUrl(word) || pinned(word.value)) continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
