// One verdict for several objects: the worst status, and a message that leads with the object to look at first
// (among the worst, a pod's own reason before its controller's symptom: lead.ts).

import { causeFirst, type JudgedObject } from './lead.js';
import { worstStatus } from './severity.js';
import type { HealthVerdict } from './types.js';

export function summarizeHealth(verdicts: readonly (HealthVerdict & JudgedObject)[]): HealthVerdict {
  const [only] = verdicts;
  if (verdicts.length === 1 && only) return only;
  const status = worstStatus(verdicts.map((v) => v.status));
  const n = verdicts.length;
  const unhealthy = verdicts.filter((v) => v.status !== 'Healthy');
  if (unhealthy.length === 0) return { status, message: n === 0 ? 'no objects' : `all ${n} objects Healthy` };
  const worst = causeFirst(unhealthy.filter((v) => v.status === status));
  const more = worst.length > 1 ? ` (and ${worst.length - 1} more ${status})` : '';
  return {
    status,
    message: `${unhealthy.length} of ${n} objects not Healthy; ${worst[0]?.message ?? ''}${more}`,
  };
}
