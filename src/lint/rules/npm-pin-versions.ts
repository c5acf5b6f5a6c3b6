import { packageManager } from '../../knowledge/package-managers.js';
import { isPathOrUrl, matchSub, packageArgs } from '../helpers/packages.js';
import { defineRule } from '../types.js';

/** `express@4.21.2`, `@types/node@22`, a tarball; a git spec needs a `#commit-ish`. */
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
    const npm = packageManager('npm');
    const pin = npm.pin!;
    for (const { command } of model.runCommands) {
      if (!npm.programs.includes(command.name) || !matchSub(command, pin.subs, npm.valueFlags)) continue;
      for (const word of packageArgs(command, npm.valueFlags)) {
        // A git URL is a URL, but only a #commit pins it.
        const git = /^(git|git\+[a-z]+|github|gitlab|bitbucket):/.test(word.value);
        if (pin.pinned(word.value) || (!git && isPathOrUrl(word))) continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
