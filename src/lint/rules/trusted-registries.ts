import { parseImageRef } from '../../dockerfile/index.js';
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
  description: 'FROM may only pull from the registries the configuration trusts (`trustedRegistries`).',
  messages: {
    untrusted: 'FROM {{image}} pulls from {{registry}}, which is not a trusted registry ({{trusted}})',
  },
  check({ model, settings, report }) {
    const patterns = settings.trustedRegistries;
    if (patterns.length === 0) return;
    for (const stage of model.stages) {
      // Earlier stages, `scratch` and images known only at build time are not pulls we can judge.
      if (stage.baseStage || stage.imageUnknown || stage.resolvedImage.toLowerCase() === 'scratch') continue;
      const ref = parseImageRef(stage.resolvedImage);
      const registry = (ref.registry ?? 'docker.io').toLowerCase();
      const hub =
        registry === 'index.docker.io' || registry === 'registry-1.docker.io' ? 'docker.io' : registry;
      if (trusted(hub, patterns)) continue;
      report({
        messageId: 'untrusted',
        data: { image: stage.resolvedImage, registry: hub, trusted: patterns.join(', ') },
        range: stage.imageRange ?? stage.from.range,
      });
    }
  },
});
