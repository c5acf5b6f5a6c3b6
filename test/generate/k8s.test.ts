import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeModel, k8sModels, renderK8s } from '../../src/generate/index.js';
import { hfContract, k8sContract, resolvedContract } from './factory.js';

const kinds: Record<string, new (data: never) => { validate(): void }> = {
  Deployment: Deployment as never,
  Service: Service as never,
  ConfigMap: ConfigMap as never,
  Secret: Secret as never,
  PodDisruptionBudget: PodDisruptionBudget as never,
};

/** Validates a manifest against the Kubernetes API schema shipped in kubernetes-models. */
function validate(model: Record<string, unknown>): void {
  const Kind = kinds[model.kind as string];
  if (!Kind) throw new Error(`no schema for ${String(model.kind)}`);
  new Kind(model as never).validate();
}

describe('k8s manifests', () => {
  it('validate against the Kubernetes API schemas', () => {
    for (const c of [k8sContract(), resolvedContract({ target: 'kubernetes' }), hfContract()]) {
      for (const f of k8sModels(c)) if (f.model.kind !== 'Kustomization') validate(f.model);
    }
  });

  it('several replicas: a PodDisruptionBudget that lets one pod go at a time, and pods spread over nodes', () => {
    const c = resolvedContract({ target: 'kubernetes', replicas: 3 });
    const files = k8sModels(c);
    const pdb = files.find((f) => f.name === 'pdb.yaml')?.model;
    expect(pdb).toMatchObject({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': 'demo-api' } } },
    });
    validate(pdb!);
    const deployment = files[0].model as {
      spec: { replicas: number; template: { spec: Record<string, unknown> } };
    };
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.spec.topologySpreadConstraints).toEqual([
      expect.objectContaining({ maxSkew: 1, topologyKey: 'kubernetes.io/hostname' }),
    ]);
    const kustomization = files.find((f) => f.name === 'kustomization.yaml')?.model as {
      resources: string[];
    };
    expect(kustomization.resources).toContain('pdb.yaml');
    // One pod: a budget would block every drain, so there is none.
    expect(k8sModels(resolvedContract({ target: 'kubernetes' })).map((f) => f.name)).not.toContain(
      'pdb.yaml',
    );
  });

  it('the validator rejects a broken manifest (the test can fail)', () => {
    const deployment = k8sModels(k8sContract())[0].model as { spec: { replicas: unknown } };
    deployment.spec.replicas = 'three';
    expect(() => validate(deployment as never)).toThrow();
  });

  it('runs as the contract UID, read-only, with emptyDir on writable paths and probes from the contract', () => {
    const c = k8sContract();
    const d = parse(renderK8s(c).find((f) => f.name === 'deployment.yaml')!.text);
    const pod = d.spec.template.spec;
    const container = pod.containers[0];
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      fsGroup: 10001,
    });
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.volumeMounts.map((m: { mountPath: string }) => m.mountPath)).toEqual([
      '/home/app/.cache',
      '/tmp',
      '/var/cache/app',
    ]);
    expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/health');
    expect(
      container.startupProbe.periodSeconds * container.startupProbe.failureThreshold,
    ).toBeGreaterThanOrEqual(20);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(15);
    expect(container.env).toContainEqual({
      name: 'DATABASE_URL',
      valueFrom: { secretKeyRef: { name: 'demo-api-secrets', key: 'DATABASE_URL' } },
    });
    expect(container.env).toContainEqual({
      name: 'SENTRY_DSN',
      valueFrom: { secretKeyRef: { name: 'demo-api-secrets', key: 'SENTRY_DSN', optional: true } },
    });
    expect(container.envFrom).toEqual([{ configMapRef: { name: 'demo-api-config' } }]);
  });

  it('never mounts over the app: a writable home that contains the workdir gets no emptyDir', () => {
    const d = k8sModels(hfContract({ writablePaths: ['/home/user', '/tmp'] }))[0].model as never as {
      spec: { template: { spec: { volumes: { name: string }[] } } };
    };
    expect(d.spec.template.spec.volumes.map((v) => v.name)).toEqual(['home-user-cache', 'tmp']);
  });

  it('the secret template carries keys but no values and is not applied by the kustomization', () => {
    const files = renderK8s(k8sContract());
    const secret = parse(files.find((f) => f.name === 'secret.template.yaml')!.text);
    expect(Object.values(secret.stringData)).toEqual(['', '']);
    const kustomization = parse(files.find((f) => f.name === 'kustomization.yaml')!.text);
    expect(kustomization.resources).toEqual(['deployment.yaml', 'service.yaml', 'configmap.yaml']);
  });

  it('writes ConfigMap values as the image ENV holds them: Kubernetes never expands $HOME there', () => {
    const c = resolvedContract({
      target: 'kubernetes',
      env: {
        secrets: [],
        variables: [
          { name: 'DATA_DIR', default: '$HOME/data' },
          { name: 'INDEX_DIR', default: '${DATA_DIR}/index' },
          { name: 'GREETING', default: 'costs $5 or $UNKNOWN' },
        ],
        build: [],
      },
    });
    const config = parse(renderK8s(c).find((f) => f.name === 'configmap.yaml')!.text);
    expect(config.data).toEqual({
      DATA_DIR: '/home/app/data',
      INDEX_DIR: '/home/app/data/index',
      GREETING: 'costs $5 or $UNKNOWN',
    });
    // Compose would fill $HOME from the host's environment: the same expanded values.
    const compose = composeModel(c) as { services: Record<string, { environment: Record<string, string> }> };
    expect(Object.values(compose.services)[0].environment).toMatchObject({
      DATA_DIR: '/home/app/data',
      INDEX_DIR: '/home/app/data/index',
      GREETING: 'costs $$5 or $$UNKNOWN',
    });
  });

  it('wires one port through the container, its probes and the Service, and stops without cutting requests', () => {
    const c = resolvedContract({
      target: 'kubernetes',
      app: { port: 8000 },
      env: { secrets: [], variables: [{ name: 'PORT', default: '8000' }], build: [] },
      writablePaths: ['/var/cache/app'],
      budgets: { shutdownMs: 25_000 },
    });
    const files = renderK8s(c);
    // PORT is no ConfigMap knob (changing it there left containerPort, probes and Service behind).
    expect(files.find((f) => f.name === 'configmap.yaml')).toBeUndefined();
    const d = parse(files.find((f) => f.name === 'deployment.yaml')!.text);
    const pod = d.spec.template.spec;
    const container = pod.containers[0];
    expect(container.envFrom).toBeUndefined();
    expect(container.env).toContainEqual({ name: 'PORT', value: '8000' });
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8000, protocol: 'TCP' }]);
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
      expect(container[probe].httpGet.port).toBe('http');
    const service = parse(files.find((f) => f.name === 'service.yaml')!.text);
    expect(service.spec.ports[0].targetPort).toBe('http');
    // A pause before SIGTERM while endpoints go, inside a grace period that still leaves the drain its budget.
    const pause = Number(container.lifecycle.preStop.exec.command[1]);
    expect(pause).toBeGreaterThan(0);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + 25);
    // Local disk is bounded: the container's ephemeral storage and each emptyDir.
    expect(container.resources.limits['ephemeral-storage']).toBeDefined();
    for (const v of pod.volumes) expect(v.emptyDir.sizeLimit).toBeDefined();
  });

  it('runs the image the contract names, and kustomize can point it elsewhere', () => {
    const render = (name?: string) => {
      const files = renderK8s(resolvedContract({ target: 'kubernetes', image: name ? { name } : {} }));
      const d = parse(files.find((f) => f.name === 'deployment.yaml')!.text);
      const k = parse(files.find((f) => f.name === 'kustomization.yaml')!.text);
      return { container: d.spec.template.spec.containers[0], images: k.images };
    };
    const tagged = render('ghcr.io/team/demo-api:1.4.2');
    expect(tagged.container).toMatchObject({
      image: 'ghcr.io/team/demo-api:1.4.2',
      imagePullPolicy: 'IfNotPresent',
    });
    expect(tagged.images).toEqual([{ name: 'ghcr.io/team/demo-api', newTag: '1.4.2' }]);
    const digest = `registry.example:5000/demo-api@sha256:${'a'.repeat(64)}`;
    expect(render(digest).images).toEqual([
      { name: 'registry.example:5000/demo-api', digest: `sha256:${'a'.repeat(64)}` },
    ]);
    // A floating name is pulled each time, as Kubernetes does for :latest.
    expect(render('ghcr.io/team/demo-api').container.imagePullPolicy).toBe('Always');
    // Without a name: <service>:latest, only runnable where the image is already loaded.
    expect(render().container).toMatchObject({ image: 'demo-api:latest', imagePullPolicy: 'IfNotPresent' });
    expect(render().images).toEqual([{ name: 'demo-api', newTag: 'latest' }]);
    // Compose builds and tags the same name, so `docker compose push` sends it there.
    const compose = composeModel(resolvedContract({ image: { name: 'ghcr.io/team/demo-api:1.4.2' } })) as {
      services: Record<string, { image: string }>;
    };
    expect(Object.values(compose.services)[0].image).toBe('ghcr.io/team/demo-api:1.4.2');
  });
});
