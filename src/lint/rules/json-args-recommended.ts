import { defineRule } from '../types.js';

// Characters that make a shell-form command more than a list of words; such a command needs a shell.
const needsShell = /[|&;<>()$`\\*?~{}\n]|^\s*$/;

export default defineRule({
  id: 'DS1001',
  name: 'json-args-recommended',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  description: 'CMD and ENTRYPOINT should use the exec (JSON) form so the server is PID 1 and gets SIGTERM.',
  fixable: true,
  messages: {
    shellForm:
      '{{keyword}} in shell form runs under /bin/sh -c: sh is PID 1 and does not pass SIGTERM to the server, so `docker stop` waits and kills it; use the JSON form',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      // A custom SHELL means the author chose the shell on purpose (BuildKit stays quiet too).
      if (stage.instructions.some((i) => i.keyword === 'SHELL')) continue;
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'CMD' && instruction.keyword !== 'ENTRYPOINT') continue;
        if (instruction.form !== 'shell' || instruction.exec) continue;
        const script = instruction.shell;
        const command = script?.commands[0];
        const simple =
          script &&
          !script.error &&
          script.commands.length === 1 &&
          command &&
          command.assignments.length === 0 &&
          command.nameWord.literal &&
          command.args.every((a) => a.literal) &&
          !needsShell.test(instruction.argsText.replace(/"[^"$`\\]*"|'[^']*'/g, 'x'));
        const words = command ? [command.nameWord, ...command.args].map((w) => w.value) : [];
        report({
          messageId: 'shellForm',
          data: { keyword: instruction.keyword },
          range: instruction.argsRange ?? instruction.range,
          fix:
            simple && instruction.argsRange
              ? { range: instruction.argsRange, text: `[${words.map((w) => JSON.stringify(w)).join(', ')}]` }
              : undefined,
        });
      }
    }
  },
});
