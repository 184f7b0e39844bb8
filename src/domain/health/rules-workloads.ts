// Deployment, StatefulSet, DaemonSet and ReplicaSet: Argo CD's rules (gitops-engine pkg/health), checked in the same
// order so a verdict matches what Argo CD shows, with messages that say what is still missing.

import { at, condition, num, plural, str, verdict } from './read.js';
import type { HealthRule, HealthVerdict, LiveObject } from './types.js';

/** Workload controllers write observedGeneration; a missing one reads as 0 (nothing observed yet), as Argo CD does. */
function unobserved(obj: LiveObject, subject: string): HealthVerdict | undefined {
  const generation = obj.metadata.generation ?? 0;
  const observed = num(obj.status?.observedGeneration) ?? 0;
  if (generation <= observed) return undefined;
  return verdict(
    'Progressing',
    subject,
    `waiting for the controller to observe generation ${generation} (observed ${observed})`,
  );
}

export const deploymentHealth: HealthRule = (obj, subject) => {
  if (at(obj, 'spec', 'paused') === true) {
    return verdict(
      'Suspended',
      subject,
      'paused (spec.paused); `kubectl rollout resume` continues the rollout',
    );
  }
  const stale = unobserved(obj, subject);
  if (stale) return stale;
  const progressing = condition(obj.status?.conditions, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    const why = progressing.message ? `: ${progressing.message.replace(/\.$/, '')}` : '';
    return verdict('Degraded', subject, `exceeded its progress deadline${why}; its new pods say why`);
  }
  const wanted = num(at(obj, 'spec', 'replicas'));
  const replicas = num(obj.status?.replicas) ?? 0;
  const updated = num(obj.status?.updatedReplicas) ?? 0;
  const available = num(obj.status?.availableReplicas) ?? 0;
  if (wanted !== undefined && updated < wanted) {
    return verdict(
      'Progressing',
      subject,
      `rollout in progress: ${updated} of ${wanted} new replicas updated`,
    );
  }
  if (replicas > updated) {
    return verdict(
      'Progressing',
      subject,
      `rollout in progress: ${plural(replicas - updated, 'old replica')} pending termination`,
    );
  }
  if (available < updated) {
    return verdict(
      'Progressing',
      subject,
      `rollout in progress: ${available} of ${updated} updated replicas available`,
    );
  }
  return verdict('Healthy', subject, `${available} of ${wanted ?? available} replicas available`);
};

export const statefulSetHealth: HealthRule = (obj, subject) => {
  const generation = obj.metadata.generation ?? 0;
  const observed = num(obj.status?.observedGeneration) ?? 0;
  // Argo CD also waits while observedGeneration is unset: a StatefulSet the controller has not picked up at all.
  if (observed === 0 || generation > observed) {
    return verdict('Progressing', subject, `waiting for the controller to observe generation ${generation}`);
  }
  const wanted = num(at(obj, 'spec', 'replicas'));
  const ready = num(obj.status?.readyReplicas) ?? 0;
  const updated = num(obj.status?.updatedReplicas) ?? 0;
  if (wanted !== undefined && ready < wanted) {
    return verdict(
      'Progressing',
      subject,
      `waiting for ${plural(wanted - ready, 'pod')} to be ready (${ready} of ${wanted})`,
    );
  }
  const strategy = str(at(obj, 'spec', 'updateStrategy', 'type')) ?? 'RollingUpdate';
  const rollingUpdate = at(obj, 'spec', 'updateStrategy', 'rollingUpdate');
  if (strategy === 'RollingUpdate' && rollingUpdate !== undefined && rollingUpdate !== null) {
    const partition = num(at(rollingUpdate, 'partition'));
    if (wanted !== undefined && partition !== undefined && updated < wanted - partition) {
      return verdict(
        'Progressing',
        subject,
        `partitioned rollout in progress: ${updated} of ${wanted - partition} new pods updated (partition ${partition})`,
      );
    }
    const held = partition ? `, ${plural(partition, 'pod')} held back by partition ${partition}` : '';
    return verdict('Healthy', subject, `rollout complete: ${plural(updated, 'pod')} updated${held}`);
  }
  if (strategy === 'OnDelete') {
    return verdict(
      'Healthy',
      subject,
      `${plural(ready, 'pod')} ready (OnDelete: pods take the new spec when deleted)`,
    );
  }
  const current = str(obj.status?.currentRevision);
  const update = str(obj.status?.updateRevision);
  if (update !== current) {
    return verdict(
      'Progressing',
      subject,
      `rolling update in progress: ${plural(updated, 'pod')} at revision ${update ?? '(none)'}`,
    );
  }
  const currentReplicas = num(obj.status?.currentReplicas) ?? 0;
  return verdict(
    'Healthy',
    subject,
    `rolling update complete: ${plural(currentReplicas, 'pod')} at revision ${current}`,
  );
};

export const daemonSetHealth: HealthRule = (obj, subject) => {
  const stale = unobserved(obj, subject);
  if (stale) return stale;
  const desired = num(obj.status?.desiredNumberScheduled) ?? 0;
  const updated = num(obj.status?.updatedNumberScheduled) ?? 0;
  const available = num(obj.status?.numberAvailable) ?? 0;
  if (str(at(obj, 'spec', 'updateStrategy', 'type')) === 'OnDelete') {
    return verdict(
      'Healthy',
      subject,
      `${updated} of ${desired} pods updated (OnDelete: pods take the new spec when deleted)`,
    );
  }
  if (updated < desired) {
    return verdict('Progressing', subject, `rollout in progress: ${updated} of ${desired} new pods updated`);
  }
  if (available < desired) {
    return verdict(
      'Progressing',
      subject,
      `rollout in progress: ${available} of ${desired} updated pods available`,
    );
  }
  return verdict('Healthy', subject, `${available} of ${desired} pods available`);
};

export const replicaSetHealth: HealthRule = (obj, subject) => {
  const stale = unobserved(obj, subject);
  if (stale) return stale;
  const failure = condition(obj.status?.conditions, 'ReplicaFailure');
  if (failure?.status === 'True') {
    return verdict('Degraded', subject, `cannot create pods: ${failure.message || failure.reason}`);
  }
  const wanted = num(at(obj, 'spec', 'replicas'));
  const available = num(obj.status?.availableReplicas) ?? 0;
  if (wanted !== undefined && available < wanted) {
    return verdict('Progressing', subject, `${available} of ${wanted} replicas available`);
  }
  return verdict('Healthy', subject, `${available} of ${wanted ?? available} replicas available`);
};
