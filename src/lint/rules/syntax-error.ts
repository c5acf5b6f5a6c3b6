import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1000',
  name: 'syntax-error',
  severity: 'error',
  description: 'The Dockerfile has an error that makes the build fail before any step runs.',
  messages: { problem: '{{problem}}' },
  check({ model, report }) {
    for (const p of model.problems)
      report({ messageId: 'problem', data: { problem: p.message }, range: p.range });
  },
});
