// A Kustomize workload is released through `gitopshq set` (the path create-release takes): the overlay's
// kustomization changes as `kustomize edit set image` would, byte for byte elsewhere, and `gitopshq render` (the real
// kubectl kustomize) shows the new tag. The base is podinfo's own (test/fixtures/kustomize/podinfo, Apache-2.0);
// the overlays are written here.
import { cpSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { tmpDir } from '../../helpers/tmp.js';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'kustomize', 'podinfo');
const PROD = 'workloads/podinfo/overlays/production/kustomization.yaml';
const DEV = 'workloads/podinfo/overlays/dev/kustomization.yaml';

const WORKLOAD = `apiVersion: gitopshq.io/v1
kind: Workload
name: podinfo
namespace: podinfo
source:
  type: kustomize
  overlays:
    prod: overlays/production   # podinfo names its folder for prod this way
environments: [dev, prod]
`;

const PROD_OVERLAY = `# production: pinned image, three replicas
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: podinfo
resources:
  - ../../base   # podinfo's own base
images:
  - name: ghcr.io/stefanprodan/podinfo
    newTag: 6.14.0   # what prod runs today
replicas:
  - name: podinfo
    count: 3
`;

const DEV_OVERLAY = `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: podinfo
resources:
  - ../../base
`;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function repoWithPodinfo(workload = WORKLOAD, git = false): Promise<string> {
  const dir = join(tmpDir(), 'gitops');
  expect((await run('init', dir, ...(git ? [] : ['--no-git']))).code).toBe(0);
  cpSync(FIXTURE, join(dir, 'workloads/podinfo/base'), { recursive: true });
  const files: Record<string, string> = {
    'workloads/podinfo/workload.yaml': workload,
    [PROD]: PROD_OVERLAY,
    [DEV]: DEV_OVERLAY,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function deployment(yaml: string): { image: string; replicas: number } {
  const docs = parseAllDocuments(yaml).map((d) => d.toJS() as Record<string, never>);
  const d = docs.find((x) => (x as { kind?: string }).kind === 'Deployment') as unknown as {
    spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
  };
  return { image: d.spec.template.spec.containers[0]!.image, replicas: d.spec.replicas };
}

describe('releasing a Kustomize workload with gitopshq set', () => {
  it('edits the mapped overlay as kustomize edit set image does, and render shows the new tag', async () => {
    const dir = await repoWithPodinfo();
    expect(await run('validate', '--repo', dir)).toMatchObject({ code: 0 });
    const before = await run('render', 'podinfo', '--env', 'prod', '--repo', dir);
    expect(before.code).toBe(0);
    expect(deployment(before.out)).toEqual({ image: 'ghcr.io/stefanprodan/podinfo:6.14.0', replicas: 3 });

    const set = await run('set', 'podinfo', 'prod', 'image.tag=6.14.1', '--repo', dir);
    expect(set).toEqual({ code: 0, out: `updated ${PROD}\n  image.tag=6.14.1`, err: '' });
    // One line changed; its comment, and every other byte, kept.
    expect(readFileSync(join(dir, PROD), 'utf8')).toBe(
      PROD_OVERLAY.replace('newTag: 6.14.0   # what', 'newTag: 6.14.1   # what'),
    );
    const after = await run('render', 'podinfo', '--env', 'prod', '--repo', dir);
    expect(after.code).toBe(0);
    expect(deployment(after.out)).toEqual({ image: 'ghcr.io/stefanprodan/podinfo:6.14.1', replicas: 3 });
    // dev's overlay lists no images: it renders the base's own tag, untouched by prod's release.
    const dev = await run('render', 'podinfo', '--env', 'dev', '--repo', dir);
    expect(deployment(dev.out).image).toBe('ghcr.io/stefanprodan/podinfo:6.14.1');
    expect(readFileSync(join(dir, DEV), 'utf8')).toBe(DEV_OVERLAY);
  });

  it('adds an images entry by name, sets replicas, and reports values with their written type', async () => {
    const dir = await repoWithPodinfo();
    const r = await run(
      'set',
      'podinfo',
      'dev',
      'images["ghcr.io/stefanprodan/podinfo"]=registry.local/podinfo:6.15.0-rc.1',
      'replicas.podinfo=1',
      '--repo',
      dir,
      '--output',
      'json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      file: DEV,
      created: false,
      changed: true,
      updates: [
        {
          path: 'images["ghcr.io/stefanprodan/podinfo"]',
          value: { newName: 'registry.local/podinfo', newTag: '6.15.0-rc.1' },
        },
        { path: 'replicas.podinfo', value: 1 },
      ],
    });
    expect(readFileSync(join(dir, DEV), 'utf8')).toBe(
      `${DEV_OVERLAY}images:\n  - name: ghcr.io/stefanprodan/podinfo\n    newName: registry.local/podinfo\n    newTag: 6.15.0-rc.1\nreplicas:\n  - name: podinfo\n    count: 1\n`,
    );
    const dev = await run('render', 'podinfo', '--env', 'dev', '--repo', dir);
    expect(deployment(dev.out)).toEqual({ image: 'registry.local/podinfo:6.15.0-rc.1', replicas: 1 });
  });

  it('gitopshq diff of the release shows the prod target (mapped overlay) with the new image, and only it', async () => {
    const dir = await repoWithPodinfo(WORKLOAD, true);
    const git = new Git(dir);
    await git.exec(['add', '-A']);
    await git.exec(['commit', '-q', '-m', 'podinfo']);
    await git.exec(['checkout', '-q', '-b', 'release']);
    expect((await run('set', 'podinfo', 'prod', 'image.tag=6.14.1', '--repo', dir)).code).toBe(0);
    await git.exec(['commit', '-q', '-am', 'podinfo 6.14.1 in prod']);
    const r = await run('diff', '--base', 'main', '--head', 'release', '--repo', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('podinfo/prod: changed (+0 added, ~1 changed, -0 removed)');
    expect(r.out).toContain('-          image: ghcr.io/stefanprodan/podinfo:6.14.0');
    expect(r.out).toContain('+          image: ghcr.io/stefanprodan/podinfo:6.14.1');
    expect(r.out).not.toContain('podinfo/dev');
  });

  it.each([
    [
      ['resources.limits.cpu=1'],
      `cannot set resources.limits.cpu in ${PROD}: a Kustomize workload is released through its overlay's images: and replicas: only`,
    ],
    [['image.tag=6.14.1', '--tenant', 'acme'], "workload 'podinfo' has no tenants: drop --tenant"],
    [['images.ghcr.io/stefanprodan/podinfo.newTag=1'], 'an image name with dots is quoted in the path'],
  ])('refuses %j with exit 2, writing nothing', async (args, message) => {
    const dir = await repoWithPodinfo();
    const r = await run('set', 'podinfo', 'prod', ...args, '--repo', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(readFileSync(join(dir, PROD), 'utf8')).toBe(PROD_OVERLAY);
  });

  it('refuses a kustomization that is a symlink out of the repository, never copying its content in', async () => {
    const dir = await repoWithPodinfo();
    const outside = join(tmpDir(), 'outside.yaml');
    writeFileSync(outside, `${PROD_OVERLAY}# outside-secret\n`);
    rmSync(join(dir, PROD));
    symlinkSync(outside, join(dir, PROD));
    const r = await run('set', 'podinfo', 'prod', 'image.tag=6.14.1', '--repo', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `gitopshq set: ${PROD} is a symbolic link to a path outside the repository: the file is not read; replace the link with the file itself, inside the repository`,
    );
    expect(lstatSync(join(dir, PROD)).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe(`${PROD_OVERLAY}# outside-secret\n`);
  });

  it('the shorthand image.tag on an overlay without one image is an error at images:', async () => {
    const dir = await repoWithPodinfo();
    const r = await run('set', 'podinfo', 'dev', 'image.tag=1.0.0', '--repo', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `gitopshq set: ${DEV}:1:1: cannot set image.tag: it stands for the one entry of images: and ${DEV} has 0 (none); name it: images.NAME.newTag=1.2.3`,
    );
    expect(readFileSync(join(dir, DEV), 'utf8')).toBe(DEV_OVERLAY);
  });

  it.each([
    [
      'an environment gitopshq.yaml does not have',
      WORKLOAD.replace('    prod: overlays/production', '    qa: overlays/qa'),
      "workloads/podinfo/workload.yaml:8:5: source.overlays: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)",
    ],
    [
      'an environment the workload does not run in',
      WORKLOAD.replace('    prod: overlays/production', '    staging: overlays/production'),
      "workloads/podinfo/workload.yaml:8:5: source.overlays: the workload does not run in 'staging' (its environments: dev, prod)",
    ],
    [
      'a folder that does not exist',
      WORKLOAD.replace('overlays/production', 'overlays/prd'),
      'workloads/podinfo/workload.yaml:8:11: overlay for prod workloads/podinfo/overlays/prd/ does not exist',
    ],
  ])('validate refuses an overlays mapping to %s, with file:line:col', async (_, workload, line) => {
    const dir = await repoWithPodinfo(workload);
    const r = await run('validate', '--repo', dir);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toContain(line);
  });
});
