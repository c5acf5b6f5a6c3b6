import type { ResolvedContract } from '../../../contract/resolved.js';
import { k8sNames } from './names.js';

export function kustomizationModel(c: ResolvedContract, resources: string[]): Record<string, unknown> {
  const n = k8sNames(c);
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    labels: [{ pairs: n.labels, includeSelectors: false }],
    resources,
    // Point this at your registry: `kustomize edit set image <service>=registry/name:tag`.
    images: [{ name: c.service, newName: c.service, newTag: 'latest' }],
  };
}
