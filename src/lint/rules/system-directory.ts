import { expandVariables } from '../../dockerfile/index.js';
import { unquote } from '../helpers/properties.js';
import { defineRule } from '../types.js';

// Kernel and boot file systems: nothing an image should write to or mount over (trivy DS030).
const virtual = /^\/(proc|sys|dev|boot|initrd|lost\+found)(\/|$)/;
// The system's own directories: a VOLUME there hides the distribution's files, and a WORKDIR there
// scatters the app among them.
const system = /^\/(bin|sbin|etc|lib|lib32|lib64|usr|usr\/bin|usr\/sbin|usr\/lib|var|var\/lib)$/;

export default defineRule({
  id: 'DS3017',
  name: 'system-directory',
  aliases: ['DS030'],
  severity: 'warning',
  description:
    'WORKDIR and VOLUME should not point at system directories such as /, /proc, /dev, /etc or /usr.',
  messages: {
    system: '{{keyword}} {{path}} is a system directory; use an application directory such as /app',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword !== 'WORKDIR' && i?.keyword !== 'VOLUME') continue;
      const items = i.exec?.valid ? i.exec.items : i.args;
      for (const item of items) {
        const path = unquote(expandVariables(item.value, i.scope).value).replace(/(.)\/+$/, '$1');
        const root = path === '/' && i.keyword === 'VOLUME';
        if (root || virtual.test(path) || system.test(path))
          report({ messageId: 'system', data: { keyword: i.keyword, path }, range: item.range });
      }
    }
  },
});
