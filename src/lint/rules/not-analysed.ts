import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1047',
  name: 'not-analysed',
  severity: 'info',
  description: 'A part of the Dockerfile passed an analysis limit and was not analysed.',
  messages: {
    limit: '{{what}}; the other rules say nothing about it',
  },
  check({ model, report }) {
    for (const limit of model.limits)
      report({ messageId: 'limit', data: { what: limit.message }, range: limit.range });
  },
});
