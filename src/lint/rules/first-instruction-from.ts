import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1013',
  name: 'first-instruction-from',
  aliases: ['DL3061'],
  severity: 'error',
  description: 'A Dockerfile must begin with FROM, or with ARGs for FROM (comments and directives aside).',
  messages: {
    beforeFrom: '{{keyword}} before the first FROM: only ARG may come before FROM, so the build fails',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'FROM') return;
      if (instruction.keyword === 'ARG') continue;
      report({
        messageId: 'beforeFrom',
        data: { keyword: instruction.rawKeyword },
        range: instruction.keywordRange,
      });
      return;
    }
  },
});
