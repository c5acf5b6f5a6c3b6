import { checkedScripts } from '../helpers/shell-quoting.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1051',
  name: 'masked-exit-status',
  aliases: ['SC2155'],
  severity: 'warning',
  description: 'Declare and assign separately: `export A=$(cmd)` hides a failure of cmd.',
  messages: {
    masked:
      '`{{builtin}} {{name}}=$(…)` succeeds even when the command inside fails, so the RUN goes on with an empty {{name}}; assign first ({{name}}=$(…)), then `{{builtin}} {{name}}`',
  },
  check({ model, report }) {
    for (const { script } of checkedScripts(model)) {
      for (const write of script.quoting.writes) {
        if (!write.declaration || !write.substitutes) continue;
        report({
          messageId: 'masked',
          data: { builtin: write.declaration, name: write.name },
          range: write.range,
        });
      }
    }
  },
});
