import { describe, expect, it } from 'vitest';
import { diffTarget, formatTargetDiff, newRedactionSalt } from '../../../src/render/diff.js';
import { renderTargets } from '../../../src/render/planner.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, WEB_TEMPLATES, WEB_VALUES, workload, writeFiles } from './fixtures.js';

describe('kustomize engine', () => {
  it("renders the environment's overlay with kubectl kustomize", async () => {
    const root = tmpDir();
    writeFiles(root, {
      'workloads/cache/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'workloads/cache/base/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: redis\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: redis}\n  template:\n    metadata:\n      labels: {app: redis}\n    spec:\n      containers:\n        - name: redis\n          image: redis:7.2\n',
      'workloads/cache/overlays/prod/kustomization.yaml':
        'namespace: cache-prod\nresources:\n  - ../../base\nreplicas:\n  - name: redis\n    count: 3\n',
      'workloads/cache/overlays/prod/config.yaml': 'unused: true\n',
    });
    const w = workload(root, {
      name: 'cache',
      namespace: 'cache-prod',
      source: { type: 'kustomize', overlay: 'overlays/{env}' },
      tenants: ['a', 'b'],
    });
    const snap = snapshot(root, config(['dev', 'prod']), [w]);
    const { sets, stats } = await renderTargets([
      { target: { workload: 'cache', environment: 'prod', tenant: 'a' }, snapshot: snap },
      { target: { workload: 'cache', environment: 'prod', tenant: 'b' }, snapshot: snap },
      { target: { workload: 'cache', environment: 'dev', tenant: 'a' }, snapshot: snap },
    ]);
    expect(stats.renders).toBe(2);
    expect(sets[0]?.findings).toEqual([]);
    expect(sets[0]?.manifests).toHaveLength(1);
    expect(sets[0]?.manifests[0]?.object).toMatchObject({
      metadata: { name: 'redis', namespace: 'cache-prod' },
      spec: { replicas: 3 },
    });
    expect(sets[1]?.hash).toBe(sets[0]?.hash);
    // dev has no overlay: kustomize's own error, attributed to the target.
    expect(sets[2]?.findings[0]).toMatchObject({ rule: 'kustomize', target: 'cache/dev/a' });
    expect(sets[2]?.findings[0]?.message).toContain('workloads/cache/overlays/dev');
  });
});

describe('diff', () => {
  function repo(values: typeof WEB_VALUES) {
    const root = tmpDir();
    writeFiles(
      root,
      Object.fromEntries(Object.entries(WEB_TEMPLATES).map(([f, t]) => [`workloads/web/templates/${f}`, t])),
    );
    return snapshot(root, config(), [
      workload(root, {
        name: 'web',
        namespace: 'shop',
        source: { type: 'template', path: 'templates' },
        base: values,
      }),
    ]);
  }

  it('shows changes per resource with counts, and never a Secret value', async () => {
    const base = repo(WEB_VALUES);
    const head = repo({ ...WEB_VALUES, replicas: 3, db: { password: 'n3w-s3cr3t' } });
    const target = { workload: 'web', environment: 'prod' };
    const [b] = (await renderTargets([{ target, snapshot: base }])).sets;
    const [h] = (await renderTargets([{ target, snapshot: head }])).sets;
    const salt = newRedactionSalt();
    const d = diffTarget(b, h, { salt, namespace: 'shop' });
    expect(d).toMatchObject({ id: 'web/prod', status: 'changed', added: 0, changed: 2, removed: 0 });
    expect(d.resources.map((r) => r.resource)).toEqual(['Secret/shop/web-db', 'Deployment/shop/web']);
    const text = formatTargetDiff(d);
    expect(text).not.toContain('s3cr3t');
    expect(text).toMatch(/-\s+password: "?<redacted sha256:[0-9a-f]{12}>"?/);
    expect(text).toMatch(/\+\s+password: "?<redacted sha256:[0-9a-f]{12}>"?/);
    expect(text).toContain('-  replicas: 2');
    expect(text).toContain('+  replicas: 3');

    // An unchanged secret compares equal (same marker within one run); nothing changed -> nothing shown.
    const same = diffTarget(b, b, { salt, namespace: 'shop' });
    expect(same).toMatchObject({ status: 'unchanged', added: 0, changed: 0, removed: 0, resources: [] });
  });

  it('counts a target that appears on one side only as all added (or removed)', async () => {
    const head = repo(WEB_VALUES);
    const [h] = (await renderTargets([{ target: { workload: 'web', environment: 'dev' }, snapshot: head }]))
      .sets;
    const d = diffTarget(undefined, h, { salt: 's', namespace: 'shop' });
    expect(d).toMatchObject({ status: 'added', added: 3, changed: 0, removed: 0 });
    expect(formatTargetDiff(d)).not.toContain('s3cr3t-base');
    const r = diffTarget(h, undefined, { salt: 's', namespace: 'shop' });
    expect(r).toMatchObject({ status: 'removed', added: 0, removed: 3 });
  });
});
