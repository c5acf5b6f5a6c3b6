import { parseImageRef } from '../../dockerfile/index.js';
import { externalImages } from '../helpers/image-refs.js';
import { defineRule } from '../types.js';

// A tag that names at least a minor version (`3.12-slim`, `24.04`, `12.6.3-runtime`) moves only
// within a release line; one without (`3`, `3-slim`, `bookworm`, `lts-slim`, `stable`) follows the
// newest release of its channel, so the next build may get another Python, distribution or Node.
const namesMinor = /\d+\.\d+/;

export default defineRule({
  id: 'DS1044',
  name: 'floating-tag',
  severity: 'warning',
  description:
    'An image tag should name at least a minor version: `python:3`, `python:bookworm` and `node:lts-slim` follow each new release.',
  messages: {
    floating:
      '{{where}} {{image}}: the tag `{{tag}}` names no minor version, so each build takes the newest release it points to; pin a version such as {{example}} (or a digest)',
  },
  check({ model, report }) {
    for (const use of externalImages(model)) {
      const ref = parseImageRef(use.image);
      const tag = ref.tag;
      // latest and untagged images have their own rules; a digest pins whatever the tag says.
      if (!tag || tag === 'latest' || ref.digest || namesMinor.test(tag)) continue;
      const example = ref.name.endsWith('python')
        ? 'python:3.12-slim'
        : `${use.image.split(':')[0]}:<major.minor>`;
      report({
        messageId: 'floating',
        data: { where: use.where, image: use.image, tag, example },
        range: use.range,
      });
    }
  },
});
