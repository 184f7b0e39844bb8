// What a release pull request reaches: the policy files among its changes, and the environments its workload files
// change. A shared layer (base values, chart, templates, workload.yaml beyond a chart version, a Kustomize base)
// reaches every environment the workload runs in, before or after the change.
import { describe, expect, it } from 'vitest';
import type { GitopshqConfig, WorkloadConfig } from '../../../src/domain/model.js';
import {
  clusterFilesIn,
  nonReleaseChange,
  policyFilesIn,
  workloadReach,
} from '../../../src/domain/release-scope.js';
import type { LoadedWorkload, RepoSnapshot } from '../../../src/domain/repo-snapshot.js';

type Snap = Pick<RepoSnapshot, 'config' | 'workloads'>;

const CONFIG = { environments: [{ name: 'dev' }, { name: 'staging' }, { name: 'prod' }] } as GitopshqConfig;

function snap(workloads: Record<string, Partial<WorkloadConfig>>): Snap {
  return {
    config: CONFIG,
    workloads: new Map(
      Object.entries(workloads).map(([name, c]) => [
        name,
        {
          config: { name, environments: ['dev', 'staging', 'prod'], tenants: [], ...c } as WorkloadConfig,
          dir: `/r/workloads/${name}`,
          values: { base: {}, environments: {}, tenants: {} },
        } satisfies LoadedWorkload,
      ]),
    ),
  };
}

const TEMPLATE = { source: { type: 'template' as const, path: 'templates' } };
const HELM = (versions: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  source: {
    type: 'helm' as const,
    chart: 'api',
    repository: 'https://charts.example',
    version: '1.0.0',
    versions,
  },
  ...extra,
});
const KUSTOMIZE = {
  source: { type: 'kustomize' as const, overlay: 'overlays/{env}', overlays: { prod: 'deploy/production' } },
};

describe('policyFilesIn', () => {
  it.each([
    [['gitopshq.yaml'], '', ['gitopshq.yaml']],
    [
      ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'],
      '',
      ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'],
    ],
    [
      ['.github/workflows/gitopshq-approve.yml', '.github/dependabot.yml'],
      '',
      ['.github/dependabot.yml', '.github/workflows/gitopshq-approve.yml'],
    ],
    // The GitOps repository in a folder: its gitopshq.yaml is there; CODEOWNERS and .github/ stay at the root.
    [['gitops/gitopshq.yaml', 'gitops/workloads/api/values/dev.yaml'], 'gitops/', ['gitops/gitopshq.yaml']],
    [['gitopshq.yaml'], 'gitops/', []],
    [['gitops/.github/notes.md', 'gitops/CODEOWNERS'], 'gitops/', []],
    // Case does not hide a policy file (refusing too much is safe).
    [['GitopsHQ.yaml', '.GitHub/workflows/x.yml'], '', ['.GitHub/workflows/x.yml', 'GitopsHQ.yaml']],
    [['workloads/api/values/dev.yaml', 'README.md', 'docs/runbook.md', 'clusters/argocd/apps.yaml'], '', []],
  ])('%j under %j: %j', (files, prefix, expected) => {
    expect(policyFilesIn(files, prefix)).toEqual(expected);
  });
});

describe('workloadReach', () => {
  const base = snap({ api: TEMPLATE });
  it.each([
    // Each environment's layers are its own.
    [['workloads/api/values/dev.yaml'], [], ['dev']],
    [['workloads/api/values/prod/acme.yaml', 'workloads/api/values/prod.yaml'], [], ['prod']],
    [['workloads/api/values/prod.yaml', 'workloads/api/values/dev.yaml'], [], ['dev', 'prod']],
    // Shared layers reach every environment, in gitopshq.yaml order.
    [['workloads/api/values.yaml'], ['workloads/api/values.yaml'], ['dev', 'staging', 'prod']],
    [
      ['workloads/api/values/dev.yaml', 'workloads/api/templates/deployment.yaml'],
      ['workloads/api/templates/deployment.yaml'],
      ['dev', 'staging', 'prod'],
    ],
    [['workloads/api/workload.yaml'], ['workloads/api/workload.yaml'], ['dev', 'staging', 'prod']],
    // Not a values layer by its shape: shared (fail closed).
    [['workloads/api/values/dev.yml'], ['workloads/api/values/dev.yml'], ['dev', 'staging', 'prod']],
    [
      ['workloads/api/values/dev/acme/x.yaml'],
      ['workloads/api/values/dev/acme/x.yaml'],
      ['dev', 'staging', 'prod'],
    ],
  ])('%j: shared %j, reaches %j', (files, shared, environments) => {
    expect(workloadReach(files, base, base)).toEqual([{ workload: 'api', shared, environments }]);
  });

  it('ignores files outside workloads/, and names each workload touched', () => {
    const two = snap({ api: TEMPLATE, web: TEMPLATE });
    expect(workloadReach(['gitopshq.yaml', 'README.md'], two, two)).toEqual([]);
    expect(
      workloadReach(['workloads/api/values/dev.yaml', 'workloads/web/values.yaml'], two, two).map((r) => [
        r.workload,
        r.environments,
      ]),
    ).toEqual([
      ['api', ['dev']],
      ['web', ['dev', 'staging', 'prod']],
    ]);
  });

  it('a shared layer of a workload that runs in some environments reaches those, and one it joins or leaves', () => {
    const before = snap({ api: { ...TEMPLATE, environments: ['dev', 'staging'] } });
    const after = snap({ api: { ...TEMPLATE, environments: ['dev', 'prod'] } });
    expect(workloadReach(['workloads/api/values.yaml'], before, before)[0]?.environments).toEqual([
      'dev',
      'staging',
    ]);
    expect(workloadReach(['workloads/api/workload.yaml'], before, after)[0]?.environments).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
  });

  it('workload.yaml changing only per-environment chart versions (a chart upgrade) reaches those environments', () => {
    const before = snap({ api: HELM({ prod: '1.0.0' }) });
    expect(
      workloadReach(
        ['workloads/api/workload.yaml'],
        before,
        snap({ api: HELM({ prod: '1.0.0', dev: '1.1.0' }) }),
      ),
    ).toEqual([{ workload: 'api', shared: [], environments: ['dev'] }]);
    expect(
      workloadReach(['workloads/api/workload.yaml'], before, snap({ api: HELM({ prod: '1.1.0' }) }))[0],
    ).toMatchObject({ shared: [], environments: ['prod'] });
    // The default version is every environment's without an override: shared.
    const defaultMoved = snap({
      api: { ...HELM({ prod: '1.0.0' }), source: { ...HELM({ prod: '1.0.0' }).source, version: '2.0.0' } },
    });
    expect(workloadReach(['workloads/api/workload.yaml'], before, defaultMoved)[0]).toMatchObject({
      shared: ['workloads/api/workload.yaml'],
      environments: ['dev', 'staging', 'prod'],
    });
    // A version and anything else (here the namespace): shared.
    const more = snap({ api: HELM({ prod: '1.0.0', dev: '1.1.0' }, { namespace: 'other' }) });
    expect(workloadReach(['workloads/api/workload.yaml'], before, more)[0]?.environments).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
    // Nothing the gate can see changed (a comment): shared, as it cannot tell.
    expect(workloadReach(['workloads/api/workload.yaml'], before, before)[0]?.shared).toEqual([
      'workloads/api/workload.yaml',
    ]);
    // A new workload: its workload.yaml reaches everywhere it runs.
    expect(workloadReach(['workloads/api/workload.yaml'], snap({}), before)[0]?.environments).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
  });

  it('a Kustomize overlay belongs to its environment (named by pattern or by overlays); the base is shared', () => {
    const k = snap({ api: KUSTOMIZE });
    const reach = (file: string) => workloadReach([file], k, k)[0];
    expect(reach('workloads/api/overlays/dev/kustomization.yaml')).toMatchObject({
      shared: [],
      environments: ['dev'],
    });
    expect(reach('workloads/api/deploy/production/patch.yaml')).toMatchObject({
      shared: [],
      environments: ['prod'],
    });
    // prod's overlay is deploy/production: overlays/prod is no overlay of anyone's.
    expect(reach('workloads/api/overlays/prod/kustomization.yaml')?.environments).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
    expect(reach('workloads/api/base/deployment.yaml')?.environments).toEqual(['dev', 'staging', 'prod']);
  });
});

describe('clusterFilesIn', () => {
  it.each([
    [
      ['clusters/argocd/prod.yaml', 'clusters/flux/dev.yaml', 'README.md'],
      '',
      ['clusters/argocd/prod.yaml', 'clusters/flux/dev.yaml'],
    ],
    // At the GitOps repository's folder only; a clusters/ elsewhere is somebody else's.
    [
      ['gitops/clusters/argocd/prod.yaml', 'clusters/x.yaml'],
      'gitops/',
      ['gitops/clusters/argocd/prod.yaml'],
    ],
    [['Clusters/Flux/prod.yaml'], '', ['Clusters/Flux/prod.yaml']],
    [['workloads/api/clusters/x.yaml', 'docs/clusters.md', 'clustersx/a.yaml'], '', []],
  ])('%j under %j: %j', (files, prefix, expected) => {
    expect(clusterFilesIn(files, prefix)).toEqual(expected);
  });
});

describe('nonReleaseChange', () => {
  const ORDER = ['dev', 'staging', 'prod'];
  const none = { policyFiles: [], clusterFiles: [], renderedFiles: [], renderedEnvironments: [] };

  it('docs and files no render reads: nothing deployable, judged by no policy', () => {
    expect(nonReleaseChange(none, ORDER)).toEqual({ kind: 'nothing-deployable' });
  });

  it('a policy file is judged by every environment, whatever else it changes', () => {
    expect(
      nonReleaseChange(
        { ...none, policyFiles: ['gitopshq.yaml'], clusterFiles: ['clusters/flux/dev.yaml'] },
        ORDER,
      ),
    ).toEqual({
      kind: 'policy',
      files: ['gitopshq.yaml', 'clusters/flux/dev.yaml'],
      environments: ['dev', 'staging', 'prod'],
    });
  });

  it("a clusters/ file of one environment is still every environment's business (its destinations can point anywhere)", () => {
    expect(nonReleaseChange({ ...none, clusterFiles: ['clusters/argocd/dev.yaml'] }, ORDER)).toMatchObject({
      kind: 'clusters',
      environments: ['dev', 'staging', 'prod'],
    });
  });

  it('a shared chart outside workloads/ is judged by the environments whose renders read it, in promotion order', () => {
    expect(
      nonReleaseChange(
        { ...none, renderedFiles: ['charts/common/values.yaml'], renderedEnvironments: ['prod', 'dev'] },
        ORDER,
      ),
    ).toEqual({ kind: 'shared', files: ['charts/common/values.yaml'], environments: ['dev', 'prod'] });
  });

  it('no environment at all: nothing deploys and no policy could judge it', () => {
    expect(nonReleaseChange({ ...none, policyFiles: ['gitopshq.yaml'] }, [])).toEqual({
      kind: 'nothing-deployable',
    });
  });
});
