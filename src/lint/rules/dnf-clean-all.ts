import { packageManager } from '../../knowledge/package-managers.js';
import { checkClean } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2029',
  name: 'dnf-clean-all',
  aliases: ['DL3040', 'DS019'],
  severity: 'warning',
  description: 'A RUN that installs with dnf should run `dnf clean all` in the same RUN.',
  fixable: true,
  messages: {
    missing: 'dnf leaves its metadata and package cache in this layer; end the RUN with `dnf clean all`',
  },
  check(ctx) {
    checkClean(ctx, packageManager('dnf'));
  },
});
