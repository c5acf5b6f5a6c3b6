import { packageManager } from '../../knowledge/package-managers.js';
import { checkClean } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2026',
  name: 'zypper-clean',
  aliases: ['DL3036', 'DS020'],
  severity: 'warning',
  description: 'A RUN that installs with zypper should run `zypper clean` in the same RUN.',
  fixable: true,
  messages: {
    missing:
      'zypper leaves downloaded packages and metadata in this layer; end the RUN with `zypper clean --all`',
  },
  check(ctx) {
    checkClean(ctx, packageManager('zypper'));
  },
});
