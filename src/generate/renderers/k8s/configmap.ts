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
  // PORT is not a knob here: containerPort, the probes and the Service follow the contract's port,
  // so the Deployment sets it from that one value (deployment.ts).
  for (const v of c.env.variables) if (v.name !== 'PORT') data[v.name] = values[v.name] ?? '';
  if (Object.keys(data).length === 0) return undefined;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: n.config, labels: n.labels }, data };
}
