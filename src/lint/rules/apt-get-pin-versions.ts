import { packageManager } from '../../knowledge/package-managers.js';
import { checkPins } from '../helpers/packages.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS2010',
  name: 'apt-get-pin-versions',
  aliases: ['DL3008'],
  // hadolint warns; dockspec leaves it opt-in because Debian drops superseded versions from its
  // archive, so a pinned apt-get install breaks after the next point release (see the doc page).
  severity: 'off',
  description: '`apt-get install` should give a version (`name=version`) for every package.',
  messages: {
    unpinned: '{{name}} is not pinned; write {{name}}=<version> (or rely on a pinned base image)',
  },
  check(ctx) {
    checkPins(ctx, [packageManager('apt-get')]);
  },
});
