// How the deploy branches meet Argo CD and Flux (docs/architecture.md#clusters): the names of the objects that
// `gitopshq init` writes under clusters/, which the cluster simulator creates and verify-health looks up. One module
// so the writer, the syncer and the reader can never disagree about a name.

import { NO_TENANT } from './layout.js';

/** Kubernetes object names: lowercase RFC 1123 labels joined by '-', cut to 63 characters. */
function objectName(parts: readonly (string | undefined)[]): string {
  const joined = parts
    .filter((p): p is string => p !== undefined && p !== '')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return joined.length <= 63 ? joined : joined.slice(0, 63).replace(/-+$/, '');
}

/** The folder of a target on its environment's deploy branch: `<tenant>/<workload>` (`_/<workload>` untenanted). */
export function deployFolder(tenant: string | undefined, workload: string): string {
  return `${tenant || NO_TENANT}/${workload}`;
}

/** The Argo CD Application the ApplicationSet generates for one target: `<env>-<tenant>-<workload>`. */
export function argoApplicationName(
  environment: string,
  tenant: string | undefined,
  workload: string,
): string {
  return objectName([environment, tenant, workload]);
}

/** The Flux GitRepository that follows one environment's deploy branch: `gitopshq-<env>`. */
export function fluxSourceName(environment: string): string {
  return objectName(['gitopshq', environment]);
}

/** The Flux Kustomization that applies one target's folder: `<env>-<tenant>-<workload>`. */
export function fluxKustomizationName(
  environment: string,
  tenant: string | undefined,
  workload: string,
): string {
  return objectName([environment, tenant, workload]);
}

/**
 * The Flux HelmRelease verify-health looks for beside a target's Kustomization, when a team's Flux installs the
 * workload's chart with a HelmRelease (chart from the deploy branch, `reconcileStrategy: Revision`): the same name,
 * `<env>-<tenant>-<workload>`, in the same namespace. `gitopshq init` writes none.
 */
export function fluxHelmReleaseName(
  environment: string,
  tenant: string | undefined,
  workload: string,
): string {
  return fluxKustomizationName(environment, tenant, workload);
}

/** The namespace Argo CD Applications and Flux objects live in by default. */
export const ARGOCD_NAMESPACE = 'argocd';
export const FLUX_NAMESPACE = 'flux-system';

/** The API server of the cluster Argo CD or Flux runs in: where a tenant with no destination is deployed. */
export const IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';

/** The Secret in flux-system holding the kubeconfig of a tenant's remote cluster in one environment. */
export function fluxKubeconfigSecretName(environment: string, tenant: string | undefined): string {
  return objectName([environment, tenant, 'kubeconfig']);
}

/** The Argo CD ApplicationSet that generates one environment's Applications: `gitopshq-<env>`. */
export function argoApplicationSetName(environment: string): string {
  return objectName(['gitopshq', environment]);
}
