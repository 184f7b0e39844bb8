import { describe, expect, it } from 'vitest';
import { affectedTargets, type ReadsOf, staticReads } from '../../../src/render/affected.js';
import { targetId } from '../../../src/render/types.js';
import { config, snapshot, workload } from '../../integration/render/fixtures.js';

const ROOT = '/repo';
const snap = snapshot(ROOT, config(['dev', 'staging', 'prod']), [
  workload(ROOT, {
    name: 'web',
    source: { type: 'template', path: 'templates' },
    tenants: ['acme', 'globex'],
  }),
  workload(ROOT, {
    name: 'api',
    source: { type: 'helm', chart: '../../charts/service', versions: {} },
    environments: ['dev', 'prod'],
  }),
  workload(ROOT, { name: 'cache', source: { type: 'kustomize', overlay: 'overlays/{env}' } }),
  workload(ROOT, {
    name: 'ext',
    source: { type: 'helm', chart: 'oci://registry.example.com/charts/ext', version: '1.0.0', versions: {} },
  }),
]);

const ids = (paths: string[], snaps = [snap]) => affectedTargets(paths, snaps).map(targetId);

const WEB_ALL = [
  'web/dev/acme',
  'web/dev/globex',
  'web/staging/acme',
  'web/staging/globex',
  'web/prod/acme',
  'web/prod/globex',
];

describe('affectedTargets', () => {
  it.each([
    ['a tenant values file: one target', ['workloads/web/values/prod/acme.yaml'], ['web/prod/acme']],
    [
      'an environment values file: that environment',
      ['workloads/web/values/staging.yaml'],
      ['web/staging/acme', 'web/staging/globex'],
    ],
    ['base values: every target of the workload', ['workloads/web/values.yaml'], WEB_ALL],
    ['workload.yaml: every target', ['workloads/web/workload.yaml'], WEB_ALL],
    ['a template: every target', ['workloads/web/templates/deployment.yaml'], WEB_ALL],
    [
      'a shared chart outside the workload folder',
      ['charts/service/templates/svc.yaml'],
      ['api/dev', 'api/prod'],
    ],
    ['an environment the workload does not run in', ['workloads/api/values/staging.yaml'], []],
    [
      'a kustomize overlay: its environment only',
      ['workloads/cache/overlays/prod/patch.yaml'],
      ['cache/prod'],
    ],
    [
      'the kustomize base: every environment',
      ['workloads/cache/base/deployment.yaml'],
      ['cache/dev', 'cache/staging', 'cache/prod'],
    ],
    ['an OCI chart workload file', ['workloads/ext/values/dev.yaml'], ['ext/dev']],
    ['a README: nothing', ['README.md', 'docs/x.md'], []],
    ['a file of another workload: only that one', ['workloads/unknown/values.yaml'], []],
    [
      'windows separators and ./ are normalised',
      ['./workloads\\web\\values\\dev\\globex.yaml'],
      ['web/dev/globex'],
    ],
  ])('%s', (_name, paths, expected) => {
    expect(ids(paths)).toEqual(expected);
  });

  it('gitopshq.yaml affects every target of every workload, sorted by workload, environment order, tenant', () => {
    expect(ids(['gitopshq.yaml'])).toEqual([
      'api/dev',
      'api/prod',
      'cache/dev',
      'cache/staging',
      'cache/prod',
      'ext/dev',
      'ext/staging',
      'ext/prod',
      ...WEB_ALL,
    ]);
  });

  it('several paths give the union, without repeats', () => {
    expect(
      ids([
        'workloads/web/values/prod/acme.yaml',
        'workloads/web/values/prod.yaml',
        'workloads/api/values/dev.yaml',
      ]),
    ).toEqual(['api/dev', 'web/prod/acme', 'web/prod/globex']);
  });

  it('a target only in the base snapshot (a removed tenant) is still affected', () => {
    const head = snapshot(ROOT, config(['dev', 'staging', 'prod']), [
      workload(ROOT, { name: 'web', source: { type: 'template', path: 'templates' }, tenants: ['acme'] }),
    ]);
    expect(ids(['workloads/web/workload.yaml'], [snap, head])).toEqual(WEB_ALL);
    expect(ids(['workloads/web/workload.yaml'], [head])).toEqual([
      'web/dev/acme',
      'web/staging/acme',
      'web/prod/acme',
    ]);
  });
});

describe('affectedTargets with what each workload reads (workload-reads.ts follows it on disk)', () => {
  const reads: ReadsOf = (_snap, w) =>
    w.config.name === 'cache'
      ? {
          all: [],
          byEnv: {
            dev: ['workloads/cache/overlays/dev', 'shared/base', 'shared/base/deployment.yaml'],
            staging: ['workloads/cache/overlays/staging', 'shared/base'],
            prod: ['workloads/cache/overlays/prod', 'shared/base', 'shared/components/hpa'],
          },
        }
      : w.config.name === 'api'
        ? { all: ['charts/service', 'charts/common', 'charts/common/templates/_labels.tpl'], byEnv: {} }
        : staticReads(_snap, w);
  const with_ = (paths: string[]) => affectedTargets(paths, [snap], reads).map(targetId);

  it.each([
    [
      'a shared kustomize base: every environment using it',
      ['shared/base/deployment.yaml'],
      ['cache/dev', 'cache/staging', 'cache/prod'],
    ],
    ['a component only prod uses: prod', ['shared/components/hpa/hpa.yaml'], ['cache/prod']],
    [
      'a file:// chart dependency: every target of the chart',
      ['charts/common/templates/_labels.tpl'],
      ['api/dev', 'api/prod'],
    ],
    [
      'a file in the workload folder no render names: every target, to be safe',
      ['workloads/cache/notes.txt'],
      ['cache/dev', 'cache/staging', 'cache/prod'],
    ],
    ['a shared folder nothing reads: nothing', ['shared/unused/x.yaml'], []],
  ])('%s', (_name, paths, expected) => {
    expect(with_(paths)).toEqual(expected);
  });

  it('without followed reads, a shared base affects nothing (what the old code did)', () => {
    expect(ids(['shared/base/deployment.yaml'])).toEqual([]);
  });
});
