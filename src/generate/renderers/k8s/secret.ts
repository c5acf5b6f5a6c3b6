import type { ResolvedContract } from '../../../contract/resolved.js';
import { k8sNames } from './names.js';

/**
 * A Secret template: keys with empty placeholders, never values. It is not listed in the
 * kustomization, so `kubectl apply -k` cannot create an empty secret by accident.
 */
export function secretModel(c: ResolvedContract): Record<string, unknown> | undefined {
  if (c.env.secrets.length === 0) return undefined;
  const n = k8sNames(c);
  const stringData: Record<string, string> = {};
  for (const s of c.env.secrets) stringData[s.name] = '';
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: n.secret, labels: n.labels },
    type: 'Opaque',
    stringData,
  };
}
