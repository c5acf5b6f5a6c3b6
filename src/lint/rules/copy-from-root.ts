import { copyFromFlags } from '../helpers/b-copy-from.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1021',
  name: 'copy-from-root',
  aliases: ['DL3067'],
  severity: 'warning',
  description: '`COPY --from=stage /` copies a whole filesystem; copy the directories you need.',
  messages: {
    root: 'COPY --from={{name}} {{source}} copies the whole filesystem of {{name}} (OS files included); copy only what the image needs',
  },
  check({ model, report }) {
    for (const { instruction, from } of copyFromFlags(model.instructions)) {
      const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
      for (const source of items.slice(0, -1)) {
        if (!/^\/+\.?\/*$/.test(source.value)) continue;
        report({ messageId: 'root', data: { name: from.value!, source: source.value }, range: source.range });
      }
    }
  },
});
