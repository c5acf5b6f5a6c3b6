import { defineRule } from '../types.js';

const disallowed = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  id: 'DS1037',
  name: 'onbuild-trigger-allowed',
  aliases: ['DL3043'],
  severity: 'error',
  description: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER.',
  messages: { disallowed: 'ONBUILD {{keyword}} is not allowed; the image that builds on this one fails' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const trigger = instruction.trigger;
      if (!trigger || !disallowed.has(trigger.keyword)) continue;
      report({ messageId: 'disallowed', data: { keyword: trigger.rawKeyword }, range: trigger.keywordRange });
    }
  },
});
