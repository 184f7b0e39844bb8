// Health assessment of live Kubernetes objects (docs/architecture.md#health): Argo CD's semantics per kind, kstatus
// for any resource with a Ready condition, and one rule stricter than Argo CD for every kind: a status whose
// observedGeneration is below metadata.generation is Progressing, because the controller has not seen the change yet
// and whatever else the status says describes the previous spec. Pure: the object in, a verdict a person can act on
// out. The rules live in rules-*.ts by family; this file picks one and applies what holds for every kind.

import { num } from './read.js';
import { applicationHealth, rolloutHealth } from './rules-argo.js';
import { apiServiceHealth, hpaHealth, ingressHealth, pvcHealth, serviceHealth } from './rules-core.js';
import { CRD_RULES } from './rules-crds.js';
import { FLUX_RULES } from './rules-flux.js';
import { kstatusHealth } from './rules-kstatus.js';
import { LUA_CORE_RULES } from './rules-lua-core.js';
import { jobHealth, podHealth } from './rules-pods.js';
import { daemonSetHealth, deploymentHealth, replicaSetHealth, statefulSetHealth } from './rules-workloads.js';
import type { HealthRule, HealthStatus, HealthVerdict, LiveObject } from './types.js';

export { healthExemption, isHook } from './exempt.js';
export { causeFirst, type JudgedObject } from './lead.js';
export { type LocatedObject, parseLiveObjects } from './objects-file.js';
export { worstStatus } from './severity.js';
export { summarizeHealth } from './summary.js';
export type { HealthStatus, HealthVerdict, LiveObject };

/** Rules by `group/Kind` (the core group is empty), whatever the version, as Argo CD picks them: its built-in checks
 *  and the Lua checks it ships for common custom resources. */
const RULES: ReadonlyMap<string, HealthRule> = new Map([
  ['apps/Deployment', deploymentHealth],
  ['apps/StatefulSet', statefulSetHealth],
  ['apps/DaemonSet', daemonSetHealth],
  ['apps/ReplicaSet', replicaSetHealth],
  ['/Pod', podHealth],
  ['batch/Job', jobHealth],
  ['/PersistentVolumeClaim', pvcHealth],
  ['/Service', serviceHealth],
  ['networking.k8s.io/Ingress', ingressHealth],
  ['extensions/Ingress', ingressHealth],
  ['autoscaling/HorizontalPodAutoscaler', hpaHealth],
  ['apiregistration.k8s.io/APIService', apiServiceHealth],
  ['argoproj.io/Application', applicationHealth],
  ['argoproj.io/Rollout', rolloutHealth],
  ...LUA_CORE_RULES,
  ...FLUX_RULES,
  ...CRD_RULES,
]);

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The rule that judges this kind; kstatus's generic conditions for any kind without one. */
export function healthRuleFor(apiVersion: string, kind: string): HealthRule {
  return RULES.get(`${groupOf(apiVersion)}/${kind}`) ?? kstatusHealth;
}

/** `deployment web`: how messages name an object. */
export function healthSubject(obj: Pick<LiveObject, 'kind' | 'metadata'>): string {
  // Tolerant of a hand-written object without metadata: a message is still better than a crash.
  const name = (obj.metadata as LiveObject['metadata'] | undefined)?.name ?? '(unnamed)';
  return `${String(obj.kind).toLowerCase()} ${name}`;
}

/** The verdict for one object. */
export function assessHealth(obj: LiveObject): HealthVerdict {
  const subject = healthSubject(obj);
  const metadata: LiveObject['metadata'] = obj.metadata ?? { name: '(unnamed)' };
  if (metadata.deletionTimestamp) {
    return { status: 'Progressing', message: `${subject}: being deleted (deletionTimestamp is set)` };
  }
  const judged = healthRuleFor(obj.apiVersion, obj.kind)({ ...obj, metadata }, subject);
  // A suspended object stays Suspended: Flux, for one, stops observing generations while suspended.
  if (judged.status === 'Suspended' || judged.status === 'Progressing') return judged;
  const generation = metadata.generation;
  const observed = num(obj.status?.observedGeneration);
  if (generation !== undefined && observed !== undefined && observed < generation) {
    return {
      status: 'Progressing',
      message: `${subject}: the controller has not seen generation ${generation} yet (observed ${observed})`,
    };
  }
  return judged;
}

/** The verdict for an object that should exist and does not. */
export function missingHealth(kind: string, name: string): HealthVerdict {
  return { status: 'Missing', message: `${kind.toLowerCase()} ${name}: not found in the cluster` };
}
