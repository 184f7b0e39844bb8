// How bad each status is, for aggregation.

import type { HealthStatus } from './types.js';

/** Worst first: an aggregate takes the status earliest in this list. Argo CD ranks Unknown worst; here Degraded is,
 *  because a verification that fails should name the definite failure, not the object nobody can judge. */
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
