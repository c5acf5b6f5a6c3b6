import { properties } from '../helpers/properties.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS5013',
  name: 'contract-secret-in-build',
  severity: 'error',
  description:
    'A secret the contract declares must not be set by ARG or ENV: it would be stored in the image.',
  needs: 'contract',
  messages: {
    arg: 'ARG {{name}}: the contract declares {{name}} a secret; a build arg is kept in the image history (docker history); use RUN --mount=type=secret,id={{id}} if the build needs it',
    env: 'ENV {{name}}: the contract declares {{name}} a secret; an ENV value is baked into the image config for anyone who can pull it; set it at run time ({{source}})',
  },
  check({ model, contract, report }) {
    if (!contract) return;
    const secrets = new Map(contract.env.secrets.map((s) => [s.name, s]));
    if (secrets.size === 0) return;
    for (const top of model.instructions) {
      const i = top.keyword === 'ONBUILD' ? top.trigger : top;
      if (i?.keyword !== 'ARG' && i?.keyword !== 'ENV') continue;
      for (const p of properties(model, i)) {
        const secret = secrets.get(p.key);
        // `ENV NAME=""` only declares the name; the value still comes from the runtime.
        if (!secret || (i.keyword === 'ENV' && !p.value)) continue;
        report({
          messageId: i.keyword === 'ARG' ? 'arg' : 'env',
          data: {
            name: p.key,
            id: p.key.toLowerCase(),
            source: secret.source ?? 'docker run -e, a Space secret or a Kubernetes Secret',
          },
          range: p.keyRange,
        });
      }
    }
  },
});
