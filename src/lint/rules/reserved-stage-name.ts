import { defineRule } from '../types.js';

// `scratch` and `context` mean something of their own to FROM and COPY --from.
const reserved = new Set(['scratch', 'context']);

export default defineRule({
  id: 'DS1016',
  name: 'reserved-stage-name',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'warning',
  description: 'A stage may not be named `scratch` or `context`: those names are taken.',
  messages: { reserved: '"{{name}}" is a reserved word and cannot name a stage; choose another name' },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange || !reserved.has(stage.name)) continue;
      report({ messageId: 'reserved', data: { name: stage.rawName! }, range: stage.nameRange });
    }
  },
});
