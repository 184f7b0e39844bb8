// Argo CD Application and Argo Rollouts Rollout. An Application reports its own health (Argo CD's documented health
// check for app-of-apps); a Rollout follows Argo CD's Lua health check (resource_customizations/argoproj.io/Rollout)
// step by step, so a Rollout shows here what Argo CD shows.

import { HEALTH_STATUSES } from '../model.js';
import { at, conditionsOf, list, num, str, verdict } from './read.js';
import type { HealthRule, HealthStatus } from './types.js';

function asStatus(value: unknown): HealthStatus | undefined {
  return HEALTH_STATUSES.find((s) => s === value);
}

export const applicationHealth: HealthRule = (obj, subject) => {
  const reported = at(obj, 'status', 'health', 'status');
  const sync = str(at(obj, 'status', 'sync', 'status'));
  const revision = str(at(obj, 'status', 'sync', 'revision'));
  const syncText = sync ? ` (sync ${sync}${revision ? ` at ${revision.slice(0, 12)}` : ''})` : '';
  if (reported === undefined) {
    return verdict('Progressing', subject, `Argo CD has not reported its health yet${syncText}`);
  }
  const status = asStatus(reported);
  const message = str(at(obj, 'status', 'health', 'message'));
  if (!status) return verdict('Unknown', subject, `Argo CD reports health ${String(reported)}${syncText}`);
  return verdict(status, subject, `${status} in Argo CD${syncText}${message ? `: ${message}` : ''}`);
};

/** Rollouts before v0.10 wrote a pod-template hash in observedGeneration: such a Rollout counts as observed. */
function generationObserved(obj: Parameters<HealthRule>[0]): boolean {
  if (!obj.status) return false;
  const observed = num(obj.status.observedGeneration);
  const generation = obj.metadata.generation;
  if (observed === undefined || generation === undefined || observed > generation) return true;
  return observed === generation;
}

function workloadGenerationObserved(obj: Parameters<HealthRule>[0]): boolean {
  if (at(obj, 'spec', 'workloadRef') === undefined || obj.metadata.annotations === undefined) return true;
  const wanted = num(obj.metadata.annotations['rollout.argoproj.io/workload-generation']);
  return wanted === num(at(obj, 'status', 'workloadObservedGeneration'));
}

export const rolloutHealth: HealthRule = (obj, subject) => {
  if (!generationObserved(obj) || !workloadGenerationObserved(obj)) {
    return verdict('Progressing', subject, 'waiting for the rollout controller to observe the spec update');
  }
  const status = obj.status ?? {};
  const message = str(status.message) ?? '';
  // Rollouts v1.0+ write their own phase; Argo CD surfaces it, Paused as Suspended.
  const phase = str(status.phase);
  if (phase !== undefined) {
    const mapped = phase === 'Paused' ? 'Suspended' : (asStatus(phase) ?? 'Unknown');
    const detail =
      phase === 'Paused' ? 'paused; promote it (kubectl argo rollouts promote) to continue' : phase;
    return verdict(mapped, subject, message ? `${detail}: ${message}` : detail);
  }
  for (const c of conditionsOf(status.conditions)) {
    const aborted = c.type === 'Progressing' && c.reason === 'RolloutAborted';
    const timedOut = c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded';
    if (c.type === 'InvalidSpec' || aborted || timedOut) {
      return verdict('Degraded', subject, `${c.reason || c.type}: ${c.message}`);
    }
  }
  if (list(status.pauseConditions).length > 0 || at(obj, 'spec', 'paused') === true) {
    return verdict('Suspended', subject, 'paused; promote it (kubectl argo rollouts promote) to continue');
  }
  const podHash = str(status.currentPodHash);
  if (podHash === undefined)
    return verdict('Progressing', subject, 'waiting for the controller to reconcile it');
  const desired = num(at(obj, 'spec', 'replicas')) ?? 1;
  const replicas = num(status.replicas) ?? 0;
  const updated = num(status.updatedReplicas) ?? 0;
  const available = num(status.availableReplicas) ?? 0;
  if (updated < desired) {
    return verdict('Progressing', subject, `rollout in progress: ${updated} of ${desired} replicas updated`);
  }
  if (available < updated) {
    return verdict(
      'Progressing',
      subject,
      `rollout in progress: ${available} of ${updated} updated replicas available`,
    );
  }
  const stable = str(status.stableRS) ?? str(at(status, 'canary', 'stableRS')) ?? '';
  if (at(obj, 'spec', 'strategy', 'blueGreen') !== undefined) {
    if (str(at(status, 'blueGreen', 'activeSelector')) !== podHash) {
      return verdict('Progressing', subject, 'active service cutover pending');
    }
    if (stable !== '' && stable !== podHash)
      return verdict('Progressing', subject, 'waiting for analysis to complete');
  } else if (at(obj, 'spec', 'strategy', 'canary') !== undefined) {
    if (replicas > updated) {
      return verdict(
        'Progressing',
        subject,
        `rollout in progress: ${replicas - updated} old replicas pending termination`,
      );
    }
    if (stable === '' || stable !== podHash)
      return verdict('Progressing', subject, 'waiting for the canary steps to finish');
  }
  return verdict('Healthy', subject, `${available} of ${desired} replicas available, stable at ${podHash}`);
};
