import { unquote } from '../helpers/properties.js';
import { insertAfter } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1022',
  name: 'copy-dest-trailing-slash',
  aliases: ['DL3021', 'DS011'],
  severity: 'error',
  description: 'COPY/ADD with several sources needs a destination directory ending in `/`.',
  fixable: true,
  messages: {
    slash:
      '{{keyword}} with {{count}} sources needs a directory destination ending in "/" ("{{dest}}/"); the build fails',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      if (instruction.heredocs.length > 0) continue;
      const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
      if (items.length < 3) continue;
      const dest = items.at(-1)!;
      // BuildKit strips the quotes of the shell form (`"baz/"` is `baz/`).
      const path = unquote(dest.value);
      if (path.endsWith('/') || path.includes('$')) continue;
      // In the JSON form the slash goes inside the closing quote.
      const end = instruction.exec?.valid
        ? { start: dest.range.start, end: { ...dest.range.end, column: dest.range.end.column - 1 } }
        : dest.range;
      report({
        messageId: 'slash',
        data: { keyword: instruction.keyword, count: items.length - 1, dest: dest.value },
        range: dest.range,
        fix: insertAfter(end, '/'),
      });
    }
  },
});
