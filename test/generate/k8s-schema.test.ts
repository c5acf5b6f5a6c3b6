import * as k8s132 from 'k8s-api-1-32/dist/gen/models/all.js';
import * as k8s136 from 'k8s-api-1-36/dist/gen/models/all.js';
import { describe, expect, it } from 'vitest';
import { k8sModels } from '../../src/generate/index.js';
import { k8sContract, resolvedContract } from './factory.js';

// Every generated Kubernetes object against the API types of two Kubernetes releases, from the
// official JavaScript client generated from each release's OpenAPI spec (1.32: client 1.0.0; 1.36:
// client 2.0.1). Unlike the validators in k8s.test.ts, which accept fields the API does not have,
// this walk fails on every unknown field and every value of the wrong type, as `kubectl apply
// --validate=strict` would.

type Models = Record<string, unknown>;
interface Attribute {
  baseName: string;
  type: string;
}

const releases: [string, Models][] = [
  ['1.32', k8s132 as unknown as Models],
  ['1.36', k8s136 as unknown as Models],
];

const classOf: Record<string, string> = {
  Deployment: 'V1Deployment',
  Service: 'V1Service',
  ConfigMap: 'V1ConfigMap',
  Secret: 'V1Secret',
  PodDisruptionBudget: 'V1PodDisruptionBudget',
};

/** Where `value` breaks the API type `type`: unknown fields, wrong kinds of value. */
function check(models: Models, type: string, value: unknown, path: string, errors: string[]): void {
  if (value === undefined || value === null) return;
  const list = /^Array<(.+)>$/.exec(type);
  if (list) {
    if (!Array.isArray(value)) errors.push(`${path}: a list expected`);
    else for (const [i, v] of value.entries()) check(models, list[1], v, `${path}[${i}]`, errors);
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value !== 'object' || Array.isArray(value)) errors.push(`${path}: a map expected`);
    else for (const [k, v] of Object.entries(value)) check(models, map[1], v, `${path}.${k}`, errors);
    return;
  }
  const scalar: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean',
    Date: (v) => typeof v === 'string',
    IntOrString: (v) => typeof v === 'string' || Number.isInteger(v),
    any: () => true,
  };
  if (scalar[type]) {
    if (!scalar[type](value)) errors.push(`${path}: ${JSON.stringify(value)} is not a ${type}`);
    return;
  }
  const cls = models[type] as { getAttributeTypeMap?: () => Attribute[] } | undefined;
  if (!cls?.getAttributeTypeMap) {
    errors.push(`${path}: no API type ${type}`);
    return;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push(`${path}: an object expected`);
    return;
  }
  const attributes = cls.getAttributeTypeMap();
  for (const [k, v] of Object.entries(value)) {
    const a = attributes.find((x) => x.baseName === k);
    if (!a) errors.push(`${path}.${k}: ${type} has no field ${k}`);
    else check(models, a.type, v, `${path}.${k}`, errors);
  }
}

const contracts = {
  'one replica': resolvedContract({ target: 'kubernetes' }),
  'three replicas, secrets, variables, writable paths': k8sContract({
    replicas: 3,
    writablePaths: ['/var/cache/app', '$HOME/data'],
  }),
};

describe.each(releases)('generated Kubernetes objects against the Kubernetes %s API', (_release, models) => {
  it.each(Object.entries(contracts))('%s: no unknown field, no value of the wrong type', (_name, c) => {
    const errors: string[] = [];
    const kinds: string[] = [];
    for (const f of k8sModels(c)) {
      const kind = String(f.model.kind);
      if (kind === 'Kustomization') continue;
      kinds.push(kind);
      expect(classOf[kind], `an API type for ${kind}`).toBeDefined();
      check(models, classOf[kind], f.model, f.name, errors);
    }
    expect(errors).toEqual([]);
    expect(kinds).toContain('Deployment');
  });

  it('finds a field the API does not have, and a value of the wrong type (the check can fail)', () => {
    const deployment = k8sModels(contracts['one replica'])[0].model as {
      spec: { replicas: unknown; template: { spec: Record<string, unknown> } };
    };
    deployment.spec.template.spec.restartPolicyy = 'Always';
    deployment.spec.replicas = 'three';
    const errors: string[] = [];
    check(models, 'V1Deployment', deployment, 'deployment.yaml', errors);
    expect(errors).toEqual([
      'deployment.yaml.spec.replicas: "three" is not a number',
      'deployment.yaml.spec.template.spec.restartPolicyy: V1PodSpec has no field restartPolicyy',
    ]);
  });
});
