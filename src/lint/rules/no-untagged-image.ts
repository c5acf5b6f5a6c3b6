import { parseImageRef } from '../../dockerfile/index.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1003',
  name: 'no-untagged-image',
  aliases: ['DL3006'],
  severity: 'warning',
  description:
    'FROM should name a tag or a digest: an untagged image means `latest`, whatever that is today.',
  messages: {
    untagged:
      'FROM {{image}} has no tag, so it pulls whatever `latest` is at build time; pin a tag such as {{example}}',
  },
  check({ model, report }) {
    const stageNames = new Set(model.stages.map((s) => s.name).filter(Boolean));
    for (const stage of model.stages) {
      const image = stage.resolvedImage;
      if (!image || stage.imageUnknown || image.toLowerCase() === 'scratch' || stage.baseStage) continue;
      if (stageNames.has(image.toLowerCase())) continue;
      const ref = parseImageRef(image);
      if (ref.tag || ref.digest) continue;
      const example = ref.name.endsWith('python') ? `${image}:3.12-slim` : `${image}:<version>`;
      report({
        messageId: 'untagged',
        data: { image, example },
        range: stage.imageRange ?? stage.from.range,
      });
    }
  },
});
