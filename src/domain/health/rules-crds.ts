// Custom resources Argo CD ships a health check for (argo-cd resource_customizations/<group>/<Kind>/health.lua) and
// that real clusters commonly run next to a workload: cert-manager, External Secrets, Sealed Secrets, KEDA, Argo CD
// ApplicationSets and Argo Workflows. Each rule gives the status Argo CD's check gives, so a verification here agrees
// with the Argo CD UI. Where kstatus and Argo CD differ (a Ready=False Certificate is Degraded in Argo CD, "in
// progress" in kstatus) Argo CD wins: its checks know these controllers never retry a Ready=False on their own
// without a change, and users read its verdicts.

import { at, type Condition, conditionsOf, describeCondition, str, verdict } from './read.js';
import type { HealthRule } from './types.js';

/**
 * The check most of these controllers share: the first `type` condition that is True or False decides (Healthy or
 * Degraded); none yet (no status, or only Unknown) is Progressing. `busy`, when True, is Progressing before anything
 * else (cert-manager's Issuing: a Certificate being re-issued may still carry the old Ready=False).
 */
function decidedBy(type: string, waiting: string, busy?: string): HealthRule {
  return (obj, subject) => {
    const conds = conditionsOf(obj.status?.conditions);
    const working = busy ? conds.find((c) => c.type === busy && c.status === 'True') : undefined;
    if (working) return verdict('Progressing', subject, `${busy}: ${describeCondition(working)}`);
    const decided = conds.find((c) => c.type === type && (c.status === 'True' || c.status === 'False'));
    if (decided?.status === 'True')
      return verdict('Healthy', subject, `${type}: ${describeCondition(decided)}`);
    if (decided) return verdict('Degraded', subject, `not ${type}: ${describeCondition(decided)}`);
    return verdict('Progressing', subject, waiting);
  };
}

/** ClusterExternalSecret appends a condition per state change: the last one is the current state. */
const clusterExternalSecretHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  const last: Condition | undefined = conds[conds.length - 1];
  if (last?.status === 'True') {
    if (last.type === 'Ready') return verdict('Healthy', subject, `Ready: ${describeCondition(last)}`);
    if (last.type === 'PartiallyReady' || last.type === 'NotReady') {
      return verdict('Degraded', subject, `${last.type}: ${describeCondition(last)}`);
    }
  }
  return verdict('Progressing', subject, 'waiting for its ExternalSecrets to be created in every namespace');
};

/** KEDA: Ready decides, a Fallback in use is a failure (the scaler cannot read its metric), Paused suspends. */
const scaledObjectHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  const failing = conds.find(
    (c) => (c.type === 'Ready' && c.status === 'False') || (c.type === 'Fallback' && c.status === 'True'),
  );
  if (failing) return verdict('Degraded', subject, `${failing.type}: ${describeCondition(failing)}`);
  const ready = conds.find((c) => c.type === 'Ready' && c.status === 'True');
  const paused = conds.find((c) => c.type === 'Paused' && c.status === 'True');
  if (ready && paused) return verdict('Suspended', subject, `paused: ${describeCondition(paused)}`);
  if (ready) return verdict('Healthy', subject, `Ready: ${describeCondition(ready)}`);
  return verdict('Progressing', subject, 'waiting for KEDA to create its HorizontalPodAutoscaler');
};

/** ApplicationSet: an error or resources not up to date are failures; a progressive sync in flight is progress. */
const applicationSetHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions);
  const find = (type: string, status: string) => conds.find((c) => c.type === type && c.status === status);
  const error = find('ErrorOccurred', 'True') ?? find('ResourcesUpToDate', 'False');
  if (error) return verdict('Degraded', subject, `${error.type}: ${describeCondition(error)}`);
  const rolling = find('RolloutProgressing', 'True');
  if (rolling) return verdict('Progressing', subject, `progressive sync: ${describeCondition(rolling)}`);
  const upToDate = find('ResourcesUpToDate', 'True');
  if (upToDate) return verdict('Healthy', subject, describeCondition(upToDate));
  return verdict('Progressing', subject, 'waiting for the ApplicationSet controller to report its status');
};

/** Argo Workflows (gitops-engine's built-in check): the workflow's phase. */
const workflowHealth: HealthRule = (obj, subject) => {
  const phase = str(obj.status?.phase) ?? '';
  const message = str(obj.status?.message);
  const detail = (what: string) => (message ? `${what}: ${message}` : what);
  switch (phase) {
    case '':
    case 'Pending':
    case 'Running':
      return verdict('Progressing', subject, detail(phase ? phase.toLowerCase() : 'not started yet'));
    case 'Succeeded':
      return verdict('Healthy', subject, detail('succeeded'));
    case 'Failed':
    case 'Error': {
      const failedNodes = Object.values((at(obj, 'status', 'nodes') ?? {}) as Record<string, unknown>)
        .filter((n) => ['Failed', 'Error'].includes(str(at(n, 'phase')) ?? ''))
        .map((n) => str(at(n, 'displayName')) ?? str(at(n, 'name')) ?? '?');
      const where = failedNodes.length > 0 ? ` (failed steps: ${failedNodes.join(', ')})` : '';
      return verdict('Degraded', subject, `${detail(phase.toLowerCase())}${where}`);
    }
    default:
      return verdict('Unknown', subject, detail(`phase ${phase}`));
  }
};

/** Rules by `group/Kind`, as index.ts keys them. */
export const CRD_RULES: readonly (readonly [string, HealthRule])[] = [
  ['cert-manager.io/Certificate', decidedBy('Ready', 'waiting for the certificate to be issued', 'Issuing')],
  ['cert-manager.io/Issuer', decidedBy('Ready', 'waiting for the issuer to initialise')],
  ['cert-manager.io/ClusterIssuer', decidedBy('Ready', 'waiting for the cluster issuer to initialise')],
  ['external-secrets.io/ExternalSecret', decidedBy('Ready', 'waiting for the secret to be synced')],
  ['external-secrets.io/SecretStore', decidedBy('Ready', 'waiting for the store to be validated')],
  ['external-secrets.io/ClusterSecretStore', decidedBy('Ready', 'waiting for the store to be validated')],
  ['external-secrets.io/PushSecret', decidedBy('Ready', 'waiting for the secret to be pushed')],
  ['external-secrets.io/ClusterExternalSecret', clusterExternalSecretHealth],
  ['bitnami.com/SealedSecret', decidedBy('Synced', 'waiting for the controller to decrypt it')],
  ['keda.sh/ScaledObject', scaledObjectHealth],
  ['argoproj.io/ApplicationSet', applicationSetHealth],
  ['argoproj.io/Workflow', workflowHealth],
];
