import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKubeSchemaValidator } from '../../../src/render/kube-schema.js';
import { renderTargets } from '../../../src/render/planner.js';
import { allTargets } from '../../../src/render/targets.js';
import { formatRenderFinding, targetId } from '../../../src/render/types.js';
import { EXAMPLE_COMMIT_MESSAGE, exampleFiles, writeExampleRepo } from '../../../src/state/example-repo.js';
import { loadRepo, validateRepo } from '../../../src/state/repo.js';
import { tmpDir } from '../../helpers/tmp.js';

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.name === '.git'
      ? []
      : d.isDirectory()
        ? filesUnder(root, join(dir, d.name))
        : [relative(root, join(dir, d.name)).split('\\').join('/')],
  );
}

describe('writeExampleRepo', () => {
  it('writes exactly the example files, byte for byte, and they pass validateRepo', async () => {
    const dir = tmpDir();
    await writeExampleRepo(dir);
    expect(filesUnder(dir).sort()).toEqual([...exampleFiles().keys()].sort());
    for (const [path, text] of exampleFiles()) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
    expect(await validateRepo(dir)).toEqual([]);
  });

  it('with git: one commit on main holding every file, nothing left uncommitted', async () => {
    const dir = tmpDir();
    await writeExampleRepo(dir, { git: true });
    // Plain execFileSync, not the Git adapter: its unguarded stdin can raise EPIPE when git exits first.
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    expect(git('symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    expect(git('log', '--format=%s').trim()).toBe(EXAMPLE_COMMIT_MESSAGE);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n').sort()).toEqual(
      [...exampleFiles().keys()].sort(),
    );
  });

  it('never overwrites a file that is already there', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'gitopshq.yaml'), 'mine\n');
    await expect(writeExampleRepo(dir)).rejects.toThrow(/EEXIST/);
    expect(readFileSync(join(dir, 'gitopshq.yaml'), 'utf8')).toBe('mine\n');
  });

  it('matches what the brief promises a first-time reader', async () => {
    const dir = tmpDir();
    await writeExampleRepo(dir);
    const repo = await loadRepo(dir);
    const [dev, staging, prod] = repo.config.environments;
    expect(dev).toMatchObject({ name: 'dev', approvals: { required: 0 }, deploy: { autoMerge: true } });
    expect(staging).toMatchObject({ name: 'staging', approvals: { required: 1, teams: ['platform'] } });
    expect(prod).toMatchObject({
      name: 'prod',
      approvals: { required: 2, teams: ['sre'], allowSelfApproval: false, dismissStaleApprovals: true },
    });
    expect(
      repo.config.freezes.every((f) => f.environments.join() === 'prod' && f.timezone === 'Europe/Berlin'),
    ).toBe(true);
    expect(repo.config.render.policies).toEqual({
      forbidLatestTag: true,
      requireResourceLimits: true,
      forbidPrivileged: true,
    });
    expect(repo.workloads.get('payment-api')?.config.tenants).toEqual(['canary', 'acme', 'globex']);
    expect(repo.workloads.get('checkout-web')?.config.tenants).toEqual(['acme', 'globex']);
    expect(exampleFiles().get('.github/CODEOWNERS')).toContain('workloads/payment-api/ @acme/platform\n');
    expect(exampleFiles().get('README.md')?.split('\n').length).toBeLessThanOrEqual(12);
  });

  it('renders every target (templates and real helm) with no finding, no latest tag and limits everywhere', async () => {
    const dir = tmpDir();
    await writeExampleRepo(dir);
    const snapshot = await loadRepo(dir);
    const targets = allTargets(snapshot);
    expect(targets.map(targetId).sort()).toEqual(
      [
        ...['dev', 'staging', 'prod'].flatMap((e) =>
          ['canary', 'acme', 'globex'].map((t) => `payment-api/${e}/${t}`),
        ),
        ...['dev', 'staging', 'prod'].flatMap((e) => ['acme', 'globex'].map((t) => `checkout-web/${e}/${t}`)),
      ].sort(),
    );
    const { sets } = await renderTargets(
      targets.map((target) => ({ target, snapshot })),
      { kubeSchema: createKubeSchemaValidator() },
    );
    expect(sets.flatMap((s) => s.findings).map(formatRenderFinding)).toEqual([]);
    for (const set of sets) {
      const kinds = set.manifests.map((m) => m.object.kind).sort();
      expect(kinds).toEqual(
        set.target.workload === 'payment-api'
          ? ['ConfigMap', 'Deployment', 'Service']
          : ['Deployment', 'Service'],
      );
    }
    const acmeProd = sets.find((s) => targetId(s.target) === 'payment-api/prod/acme')!;
    expect(acmeProd.yaml).toContain('replicas: 5');
    expect(acmeProd.yaml).toContain('image: ghcr.io/acme/payment-api:1.4.1');
    expect(acmeProd.yaml).toContain('PAYMENT_PROVIDER_ACCOUNT: acme-prod');
  });
});
