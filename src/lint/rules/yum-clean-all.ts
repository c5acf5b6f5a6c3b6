import { isSubcommand } from '../../dockerfile/index.js';
import { checkClean } from '../helpers/a-packages.js';
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
    checkClean(ctx, {
      programs: ['yum'],
      installs: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade'],
      cleans: (c) => isSubcommand(c, 'yum', 'clean') && c.args.some((a) => a.value === 'all'),
      cacheDirs: ['/var/cache/yum'],
      fixText: 'yum clean all',
    });
  },
});
