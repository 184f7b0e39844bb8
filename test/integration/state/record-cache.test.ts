// The cache of parsed records (src/state/record-cache.ts) against a real repository: what a user would notice is
// that a second read gives the same records without reading them from git, that a changed record is read again,
// that a broken or tampered cache never changes a record, and that an invalid record is still refused.
import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ValidationError } from '../../../src/domain/errors.js';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import { cacheKey, RecordCache } from '../../../src/state/record-cache.js';
import { RecordStore } from '../../../src/state/record-store.js';
import { deliveryMetrics } from '../../../src/usecases/metrics.js';
import { seedStateBranch } from '../../helpers/state-branch-seed.js';
import { tmpDir } from '../../helpers/tmp.js';
import { newGit, samplePromotion, sampleRelease } from './record-store-fixtures.js';

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'workflows-templates');

function releases(n: number): ReleaseRecord[] {
  return Array.from({ length: n }, (_, i) =>
    sampleRelease({ id: `payment-api-prod-20261126-${i.toString(16).padStart(6, '0')}` }),
  );
}

async function repo() {
  const dir = tmpDir();
  const git = newGit(dir);
  await git.exec(['init', '-q', '--initial-branch=main', dir]);
  await seedStateBranch(git, { releases: releases(20), promotions: [samplePromotion()] });
  const cacheDir = join(dir, '.git', 'gitopshq', 'cache');
  const store = () => new RecordStore({ git, cache: new RecordCache(cacheDir) });
  return { dir, git, cacheDir, store };
}

describe('the cache of parsed records', () => {
  test('a second read takes every record from the cache and gives the same records', async () => {
    const { cacheDir, store } = await repo();
    const first = store();
    const cold = await first.readAll();
    expect(first.cacheStats).toEqual({ hits: 0, misses: 21, written: true });
    expect(readdirSync(cacheDir)).toEqual([`records-${cacheKey()}.jsonl`]);
    const second = store();
    const warm = await second.readAll();
    expect(second.cacheStats).toEqual({ hits: 21, misses: 0, written: false });
    expect(warm).toEqual(cold);
    expect(warm.releases).toHaveLength(20);
  });

  test('records of any size and script come back whole from the cache (the file is written in chunks)', async () => {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.exec(['init', '-q', '--initial-branch=main', dir]);
    // Multi-byte text split anywhere a chunk may end, and one record whose line is larger than the write buffer
    // (4 MB) even before UTF-8 makes it larger still.
    const big = sampleRelease({
      id: 'payment-api-prod-20261126-ffffff',
      notes: `ünïcödé 🚀 ${'€'.repeat(1_500_000)}`,
    });
    const many = Array.from({ length: 3000 }, (_, i) =>
      sampleRelease({
        id: `payment-api-prod-20261126-${i.toString(16).padStart(6, '0')}`,
        notes: `${'é'.repeat(i % 700)} 🚀 line ${i}`,
      }),
    );
    await seedStateBranch(git, { releases: [...many, big] });
    const cacheDir = join(dir, '.git', 'gitopshq', 'cache');
    const cold = await new RecordStore({ git, cache: new RecordCache(cacheDir) }).readAll();
    const warmStore = new RecordStore({ git, cache: new RecordCache(cacheDir) });
    const warm = await warmStore.readAll();
    expect(warmStore.cacheStats).toEqual({ hits: 3001, misses: 0, written: false });
    expect(warm.releases).toEqual(cold.releases);
    expect(warm.releases.find((r) => r.id.endsWith('ffffff'))?.notes).toBe(big.notes);
    expect(readdirSync(cacheDir)).toEqual([`records-${cacheKey()}.jsonl`]);
  });

  test('readAll hands each record over once as it is read, from git or from the cache, the same as it returns', async () => {
    const { git, store } = await repo();
    const seen = async (reader: RecordStore) => {
      const heard: string[] = [];
      const read = await reader.readAll(undefined, (kind, record) => heard.push(`${kind} ${record.id}`));
      const returned = [
        ...read.releases.map((r) => `release ${r.id}`),
        ...read.promotions.map((p) => `promotion ${p.id}`),
      ];
      expect(heard.sort()).toEqual(returned.sort());
      return heard.length;
    };
    expect(await seen(store())).toBe(21); // cold: all from git
    await seedStateBranch(git, { releases: releases(22).slice(20) });
    const mixed = store();
    expect(await seen(mixed)).toBe(23); // 21 from the cache, 2 new from git
    expect(mixed.cacheStats).toMatchObject({ hits: 21, misses: 2 });
  });

  test('a kind left out of `collect` is only handed over, never returned, and is still cached whole', async () => {
    const { git, store } = await repo();
    const collectOnly = async (reader: RecordStore) => {
      const heard: string[] = [];
      const read = await reader.readAll(undefined, (kind, record) => heard.push(`${kind} ${record.id}`), [
        'promotion',
      ]);
      expect(read.releases).toEqual([]);
      expect(read.promotions.map((p) => p.id)).toEqual([samplePromotion().id]);
      expect(heard.filter((h) => h.startsWith('promotion '))).toEqual([`promotion ${samplePromotion().id}`]);
      return heard.length;
    };
    const cold = store();
    expect(await collectOnly(cold)).toBe(21);
    expect(cold.cacheStats).toEqual({ hits: 0, misses: 21, written: true });
    // The cache holds every record, the releases not kept included: a full read takes all 21 from it.
    const full = store();
    expect((await full.readAll()).releases).toHaveLength(20);
    expect(full.cacheStats).toEqual({ hits: 21, misses: 0, written: false });
    // A new record from git and the cached ones, mixed: the cache is rewritten with all 22.
    await seedStateBranch(git, { releases: releases(21).slice(20) });
    const mixed = store();
    expect(await collectOnly(mixed)).toBe(22);
    expect(mixed.cacheStats).toEqual({ hits: 21, misses: 1, written: true });
    const after = store();
    await after.readAll();
    expect(after.cacheStats).toEqual({ hits: 22, misses: 0, written: false });
  });

  test('a record changed on the branch is read again from git; the others stay cached', async () => {
    const { store } = await repo();
    await store().readAll();
    const writer = store();
    await writer.transitionRelease('payment-api-prod-20261126-000003', 'PendingApproval', {
      actor: 'dev-alice',
    });
    const reader = store();
    const { releases: read } = await reader.readAll();
    expect(reader.cacheStats).toEqual({ hits: 20, misses: 1, written: true });
    expect(read.find((r) => r.id.endsWith('000003'))?.state).toBe('PendingApproval');
    const again = store();
    await again.readAll();
    expect(again.cacheStats).toMatchObject({ hits: 21, misses: 0 });
  });

  test('a damaged cache file is only a miss: the records come from git, the file is rewritten', async () => {
    const { cacheDir, store } = await repo();
    const cold = await store().readAll();
    const file = join(cacheDir, `records-${cacheKey()}.jsonl`);
    const lines = readFileSync(file, 'utf8').split('\n');
    // One line cut short, one record swapped for another id under the same blob: neither may be believed.
    lines[0] = (lines[0] as string).slice(0, 60);
    const [blob] = (lines[1] as string).split(' ');
    lines[1] = `${blob} ${JSON.stringify({ ...cold.releases[5], id: 'someone-else' })}`;
    writeFileSync(file, lines.join('\n'));
    const reader = store();
    expect(await reader.readAll()).toEqual(cold);
    expect(reader.cacheStats).toEqual({ hits: 19, misses: 2, written: true });
  });

  test('an invalid record is still refused with its file named, and never cached', async () => {
    const { git, cacheDir, store } = await repo();
    await store().readAll();
    const broken = sampleRelease({ id: 'payment-api-prod-20261126-bad000' });
    await seedStateBranch(git, { releases: [{ ...broken, state: 'Sideways' as ReleaseRecord['state'] }] });
    const reader = store();
    const error = await reader.readAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('releases/payment-api-prod-20261126-bad000.yaml');
    expect(readFileSync(join(cacheDir, `records-${cacheKey()}.jsonl`), 'utf8')).not.toContain('bad000');
  });

  test('a first read that meets an invalid record leaves no cache and no half-written file behind', async () => {
    const dir = tmpDir();
    const git = newGit(dir);
    await git.exec(['init', '-q', '--initial-branch=main', dir]);
    const broken = sampleRelease({ id: 'payment-api-prod-20261126-bad000' });
    // The valid records come first (ids sort before it), so their lines are being written when the bad one comes.
    await seedStateBranch(git, {
      releases: [...releases(20), { ...broken, state: 'Sideways' as ReleaseRecord['state'] }],
    });
    const cacheDir = join(dir, '.git', 'gitopshq', 'cache');
    const reader = new RecordStore({ git, cache: new RecordCache(cacheDir) });
    const error = await reader.readAll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    // Past any write still under way when the error came (the file is opened in the background).
    await new Promise((done) => setTimeout(done, 300));
    const left = existsSync(cacheDir) ? readdirSync(cacheDir) : [];
    expect(left).toEqual([]);
  });

  test('a filtered read keeps a cache up to date, never starts one, and keeps the entries it left out', async () => {
    const { git, cacheDir, store } = await repo();
    // Cold, releases only (as `gitopshq release list` reads): no cache is started (that costs what parsing did).
    const list = store();
    await list.readAll((kind) => kind === 'release');
    expect(list.cacheStats).toEqual({ hits: 0, misses: 20, written: false });
    expect(existsSync(cacheDir)).toBe(false);
    // A full read starts it; the next filtered read finds all it needs and writes nothing.
    const full = store();
    await full.readAll();
    expect(full.cacheStats).toEqual({ hits: 0, misses: 21, written: true });
    const again = store();
    await again.readAll((kind) => kind === 'release');
    expect(again.cacheStats).toEqual({ hits: 20, misses: 0, written: false });
    // A new release read by a filtered read: cached beside the promotion it left out, which a full read still finds.
    await seedStateBranch(git, { releases: releases(21).slice(20) });
    const newer = store();
    await newer.readAll((kind) => kind === 'release');
    expect(newer.cacheStats).toEqual({ hits: 20, misses: 1, written: true });
    const last = store();
    const all = await last.readAll();
    expect(last.cacheStats).toEqual({ hits: 22, misses: 0, written: false });
    expect(all.promotions).toHaveLength(1);
  });

  test('a filtered read that found everything cached writes nothing; files of another key are removed', async () => {
    const { git, cacheDir, store } = await repo();
    await store().readAll();
    writeFileSync(join(cacheDir, 'unrelated'), 'kept');
    writeFileSync(join(cacheDir, 'records-0000000000000000.jsonl'), 'old format\n');
    // Another run's file being made stays; one left by a run killed an hour ago goes.
    const making = join(cacheDir, `records-${cacheKey()}.jsonl.999991.tmp`);
    const killed = join(cacheDir, `records-${cacheKey()}.jsonl.999992.tmp`);
    writeFileSync(making, 'partial\n');
    writeFileSync(killed, 'partial\n');
    const hourAgo = new Date(Date.now() - 3_700_000);
    utimesSync(killed, hourAgo, hourAgo);
    const filtered = store();
    const { releases: some } = await filtered.readAll((kind, id) => kind === 'release' && id.endsWith('0'));
    expect(some.map((r) => r.id)).toEqual([
      'payment-api-prod-20261126-000000',
      'payment-api-prod-20261126-000010',
    ]);
    expect(filtered.cacheStats).toEqual({ hits: 2, misses: 0, written: false });
    await seedStateBranch(git, { releases: releases(21).slice(20) });
    await store().readAll();
    expect(readdirSync(cacheDir).sort()).toEqual(
      [`records-${cacheKey()}.jsonl`, `records-${cacheKey()}.jsonl.999991.tmp`, 'unrelated'].sort(),
    );
  });

  test('gitopshq metrics keeps its cache under .git and gives the same figures warm as cold', async () => {
    const { dir, cacheDir } = await repo();
    const until = '2026-11-27T00:00:00Z';
    const since = '2026-10-28T00:00:00Z';
    const cold = await deliveryMetrics({ repo: dir, since, until });
    expect(cold.value?.cache).toEqual({ hits: 0, misses: 21, written: true });
    expect(existsSync(cacheDir)).toBe(true);
    const warm = await deliveryMetrics({ repo: dir, since, until });
    expect(warm.value?.cache).toEqual({ hits: 21, misses: 0, written: false });
    expect(warm.value?.report).toEqual(cold.value?.report);
    const off = await deliveryMetrics({ repo: dir, since, until, cache: false });
    expect(off.value?.cache).toBeUndefined();
    expect(off.value?.report).toEqual(cold.value?.report);
  });

  test('a fresh clone given the folder the dashboard template restores reads every record from it', async () => {
    const { dir } = await repo();
    const window = { since: '2026-10-28T00:00:00Z', until: '2026-11-27T00:00:00Z' };
    const template = parse(readFileSync(join(templatesDir, 'gitopshq-dashboard.yml'), 'utf8')) as {
      jobs: { build: { steps: { uses?: string; with?: { path?: string } }[] } };
    };
    const path =
      template.jobs.build.steps.find((s) => s.uses?.startsWith('actions/cache@'))?.with?.path ?? '';
    // The scheduled run before: a checkout that fetched the state branch and wrote its cache.
    const before = tmpDir();
    await newGit(before).exec(['clone', '-q', dir, before]);
    expect((await deliveryMetrics({ repo: before, ...window })).value?.cache).toMatchObject({ misses: 21 });
    // This run: another fresh checkout, into which actions/cache puts the folder back at the same path.
    const after = tmpDir();
    await newGit(after).exec(['clone', '-q', dir, after]);
    cpSync(join(before, path), join(after, path), { recursive: true });
    const warm = await deliveryMetrics({ repo: after, ...window });
    expect(warm.value?.cache).toEqual({ hits: 21, misses: 0, written: false });
  });
});
