import type { ResolvedContract } from '../../../contract/resolved.js';
import { planFor } from '../../plan.js';
import { configMapModel } from './configmap.js';
import { k8sImage, k8sNames, volumeName } from './names.js';

/**
 * The Deployment. Kubernetes ignores the Dockerfile HEALTHCHECK, so the probes are written here
 * from the contract: a startupProbe covers slow starts (model loading) so liveness never kills a
 * pod that is still starting. The pod runs read-only as the contract's numeric UID with emptyDir
 * volumes on the writable paths, and gets more time to stop than the server's own graceful bound.
 */
const PROBE_PERIOD_S = 2;
/** Local disk the container may fill (writable emptyDirs and logs), and each emptyDir's share. */
const EPHEMERAL = '1Gi';
const SCRATCH_LIMIT = '512Mi';
const DEFAULT_STARTUP_WINDOW_MS = 30_000;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Seconds the pod waits before SIGTERM, for endpoint removal to reach the Service and ingress. */
export const PRE_STOP_S = 5;

/** The pod's grace period: the preStop pause, then the server's shutdown budget, plus a margin. */
export const terminationGraceSeconds = (shutdownBudgetSeconds: number): number =>
  PRE_STOP_S + shutdownBudgetSeconds + 5;

export function deploymentModel(c: ResolvedContract): Record<string, unknown> {
  const plan = planFor(c);
  const n = k8sNames(c);
  const image = k8sImage(c);
  const h = c.healthcheck;
  const startupWindowMs = Math.max(c.budgets.startupMs ?? 0, h.startPeriodMs, DEFAULT_STARTUP_WINDOW_MS);
  const probe = (path: string) => ({ httpGet: { path, port: 'http' }, timeoutSeconds: seconds(h.timeoutMs) });
  const env = c.env.secrets.map((s) => ({
    name: s.name,
    valueFrom: { secretKeyRef: { name: n.secret, key: s.name, ...(s.required ? {} : { optional: true }) } },
  }));
  // One port: the container listens where containerPort, the probes and the Service point.
  if (plan.honourPort) env.unshift({ name: 'PORT', value: String(plan.port) } as never);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n.app, labels: n.labels },
    spec: {
      replicas: c.replicas,
      selector: { matchLabels: n.labels },
      template: {
        metadata: { labels: n.labels },
        spec: {
          // Several pods spread over nodes, so one node going down does not take them all.
          ...(c.replicas > 1
            ? {
                topologySpreadConstraints: [
                  {
                    maxSkew: 1,
                    topologyKey: 'kubernetes.io/hostname',
                    whenUnsatisfiable: 'ScheduleAnyway',
                    labelSelector: { matchLabels: n.labels },
                  },
                ],
              }
            : {}),
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          // The preStop pause runs first, within the grace period, then the server's own drain.
          terminationGracePeriodSeconds: terminationGraceSeconds(plan.shutdownBudgetSeconds),
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
              image: image.reference,
              imagePullPolicy: image.pullPolicy,
              ports: [{ name: 'http', containerPort: plan.port, protocol: 'TCP' }],
              ...(configMapModel(c) ? { envFrom: [{ configMapRef: { name: n.config } }] } : {}),
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
              // Endpoints are removed while the pod stops: a pause before SIGTERM lets the Service and
              // ingress stop sending it requests first, so a rollout cuts none.
              lifecycle: { preStop: { exec: { command: ['sleep', String(PRE_STOP_S)] } } },
              resources: {
                requests: { cpu: '100m', memory: '256Mi', 'ephemeral-storage': EPHEMERAL },
                limits: { memory: '512Mi', 'ephemeral-storage': EPHEMERAL },
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
          // Each writable path is bounded too: a runaway cache evicts its own pod, not its neighbours.
          volumes: plan.scratchMounts.map((p) => ({
            name: volumeName(p),
            emptyDir: { sizeLimit: SCRATCH_LIMIT },
          })),
        },
      },
    },
  };
}
