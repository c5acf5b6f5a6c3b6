import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1012',
  name: 'redundant-target-platform',
  aliases: ['DL3065', 'RedundantTargetPlatform'],
  severity: 'warning',
  description: '`FROM --platform=$TARGETPLATFORM` says what FROM does anyway; drop it.',
  fixable: true,
  messages: { redundant: '--platform={{platform}} is the default for FROM; remove the flag' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag?.value || !/^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(flag.value)) continue;
      // Remove the flag and the blank that follows it on the line.
      const line = model.lineText(flag.range.end.line);
      let end = flag.range.end.column;
      while (line[end - 1] === ' ' || line[end - 1] === '\t') end++;
      report({
        messageId: 'redundant',
        data: { platform: flag.value },
        range: flag.range,
        fix: {
          range: { start: flag.range.start, end: { line: flag.range.end.line, column: end } },
          text: '',
        },
      });
    }
  },
});
