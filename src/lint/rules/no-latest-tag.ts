import { parseImageRef } from '../../dockerfile/index.js';
import { externalImages } from '../helpers/image-refs.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1004',
  name: 'no-latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  description:
    'FROM, COPY --from and RUN --mount=from should not use the `latest` tag: builds change under you and cannot be reproduced.',
  messages: {
    latest: '{{where}} {{image}} uses the moving `latest` tag; pin a version (and ideally a digest)',
  },
  check({ model, report }) {
    for (const use of externalImages(model)) {
      const ref = parseImageRef(use.image);
      if (ref.tag !== 'latest' || ref.digest) continue;
      report({ messageId: 'latest', data: { image: use.image, where: use.where }, range: use.range });
    }
  },
});
