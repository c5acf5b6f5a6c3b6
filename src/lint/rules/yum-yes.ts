import { packageManager } from '../../knowledge/package-managers.js';
import { checkYes } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2021',
  name: 'yum-yes',
  aliases: ['DL3030'],
  severity: 'warning',
  description: '`yum install` needs `-y`: a build has no one to answer its prompt.',
  fixable: true,
  messages: { missing: 'yum asks "Is this ok [y/d/N]", gets no answer and aborts the build; add -y' },
  check(ctx) {
    checkYes(ctx, [packageManager('yum')]);
  },
});
