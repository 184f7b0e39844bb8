import { describe, expect, it } from 'vitest';
import { annotateHook, applyHookMode } from '../../../src/render/helm-hooks.js';
import { assignNamespaces } from '../../../src/render/namespaces.js';
import { resourceId, resourceLabel } from '../../../src/render/normalize.js';
import type { Manifest } from '../../../src/render/types.js';

describe('annotateHook: the Argo CD phases Argo CD gives Helm hooks', () => {
  it.each([
    ['pre-install', 'PreSync'],
    ['pre-install,pre-upgrade', 'PreSync'],
    ['post-install,post-upgrade', 'PostSync'],
    ['pre-install,post-install', 'PreSync,PostSync'],
    ['post-delete', 'PostDelete'],
    ['pre-rollback', 'Skip'],
  ])('%s -> %s', (helm, argo) => {
    const a: Record<string, unknown> = { 'helm.sh/hook': helm };
    annotateHook(a);
    expect(a['argocd.argoproj.io/hook']).toBe(argo);
  });

  it('maps the delete policy and the weight, and never overrides what the chart says for Argo CD', () => {
    const a: Record<string, unknown> = {
      'helm.sh/hook': 'pre-upgrade',
      'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
      'helm.sh/hook-weight': '-5',
      'argocd.argoproj.io/hook': 'Sync',
    };
    annotateHook(a);
    expect(a).toMatchObject({
      'argocd.argoproj.io/hook': 'Sync',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded',
      'argocd.argoproj.io/sync-wave': '-5',
    });
  });
});

describe('applyHookMode', () => {
  const chunk = {
    source: 'c/templates/job.yaml',
    text: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: post-install\n',
  };
  const plain = {
    source: 'c/templates/cm.yaml',
    text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
  };

  it('drop removes hook documents and leaves the rest byte for byte', () => {
    expect(applyHookMode([chunk, plain], 'drop')).toEqual([plain]);
  });

  it('keep annotates hook documents only', () => {
    const [job, cm] = applyHookMode([chunk, plain], 'keep');
    expect(job?.text).toContain('argocd.argoproj.io/hook: PostSync');
    expect(cm).toBe(plain);
  });
});

describe('assignNamespaces', () => {
  const m = (kind: string, meta: Record<string, unknown> = {}, spec?: unknown): Manifest => ({
    object: {
      apiVersion: 'v1',
      kind,
      metadata: { name: kind.toLowerCase(), ...meta },
      ...(spec ? { spec } : {}),
    },
    source: 't',
  });
  const ns = (x: Manifest | undefined) =>
    (x?.object.metadata as { namespace?: string } | undefined)?.namespace;

  it('gives namespaced objects the workload namespace and leaves cluster-scoped kinds without one', () => {
    const input = [
      m('Deployment'),
      m('ClusterRole'),
      m('Namespace'),
      m('CustomResourceDefinition'),
      m('Widget'),
    ];
    const { manifests, findings } = assignNamespaces(input, 'shop');
    expect(manifests.map(ns)).toEqual(['shop', undefined, undefined, undefined, 'shop']);
    expect(findings).toEqual([]);
    expect(ns(input[0])).toBeUndefined(); // the input is not mutated: renders are shared between targets
  });

  it("reads a custom kind's scope from its CRD in the render, else a Cluster prefix means cluster-scoped", () => {
    const crd = m('CustomResourceDefinition', {}, { scope: 'Cluster', names: { kind: 'Tenant' } });
    const crd2 = m('CustomResourceDefinition', {}, { scope: 'Namespaced', names: { kind: 'ClusterThing' } });
    const { manifests } = assignNamespaces(
      [crd, crd2, m('Tenant'), m('ClusterThing'), m('ClusterIssuer')],
      'shop',
    );
    expect(manifests.slice(2).map(ns)).toEqual([undefined, 'shop', undefined]);
  });

  it('reports an object placed in another namespace, and keeps it there', () => {
    const { manifests, findings } = assignNamespaces([m('Service', { namespace: 'kube-system' })], 'shop');
    expect(ns(manifests[0])).toBe('kube-system');
    expect(findings).toEqual([
      {
        severity: 'warning',
        rule: 'namespace',
        resource: 'Service/kube-system/service',
        path: 'metadata.namespace',
        message: "lands in namespace 'kube-system', not the workload's namespace 'shop' (from t)",
      },
    ]);
  });
});

describe('resourceId of a custom Cluster* kind', () => {
  it('has no namespace when the object names none, and keeps the one it names', () => {
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'le' } };
    expect(resourceLabel(resourceId(issuer, 'shop'))).toBe('ClusterIssuer/le');
    const thing = { apiVersion: 'x.io/v1', kind: 'ClusterThing', metadata: { name: 't', namespace: 'a' } };
    expect(resourceLabel(resourceId(thing, 'shop'))).toBe('ClusterThing/a/t');
  });
});
