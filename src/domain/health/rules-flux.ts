// Flux Kustomization and HelmRelease: Argo CD's Lua health checks for these kinds (resource_customizations/
// kustomize.toolkit.fluxcd.io and helm.toolkit.fluxcd.io), plus kstatus's Stalled condition, which Flux sets when a
// retry cannot help. Other Flux kinds (GitRepository, HelmRepository...) go through the generic kstatus rule.

import { at, type Condition, conditionsOf, describeCondition, str, verdict } from './read.js';
import type { HealthRule, LiveObject } from './types.js';

function applied(obj: LiveObject): string {
  const revision = str(at(obj, 'status', 'lastAppliedRevision'));
  return revision ? `, applied revision ${revision}` : '';
}

/**
 * Argo CD's counting: Progressing when Ready is Unknown and Reconciling is True; Healthy when the conditions that
 * must hold (Ready, and for a HelmRelease also Released or TestSuccess) are True; Degraded otherwise.
 */
function fluxHealth(obj: LiveObject, subject: string, mustHold: number): ReturnType<HealthRule> {
  if (at(obj, 'spec', 'suspend') === true) {
    const kind = obj.kind.toLowerCase();
    return verdict(
      'Suspended',
      subject,
      `suspended (spec.suspend); \`flux resume ${kind} ${obj.metadata.name}\` resumes it`,
    );
  }
  const raw = obj.status?.conditions;
  if (!Array.isArray(raw))
    return verdict('Progressing', subject, 'waiting for Flux to reconcile it (no conditions yet)');
  const conds = conditionsOf(raw);
  const stalled = conds.find((c) => c.type === 'Stalled' && c.status === 'True');
  if (stalled) return verdict('Degraded', subject, `stalled: ${describeCondition(stalled)}`);
  let progressing = 0;
  let succeeded = 0;
  let ready: Condition | undefined;
  for (const c of conds) {
    if (c.type === 'Ready') {
      ready = c;
      if (c.status === 'True') succeeded++;
      else if (c.status === 'Unknown') progressing++;
    } else if (c.type === 'Reconciling' && c.status === 'True') {
      progressing++;
    } else if (mustHold === 2 && (c.type === 'Released' || c.type === 'TestSuccess') && c.status === 'True') {
      succeeded++;
    }
  }
  const why = ready ? describeCondition(ready) : 'no Ready condition';
  if (progressing === 2) return verdict('Progressing', subject, `reconciling: ${why}`);
  if (succeeded === mustHold) return verdict('Healthy', subject, `Ready: ${why}${applied(obj)}`);
  if (mustHold === 2 && ready?.status === 'True') {
    return verdict('Degraded', subject, `Ready, but no Released or TestSuccess condition is True: ${why}`);
  }
  return verdict('Degraded', subject, `not Ready: ${why}`);
}

export const fluxKustomizationHealth: HealthRule = (obj, subject) => fluxHealth(obj, subject, 1);

export const fluxHelmReleaseHealth: HealthRule = (obj, subject) => fluxHealth(obj, subject, 2);
