// Which of several unhealthy objects a summary names first. Statuses are not touched (the worst one still decides,
// as Argo CD's aggregation does); only the order a person reads them in. Among objects of the same status a pod
// leads: its verdict names the cause (a container's waiting or terminated reason: CrashLoopBackOff,
// ImagePullBackOff, OOMKilled, an exit code), where its controller's names the symptom (a Deployment past its
// progress deadline, which itself says "its new pods say why").

import type { HealthStatus } from './types.js';

/** A verdict on one object; `kind` when known (a verdict without one ranks as a controller's). */
export interface JudgedObject {
  kind?: string;
  status: HealthStatus;
}

/** How directly an object's own verdict names a cause: lower reads first. */
function causeRank(kind: string | undefined): number {
  return kind === 'Pod' ? 0 : 1;
}

/** `items` with pods first, otherwise in their order (a stable sort). */
export function causeFirst<T extends JudgedObject>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => causeRank(a.kind) - causeRank(b.kind));
}
