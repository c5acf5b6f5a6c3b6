import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1031',
  name: 'no-empty-continuation',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  description:
    'An empty line inside a `\\` continuation is skipped today but will be an error in a future Docker.',
  fixable: true,
  messages: {
    empty:
      'empty line inside the continuation of {{keyword}} (line {{line}}); remove it or end the instruction before it',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const { start, end } = instruction.range;
      // Heredoc bodies may contain empty lines: stop at the first one.
      const body = instruction.heredocs.find((h) => h.bodyRange)?.bodyRange;
      const last = body ? body.start.line - 1 : end.line;
      for (let line = start.line + 1; line < last; line++) {
        if (model.lineText(line).trim() !== '') continue;
        report({
          messageId: 'empty',
          data: { keyword: instruction.rawKeyword, line: start.line },
          range: { start: { line, column: 1 }, end: { line, column: model.lineText(line).length + 1 } },
          fix: { range: { start: { line, column: 1 }, end: { line: line + 1, column: 1 } }, text: '' },
        });
      }
    }
  },
});
