import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1015',
  name: 'unique-stage-names',
  aliases: ['DL3024', 'DuplicateStageName', 'DS012', 'CKV_DOCKER_11'],
  severity: 'error',
  description: 'Each `FROM … AS name` must use a name no earlier stage uses.',
  messages: {
    duplicate: 'stage name "{{name}}" is already used on line {{line}}; BuildKit refuses the Dockerfile',
  },
  check({ model, report }) {
    const seen = new Map<string, number>();
    for (const stage of model.stages) {
      if (!stage.name || !stage.nameRange) continue;
      const line = seen.get(stage.name);
      if (line === undefined) seen.set(stage.name, stage.from.range.start.line);
      else report({ messageId: 'duplicate', data: { name: stage.rawName!, line }, range: stage.nameRange });
    }
  },
});
