// Puts every namespaced object in a namespace at render time, so the deploy branch holds what the cluster will
// have: Argo CD and Flux place a namespace-less object in their destination namespace, and `kubectl apply` in
// the current context's, which may not be the workload's. Cluster-scoped kinds never get one (the API server
// rejects nothing but the diff would lie). An object that names another namespace than the workload's is a
// finding: the workload's namespace is where reviewers expect it to act. See docs/architecture.md (rendering).
import type { EngineFinding } from './engine.js';
import { CLUSTER_PREFIX, CLUSTER_SCOPED, isObject, resourceId, resourceLabel } from './normalize.js';
import type { Manifest } from './types.js';

/**
 * Kinds cluster-scoped in this render: the built-in table, kinds whose CustomResourceDefinition is in the render
 * with `scope: Cluster`, and, for a custom kind whose CRD is not, a name starting with `Cluster` (ClusterIssuer,
 * ClusterSecretStore, ClusterPolicy...). Every other unknown kind is taken as namespaced, as most custom kinds are.
 */
export function clusterScopedKinds(manifests: readonly Manifest[]): (kind: string) => boolean {
  const crdScope = new Map<string, boolean>();
  for (const m of manifests) {
    const o = m.object;
    if (o.kind !== 'CustomResourceDefinition' || !isObject(o.spec)) continue;
    const names = o.spec.names;
    if (isObject(names) && typeof names.kind === 'string')
      crdScope.set(names.kind, o.spec.scope === 'Cluster');
  }
  return (kind) => CLUSTER_SCOPED.has(kind) || (crdScope.get(kind) ?? CLUSTER_PREFIX.test(kind));
}

export function assignNamespaces(
  manifests: readonly Manifest[],
  namespace: string,
): { manifests: Manifest[]; findings: EngineFinding[] } {
  const isCluster = clusterScopedKinds(manifests);
  const findings: EngineFinding[] = [];
  const out = manifests.map((m): Manifest => {
    const o = m.object;
    const kind = typeof o.kind === 'string' ? o.kind : '';
    if (!kind || !namespace || isCluster(kind) || !isObject(o.metadata)) return m;
    const current = o.metadata.namespace;
    if (typeof current === 'string' && current !== '') {
      if (current !== namespace) {
        const id = resourceId(o, namespace);
        findings.push({
          severity: 'warning',
          rule: 'namespace',
          resource: resourceLabel(id),
          path: 'metadata.namespace',
          ...(m.file ? { file: m.file } : {}),
          message: `lands in namespace '${current}', not the workload's namespace '${namespace}' (from ${m.source})`,
        });
      }
      return m;
    }
    return { ...m, object: { ...o, metadata: { ...o.metadata, namespace } } };
  });
  return { manifests: out, findings };
}
