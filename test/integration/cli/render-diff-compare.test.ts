import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { stableJson } from '../../../src/render/session.js';
import { layeredValues } from '../../../src/render/targets.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { loadRepo } from '../../../src/state/repo.js';
import { tmpDir } from '../../helpers/tmp.js';
import { writeFiles } from '../render/fixtures.js';

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

const docs = (text: string) =>
  parseAllDocuments(text, { version: '1.1' })
    .map((d) => d.toJS() as unknown)
    .filter((o) => o !== null)
    .map((o) => stableJson(o))
    .sort();

async function example(git = false) {
  const repo = tmpDir();
  await writeExampleRepo(repo, { git });
  return repo;
}

const DEPLOYMENT = 'workloads/payment-api/templates/deployment.yaml';

describe('gitopshq render', () => {
  it('prints the manifests of a template target as multi-document YAML, exit 0', async () => {
    const repo = await example();
    const r = await run(repo, 'render', 'payment-api', '--env', 'prod', '--tenant', 'acme');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const objects = parseAllDocuments(r.out).map((d) => d.toJS() as { kind: string });
    expect(objects.map((o) => o.kind)).toEqual(['ConfigMap', 'Deployment', 'Service']);
  });

  it('renders a Helm workload to the same documents as `helm template` run by hand', async () => {
    const repo = await example();
    const r = await run(repo, 'render', 'checkout-web', '--env', 'prod', '--tenant', 'acme');
    expect(r.code).toBe(0);
    const snap = await loadRepo(repo);
    const w = snap.workloads.get('checkout-web');
    if (!w) throw new Error('example repo changed: no checkout-web');
    const values = join(tmpDir(), 'values.yaml');
    writeFileSync(
      values,
      stringify(layeredValues(w, { workload: 'checkout-web', environment: 'prod', tenant: 'acme' })),
    );
    const byHand = execFileSync(
      'helm',
      [
        'template',
        'checkout-web',
        join(repo, 'workloads/checkout-web/chart'),
        '--namespace',
        'storefront',
        '-f',
        values,
      ],
      { encoding: 'utf8' },
    );
    expect(docs(r.out)).toEqual(docs(byHand));
    expect(docs(r.out).length).toBeGreaterThanOrEqual(2);
  });

  it('fails with the file, line and variable of a missing value (exit 1, nothing on stdout)', async () => {
    const repo = await example();
    const path = join(repo, DEPLOYMENT);
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('{{ values.port | default(8080) }}', '{{ values.portt }}'),
    );
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /^workloads\/payment-api\/templates\/deployment\.yaml:21:\d+: error \[payment-api\/dev\/acme\]: values\.portt is undefined/m,
    );
  });

  it("fails on a chart that does not render, with helm's message", async () => {
    const repo = await example();
    writeFiles(repo, {
      'workloads/checkout-web/chart/templates/bad.yaml': '{{ fail "the chart refuses" }}\n',
    });
    const r = await run(repo, 'render', 'checkout-web', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain('helm template failed');
    expect(r.err).toContain('the chart refuses');
  });

  it('fails on a wrong field type, naming resource and field', async () => {
    const repo = await example();
    const path = join(repo, DEPLOYMENT);
    writeFileSync(path, readFileSync(path, 'utf8').replace('{{ values.port | default(8080) }}', 'http'));
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'error [payment-api/dev/acme] Deployment/payments/payment-api spec.template.spec.containers[0].ports[0].containerPort: must be integer, not string "http"',
    );
  });

  it('fails on a latest tag when gitopshq.yaml forbids it', async () => {
    const repo = await example();
    writeFileSync(join(repo, 'workloads/payment-api/values/dev.yaml'), 'image:\n  tag: latest\n');
    const r = await run(repo, 'render', 'payment-api', '--env', 'dev', '--tenant', 'acme');
    expect(r.code).toBe(1);
    expect(r.err).toContain('spec.template.spec.containers[0].image');
    expect(r.err).toContain('uses the latest tag');
  });

  it('explains a target that does not exist (exit 2) and answers in JSON', async () => {
    const repo = await example();
    const missing = await run(repo, 'render', 'payment-api', '--env', 'dev');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bound to tenants: canary, acme, globex');
    const json = await run(
      repo,
      'render',
      'payment-api',
      '--env',
      'dev',
      '--tenant',
      'canary',
      '--output',
      'json',
    );
    expect(json.code).toBe(0);
    const body = JSON.parse(json.out) as { hash: string; manifests: unknown[]; findings: unknown[] };
    expect(body.manifests).toHaveLength(3);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('gitopshq diff', () => {
  it('renders the affected targets at both refs and shows per-target diffs with Secret values redacted', async () => {
    const repo = await example(true);
    const git = new Git(repo);
    await git.exec(['checkout', '-q', '-b', 'change']);
    writeFiles(repo, {
      'workloads/payment-api/templates/secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ fullname }}-db\n  namespace: {{ workload.namespace }}\nstringData:\n  password: {{ values.dbPassword | default("hunter2-default") | quote }}\n',
    });
    const acme = join(repo, 'workloads/payment-api/values/prod/acme.yaml');
    writeFileSync(
      acme,
      `${readFileSync(acme, 'utf8').replace(/^replicas: .*$/m, '')}\ndbPassword: sup3r-s3cret\nreplicas: 7\n`,
    );
    await git.addAll();
    await git.commit('add a secret');
    const r = await run(repo, 'diff', '--base', 'main', '--head', 'change');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The template change affects all 9 payment-api targets; checkout-web is untouched.
    expect(r.out).toContain('9 targets affected, 9 changed: +9 added, ~1 changed, -0 removed resources');
    expect(r.out).toContain('payment-api/prod/acme: changed (+1 added, ~1 changed, -0 removed)');
    expect(r.out).not.toContain('checkout-web');
    expect(r.out).not.toContain('sup3r-s3cret');
    expect(r.out).not.toContain('hunter2-default');
    expect(r.out).toMatch(/\+\s+password: "?<redacted sha256:[0-9a-f]{12}>"?/);
    expect(r.out).toContain('+  replicas: 7');
    // The temporary worktrees are gone.
    expect((await git.exec(['worktree', 'list'])).stdout.trim().split('\n')).toHaveLength(1);

    const json = await run(repo, 'diff', '--base', 'main', '--head', 'change', '--output', 'json');
    const body = JSON.parse(json.out) as { changedFiles: string[]; targets: { id: string; added: number }[] };
    expect(body.changedFiles.sort()).toEqual([
      'workloads/payment-api/templates/secret.yaml',
      'workloads/payment-api/values/prod/acme.yaml',
    ]);
    expect(body.targets.map((t) => t.id)).toContain('payment-api/dev/canary');
    expect(json.out).not.toContain('sup3r-s3cret');
  });

  it('refuses an unknown ref (exit 2)', async () => {
    const repo = await example(true);
    const r = await run(repo, 'diff', '--base', 'no-such-branch', '--head', 'HEAD');
    expect(r.code).toBe(2);
    expect(r.err).toContain('base no-such-branch: no such commit');
  });
});

describe('gitopshq compare', () => {
  it('shows layered value differences per tenant and the rendered differences', async () => {
    const repo = await example();
    const r = await run(repo, 'compare', 'staging', 'prod', '--workload', 'payment-api');
    expect(r.code).toBe(0);
    expect(r.out).toContain('== payment-api [acme]: staging -> prod');
    expect(r.out).toMatch(/~ replicas: \d+ -> \d+/);
    expect(r.out).toContain('--- staging/Deployment/payments/payment-api');
    expect(r.out).toContain('+++ prod/Deployment/payments/payment-api');
    const json = await run(repo, 'compare', 'staging', 'prod', '--output', 'json');
    const body = JSON.parse(json.out) as {
      pairs: { workload: string; tenant?: string; values: unknown[] }[];
    };
    expect(body.pairs.map((p) => `${p.workload}/${p.tenant}`)).toEqual([
      'checkout-web/acme',
      'checkout-web/globex',
      'payment-api/canary',
      'payment-api/acme',
      'payment-api/globex',
    ]);
  });

  it('rejects an environment gitopshq.yaml does not have (exit 2)', async () => {
    const repo = await example();
    const r = await run(repo, 'compare', 'staging', 'qa');
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)");
  });
});
