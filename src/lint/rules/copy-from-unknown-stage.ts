import { distance } from 'fastest-levenshtein';
import { copyFromFlags } from '../helpers/copy-from.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1019',
  name: 'copy-from-unknown-stage',
  aliases: ['DL3022'],
  severity: 'warning',
  description: '`COPY --from` should name an earlier stage (or an image with a tag, or a stage index).',
  messages: {
    later:
      'COPY --from={{name}} names a stage defined later (line {{line}}); stages can only copy from earlier ones',
    typo: 'COPY --from={{name}} names no earlier stage (did you mean "{{suggestion}}"?); BuildKit would pull an image called "{{name}}"',
    unknown:
      'COPY --from={{name}} names no earlier stage, so BuildKit pulls an image called "{{name}}"; define the stage or give the image a tag',
  },
  check({ model, report }) {
    for (const { stage, from } of copyFromFlags(model.instructions)) {
      const name = from.value!;
      // Image references (`nginx:1.27`, `ghcr.io/x/y`) and variables are not stage names.
      if (/[:/@$]/.test(name) || name === '') continue;
      const range = from.valueRange ?? from.range;
      if (/^\d+$/.test(name)) {
        if (Number(name) >= stage.index) {
          const target = model.stages[Number(name)];
          if (target && target !== stage)
            report({ messageId: 'later', data: { name, line: target.from.range.start.line }, range });
        }
        continue;
      }
      const target = model.stages.find((s) => s.name === name.toLowerCase());
      if (target && target.index < stage.index) continue;
      if (target === stage) continue; // copy-from-own-stage says it
      if (target) report({ messageId: 'later', data: { name, line: target.from.range.start.line }, range });
      else {
        // A likely typo of an earlier stage (transpositions count 2).
        const lower = name.toLowerCase();
        const suggestion = model.stages
          .filter(
            (s) =>
              s.index < stage.index &&
              s.rawName &&
              distance(s.name!, lower) <= (lower.length <= 3 ? 1 : Math.max(2, lower.length / 3)),
          )
          .sort((a, b) => distance(a.name!, lower) - distance(b.name!, lower))[0]?.rawName;
        report({
          messageId: suggestion ? 'typo' : 'unknown',
          data: { name, suggestion: suggestion ?? '' },
          range,
        });
      }
    }
  },
});
