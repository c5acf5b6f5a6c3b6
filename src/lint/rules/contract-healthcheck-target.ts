import { finalStage, lastInStage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

// A URL on the container itself; the port and the path are what the contract fixes.
const selfUrl = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(:[^/\s"'\\)]*)?(\/[^\s"'\\)?#]*)?/g;

export default defineRule({
  id: 'DS5011',
  name: 'contract-healthcheck-target',
  severity: 'error',
  description: "HEALTHCHECK must probe the contract's liveness path on the contract port.",
  needs: 'contract',
  messages: {
    port: 'HEALTHCHECK probes port {{actual}}, but the server listens on the contract port {{port}}: the check always fails',
    path: "HEALTHCHECK probes {{actual}}, but the contract's liveness path is {{liveness}}",
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    if (!contract || !stage) return;
    const healthcheck = stageChain(stage)
      .map((s) => lastInStage(s, 'HEALTHCHECK'))
      .findLast((i) => i !== undefined);
    if (!healthcheck || healthcheck.form === 'none') return;
    const { health, port } = contract.app;
    const paths = new Set([health.liveness, health.readiness, ...health.aliases].filter(Boolean));
    const text = healthcheck.argsText;
    for (const m of text.matchAll(selfUrl)) {
      const start = m.index ?? 0;
      const portText = m[1]?.slice(1) ?? '80';
      if (!/^\d+$/.test(portText)) continue;
      if (Number(portText) !== port) {
        const at = start + m[0].indexOf(m[1] ?? '');
        report({
          messageId: 'port',
          data: { actual: portText, port },
          range: model.argsRange(
            healthcheck,
            m[1] ? at + 1 : start,
            m[1] ? at + m[1].length : start + m[0].length,
          ),
        });
      }
      const path = m[2] ?? '/';
      if (!paths.has(path)) {
        const at = start + m[0].length - (m[2]?.length ?? 0);
        report({
          messageId: 'path',
          data: { actual: path, liveness: health.liveness },
          range: model.argsRange(healthcheck, m[2] ? at : start, start + m[0].length),
        });
      }
    }
  },
});
