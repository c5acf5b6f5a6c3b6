import { type Command, flagValue, isSubcommand, type Range } from '../../dockerfile/index.js';
import { copySources, unwrap } from '../helpers.js';
import { defineRule } from '../types.js';

const lockFiles =
  /(^|\/)(requirements[^/]*\.(txt|in)|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(\.lock)?|pdm\.lock|setup\.(py|cfg))$/;

/**
 * Application code: the whole context, a directory (`app`, `src`, `backend/api`: no extension in the
 * last part) or a Python file. Data such as README.md or a config file is not code.
 */
function isCode(path: string): boolean {
  if (path === '.') return true;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return (
    /\.py$/.test(last) || (!last.includes('.') && !/^(requirements|constraints|wheels?|dist)$/i.test(last))
  );
}

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
    'Copy the dependency files and install them before the code (`COPY . .`, `COPY ./app ./app`, `COPY src/ …`), so a code change does not reinstall every dependency.',
  messages: {
    order:
      'COPY {{source}} comes before the dependency install on line {{line}}: every source change invalidates that layer and reinstalls all dependencies; COPY the dependency files and install them first',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let wide: { source: string; range: Range } | undefined;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          for (const s of copySources(instruction)) {
            // Dependency files copied first do not make a later code copy harmless.
            if (!wide && !lockFiles.test(s.path) && isCode(s.path) && !s.glob)
              wide = { source: s.path, range: s.range };
          }
        } else if (instruction.keyword === 'RUN') {
          const install = instruction.shell?.commands.find(installsDependencies);
          if (!install) continue;
          // Dependencies installed before any code: later installs are the project's own.
          if (!wide) break;
          // An install that reads the copied folder (`-r app/requirements.txt`, `--find-links /src/wheels`)
          // needs it first.
          const base = wide.source.slice(wide.source.lastIndexOf('/') + 1);
          if (wide.source !== '.' && install.args.some((a) => a.value.includes(base))) break;
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
