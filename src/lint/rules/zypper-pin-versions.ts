import { packageManager } from '../../knowledge/package-managers.js';
import { checkPins } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2027',
  name: 'zypper-pin-versions',
  aliases: ['DL3037'],
  // Off by default like every OS package pin: see docs/rules/apt-get-pin-versions.md.
  severity: 'off',
  description: '`zypper install` should give a version (`name=version`, `name>=version`) for every package.',
  messages: { unpinned: '{{name}} is not pinned; write {{name}}=<version> (or rely on a pinned base image)' },
  check(ctx) {
    checkPins(ctx, [packageManager('zypper')]);
  },
});
