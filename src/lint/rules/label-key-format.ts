import { properties } from '../helpers/properties.js';
import { defineRule } from '../types.js';

// Docker's guideline for label keys: lower-case alphanumerics, '.' and '-', starting with a letter
// and ending with a letter or digit, no doubled separators, and not in Docker's own namespaces.
const valid = /^[a-z][a-z0-9]*([.-][a-z0-9]+)*$/;
const reserved = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;

export default defineRule({
  id: 'DS1108',
  name: 'label-key-format',
  aliases: ['DL3048'],
  severity: 'style',
  description:
    'Label keys should be lower-case, dotted reverse-DNS names outside Docker’s reserved namespaces.',
  messages: {
    invalid:
      'label key "{{key}}" should use only lower-case letters, digits, "." and "-", start with a letter and end with a letter or digit (e.g. org.opencontainers.image.source)',
    reserved:
      'label key "{{key}}" is in a namespace Docker reserves (com.docker.*, io.docker.*, org.dockerproject.*)',
  },
  check({ model, report }) {
    for (const i of model.instructions) {
      const label = i.keyword === 'ONBUILD' ? i.trigger : i;
      if (label?.keyword !== 'LABEL') continue;
      for (const p of properties(model, label)) {
        if (p.key.includes('$')) continue;
        if (!valid.test(p.key)) report({ messageId: 'invalid', data: { key: p.key }, range: p.keyRange });
        else if (reserved.test(p.key))
          report({ messageId: 'reserved', data: { key: p.key }, range: p.keyRange });
      }
    }
  },
});
