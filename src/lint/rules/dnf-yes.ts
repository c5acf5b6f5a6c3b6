import { packageManager } from '../../knowledge/package-managers.js';
import { checkYes } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2028',
  name: 'dnf-yes',
  aliases: ['DL3038'],
  severity: 'warning',
  description: '`dnf install` needs `-y`: a build has no one to answer its prompt.',
  fixable: true,
  messages: { missing: 'dnf asks "Is this ok [y/N]", gets no answer and aborts the build; add -y' },
  check(ctx) {
    checkYes(ctx, [packageManager('dnf'), packageManager('tdnf'), packageManager('microdnf')]);
  },
});
