// Which objects Argo CD leaves out of an Application's health (argo-cd controller/health.go, gitops-engine
// pkg/sync/hook): hooks, lone Skip hooks, and ignore-healthcheck.
import { describe, expect, it } from 'vitest';
import { healthExemption } from '../../../../src/domain/health/index.js';

const obj = (annotations?: Record<string, string>) => ({ metadata: annotations ? { annotations } : {} });

describe('healthExemption', () => {
  it.each([
    [{ 'helm.sh/hook': 'pre-install,pre-upgrade' }, /sync hook/],
    [{ 'helm.sh/hook': 'post-delete' }, /sync hook/],
    [{ 'argocd.argoproj.io/hook': 'PostSync' }, /sync hook/],
    // An Argo CD annotation overrides Helm's: Skip alone means never applied.
    [{ 'helm.sh/hook': 'pre-rollback', 'argocd.argoproj.io/hook': 'Skip' }, /Skip hook/],
    [{ 'argocd.argoproj.io/ignore-healthcheck': 'true' }, /ignore-healthcheck/],
  ])('%o is left out', (annotations, why) => {
    expect(healthExemption(obj(annotations))).toMatch(why);
  });

  it.each([
    [undefined],
    [{ 'helm.sh/hook': 'crd-install' }],
    [{ 'argocd.argoproj.io/ignore-healthcheck': 'false' }],
    [{ 'argocd.argoproj.io/sync-wave': '2' }],
  ])('%o counts', (annotations) => {
    expect(healthExemption(obj(annotations))).toBeUndefined();
  });
});
