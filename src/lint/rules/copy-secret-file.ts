import { copySources } from '../helpers.js';
import { defineRule } from '../types.js';

// Files that hold credentials by convention. CA certificates (*.pem, *.crt) are public and left alone.
const secretFile =
  /(^|\/)(\.env(\.[\w-]+)?|id_(rsa|dsa|ecdsa|ed25519)|[^/]+\.key|\.netrc|\.pypirc|\.npmrc|\.git-credentials|credentials\.json|\.aws\/credentials|\.docker\/config\.json|[^/]+\.p12|[^/]+\.pfx)$/;
const example = /\.(example|sample|template|dist)$|\.env\.(example|sample|template|dist)$/;

export default defineRule({
  id: 'DS3027',
  name: 'copy-secret-file',
  aliases: ['DS031', 'CIS-DI-0010'],
  severity: 'error',
  description:
    'COPY/ADD of a credentials file (.env, private keys, .netrc, .pypirc, .npmrc) bakes it into a layer.',
  messages: {
    secret:
      '{{path}} holds credentials and stays readable in this layer even if a later RUN deletes it; use RUN --mount=type=secret (build) or a runtime secret instead',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (!i) continue;
      for (const s of copySources(i)) {
        if (secretFile.test(s.path) && !example.test(s.path))
          report({ messageId: 'secret', data: { path: s.path }, range: s.range });
      }
    }
  },
});
