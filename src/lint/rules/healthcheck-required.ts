import { finalStage, stageChain } from '../helpers.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'DS3016',
  name: 'healthcheck-required',
  aliases: ['DL3057', 'DS026', 'CKV_DOCKER_2'],
  severity: 'info',
  description: 'The final stage should have a HEALTHCHECK (or an explicit HEALTHCHECK NONE).',
  messages: {
    missing:
      'no HEALTHCHECK: Docker and Compose report the container as running even when the server hangs; add HEALTHCHECK CMD … (or HEALTHCHECK NONE when an orchestrator probes it)',
  },
  check({ model, contract, report }) {
    const stage = finalStage(model);
    // Kubernetes ignores HEALTHCHECK; its probes come from the manifests.
    if (!stage || contract?.target === 'kubernetes') return;
    if (stageChain(stage).some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'))) return;
    report({ messageId: 'missing', range: stage.from.range });
  },
});
