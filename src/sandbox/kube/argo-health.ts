// The simulated Argo CD's and Flux's own health checks, written after Argo CD's built-in assessments (not the
// project's src/domain/health rules: verify-health must be tested against an independent judge, not itself).

import type { KubeObject } from '../../kube/port.js';

export type SimHealth = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing';

type Cond = { type: string; status: string; reason?: string; message?: string };
const conds = (o: KubeObject) => (o.status?.conditions ?? []) as Cond[];
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function simHealth(o: KubeObject | undefined): { status: SimHealth; message?: string } {
  if (!o) return { status: 'Missing' };
  const s = (o.status ?? {}) as Record<string, unknown>;
  const gen = o.metadata.generation ?? 0;
  const stale = typeof s.observedGeneration === 'number' && s.observedGeneration < gen;
  const replicas = num((o.spec as { replicas?: number } | undefined)?.replicas ?? 1);
  switch (`${o.apiVersion} ${o.kind}`) {
    case 'apps/v1 Deployment': {
      if ((o.spec as { paused?: boolean }).paused)
        return { status: 'Suspended', message: 'Deployment is paused' };
      if (stale || s.observedGeneration === undefined)
        return {
          status: 'Progressing',
          message:
            'Waiting for rollout to finish: observed deployment generation less than desired generation',
        };
      const p = conds(o).find((c) => c.type === 'Progressing');
      if (p?.reason === 'ProgressDeadlineExceeded')
        return {
          status: 'Degraded',
          message: `Deployment "${o.metadata.name}" exceeded its progress deadline`,
        };
      if (num(s.updatedReplicas) < replicas)
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${num(s.updatedReplicas)} out of ${replicas} new replicas have been updated...`,
        };
      if (num(s.replicas) > num(s.updatedReplicas))
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${num(s.replicas) - num(s.updatedReplicas)} old replicas are pending termination...`,
        };
      if (num(s.availableReplicas) < num(s.updatedReplicas))
        return {
          status: 'Progressing',
          message: `Waiting for rollout to finish: ${num(s.availableReplicas)} of ${num(s.updatedReplicas)} updated replicas are available...`,
        };
      return { status: 'Healthy' };
    }
    case 'apps/v1 StatefulSet':
      if (stale || s.observedGeneration === undefined)
        return { status: 'Progressing', message: 'Waiting for statefulset spec update to be observed...' };
      if (num(s.readyReplicas) < replicas || num(s.updatedReplicas) < replicas)
        return {
          status: 'Progressing',
          message: `Waiting for ${replicas - num(s.readyReplicas)} pods to be ready...`,
        };
      return { status: 'Healthy' };
    case 'apps/v1 DaemonSet':
      if (stale || s.observedGeneration === undefined)
        return { status: 'Progressing', message: 'Waiting for daemon set spec update to be observed...' };
      if (
        num(s.numberAvailable) < num(s.desiredNumberScheduled) ||
        num(s.updatedNumberScheduled) < num(s.desiredNumberScheduled)
      )
        return { status: 'Progressing', message: 'Waiting for daemon set rollout to finish' };
      return { status: 'Healthy' };
    case 'apps/v1 ReplicaSet':
      return num(s.availableReplicas) < replicas ? { status: 'Progressing' } : { status: 'Healthy' };
    case 'batch/v1 Job': {
      if ((o.spec as { suspend?: boolean }).suspend)
        return { status: 'Suspended', message: 'Job is suspended' };
      const failed = conds(o).find((c) => c.type === 'Failed' && c.status === 'True');
      if (failed) return { status: 'Degraded', message: failed.message };
      if (conds(o).some((c) => c.type === 'Complete' && c.status === 'True')) return { status: 'Healthy' };
      return { status: 'Progressing' };
    }
    case 'v1 Pod': {
      const waiting = (
        (s.containerStatuses ?? []) as { state?: { waiting?: { reason?: string; message?: string } } }[]
      ).find(
        (c) =>
          c.state?.waiting?.reason === 'CrashLoopBackOff' || c.state?.waiting?.reason === 'ImagePullBackOff',
      );
      if (waiting) return { status: 'Degraded', message: waiting.state?.waiting?.message };
      if (s.phase === 'Failed') return { status: 'Degraded' };
      if (s.phase === 'Succeeded' || conds(o).some((c) => c.type === 'Ready' && c.status === 'True'))
        return { status: 'Healthy' };
      return { status: 'Progressing' };
    }
    case 'v1 PersistentVolumeClaim':
      return s.phase === 'Bound' ? { status: 'Healthy' } : { status: 'Progressing' };
    case 'v1 Service':
      if ((o.spec as { type?: string }).type !== 'LoadBalancer') return { status: 'Healthy' };
      return ((s.loadBalancer as { ingress?: unknown[] } | undefined)?.ingress?.length ?? 0) > 0
        ? { status: 'Healthy' }
        : { status: 'Progressing' };
    case 'networking.k8s.io/v1 Ingress':
      return ((s.loadBalancer as { ingress?: unknown[] } | undefined)?.ingress?.length ?? 0) > 0
        ? { status: 'Healthy' }
        : { status: 'Progressing' };
    default:
      return { status: 'Healthy' };
  }
}

const ORDER: SimHealth[] = ['Degraded', 'Missing', 'Progressing', 'Suspended', 'Healthy'];

export function worst(list: readonly SimHealth[]): SimHealth {
  return list.reduce<SimHealth>((w, s) => (ORDER.indexOf(s) < ORDER.indexOf(w) ? s : w), 'Healthy');
}
