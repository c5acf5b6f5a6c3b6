import { parseImageRef } from '../../dockerfile/index.js';
import { externalImages } from '../helpers/image-refs.js';
import { defineRule } from '../types.js';

/** `docker.io`, `*.example.com` (any subdomain) or an exact host, as hadolint matches them. */
function trusted(registry: string, patterns: string[]): boolean {
  return patterns.some((p) => {
    const pattern = p.toLowerCase();
    if (pattern === '*') return true;
    if (pattern.startsWith('*.')) return registry.endsWith(pattern.slice(1));
    return registry === pattern;
  });
}

export default defineRule({
  id: 'DS1010',
  name: 'trusted-registries',
  aliases: ['DL3026'],
  severity: 'error',
  description:
    'Images (FROM, COPY --from, RUN --mount from=) may only come from the registries the configuration trusts (`trustedRegistries`).',
  messages: {
    untrusted: '{{where}} {{image}} pulls from {{registry}}, which is not a trusted registry ({{trusted}})',
  },
  check({ model, settings, report }) {
    const patterns = settings.trustedRegistries;
    if (patterns.length === 0) return;
    // Earlier stages, `scratch` and images known only at build time are not pulls we can judge.
    for (const use of externalImages(model)) {
      const ref = parseImageRef(use.image);
      const registry = (ref.registry ?? 'docker.io').toLowerCase();
      const hub =
        registry === 'index.docker.io' || registry === 'registry-1.docker.io' ? 'docker.io' : registry;
      if (trusted(hub, patterns)) continue;
      report({
        messageId: 'untrusted',
        data: { where: use.where, image: use.image, registry: hub, trusted: patterns.join(', ') },
        range: use.range,
      });
    }
  },
});
