import type { ResolvedContract } from '../../../contract/resolved.js';

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
