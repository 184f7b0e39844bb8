// Built-in kinds gitops-engine has no check for, judged by the Lua checks Argo CD ships for them
// (argo-cd resource_customizations/batch/CronJob, policy/PodDisruptionBudget,
// apiextensions.k8s.io/CustomResourceDefinition): charts carry all three, and without these rules each read as
// Healthy as soon as it existed.

import { at, conditionsOf, describeCondition, list, str, verdict } from './read.js';
import type { HealthRule } from './types.js';

/** A CronJob is judged by its last run: Degraded when the last scheduled run has not succeeded and none is running.
 *  Argo CD calls a suspended CronJob Healthy (argoproj/argo-cd#24428), and so does this. */
export const cronJobHealth: HealthRule = (obj, subject) => {
  if (at(obj, 'spec', 'suspend') === true)
    return verdict('Healthy', subject, 'suspended (spec.suspend): no runs');
  if (!obj.status) return verdict('Progressing', subject, 'waiting for the CronJob controller');
  const scheduled = str(obj.status.lastScheduleTime);
  if (scheduled === undefined) return verdict('Healthy', subject, 'not scheduled yet');
  const succeeded = str(obj.status.lastSuccessfulTime);
  if (succeeded === undefined) {
    return verdict('Healthy', subject, `last run ${scheduled} has not succeeded yet (none has so far)`);
  }
  if (list(obj.status.active).length > 0) {
    return verdict('Healthy', subject, `a run is active; the last success was ${succeeded}`);
  }
  // RFC 3339 times in UTC, as the API server writes them: text order is time order (Argo CD compares them so too).
  if (succeeded < scheduled) {
    return verdict(
      'Degraded',
      subject,
      `the run scheduled at ${scheduled} did not succeed (last success ${succeeded}); its Job's pods say why`,
    );
  }
  return verdict('Healthy', subject, `last run ${scheduled} succeeded`);
};

/** A budget that cannot be computed is Degraded; one that merely allows no disruption now (InsufficientPods, e.g.
 *  while pods roll) is not. */
export const pdbHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  if (conds.length === 0) return verdict('Progressing', subject, 'waiting for the disruption controller');
  const failing = conds.find((c) => c.status === 'False' && c.reason !== 'InsufficientPods');
  if (failing) return verdict('Degraded', subject, `${failing.type} is False: ${describeCondition(failing)}`);
  const last = conds[conds.length - 1];
  return verdict('Healthy', subject, last ? describeCondition(last) : 'budget computed');
};

export const crdHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  if (conds.length === 0) return verdict('Progressing', subject, 'waiting for the API server to accept it');
  let established = false;
  for (const c of conds) {
    if (c.type === 'Terminating' && c.status === 'True') {
      return verdict('Progressing', subject, `terminating: ${describeCondition(c)}`);
    }
    if (c.type === 'NamesAccepted' && c.status === 'False') {
      return verdict('Degraded', subject, `names not accepted: ${describeCondition(c)}`);
    }
    if (c.type === 'NonStructuralSchema' && c.status === 'True') {
      return verdict('Degraded', subject, `schema violations: ${describeCondition(c)}`);
    }
    if (c.type === 'Established') {
      if (c.status === 'True') established = true;
      else if (c.reason === 'Installing') return verdict('Progressing', subject, 'being installed');
    }
  }
  if (!established) return verdict('Degraded', subject, 'not established');
  return verdict('Healthy', subject, 'established');
};

export const LUA_CORE_RULES: readonly (readonly [string, HealthRule])[] = [
  ['batch/CronJob', cronJobHealth],
  ['policy/PodDisruptionBudget', pdbHealth],
  ['apiextensions.k8s.io/CustomResourceDefinition', crdHealth],
];
