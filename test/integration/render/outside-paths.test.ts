// Nothing outside the repository is read: a symbolic link (or a path) that leaves it, at each kind of file the
// generator reads, is refused with a finding naming the file, and the outside content is in no output. Each
// case would leak the marker without the check (the engines follow links: helm with only an INFO line, kustomize
// for any folder, nunjucks and the values loader silently).
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { tmpDir } from '../../helpers/tmp.js';
import { writeFiles } from './fixtures.js';

const MARKER = 'OUTSIDE-MARKER-7f3a91';

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
  return { code, out, err, all: out + err };
}

/** The example repository, plus a folder next to it holding the secrets a pull request must not reach. */
async function setup(git = false) {
  const top = tmpDir();
  const repo = join(top, 'repo');
  const outside = join(top, 'outside');
  mkdirSync(repo);
  await writeExampleRepo(repo, { git });
  writeFiles(outside, {
    'values.yaml': `image:\n  tag: ${MARKER}\n`,
    'acme.yaml': `image:\n  tag: ${MARKER}\n`,
    'configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\n  namespace: payments\ndata:\n  k: ${MARKER}\n`,
    'kbase/kustomization.yaml': 'resources:\n  - configmap.yaml\n',
    'kbase/configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  k: ${MARKER}\n`,
  });
  // The chart, copied out and marked, for the "chart folder is a link" case.
  cpSync(join(repo, 'workloads/checkout-web/chart'), join(outside, 'chart'), { recursive: true });
  writeFileSync(join(outside, 'chart/templates/leak.yaml'), `# ${MARKER}\n`);
  return { repo, outside };
}

function link(repo: string, rel: string, target: string) {
  const at = join(repo, rel);
  rmSync(at, { recursive: true, force: true });
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at);
}

/** A kustomize workload whose prod overlay is edited per case. */
function kustomizeWorkload(repo: string, overlay: string) {
  writeFiles(repo, {
    'workloads/cache/workload.yaml':
      'apiVersion: gitopshq.io/v1\nkind: Workload\nname: cache\nnamespace: cache\nsource:\n  type: kustomize\nenvironments: [prod]\n',
    'workloads/cache/base/kustomization.yaml': 'resources:\n  - configmap.yaml\n',
    'workloads/cache/base/configmap.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cache\ndata:\n  k: inside\n',
    'workloads/cache/overlays/prod/kustomization.yaml': overlay,
  });
}

describe('a symbolic link or path out of the repository is refused, never followed', () => {
  it('values file: validate and render name the file, exit 1, and print nothing of it', async () => {
    const { repo, outside } = await setup();
    link(repo, 'workloads/payment-api/values/prod/acme.yaml', join(outside, 'acme.yaml'));
    const v = await run(repo, 'validate');
    expect(v.code).toBe(1);
    expect(v.out).toContain(
      'workloads/payment-api/values/prod/acme.yaml:1:1: workloads/payment-api/values/prod/acme.yaml is a symbolic link to a path outside the repository',
    );
    const r = await run(repo, 'render', 'payment-api', '--env', 'prod', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain('workloads/payment-api/values/prod/acme.yaml');
    expect(r.all).not.toContain(MARKER);
  });

  it('a values folder that is a link out, and the base values and workload.yaml and gitopshq.yaml', async () => {
    const { repo, outside } = await setup();
    link(repo, 'workloads/payment-api/values/prod', outside);
    link(repo, 'workloads/checkout-web/values.yaml', join(outside, 'values.yaml'));
    link(repo, 'workloads/checkout-web/workload.yaml', join(outside, 'values.yaml'));
    link(repo, 'gitopshq.yaml', join(outside, 'values.yaml'));
    const v = await run(repo, 'validate', '--output', 'json');
    expect(v.code).toBe(1);
    const files = (JSON.parse(v.out) as { findings: { file: string; message: string }[] }).findings
      .filter((f) => f.message.includes('outside the repository'))
      .map((f) => f.file);
    expect(files.sort()).toEqual([
      'gitopshq.yaml',
      'workloads/checkout-web/values.yaml',
      'workloads/checkout-web/workload.yaml',
      'workloads/payment-api/values/prod',
    ]);
    expect(v.all).not.toContain(MARKER);
  });

  it('template file (and a partial): an error naming the file instead of a silent skip', async () => {
    const { repo, outside } = await setup();
    link(repo, 'workloads/payment-api/templates/leak.yaml', join(outside, 'configmap.yaml'));
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^workloads\/payment-api\/templates\/leak\.yaml: error \[payment-api\/dev\/acme\]: workloads\/payment-api\/templates\/leak\.yaml is a symbolic link to a path outside the repository/m,
    );
    expect(r.all).not.toContain(MARKER);

    rmSync(join(repo, 'workloads/payment-api/templates/leak.yaml'));
    link(repo, 'workloads/payment-api/templates/_partial.yaml', join(outside, 'configmap.yaml'));
    const p = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(p.code).toBe(1);
    expect(p.err).toContain('workloads/payment-api/templates/_partial.yaml is a symbolic link');
  });

  it('a template error message that names a file outside does not make the explainer read it', async () => {
    const { repo, outside } = await setup();
    writeFileSync(join(outside, 'runner.txt'), `x: {{ ${MARKER.replaceAll('-', '_')} }}\n`);
    // `required`'s message is the template's own text: it can fake nunjucks' `(file) [Line, Column]` header.
    writeFiles(repo, {
      'workloads/payment-api/templates/zz.yaml': `a: {{ values.nope | required("(${join(outside, 'runner.txt')}) [Line 1, Column 5]\\n  attempted to output null or undefined value") }}\n`,
    });
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain('workloads/payment-api/templates/zz.yaml:');
    expect(r.all).not.toContain(MARKER.replaceAll('-', '_'));
  });

  it('a template link that stays inside the repository is rendered, not skipped', async () => {
    const { repo } = await setup();
    writeFiles(repo, {
      'shared/extra.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: payments\ndata:\n  k: shared\n',
    });
    link(repo, 'workloads/payment-api/templates/extra.yaml', '../../../shared/extra.yaml');
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('name: extra');
  });

  it('chart folder that is a link out: refused by validate and render', async () => {
    const { repo, outside } = await setup();
    link(repo, 'workloads/checkout-web/chart', join(outside, 'chart'));
    const r = await run(repo, 'render', 'checkout-web', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.all).toContain(
      'workloads/checkout-web/chart is a symbolic link to a path outside the repository',
    );
    expect(r.all).not.toContain(MARKER);
  });

  it('a file inside the chart that links out: refused before helm runs (helm would include it)', async () => {
    const { repo, outside } = await setup();
    link(repo, 'workloads/checkout-web/chart/templates/leak.yaml', join(outside, 'configmap.yaml'));
    const r = await run(repo, 'render', 'checkout-web', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'workloads/checkout-web/chart/templates/leak.yaml: error [checkout-web/dev/acme]: workloads/checkout-web/chart/templates/leak.yaml is a symbolic link to a path outside the repository',
    );
    expect(r.err).not.toContain('helm template failed');
    expect(r.all).not.toContain(MARKER);
  });

  it.each([
    [
      'a resources folder reached by ..',
      (o: string, repo: string) =>
        `resources:\n  - ../../base\n  - ${relative(join(repo, 'workloads/cache/overlays/prod'), join(o, 'kbase'))}\n`,
      'is outside the repository',
    ],
    [
      'a resources folder that is a link out',
      (_o: string) => 'resources:\n  - ../../base\n  - extra\n',
      'workloads/cache/overlays/prod/extra is a symbolic link',
    ],
    [
      'a component that is a link out',
      (_o: string) => 'resources:\n  - ../../base\ncomponents:\n  - extra\n',
      'workloads/cache/overlays/prod/extra is a symbolic link',
    ],
    [
      'a remote base',
      (_o: string) => 'resources:\n  - https://example.com/leak.yaml\n',
      "remote reference 'https://example.com/leak.yaml' is not fetched",
    ],
  ])('kustomization: %s', async (_name, overlay, message) => {
    const { repo, outside } = await setup();
    kustomizeWorkload(repo, overlay(outside, repo));
    link(repo, 'workloads/cache/overlays/prod/extra', join(outside, 'kbase'));
    const r = await run(repo, 'render', 'cache', '--env', 'prod');
    expect(r.code).toBe(1);
    expect(r.err).toContain('workloads/cache/overlays/prod/kustomization.yaml: error [cache/prod]:');
    expect(r.err).toContain(message);
    expect(r.all).not.toContain(MARKER);
  });

  it('kustomization: a resource file that links out (kustomize would refuse it too; we refuse first)', async () => {
    const { repo, outside } = await setup();
    kustomizeWorkload(repo, 'resources:\n  - ../../base\n');
    link(repo, 'workloads/cache/base/configmap.yaml', join(outside, 'configmap.yaml'));
    const r = await run(repo, 'render', 'cache', '--env', 'prod');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'workloads/cache/base/configmap.yaml is a symbolic link to a path outside the repository',
    );
    expect(r.err).not.toContain('kustomize build');
    expect(r.all).not.toContain(MARKER);
  });

  it('gitopshq diff (the preview path): a link committed to git is refused in the checked-out snapshot', async () => {
    const { repo, outside } = await setup(true);
    const git = new Git(repo);
    const commit = async () => {
      await git.exec(['add', '-A']);
      await git.exec(['-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-q', '-m', 'leak']);
    };
    await git.exec(['checkout', '-q', '-b', 'leak']);
    // Relative, so it would resolve next to the temporary worktree; absolute below.
    link(repo, 'workloads/payment-api/templates/leak.yaml', '../../../../outside/configmap.yaml');
    await commit();
    const t = await run(repo, 'diff', '--base', 'main', '--head', 'leak');
    expect(t.code).toBe(1);
    expect(t.err).toContain(
      'workloads/payment-api/templates/leak.yaml: error [payment-api/dev/acme]: workloads/payment-api/templates/leak.yaml is a symbolic link to a path outside the repository',
    );
    expect(t.all).not.toContain(MARKER);

    link(repo, 'workloads/payment-api/values/prod/acme.yaml', join(outside, 'acme.yaml'));
    await commit();
    const v = await run(repo, 'diff', '--base', 'main', '--head', 'leak');
    expect(v.code).toBe(1);
    expect(v.all).toContain(
      'workloads/payment-api/values/prod/acme.yaml is a symbolic link to a path outside the repository',
    );
    expect(v.all).not.toContain(MARKER);
  });
});
