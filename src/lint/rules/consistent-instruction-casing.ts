import type { Instruction } from '../../dockerfile/index.js';
import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1030',
  name: 'consistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'warning',
  description: 'Instruction keywords should all be upper-case or all lower-case, as most of the file is.',
  fixable: true,
  messages: {
    casing: '"{{keyword}}" does not match the {{casing}} casing of the other instructions; write "{{want}}"',
  },
  check({ model, report }) {
    const all: Instruction[] = model.instructions.flatMap((i) => (i.trigger ? [i, i.trigger] : [i]));
    let upper = 0;
    let lower = 0;
    for (const i of all) {
      if (i.rawKeyword === i.rawKeyword.toUpperCase()) upper++;
      else if (i.rawKeyword === i.rawKeyword.toLowerCase()) lower++;
    }
    // BuildKit's rule: the majority wins, upper case on a tie.
    const toLower = lower > upper;
    for (const i of all) {
      const want = toLower ? i.rawKeyword.toLowerCase() : i.rawKeyword.toUpperCase();
      if (i.rawKeyword === want) continue;
      report({
        messageId: 'casing',
        data: { keyword: i.rawKeyword, casing: toLower ? 'lower' : 'upper', want },
        range: i.keywordRange,
        fix: replace(i.keywordRange, want),
      });
    }
  },
});
