import { parseImageRef, shortImageName } from '../../dockerfile/index.js';
import { endOfLifeDate, imageReleases, isEndOfLife } from '../../knowledge/releases.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1043',
  name: 'base-image-end-of-life',
  severity: 'warning',
  description:
    'FROM should not name a Python or distribution release whose security support has ended (dates in src/knowledge/releases.ts).',
  messages: {
    eol: 'FROM {{image}}: security support ended {{releases}}; move to a supported release',
  },
  check({ model, settings, report }) {
    for (const stage of model.stages) {
      if (stage.imageUnknown || stage.baseStage) continue;
      const ref = parseImageRef(stage.resolvedImage);
      const found = imageReleases(shortImageName(ref), ref.tag ?? '');
      if (found.length === 0) continue;
      const today = settings.today;
      const ended = found.filter((r) => isEndOfLife(r.release, today));
      if (ended.length === 0) continue;
      const releases = ended
        .map((r) => `for ${r.label} on ${endOfLifeDate(r.release).toISOString().slice(0, 10)}`)
        .join(' and ');
      report({
        messageId: 'eol',
        data: { image: stage.resolvedImage, releases },
        range: stage.imageRange ?? stage.from.range,
      });
    }
  },
});
