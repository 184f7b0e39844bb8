// The pure halves of verify-health: "Synced" is the deploy commit exactly (as Argo CD and Flux spell revisions), and
// drift compares only the fields a manifest sets.
import { describe, expect, it } from 'vitest';
import { describeDrift, manifestDrift } from '../../../src/domain/drift.js';
import type { LiveObject } from '../../../src/domain/health/index.js';
import { argoSyncVerdict, commitOf, fluxSyncVerdict } from '../../../src/domain/sync-verdict.js';

const C = 'c'.repeat(40);
const O = '0'.repeat(40);

function app(status: Record<string, unknown>): LiveObject {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'dev-web' }, status };
}

describe('commitOf', () => {
  it.each([
    [C, C],
    [`main@sha1:${C}`, C],
    [`gitopshq/deploy/dev/${C}`, C],
    ['v1.2.3', undefined],
    [undefined, undefined],
  ])('%s -> %s', (rev, want) => expect(commitOf(rev)).toBe(want));
});

describe('argoSyncVerdict', () => {
  it.each([
    ['Synced at the commit', { sync: { status: 'Synced', revision: C } }, true, false],
    ['Synced at an older commit', { sync: { status: 'Synced', revision: O } }, false, false],
    [
      'OutOfSync at the commit (drift once Synced)',
      { sync: { status: 'OutOfSync', revision: C } },
      false,
      true,
    ],
    [
      'OutOfSync at the commit while a sync runs',
      { sync: { status: 'OutOfSync', revision: C }, operationState: { phase: 'Running' } },
      false,
      false,
    ],
    ['multi-source revisions', { sync: { status: 'Synced', revisions: [C] } }, true, false],
    ['no status yet', {}, false, false],
  ])('%s', (_name, status, synced, drifted) => {
    const v = argoSyncVerdict(app(status), C);
    expect([v.synced, v.drifted]).toEqual([synced, drifted]);
  });

  it('a later commit with the same manifests counts when the caller says so', () => {
    const later = app({ sync: { status: 'Synced', revision: O } });
    expect(argoSyncVerdict(later, C, (r) => r === O).synced).toBe(true);
    expect(argoSyncVerdict(undefined, C).message).toBe('Application not found');
  });

  it('carries Argo CD health and the OutOfSync resources', () => {
    const v = argoSyncVerdict(
      app({
        sync: { status: 'OutOfSync', revision: C },
        health: { status: 'Degraded' },
        resources: [{ kind: 'Deployment', name: 'web', namespace: 'shop', status: 'OutOfSync' }],
      }),
      C,
    );
    expect(v.health).toBe('Degraded');
    expect(v.outOfSync).toEqual([{ kind: 'Deployment', name: 'web', namespace: 'shop' }]);
    expect(v.message).toBe('OutOfSync at the deploy commit ccccccc: Deployment/web');
  });
});

describe('fluxSyncVerdict', () => {
  const ks = (
    gen: number,
    observed: number,
    applied: string,
    ready: string,
    attempted = applied,
  ): LiveObject => ({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: 'dev-web', generation: gen },
    status: {
      observedGeneration: observed,
      lastAppliedRevision: `main@sha1:${applied}`,
      lastAttemptedRevision: `main@sha1:${attempted}`,
      conditions: [
        { type: 'Ready', status: ready, reason: 'r', message: 'health check failed for Deployment/web' },
      ],
    },
  });
  it.each([
    ['Ready at the commit', ks(2, 2, C, 'True'), true, 'Healthy'],
    ['Ready at an older generation', ks(3, 2, C, 'True'), false, undefined],
    ['Ready at an older commit', ks(2, 2, O, 'True'), false, undefined],
    ['applied, health check failing', ks(2, 2, C, 'False'), true, 'Degraded'],
    ['the commit fails to apply', ks(2, 2, O, 'False', C), false, 'Degraded'],
    ['reconciling the commit', ks(2, 2, O, 'Unknown', C), false, 'Progressing'],
  ])('%s', (_n, obj, synced, health) => {
    const v = fluxSyncVerdict(obj, C);
    expect([v.synced, v.health]).toEqual([synced, health]);
    expect(v.drifted).toBe(false);
  });
});

describe('manifestDrift', () => {
  const manifest = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { app: 'web' }, annotations: { a: '1' } },
    spec: {
      replicas: 3,
      template: {
        spec: { containers: [{ name: 'app', image: 'web:1', ports: [{ containerPort: '8080' }] }] },
      },
    },
  };
  const live = {
    ...manifest,
    metadata: { ...manifest.metadata, uid: 'u', generation: 4, annotations: { a: '1', extra: 'x' } },
    spec: {
      replicas: 3,
      strategy: { type: 'RollingUpdate' },
      template: {
        spec: {
          containers: [{ name: 'app', image: 'web:1', ports: [{ containerPort: 8080, protocol: 'TCP' }] }],
        },
      },
    },
    status: { replicas: 3 },
  };
  it('defaults, status, bookkeeping and int-or-string are not drift', () => {
    expect(manifestDrift(manifest, live)).toEqual([]);
  });
  it('a changed field, a removed label, a different list are', () => {
    const changed = structuredClone(live);
    changed.spec.template.spec.containers[0] = {
      ...changed.spec.template.spec.containers[0],
      image: 'web:hotfix',
    } as never;
    changed.metadata.labels = {} as never;
    expect(manifestDrift(manifest, changed).map((d) => describeDrift(d))).toEqual([
      'metadata.labels.app: want "web", live absent',
      'spec.template.spec.containers[0].image: want "web:1", live "web:hotfix"',
    ]);
    const more = structuredClone(live);
    more.spec.template.spec.containers.push({ name: 'sidecar' } as never);
    expect(manifestDrift(manifest, more).map((d) => d.path)).toEqual(['spec.template.spec.containers']);
  });
  it("a Secret's values are never shown, and stringData is not compared", () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      stringData: { k: 'v' },
      data: { p: 'YQ==' },
    };
    const d = manifestDrift(secret, { ...secret, stringData: undefined, data: { p: 'Yg==', k: 'dg==' } });
    expect(d.map((x) => describeDrift(x, true))).toEqual(['data.p differs']);
  });
});
