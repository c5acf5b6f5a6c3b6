import { type Command, findFlag, hasFlag, isSubcommand, type Word } from '../../dockerfile/index.js';
import { copyDestination, copyFromStage, workdirAt } from '../helpers/paths.js';
import { unwrap } from '../helpers.js';
import { defineRule } from '../types.js';

// Paths that hold an installed environment: a virtualenv, site-packages, the user or system prefix.
const environment = /(venv|site-packages|\/usr\/local|\/\.local|\/opt\/[^/]*$|__pypackages__)/;

/** The word that makes a command install the project in editable mode, if it does. */
function editableWord(raw: Command): Word | undefined {
  const c = unwrap(raw);
  if (isSubcommand(c, ['pip', 'pip3'], 'install') || (c.name === 'uv' && c.args[0]?.value === 'pip'))
    return findFlag(c, '-e', '--editable');
  // uv sync and poetry install install the project itself editable unless told otherwise.
  if (isSubcommand(c, 'uv', 'sync') && !hasFlag(c, '--no-editable', '--no-install-project'))
    return c.args.find((a) => a.value === 'sync');
  if (isSubcommand(c, 'poetry', 'install') && !hasFlag(c, '--no-root'))
    return c.args.find((a) => a.value === 'install');
  return undefined;
}

export default defineRule({
  id: 'DS4015',
  name: 'editable-install-copied',
  severity: 'warning',
  description:
    'An editable install in a builder whose environment is copied to another stage points at source the runtime does not have.',
  messages: {
    editable:
      'this editable install links the environment to {{dir}} in stage {{builder}}, but line {{line}} copies the environment to a stage without {{dir}}: the project then imports only while its source happens to be on sys.path (the working directory) and fails with ModuleNotFoundError elsewhere; install it non-editable ({{hint}})',
  },
  check({ model, report }) {
    const reported = new Set<Word>();
    for (const target of model.stages) {
      for (const copy of target.instructions) {
        if (copy.keyword !== 'COPY') continue;
        const builder = copyFromStage(model.stages, copy);
        const sources = (copy.exec?.valid ? copy.exec.items : copy.args).slice(0, -1);
        if (!builder || builder === target || !sources.some((s) => environment.test(s.value))) continue;
        for (const run of builder.instructions) {
          if (run.keyword !== 'RUN') continue;
          for (const command of run.shell?.commands ?? []) {
            const word = editableWord(command);
            if (!word || reported.has(word)) continue;
            const dir = workdirAt(builder, run);
            // Quiet when the runtime stage puts the source at the same path: the link then resolves.
            if (
              target.instructions.some(
                (i) => ['COPY', 'ADD'].includes(i.keyword) && copyDestination(target, i) === dir,
              )
            )
              continue;
            const hint =
              word.value === 'sync'
                ? 'uv sync --no-editable'
                : word.value === 'install'
                  ? 'poetry install --no-root, then pip install .'
                  : 'pip install .';
            reported.add(word);
            report({
              messageId: 'editable',
              data: {
                dir,
                builder: builder.rawName ?? `#${builder.index}`,
                line: copy.range.start.line,
                hint,
              },
              range: word.range,
            });
          }
        }
      }
    }
  },
});
