// `gitopshq release list|show` through main(), on repositories whose state branch the store wrote.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { tmpDir } from '../../helpers/tmp.js';
import {
  checkoutState,
  cloneOf,
  makeRemote,
  newGit,
  sampleRelease,
  seedReleases,
} from '../state/record-store-fixtures.js';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

const older = sampleRelease({
  id: 'payment-api-staging-20261125-0a0b0c',
  environment: 'staging',
  tenants: [],
  title: 'payment-api: image.tag 1.4.1',
  createdAt: '2026-11-25T09:00:00.000Z',
  state: 'Healthy',
  history: [
    { state: 'Draft', at: '2026-11-25T09:00:00.000Z', actor: 'dev-alice' },
    { state: 'Healthy', at: '2026-11-25T09:30:00.000Z', actor: 'gitopshq-bot' },
  ],
});
const newer = sampleRelease({
  state: 'PendingApproval',
  rollbackTarget: 'payment-api-prod-20261120-ffffff',
  history: [
    { state: 'Draft', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' },
    { state: 'PendingApproval', at: '2026-11-26T10:01:30.000Z', actor: 'gitopshq-bot', note: 'PR #7 opened' },
  ],
  pullRequest: { number: 7, url: 'https://github.com/acme/gitops/pull/7', branch: 'gitopshq/release/x' },
});
const web = sampleRelease({
  id: 'web-prod-20261124-123456',
  workload: 'web',
  tenants: ['acme', 'globex'],
  title: 'web: replicas 3',
  createdAt: '2026-11-24T08:00:00.000Z',
  history: [{ state: 'Draft', at: '2026-11-24T08:00:00.000Z', actor: 'dev-alice' }],
});

/** A checkout of a remote whose state branch holds `records`. */
async function repoWith(records: ReleaseRecord[]): Promise<string> {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  await seedReleases(await cloneOf(url, join(dir, 'writer')), records, { remote: 'origin' });
  await cloneOf(url, join(dir, 'user'));
  return join(dir, 'user');
}

describe('gitopshq release list', () => {
  test('a table, newest first, fetched from origin without touching the checkout', async () => {
    const repo = await repoWith([older, web, newer]);
    const before = await checkoutState(newGit(repo));
    const r = await run('release', 'list', '--repo', repo);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')).toEqual([
      'ID                                   WORKLOAD     ENV      TENANTS      STATE             LAST CHANGE        TITLE',
      'payment-api-prod-20261126-a1b2c3     payment-api  prod     acme         Pending Approval  2026-11-26 10:01Z  payment-api: image.tag 1.4.2',
      'payment-api-staging-20261125-0a0b0c  payment-api  staging  -            Healthy           2026-11-25 09:30Z  payment-api: image.tag 1.4.1',
      'web-prod-20261124-123456             web          prod     acme,globex  Draft             2026-11-24 08:00Z  web: replicas 3',
    ]);
    expect(await checkoutState(newGit(repo))).toEqual(before);
  });

  test.each([
    [
      ['--env', 'prod'],
      [newer.id, web.id],
    ],
    [
      ['--workload', 'payment-api'],
      [newer.id, older.id],
    ],
    [['--state', 'pending approval'], [newer.id]],
    [['--state', 'Healthy', '--env', 'staging'], [older.id]],
    [['--env', 'dev'], []],
  ])('filters %j', async (filters, ids) => {
    const repo = await repoWith([older, web, newer]);
    const r = await run('release', 'list', '--repo', repo, '--output', 'json', ...filters);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ReleaseRecord[]).map((x) => x.id)).toEqual(ids);
  });

  test('--output json prints the records themselves', async () => {
    const repo = await repoWith([newer]);
    const r = await run('release', 'list', '--repo', repo, '--output', 'json');
    expect(JSON.parse(r.stdout)).toEqual([newer]);
  });

  test('no state branch yet is not an error', async () => {
    const dir = tmpDir();
    const repo = await cloneOf(await makeRemote(dir), join(dir, 'user'));
    expect(await run('release', 'list', '--repo', repo.cwd)).toEqual({
      code: 0,
      stdout: 'no releases yet (state branch gitopshq/state does not exist)',
      stderr: '',
    });
    expect((await run('release', 'list', '--repo', repo.cwd, '--output', 'json')).stdout).toBe('[]');
  });

  test('--state-branch reads another branch', async () => {
    const repo = await repoWith([newer]);
    expect((await run('release', 'list', '--repo', repo, '--state-branch', 'other/state')).stdout).toBe(
      'no releases yet (state branch other/state does not exist)',
    );
    const bad = await run('release', 'list', '--repo', repo, '--state-branch', 'bad..name');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("state branch 'bad..name' is not a valid branch name");
  });

  test("the state branch named by gitopshq.yaml's stateBranch is the default", async () => {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.init();
    await git.commit('initial', { allowEmpty: true });
    await seedReleases(git, [newer], { branch: 'ops/releases' });
    expect((await run('release', 'list', '--repo', dir)).stdout).toContain(
      'state branch gitopshq/state does not exist',
    );
    writeFileSync(
      join(dir, 'gitopshq.yaml'),
      'apiVersion: gitopshq.io/v1\nkind: Config\nstateBranch: ops/releases\n',
    );
    const r = await run('release', 'list', '--repo', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(newer.id);
  });

  test('without origin it reads the local branch', async () => {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.init();
    await git.commit('initial', { allowEmpty: true });
    await seedReleases(git, [newer]);
    const r = await run('release', 'list', '--repo', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(newer.id);
  });

  test('usage errors exit 2', async () => {
    const repo = await repoWith([]);
    for (const argv of [
      ['release'],
      ['release', 'frobnicate'],
      ['release', 'list', 'extra'],
      ['release', 'list', '--state', 'Shipped'],
      ['release', 'show'],
      ['release', 'show', newer.id, 'extra'],
      ['release', 'show', 'a/../b'],
    ]) {
      const r = await run(...argv, '--repo', repo);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.stderr).not.toBe('');
    }
    const notRepo = await run('release', 'list', '--repo', tmpDir());
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toContain('is not a git repository');
  });
});

describe('gitopshq release show', () => {
  test('the fields, the history as a timeline, and the rollback target', async () => {
    const repo = await repoWith([older, newer]);
    const r = await run('release', 'show', newer.id, '--repo', repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'Release payment-api-prod-20261126-a1b2c3',
        '  Title:           payment-api: image.tag 1.4.2',
        '  Workload:        payment-api',
        '  Environment:     prod',
        '  Tenants:         acme',
        '  State:           Pending Approval',
        '  Author:          dev-alice',
        '  Created:         2026-11-26 10:00Z',
        '  Changes:         image.tag=1.4.2',
        '  Pull request:    #7 https://github.com/acme/gitops/pull/7 (branch gitopshq/release/x)',
        '  Rollback target: payment-api-prod-20261120-ffffff',
        '',
        'History:',
        '  2026-11-26 10:00Z  Draft             dev-alice',
        '  2026-11-26 10:01Z  Pending Approval  gitopshq-bot  PR #7 opened',
      ].join('\n'),
    );
    const none = await run('release', 'show', older.id, '--repo', repo);
    expect(none.stdout).toContain('  Rollback target: none recorded');
  });

  test('--output json prints the record', async () => {
    const repo = await repoWith([newer]);
    const r = await run('release', 'show', newer.id, '--repo', repo, '--output', 'json');
    expect(JSON.parse(r.stdout)).toEqual(newer);
  });

  test('an unknown id exits 1 and says where it looked', async () => {
    const repo = await repoWith([newer]);
    const r = await run('release', 'show', 'web-prod-20261126-000000', '--repo', repo);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'release web-prod-20261126-000000 not found on the state branch gitopshq/state',
    );
  });
});
