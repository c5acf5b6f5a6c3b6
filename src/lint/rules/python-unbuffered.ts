import { hasFlag, stageEndEnv } from '../../dockerfile/index.js';
import { appPrograms, isPythonInterpreter } from '../../knowledge/servers.js';
import { commandsOf, insertBefore, startCommands } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS4014',
  name: 'python-unbuffered',
  severity: 'info',
  description: 'Set PYTHONUNBUFFERED=1 so print() output reaches `docker logs` as it is written.',
  fixable: true,
  messages: {
    unbuffered:
      'PYTHONUNBUFFERED is not set: without a terminal, Python block-buffers stdout, so print() output reaches `docker logs` late and is lost when the process is killed; add ENV PYTHONUNBUFFERED=1',
  },
  check({ model, report }) {
    for (const { command, instruction } of startCommands(model)) {
      // startCommands unwraps `python -m app` to `app`; the instruction's own words still say python.
      const raw = commandsOf(instruction);
      if (
        !isPythonInterpreter(command.name) &&
        !appPrograms.has(command.name) &&
        !raw.some((c) => isPythonInterpreter(c.name))
      )
        continue;
      // The container gets every ENV of the stage, an ENV written after CMD included.
      const set = instruction.stage ? stageEndEnv(instruction.stage).get('PYTHONUNBUFFERED') : undefined;
      // Python reads only a non-empty value (an empty PYTHONUNBUFFERED= leaves stdout buffered).
      if (set && set.value !== '') return;
      if (raw.some((c) => isPythonInterpreter(c.name) && hasFlag(c, '-u'))) return;
      report({
        messageId: 'unbuffered',
        range: instruction.keywordRange,
        // An ENV that empties it would undo the inserted one: the user must change that ENV.
        fix: set ? undefined : insertBefore(instruction.range, 'ENV PYTHONUNBUFFERED=1\n'),
      });
      return;
    }
  },
});
