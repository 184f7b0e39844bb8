import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { exampleFiles } from '../../../src/state/example-repo.js';
import { tmpDir } from '../../helpers/tmp.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function initRepo(): Promise<string> {
  const dir = join(tmpDir(), 'gitops');
  const r = await run('init', dir, '--no-git');
  expect(r.code).toBe(0);
  return dir;
}

describe('gitopshq init', () => {
  it('creates the example repository, says what it created and what to try next; validate then passes', async () => {
    const dir = join(tmpDir(), 'gitops');
    const init = await run('init', dir);
    expect(init.code).toBe(0);
    expect(init.out).toMatch(
      new RegExp(
        `^Created an example GitOps repository in ${dir} \\(git, branch main, commit [0-9a-f]{7}\\):`,
      ),
    );
    for (const file of exampleFiles().keys()) expect(init.out).toContain(`\n  ${file}\n`);
    expect(init.out).toContain('gitopshq validate');
    expect(init.out).toContain('gitopshq set payment-api staging image.tag=1.4.3');
    expect(existsSync(join(dir, '.git'))).toBe(true);

    const validate = await run('validate', '--repo', dir);
    expect(validate).toEqual({ code: 0, out: 'ok: 12 files valid', err: '' });
  });

  it('refuses a folder that is not empty, touching nothing', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = await run('init', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `gitopshq init: ${dir} is not empty (1 entry); init only writes into a new or empty folder, so nothing of yours is overwritten`,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('needs exactly one folder', async () => {
    expect((await run('init')).code).toBe(2);
    expect((await run('init', 'a', 'b')).code).toBe(2);
  });

  it('--output json', async () => {
    const dir = join(tmpDir(), 'x');
    const r = await run('init', dir, '--no-git', '--output', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ dir, files: [...exampleFiles().keys()].sort(), git: false });
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });
});

describe('gitopshq validate', () => {
  it('prints one file:line:col line per problem and exits 1', async () => {
    const dir = await initRepo();
    const config = join(dir, 'gitopshq.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8')
        .replace('  - name: staging\n', '  - name: Staging/../x\n')
        .replace('      required: 2 ', '      required: -2')
        .replace('    deploy:\n      autoMerge: true', '    deploy:\n      automerge: true'),
    );
    writeFileSync(join(dir, 'workloads/payment-api/values/dev.yaml'), 'image:\n  tag: "1.5.0\n');
    const r = await run('validate', '--repo', dir);
    expect(r.code).toBe(1);
    // The renamed environment also orphans every staging values file: reported in the same run.
    expect(r.out.split('\n')).toEqual([
      "gitopshq.yaml:12:7: environments[0].deploy: unknown key 'automerge' (allowed: branch, autoMerge)",
      "gitopshq.yaml:13:11: environments[1].name: environment 'Staging/../x' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'staging'",
      'gitopshq.yaml:19:17: environments[2].approvals.required must be >= 0',
      "workloads/checkout-web/values/staging.yaml:1:1: unknown environment 'staging' (gitopshq.yaml has: dev, prod); rename or delete this file",
      'workloads/payment-api/values/dev.yaml:3:1: invalid YAML: Missing closing "quote',
      "workloads/payment-api/values/staging.yaml:1:1: unknown environment 'staging' (gitopshq.yaml has: dev, prod); rename or delete this file",
    ]);
    expect(r.err).toBe('6 problems in 4 files');
  });

  it('--output json', async () => {
    const dir = await initRepo();
    writeFileSync(join(dir, 'workloads/payment-api/values/qa.yaml'), 'replicas: 1\n');
    const r = await run('validate', '--repo', dir, '--output', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      valid: false,
      files: 13,
      findings: [
        {
          file: 'workloads/payment-api/values/qa.yaml',
          line: 1,
          col: 1,
          message:
            "unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod); rename or delete this file",
        },
      ],
    });
    expect(JSON.parse((await run('validate', '--repo', await initRepo(), '--output', 'json')).out)).toEqual({
      valid: true,
      files: 12,
      findings: [],
    });
  });

  it('a --repo that is not a folder is a usage error', async () => {
    const r = await run('validate', '--repo', join(tmpDir(), 'missing'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /missing does not exist: pass --repo DIR with the folder of your GitOps repository/,
    );
  });
});

describe('gitopshq set', () => {
  const STAGING = 'workloads/payment-api/values/staging.yaml';

  it('changes only the targeted line of a commented values file', async () => {
    const dir = await initRepo();
    const before = readFileSync(join(dir, STAGING), 'utf8');
    const r = await run('set', 'payment-api', 'staging', 'image.tag=1.4.3', '--repo', dir);
    expect(r).toEqual({ code: 0, out: `updated ${STAGING}\n  image.tag=1.4.3`, err: '' });
    expect(readFileSync(join(dir, STAGING), 'utf8')).toBe(
      before.replace(
        '  tag: 1.4.2   # promoted from dev once it was Healthy there\n',
        '  tag: 1.4.3   # promoted from dev once it was Healthy there\n',
      ),
    );
    expect(readFileSync(join(dir, STAGING), 'utf8')).not.toBe(before);
    expect((await run('validate', '--repo', dir)).code).toBe(0);
  });

  it("creates a tenant's layer with a one-line header", async () => {
    const dir = await initRepo();
    const r = await run(
      'set',
      'payment-api',
      'prod',
      'replicas=6',
      'config.REGION=eu-1',
      '--tenant',
      'globex',
      '--repo',
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'created workloads/payment-api/values/prod/globex.yaml\n  replicas=6\n  config.REGION=eu-1',
    );
    const text = readFileSync(join(dir, 'workloads/payment-api/values/prod/globex.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# payment-api in prod for tenant globex: overrides values.yaml and values/prod.yaml (created by gitopshq set)',
    );
    expect(text.split('\n').slice(1).join('\n')).toMatch(/^replicas: 6\nconfig:\n {2}REGION: eu-1\n$/);
  });

  it('--output json', async () => {
    const dir = await initRepo();
    const r = await run(
      'set',
      'payment-api',
      'staging',
      'image.tag=1.4.2',
      '--repo',
      dir,
      '--output',
      'json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      file: STAGING,
      created: false,
      changed: false,
      updates: [{ path: 'image.tag', value: '1.4.2' }],
    });
  });

  it.each([
    [['../../etc', 'prod', 'a=1'], /workload '\.\.\/\.\.\/etc' is not a valid name/],
    [['payment-api', 'Prod/../x', 'a=1'], /environment 'Prod\/\.\.\/x' is not a valid name/],
    [['payment-api', 'prod', 'a=1', '--tenant', '/abs'], /tenant '\/abs' is not a valid name/],
    [['payment-api', 'prod', 'image.tag'], /'image\.tag' has no '='/],
    [['payment-api', 'prod'], /expected WORKLOAD ENV PATH=VALUE/],
    [['billing', 'prod', 'a=1'], /unknown workload 'billing' \(workloads: checkout-web, payment-api\)/],
    [['payment-api', 'qa', 'a=1'], /unknown environment 'qa' \(gitopshq.yaml has: dev, staging, prod\)/],
    [
      ['checkout-web', 'prod', 'a=1', '--tenant', 'canary'],
      /workload 'checkout-web' is not bound to tenant 'canary'/,
    ],
    [['payment-api', 'prod', 'a=1', '--tenant', 'initech'], /unknown tenant 'initech'/],
  ])('refuses %j with exit 2, writing nothing', async (args, message) => {
    const dir = await initRepo();
    const r = await run('set', ...args, '--repo', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    for (const [path, text] of exampleFiles()) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'workloads/payment-api/values/prod'))).toEqual(['acme.yaml']);
  });

  it('refuses to edit a repository that is already invalid (exit 1), writing nothing', async () => {
    const dir = await initRepo();
    writeFileSync(join(dir, 'workloads/payment-api/values/qa.yaml'), 'replicas: 1\n');
    const r = await run('set', 'payment-api', 'staging', 'image.tag=9.9.9', '--repo', dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "gitopshq set: the repository has problems; fix them first (nothing was written):\nworkloads/payment-api/values/qa.yaml:1:1: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod); rename or delete this file",
    );
    expect(readFileSync(join(dir, STAGING), 'utf8')).toBe(exampleFiles().get(STAGING));
  });
});
