import { properties } from '../helpers/c-properties.js';
import { defineRule } from '../types.js';

// BuildKit's SecretsUsedInArgOrEnv tokens: a name whose `_`-separated words include one of them.
const secret = /(^|_)(apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(_|$)/i;
// Words that say the value is not the secret itself. BuildKit allows PUBLIC; a key's id, the file
// or path holding a secret, and settings about auth (AUTH_ENABLED, TOKEN_TTL) are not secrets either.
const harmless =
  /(^|_)(public|id|file|path|dir|url|name|type|version|enabled|disabled|mode|method|algorithm|host|port|header|scheme|endpoint|timeout|ttl|length|size)(_|$)/i;

export default defineRule({
  id: 'DS3013',
  name: 'secrets-in-arg-env',
  aliases: ['DL3064', 'SecretsUsedInArgOrEnv', 'DS031'],
  severity: 'warning',
  description: 'ARG and ENV names that look like secrets: their values stay in the image history or config.',
  messages: {
    secret:
      '{{keyword}} {{name}} looks like a secret; {{keyword}} values are kept in the image {{where}}; pass it with RUN --mount=type=secret,id={{id}} or at run time',
  },
  check({ model, report }) {
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword !== 'ARG' && i?.keyword !== 'ENV') continue;
      for (const p of properties(model, i)) {
        if (!secret.test(p.key) || harmless.test(p.key)) continue;
        const where = i.keyword === 'ENV' ? 'config (docker inspect)' : 'history (docker history)';
        report({
          messageId: 'secret',
          data: { keyword: i.keyword, name: p.key, where, id: p.key.toLowerCase() },
          range: p.keyRange,
        });
      }
    }
  },
});
