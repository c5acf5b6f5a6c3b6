import type { ResolvedContract } from '../../../contract/resolved.js';
import { parseImageRef } from '../../../dockerfile/image-ref.js';

/** Names and labels shared by every manifest, so selectors and references always agree. */
export function k8sNames(c: ResolvedContract) {
  return {
    app: c.service,
    config: `${c.service}-config`,
    secret: `${c.service}-secrets`,
    labels: { 'app.kubernetes.io/name': c.service },
  };
}

/** A volume name for a writable path: `/home/user/.cache` → `home-user-cache`. */
export function volumeName(path: string): string {
  const name = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (name || 'root').slice(0, 63).replace(/-+$/, '');
}

/**
 * The image the Deployment runs: the contract's `image.name`, else `<service>:latest`, which only a
 * cluster that already has it can run (kind load, minikube image load): hence IfNotPresent there.
 * `repository` is what kustomize's `images:` entry matches. A `:latest` (or untagged) name the
 * contract gives is pulled every time, as Kubernetes does by default; a fixed tag or a digest once.
 */
export function k8sImage(c: ResolvedContract): {
  reference: string;
  repository: string;
  tag?: string;
  digest?: string;
  pullPolicy: 'IfNotPresent' | 'Always';
} {
  const reference = c.image.name ?? `${c.service}:latest`;
  const ref = parseImageRef(reference);
  const repository = ref.registry ? `${ref.registry}/${ref.name}` : ref.name;
  const floating = !ref.digest && (ref.tag === undefined || ref.tag === 'latest');
  return {
    reference,
    repository,
    ...(ref.tag ? { tag: ref.tag } : {}),
    ...(ref.digest ? { digest: ref.digest } : {}),
    pullPolicy: c.image.name && floating ? 'Always' : 'IfNotPresent',
  };
}
