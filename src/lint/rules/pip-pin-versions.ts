import { hasFlag } from '../../dockerfile/index.js';
import { isPathOrUrl, matchSub, packageArgs, pipCommand, pipValueFlags } from '../helpers/a-packages.js';
import { envValue } from '../helpers.js';
import { defineRule } from '../types.js';

// The installer's own toolchain (`pip install --upgrade pip setuptools wheel`) is bootstrap, not the
// application's dependencies; hadolint flags it, but pinning it buys nothing the base image does not.
const toolchain = new Set(['pip', 'setuptools', 'wheel']);

/** `fastapi==0.115.0`, `uvicorn>=0.30`, `pkg @ https://…`, a wheel or sdist file. */
function pinned(value: string): boolean {
  return /(===?|~=|!=|<=?|>=?|@)/.test(value) || /\.(whl|tar\.gz|zip)$/.test(value);
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
    for (const { command, instruction } of model.runCommands) {
      const pip = pipCommand(command);
      if (!pip || !matchSub(pip, ['install'], pipValueFlags)) continue;
      // A constraints file pins whatever is named on the command line.
      if (hasFlag(pip, '-c', '--constraint', '--overrides') || envValue(instruction, 'PIP_CONSTRAINT'))
        continue;
      if (command.assignments.some((a) => a.name === 'PIP_CONSTRAINT')) continue;
      for (const word of packageArgs(pip, pipValueFlags)) {
        const name = word.value.split('[')[0].toLowerCase();
        const vcs = /^(git|hg|svn|bzr)\+/.test(word.value);
        if (vcs ? vcsPinned(word.value) : isPathOrUrl(word) || pinned(word.value) || toolchain.has(name))
          continue;
        report({ messageId: 'unpinned', data: { name: word.value }, range: word.range });
      }
    }
  },
});
