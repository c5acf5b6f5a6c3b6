import { packageManager } from '../../knowledge/package-managers.js';
import { checkClean } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2031',
  name: 'microdnf-clean-all',
  aliases: ['DL3040', 'DS027'],
  severity: 'warning',
  description: 'A RUN that installs with microdnf should run `microdnf clean all` in the same RUN.',
  fixable: true,
  messages: {
    missing:
      'microdnf leaves its metadata and package cache in this layer; end the RUN with `microdnf clean all`',
  },
  check(ctx) {
    checkClean(ctx, packageManager('microdnf'));
  },
});
