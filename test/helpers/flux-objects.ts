// Flux objects shaped as helm-controller (helm.toolkit.fluxcd.io/v2) and kustomize-controller write them: a
// HelmRelease whose chart is built from the deploy branch with `reconcileStrategy: Revision` (its chart version carries
// the commit's first 12 hex digits), its Helm release history newest first, and its Ready/Released conditions.
import type { KubeObject } from '../../src/kube/port.js';

export interface HelmReleaseState {
  generation?: number;
  observed?: number;
  /** The chart version of the newest Helm release, e.g. `1.4.0+bbbbbbbbbbbb`. */
  chartVersion: string;
  /** `deployed`, `failed`, `pending-upgrade`... */
  releaseStatus?: string;
  ready: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  /** The previous Helm release, superseded (or still deployed after a failed upgrade). */
  previous?: string;
}

export function helmRelease(name: string, s: HelmReleaseState): KubeObject {
  const generation = s.generation ?? 2;
  const observed = s.observed ?? generation;
  const version = s.previous ? 2 : 1;
  const snapshot = (chartVersion: string, v: number, status: string) => ({
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    name: 'web',
    namespace: 'shop',
    version: v,
    status,
    chartName: 'web',
    chartVersion,
    appVersion: '1.0.0',
    configDigest: 'sha256:2f1c6d3a0e5b4c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
    digest: 'sha256:9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d',
    firstDeployed: '2026-11-30T09:00:00Z',
    lastDeployed: '2026-11-30T09:04:00Z',
  });
  const released = s.ready === 'True' ? 'True' : s.ready;
  const reason = s.reason ?? (s.ready === 'True' ? 'UpgradeSucceeded' : 'Progressing');
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name, namespace: 'flux-system', generation },
    spec: {
      interval: '5m',
      releaseName: 'web',
      targetNamespace: 'shop',
      chart: {
        spec: {
          chart: './_/web/chart',
          reconcileStrategy: 'Revision',
          sourceRef: { kind: 'GitRepository', name: 'gitopshq-dev' },
        },
      },
    },
    status: {
      observedGeneration: observed,
      lastAttemptedGeneration: observed,
      lastAttemptedRevision: s.chartVersion,
      lastAttemptedConfigDigest: 'sha256:2f1c6d3a0e5b4c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d',
      lastAttemptedReleaseAction: s.previous ? 'upgrade' : 'install',
      helmChart: `flux-system/flux-system-${name}`,
      storageNamespace: 'shop',
      history: [
        snapshot(s.chartVersion, version, s.releaseStatus ?? (s.ready === 'True' ? 'deployed' : 'failed')),
        ...(s.previous ? [snapshot(s.previous, 1, 'superseded')] : []),
      ],
      conditions: [
        {
          type: 'Ready',
          status: s.ready,
          reason,
          message:
            s.message ??
            `Helm upgrade succeeded for release shop/web.v${version} with chart web@${s.chartVersion}`,
          lastTransitionTime: '2026-11-30T09:04:00Z',
          observedGeneration: observed,
        },
        {
          type: 'Released',
          status: released,
          reason,
          message: s.message ?? `Helm upgrade succeeded for release shop/web.v${version}`,
          lastTransitionTime: '2026-11-30T09:04:00Z',
          observedGeneration: observed,
        },
      ],
    },
  };
}

export function kustomization(
  name: string,
  applied: string,
  ready: 'True' | 'False' | 'Unknown',
): KubeObject {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system', generation: 2 },
    spec: {
      interval: '1m',
      path: './_/web',
      prune: true,
      sourceRef: { kind: 'GitRepository', name: 'gitopshq-dev' },
    },
    status: {
      observedGeneration: 2,
      lastAppliedRevision: `gitopshq/deploy/dev@sha1:${applied}`,
      lastAttemptedRevision: `gitopshq/deploy/dev@sha1:${applied}`,
      conditions: [
        {
          type: 'Ready',
          status: ready,
          reason: ready === 'True' ? 'ReconciliationSucceeded' : 'Progressing',
          message: `Applied revision: gitopshq/deploy/dev@sha1:${applied}`,
        },
      ],
    },
  };
}
