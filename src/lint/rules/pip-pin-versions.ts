import { hasFlag } from '../../dockerfile/index.js';
import {
  packageManager,
  pipCommandWords,
  pipConstraint,
  pipToolchain,
} from '../../knowledge/package-managers.js';
import { isPathOrUrl, matchSub, packageArgs, pipCommand, pipValueFlags } from '../helpers/a-packages.js';
import { envValue } from '../helpers.js';
import { defineRule } from '../types.js';

/** `git+https://host/org/repo@v1.2`: a VCS URL needs a ref after its path (`git@host` is a user). */
function vcsPinned(value: string): boolean {
  const path = value.split('://')[1]?.split('/').slice(1).join('/') ?? '';
  return path.includes('@');
}

export default defineRule({
  id: 'DS2016',
  name: 'pip-pin-versions',
  aliases: ['DL3013'],
  severity: 'warning',
  description: '`pip install <package>` should pin a version, or install from a requirements or lock file.',
  messages: {
    unpinned: '{{name}} is not pinned: each build may get a different version; write {{name}}==<version>',
  },
  check({ model, report }) {
    const { pin, installs } = packageManager('pip');
    for (const { command, instruction } of model.runCommands) {
      const pip = pipCommand(command);
      if (!pip || !matchSub(pip, installs, pipValueFlags)) continue;
      // A constraints file pins whatever is named on the command line.
      if (hasFlag(pip, ...pipConstraint.flags) || envValue(instruction, pipConstraint.env)) continue;
      if (command.assignments.some((a) => a.name === pipConstraint.env)) continue;
      for (const word of packageArgs(pip, pipValueFlags)) {
        const name = word.value.split('[')[0].toLowerCase();
        // `pip install upgrade` is pip-install-command-word's: the word is no package meant.
        if (pipCommandWords.has(name)) continue;
        const vcs = /^(git|hg|svn|bzr)\+/.test(word.value);
        // The installer's own toolchain (`pip install --upgrade pip setuptools wheel`) is bootstrap,
        // not the application's dependencies; hadolint flags it, pinning it buys nothing.
        if (
          vcs ? vcsPinned(word.value) : isPathOrUrl(word) || pin!.pinned(word.value) || pipToolchain.has(name)
        )
          continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
