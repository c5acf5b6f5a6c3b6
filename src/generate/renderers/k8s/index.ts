import type { ResolvedContract } from '../../../contract/resolved.js';
import { toYaml } from '../../yaml.js';
import { configMapModel } from './configmap.js';
import { deploymentModel } from './deployment.js';
import { kustomizationModel } from './kustomization.js';
import { pdbModel } from './pdb.js';
import { secretModel } from './secret.js';
import { serviceModel } from './service.js';

export interface K8sFile {
  /** Path under k8s/. */
  name: string;
  model: Record<string, unknown>;
}

/** Every manifest of the k8s/ folder, in a fixed order. */
export function k8sModels(c: ResolvedContract): K8sFile[] {
  const files: K8sFile[] = [
    { name: 'deployment.yaml', model: deploymentModel(c) },
    { name: 'service.yaml', model: serviceModel(c) },
  ];
  const config = configMapModel(c);
  if (config) files.push({ name: 'configmap.yaml', model: config });
  const pdb = pdbModel(c);
  if (pdb) files.push({ name: 'pdb.yaml', model: pdb });
  const resources = files.map((f) => f.name);
  const secret = secretModel(c);
  if (secret) files.push({ name: 'secret.template.yaml', model: secret });
  files.push({ name: 'kustomization.yaml', model: kustomizationModel(c, resources) });
  return files;
}

export function renderK8s(c: ResolvedContract): { name: string; text: string }[] {
  return k8sModels(c).map((f) => ({ name: f.name, text: toYaml(f.model) }));
}
