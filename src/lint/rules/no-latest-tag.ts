import { parseImageRef } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1004',
  name: 'no-latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  description: 'FROM should not use the `latest` tag: builds change under you and cannot be reproduced.',
  messages: { latest: 'FROM {{image}} uses the moving `latest` tag; pin a version (and ideally a digest)' },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.imageUnknown || stage.baseStage) continue;
      const ref = parseImageRef(stage.resolvedImage);
      if (ref.tag !== 'latest' || ref.digest) continue;
      report({
        messageId: 'latest',
        data: { image: stage.resolvedImage },
        range: stage.imageRange ?? stage.from.range,
      });
    }
  },
});
