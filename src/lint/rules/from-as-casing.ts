import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1018',
  name: 'from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  description: 'The `AS` keyword should have the casing of its `FROM` (`FROM … AS`, `from … as`).',
  fixable: true,
  messages: { casing: '"{{as}}" does not match the casing of "{{from}}"; write "{{want}}"' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const from = stage.from;
      const as = from.args.find((a, i) => i > 0 && a.value.toLowerCase() === 'as');
      if (!as) continue;
      const fromUpper = from.rawKeyword === from.rawKeyword.toUpperCase();
      // Mixed-case FROM has no casing to match (consistent-instruction-casing flags it).
      if (!fromUpper && from.rawKeyword !== from.rawKeyword.toLowerCase()) continue;
      const want = fromUpper ? 'AS' : 'as';
      if (as.value === want) continue;
      report({
        messageId: 'casing',
        data: { as: as.value, from: from.rawKeyword, want },
        range: as.range,
        fix: { range: as.range, text: want },
      });
    }
  },
});
