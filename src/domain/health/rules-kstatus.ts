// Any other kind: kstatus's generic rules (sigs.k8s.io/cli-utils pkg/kstatus). Reconciling=True is in progress,
// Stalled=True has failed, then a Ready condition decides: True is current, False or Unknown still in progress
// (kstatus cannot tell a Ready=False that will recover from one that will not; Stalled says the latter). A kind with
// none of these conditions is Healthy once it exists, as in Argo CD and kstatus.

import { conditionsOf, describeCondition, verdict } from './read.js';
import type { HealthRule } from './types.js';

export const kstatusHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  for (const c of conds) {
    if (c.type === 'Reconciling' && c.status === 'True') {
      return verdict('Progressing', subject, `reconciling: ${describeCondition(c)}`);
    }
    if (c.type === 'Stalled' && c.status === 'True') {
      return verdict('Degraded', subject, `stalled: ${describeCondition(c)}`);
    }
  }
  const ready = conds.find((c) => c.type === 'Ready');
  if (ready?.status === 'True') return verdict('Healthy', subject, 'Ready');
  if (ready?.status === 'False' || ready?.status === 'Unknown') {
    return verdict('Progressing', subject, `not Ready yet: ${describeCondition(ready)}`);
  }
  return verdict('Healthy', subject, `exists (no health rule for ${obj.kind})`);
};
