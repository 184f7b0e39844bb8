// Live objects shaped as a 1.30 API server returns them (generation, observedGeneration, conditions with reasons,
// container statuses), with the fields each test changes passed in. Kept small: only what the rules read, plus the
// fields a real object always carries, so a rule that reads the wrong field fails.
import type { LiveObject } from '../../../../src/domain/health/index.js';

type Fields = Record<string, unknown>;

export function meta(name: string, generation = 3, extra: Fields = {}): LiveObject['metadata'] {
  return {
    name,
    namespace: 'shop',
    generation,
    labels: { 'app.kubernetes.io/name': name },
    ...extra,
  } as LiveObject['metadata'];
}

export function cond(type: string, status: string, reason = '', message = ''): Fields {
  return {
    type,
    status,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
    lastTransitionTime: '2026-11-30T06:00:00Z',
  };
}

export function deployment(spec: Fields = {}, status: Fields = {}, generation = 3): LiveObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('web', generation),
    spec: { replicas: 3, strategy: { type: 'RollingUpdate' }, progressDeadlineSeconds: 600, ...spec },
    status: {
      observedGeneration: 3,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [
        cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'),
        cond(
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          'ReplicaSet "web-7f9c8d" has successfully progressed.',
        ),
      ],
      ...status,
    },
  };
}

export function statefulSet(spec: Fields = {}, status: Fields = {}): LiveObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta('db', 2),
    spec: {
      replicas: 3,
      serviceName: 'db',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      ...spec,
    },
    status: {
      observedGeneration: 2,
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      currentRevision: 'db-5d8f7b',
      updateRevision: 'db-5d8f7b',
      availableReplicas: 3,
      ...status,
    },
  };
}

export function daemonSet(spec: Fields = {}, status: Fields = {}): LiveObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta('node-agent', 4),
    spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, ...spec },
    status: {
      observedGeneration: 4,
      currentNumberScheduled: 5,
      desiredNumberScheduled: 5,
      numberAvailable: 5,
      numberReady: 5,
      updatedNumberScheduled: 5,
      ...status,
    },
  };
}

export function replicaSet(status: Fields = {}): LiveObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: meta('web-7f9c8d', 1),
    spec: { replicas: 3 },
    status: { observedGeneration: 1, replicas: 3, readyReplicas: 3, availableReplicas: 3, ...status },
  };
}

export interface ContainerState {
  name?: string;
  ready?: boolean;
  restartCount?: number;
  state?: Fields;
  lastState?: Fields;
}

export function container(c: ContainerState = {}): Fields {
  return {
    name: c.name ?? 'app',
    image: 'ghcr.io/acme/web:1.4.2',
    imageID: '',
    ready: c.ready ?? true,
    started: c.ready ?? true,
    restartCount: c.restartCount ?? 0,
    state: c.state ?? { running: { startedAt: '2026-11-30T06:01:00Z' } },
    lastState: c.lastState ?? {},
  };
}

export const crashLoop = (restarts: number): ContainerState => ({
  ready: false,
  restartCount: restarts,
  state: {
    waiting: {
      reason: 'CrashLoopBackOff',
      message: 'back-off 5m0s restarting failed container=app pod=web-7f9_shop(6f1c)',
    },
  },
  lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: '2026-11-30T06:05:00Z' } },
});

export function pod(opts: {
  phase: string;
  restartPolicy?: string;
  containers?: Fields[];
  initContainers?: Fields[];
  ready?: boolean;
  message?: string;
  reason?: string;
  conditions?: Fields[];
}): LiveObject {
  const ready = opts.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta('web-7f9', undefined, { generation: 1 }),
    spec: {
      restartPolicy: opts.restartPolicy ?? 'Always',
      containers: [{ name: 'app', image: 'ghcr.io/acme/web:1.4.2' }],
    },
    status: {
      phase: opts.phase,
      ...(opts.message ? { message: opts.message } : {}),
      ...(opts.reason ? { reason: opts.reason } : {}),
      conditions: opts.conditions ?? [
        cond('PodScheduled', 'True'),
        cond('Initialized', 'True'),
        ready
          ? cond('Ready', 'True')
          : cond('Ready', 'False', 'ContainersNotReady', 'containers with unready status: [app]'),
        ready ? cond('ContainersReady', 'True') : cond('ContainersReady', 'False', 'ContainersNotReady'),
      ],
      ...(opts.initContainers ? { initContainerStatuses: opts.initContainers } : {}),
      containerStatuses: opts.containers ?? [container()],
      qosClass: 'Burstable',
      startTime: '2026-11-30T06:00:00Z',
    },
  };
}

export function job(spec: Fields = {}, status: Fields = {}): LiveObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta('migrate', 1),
    spec: { completions: 1, parallelism: 1, backoffLimit: 6, suspend: false, ...spec },
    status: { startTime: '2026-11-30T06:00:00Z', ...status },
  };
}

export function custom(
  apiVersion: string,
  kind: string,
  spec: Fields,
  status: Fields | undefined,
  generation = 2,
): LiveObject {
  return {
    apiVersion,
    kind,
    metadata: meta(kind.toLowerCase() === 'application' ? 'prod-acme-web' : 'web', generation),
    spec,
    ...(status ? { status } : {}),
  };
}

export const pvc = (phase: string | undefined) =>
  custom(
    'v1',
    'PersistentVolumeClaim',
    { storageClassName: 'gp3', volumeName: 'pvc-0a1b' },
    phase ? { phase } : {},
  );
export const lbService = (ingress: unknown[] | undefined) =>
  custom(
    'v1',
    'Service',
    { type: 'LoadBalancer', ports: [{ port: 443 }] },
    { loadBalancer: ingress ? { ingress } : {} },
  );
export const ingress = (lb: unknown[]) =>
  custom('networking.k8s.io/v1', 'Ingress', {}, { loadBalancer: { ingress: lb } });
export const hpa = (conditions: unknown[]) =>
  custom(
    'autoscaling/v2',
    'HorizontalPodAutoscaler',
    { minReplicas: 2, maxReplicas: 10 },
    { currentReplicas: 2, conditions },
  );
export const apiService = (conditions: unknown[]) =>
  custom(
    'apiregistration.k8s.io/v1',
    'APIService',
    { service: { name: 'metrics-server', namespace: 'kube-system' } },
    { conditions },
  );
export const app = (status: Record<string, unknown> | undefined) =>
  custom('argoproj.io/v1alpha1', 'Application', {}, status);
export const rollout = (
  spec: Record<string, unknown>,
  status: Record<string, unknown> | undefined,
  generation = 2,
) =>
  custom(
    'argoproj.io/v1alpha1',
    'Rollout',
    { replicas: 3, strategy: { canary: {} }, ...spec },
    status,
    generation,
  );
export const ks = (
  spec: Record<string, unknown>,
  status: Record<string, unknown> | undefined,
  generation = 2,
) =>
  custom(
    'kustomize.toolkit.fluxcd.io/v1',
    'Kustomization',
    { interval: '5m', path: './shop/web', ...spec },
    status,
    generation,
  );
export const hr = (spec: Record<string, unknown>, conditions: unknown[]) =>
  custom(
    'helm.toolkit.fluxcd.io/v2',
    'HelmRelease',
    { interval: '5m', ...spec },
    { observedGeneration: 2, conditions },
  );
export const cert = (conditions: unknown[] | undefined, observedGeneration = 2) =>
  custom(
    'cert-manager.io/v1',
    'Certificate',
    { secretName: 'web-tls' },
    conditions ? { observedGeneration, conditions } : undefined,
  );
/** A custom resource no rule knows (neither Argo CD's nor ours): judged by kstatus's generic conditions. */
export const widget = (conditions: unknown[] | undefined, observedGeneration = 2) =>
  custom(
    'databases.example.com/v1alpha1',
    'Database',
    { engine: 'postgres' },
    conditions ? { observedGeneration, conditions } : undefined,
  );
