import { secretEnvName } from '../../knowledge/secrets.js';
import { properties } from '../helpers/properties.js';
import { defineRule } from '../types.js';

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
        // A DATABASE_URL's value may be a local SQLite path: only credential names are flagged here.
        if (secretEnvName(p.key) !== 'credential') continue;
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
