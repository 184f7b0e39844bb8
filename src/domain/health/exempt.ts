// Objects Argo CD leaves out of an Application's health (argo-cd controller/health.go, setApplicationHealth): hooks,
// which run around a sync and are often deleted when they succeed (`hook-delete-policy: hook-succeeded`), and
// objects annotated `argocd.argoproj.io/ignore-healthcheck: "true"`. A verification judging every rendered object
// must leave them out too, or a deleted hook reads as Missing forever.

/** Hook as gitops-engine tells one (pkg/sync/hook): an Argo CD hook annotation other than a lone `Skip`, or a Helm
 *  hook other than `crd-install` (Helm's old way of marking CRDs). */
export function isHook(annotations: Record<string, string> | undefined): boolean {
  const argo = annotations?.['argocd.argoproj.io/hook'];
  if (argo !== undefined) return argo.split(',').some((t) => t.trim() !== 'Skip');
  const helm = annotations?.['helm.sh/hook'];
  return helm !== undefined && helm !== 'crd-install';
}

/** Why Argo CD would not count this object in an Application's health, or undefined when it would. */
export function healthExemption(obj: {
  metadata?: { annotations?: Record<string, string> };
}): string | undefined {
  const annotations = obj.metadata?.annotations;
  if (annotations?.['argocd.argoproj.io/ignore-healthcheck'] === 'true') {
    return 'annotated argocd.argoproj.io/ignore-healthcheck';
  }
  const argo = annotations?.['argocd.argoproj.io/hook'];
  if (argo?.split(',').every((t) => t.trim() === 'Skip')) return 'a Skip hook (never applied)';
  if (isHook(annotations)) return 'a sync hook (runs around a sync, not part of the running workload)';
  return undefined;
}
