import { packageManager } from '../../knowledge/package-managers.js';
import { checkClean } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2022',
  name: 'yum-clean-all',
  aliases: ['DL3032', 'DS015'],
  severity: 'warning',
  description: 'A RUN that installs with yum should run `yum clean all` in the same RUN.',
  fixable: true,
  messages: {
    missing: 'yum leaves its metadata and package cache in this layer; end the RUN with `yum clean all`',
  },
  check(ctx) {
    checkClean(ctx, packageManager('yum'));
  },
});
