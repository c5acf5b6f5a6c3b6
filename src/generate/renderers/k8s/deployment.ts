import type { ResolvedContract } from '../../../contract/resolved.js';
import { planFor } from '../../plan.js';
import { k8sNames, volumeName } from './names.js';

/**
 * The Deployment. Kubernetes ignores the Dockerfile HEALTHCHECK, so the probes are written here
 * from the contract: a startupProbe covers slow starts (model loading) so liveness never kills a
 * pod that is still starting. The pod runs read-only as the contract's numeric UID with emptyDir
 * volumes on the writable paths, and gets more time to stop than the server's own graceful bound.
 */
const PROBE_PERIOD_S = 2;
const DEFAULT_STARTUP_WINDOW_MS = 30_000;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function deploymentModel(c: ResolvedContract): Record<string, unknown> {
  const plan = planFor(c);
  const n = k8sNames(c);
  const h = c.healthcheck;
  const startupWindowMs = Math.max(c.budgets.startupMs ?? 0, h.startPeriodMs, DEFAULT_STARTUP_WINDOW_MS);
  const probe = (path: string) => ({ httpGet: { path, port: 'http' }, timeoutSeconds: seconds(h.timeoutMs) });
  const env = c.env.secrets.map((s) => ({
    name: s.name,
    valueFrom: { secretKeyRef: { name: n.secret, key: s.name, ...(s.required ? {} : { optional: true }) } },
  }));
  if (plan.honourPort && !c.env.variables.some((v) => v.name === 'PORT'))
    env.unshift({ name: 'PORT', value: String(plan.port) } as never);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n.app, labels: n.labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: n.labels },
      template: {
        metadata: { labels: n.labels },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          terminationGracePeriodSeconds: plan.shutdownBudgetSeconds + 5,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: plan.uid,
            runAsGroup: plan.gid,
            fsGroup: plan.gid,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: n.app,
              image: `${c.service}:latest`,
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: plan.port, protocol: 'TCP' }],
              ...(c.env.variables.length > 0 ? { envFrom: [{ configMapRef: { name: n.config } }] } : {}),
              ...(env.length > 0 ? { env } : {}),
              startupProbe: {
                ...probe(plan.livenessPath),
                periodSeconds: PROBE_PERIOD_S,
                failureThreshold: Math.ceil(startupWindowMs / 1000 / PROBE_PERIOD_S),
              },
              readinessProbe: {
                ...probe(plan.readinessPath),
                periodSeconds: Math.min(10, seconds(h.intervalMs)),
                failureThreshold: 3,
              },
              livenessProbe: {
                ...probe(plan.livenessPath),
                periodSeconds: seconds(h.intervalMs),
                failureThreshold: h.retries,
              },
              resources: {
                requests: { cpu: '100m', memory: '256Mi' },
                limits: { memory: '512Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: plan.scratchMounts.map((p) => ({ name: volumeName(p), mountPath: p })),
            },
          ],
          volumes: plan.scratchMounts.map((p) => ({ name: volumeName(p), emptyDir: {} })),
        },
      },
    },
  };
}
