import { expandVariables, type Scope } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

// Docker's reference grammar: [host[:port]/]path[:tag][@digest], lower-case path components.
const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const reference = new RegExp(
  `^(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?${component}(?:/${component})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,})?$`,
);

export default defineRule({
  id: 'DS1014',
  name: 'invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  description: 'With the default values of its ARGs, FROM must still name a valid image.',
  messages: {
    invalid:
      'with its ARG defaults FROM names "{{image}}", which is not a valid image; give the ARG a default or use ${NAME:-default}',
  },
  check({ model, report }) {
    // A build without --build-arg sees declared-but-empty ARGs as "".
    const scope: Scope = new Map(
      [...model.globalScope].map(([k, d]) => [
        k,
        d.source === 'arg' && d.value === undefined ? { ...d, value: '' } : d,
      ]),
    );
    for (const stage of model.stages) {
      if (!stage.image.includes('$')) continue;
      const expanded = expandVariables(stage.image, scope, model.escapeChar);
      // Undeclared names are undefined-variable's; automatic platform args are known at build time.
      if (expanded.undefinedNames.length > 0 || expanded.unknown) continue;
      const image = expanded.value;
      if (reference.test(image) || image === 'scratch') continue;
      if (model.stages.some((s) => s.index < stage.index && s.name === image.toLowerCase())) continue;
      report({ messageId: 'invalid', data: { image }, range: stage.imageRange ?? stage.from.range });
    }
  },
});
