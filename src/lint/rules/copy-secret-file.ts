import { secretFileKind } from '../../knowledge/secrets.js';
import { copySources } from '../helpers.js';
import { defineRule } from '../types.js';

// Secret file names come from src/knowledge/secrets.ts: certificates named as such (ca.pem,
// fullchain.pem, *.crt) are public and left alone; any other .pem is taken for a private key.

export default defineRule({
  id: 'DS3027',
  name: 'copy-secret-file',
  aliases: ['DS031', 'CIS-DI-0010'],
  severity: 'error',
  description:
    'COPY/ADD of a credentials file (.env, private keys, .netrc, .pypirc, .npmrc) bakes it into a layer.',
  messages: {
    secret:
      '{{path}} ({{kind}}) holds credentials and stays readable in this layer even if a later RUN deletes it; use RUN --mount=type=secret (build) or a runtime secret instead',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (!i) continue;
      for (const s of copySources(i)) {
        const kind = secretFileKind(s.path);
        if (kind) report({ messageId: 'secret', data: { path: s.path, kind: kind.kind }, range: s.range });
      }
    }
  },
});
