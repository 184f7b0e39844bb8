// Which files of a pull request that changes no workload folder still reach an environment, read from a real
// repository on disk (`gitopshq init`'s example, its payment-api templates moved to a folder outside workloads/, as
// teams share a chart): a file the render reads is judged by the environments it renders in; docs reach none.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { loadRepo } from '../../../src/state/repo.js';
import { gateScope, nonReleaseOf } from '../../../src/usecases/approve-gate-scope.js';
import { tmpDir } from '../../helpers/tmp.js';

async function sharedTemplatesRepo() {
  const root = tmpDir('gate-rendered-');
  await writeExampleRepo(root);
  mkdirSync(join(root, 'shared'));
  renameSync(join(root, 'workloads/payment-api/templates'), join(root, 'shared/templates'));
  const workload = join(root, 'workloads/payment-api/workload.yaml');
  const text = readFileSync(workload, 'utf8');
  const moved = text.replace('  path: templates\n', '  path: ../../shared/templates\n');
  expect(moved).not.toBe(text);
  writeFileSync(workload, moved);
  return loadRepo(root);
}

describe('approve-gate scope of files outside workloads/ (real repository on disk)', () => {
  it('a shared template folder is read by every environment payment-api runs in; docs beside it by none', async () => {
    const snap = await sharedTemplatesRepo();
    const scope = await gateScope(
      { prefix: '', files: ['shared/templates/service.yaml', 'README.md', 'docs/runbook.md'] },
      snap,
      snap,
    );
    expect(scope).toMatchObject({ policyFiles: [], clusterFiles: [], reach: [] });
    expect(scope.rendered.files).toEqual(['shared/templates/service.yaml']);
    expect(scope.rendered.environments.sort()).toEqual(['dev', 'prod', 'staging']);
    expect(nonReleaseOf(scope, snap.config)).toEqual({
      kind: 'shared',
      files: ['shared/templates/service.yaml'],
      environments: ['dev', 'staging', 'prod'],
    });

    const docs = await gateScope({ prefix: '', files: ['README.md', 'docs/runbook.md'] }, snap, snap);
    expect(nonReleaseOf(docs, snap.config)).toEqual({ kind: 'nothing-deployable' });

    // The GitOps repository in a folder of a larger one: paths are read relative to it; the rest is not deployed.
    const nested = await gateScope(
      {
        prefix: 'gitops/',
        files: ['gitops/shared/templates/service.yaml', 'shared/templates/service.yaml', 'src/main.go'],
      },
      snap,
      snap,
    );
    expect(nested.rendered.files).toEqual(['shared/templates/service.yaml']);
    const outside = await gateScope(
      { prefix: 'gitops/', files: ['shared/templates/service.yaml', 'clusters/a.yaml'] },
      snap,
      snap,
    );
    expect(nonReleaseOf(outside, snap.config)).toEqual({ kind: 'nothing-deployable' });
  });

  it('clusters/ and .github/ are policy-like whatever a render reads; a workload change is a release', async () => {
    const snap = await sharedTemplatesRepo();
    const scope = await gateScope(
      { prefix: '', files: ['clusters/argocd/prod.yaml', '.github/workflows/gitopshq-approve.yml'] },
      snap,
      snap,
    );
    expect(scope).toMatchObject({
      policyFiles: ['.github/workflows/gitopshq-approve.yml'],
      clusterFiles: ['clusters/argocd/prod.yaml'],
      rendered: { files: [], environments: [] },
    });
    expect(nonReleaseOf(scope, snap.config)).toMatchObject({
      kind: 'policy',
      environments: ['dev', 'staging', 'prod'],
    });
    const release = await gateScope(
      { prefix: '', files: ['workloads/payment-api/values/dev.yaml'] },
      snap,
      snap,
    );
    expect(nonReleaseOf(release, snap.config)).toBeUndefined();
  });
});
