import type { ResolvedContract } from '../../../contract/resolved.js';
import { k8sNames } from './names.js';

export function serviceModel(c: ResolvedContract): Record<string, unknown> {
  const n = k8sNames(c);
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: n.app, labels: n.labels },
    spec: {
      type: 'ClusterIP',
      selector: n.labels,
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}
