// Argo CD Application, Argo Rollouts Rollout, Flux Kustomization and HelmRelease, and any other resource with
// kstatus conditions: every status, on objects shaped like a real cluster's.
import { describe, expect, it } from 'vitest';
import { assessHealth, type HealthStatus, type LiveObject } from '../../../../src/domain/health/index.js';
import { app, cert, cond, custom, hr, ks, rollout } from './objects.js';

type Case = [string, LiveObject, HealthStatus, string | RegExp];

function check(cases: readonly Case[]): void {
  it.each(cases)('%s', (_name, obj, status, message) => {
    expect(assessHealth(obj)).toEqual({ status, message: expect.stringMatching(message) });
  });
}

describe('Argo CD Application', () => {
  const sync = { status: 'Synced', revision: '4f1c2a9e8b7d6c5b4a3f2e1d' };
  check([
    [
      'Healthy',
      app({ health: { status: 'Healthy' }, sync }),
      'Healthy',
      /^application prod-acme-web: Healthy in Argo CD \(sync Synced at 4f1c2a9e8b7d\)$/,
    ],
    [
      'Degraded with its message',
      app({
        health: { status: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' },
        sync,
      }),
      'Degraded',
      /Degraded in Argo CD \(sync Synced at 4f1c2a9e8b7d\): Deployment "web" exceeded/,
    ],
    [
      'Progressing',
      app({ health: { status: 'Progressing' }, sync: { status: 'OutOfSync' } }),
      'Progressing',
      /sync OutOfSync/,
    ],
    ['Suspended', app({ health: { status: 'Suspended' } }), 'Suspended', /Suspended in Argo CD/],
    ['Missing', app({ health: { status: 'Missing' } }), 'Missing', /Missing in Argo CD/],
    ['not reported yet', app(undefined), 'Progressing', /Argo CD has not reported its health yet/],
    ['a status we do not know', app({ health: { status: 'Borked' } }), 'Unknown', /reports health Borked/],
  ]);
});

describe('Argo Rollouts Rollout', () => {
  check([
    [
      'phase Healthy',
      rollout({}, { observedGeneration: '2', phase: 'Healthy', currentPodHash: 'abc' }),
      'Healthy',
      /Healthy/,
    ],
    [
      'phase Paused',
      rollout({}, { observedGeneration: '2', phase: 'Paused', message: 'CanaryPauseStep' }),
      'Suspended',
      /paused; promote it.*: CanaryPauseStep/,
    ],
    [
      'phase Degraded',
      rollout(
        {},
        {
          observedGeneration: '2',
          phase: 'Degraded',
          message: 'RolloutAborted: metric "error-rate" assessed Failed',
        },
      ),
      'Degraded',
      /RolloutAborted: metric "error-rate" assessed Failed/,
    ],
    [
      'spec not observed',
      rollout({}, { observedGeneration: '1', phase: 'Healthy' }),
      'Progressing',
      /observe the spec update/,
    ],
    [
      'aborted (pre-1.0 conditions)',
      rollout(
        {},
        {
          conditions: [cond('Progressing', 'False', 'RolloutAborted', 'Rollout is aborted')],
          currentPodHash: 'abc',
        },
      ),
      'Degraded',
      /RolloutAborted: Rollout is aborted/,
    ],
    [
      'canary steps pending',
      rollout(
        {},
        { currentPodHash: 'new', stableRS: 'old', replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
      ),
      'Progressing',
      /waiting for the canary steps to finish/,
    ],
    [
      'canary done',
      rollout(
        {},
        { currentPodHash: 'new', stableRS: 'new', replicas: 3, updatedReplicas: 3, availableReplicas: 3 },
      ),
      'Healthy',
      /3 of 3 replicas available, stable at new/,
    ],
  ]);
});

describe('Flux Kustomization and HelmRelease', () => {
  const ready = cond('Ready', 'True', 'ReconciliationSucceeded', 'Applied revision: main@sha1:4f1c2a9e');
  check([
    [
      'Ready at the current generation',
      ks({}, { observedGeneration: 2, lastAppliedRevision: 'main@sha1:4f1c2a9e', conditions: [ready] }),
      'Healthy',
      /^kustomization web: Ready: ReconciliationSucceeded: Applied revision: main@sha1:4f1c2a9e, applied revision main@sha1:4f1c2a9e$/,
    ],
    [
      'Ready, but for the previous generation (stricter than Argo CD)',
      ks({}, { observedGeneration: 1, conditions: [ready] }),
      'Progressing',
      /^kustomization web: the controller has not seen generation 2 yet \(observed 1\)$/,
    ],
    [
      'reconciling',
      ks(
        {},
        {
          observedGeneration: 2,
          conditions: [
            cond('Reconciling', 'True', 'Progressing', 'Reconciliation in progress'),
            cond('Ready', 'Unknown', 'Progressing', 'Reconciliation in progress'),
          ],
        },
      ),
      'Progressing',
      /reconciling: Progressing: Reconciliation in progress/,
    ],
    [
      'build failed',
      ks(
        {},
        {
          observedGeneration: 2,
          conditions: [
            cond('Ready', 'False', 'BuildFailed', 'kustomize build failed: accumulating resources'),
          ],
        },
      ),
      'Degraded',
      /not Ready: BuildFailed: kustomize build failed/,
    ],
    [
      'stalled',
      ks(
        {},
        {
          observedGeneration: 2,
          conditions: [
            cond('Stalled', 'True', 'InvalidPath', 'path ./shop/web not found'),
            cond('Ready', 'False', 'InvalidPath'),
          ],
        },
      ),
      'Degraded',
      /stalled: InvalidPath: path \.\/shop\/web not found/,
    ],
    [
      'suspended, even with a generation Flux will not observe',
      ks({ suspend: true }, { observedGeneration: 1, conditions: [ready] }, 3),
      'Suspended',
      /suspended \(spec.suspend\); `flux resume kustomization web` resumes it/,
    ],
    ['no status yet', ks({}, undefined), 'Progressing', /waiting for Flux to reconcile it/],
    [
      'HelmRelease installed',
      hr({}, [
        cond('Ready', 'True', 'InstallSucceeded', 'Helm install succeeded'),
        cond('Released', 'True', 'InstallSucceeded'),
      ]),
      'Healthy',
      /Ready: InstallSucceeded: Helm install succeeded/,
    ],
    [
      'HelmRelease rolled back',
      hr({}, [
        cond('Ready', 'False', 'RollbackSucceeded', 'Helm rollback to previous release succeeded'),
        cond('Released', 'False', 'UpgradeFailed'),
      ]),
      'Degraded',
      /not Ready: RollbackSucceeded/,
    ],
    [
      'HelmRelease Ready without Released (Argo CD counts both)',
      hr({}, [cond('Ready', 'True', 'InstallSucceeded')]),
      'Degraded',
      /no Released or TestSuccess/,
    ],
    ['HelmRelease suspended', hr({ suspend: true }, []), 'Suspended', /flux resume helmrelease web/],
  ]);
});

describe('any other resource (kstatus)', () => {
  check([
    [
      'Ready',
      cert([cond('Ready', 'True', 'Ready', 'Certificate is up to date and has not expired')]),
      'Healthy',
      /^certificate web: Ready$/,
    ],
    [
      'Ready False is still in progress',
      cert([cond('Ready', 'False', 'Issuing', 'Issuing certificate as Secret does not exist')]),
      'Progressing',
      /not Ready yet: Issuing/,
    ],
    ['Ready Unknown', cert([cond('Ready', 'Unknown', 'Pending')]), 'Progressing', /not Ready yet: Pending/],
    [
      'Stalled',
      cert([cond('Stalled', 'True', 'Failed', 'ACME order failed'), cond('Ready', 'False')]),
      'Degraded',
      /stalled: Failed: ACME order failed/,
    ],
    [
      'Reconciling',
      cert([cond('Reconciling', 'True', 'Issuing'), cond('Ready', 'True')]),
      'Progressing',
      /reconciling: Issuing/,
    ],
    [
      'Ready at an old generation',
      cert([cond('Ready', 'True')], 1),
      'Progressing',
      /has not seen generation 2 yet \(observed 1\)/,
    ],
    [
      'no conditions: exists',
      custom('v1', 'ConfigMap', {}, undefined),
      'Healthy',
      /^configmap web: exists \(no health rule for ConfigMap\)$/,
    ],
  ]);
});
