import type { ResolvedContract } from '../../../contract/resolved.js';
import { k8sImage, k8sNames } from './names.js';

export function kustomizationModel(c: ResolvedContract, resources: string[]): Record<string, unknown> {
  const n = k8sNames(c);
  const image = k8sImage(c);
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    labels: [{ pairs: n.labels, includeSelectors: false }],
    resources,
    // `kustomize edit set image <repository>=registry/name:tag` points the Deployment elsewhere.
    images: [
      {
        name: image.repository,
        ...(image.digest ? { digest: image.digest } : { newTag: image.tag ?? 'latest' }),
      },
    ],
  };
}
