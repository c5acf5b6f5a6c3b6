import { type Instruction, withInlineScripts } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1048',
  name: 'backtick-substitution',
  aliases: ['SC2006'],
  severity: 'style',
  description: 'Use `$(…)` for command substitution, not the legacy backticks.',
  messages: {
    legacy:
      'backticks are the legacy form of command substitution: they do not nest without escaping and treat backslashes differently; write $(…)',
  },
  check({ model, report }) {
    const scripts = (i: Instruction) => [i, ...(i.trigger ? [i.trigger] : [])];
    for (const top of model.instructions) {
      for (const instruction of scripts(top)) {
        if (!instruction.shell) continue;
        // Substitutions are among the shell model's opaque ranges; the backtick form starts with one.
        for (const { script } of withInlineScripts(instruction.shell))
          for (const range of script.opaque) {
            const line = model.lineText(range.start.line);
            if (line[range.start.column - 1] === '`') report({ messageId: 'legacy', range });
          }
      }
    }
  },
});
