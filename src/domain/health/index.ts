// Health assessment of live Kubernetes objects (docs/architecture.md#health): Argo CD's semantics per kind, kstatus
// for any resource with a Ready condition, and one rule stricter than Argo CD for every kind: a status whose
// observedGeneration is below metadata.generation is Progressing, because the controller has not seen the change yet.
// Pure: the object in, a verdict a person can act on out.

import type { HealthStatus } from '../model.js';

export type { HealthStatus };

/** A live object as the API server returns it; structurally the kube port's KubeObject (domain imports nothing). */
export interface LiveObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    generation?: number;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
    deletionTimestamp?: string;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface HealthVerdict {
  status: HealthStatus;
  /** One line a person can act on, e.g. `pod web-7f9 container app: CrashLoopBackOff, 6 restarts`. */
  message: string;
}

/** Worst first: an aggregate takes the status earliest in this list. */
const SEVERITY: readonly HealthStatus[] = [
  'Degraded',
  'Missing',
  'Unknown',
  'Progressing',
  'Suspended',
  'Healthy',
];

/** The worst of several statuses (Healthy for none). */
export function worstStatus(statuses: Iterable<HealthStatus>): HealthStatus {
  let worst: HealthStatus = 'Healthy';
  for (const s of statuses) if (SEVERITY.indexOf(s) < SEVERITY.indexOf(worst)) worst = s;
  return worst;
}

function conditions(
  obj: LiveObject,
): { type?: unknown; status?: unknown; reason?: unknown; message?: unknown }[] {
  const list = obj.status?.conditions;
  return Array.isArray(list) ? (list as { type?: unknown }[]) : [];
}

/**
 * The verdict for one object. This first cut knows the generation rule and kstatus's Ready condition; the per-kind
 * rules (workloads, pods, jobs, Argo CD, Flux, Rollouts...) join in rules-*.ts files.
 */
export function assessHealth(obj: LiveObject): HealthVerdict {
  const name = `${obj.kind.toLowerCase()} ${obj.metadata.name}`;
  const generation = obj.metadata.generation;
  const observed = obj.status?.observedGeneration;
  if (typeof generation === 'number' && typeof observed === 'number' && observed < generation) {
    return {
      status: 'Progressing',
      message: `${name}: the controller has not seen generation ${generation} yet (observed ${observed})`,
    };
  }
  const ready = conditions(obj).find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return { status: 'Healthy', message: `${name}: Ready` };
  if (ready?.status === 'False') {
    return {
      status: 'Degraded',
      message: `${name}: not Ready: ${String(ready.message ?? ready.reason ?? '')}`,
    };
  }
  if (ready) return { status: 'Progressing', message: `${name}: Ready is ${String(ready.status)}` };
  return { status: 'Healthy', message: `${name}: exists (no health rule for ${obj.kind})` };
}
