import type { ResolvedContract } from '../../../contract/resolved.js';
import { k8sNames } from './names.js';

/**
 * A PodDisruptionBudget for a Deployment of several pods: a node drain or cluster upgrade evicts at
 * most one pod at a time, so the service keeps answering. With one replica a budget would block
 * every drain (or allow the only pod to go), so none is written.
 */
export function pdbModel(c: ResolvedContract): Record<string, unknown> | undefined {
  if (c.replicas <= 1) return undefined;
  const n = k8sNames(c);
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: n.app, labels: n.labels },
    spec: { maxUnavailable: 1, selector: { matchLabels: n.labels } },
  };
}
