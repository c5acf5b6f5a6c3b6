import { parseImageRef } from '../../dockerfile/index.js';
import { externalImages } from '../helpers/image-refs.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1003',
  name: 'no-untagged-image',
  aliases: ['DL3006'],
  severity: 'warning',
  description:
    'FROM, COPY --from and RUN --mount=from should name a tag or a digest: an untagged image means `latest`, whatever that is today.',
  messages: {
    untagged:
      '{{where}} {{image}} has no tag, so it pulls whatever `latest` is at build time; pin a tag such as {{example}}',
  },
  check({ model, report }) {
    for (const use of externalImages(model)) {
      // An untagged COPY --from name is copy-from-unknown-stage's (DL3022): it may be a stage typo.
      if (use.where === 'COPY --from') continue;
      const ref = parseImageRef(use.image);
      if (ref.tag || ref.digest) continue;
      const example = ref.name.endsWith('python') ? `${use.image}:3.12-slim` : `${use.image}:<version>`;
      report({
        messageId: 'untagged',
        data: { image: use.image, where: use.where, example },
        range: use.range,
      });
    }
  },
});
