import { unquote } from '../helpers/properties.js';
import { replace } from '../helpers.js';
import { defineRule } from '../types.js';

// ADD's extras: remote URLs, git repositories and local tar archives it unpacks.
const remote = /^([a-z][a-z0-9+.-]*:\/\/|git@)/i;
const archive = /\.(tar|t?gz|tgz|tbz2?|tb2|t?bz2|t?xz|txz|lz|lzma|tlz|tZ|Z|tpz|zst|tzst)$/i;

export default defineRule({
  id: 'DS1024',
  name: 'prefer-copy',
  aliases: ['DL3020', 'DS005', 'CKV_DOCKER_4'],
  severity: 'error',
  description: 'Use COPY for files and folders; ADD is for URLs, git repositories and archives to unpack.',
  fixable: true,
  messages: {
    useCopy:
      'ADD copies plain files here; use COPY, which does only that (ADD also fetches URLs and unpacks archives)',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const instruction = top.trigger ?? top;
      if (instruction.keyword !== 'ADD' || instruction.heredocs.length > 0) continue;
      if (instruction.flags.some((f) => ['checksum', 'keep-git-dir', 'unpack'].includes(f.name))) continue;
      const items = instruction.exec?.valid ? instruction.exec.items : instruction.args;
      const sources = items.slice(0, -1);
      if (
        sources.length === 0 ||
        sources.some((s) => {
          const source = unquote(s.value);
          return remote.test(source) || archive.test(source) || source.includes('$');
        })
      )
        continue;
      const upper = instruction.rawKeyword === instruction.rawKeyword.toUpperCase();
      report({
        messageId: 'useCopy',
        range: instruction.keywordRange,
        fix: replace(instruction.keywordRange, upper ? 'COPY' : 'copy'),
      });
    }
  },
});
