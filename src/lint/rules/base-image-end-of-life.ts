import { describeEnded, isEndOfLife, releasesOfImage } from '../../knowledge/releases.js';
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
    let today: Date | undefined;
    for (const stage of model.stages) {
      if (stage.imageUnknown || stage.baseStage) continue;
      const found = releasesOfImage(stage.resolvedImage);
      if (found.length === 0) continue;
      today ??= settings.today;
      const ended = found.filter((r) => isEndOfLife(r.release, today!));
      if (ended.length === 0) continue;
      report({
        messageId: 'eol',
        data: { image: stage.resolvedImage, releases: describeEnded(ended) },
        range: stage.imageRange ?? stage.from.range,
      });
    }
  },
});
