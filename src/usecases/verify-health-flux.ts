// verify-health's `flux` source (docs/architecture.md#health): per target, the Kustomization `gitopshq init` wires
// to its deploy folder and, when a team's Flux installs the workload's chart with one, the HelmRelease of the same
// name (src/domain/cluster-wiring.ts). A HelmRelease whose chart version carries the deploy commit (a chart built
// from the deploy branch with `reconcileStrategy: Revision`) must have released that commit; one whose version ties
// to no commit (a chart from a Helm repository) is judged for health only, and the Kustomization says whether the
// commit is applied. One list per kind and observation, whatever the number of targets.
import { fluxHelmReleaseName, fluxKustomizationName } from '../domain/cluster-wiring.js';
import { assessHealth, worstStatus } from '../domain/health/index.js';
import type { HealthStatus, ResourceHealth } from '../domain/model.js';
import {
  chartVersionCommit,
  fluxHelmReleaseSyncVerdict,
  fluxSyncVerdict,
  type SyncVerdict,
} from '../domain/sync-verdict.js';
import type { KindQuery, KubeObject, KubePort } from '../kube/port.js';
import {
  contentMatcher,
  FLUX_KUSTOMIZATION,
  type ObserveContext,
  type Observer,
  summarize,
} from './verify-health-observe.js';

export const FLUX_HELM_RELEASE = { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease' } as const;

/** The sync verdict and health of one target from its Kustomization and HelmRelease, either possibly absent. */
async function judgeTarget(
  ctx: ObserveContext,
  file: string,
  names: { kustomization: string; helmRelease: string },
  ks: KubeObject | undefined,
  hr: KubeObject | undefined,
): Promise<{
  verdict: SyncVerdict;
  status: HealthStatus;
  bad: { kind: string; name: string; status: HealthStatus }[];
}> {
  const ksRev = ks?.status?.lastAppliedRevision as string | undefined;
  const ksVerdict = ks
    ? fluxSyncVerdict(ks, ctx.deployCommit, await contentMatcher(ctx, [ksRev], file))
    : undefined;
  const history = Array.isArray(hr?.status?.history)
    ? (hr.status.history as { chartVersion?: unknown }[])
    : [];
  const hrCommits = [hr?.status?.lastAttemptedRevision, history[0]?.chartVersion].map((v) =>
    chartVersionCommit(typeof v === 'string' ? v : undefined),
  );
  const hrVerdict = hr
    ? fluxHelmReleaseSyncVerdict(hr, ctx.deployCommit, await contentMatcher(ctx, hrCommits, file))
    : undefined;
  const parts = [ksVerdict, hrVerdict].filter((v): v is SyncVerdict => v !== undefined);
  const bad: { kind: string; name: string; status: HealthStatus }[] = [];
  const judge = (obj: KubeObject | undefined, v: SyncVerdict | undefined, kind: string, name: string) => {
    if (!obj) return undefined;
    const s = worstStatus([assessHealth(obj).status, ...(v?.health ? [v.health] : [])]);
    if (s !== 'Healthy') bad.push({ kind, name, status: s });
    return s;
  };
  const statuses = [
    judge(ks, ksVerdict, FLUX_KUSTOMIZATION.kind, names.kustomization),
    judge(hr, hrVerdict, FLUX_HELM_RELEASE.kind, names.helmRelease),
  ].filter((s): s is HealthStatus => s !== undefined);
  if (!ks && !hr) {
    const message = `no Kustomization or HelmRelease ${names.kustomization} found`;
    bad.push({ kind: FLUX_KUSTOMIZATION.kind, name: names.kustomization, status: 'Missing' });
    return { verdict: { synced: false, drifted: false, outOfSync: [], message }, status: 'Missing', bad };
  }
  if (parts.length === 0) {
    const message = `HelmRelease ${names.helmRelease}'s chart version ties to no commit (a chart from a Helm repository) and no Kustomization ${names.kustomization} applies the deploy folder: nothing says the deploy commit runs`;
    return {
      verdict: { synced: false, drifted: false, outOfSync: [], message },
      status: worstStatus(statuses),
      bad,
    };
  }
  const waiting = parts.find((v) => !v.synced);
  const degraded = parts.find((v) => v.health === 'Degraded');
  const verdict: SyncVerdict = {
    synced: waiting === undefined,
    drifted: false,
    outOfSync: [],
    message: (degraded ?? waiting ?? hrVerdict ?? ksVerdict)?.message ?? '',
  };
  return { verdict, status: worstStatus(statuses), bad };
}

/** Flux Kustomizations, and HelmReleases when the cluster serves them: one list of the namespace per kind. */
export function fluxObserver(ctx: ObserveContext, from: { kube: KubePort; namespace: string }): Observer {
  const names = ctx.targets.map((t) => ({
    kustomization: fluxKustomizationName(ctx.environment, t.tenant, t.workload),
    helmRelease: fluxHelmReleaseName(ctx.environment, t.tenant, t.workload),
  }));
  let helmServed: Promise<boolean> | undefined;
  return {
    async observe() {
      const ksQuery: KindQuery = { ...FLUX_KUSTOMIZATION, namespace: from.namespace };
      const hrQuery: KindQuery = { ...FLUX_HELM_RELEASE, namespace: from.namespace };
      helmServed ??= from.kube.servesKind(FLUX_HELM_RELEASE.apiVersion, FLUX_HELM_RELEASE.kind);
      const [ksList, hrList] = await Promise.all([
        from.kube.list(ksQuery),
        (await helmServed) ? from.kube.list(hrQuery) : undefined,
      ]);
      const verdicts: SyncVerdict[] = [];
      const statuses: HealthStatus[] = [];
      const resources: ResourceHealth[] = [];
      for (const [i, n] of names.entries()) {
        const ks = ksList.items.find((o) => o.metadata.name === n.kustomization);
        const hr = hrList?.items.find((o) => o.metadata.name === n.helmRelease);
        const judged = await judgeTarget(ctx, ctx.targets[i]?.file ?? '', n, ks, hr);
        verdicts.push(judged.verdict);
        statuses.push(judged.status);
        for (const b of judged.bad) {
          const kind = b.kind === FLUX_HELM_RELEASE.kind ? FLUX_HELM_RELEASE : FLUX_KUSTOMIZATION;
          resources.push({
            ...kind,
            name: b.name,
            namespace: from.namespace,
            status: b.status,
            message: judged.verdict.message,
          });
        }
      }
      const synced = verdicts.every((v) => v.synced);
      const status = worstStatus(statuses);
      const labels = names.map((n) => n.kustomization);
      return {
        synced,
        status,
        message: synced
          ? `${names.length} target(s) Ready at the deploy commit, ${status}`
          : summarize({ synced, verdicts, names: labels }),
        drift: false,
        resources,
        checked: names.length,
        watch: [
          { query: ksQuery, resourceVersion: ksList.resourceVersion },
          ...(hrList ? [{ query: hrQuery, resourceVersion: hrList.resourceVersion }] : []),
        ],
      };
    },
  };
}
