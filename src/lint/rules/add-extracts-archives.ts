import { flagValue, hasFlag, positionalArgs } from '../../dockerfile/index.js';
import { copySources } from '../helpers.js';
import { defineRule } from '../types.js';

const archive = /\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz|lzma|Z))$/;
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

export default defineRule({
  id: 'DS1110',
  name: 'add-extracts-archives',
  aliases: ['DL3010'],
  severity: 'info',
  description:
    'A local archive that is COPYed and then extracted with tar can be ADDed instead, in one layer.',
  messages: {
    extract:
      '{{file}} is COPYed and then unpacked in a RUN, so the image keeps both the archive and its contents; `ADD {{file}} <dir>/` extracts it in one layer',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const copied = new Set<string>();
      for (const i of stage.instructions) {
        if (i.keyword === 'COPY')
          for (const s of copySources(i)) if (archive.test(s.path)) copied.add(base(s.path));
        if (i.keyword !== 'RUN' || copied.size === 0) continue;
        for (const c of i.shell?.commands ?? []) {
          if (c.name !== 'tar') continue;
          const extracting =
            hasFlag(c, '-x', '--extract', '--get') || /^[a-z]*x[a-z]*$/.test(c.args[0]?.value ?? '');
          if (!extracting) continue;
          const files = [flagValue(c, '-f', '--file'), ...positionalArgs(c)].filter((w) => w !== undefined);
          const hit = files.find((w) => copied.has(base(w.value)));
          if (hit) report({ messageId: 'extract', data: { file: base(hit.value) }, range: c.range });
        }
      }
    }
  },
});
