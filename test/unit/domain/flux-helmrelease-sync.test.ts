// A Flux HelmRelease (helm.toolkit.fluxcd.io/v2) against the deploy commit: its chart, built from the deploy branch
// with `reconcileStrategy: Revision`, carries the commit in its version's build metadata; the newest Helm release
// (status.history[0]) deployed at that version and Ready at the current generation is synced and Healthy; a failed
// upgrade of the commit is Degraded with helm-controller's reason; a chart from a Helm repository ties to no commit.
import { HelmRelease } from '@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2';
import { describe, expect, it } from 'vitest';
import { assessHealth } from '../../../src/domain/health/index.js';
import { chartVersionCommit, fluxHelmReleaseSyncVerdict } from '../../../src/domain/sync-verdict.js';
import { helmRelease } from '../../helpers/flux-objects.js';

const COMMIT = `b1c2d3e4f5a6${'0'.repeat(28)}`;
const OLD = `a1b2c3d4e5f6${'0'.repeat(28)}`;
const AT = `1.4.0+${COMMIT.slice(0, 12)}`;
const BEFORE = `1.4.0+${OLD.slice(0, 12)}`;

describe('chartVersionCommit', () => {
  it('reads the commit a Revision-strategy chart carries, and nothing from other versions', () => {
    expect(chartVersionCommit(AT)).toBe('b1c2d3e4f5a6');
    expect(chartVersionCommit('6.5.4')).toBeUndefined();
    expect(chartVersionCommit('1.0.0+build.7')).toBeUndefined();
    expect(chartVersionCommit(undefined)).toBeUndefined();
  });
});

describe('fluxHelmReleaseSyncVerdict', () => {
  it('judges objects the HelmRelease v2 CRD schema accepts (status, history, conditions as helm-controller writes)', () => {
    for (const shape of [
      { chartVersion: AT, previous: BEFORE, ready: 'True' as const },
      { chartVersion: AT, previous: BEFORE, ready: 'False' as const, reason: 'UpgradeFailed' },
      { chartVersion: '6.5.4', ready: 'Unknown' as const, releaseStatus: 'pending-install' },
    ]) {
      expect(() => new HelmRelease(helmRelease('dev-web', shape) as never).validate()).not.toThrow();
    }
  });

  it('released at the deploy commit, Ready at the current generation: synced and Healthy', () => {
    const hr = helmRelease('dev-web', { chartVersion: AT, previous: BEFORE, ready: 'True' });
    expect(fluxHelmReleaseSyncVerdict(hr, COMMIT)).toMatchObject({
      synced: true,
      health: 'Healthy',
      message: `Ready: Helm release v2 (${AT}) deployed`,
    });
    expect(assessHealth(hr).status).toBe('Healthy');
  });

  it('a generation helm-controller has not observed (or attempted) yet is not synced, whatever it says', () => {
    const stale = helmRelease('dev-web', { chartVersion: AT, ready: 'True', generation: 3, observed: 2 });
    expect(fluxHelmReleaseSyncVerdict(stale, COMMIT)).toMatchObject({
      synced: false,
      message: 'generation 3 not observed yet',
    });
    const notTried = helmRelease('dev-web', { chartVersion: AT, ready: 'True', generation: 3, observed: 3 });
    (notTried.status as Record<string, unknown>).lastAttemptedGeneration = 2;
    expect(fluxHelmReleaseSyncVerdict(notTried, COMMIT)?.synced).toBe(false);
  });

  it('a failed upgrade to the deploy commit is Degraded with the reason; the release before it still runs', () => {
    const message =
      'Helm upgrade failed for release shop/web with chart web@1.4.0+b1c2d3e4f5a6: context deadline exceeded';
    const hr = helmRelease('dev-web', {
      chartVersion: AT,
      previous: BEFORE,
      ready: 'False',
      reason: 'UpgradeFailed',
      message,
    });
    expect(fluxHelmReleaseSyncVerdict(hr, COMMIT)).toMatchObject({
      synced: false,
      health: 'Degraded',
      message: `not Ready at ${AT}: ${message}`,
    });
    expect(assessHealth(hr).status).toBe('Degraded');
  });

  it('an upgrade in progress is Progressing, not synced', () => {
    const hr = helmRelease('dev-web', {
      chartVersion: AT,
      previous: BEFORE,
      releaseStatus: 'pending-upgrade',
      ready: 'Unknown',
      reason: 'Progressing',
      message: 'Running upgrade action',
    });
    expect(fluxHelmReleaseSyncVerdict(hr, COMMIT)).toMatchObject({ synced: false, health: 'Progressing' });
  });

  it('still released at an earlier commit: waiting, naming the Helm release it runs', () => {
    const hr = helmRelease('dev-web', { chartVersion: BEFORE, ready: 'True' });
    expect(fluxHelmReleaseSyncVerdict(hr, COMMIT)).toMatchObject({
      synced: false,
      message: `Helm release v1 (${BEFORE}), waiting for a chart built from b1c2d3e`,
    });
    // A later deploy of another workload moved the branch, with this target's folder unchanged: the same content.
    expect(fluxHelmReleaseSyncVerdict(hr, COMMIT, (c) => c === OLD.slice(0, 12))?.synced).toBe(true);
  });

  it('a chart from a Helm repository (no commit in its version) ties to no deploy commit: undefined', () => {
    expect(
      fluxHelmReleaseSyncVerdict(helmRelease('podinfo', { chartVersion: '6.5.4', ready: 'True' }), COMMIT),
    ).toBeUndefined();
  });
});
