// A change outside the workload folder that alters a render (a shared Kustomize base, a chart's file://
// dependency) shows every target it affects in `gitopshq diff`: never "0 targets affected" for a changed render.

import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { tmpDir } from '../../helpers/tmp.js';
import { writeFiles } from './fixtures.js';

async function run(repo: string, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main([...argv, '--repo', repo], {
    stdout: (t) => {
      out += `${t}\n`;
    },
    stderr: (t) => {
      err += `${t}\n`;
    },
  });
  return { code, out, err };
}

interface DiffJson {
  changedFiles: string[];
  totals: { targets: number; changedTargets: number };
  targets: { id: string; status: string }[];
}

const deployment = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: podinfo\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: podinfo}\n  template:\n    metadata:\n      labels: {app: podinfo}\n    spec:\n      containers:\n        - name: podinfo\n          image: ghcr.io/stefanprodan/podinfo:6.7.0\n          resources:\n            limits: {cpu: 100m, memory: 64Mi}\n`;

async function repoWith(files: Record<string, string>) {
  const repo = tmpDir();
  await writeExampleRepo(repo, { git: true });
  writeFiles(repo, files);
  const git = new Git(repo);
  await git.addAll();
  await git.commit('shared inputs');
  await git.exec(['checkout', '-q', '-b', 'change']);
  return { repo, git };
}

describe('gitopshq diff follows what a render reads outside the workload folder', () => {
  it('a shared Kustomize base (reached through an overlay and a component) affects every overlay using it', async () => {
    const { repo, git } = await repoWith({
      'shared/podinfo-base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'shared/podinfo-base/deployment.yaml': deployment(1),
      'shared/labels/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs: {team: web}\n',
      'workloads/podinfo/workload.yaml':
        'apiVersion: gitopshq.io/v1\nkind: Workload\nname: podinfo\nnamespace: podinfo\nsource:\n  type: kustomize\nenvironments: [dev, prod]\n',
      'workloads/podinfo/overlays/dev/kustomization.yaml':
        'namespace: podinfo\nresources:\n  - ../../../../shared/podinfo-base\n',
      'workloads/podinfo/overlays/prod/kustomization.yaml':
        'namespace: podinfo\nresources:\n  - ../../../../shared/podinfo-base\ncomponents:\n  - ../../../../shared/labels\n',
    });
    writeFiles(repo, { 'shared/podinfo-base/deployment.yaml': deployment(2) });
    await git.addAll();
    await git.commit('two replicas everywhere');
    const r = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--output', 'json');
    expect(r.err).toBe('');
    const body = JSON.parse(r.out) as DiffJson;
    expect(body.changedFiles).toEqual(['shared/podinfo-base/deployment.yaml']);
    expect(body.targets.map((t) => [t.id, t.status])).toEqual([
      ['podinfo/dev', 'changed'],
      ['podinfo/prod', 'changed'],
    ]);

    // A component only prod uses: only prod.
    writeFiles(repo, {
      'shared/labels/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nlabels:\n  - pairs: {team: platform}\n',
    });
    await git.addAll();
    await git.commit('relabel');
    const c = await run(repo, 'diff', '--base', 'HEAD~1', '--head', 'HEAD');
    expect(c.out).toContain('podinfo/prod: changed');
    expect(c.out).toContain('1 target affected, 1 changed');
  });

  it("a chart's file:// dependency (vendored as a link in charts/) affects every target of the chart", async () => {
    const { repo, git } = await repoWith({
      'shared/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 0.1.0\n',
      'shared/common/templates/configmap.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: common\ndata:\n  level: info\n',
      'workloads/checkout-web/chart/Chart.yaml':
        'apiVersion: v2\nname: checkout-web\nversion: 1.0.0\ndependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../../../shared/common\n',
    });
    // Helm reads dependencies from charts/; the usual way to vendor a file:// one in git is a link.
    mkdirSync(join(repo, 'workloads/checkout-web/chart/charts'));
    symlinkSync('../../../../shared/common', join(repo, 'workloads/checkout-web/chart/charts/common'));
    await git.addAll();
    await git.commit('vendor common');
    const before = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--output', 'json');
    expect(before.err).toBe('');

    writeFiles(repo, {
      'shared/common/templates/configmap.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: common\ndata:\n  level: debug\n',
    });
    await git.addAll();
    await git.commit('debug logging');
    const r = await run(repo, 'diff', '--base', 'HEAD~1', '--head', 'HEAD', '--output', 'json');
    expect(r.err).toBe('');
    const body = JSON.parse(r.out) as DiffJson;
    expect(body.changedFiles).toEqual(['shared/common/templates/configmap.yaml']);
    const ids = body.targets.map((t) => t.id);
    expect(ids).toHaveLength(6); // checkout-web: 3 environments x 2 tenants
    expect(ids.every((id) => id.startsWith('checkout-web/'))).toBe(true);
    expect(body.targets.every((t) => t.status === 'changed')).toBe(true);
    expect(body.totals).toMatchObject({ targets: 6, changedTargets: 6 });
  });
});
