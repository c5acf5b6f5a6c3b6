import { expandVariables } from '../../dockerfile/index.js';
import { properties, unquote } from '../helpers/properties.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1109',
  name: 'label-value-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  description: 'A LABEL should not be set to an empty value.',
  messages: {
    empty:
      'label "{{key}}" is empty; give it a value or drop it (often an unset build arg such as ${VERSION})',
  },
  check({ model, report }) {
    for (const i of model.instructions) {
      const label = i.keyword === 'ONBUILD' ? i.trigger : i;
      if (label?.keyword !== 'LABEL') continue;
      for (const p of properties(model, label)) {
        // `LABEL v=$VERSION` is empty when VERSION is defined as empty or not at all; an ARG
        // without a default is only known at build time.
        const value = expandVariables(p.value ?? '', label.scope);
        if (!value.unknown && unquote(value.value).trim() === '')
          report({ messageId: 'empty', data: { key: p.key }, range: p.range });
      }
    }
  },
});
