// The objects the simulated Argo CD and Flux keep, shaped like theirs: an Application per deploy folder
// (argocd namespace) with sync {status, revision}, health, resources, operationState and history; a GitRepository
// per environment and a Kustomization per folder (flux-system) with Ready, lastAppliedRevision and inventory.
// Names come from src/domain/cluster-wiring.ts, the module `gitopshq init` and verify-health use too.
import type { KubeObject } from '../../kube/port.js';
import type { SimHealth } from './argo-health.js';
import { kubeTime } from './store.js';

export interface AppliedResource {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  health: { status: SimHealth; message?: string };
  synced: boolean;
}

export interface FolderState {
  env: string;
  branch: string;
  folder: string;
  tenant?: string;
  workload: string;
  destinationNamespace: string;
  /** The destination cluster's name (Argo CD's `destination.name`); absent: the cluster Argo CD runs in. */
  destinationCluster?: string;
  /** The branch commit the folder was last synced at, and when. */
  revision: string;
  startedAt: number;
  finishedAt: number;
  /** Why the last sync failed (an object the API server refused), if it did. */
  error?: string;
  historyId: number;
  history: { id: number; revision: string; deployedAt: string }[];
  /** Other applications that also manage one of this folder's objects. */
  sharedWith: string[];
}

const groupVersion = (apiVersion: string) => {
  const [g, v] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return { group: g as string, version: v as string };
};

export function applicationObject(
  name: string,
  f: FolderState,
  repoURL: string,
  resources: readonly AppliedResource[],
  health: { status: SimHealth; message?: string },
  now: number,
  images: string[],
  previous: KubeObject | undefined,
): KubeObject {
  const source = { repoURL, targetRevision: f.branch, path: f.folder };
  const destination = f.destinationCluster
    ? { name: f.destinationCluster, namespace: f.destinationNamespace }
    : { server: 'https://kubernetes.default.svc', namespace: f.destinationNamespace };
  const synced = !f.error && resources.every((r) => r.synced);
  const time = (ms: number) => kubeTime(ms);
  const prevHealth = (
    previous?.status as { health?: { status?: string; lastTransitionTime?: string } } | undefined
  )?.health;
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name,
      namespace: 'argocd',
      labels: {
        'gitopshq.io/environment': f.env,
        'gitopshq.io/workload': f.workload,
        ...(f.tenant ? { 'gitopshq.io/tenant': f.tenant } : {}),
      },
    },
    spec: {
      project: 'default',
      source,
      destination,
      syncPolicy: { automated: { prune: true, selfHeal: false }, syncOptions: ['CreateNamespace=true'] },
    },
    status: {
      sync: {
        status: synced ? 'Synced' : 'OutOfSync',
        revision: f.revision,
        comparedTo: { source, destination },
      },
      health: {
        status: health.status,
        ...(health.message ? { message: health.message } : {}),
        lastTransitionTime:
          prevHealth?.status === health.status && prevHealth.lastTransitionTime
            ? prevHealth.lastTransitionTime
            : time(now),
      },
      resources: resources.map((r) => ({
        ...groupVersion(r.apiVersion),
        kind: r.kind,
        ...(r.namespace ? { namespace: r.namespace } : {}),
        name: r.name,
        status: r.synced ? 'Synced' : 'OutOfSync',
        health: r.health,
      })),
      operationState: {
        operation: {
          sync: { revision: f.revision, prune: true, syncOptions: ['CreateNamespace=true'] },
          initiatedBy: { automated: true },
        },
        phase: f.error ? 'Failed' : 'Succeeded',
        message: f.error
          ? `one or more objects failed to apply, reason: ${f.error}`
          : 'successfully synced (all tasks run)',
        startedAt: time(f.startedAt),
        finishedAt: time(f.finishedAt),
        syncResult: {
          revision: f.revision,
          source,
          resources: resources.map((r) => ({
            ...groupVersion(r.apiVersion),
            kind: r.kind,
            namespace: r.namespace ?? '',
            name: r.name,
            status: 'Synced',
            message: `${r.kind.toLowerCase()}/${r.name} serverside-applied`,
            hookPhase: 'Running',
            syncPhase: 'Sync',
          })),
        },
      },
      history: f.history.map((h) => ({ ...h, source, initiatedBy: { automated: true } })),
      reconciledAt: time(now),
      sourceType: 'Directory',
      summary: { images: [...new Set(images)].sort() },
      ...(f.sharedWith.length > 0
        ? {
            conditions: [
              {
                type: 'SharedResourceWarning',
                message: `Resources are also managed by application(s) ${f.sharedWith.join(', ')}: one cluster per tenant, or a namespace per tenant, avoids this`,
                lastTransitionTime: time(f.finishedAt),
              },
            ],
          }
        : {}),
    },
  };
}

export const fluxRevision = (branch: string, sha: string) => `${branch}@sha1:${sha}`;

export function gitRepositoryObject(
  name: string,
  branch: string,
  sha: string,
  repoURL: string,
  generation: number,
  now: number,
): KubeObject {
  const revision = fluxRevision(branch, sha);
  const msg = `stored artifact for revision '${revision}'`;
  const c = (type: string) => ({
    type,
    status: 'True',
    reason: 'Succeeded',
    message: msg,
    observedGeneration: generation,
    lastTransitionTime: kubeTime(now),
  });
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name, namespace: 'flux-system' },
    spec: { interval: '1m0s', url: repoURL, ref: { branch }, timeout: '60s' },
    status: {
      observedGeneration: generation,
      artifact: {
        path: `gitrepository/flux-system/${name}/${sha}.tar.gz`,
        url: `http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/${name}/${sha}.tar.gz`,
        revision,
        lastUpdateTime: kubeTime(now),
      },
      conditions: [c('Ready'), c('ArtifactInStorage')],
    },
  };
}

/** Flux's Ready after apply and health check (`wait: true`): True, Unknown while progressing, False on failure. */
export function kustomizationObject(
  name: string,
  f: FolderState,
  sourceName: string,
  resources: readonly AppliedResource[],
  health: { status: SimHealth; message?: string },
  previous: KubeObject | undefined,
  generation: number,
  now: number,
): KubeObject {
  const revision = fluxRevision(f.branch, f.revision);
  const prevApplied = (previous?.status as { lastAppliedRevision?: string } | undefined)?.lastAppliedRevision;
  let ready: { status: string; reason: string; message: string };
  let applied = prevApplied;
  if (f.error) ready = { status: 'False', reason: 'ReconciliationFailed', message: f.error };
  else if (health.status === 'Degraded')
    ready = {
      status: 'False',
      reason: 'HealthCheckFailed',
      message: `health check failed: ${health.message ?? 'a resource is degraded'}`,
    };
  else if (health.status === 'Healthy') {
    ready = { status: 'True', reason: 'ReconciliationSucceeded', message: `Applied revision: ${revision}` };
    applied = revision;
  } else ready = { status: 'Unknown', reason: 'Progressing', message: 'Reconciliation in progress' };
  const prevReady = (
    (previous?.status?.conditions ?? []) as { type: string; status: string; lastTransitionTime?: string }[]
  ).find((c) => c.type === 'Ready');
  const since =
    prevReady && prevReady.status === ready.status && prevReady.lastTransitionTime
      ? prevReady.lastTransitionTime
      : kubeTime(now);
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system' },
    spec: {
      interval: '5m0s',
      path: `./${f.folder}`,
      prune: true,
      wait: true,
      timeout: '5m0s',
      sourceRef: { kind: 'GitRepository', name: sourceName },
    },
    status: {
      observedGeneration: generation,
      lastAttemptedRevision: revision,
      ...(applied ? { lastAppliedRevision: applied } : {}),
      inventory: {
        entries: resources.map((r) => ({
          id: `${r.namespace ?? ''}_${r.name}_${groupVersion(r.apiVersion).group}_${r.kind}`,
          v: groupVersion(r.apiVersion).version,
        })),
      },
      conditions: [{ type: 'Ready', ...ready, observedGeneration: generation, lastTransitionTime: since }],
    },
  };
}
