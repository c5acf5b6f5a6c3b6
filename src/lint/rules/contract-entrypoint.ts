import { flagValue, type Stage, type Word } from '../../dockerfile/index.js';
import { serverByProgram } from '../../knowledge/servers.js';
import { copyDestination, joinPath, workdirAt } from '../helpers/paths.js';
import { finalStage, replace, stageChain, startCommands } from '../helpers.js';
import { defineRule } from '../types.js';

const appRef = /^[A-Za-z_][\w.]*:[A-Za-z_][\w.]*(\(.*\))?$/;
const norm = (ref: string) => ref.replace(/\(.*\)$/, '');

export default defineRule({
  id: 'DS5012',
  name: 'contract-entrypoint',
  severity: 'error',
  description: "The server must run the contract's `module:object`, and the image must contain that module.",
  fixable: true,
  needs: 'contract',
  messages: {
    differs: '{{server}} runs {{actual}}, but the contract entrypoint is {{wanted}}',
    notCopied:
      '{{server}} imports {{module}} from {{path}}, but no COPY puts a file there: the container fails with ModuleNotFoundError',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const wanted = contract.app.entrypoint;
    for (const { command, instruction } of startCommands(model)) {
      if (!serverByProgram(command.name)) continue;
      const ref = command.args.find((a: Word) => a.literal && appRef.test(a.value));
      if (!ref) continue;
      if (norm(ref.value) !== norm(wanted)) {
        const exact = ref.text === ref.value || ref.text === JSON.stringify(ref.value);
        report({
          messageId: 'differs',
          data: { server: command.name, actual: ref.value, wanted },
          range: ref.range,
          fix: exact
            ? replace(ref.range, ref.text.startsWith('"') ? JSON.stringify(wanted) : wanted)
            : undefined,
        });
        continue;
      }
      // Where Python will look for the module: the working directory, or --app-dir / --chdir.
      if (instruction.scope.has('PYTHONPATH')) continue;
      const dirFlag = flagValue(command, '--app-dir', '--chdir');
      if (dirFlag && !dirFlag.literal) continue;
      const base = joinPath(workdirAt(stage, instruction), dirFlag?.value ?? '.');
      const module = ref.value.split(':')[0];
      const file = joinPath(base, `${module.replace(/\./g, '/')}.py`);
      const pkg = joinPath(base, `${module.replace(/\./g, '/')}/__init__.py`);
      if (delivered(stage, [file, pkg])) continue;
      report({
        messageId: 'notCopied',
        data: { server: command.name, module, path: file },
        range: ref.range,
      });
    }
  },
});

/** True when a COPY/ADD of the stage (or a stage it builds on) can put one of the files in place. */
function delivered(stage: Stage, files: string[]): boolean {
  for (const s of stageChain(stage)) {
    for (const i of s.instructions) {
      if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
      const dest = copyDestination(s, i);
      if (!dest) continue;
      const items = (i.exec?.valid ? i.exec.items : i.args).slice(0, -1);
      for (const file of files) {
        if (file === dest) return true;
        if (!file.startsWith(dest === '/' ? '/' : `${dest}/`)) continue;
        const rel = file.slice(dest === '/' ? 1 : dest.length + 1);
        // A directory source copies its contents under dest; a file source lands as dest/<basename>.
        for (const item of items) {
          const name = item.value.replace(/\/+$/, '').split('/').at(-1) ?? '';
          if (item.value.includes('$') || /[*?[]/.test(item.value) || !/\.\w+$/.test(name) || name === rel)
            return true;
        }
      }
    }
  }
  return false;
}
