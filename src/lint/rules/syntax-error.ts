import { closest } from 'fastest-levenshtein';
import { instructionFlags, NO_FLAGS } from '../../knowledge/instruction-flags.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1000',
  name: 'syntax-error',
  severity: 'error',
  description: 'The Dockerfile has an error that makes the build fail before any step runs.',
  messages: {
    problem: '{{problem}}',
    empty: 'the Dockerfile has no instructions: Docker refuses to build it ("file with no instructions")',
    unknownFlag:
      '{{keyword}} has no flag --{{flag}}: the build stops here ("Unknown flag: {{flag}}"); {{known}}',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const i = instruction.trigger ?? instruction;
      if (i.flags.length === 0) continue;
      const known = instructionFlags[i.keyword] ?? NO_FLAGS;
      for (const flag of i.flags) {
        if (known.includes(flag.name)) continue;
        const hint = known.length
          ? `did you mean --${closest(flag.name, [...known])}?`
          : `${i.keyword} takes no flags`;
        report({
          messageId: 'unknownFlag',
          data: { keyword: i.keyword, flag: flag.name, known: hint },
          range: flag.range,
        });
      }
    }
    for (const p of model.problems)
      report({ messageId: 'problem', data: { problem: p.message }, range: p.range });
    // Empty or comments only: BuildKit stops before reading any stage.
    if (model.instructions.length === 0 && model.problems.length === 0) {
      const at = { line: 1 + model.lineOffset, column: 1 };
      report({ messageId: 'empty', range: { start: at, end: at } });
    }
  },
});
