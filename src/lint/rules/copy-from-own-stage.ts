import { copyFromFlags } from '../helpers/copy-from.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1020',
  name: 'copy-from-own-stage',
  aliases: ['DL3023', 'DS006'],
  severity: 'error',
  description: '`COPY --from` cannot copy from the stage it is in.',
  messages: {
    own: 'COPY --from={{name}} names the stage it is in; a stage cannot copy from itself (the build fails)',
  },
  check({ model, report }) {
    for (const { stage, from } of copyFromFlags(model.instructions)) {
      const name = from.value!;
      const own = /^\d+$/.test(name) ? Number(name) === stage.index : name.toLowerCase() === stage.name;
      if (own) report({ messageId: 'own', data: { name }, range: from.valueRange ?? from.range });
    }
  },
});
