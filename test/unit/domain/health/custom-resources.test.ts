// Argo CD Application, Argo Rollouts Rollout, Flux Kustomization and HelmRelease, and any other resource with
// kstatus conditions: every status, on objects shaped like a real cluster's.
import { describe, expect, it } from 'vitest';
import { assessHealth, type HealthStatus, type LiveObject } from '../../../../src/domain/health/index.js';
import { app, cert, cond, custom, hr, ks, rollout, widget } from './objects.js';

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
    [
      // helm-controller v2 after `spec.test.enable`: three True conditions. Argo CD's Lua wants exactly two and
      // shows Degraded; Flux, kstatus and `flux get hr` call it ready (docs/architecture.md#health).
      'HelmRelease whose tests passed',
      hr({ test: { enable: true } }, [
        cond(
          'Ready',
          'True',
          'TestSucceeded',
          'Helm test succeeded for release shop/web.v2 with chart web@1.4.0',
        ),
        cond('Released', 'True', 'UpgradeSucceeded', 'Helm upgrade succeeded for release shop/web.v2'),
        cond('TestSuccess', 'True', 'TestSucceeded', 'Helm test succeeded'),
      ]),
      'Healthy',
      /Ready: TestSucceeded: Helm test succeeded/,
    ],
    [
      // internal/reconcile/atomic_release.go in fluxcd/helm-controller: remediation retries used up.
      'HelmRelease out of retries',
      hr({ upgrade: { remediation: { retries: 3 } } }, [
        cond('Stalled', 'True', 'RetriesExceeded', 'Failed to upgrade after 4 attempt(s)'),
        cond(
          'Ready',
          'False',
          'UpgradeFailed',
          'Helm upgrade failed for release shop/web: context deadline exceeded',
        ),
        cond('Released', 'False', 'UpgradeFailed', 'Helm upgrade failed'),
      ]),
      'Degraded',
      /stalled: RetriesExceeded: Failed to upgrade after 4 attempt\(s\)/,
    ],
    [
      'HelmRelease failing after an earlier good release (Argo CD counts Released and TestSuccess as two)',
      hr({}, [
        cond('Ready', 'False', 'DependencyNotReady', "dependency 'shop/db' is not ready"),
        cond('Released', 'True', 'UpgradeSucceeded'),
        cond('TestSuccess', 'True', 'TestSucceeded'),
      ]),
      'Degraded',
      /not Ready: DependencyNotReady/,
    ],
    ['HelmRelease just created (empty conditions)', hr({}, []), 'Progressing', /no conditions yet/],
  ]);
});

describe('custom resources Argo CD ships a check for', () => {
  const gitRepo = (spec: Record<string, unknown>, conditions: unknown[]) =>
    custom(
      'source.toolkit.fluxcd.io/v1',
      'GitRepository',
      { interval: '1m', ...spec },
      { observedGeneration: 2, conditions },
    );
  check([
    [
      'Certificate being issued, Ready still False from before',
      cert([
        cond('Ready', 'False', 'DoesNotExist', 'Issuing certificate as Secret does not exist'),
        cond('Issuing', 'True', 'DoesNotExist', 'Issuing certificate as Secret does not exist'),
      ]),
      'Progressing',
      /^certificate web: Issuing: DoesNotExist: Issuing certificate as Secret does not exist$/,
    ],
    [
      'Certificate that cannot be issued (kstatus would keep waiting)',
      cert([
        cond(
          'Ready',
          'False',
          'SecretMismatch',
          'Existing issued Secret is not up to date for spec: [spec.dnsNames]',
        ),
      ]),
      'Degraded',
      /not Ready: SecretMismatch/,
    ],
    [
      'Certificate issued',
      cert([cond('Ready', 'True', 'Ready', 'Certificate is up to date and has not expired')]),
      'Healthy',
      /^certificate web: Ready: Ready: Certificate is up to date and has not expired$/,
    ],
    [
      'Certificate without status',
      cert(undefined),
      'Progressing',
      /waiting for the certificate to be issued/,
    ],
    [
      'SealedSecret the controller cannot decrypt (no Ready condition: kstatus would call it current)',
      custom(
        'bitnami.com/v1alpha1',
        'SealedSecret',
        { encryptedData: { password: 'AgB...' } },
        {
          observedGeneration: 2,
          conditions: [cond('Synced', 'False', 'ErrUnsealFailed', 'no key could decrypt secret (password)')],
        },
      ),
      'Degraded',
      /not Synced: ErrUnsealFailed: no key could decrypt secret/,
    ],
    [
      'ExternalSecret whose store refuses it',
      custom(
        'external-secrets.io/v1',
        'ExternalSecret',
        { refreshInterval: '1h' },
        {
          conditions: [
            cond('Ready', 'False', 'SecretSyncedError', 'could not get secret data from provider'),
          ],
        },
      ),
      'Degraded',
      /not Ready: SecretSyncedError/,
    ],
    [
      'GitRepository Ready with its artifact',
      gitRepo({}, [
        cond('ArtifactInStorage', 'True', 'Succeeded', "stored artifact for revision 'main@sha1:4f1c2a9e'"),
        cond('Ready', 'True', 'Succeeded', "stored artifact for revision 'main@sha1:4f1c2a9e'"),
      ]),
      'Healthy',
      /Ready: Succeeded/,
    ],
    [
      'GitRepository that cannot clone',
      gitRepo({}, [
        cond('FetchFailed', 'True', 'GitOperationFailed', 'failed to checkout and determine revision'),
        cond('Ready', 'False', 'GitOperationFailed', 'failed to checkout and determine revision'),
      ]),
      'Degraded',
      /not Ready: GitOperationFailed/,
    ],
    ['GitRepository suspended', gitRepo({ suspend: true }, []), 'Suspended', /flux resume gitrepository web/],
    [
      'Argo Workflow failed',
      custom(
        'argoproj.io/v1alpha1',
        'Workflow',
        {},
        {
          phase: 'Failed',
          message: 'child failed',
          nodes: { 'web-1': { name: 'web-1', displayName: 'migrate', phase: 'Failed' } },
        },
      ),
      'Degraded',
      /failed: child failed \(failed steps: migrate\)/,
    ],
    [
      'Argo Workflow running',
      custom('argoproj.io/v1alpha1', 'Workflow', {}, { phase: 'Running' }),
      'Progressing',
      /running/,
    ],
  ]);
});

describe('any other resource (kstatus)', () => {
  check([
    [
      'Ready',
      widget([cond('Ready', 'True', 'Available', 'Database is accepting connections')]),
      'Healthy',
      /^database web: Ready$/,
    ],
    [
      'Ready False is still in progress',
      widget([cond('Ready', 'False', 'Provisioning', 'Waiting for the primary to start')]),
      'Progressing',
      /not Ready yet: Provisioning/,
    ],
    ['Ready Unknown', widget([cond('Ready', 'Unknown', 'Pending')]), 'Progressing', /not Ready yet: Pending/],
    [
      'Stalled',
      widget([
        cond('Stalled', 'True', 'Failed', 'storage class fast does not exist'),
        cond('Ready', 'False'),
      ]),
      'Degraded',
      /stalled: Failed: storage class fast does not exist/,
    ],
    [
      'Reconciling',
      widget([cond('Reconciling', 'True', 'Resizing'), cond('Ready', 'True')]),
      'Progressing',
      /reconciling: Resizing/,
    ],
    [
      'Ready at an old generation',
      widget([cond('Ready', 'True')], 1),
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
