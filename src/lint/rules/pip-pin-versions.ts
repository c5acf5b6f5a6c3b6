import { hasFlag, type Word } from '../../dockerfile/index.js';
import { packageManager } from '../../knowledge/package-managers.js';
import { pipCommandWords, pipConstraint, pipToolchain } from '../../knowledge/pip.js';
import { isPathOrUrl, matchSub, packageArgs, pipCommand, pipValueFlags } from '../helpers/packages.js';
import { envValue } from '../helpers.js';
import { defineRule } from '../types.js';

/** `foo/bar`: no requirement specifier holds a slash outside a URL, so the word is a local project. */
function isLocalPath(value: string): boolean {
  return value.includes('/') && !value.includes('://');
}

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
    const pipx = packageManager('pipx');
    for (const { command, instruction } of model.runCommands) {
      let words: Word[];
      if (command.name === 'pipx') {
        const sub = matchSub(command, pipx.pin!.subs, pipx.valueFlags);
        if (!sub) continue;
        // `pipx inject <app> <package>…`: the first word names the installed app.
        words = packageArgs(command, pipx.valueFlags).slice(sub.value === 'inject' ? 1 : 0);
      } else {
        const pip = pipCommand(command);
        if (!pip || !matchSub(pip, installs, pipValueFlags)) continue;
        // A constraints file pins whatever is named on the command line.
        if (hasFlag(pip, ...pipConstraint.flags) || envValue(instruction, pipConstraint.env)) continue;
        if (command.assignments.some((a) => a.name === pipConstraint.env)) continue;
        words = packageArgs(pip, pipValueFlags);
      }
      for (const word of words) {
        const name = word.value.split('[')[0].toLowerCase();
        // `pip install upgrade` is pip-install-command-word's: the word is no package meant.
        if (pipCommandWords.has(name)) continue;
        const vcs = /^(git|hg|svn|bzr)\+/.test(word.value);
        // The installer's own toolchain (`pip install --upgrade pip setuptools wheel`) is bootstrap,
        // not the application's dependencies; hadolint flags it, pinning it buys nothing.
        if (
          vcs
            ? vcsPinned(word.value)
            : isPathOrUrl(word) ||
              isLocalPath(word.value) ||
              pin!.pinned(word.value) ||
              pipToolchain.has(name)
        )
          continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
