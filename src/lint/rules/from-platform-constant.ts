import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS1011',
  name: 'from-platform-constant',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  description: '`FROM --platform` with a constant value pins one platform and breaks multi-platform builds.',
  messages: {
    constant:
      'FROM --platform={{platform}} forces one platform for every build; use $BUILDPLATFORM/$TARGETPLATFORM or drop the flag',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag?.value || flag.value.includes('$')) continue;
      // BuildKit allows a constant when the stage is named for it (`AS build-arm64`).
      const parts = flag.value.toLowerCase().split('/').slice(0, 2);
      if (stage.name && parts.some((p) => p && stage.name!.includes(p))) continue;
      report({ messageId: 'constant', data: { platform: flag.value }, range: flag.range });
    }
  },
});
