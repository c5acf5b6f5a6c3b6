import { subcommand } from '../../dockerfile/index.js';
import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

// `apt` subcommands that `apt-get` runs the same way; others (search, show, list) belong to apt-cache.
const sameInAptGet = new Set([
  'install',
  'update',
  'upgrade',
  'remove',
  'purge',
  'autoremove',
  'clean',
  'autoclean',
  'dist-upgrade',
  'build-dep',
  'source',
  'download',
]);

export default defineRule({
  id: 'DS2011',
  name: 'use-apt-get',
  aliases: ['DL3027', 'CKV_DOCKER_9'],
  severity: 'warning',
  description: 'Scripts should call `apt-get` (or `apt-cache`): `apt` is for people at a terminal.',
  fixable: true,
  messages: {
    apt: '`apt` has no stable command-line interface and warns when scripted; use apt-get',
    aptCache: '`apt {{sub}}` is for people at a terminal; use `apt-cache {{sub}}`',
  },
  check({ model, report }) {
    for (const { command } of model.runCommands) {
      if (command.name !== 'apt') continue;
      const sub = subcommand(command)?.value ?? '';
      if (['search', 'show', 'policy', 'showsrc', 'depends', 'rdepends'].includes(sub)) {
        report({ messageId: 'aptCache', data: { sub }, range: command.nameWord.range });
        continue;
      }
      const word = command.nameWord;
      const fix =
        sameInAptGet.has(sub) && word.literal ? replace(word.range, `${word.value}-get`) : undefined;
      report({ messageId: 'apt', range: word.range, fix });
    }
  },
});
