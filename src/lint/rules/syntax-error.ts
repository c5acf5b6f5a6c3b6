import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1000',
  name: 'syntax-error',
  severity: 'error',
  description: 'The Dockerfile has an error that makes the build fail before any step runs.',
  messages: {
    problem: '{{problem}}',
    empty: 'the Dockerfile has no instructions: Docker refuses to build it ("file with no instructions")',
  },
  check({ model, report }) {
    for (const p of model.problems)
      report({ messageId: 'problem', data: { problem: p.message }, range: p.range });
    // Empty or comments only: BuildKit stops before reading any stage.
    if (model.instructions.length === 0 && model.problems.length === 0) {
      const at = { line: 1 + model.lineOffset, column: 1 };
      report({ messageId: 'empty', range: { start: at, end: at } });
    }
  },
});
