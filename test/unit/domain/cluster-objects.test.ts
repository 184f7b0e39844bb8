// The objects `gitopshq init` writes under clusters/: names from cluster-wiring.ts, destinations from the tenants,
// and every object valid against the Argo CD and Flux CRD schemas (kubernetes-models, generated from those CRDs).
import { ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Kustomization } from '@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1';
import { GitRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { clusterFiles } from '../../../src/domain/cluster-objects.js';
import { argoApplicationName, fluxKustomizationName } from '../../../src/domain/cluster-wiring.js';
import type { EnvironmentConfig, TenantConfig } from '../../../src/domain/model.js';
import { exampleClusterFiles, exampleFiles } from '../../../src/state/example-repo.js';

const env = (name: string): EnvironmentConfig => ({
  name,
  approvals: {
    required: 0,
    teams: [],
    codeowners: false,
    allowSelfApproval: false,
    dismissStaleApprovals: true,
  },
  deploy: { branch: `gitopshq/deploy/${name}`, autoMerge: false },
});

const tenants: TenantConfig[] = [
  { name: 'canary', wave: 0, canary: true },
  {
    name: 'acme',
    wave: 1,
    canary: false,
    destinations: {
      prod: { cluster: 'https://acme-prod.example.com:6443', namespace: 'acme-payments' },
      staging: { cluster: 'acme-staging' },
    },
  },
];
const config = { environments: [env('staging'), env('prod')], tenants };
const workloads = [
  { name: 'payment-api', tenants: ['canary', 'acme'], environments: ['staging', 'prod'] },
  { name: 'jobs', tenants: [], environments: ['prod'] },
];
const URL = 'https://github.com/acme/gitops.git';
// The generated objects are plain JSON; the test digs into them by path.
// biome-ignore lint/suspicious/noExplicitAny: one alias for reading generated YAML in assertions
type Json = any;

function validate(o: Record<string, unknown>): void {
  const kind = o.kind;
  if (kind === 'ApplicationSet') new ApplicationSet(o as never).validate();
  else if (kind === 'GitRepository') new GitRepository(o as never).validate();
  else if (kind === 'Kustomization') new Kustomization(o as never).validate();
  else throw new Error(`unexpected kind ${String(kind)}`);
}

describe('clusterFiles', () => {
  const files = clusterFiles(config, workloads, URL);
  const byPath = new Map(files.map((f) => [f.path, f]));

  it('one Argo CD and one Flux file per environment, every object valid against its CRD schema', () => {
    expect(files.map((f) => f.path)).toEqual([
      'clusters/argocd/staging.yaml',
      'clusters/flux/staging.yaml',
      'clusters/argocd/prod.yaml',
      'clusters/flux/prod.yaml',
    ]);
    for (const f of files) {
      // The text is what is applied: it parses back to the same objects.
      const docs = parseAllDocuments(f.text).map((d) => d.toJS());
      expect(docs).toEqual(f.objects);
      for (const o of docs) validate(o);
    }
  });

  it('the ApplicationSet crosses the tenants with the deploy branch folders; destinations come from the tenants', () => {
    const set = byPath.get('clusters/argocd/prod.yaml')?.objects[0] as Json;
    expect(set.metadata).toEqual({ name: 'gitopshq-prod', namespace: 'argocd' });
    const [list, git] = set.spec.generators[0].matrix.generators;
    expect(git.git).toEqual({
      repoURL: URL,
      revision: 'gitopshq/deploy/prod',
      directories: [{ path: '{{.tenant}}/*' }],
    });
    expect(list.list.elements).toEqual([
      {
        tenant: 'canary',
        prefix: 'prod-canary',
        server: 'https://kubernetes.default.svc',
        name: '',
        namespace: '',
      },
      {
        tenant: 'acme',
        prefix: 'prod-acme',
        server: 'https://acme-prod.example.com:6443',
        name: '',
        namespace: 'acme-payments',
      },
      // A workload without tenants lives under _/ on the deploy branch, and its Application has no tenant part.
      { tenant: '_', prefix: 'prod', server: 'https://kubernetes.default.svc', name: '', namespace: '' },
    ]);
    // What the template makes of each element is the name verify-health and the simulator look up.
    expect(set.spec.template.metadata.name).toBe('{{.prefix}}-{{.path.basename}}');
    expect(`prod-acme-payment-api`).toBe(argoApplicationName('prod', 'acme', 'payment-api'));
    expect(`prod-jobs`).toBe(argoApplicationName('prod', undefined, 'jobs'));
    const staging = byPath.get('clusters/argocd/staging.yaml')?.objects[0] as Json;
    // A cluster given by name (as registered in Argo CD) goes to destination.name.
    expect(staging.spec.generators[0].matrix.generators[0].list.elements[1]).toMatchObject({
      tenant: 'acme',
      server: '',
      name: 'acme-staging',
    });
  });

  it('Flux: one GitRepository per deploy branch and one Kustomization per target, remote clusters through a kubeconfig', () => {
    const [repo, ...ks] = (byPath.get('clusters/flux/prod.yaml')?.objects ?? []) as Json[];
    expect(repo?.metadata).toEqual({ name: 'gitopshq-prod', namespace: 'flux-system' });
    expect(repo?.spec.ref).toEqual({ branch: 'gitopshq/deploy/prod' });
    expect(ks.map((k) => k.metadata.name)).toEqual([
      fluxKustomizationName('prod', 'canary', 'payment-api'),
      fluxKustomizationName('prod', 'acme', 'payment-api'),
      fluxKustomizationName('prod', undefined, 'jobs'),
    ]);
    expect(ks.map((k) => k.spec.path)).toEqual(['./canary/payment-api', './acme/payment-api', './_/jobs']);
    expect(ks[0]?.spec.kubeConfig).toBeUndefined();
    expect(ks[1]?.spec).toMatchObject({
      targetNamespace: 'acme-payments',
      kubeConfig: { secretRef: { name: 'prod-acme-kubeconfig' } },
      sourceRef: { kind: 'GitRepository', name: 'gitopshq-prod' },
    });
  });

  it('an invalid object is caught by the same validation (the check can fail)', () => {
    const set = structuredClone(byPath.get('clusters/argocd/prod.yaml')?.objects[0] as Json);
    set.spec.generators = 'all of them';
    expect(() => validate(set)).toThrow();
  });
});

describe('the example repository of gitopshq init', () => {
  it('has clusters/ for each of its environments, valid, with the clone URL init was given', () => {
    const paths = [...exampleFiles().keys()].filter((p) => p.startsWith('clusters/')).sort();
    expect(paths).toEqual([
      'clusters/argocd/dev.yaml',
      'clusters/argocd/prod.yaml',
      'clusters/argocd/staging.yaml',
      'clusters/flux/dev.yaml',
      'clusters/flux/prod.yaml',
      'clusters/flux/staging.yaml',
    ]);
    for (const p of paths) for (const d of parseAllDocuments(exampleFiles().get(p) ?? '')) validate(d.toJS());
    const mine = new Map(exampleClusterFiles('https://git.example.com/team/gitops.git'));
    expect(mine.get('clusters/flux/prod.yaml')).toContain('url: https://git.example.com/team/gitops.git');
  });
});
