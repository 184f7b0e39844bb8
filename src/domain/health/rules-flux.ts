// Flux objects: Argo CD's Lua health checks for them (resource_customizations/kustomize.toolkit.fluxcd.io,
// helm.toolkit.fluxcd.io, source.toolkit.fluxcd.io, image.toolkit.fluxcd.io), plus kstatus's Stalled condition,
// which Flux sets when a retry cannot help. Other Flux kinds (Alert, Provider...) go through the generic kstatus rule.
// Two deliberate differences from Argo CD, both where its counting misreads a state Flux documents: a HelmRelease
// whose tests passed (Ready, Released and TestSuccess all True) is Healthy, where Argo CD's "exactly two" count
// makes it Degraded; and an empty conditions list (the object was just created) is Progressing, not Degraded (Argo
// CD's own test for that case is commented out). And a HelmRelease with Ready=False is never Healthy here, even
// when a Released and a TestSuccess left True by an earlier release add up to Argo CD's two.

import { at, type Condition, conditionsOf, describeCondition, str, verdict } from './read.js';
import type { HealthRule, LiveObject } from './types.js';

/** The revision a person checks: what a Kustomization applied, or the artifact a source holds. */
function revisionText(obj: LiveObject): string {
  const applied = str(at(obj, 'status', 'lastAppliedRevision'));
  if (applied) return `, applied revision ${applied}`;
  const artifact = str(at(obj, 'status', 'artifact', 'revision'));
  return artifact ? `, artifact revision ${artifact}` : '';
}

/**
 * Argo CD's counting: Progressing when Ready is Unknown and Reconciling is True; Healthy when Ready is True and, for
 * kinds that name them, one of the `alsoTrue` conditions is True too (a source's ArtifactInStorage, a HelmRelease's
 * Released or TestSuccess); Degraded otherwise.
 */
function fluxHealth(obj: LiveObject, subject: string, alsoTrue: readonly string[]): ReturnType<HealthRule> {
  if (at(obj, 'spec', 'suspend') === true) {
    const kind = obj.kind.toLowerCase();
    return verdict(
      'Suspended',
      subject,
      `suspended (spec.suspend); \`flux resume ${kind} ${obj.metadata.name}\` resumes it`,
    );
  }
  const conds = conditionsOf(obj.status?.conditions);
  if (conds.length === 0)
    return verdict('Progressing', subject, 'waiting for Flux to reconcile it (no conditions yet)');
  const stalled = conds.find((c) => c.type === 'Stalled' && c.status === 'True');
  if (stalled) return verdict('Degraded', subject, `stalled: ${describeCondition(stalled)}`);
  const ready: Condition | undefined = conds.find((c) => c.type === 'Ready');
  const reconciling = conds.some((c) => c.type === 'Reconciling' && c.status === 'True');
  const why = ready ? describeCondition(ready) : 'no Ready condition';
  if (ready?.status === 'Unknown' && reconciling)
    return verdict('Progressing', subject, `reconciling: ${why}`);
  const also = alsoTrue.length === 0 || conds.some((c) => alsoTrue.includes(c.type) && c.status === 'True');
  if (ready?.status === 'True' && also)
    return verdict('Healthy', subject, `Ready: ${why}${revisionText(obj)}`);
  if (ready?.status === 'True') {
    return verdict('Degraded', subject, `Ready, but no ${alsoTrue.join(' or ')} condition is True: ${why}`);
  }
  return verdict('Degraded', subject, `not Ready: ${why}`);
}

export const fluxKustomizationHealth: HealthRule = (obj, subject) => fluxHealth(obj, subject, []);

export const fluxHelmReleaseHealth: HealthRule = (obj, subject) =>
  fluxHealth(obj, subject, ['Released', 'TestSuccess']);

/** GitRepository, OCIRepository, Bucket, HelmChart and HelmRepository: Ready with an artifact in storage. */
export const fluxSourceHealth: HealthRule = (obj, subject) => {
  // An OCI HelmRepository is a pointer Flux never fetches: it has no status to wait for (Flux's API docs).
  if (
    at(obj, 'spec', 'suspend') !== true &&
    obj.kind === 'HelmRepository' &&
    at(obj, 'spec', 'type') === 'oci'
  ) {
    return verdict('Healthy', subject, 'type oci: Flux keeps no status for OCI Helm repositories');
  }
  return fluxHealth(obj, subject, ['ArtifactInStorage']);
};

export const FLUX_RULES: readonly (readonly [string, HealthRule])[] = [
  ['kustomize.toolkit.fluxcd.io/Kustomization', fluxKustomizationHealth],
  ['helm.toolkit.fluxcd.io/HelmRelease', fluxHelmReleaseHealth],
  ['source.toolkit.fluxcd.io/GitRepository', fluxSourceHealth],
  ['source.toolkit.fluxcd.io/OCIRepository', fluxSourceHealth],
  ['source.toolkit.fluxcd.io/Bucket', fluxSourceHealth],
  ['source.toolkit.fluxcd.io/HelmChart', fluxSourceHealth],
  ['source.toolkit.fluxcd.io/HelmRepository', fluxSourceHealth],
  ['image.toolkit.fluxcd.io/ImageUpdateAutomation', fluxKustomizationHealth],
];
