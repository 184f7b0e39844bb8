// `gitopshq metrics` through main(), on a real repository whose state branch holds the hand-made week of
// test/unit/domain/metrics/fixture.ts (the unit tests there show the arithmetic behind each figure).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, test, vi } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { Git } from '../../../src/git/git.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { StateBranch } from '../../../src/state/state-branch.js';
import { environmentMetricsSummary } from '../../../src/usecases/metrics.js';
import { seedStateBranch } from '../../helpers/state-branch-seed.js';
import { tmpDir } from '../../helpers/tmp.js';
import { at, PROMOTIONS, RELEASES, release } from '../../unit/domain/metrics/fixture.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const CONFIG = [
  'apiVersion: gitopshq.io/v1',
  'kind: Config',
  'environments:',
  '  - name: dev',
  '  - name: prod',
  '    approvals:',
  '      required: 1',
  '      teams: [platform]',
  'metrics:',
  '  targets:',
  '    deployFrequencyPerDay: 0.5',
  '',
].join('\n');

async function repo(config = CONFIG): Promise<string> {
  const dir = tmpDir();
  const git = new Git(dir);
  await git.exec(['init', '-q', '--initial-branch=main', dir]);
  writeFileSync(join(dir, 'gitopshq.yaml'), config);
  await seedStateBranch(git, { releases: RELEASES, promotions: PROMOTIONS });
  return dir;
}

const WEEK = ['--since', '2026-11-02', '--until', '2026-11-09'];

describe('gitopshq metrics', () => {
  test('a table judged against gitopshq.yaml targets, reading the branch with one cat-file', async () => {
    const dir = await repo();
    const exec = vi.spyOn(Git.prototype, 'exec');
    const r = await run('metrics', '--repo', dir, ...WEEK);
    const catFiles = exec.mock.calls.filter(([args]) => args[0] === 'cat-file').length;
    exec.mockRestore();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(catFiles).toBe(1);
    const row = (label: string) => r.stdout.split('\n').find((l) => l.startsWith(label));
    // 7 deployments / 7 days = 1/day, healthy against gitopshq.yaml's 0.5 (the playbook's 1 would say unhealthy).
    expect(row('Deploy frequency')).toMatch(/1\/day\s+> 0\.5\/day\s+healthy\s+elite\s+7 deployments$/);
    expect(row('Lead time')).toMatch(/42m30s\s+< 1h\s+healthy/);
    expect(row('Failed-deployment recovery time')).toMatch(
      /55m\s+< 1h\s+healthy\s+elite\s+1 recovered, p90 55m, 1 not yet$/,
    );
    expect(row('Rollback rate')).toMatch(/33\.3%\s+< 2%\s+unhealthy\s+-\s+2 of 6 finished$/);
  });

  test('--output json: the documented object, with approval latency by required team from gitopshq.yaml', async () => {
    const dir = await repo();
    const r = await run('metrics', '--repo', dir, ...WEEK, '--output', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.window).toMatchObject({
      since: '2026-11-02T00:00:00.000Z',
      until: '2026-11-09T00:00:00.000Z',
    });
    expect(json.metrics.deployFrequency).toMatchObject({ perDay: 1, deployments: 7, verdict: 'healthy' });
    expect(json.metrics.leadTime).toMatchObject({ medianSeconds: 2550, p90Seconds: 7200, count: 4 });
    expect(json.metrics.failedDeploymentRate).toMatchObject({
      failed: 2,
      deployments: 7,
      verdict: 'unhealthy',
    });
    expect(json.metrics.approvalLatency.byTeam).toEqual({
      platform: { medianSeconds: 1500, p90Seconds: 3000, count: 4 },
    });
    expect(json.metrics.promotionCompletion).toMatchObject({
      rate: 0.5,
      completed: 1,
      halted: 1,
      inProgress: 2,
    });
  });

  test('--output csv and --output openmetrics parse; filters narrow the records', async () => {
    const dir = await repo();
    const csv = await run('metrics', '--repo', dir, ...WEEK, '--env', 'dev', '--output', 'csv');
    expect(csv.code).toBe(0);
    const rows = csv.stdout.split('\r\n').map((l) => l.split(','));
    expect(rows[0]?.slice(0, 3)).toEqual(['metric', 'value', 'unit']);
    // dev: r6 and r8, 2 deployments in 7 days.
    expect(rows[1]?.slice(0, 2)).toEqual(['deployFrequency', String(2 / 7)]);
    const om = await run('metrics', '--repo', dir, ...WEEK, '--workload', 'web', '--output', 'openmetrics');
    expect(om.code).toBe(0);
    const families = parsePrometheusTextFormat(om.stdout);
    expect(families.find((f) => f.name === 'gitopshq_deployments')?.metrics).toEqual([
      { value: '2', labels: { workload: 'web' } },
    ]);
  });

  test('usage errors exit 2 and say what to write; an empty state branch has no data', async () => {
    const dir = await repo();
    const bad = await run('metrics', '--repo', dir, '--since', 'last week');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--since 'last week' is not a time");
    const fmt = await run('metrics', '--repo', dir, '--output', 'xml');
    expect(fmt).toMatchObject({
      code: 2,
      stderr: "gitopshq metrics: --output must be text, json, csv or openmetrics, not 'xml'",
    });
    const empty = tmpDir();
    await new Git(empty).exec(['init', '-q', empty]);
    const none = await run('metrics', '--repo', empty, '--output', 'json');
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout).metrics.leadTime.verdict).toBe('no-data');
  });

  test('an invalid target in gitopshq.yaml is a finding at its line', async () => {
    const dir = await repo(CONFIG.replace('deployFrequencyPerDay: 0.5', 'leadTime: soon'));
    const r = await run('metrics', '--repo', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "gitopshq.yaml:11:15: metrics.targets.leadTime 'soon' is not valid: expected a duration such as 90s, 30m, 1h or 2d",
    );
  });
});

describe("deploy's job-summary line", () => {
  test("reads only the release files that may count: this environment's, opened in the last 37 days", async () => {
    const dir = tmpDir();
    const git = new Git(dir);
    await git.exec(['init', '-q', '--initial-branch=main', dir]);
    const ok: Parameters<typeof release>[3] = [
      ['Approved', '11-08 09:00'],
      ['Deploying', '11-08 10:00'],
      ['Deployed', '11-08 10:01'],
      ['Synced', '11-08 10:02'],
      ['Healthy', '11-08 10:03'],
    ];
    const failedRun: Parameters<typeof release>[3] = [
      ['Approved', '11-07 09:00'],
      ['Deploying', '11-07 10:00'],
      ['Failed', '11-07 10:05'],
    ];
    await seedStateBranch(git, {
      releases: [
        release('api-prod-20261108-000001', 'prod', 'api', ok),
        release('api-prod-20261107-000002', 'prod', 'api', failedRun),
        // Opened long ago: not read (its deploy, were there one in the window, would be missed by design).
        release('api-prod-20260801-000003', 'prod', 'api', ok),
        release('api-dev-20261108-000004', 'dev', 'api', ok),
        release('web-prod-20261108-000005', 'prod', 'web', ok),
      ],
      promotions: PROMOTIONS,
    });
    const readBlobs = vi.spyOn(StateBranch.prototype, 'streamBlobs');
    const line = await environmentMetricsSummary(new RecordStore({ git }), 'prod', {
      clock: { now: () => new Date(at('11-09 00:00')) },
    });
    const read = readBlobs.mock.calls.flatMap(([blobs]) => blobs).length;
    readBlobs.mockRestore();
    expect(read).toBe(3); // 000001, 000002, 000005
    // 3 deployments in 7 days; 1 of the 3 finished failed.
    expect(line).toBe(
      'Metrics for prod, last 7 days: 3 deployments (0.43/day, unhealthy: > 1/day), failed rate 33.3% (1 of 3, unhealthy: < 5%)',
    );
  });
});
