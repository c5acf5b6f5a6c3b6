import { packageManager } from '../../knowledge/package-managers.js';
import { checkYes } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2024',
  name: 'zypper-yes',
  aliases: ['DL3034'],
  severity: 'warning',
  description: '`zypper install` needs `-n` (non-interactive) or `-y`: a build cannot answer prompts.',
  fixable: true,
  messages: { missing: 'zypper asks "Continue? [y/n/v/...]", gets no answer and aborts the build; add -y' },
  check(ctx) {
    checkYes(ctx, [packageManager('zypper')]);
  },
});
