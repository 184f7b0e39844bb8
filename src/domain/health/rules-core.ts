// PersistentVolumeClaim, Service, Ingress, HorizontalPodAutoscaler and APIService: Argo CD's rules (gitops-engine
// pkg/health) with messages that say what is awaited.

import {
  at,
  type Condition,
  condition,
  conditionsOf,
  describeCondition,
  list,
  str,
  verdict,
} from './read.js';
import type { HealthRule } from './types.js';

export const pvcHealth: HealthRule = (obj, subject) => {
  const phase = str(obj.status?.phase);
  switch (phase) {
    case 'Bound':
      return verdict('Healthy', subject, `Bound to ${str(at(obj, 'spec', 'volumeName')) ?? 'a volume'}`);
    case 'Pending': {
      const storageClass = str(at(obj, 'spec', 'storageClassName'));
      const cls = storageClass ? ` (storage class ${storageClass})` : '';
      return verdict('Progressing', subject, `Pending: waiting for a volume to bind${cls}`);
    }
    case 'Lost':
      return verdict('Degraded', subject, 'Lost: its volume no longer exists; the data it held is gone');
    default:
      return verdict('Unknown', subject, `phase ${phase ?? '(none)'}`);
  }
};

/** The addresses of status.loadBalancer.ingress; an entry with neither ip nor hostname still counts, as in Argo CD. */
function addresses(ingress: unknown): string[] {
  return list(ingress).map((i) => str(at(i, 'ip')) ?? str(at(i, 'hostname')) ?? '(no address reported)');
}

export const serviceHealth: HealthRule = (obj, subject) => {
  const type = str(at(obj, 'spec', 'type')) ?? 'ClusterIP';
  if (type !== 'LoadBalancer') return verdict('Healthy', subject, `${type} service`);
  const assigned = addresses(at(obj, 'status', 'loadBalancer', 'ingress'));
  if (assigned.length > 0) return verdict('Healthy', subject, `load balancer at ${assigned.join(', ')}`);
  return verdict('Progressing', subject, 'waiting for the cloud provider to assign a load balancer address');
};

export const ingressHealth: HealthRule = (obj, subject) => {
  const assigned = addresses(at(obj, 'status', 'loadBalancer', 'ingress'));
  if (assigned.length > 0) return verdict('Healthy', subject, `served at ${assigned.join(', ')}`);
  return verdict('Progressing', subject, 'waiting for the ingress controller to assign an address');
};

/** The states Argo CD calls degraded: the HPA cannot read or write its target's scale, or cannot read or compute
 *  any kind of metric (Argo CD's list grew with custom, object, pods and external metrics: argoproj/argo-cd#26274). */
const HPA_DEGRADED: readonly { type: string; reason: string }[] = [
  { type: 'AbleToScale', reason: 'FailedGetScale' },
  { type: 'AbleToScale', reason: 'FailedUpdateScale' },
  { type: 'ScalingActive', reason: 'FailedGetResourceMetric' },
  { type: 'ScalingActive', reason: 'FailedGetObjectMetric' },
  { type: 'ScalingActive', reason: 'FailedGetPodsMetric' },
  { type: 'ScalingActive', reason: 'FailedGetExternalMetric' },
  { type: 'ScalingActive', reason: 'FailedComputeMetricsReplicas' },
  { type: 'ScalingActive', reason: 'InvalidSelector' },
];

/** autoscaling/v1 keeps its conditions in an annotation, as JSON; v2 in status.conditions. */
function hpaConditions(obj: Parameters<HealthRule>[0]): Condition[] | string {
  if (obj.apiVersion !== 'autoscaling/v1') return conditionsOf(obj.status?.conditions);
  const raw = obj.metadata.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
  if (raw === undefined) return [];
  try {
    return conditionsOf(JSON.parse(raw) as unknown);
  } catch {
    return 'its autoscaling.alpha.kubernetes.io/conditions annotation is not JSON';
  }
}

export const hpaHealth: HealthRule = (obj, subject) => {
  const conds = hpaConditions(obj);
  if (typeof conds === 'string') return verdict('Unknown', subject, conds);
  // A failing condition anywhere wins over AbleToScale=True: the controller writes AbleToScale first, and an HPA
  // that can read its target's scale but no metric does not autoscale (Argo CD checks all failures first too).
  const failing = conds.find((c) => HPA_DEGRADED.some((d) => d.type === c.type && d.reason === c.reason));
  if (failing) return verdict('Degraded', subject, `cannot autoscale: ${describeCondition(failing)}`);
  const able = conds.find(
    (c) => (c.type === 'AbleToScale' || c.type === 'ScalingLimited') && c.status === 'True',
  );
  if (able) return verdict('Healthy', subject, describeCondition(able));
  return verdict('Progressing', subject, 'waiting to autoscale (no AbleToScale condition yet)');
};

export const apiServiceHealth: HealthRule = (obj, subject) => {
  const available = condition(obj.status?.conditions, 'Available');
  if (!available)
    return verdict('Progressing', subject, 'waiting to be processed (no Available condition yet)');
  if (available.status === 'True') return verdict('Healthy', subject, describeCondition(available));
  const service = str(at(obj, 'spec', 'service', 'name'));
  const backend = service ? ` (backend service ${service})` : '';
  return verdict('Progressing', subject, `not available${backend}: ${describeCondition(available)}`);
};
