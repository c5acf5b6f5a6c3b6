import type { ResolvedContract } from '../../../contract/resolved.js';
import { planFor, runtimeEnv } from '../../plan.js';
import { k8sNames } from './names.js';

/** Run-time defaults, never secrets (those go through the Secret and secretKeyRef). */
export function configMapModel(c: ResolvedContract): Record<string, unknown> | undefined {
  if (c.env.variables.length === 0) return undefined;
  const n = k8sNames(c);
  // Kubernetes passes ConfigMap values as written: $HOME and other variables are expanded here.
  const values = runtimeEnv(c, planFor(c));
  const data: Record<string, string> = {};
  for (const v of c.env.variables) data[v.name] = values[v.name] ?? '';
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n.config, labels: n.labels }, data };
}
