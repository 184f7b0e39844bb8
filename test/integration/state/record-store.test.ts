// The record store against real repositories: a bare remote over file:// and checkouts of it, or a local-only
// repository. What a user would notice: the records on the branch, the commits, and an untouched checkout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NameError, UserError, ValidationError } from '../../../src/domain/errors.js';
import { IllegalTransitionError } from '../../../src/domain/lifecycle.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { releaseToYaml } from '../../../src/state/record-yaml.js';
import { tmpDir } from '../../helpers/tmp.js';
import {
  checkoutState,
  cloneOf,
  makeRemote,
  newGit,
  samplePromotion,
  sampleRelease,
} from './record-store-fixtures.js';

const BRANCH = 'gitopshq/state';
const FAST = { baseMs: 1, maxMs: 20 };

async function remoteTip(url: string, branch = BRANCH): Promise<string | undefined> {
  const out = (await newGit('/').exec(['ls-remote', url, `refs/heads/${branch}`])).stdout.trim();
  return out ? out.split('\t')[0] : undefined;
}

async function commitCount(url: string, dir: string): Promise<number> {
  const g = await cloneOf(url, dir);
  const r = await g.exec(['rev-list', '--count', `origin/${BRANCH}`], { allowFail: true });
  return r.exitCode === 0 ? Number(r.stdout.trim()) : 0;
}

async function setup() {
  const dir = tmpDir();
  const url = await makeRemote(dir);
  const git = await cloneOf(url, join(dir, 'checkout'));
  return { dir, url, git };
}

/** Pushes `files` to the state branch with ordinary git from a separate clone: a write we did not make. */
async function pushRaw(url: string, dir: string, files: Record<string, string>): Promise<void> {
  const g = await cloneOf(url, dir);
  if ((await remoteTip(url)) !== undefined)
    await g.exec(['checkout', '-q', '-B', 'state', `origin/${BRANCH}`]);
  else await g.exec(['checkout', '-q', '--orphan', 'state']);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await g.addAll();
  await g.commit('raw write');
  await g.exec(['push', '-q', 'origin', `state:refs/heads/${BRANCH}`]);
}

describe('with a remote', () => {
  test('the first write creates the branch as a root commit holding only the record', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', actor: 'dev-alice' });
    expect(await store.refresh()).toBeUndefined();
    expect(await store.listReleases()).toEqual([]);
    expect(await store.getRelease('payment-api-prod-20261126-a1b2c3')).toBeUndefined();

    const release = sampleRelease();
    await store.createRelease(release);

    const check = await cloneOf(url, join(dir, 'check'));
    const ref = `origin/${BRANCH}`;
    const tip = await check.revParse(ref);
    expect((await check.exec(['rev-list', '--parents', ref])).stdout.trim()).toBe(tip); // one commit, no parent
    expect(await check.lsTree(ref)).toEqual([`releases/${release.id}.yaml`]);
    expect(await check.show(ref, `releases/${release.id}.yaml`)).toBe(releaseToYaml(release));
    const log = (await check.exec(['log', '-1', '--format=%an <%ae>|%cn|%s', ref])).stdout.trim();
    expect(log).toBe(
      `dev-alice <dev-alice@users.noreply.github.com>|gitopshq[bot]|release ${release.id}: created (Draft)`,
    );
    expect(await check.revParse('origin/main')).toBe(await git.revParse('HEAD')); // main untouched
    expect(await store.getRelease(release.id)).toEqual(release);
    expect(store.stats).toEqual({ attempts: 1, retries: 0, writes: 1 });
  });

  test('writes leave the checkout alone: HEAD, branch, index, working tree, local branches', async () => {
    const { dir, url, git } = await setup();
    writeFileSync(join(git.cwd, 'gitopshq.yaml'), 'apiVersion: gitopshq.io/v1\nkind: Config\n# staged\n');
    await git.add(['gitopshq.yaml']);
    writeFileSync(join(git.cwd, 'gitopshq.yaml'), 'apiVersion: gitopshq.io/v1\nkind: Config\n# and edited\n');
    writeFileSync(join(git.cwd, 'untracked.txt'), 'scratch\n');
    const before = await checkoutState(git);
    expect(before.status).toContain('MM gitopshq.yaml');

    const store = new RecordStore({ git, remote: url }); // a URL works as well as a remote name
    const release = sampleRelease();
    await store.createRelease(release);
    await store.updateRelease(release.id, (r) => ({ ...r, notes: 'more' }), `release ${release.id}: notes`);
    await store.createPromotion(samplePromotion());
    expect(await store.listReleases()).toHaveLength(1);

    expect(await checkoutState(git)).toEqual(before);
    const other = await cloneOf(url, join(dir, 'other'));
    expect((await new RecordStore({ git: other, remote: 'origin' }).getRelease(release.id))?.notes).toBe(
      'more',
    );
  });

  test('a rival write between our read and our push is retried on the new tip; both changes survive', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', backoff: FAST });
    const release = sampleRelease();
    await store.createRelease(release);
    const rival = new RecordStore({ git: await cloneOf(url, join(dir, 'rival')), remote: 'origin' });

    const seen: (string | undefined)[] = [];
    const result = await store.updateRelease(
      release.id,
      async (r) => {
        seen.push(r.notes);
        if (seen.length === 1) {
          await rival.updateRelease(
            release.id,
            (x) => ({ ...x, notes: 'rival' }),
            `release ${release.id}: rival`,
          );
        }
        return { ...r, tenants: [...r.tenants, 'globex'] };
      },
      `release ${release.id}: add tenant`,
    );

    expect(seen).toEqual([undefined, 'rival']); // the retry started from the rival's record
    expect(result).toMatchObject({ notes: 'rival', tenants: ['acme', 'globex'] });
    expect(await rival.getRelease(release.id)).toEqual(result);
    expect(store.stats).toEqual({ attempts: 3, retries: 1, writes: 2 }); // create + 2 attempts
    expect(await commitCount(url, join(dir, 'count'))).toBe(3);
  });

  test('a rival write to a different record still moves the tip; the retry keeps both records', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', backoff: FAST });
    const a = sampleRelease();
    const b = sampleRelease({ id: 'web-prod-20261126-000001', workload: 'web' });
    await store.createRelease(a);
    const rival = new RecordStore({ git: await cloneOf(url, join(dir, 'rival')), remote: 'origin' });
    let first = true;
    await store.updateRelease(
      a.id,
      async (r) => {
        if (first) await rival.createRelease(b);
        first = false;
        return { ...r, title: 'retitled' };
      },
      'retitle',
    );
    const all = await store.listReleases();
    expect(all.map((r) => [r.id, r.title]).sort()).toEqual([
      [a.id, 'retitled'],
      [b.id, b.title],
    ]);
    expect(store.stats.retries).toBe(1);
  });

  test('gives up after maxAttempts with an error naming the record and the attempts', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', backoff: FAST, maxAttempts: 3 });
    const release = sampleRelease();
    await store.createRelease(release);
    const rival = new RecordStore({ git: await cloneOf(url, join(dir, 'rival')), remote: 'origin' });
    let n = 0;
    const attempt = store.updateRelease(
      release.id,
      async (r) => {
        n++;
        await rival.updateRelease(release.id, (x) => ({ ...x, notes: `rival ${n}` }), 'rival');
        return { ...r, title: 'never lands' };
      },
      'ours',
    );
    await expect(attempt).rejects.toThrow(
      `could not write releases/${release.id}.yaml to branch ${BRANCH} on origin: other writers moved the branch first on all 3 attempts`,
    );
    // create + a first try from our own last commit (free: it needs no fetch) + the 3 attempts
    expect(store.stats).toMatchObject({ attempts: 5, retries: 3, writes: 1 });
    expect(await store.getRelease(release.id)).toMatchObject({ notes: 'rival 4', title: release.title });
  });

  test('after our own write the next one starts from our commit, but a stale start never decides', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', backoff: FAST });
    const release = sampleRelease();
    await store.createRelease(release);
    const rival = new RecordStore({ git: await cloneOf(url, join(dir, 'rival')), remote: 'origin' });
    await rival.transitionRelease(release.id, 'PendingApproval', { actor: 'bot' });
    await rival.updateRelease(release.id, (r) => ({ ...r, notes: 'rival' }), 'rival notes');

    // From our stale view (Draft) this move is illegal; from the latest (PendingApproval) it is not.
    const approved = await store.transitionRelease(release.id, 'Approved', { actor: 'rev-bob' });
    expect(approved.history.map((h) => h.state)).toEqual(['Draft', 'PendingApproval', 'Approved']);
    expect(approved.notes).toBe('rival');
    // From our now-current view this is a no-op, but the rival changed notes again: it must still be written.
    await rival.updateRelease(release.id, (r) => ({ ...r, notes: 'rival again' }), 'rival notes');
    const cleared = await store.updateRelease(release.id, (r) => ({ ...r, notes: 'rival' }), 'reset notes');
    expect(cleared.notes).toBe('rival');
    expect(await rival.getRelease(release.id)).toEqual(cleared);
    // Sequential writes with nobody in between need no fetch and no retry.
    const before = store.stats;
    await store.updateRelease(release.id, (r) => ({ ...r, title: 'one' }), 'one');
    await store.updateRelease(release.id, (r) => ({ ...r, title: 'two' }), 'two');
    expect(store.stats).toEqual({
      attempts: before.attempts + 2,
      retries: before.retries,
      writes: before.writes + 2,
    });
    expect((await rival.getRelease(release.id))?.title).toBe('two');
  });

  test('a mutation that makes the record invalid writes nothing and names the file', async () => {
    const { url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin' });
    const release = sampleRelease();
    await store.createRelease(release);
    const tip = await remoteTip(url);

    const bad = store.updateRelease(release.id, (r) => ({ ...r, title: '', tenants: ['Not A Name'] }), 'x');
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toThrow(`${BRANCH}:releases/${release.id}.yaml:`);
    await expect(bad).rejects.toThrow('nothing was written');
    await expect(
      store.updateRelease(release.id, (r) => ({ ...r, id: 'other-id' }), 'rename'),
    ).rejects.toThrow('may not change the id');
    await expect(
      store.createRelease(sampleRelease({ id: 'x-prod-20261126-000000', history: [] })),
    ).rejects.toThrow(ValidationError);
    expect(await remoteTip(url)).toBe(tip);
    expect(await store.getRelease(release.id)).toEqual(release);
  });

  test('an invalid record on the branch is a ValidationError naming branch, file, line and column', async () => {
    const { dir, url, git } = await setup();
    const id = 'payment-api-prod-20261126-a1b2c3';
    const broken = releaseToYaml(sampleRelease()).replace('state: Draft\nhistory', 'state: Shipped\nhistory');
    await pushRaw(url, join(dir, 'raw'), {
      [`releases/${id}.yaml`]: broken,
      'releases/web-prod-20261126-000001.yaml': releaseToYaml(sampleRelease()), // id does not match file name
      'releases/api-prod-20261126-000002.yaml': releaseToYaml(
        sampleRelease({ id: 'api-prod-20261126-000002' }),
      ),
    });
    const store = new RecordStore({ git, remote: 'origin' });
    const line = broken.split('\n').indexOf('state: Shipped') + 1;
    await expect(store.getRelease(id)).rejects.toThrow(
      new RegExp(`^${BRANCH}:releases/${id}\\.yaml:${line}:\\d+: `),
    );
    await expect(store.updateRelease(id, (r) => r, 'x')).rejects.toBeInstanceOf(ValidationError);
    // A list reports every broken file at once.
    const listed = store.listReleases();
    await expect(listed).rejects.toThrow(`${BRANCH}:releases/${id}.yaml:${line}`);
    await expect(listed).rejects.toThrow(
      `${BRANCH}:releases/web-prod-20261126-000001.yaml:1:1: id '${id}' does not match the file name`,
    );
    expect(await store.getRelease('api-prod-20261126-000002')).toBeDefined();
  });

  test('create refuses an existing id; update refuses a missing one; unsafe ids never reach git', async () => {
    const { url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin' });
    const release = sampleRelease();
    await store.createRelease(release);
    const tip = await remoteTip(url);
    await expect(store.createRelease({ ...release, title: 'again' })).rejects.toThrow(
      `release ${release.id} already exists on branch ${BRANCH} on origin`,
    );
    await expect(store.updateRelease('nope-prod-20261126-000000', (r) => r, 'x')).rejects.toThrow(
      `release nope-prod-20261126-000000 not found on branch ${BRANCH} on origin`,
    );
    await expect(store.getRelease('../../etc/passwd')).rejects.toBeInstanceOf(NameError);
    await expect(store.getPromotion('a/b')).rejects.toBeInstanceOf(NameError);
    expect(await remoteTip(url)).toBe(tip);
  });

  test('a mutation that changes nothing makes no commit', async () => {
    const { url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin' });
    const release = sampleRelease();
    await store.createRelease(release);
    const tip = await remoteTip(url);
    // Same content built in another key order: the stable serialisation makes it byte-identical.
    const reordered = Object.fromEntries(Object.entries(release).reverse()) as typeof release;
    expect(await store.updateRelease(release.id, () => reordered, 'noop')).toEqual(reordered);
    expect(await remoteTip(url)).toBe(tip);
    expect(store.stats.writes).toBe(1);
  });

  test('transitionRelease follows the lifecycle from the latest state, with a from -> to message', async () => {
    const { dir, url, git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', actor: 'rev-bob' });
    const release = sampleRelease();
    await store.createRelease(release);
    const at = new Date('2026-11-26T12:00:00.000Z');
    const moved = await store.transitionRelease(release.id, 'PendingApproval', {
      actor: 'rev-bob',
      note: 'PR #7',
      at,
    });
    expect(moved.state).toBe('PendingApproval');
    expect(moved.history.at(-1)).toEqual({
      state: 'PendingApproval',
      at: at.toISOString(),
      actor: 'rev-bob',
      note: 'PR #7',
    });
    const tip = await remoteTip(url);
    await expect(store.transitionRelease(release.id, 'Healthy', { actor: 'x' })).rejects.toBeInstanceOf(
      IllegalTransitionError,
    );
    expect(await remoteTip(url)).toBe(tip);
    const check = await cloneOf(url, join(dir, 'check'));
    expect((await check.exec(['log', '-1', '--format=%s', `origin/${BRANCH}`])).stdout.trim()).toBe(
      `release ${release.id}: Draft -> PendingApproval`,
    );
  });

  test('promotions: create, get, list, update, in their own folder', async () => {
    const { git } = await setup();
    const store = new RecordStore({ git, remote: 'origin', branch: 'custom/state' });
    const p = samplePromotion();
    await store.createPromotion(p);
    await store.createRelease(sampleRelease());
    // The state moves only through the promotion state machine; a plain update that sets it is refused.
    await expect(
      store.updatePromotion(
        p.id,
        (x) => ({
          ...x,
          state: 'Completed',
          history: [...x.history, { state: 'Completed', at: x.createdAt, actor: 'bot' }],
        }),
        'sneaky',
      ),
    ).rejects.toThrow(/changes only through transitionPromotion/);
    await expect(store.updatePromotion(p.id, (x) => ({ ...x, waves: [] }), 'drop a wave')).rejects.toThrow(
      /wave 0 of the promotion was removed or rewritten/,
    );
    const done = await store.transitionPromotion(p.id, 'Completed', { actor: 'bot', note: 'all Healthy' });
    expect(done.state).toBe('Completed');
    await expect(store.transitionPromotion(p.id, 'Failed', { actor: 'bot' })).rejects.toThrow(
      /Completed is final/,
    );
    expect(await store.getPromotion(p.id)).toEqual(done);
    expect((await store.listPromotions()).map((x) => x.id)).toEqual([p.id]);
    expect((await store.listReleases()).map((x) => x.id)).toEqual([sampleRelease().id]);
    expect(await remoteTip(`${git.cwd}/../remote.git`, 'custom/state')).toBeDefined();
    expect(await remoteTip(`${git.cwd}/../remote.git`)).toBeUndefined();
  });
});

describe('without a remote (a local-only repository)', () => {
  async function localRepo() {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.init();
    writeFileSync(join(dir, 'gitopshq.yaml'), 'kind: Config\n');
    await git.add(['gitopshq.yaml']);
    await git.commit('initial');
    writeFileSync(join(dir, 'gitopshq.yaml'), 'kind: Config\n# edited\n');
    return git;
  }

  test('reads and writes the local branch, creating it, and leaves HEAD, index and tree alone', async () => {
    const git = await localRepo();
    const before = await checkoutState(git);
    const store = new RecordStore({ git });
    expect(await store.listReleases()).toEqual([]);
    const release = sampleRelease();
    await store.createRelease(release);
    await store.transitionRelease(release.id, 'PendingApproval', { actor: 'bot' });
    expect((await store.getRelease(release.id))?.state).toBe('PendingApproval');
    expect(await git.show(`refs/heads/${BRANCH}`, `releases/${release.id}.yaml`)).toContain(
      'state: PendingApproval',
    );
    const after = await checkoutState(git);
    expect(after.localBranches).toBe(`refs/heads/${BRANCH}\nrefs/heads/main\n`);
    expect({ ...after, localBranches: '' }).toEqual({ ...before, localBranches: '' });
  });

  test('a rival local writer is caught by the update-ref compare-and-swap and retried', async () => {
    const git = await localRepo();
    const store = new RecordStore({ git, backoff: FAST });
    const rival = new RecordStore({ git: newGit(git.cwd) });
    const release = sampleRelease();
    await store.createRelease(release);
    let first = true;
    const result = await store.updateRelease(
      release.id,
      async (r) => {
        if (first) await rival.updateRelease(release.id, (x) => ({ ...x, notes: 'rival' }), 'rival');
        first = false;
        return { ...r, title: 'ours' };
      },
      'ours',
    );
    expect(result).toMatchObject({ notes: 'rival', title: 'ours' });
    expect(store.stats.retries).toBe(1);
  });

  test('refuses to move the state branch when it is the checked-out branch', async () => {
    const git = await localRepo();
    await git.exec(['checkout', '-q', '-b', BRANCH]);
    const store = new RecordStore({ git });
    await expect(store.createRelease(sampleRelease())).rejects.toThrow(
      `the state branch ${BRANCH} is checked out in ${git.cwd}`,
    );
    await expect(store.createRelease(sampleRelease())).rejects.toBeInstanceOf(UserError);
  });

  test('refuses as well when HEAD names the state branch before it has a commit, and writes nothing', async () => {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.exec(['init', '-q', `--initial-branch=${BRANCH}`, dir]);
    const store = new RecordStore({ git });
    await expect(store.createRelease(sampleRelease())).rejects.toThrow(
      `the state branch ${BRANCH} is checked out in ${git.cwd}`,
    );
    expect(await git.tryRevParse(`refs/heads/${BRANCH}`)).toBeUndefined();
  });

  test("a branch whose name starts with the state branch's is not taken for it", async () => {
    // The tip is read with for-each-ref, which matches patterns by prefix: only the exact ref may answer.
    const git = await localRepo();
    await git.exec(['branch', `${BRANCH}-old`]);
    const store = new RecordStore({ git });
    expect((await store.readAll()).tip).toBeUndefined();
    await store.createRelease(sampleRelease());
    expect((await store.readAll()).releases).toHaveLength(1);
  });
});
