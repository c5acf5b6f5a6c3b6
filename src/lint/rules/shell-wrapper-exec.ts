import { type Command, flagValue } from '../../dockerfile/index.js';
import { appPrograms, isPythonInterpreter } from '../../knowledge/servers.js';
import { execsLastCommand, programName, scriptFlagIndex } from '../../knowledge/shells.js';
import { parseInlineScript, topLevelCommands } from '../helpers/exec-form-shell.js';
import { finalStage, insertBefore, lastInStage, unwrap } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS4013',
  name: 'shell-wrapper-exec',
  severity: 'warning',
  description:
    '`CMD ["sh", "-c", "… uvicorn …"]` must `exec` the server, or sh stays PID 1 and swallows SIGTERM.',
  fixable: true,
  messages: {
    noExec:
      '{{shell}} -c runs {{server}} as a child: {{shell}} is PID 1, ignores SIGTERM and does not forward it, so `docker stop` waits 10 s and kills the server without a graceful shutdown; write `exec {{server}} …`',
  },
  check({ model, report }) {
    const stage = finalStage(model);
    for (const keyword of ['ENTRYPOINT', 'CMD']) {
      const instruction = lastInStage(stage, keyword);
      const items = instruction?.exec?.valid ? instruction.exec.items : undefined;
      const c = items ? scriptFlagIndex(items.map((i) => i.value)) : -1;
      const item = items && c !== -1 ? items[c + 1] : undefined;
      if (!item) continue;
      const { script, exact } = parseInlineScript(model, item);
      const top = topLevelCommands(script);
      const last = top.at(-1);
      if (!last || script.error || last.inPipeline || last.name === 'exec') continue;
      // bash (not dash, Debian's sh) replaces itself with a lone simple command.
      const shell = programName(items![0].value);
      if (execsLastCommand.includes(shell) && top.length === 1) continue;
      const python = isPythonInterpreter(last.name);
      if (python ? !runsScript(last) : !appPrograms.has(unwrap(last).name)) continue;
      const server = python ? last : unwrap(last);
      report({
        messageId: 'noExec',
        data: { shell, server: server.name },
        range: exact ? last.nameWord.range : item.range,
        // Safe where the server ends a plain `&&` chain: nothing after it would have run anyway.
        ...(exact && script.appendAfter === last
          ? { fix: insertBefore(last.nameWord.range, 'exec '), fixProven: true }
          : { suggestion: exact ? insertBefore(last.nameWord.range, 'exec ') : undefined }),
      });
    }
  },
});

/** `python app.py` or `python -m pkg` runs a program; `python -c` or a bare `python --version` may not. */
function runsScript(command: Command): boolean {
  return flagValue(command, '-m') !== undefined || command.args.some((a) => a.value.endsWith('.py'));
}
