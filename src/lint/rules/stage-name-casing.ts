import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1017',
  name: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  description: 'Stage names should be lower-case: BuildKit lower-cases them, so `Build` and `build` collide.',
  fixable: true,
  messages: { casing: 'stage name "{{name}}" should be lower-case ("{{lower}}")' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const raw = stage.rawName;
      if (!raw || !stage.nameRange || raw === raw.toLowerCase() || raw.includes('$')) continue;
      const lower = raw.toLowerCase();
      const fix = [{ range: stage.nameRange, text: lower }];
      // References to the stage (FROM name, COPY --from=name) follow the new spelling.
      for (const s of model.stages)
        if (s.baseStage === stage && s.imageRange) fix.push({ range: s.imageRange, text: lower });
      for (const i of model.instructions) {
        const from = (i.trigger ?? i).flags.find((f) => f.name === 'from');
        if (from?.valueRange && from.value === raw) fix.push({ range: from.valueRange, text: lower });
      }
      report({ messageId: 'casing', data: { name: raw, lower }, range: stage.nameRange, fix });
    }
  },
});
