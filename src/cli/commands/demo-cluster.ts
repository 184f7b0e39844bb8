// What the demo shows of the simulated cluster: each Argo CD Application of a workload in one environment, read from
// the cluster simulator's store (what `kubectl get applications -n argocd` would print), so the reader sees the
// revision and health verify-health judged without trusting the demo's word for it.
import { ARGOCD_NAMESPACE, argoApplicationName } from '../../domain/cluster-wiring.js';
import type { ClusterSimulator } from '../../sandbox/kube/cluster.js';

interface AppStatus {
  sync?: { status?: string; revision?: string };
  health?: { status?: string; message?: string };
  summary?: { images?: string[] };
}

export function applicationLines(
  cluster: ClusterSimulator,
  env: string,
  workload: string,
  tenants: readonly string[],
): string[] {
  const lines: string[] = [];
  for (const tenant of tenants) {
    const name = argoApplicationName(env, tenant, workload);
    const app = cluster.api.store.get('argoproj.io/v1alpha1', 'Application', ARGOCD_NAMESPACE, name);
    if (!app) {
      lines.push(`Application ${name}: none (nothing deployed for ${tenant} in ${env})`);
      continue;
    }
    const s = (app.status ?? {}) as AppStatus;
    const images = (s.summary?.images ?? []).join(', ');
    lines.push(
      `Application ${name}: ${s.sync?.status ?? '?'} at ${(s.sync?.revision ?? '').slice(0, 7)}, ` +
        `${s.health?.status ?? '?'}${images ? `, ${images}` : ''}`,
    );
  }
  return lines;
}
