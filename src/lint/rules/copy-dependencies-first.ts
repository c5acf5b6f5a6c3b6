import { type Command, flagValue, isSubcommand, type Range } from '../../dockerfile/index.js';
import { copySources, unwrap } from '../helpers.js';
import { defineRule } from '../types.js';

const lockFiles =
  /(^|\/)(requirements[^/]*\.(txt|in)|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(\.lock)?|pdm\.lock|setup\.(py|cfg))$/;

/** The dependency installs that only need the dependency files, not the source. */
function installsDependencies(raw: Command): boolean {
  const c = unwrap(raw);
  if (isSubcommand(c, ['pip', 'pip3'], 'install') || (c.name === 'uv' && c.args[0]?.value === 'pip'))
    return flagValue(c, '-r', '--requirement') !== undefined;
  return (
    isSubcommand(c, 'uv', 'sync') ||
    isSubcommand(c, 'poetry', 'install') ||
    isSubcommand(c, ['pipenv', 'pdm'], 'install', 'sync')
  );
}

export default defineRule({
  id: 'DS4010',
  name: 'copy-dependencies-first',
  severity: 'warning',
  description:
    'Copy the dependency files and install them before `COPY . .`, so a code change does not reinstall every dependency.',
  messages: {
    order:
      'COPY {{source}} comes before the dependency install on line {{line}}: every source change invalidates that layer and reinstalls all dependencies; COPY the dependency files and install them first',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let wide: { source: string; range: Range } | undefined;
      let depsCopied = false;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          for (const s of copySources(instruction)) {
            if (!wide && lockFiles.test(s.path)) depsCopied = true;
            else if (!wide && !depsCopied && s.path === '.') wide = { source: s.path, range: s.range };
          }
        } else if (instruction.keyword === 'RUN' && wide) {
          const install = instruction.shell?.commands.find(installsDependencies);
          if (!install) continue;
          report({
            messageId: 'order',
            data: { source: wide.source, line: install.range.start.line },
            range: wide.range,
          });
          break;
        }
      }
    }
  },
});
