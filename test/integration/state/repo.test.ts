import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, ValidationError } from '../../../src/domain/errors.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { inspectRepo, loadRepo, validateRepo } from '../../../src/state/repo.js';
import { tmpDir } from '../../helpers/tmp.js';

async function example(): Promise<string> {
  const dir = tmpDir();
  await writeExampleRepo(dir);
  return dir;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function edit(root: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(root, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
  writeFileSync(join(root, path), text.replace(from, to));
}

async function problems(root: string): Promise<string[]> {
  return (await validateRepo(root)).map(formatFinding);
}

describe('loadRepo', () => {
  it('reads the example repository with every default applied', async () => {
    const root = await example();
    const repo = await loadRepo(root);
    expect(repo.root).toBe(root);
    expect(repo.config.environments.map((e) => [e.name, e.approvals.required, e.deploy])).toEqual([
      ['dev', 0, { branch: 'gitopshq/deploy/dev', autoMerge: true }],
      ['staging', 1, { branch: 'gitopshq/deploy/staging', autoMerge: false }],
      ['prod', 2, { branch: 'gitopshq/deploy/prod', autoMerge: false }],
    ]);
    expect(repo.config.environments[2]?.approvals).toEqual({
      required: 2,
      teams: ['sre'],
      codeowners: false,
      allowSelfApproval: false,
      dismissStaleApprovals: true,
    });
    expect(repo.config.tenants).toEqual([
      // Each tenant is a deployment target: a cluster of its own per environment.
      ...['canary', 'acme', 'globex'].map((name) => ({
        name,
        wave: name === 'canary' ? 0 : 1,
        canary: name === 'canary',
        destinations: Object.fromEntries(
          ['dev', 'staging', 'prod'].map((env) => [env, { cluster: `${env}-${name}` }]),
        ),
      })),
    ]);
    expect(repo.config.freezes.map((f) => [f.name, f.weekly, f.breakGlass])).toEqual([
      [
        'weekend',
        { from: 'fri 18:00', to: 'mon 07:00' },
        { allowed: true, label: 'break-glass', teams: ['sre'] },
      ],
    ]);
    expect([...repo.workloads.keys()]).toEqual(['checkout-web', 'payment-api']);
    const payment = repo.workloads.get('payment-api')!;
    expect(payment.dir).toBe(join(root, 'workloads', 'payment-api'));
    expect(payment.config).toEqual({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Workload',
      name: 'payment-api',
      namespace: 'payments',
      source: { type: 'template', path: 'templates' },
      tenants: ['canary', 'acme', 'globex'],
      environments: ['dev', 'staging', 'prod'],
    });
    expect(Object.keys(payment.values.environments).sort()).toEqual(['dev', 'prod', 'staging']);
    expect(payment.values.environments.prod).toMatchObject({ image: { tag: '1.4.1' }, replicas: 3 });
    expect(payment.values.tenants).toEqual({
      prod: { acme: { replicas: 5, config: { PAYMENT_PROVIDER_ACCOUNT: 'acme-prod' } } },
    });
    expect(repo.workloads.get('checkout-web')?.config.source).toEqual({
      type: 'helm',
      chart: 'chart',
      releaseName: 'checkout-web',
      versions: {},
    });
  });

  it('throws one ValidationError listing every problem of every file', async () => {
    const root = await example();
    write(
      root,
      'gitopshq.yaml',
      `apiVersion: gitopshq.io/v1
kind: Config
environments:
  - name: dev
  - name: staging
    aprovals:
      required: 1
  - name: Prod/../x
  - name: prod
    approvals:
      required: -1
tenants: [{ name: canary }, { name: acme }, { name: globex }]
`,
    );
    write(root, 'workloads/payment-api/values/prod.yaml', 'image:\n  tag: [1.4.1\nreplicas: 3\n');
    const error = await loadRepo(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const lines = (error as ValidationError).findings.map(formatFinding);
    expect(lines).toEqual([
      "gitopshq.yaml:6:5: environments[1]: unknown key 'aprovals' (allowed: name, approvals, deploy, render)",
      "gitopshq.yaml:8:11: environments[2].name: environment 'Prod/../x' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'prod'",
      'gitopshq.yaml:11:17: environments[3].approvals.required must be >= 0',
      'workloads/payment-api/values/prod.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect((error as ValidationError).message).toBe(lines.join('\n'));
  });
});

describe('validateRepo: rules across files', () => {
  it('the example repository is valid', async () => {
    expect(await problems(await example())).toEqual([]);
  });

  it('reports names, references, time zones, dates and folders, positioned', async () => {
    const root = await example();
    edit(
      root,
      'gitopshq.yaml',
      '  - name: globex\n    wave: 1\n',
      '  - name: globex\n    wave: 1\n  - name: acme\n',
    );
    edit(
      root,
      'gitopshq.yaml',
      'timezone: Europe/Berlin\n    weekly: { from: "fri 18:00", to: "mon 07:00" }',
      'timezone: Europe/Berln\n    weekly: { from: "fri 18:00", to: "07:00" }',
    );
    edit(
      root,
      'gitopshq.yaml',
      'freezes:\n',
      'freezes:\n  - { name: xmas, environments: [qa], timezone: UTC, start: "2026-12-27T00:00", end: "2026-12-24T00:00" }\n  - { name: leap, timezone: UTC, start: "2027-02-29T00:00", end: "2027-03-01T00:00" }\n',
    );
    edit(
      root,
      'workloads/payment-api/workload.yaml',
      'tenants: [canary, acme, globex]',
      'tenants: [canary, acme, initech]',
    );
    edit(root, 'workloads/payment-api/workload.yaml', 'path: templates', 'path: tmpl');
    edit(root, 'workloads/checkout-web/workload.yaml', 'name: checkout-web', 'name: checkout');
    edit(
      root,
      'workloads/checkout-web/workload.yaml',
      '  releaseName',
      '  versions: { qa: "1.0.0" }\n  releaseName',
    );
    rmSync(join(root, 'workloads/checkout-web/chart/Chart.yaml'));
    write(root, 'workloads/checkout-web/values/prod/canary.yaml', 'replicaCount: 1\n');
    write(root, 'workloads/checkout-web/values/qa.yaml', 'replicaCount: 1\n');
    write(root, 'workloads/checkout-web/values/dev.yml', 'replicaCount: 1\n');
    write(root, 'workloads/Payments/workload.yaml', 'name: Payments\n');
    mkdirSync(join(root, 'workloads/empty'));
    edit(root, 'gitopshq.yaml', '  - name: prod\n', '  - name: prod\n  - name: dev\n');
    expect(await problems(root)).toEqual([
      "gitopshq.yaml:18:11: duplicate environment 'dev' (also environments[0])",
      "gitopshq.yaml:48:11: duplicate tenant 'acme' (also tenants[1])",
      "gitopshq.yaml:58:34: freezes[0].environments[0]: unknown environment 'qa' (environments: dev, staging, prod)",
      "gitopshq.yaml:58:86: freezes[0].end '2026-12-24T00:00' must be after start '2026-12-27T00:00'",
      "gitopshq.yaml:59:41: freezes[1].start '2027-02-29T00:00' is not a date in the calendar",
      "gitopshq.yaml:62:15: freezes[2].timezone 'Europe/Berln' is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC",
      "gitopshq.yaml:63:38: freezes[2].weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)",
      "workloads/Payments:1:1: folder name: workload 'Payments' is not a valid name: it contains uppercase letters; use a DNS-1123 label (lowercase letters, digits and '-') such as 'payments'",
      'workloads/checkout-web/values/dev.yml:1:1: not a values file: expected values/<env>.yaml or values/<env>/<tenant>.yaml (note: .yaml, not .yml)',
      "workloads/checkout-web/values/prod/canary.yaml:1:1: workload 'checkout' is not bound to tenant 'canary' (its tenants: acme, globex); add it to workload.yaml or delete this file",
      "workloads/checkout-web/values/qa.yaml:1:1: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod); rename or delete this file",
      "workloads/checkout-web/workload.yaml:4:7: name 'checkout' does not match its folder workloads/checkout-web; rename one of them",
      'workloads/checkout-web/workload.yaml:8:10: chart folder workloads/checkout-web/chart/ has no Chart.yaml',
      "workloads/checkout-web/workload.yaml:9:15: source.versions: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)",
      'workloads/empty/workload.yaml:1:1: missing: every folder under workloads/ needs a workload.yaml',
      'workloads/payment-api/workload.yaml:8:9: template folder workloads/payment-api/tmpl/ does not exist',
      "workloads/payment-api/workload.yaml:10:25: tenants[2]: unknown tenant 'initech' (gitopshq.yaml has: canary, acme, globex)",
    ]);
  });

  it.each([
    [
      'a chart from a registry without a version',
      'chart: chart            # a folder',
      'chart: oci://ghcr.io/acme/charts/checkout-web  # a folder',
      [
        'workloads/checkout-web/workload.yaml:7:3: source.version is required for a chart from a repository or an oci:// registry (no version for dev, staging, prod)',
      ],
    ],
    [
      'a chart folder outside the repository',
      'chart: chart            # a folder',
      'chart: ../../../elsewhere  # a folder',
      [
        "workloads/checkout-web/workload.yaml:8:10: chart folder '../../../elsewhere' is outside the repository; use a folder inside it",
      ],
    ],
    [
      'Kustomize overlays that do not exist',
      'type: helm\n  chart: chart            # a folder next to this file; for a published chart set repository (https) and version\n  releaseName: checkout-web',
      'type: kustomize',
      [
        'workloads/checkout-web/workload.yaml:7:9: overlay for dev workloads/checkout-web/overlays/dev/ does not exist',
        'workloads/checkout-web/workload.yaml:7:9: overlay for staging workloads/checkout-web/overlays/staging/ does not exist',
        'workloads/checkout-web/workload.yaml:7:9: overlay for prod workloads/checkout-web/overlays/prod/ does not exist',
      ],
    ],
    [
      'values for an environment the workload does not run in',
      'tenants: [acme, globex]',
      'tenants: [acme, globex]\nenvironments: [dev, staging, qa]',
      [
        "workloads/checkout-web/values/prod.yaml:1:1: workload 'checkout-web' does not run in 'prod' (its environments: dev, staging, qa); add it there or delete this file",
        "workloads/checkout-web/workload.yaml:11:30: environments[2]: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)",
      ],
    ],
  ])('%s', async (_, from, to, expected) => {
    const root = await example();
    edit(root, 'workloads/checkout-web/workload.yaml', from, to);
    expect(await problems(root)).toEqual(expected);
  });

  it('sees pending edits (overrides) as if they were written, without writing them', async () => {
    const root = await example();
    const file = 'workloads/payment-api/values/prod/globex.yaml';
    const bad = await inspectRepo(root, { overrides: new Map([[file, 'replicas: [\n']]) });
    expect(bad.findings.map(formatFinding)).toEqual([
      `${file}:2:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
    const good = await inspectRepo(root, { overrides: new Map([[file, 'replicas: 4\n']]) });
    expect(good.findings).toEqual([]);
    expect(good.files).toContain(file);
    expect(good.snapshot?.workloads.get('payment-api')?.values.tenants.prod?.globex).toEqual({ replicas: 4 });
    expect(await problems(root)).toEqual([]);
    expect((await inspectRepo(root)).files).not.toContain(file);
  });

  it('a repository without gitopshq.yaml', async () => {
    expect(await problems(tmpDir())).toEqual([
      "gitopshq.yaml:1:1: missing: a GitOpsHQ repository has gitopshq.yaml at its root (see 'gitopshq init')",
    ]);
  });
});

describe('weekly freeze windows: one span across days, or daily windows on listed days', () => {
  const line = '    weekly: { from: "fri 18:00", to: "mon 07:00" }\n';
  it.each([
    ['a span across days', line, []],
    ['daily windows on listed days', '    weekly: { days: [mon, tue], from: "22:00", to: "06:00" }\n', []],
    [
      'days with a span that names days',
      '    weekly: { days: [sat], from: "fri 18:00", to: "mon 07:00" }\n',
      [
        'gitopshq.yaml:59:21: freezes[0].weekly.days cannot be combined with from and to that name a day; remove days',
      ],
    ],
    [
      'times of day without days',
      '    weekly: { from: "22:00", to: "06:00" }\n',
      [
        "gitopshq.yaml:59:13: freezes[0].weekly needs days (e.g. days: [sat, sun]) when from and to are times of day, or name the days: from: 'fri 18:00', to: 'mon 07:00'",
      ],
    ],
  ])('%s', async (_name, weekly, expected) => {
    const root = await example();
    edit(root, 'gitopshq.yaml', line, weekly);
    expect(await problems(root)).toEqual(expected);
  });
});
