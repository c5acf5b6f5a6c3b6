import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1045',
  name: 'copy-missing-destination',
  severity: 'error',
  description: 'COPY and ADD need at least one source and a destination after their flags.',
  messages: {
    missing:
      '{{keyword}} has only one path, {{path}}: the build stops with "{{keyword}} requires at least two arguments"; add the destination (e.g. ./)',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (!i || (i.keyword !== 'COPY' && i.keyword !== 'ADD')) continue;
      const items = i.exec?.valid ? i.exec.items : i.args;
      // A heredoc source (`COPY <<EOF /app/x`) is a path too; no argument at all is a syntax error.
      if (items.length !== 1) continue;
      report({
        messageId: 'missing',
        data: { keyword: i.keyword, path: items[0].value },
        range: items[0].range,
      });
    }
  },
});
