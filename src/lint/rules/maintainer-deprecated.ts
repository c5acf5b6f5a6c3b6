import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1033',
  name: 'maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated', 'DS022', 'CKV_DOCKER_6'],
  severity: 'error',
  description: 'MAINTAINER is deprecated; use `LABEL maintainer="…"`.',
  fixable: true,
  messages: {
    deprecated: 'MAINTAINER is deprecated; use LABEL maintainer="…" (or org.opencontainers.image.authors)',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const instruction = top.trigger ?? top;
      if (instruction.keyword !== 'MAINTAINER') continue;
      const label = instruction.rawKeyword === 'maintainer' ? 'label' : 'LABEL';
      const start = instruction.keywordRange.start;
      const end = instruction.argsRange?.end ?? instruction.keywordRange.end;
      report({
        messageId: 'deprecated',
        range: instruction.keywordRange,
        fix: replace({ start, end }, `${label} maintainer=${JSON.stringify(instruction.argsText.trim())}`),
      });
    }
  },
});
