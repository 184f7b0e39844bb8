// The tenants verify-health settles a promotion against, read from workload.yaml on main.
import { describe, expect, it } from 'vitest';
import { workloadTenantsOnMain } from '../../../src/usecases/promotion-tenants.js';

function repo(files: Record<string, string>, tip: string | undefined = 'abc123') {
  return {
    tip: async () => tip,
    readFiles: async (_commit: string, paths: readonly string[]) => paths.map((p) => files[p]),
  };
}

describe('workloadTenantsOnMain', () => {
  it('lists a Helm or template workload tenants, none for a Kustomize workload', async () => {
    const helm = 'name: api\nsource: {type: helm, chart: chart}\ntenants: [canary, acme]\n';
    expect(await workloadTenantsOnMain(repo({ 'workloads/api/workload.yaml': helm }), 'api')).toEqual([
      'canary',
      'acme',
    ]);
    const kustomize = 'name: api\nsource:\n  type: kustomize\n  overlay: overlays/dev\ntenants: [canary]\n';
    expect(await workloadTenantsOnMain(repo({ 'workloads/api/workload.yaml': kustomize }), 'api')).toEqual(
      [],
    );
  });

  it('answers undefined (promote settles it later) when it cannot read the tenants', async () => {
    expect(await workloadTenantsOnMain(repo({}), 'api')).toBeUndefined();
    expect(await workloadTenantsOnMain(repo({}, undefined), 'api')).toBeUndefined();
    const broken = 'tenants: [canary\n';
    expect(
      await workloadTenantsOnMain(repo({ 'workloads/api/workload.yaml': broken }), 'api'),
    ).toBeUndefined();
    const odd = 'tenants: {canary: 1}\n';
    expect(await workloadTenantsOnMain(repo({ 'workloads/api/workload.yaml': odd }), 'api')).toBeUndefined();
  });
});
