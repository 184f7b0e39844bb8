// Real repositories for the record-store tests: a bare "GitHub" remote reached over file://, and checkouts of it
// with a main branch, a tracked file and an uncommitted edit, like an action's GITHUB_WORKSPACE mid-job.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseFile } from '../../../src/domain/layout.js';
import type { PromotionRecord, ReleaseRecord } from '../../../src/domain/model.js';
import { Git } from '../../../src/git/git.js';
import { releaseToYaml } from '../../../src/state/record-yaml.js';
import { StateBranch } from '../../../src/state/state-branch.js';

/** The Git the tests drive repositories with. */
export function newGit(dir: string): Git {
  return new Git(dir);
}

export function sampleRelease(overrides: Partial<ReleaseRecord> = {}): ReleaseRecord {
  const id = overrides.id ?? 'payment-api-prod-20261126-a1b2c3';
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'payment-api',
    environment: 'prod',
    tenants: ['acme'],
    title: 'payment-api: image.tag 1.4.2',
    author: 'dev-alice',
    createdAt: '2026-11-26T10:00:00.000Z',
    state: 'Draft',
    history: [{ state: 'Draft', at: '2026-11-26T10:00:00.000Z', actor: 'dev-alice' }],
    changes: { updates: [{ path: 'image.tag', value: '1.4.2' }] },
    approvals: [],
    ...overrides,
  };
}

export function samplePromotion(overrides: Partial<PromotionRecord> = {}): PromotionRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'payment-api-staging-to-prod-20261126-0f0f0f',
    source: 'payment-api-staging-20261125-abcdef',
    from: 'staging',
    to: 'prod',
    actor: 'release-erin',
    createdAt: '2026-11-26T11:00:00.000Z',
    state: 'InProgress',
    waves: [{ wave: 0, tenants: ['acme'], releases: [] }],
    history: [{ state: 'InProgress', at: '2026-11-26T11:00:00.000Z', actor: 'release-erin' }],
    ...overrides,
  };
}

/** A bare repository with one commit on main; returns its file:// URL. */
export async function makeRemote(dir: string): Promise<string> {
  const bare = join(dir, 'remote.git');
  await newGit(dir).exec(['init', '-q', '--bare', '--initial-branch=main', bare]);
  const seed = join(dir, 'seed');
  await newGit(dir).exec(['init', '-q', '--initial-branch=main', seed]);
  const g = newGit(seed);
  writeFileSync(join(seed, 'gitopshq.yaml'), 'apiVersion: gitopshq.io/v1\nkind: Config\n');
  await g.add(['gitopshq.yaml']);
  await g.commit('initial');
  await g.exec(['push', '-q', `file://${bare}`, 'main']);
  return `file://${bare}`;
}

/** A clone of `url` in `dir` with main checked out. */
export async function cloneOf(url: string, dir: string): Promise<Git> {
  await newGit('/').clone(url, dir);
  return newGit(dir);
}

/** What a user would notice changed in a checkout: HEAD, the branch, the index and working tree. */
export async function checkoutState(git: Git) {
  return {
    head: await git.revParse('HEAD'),
    branch: (await git.exec(['symbolic-ref', 'HEAD'])).stdout.trim(),
    status: await git.status(),
    index: (await git.exec(['ls-files', '--stage'])).stdout,
    localBranches: (await git.exec(['for-each-ref', '--format=%(refname)', 'refs/heads'])).stdout,
  };
}

/**
 * Writes records to the state branch below the store, as an older version or a person might have: the store
 * refuses to create a release in a later state (its state changes only through transitions), but reads any valid one.
 */
export async function seedReleases(
  git: Git,
  records: readonly ReleaseRecord[],
  opts: { remote?: string; branch?: string } = {},
): Promise<void> {
  const state = new StateBranch({ git, remote: opts.remote, branch: opts.branch ?? 'gitopshq/state' });
  for (const r of records) {
    await state.fetch();
    const { tip } = await state.readAt(releaseFile(r.id));
    const commit = await state.commit(tip, releaseFile(r.id), releaseToYaml(r), `seed ${r.id}`, new Date());
    if (commit === undefined || !(await state.publish(commit, tip)))
      throw new Error(`could not seed ${r.id}`);
  }
}
