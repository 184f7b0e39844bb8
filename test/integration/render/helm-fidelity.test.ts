// The generator against the real binaries on real charts (test/fixtures/, vendored with their licences): what a
// target renders must equal `helm template -f values.yaml -f values/<env>.yaml -f values/<env>/<tenant>.yaml`
// and `kubectl kustomize` given the same files, after the two normalisations the generator applies on purpose
// (namespace-less namespaced objects placed in the workload's namespace; Helm hooks annotated for Argo CD).
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { annotateHook, HELM_HOOK } from '../../../src/render/helm-hooks.js';
import { assignNamespaces } from '../../../src/render/namespaces.js';
import { isObject } from '../../../src/render/normalize.js';
import { renderTargets } from '../../../src/render/planner.js';
import { stableJson } from '../../../src/render/session.js';
import { allTargets } from '../../../src/render/targets.js';
import type { KubeObject, RenderedSet } from '../../../src/render/types.js';
import { loadRepo } from '../../../src/state/repo.js';
import { tmpDir } from '../../helpers/tmp.js';
import { writeFiles } from './fixtures.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function gitopshqYaml(extra = ''): string {
  return `apiVersion: gitopshq.io/v1
kind: Config
environments:
  - name: dev
  - name: prod
tenants:
  - name: acme
  - name: beta
  - name: gamma
render:
  policies: {forbidLatestTag: false, requireResourceLimits: false, forbidPrivileged: false}
${extra}`;
}

/** A repository with one helm workload whose chart is a vendored one, loaded by the real loader. */
async function helmRepo(chart: string, files: Record<string, string>, config = gitopshqYaml()) {
  const root = tmpDir();
  cpSync(join(FIXTURES, 'charts', chart), join(root, 'workloads/web/chart'), { recursive: true });
  writeFiles(root, { 'gitopshq.yaml': config, ...files });
  return { root, snap: await loadRepo(root) };
}

function helmByHand(root: string, valueFiles: string[], extra: string[] = []): string {
  const h = join(root, '.helm-by-hand');
  return execFileSync(
    'helm',
    [
      'template',
      'web',
      join(root, 'workloads/web/chart'),
      '--namespace',
      'web',
      '--kube-version',
      'v1.33.0',
      '--include-crds',
      '--skip-tests',
      ...valueFiles.flatMap((f) => ['-f', join(root, 'workloads/web', f)]),
      ...extra,
    ],
    { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: h, HELM_CONFIG_HOME: h, HELM_DATA_HOME: h } },
  );
}

function docs(text: string): KubeObject[] {
  return parseAllDocuments(text, { version: '1.1' })
    .map((d) => d.toJS() as unknown)
    .filter((o): o is KubeObject => isObject(o));
}

/** The generator's two deliberate normalisations applied to a by-hand render, as sorted JSON documents. */
function expected(text: string, namespace: string, hooks: 'keep' | 'drop' = 'keep'): string[] {
  const objects = docs(text).flatMap((o) => {
    const a = isObject(o.metadata) && isObject(o.metadata.annotations) ? o.metadata.annotations : undefined;
    if (a?.[HELM_HOOK] === undefined) return [o];
    if (hooks === 'drop') return [];
    annotateHook(a);
    return [o];
  });
  const placed = assignNamespaces(
    objects.map((object) => ({ object, source: 'by-hand' })),
    namespace,
  );
  return placed.manifests.map((m) => stableJson(m.object)).sort();
}

const ours = (set: RenderedSet | undefined) =>
  docs(set?.yaml ?? '')
    .map((o) => stableJson(o))
    .sort();

const find = (set: RenderedSet | undefined, kind: string, name?: string) =>
  set?.manifests.find(
    (m) => m.object.kind === kind && (!name || (m.object.metadata as { name?: string }).name === name),
  )?.object;

/** The field at a dotted path (`spec.template.spec.containers.0.resources`), undefined when any step is missing. */
function at(o: unknown, path: string): unknown {
  let node: unknown = o;
  for (const step of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(step)];
    else if (isObject(node)) node = node[step];
    else return undefined;
  }
  return node;
}

const PODINFO_FILES = {
  'workloads/web/workload.yaml':
    'apiVersion: gitopshq.io/v1\nkind: Workload\nname: web\nnamespace: web\nsource:\n  type: helm\n  chart: chart\ntenants: [acme, beta, gamma]\n',
  // The first -f file: a null removes the chart default (requests.memory); a null for a key the chart lacks stays.
  // `yes` is YAML 1.1's true: it turns the chart's pre-install hook Job on.
  'workloads/web/values.yaml':
    'replicaCount: 2\npodAnnotations:\n  tilde: ~\n  fromBase: b\nresources:\n  requests:\n    memory: null\nhooks:\n  preInstall:\n    job:\n      enabled: yes\n',
  // `010` is octal to Helm (8 replicas); the null removes the chart's default cpu request.
  'workloads/web/values/prod.yaml':
    'replicaCount: 010\nresources:\n  requests:\n    cpu: null\npodAnnotations:\n  envnull: null\n',
  'workloads/web/values/prod/acme.yaml':
    'podAnnotations:\n  tilde: null\n  acme: "yes"\n  mode: 0644\n  fromBase: null\nresources:\n  limits: null\n',
  'workloads/web/values/prod/gamma.yaml':
    'podAnnotations:\n  tilde: null\n  acme: "yes"\n  mode: 0644\n  fromBase: null\nresources:\n  limits: null\n',
};

describe('helm fidelity: podinfo with nulls at every layer and YAML 1.1 literals', () => {
  it('equals helm template -f values.yaml -f values/prod.yaml -f values/prod/<tenant>.yaml, for each tenant', async () => {
    const { root, snap } = await helmRepo('podinfo', PODINFO_FILES);
    const targets = allTargets(snap).filter((t) => t.environment === 'prod');
    const { sets, stats } = await renderTargets(targets.map((target) => ({ target, snapshot: snap })));
    const [acme, beta, gamma] = sets;
    // acme and gamma have byte-identical layers: one helm run; beta (no tenant file) is another.
    expect(stats.renders).toBe(2);
    expect(gamma?.hash).toBe(acme?.hash);
    expect(beta?.hash).not.toBe(acme?.hash);
    for (const set of sets) expect(set.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const acmeByHand = helmByHand(root, ['values.yaml', 'values/prod.yaml', 'values/prod/acme.yaml']);
    expect(ours(acme)).toEqual(expected(acmeByHand, 'web'));
    const betaByHand = helmByHand(root, ['values.yaml', 'values/prod.yaml']);
    expect(ours(beta)).toEqual(expected(betaByHand, 'web'));

    // What a user would check in the deploy branch: Helm's numbers and Helm's nulls.
    const deployment = find(acme, 'Deployment');
    expect(at(deployment, 'spec.replicas')).toBe(8);
    // The chart's default cpu and memory requests are removed; its `limits:` is null in the chart itself.
    expect(at(deployment, 'spec.template.spec.containers.0.resources')).toEqual({
      limits: null,
      requests: {},
    });
    expect(at(deployment, 'metadata.namespace')).toBe('web');
    expect(at(deployment, 'spec.template.metadata.annotations')).toMatchObject({
      acme: 'yes',
      mode: '420',
      // A null for a key only an earlier layer set stays null in Helm's merge of the -f files.
      fromBase: null,
    });
  });

  it('dev (no env file) differs from prod only where the layers say', async () => {
    const { root, snap } = await helmRepo('podinfo', PODINFO_FILES);
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'dev', tenant: 'beta' }, snapshot: snap },
    ]);
    expect(ours(sets[0])).toEqual(expected(helmByHand(root, ['values.yaml']), 'web'));
    const deployment = find(sets[0], 'Deployment');
    expect(at(deployment, 'spec.replicas')).toBe(2);
    expect(at(deployment, 'spec.template.spec.containers.0.resources')).toEqual({
      limits: null,
      requests: { cpu: '1m' },
    });
  });

  it('keeps a hook with the Argo CD annotations Argo CD maps it to, or drops it when the workload says so', async () => {
    const { snap } = await helmRepo('podinfo', PODINFO_FILES);
    const target = { workload: 'web', environment: 'dev', tenant: 'beta' };
    const kept = (await renderTargets([{ target, snapshot: snap }])).sets[0];
    const hook = find(kept, 'Job', 'web-podinfo-pre-install');
    expect(at(hook, 'metadata.annotations')).toMatchObject({
      'helm.sh/hook': 'pre-install',
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/hook-delete-policy': 'HookSucceeded,HookFailed',
    });

    const w = snap.workloads.get('web');
    if (!w) throw new Error('no workload');
    w.config.render = { hooks: 'drop' };
    const dropped = (await renderTargets([{ target, snapshot: snap }])).sets[0];
    expect(find(dropped, 'Job')).toBeUndefined();
    expect(dropped?.manifests.length).toBe((kept?.manifests.length ?? 0) - 1);
  });
});

describe('helm fidelity: ingress-nginx', () => {
  const files = {
    'workloads/web/workload.yaml':
      'apiVersion: gitopshq.io/v1\nkind: Workload\nname: web\nnamespace: web\nsource:\n  type: helm\n  chart: chart\nrender:\n  hooks: drop\n',
    'workloads/web/values.yaml':
      'controller:\n  autoscaling:\n    enabled: yes\n  podAnnotations:\n    a: ~\n',
    'workloads/web/values/prod.yaml':
      'controller:\n  autoscaling:\n    maxReplicas: 012\n  resources:\n    requests:\n      cpu: null\n',
  };

  it('drops its 7 admission-webhook hooks and otherwise equals helm template (cluster-scoped kinds get no namespace)', async () => {
    const { root, snap } = await helmRepo('ingress-nginx', files);
    const { sets } = await renderTargets([
      { target: { workload: 'web', environment: 'prod' }, snapshot: snap },
    ]);
    const [set] = sets;
    expect(set?.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const byHand = helmByHand(root, ['values.yaml', 'values/prod.yaml']);
    expect(docs(byHand).filter((o) => JSON.stringify(o).includes(HELM_HOOK))).toHaveLength(7);
    expect(ours(set)).toEqual(expected(byHand, 'web', 'drop'));
    expect(at(find(set, 'HorizontalPodAutoscaler'), 'spec.maxReplicas')).toBe(10);
    expect(at(find(set, 'Deployment'), 'spec.template.spec.containers.0.resources.requests')).toEqual({
      memory: '90Mi',
    });
    expect(at(find(set, 'ClusterRole'), 'metadata.namespace')).toBeUndefined();
    expect(at(find(set, 'IngressClass'), 'metadata.namespace')).toBeUndefined();
  });
});

describe('capabilities: render.apiVersions reaches helm as --api-versions', () => {
  const chart = {
    'workloads/web/chart/Chart.yaml': 'apiVersion: v2\nname: caps\nversion: 0.1.0\n',
    'workloads/web/chart/templates/sm.yaml':
      '{{- if .Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor" }}\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector: {}\n{{- end }}\n',
    'workloads/web/chart/templates/cm.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  policy: {{ ternary "v1" "none" (.Capabilities.APIVersions.Has "policy/v1") | quote }}\n',
    'workloads/web/workload.yaml':
      'apiVersion: gitopshq.io/v1\nkind: Workload\nname: web\nnamespace: web\nsource:\n  type: helm\n  chart: chart\n',
  };

  it('renders the ServiceMonitor where the environment serves it, as helm template --api-versions does', async () => {
    const root = tmpDir();
    const config = gitopshqYaml('  apiVersions: [monitoring.coreos.com/v1/ServiceMonitor]\n').replace(
      '  - name: dev\n',
      '  - name: dev\n    render:\n      apiVersions: []\n',
    );
    writeFiles(root, { 'gitopshq.yaml': config, ...chart });
    const snap = await loadRepo(root);
    const { sets } = await renderTargets(
      ['dev', 'prod'].map((environment) => ({ target: { workload: 'web', environment }, snapshot: snap })),
    );
    const [dev, prod] = sets;
    expect(find(dev, 'ServiceMonitor')).toBeUndefined();
    expect(at(find(prod, 'ServiceMonitor'), 'metadata.namespace')).toBe('web');
    expect(at(find(prod, 'ConfigMap'), 'data.policy')).toBe('v1');
    const byHand = execFileSync(
      'helm',
      [
        'template',
        'web',
        join(root, 'workloads/web/chart'),
        '--namespace',
        'web',
        '--kube-version',
        'v1.33.0',
        '--api-versions',
        'monitoring.coreos.com/v1/ServiceMonitor',
      ],
      { encoding: 'utf8' },
    );
    expect(ours(prod)).toEqual(expected(byHand, 'web'));
  });

  it('refuses an apiVersions entry that is not group/version[/Kind], at its line', async () => {
    const root = tmpDir();
    writeFiles(root, { 'gitopshq.yaml': gitopshqYaml('  apiVersions: ["monitoring v1"]\n'), ...chart });
    await expect(loadRepo(root)).rejects.toThrow(/gitopshq\.yaml:12:17: render\.apiVersions\[0\]/);
  });
});

describe('kustomize fidelity: podinfo kustomize base', () => {
  it('equals kubectl kustomize, with namespace-less objects placed in the workload namespace', async () => {
    const root = tmpDir();
    cpSync(join(FIXTURES, 'kustomize/podinfo'), join(root, 'workloads/web/base'), { recursive: true });
    writeFiles(root, {
      'gitopshq.yaml': gitopshqYaml(),
      'workloads/web/workload.yaml':
        'apiVersion: gitopshq.io/v1\nkind: Workload\nname: web\nnamespace: web\nsource:\n  type: kustomize\n',
      'workloads/web/overlays/prod/kustomization.yaml':
        'resources:\n  - ../../base\nimages:\n  - name: ghcr.io/stefanprodan/podinfo\n    newTag: 6.14.1\n',
      'workloads/web/overlays/dev/kustomization.yaml': 'namespace: elsewhere\nresources:\n  - ../../base\n',
    });
    const snap = await loadRepo(root);
    const { sets } = await renderTargets(
      ['prod', 'dev'].map((environment) => ({ target: { workload: 'web', environment }, snapshot: snap })),
    );
    const [prod, dev] = sets;
    expect(prod?.findings).toEqual([]);
    const byHand = execFileSync('kubectl', ['kustomize', join(root, 'workloads/web/overlays/prod')], {
      encoding: 'utf8',
    });
    expect(ours(prod)).toEqual(expected(byHand, 'web'));
    expect(prod?.manifests.map((m) => (m.object.metadata as { namespace?: string }).namespace)).toEqual([
      'web',
      'web',
      'web',
    ]);
    // An overlay that moves objects to another namespace is reported, once per object.
    expect(dev?.findings.map((f) => [f.rule, f.severity, f.resource]).sort()).toEqual([
      ['namespace', 'warning', 'Deployment/elsewhere/podinfo'],
      ['namespace', 'warning', 'HorizontalPodAutoscaler/elsewhere/podinfo'],
      ['namespace', 'warning', 'Service/elsewhere/podinfo'],
    ]);
  });
});
