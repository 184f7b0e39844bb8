// The compatibility promise (README#compatibility): records in the gitopshq.io/v1 format as gitopshq 0.1.0 wrote
// them (test/fixtures/records-v1, before `health`, `rolledBackTo` and `breakGlass` existed) are read by this version,
// move through the lifecycle, and are written back in the same format; a record in a later format is refused with one
// message naming the file, the line and the fix (upgrade), and nothing is written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { StateBranch } from '../../../src/state/state-branch.js';
import { tmpDir } from '../../helpers/tmp.js';
import { cloneOf, makeRemote, newGit } from './record-store-fixtures.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'records-v1');
const BRANCH = 'gitopshq/state';

function fixtureFiles(): { path: string; content: string }[] {
  return ['releases', 'promotions'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).map((f) => ({
      path: `${dir}/${f}`,
      content: readFileSync(join(FIXTURES, dir, f), 'utf8'),
    })),
  );
}

/** A remote whose state branch holds exactly `files`, written below the store as an older version did. */
async function stateBranchWith(files: { path: string; content: string }[]) {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  const git = await cloneOf(url, join(dir, 'writer'));
  const state = new StateBranch({ git, remote: 'origin', branch: BRANCH });
  const commit = await state.commitFiles(undefined, files, 'records written by gitopshq 0.1.0', new Date());
  if (!commit || !(await state.publish(commit, undefined)))
    throw new Error('could not seed the state branch');
  const store = new RecordStore({ git: await cloneOf(url, join(dir, 'checkout')), remote: 'origin' });
  const tip = async () =>
    (await newGit('/').exec(['ls-remote', url, `refs/heads/${BRANCH}`])).stdout.slice(0, 40);
  const show = async (path: string) =>
    (
      await (
        await cloneOf(url, join(dir, `show-${Math.random().toString(36).slice(2)}`))
      ).exec(['show', `origin/${BRANCH}:${path}`])
    ).stdout;
  return { store, tip, show };
}

describe('v1 records written by 0.1.0', () => {
  test('are listed and read field for field', async () => {
    const { store } = await stateBranchWith(fixtureFiles());
    const releases = await store.listReleases();
    expect(releases.map((r) => `${r.id} ${r.state}`).sort()).toEqual([
      'payment-api-dev-20261126-1a2b3c Healthy',
      'payment-api-prod-20261126-4d5e6f Approved',
    ]);
    const prod = await store.getRelease('payment-api-prod-20261126-4d5e6f');
    expect(prod?.approvals.map((a) => a.reviewer)).toEqual(['rev-bob', 'sre-carol']);
    expect(prod?.notes).toBe('Fixes the refund rounding.\n');
    expect(prod?.health).toBeUndefined();
    const [promotion] = await store.listPromotions();
    expect(promotion?.waves).toEqual([
      { wave: 1, tenants: ['acme', 'globex'], releases: ['payment-api-prod-20261126-4d5e6f'] },
    ]);
  });

  test('move through the lifecycle and are written back as gitopshq.io/v1, other fields untouched', async () => {
    const { store, show } = await stateBranchWith(fixtureFiles());
    const id = 'payment-api-dev-20261126-1a2b3c';
    await store.transitionRelease(id, 'RolledBack', {
      actor: 'release-erin',
      note: 'error rate up',
      patch: { rolledBackTo: 'payment-api-dev-20261120-000000' },
    });
    const text = await show(`releases/${id}.yaml`);
    expect(text).toMatch(/^apiVersion: gitopshq\.io\/v1$/m);
    const after = await store.getRelease(id);
    expect(after?.state).toBe('RolledBack');
    expect(after?.history.at(-1)).toMatchObject({
      state: 'RolledBack',
      actor: 'release-erin',
      note: 'error rate up',
    });
    expect(after?.deploy).toEqual({
      commit: '0123456789abcdef0123456789abcdef01234567',
      deploymentId: 11,
      branch: 'gitopshq/deploy/dev',
    });
    expect(after?.pullRequest?.number).toBe(3);
  });
});

describe('v1 records written by a later 1.x, with fields this version does not know', () => {
  // A later 1.x may add optional fields anywhere in a record (README#compatibility): runners on different 1.x versions
  // share one state branch, so this version reads such a record, acts on what it knows, and keeps the rest.
  const dev = 'payment-api-dev-20261126-1a2b3c';
  const later = readFileSync(join(FIXTURES, 'releases', `${dev}.yaml`), 'utf8')
    .replace('state: Healthy\n', 'state: Healthy\nverifiedBy: [argocd, flux]\n')
    .replace(/(\n {2}- state: PendingApproval\n)/, '$1    source: webhook\n');
  const promotion = readdirSync(join(FIXTURES, 'promotions'))[0] as string;
  const laterPromotion = readFileSync(join(FIXTURES, 'promotions', promotion), 'utf8').replace(
    /\nwaves:\n/,
    '\nwindow: { start: 2026-11-27T08:00:00Z }\nwaves:\n',
  );

  test('are read (listed, and one by one), moved, and written back with those fields kept', async () => {
    expect(later).toContain('verifiedBy: [argocd, flux]');
    expect(later).toContain('    source: webhook\n');
    expect(laterPromotion).toContain('window: { start:');
    const { store, show } = await stateBranchWith([
      { path: `releases/${dev}.yaml`, content: later },
      { path: `promotions/${promotion}`, content: laterPromotion },
    ]);
    expect((await store.readAll()).releases.map((r) => r.id)).toEqual([dev]);
    expect((await store.listPromotions()).map((p) => `promotions/${p.id}.yaml`)).toEqual([
      `promotions/${promotion}`,
    ]);
    expect((await store.getRelease(dev))?.state).toBe('Healthy');
    await store.transitionRelease(dev, 'RolledBack', { actor: 'release-erin', note: 'error rate up' });
    const text = await show(`releases/${dev}.yaml`);
    expect((await store.getRelease(dev))?.state).toBe('RolledBack');
    expect(text).toMatch(/^verifiedBy:\n {2}- argocd\n {2}- flux$/m);
    expect(text).toMatch(/^ {2}- state: PendingApproval\n(?: {4}\w+: .*\n)* {4}source: webhook$/m);
  });
});

describe('a record in a later format', () => {
  const v2 = readFileSync(join(FIXTURES, 'releases', 'payment-api-dev-20261126-1a2b3c.yaml'), 'utf8')
    .replace('apiVersion: gitopshq.io/v1', 'apiVersion: gitopshq.io/v2')
    .replace('state: Healthy\n', 'state: Healthy\nverifiedBy: [argocd]\n');

  test('is refused with one finding: file, line, and upgrade gitopshq; nothing is written', async () => {
    const { store, tip } = await stateBranchWith([
      { path: 'releases/payment-api-dev-20261126-1a2b3c.yaml', content: v2 },
    ]);
    const before = await tip();
    const err = await store.getRelease('payment-api-dev-20261126-1a2b3c').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    const findings = (err as ValidationError).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: `${BRANCH}:releases/payment-api-dev-20261126-1a2b3c.yaml`,
      line: 1,
      message: expect.stringMatching(
        /^apiVersion gitopshq\.io\/v2 is a format this gitopshq does not read \(it reads gitopshq\.io\/v1\): .*upgrade gitopshq/,
      ),
    });
    const write = await store
      .transitionRelease('payment-api-dev-20261126-1a2b3c', 'RolledBack', { actor: 'release-erin' })
      .catch((e: unknown) => e);
    expect(write).toBeInstanceOf(ValidationError);
    expect(await tip()).toBe(before);
  });
});
