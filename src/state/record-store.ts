// The store of release and promotion records on the state branch (docs/architecture.md#state-repo-layout):
// `releases/<id>.yaml` and `promotions/<id>.yaml` on `gitopshq/state`, one file per record, written with optimistic
// concurrency.
//
//   const store = new RecordStore({ git: new Git(checkout), remote: 'origin', actor: 'dev-alice' });
//   await store.createRelease(record);                       // fails if the id exists
//   await store.transitionRelease(id, 'Approved', { actor, note, patch: { approvals } }); // state + data, one write
//   await store.updateRelease(id, (r) => ({ ...r, notes }), `release ${id}: notes`);     // never state or history
//   store.stats                                              // attempts, retries, writes: for the job summary
//
// The lifecycle cannot be bypassed: every release write is checked inside the write loop, on the record as stored
// and as about to be written (lifecycleBypass in src/domain/lifecycle.ts). updateRelease and createRelease throw a
// LifecycleBypassError when the state or the history would change around transition(); transitionRelease accepts
// exactly one legal transition, plus whatever its `patch` sets, in the same commit.
//
// This file is the store's API; the work is done beside it:
//   record-kinds.ts         where each kind of record lives, its schema and its YAML;
//   record-store-read.ts    the read path: parsing and checking records, readAll's one pass over the branch;
//   record-store-write.ts   the write path: the optimistic-concurrency loop (fetch, re-read, mutate, check,
//                           compare-and-swap, backoff) and the lifecycle guards it runs on every attempt;
//   state-branch.ts         the git plumbing underneath both.
// Every record is validated on read (an invalid one is a ValidationError naming `<branch>:releases/<id>.yaml`) and
// before write (a mutation producing an invalid record writes nothing). The checkout passed in is never modified: no
// working tree, index, HEAD or current-branch change (see state-branch.ts).
import { DEFAULT_STATE_BRANCH } from '../domain/layout.js';
import { transition } from '../domain/lifecycle.js';
import type { PromotionRecord, PromotionState, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { transitionPromotion } from '../domain/promotion-lifecycle.js';
import { assertRecordId } from '../domain/release-id.js';
import type { Git } from '../git/git.js';
import type { RecordCache } from './record-cache.js';
import { PROMOTION, RELEASE, type RecordKind } from './record-kinds.js';
import { type CacheReadStats, parseRecord, type RecordListener, readRecords } from './record-store-read.js';
import {
  type CommitMessage,
  guardLifecycle,
  guardPromotion,
  type Mutation,
  RecordWriter,
  type StoreStats,
} from './record-store-write.js';
import { StateBranch } from './state-branch.js';
import { StateIntents } from './state-intents.js';

export type { RecordListener } from './record-store-read.js';
export type { CommitMessage, Mutation, StoreStats } from './record-store-write.js';

export interface RecordStoreOptions {
  /** The repository to work in (the action's checkout, or the CLI's --repo). Never modified. */
  git: Git;
  /** A remote name (`origin`) or URL. Omitted: a local-only repository whose own branch is the truth. */
  remote?: string;
  /** Default `gitopshq/state`. */
  branch?: string;
  /** Commit author of the writes (a GitHub login); the committer is always the bot. */
  actor?: string;
  /** Attempts per write before giving up (default 10). */
  maxAttempts?: number;
  /**
   * Backoff before retry n (1-based): a uniformly random wait in [0, min(maxMs, unit * 2^(n-1))) ("full
   * jitter"), where unit is the duration of the attempt that just lost, at least baseMs (default 20 ms, max 30 s).
   */
  backoff?: { baseMs: number; maxMs: number };
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
  /**
   * Parsed and validated records by blob id (src/state/record-cache.ts), for readAll: a second read of a large
   * branch skips git cat-file, parsing and validation for every record unchanged since.
   */
  cache?: RecordCache;
}

/** Every record at one commit of the state branch (tip undefined: the branch does not exist yet). */
export interface StateRecords {
  tip: string | undefined;
  releases: ReleaseRecord[];
  promotions: PromotionRecord[];
}

/** The data that comes with a state change (approvals, deploy commit, break-glass): a partial or a function. */
export type ReleasePatch =
  | Partial<Omit<ReleaseRecord, 'id' | 'state' | 'history'>>
  | ((moved: ReleaseRecord) => ReleaseRecord);

export class RecordStore {
  readonly branch: string;
  private readonly state: StateBranch;
  private readonly writer: RecordWriter;
  private readonly cache: RecordCache | undefined;
  /** What the last readAll took from the cache (undefined: no cache). */
  cacheStats: CacheReadStats | undefined;

  constructor(opts: RecordStoreOptions) {
    this.branch = opts.branch ?? DEFAULT_STATE_BRANCH;
    this.state = new StateBranch({
      git: opts.git,
      remote: opts.remote,
      branch: this.branch,
      actor: opts.actor,
    });
    this.writer = new RecordWriter(this.state, {
      intents: opts.remote === undefined ? undefined : new StateIntents(this.state, opts.remote),
      maxAttempts: opts.maxAttempts,
      backoff: opts.backoff,
      random: opts.random,
    });
    this.cache = opts.cache;
  }

  get stats(): Readonly<StoreStats> {
    return this.writer.stats;
  }

  /** Fetches the branch; undefined when it does not exist yet (no record was ever written). */
  refresh(): Promise<string | undefined> {
    return this.state.refresh();
  }

  listReleases(): Promise<ReleaseRecord[]> {
    return this.list(RELEASE);
  }
  getRelease(id: string): Promise<ReleaseRecord | undefined> {
    return this.get(RELEASE, id);
  }
  /** A new release: in an initial state (Draft, PendingApproval), with the one history entry of that state. */
  createRelease(record: ReleaseRecord, message?: CommitMessage<ReleaseRecord>): Promise<ReleaseRecord> {
    const msg = message ?? `release ${record.id}: created (${record.state})`;
    return this.writer.create(RELEASE, record, msg, guardLifecycle());
  }
  /** Changes anything but the state and the history (LifecycleBypassError otherwise): use transitionRelease. */
  updateRelease(
    id: string,
    mutate: Mutation<ReleaseRecord>,
    message: CommitMessage<ReleaseRecord>,
  ): Promise<ReleaseRecord> {
    return this.writer.update(RELEASE, id, mutate, message, guardLifecycle());
  }

  /**
   * Moves a release through the lifecycle from its LATEST state (IllegalTransitionError if not allowed) and applies
   * `patch`, the data that comes with the move, in the same commit. A patch may not touch state or history.
   */
  transitionRelease(
    id: string,
    to: ReleaseState,
    opts: { actor: string; note?: string; at?: Date; patch?: ReleasePatch },
  ): Promise<ReleaseRecord> {
    const { patch } = opts;
    return this.writer.update(
      RELEASE,
      id,
      async (r) => {
        const moved = transition(r, to, opts.actor, opts.note, opts.at);
        if (patch === undefined) return moved;
        return typeof patch === 'function' ? patch(moved) : { ...moved, ...patch };
      },
      (before) => `release ${id}: ${before?.state ?? '?'} -> ${to}`,
      guardLifecycle(to),
    );
  }

  listPromotions(): Promise<PromotionRecord[]> {
    return this.list(PROMOTION);
  }

  /**
   * Every release and promotion at the branch's tip in one pass: one fetch, one `ls-tree`, one `cat-file --batch`
   * (never a process per record; record-store-read.ts). `include` skips records by id before their files are even
   * read (the deploy summary reads only recent releases of one environment). Every invalid record at once is a
   * ValidationError.
   */
  async readAll(
    include?: (kind: 'release' | 'promotion', id: string) => boolean,
    /**
     * Called with each record as soon as it is read and checked (from the cache, or as git writes it out), in no
     * particular order, so a caller can work on it while git writes the next ones (metrics prepares its facts).
     */
    onRecord?: RecordListener,
    /**
     * The kinds whose records the result holds (default: both). A caller that takes what it needs from `onRecord`
     * leaves its kind out, and the records are not kept through the read: the garbage collector copies every object
     * that lives, and 10,000 parsed releases kept to the end cost a cold metrics run about a tenth of its time.
     */
    collect: readonly ('release' | 'promotion')[] = ['release', 'promotion'],
  ): Promise<StateRecords> {
    const kinds = [RELEASE, PROMOTION];
    const [{ tip, blobs }] = await Promise.all([
      this.state.listTip(kinds.map((k) => k.dir)),
      this.cache?.load(),
    ]);
    if (tip === undefined) return { tip, releases: [], promotions: [] };
    const { records, cacheStats } = await readRecords(this.state, blobs, kinds, {
      include,
      cache: this.cache,
      onRecord,
      collect,
    });
    if (cacheStats !== undefined) this.cacheStats = cacheStats;
    const [releases, promotions] = records;
    return { tip, releases: releases as ReleaseRecord[], promotions: promotions as PromotionRecord[] };
  }
  getPromotion(id: string): Promise<PromotionRecord | undefined> {
    return this.get(PROMOTION, id);
  }
  createPromotion(
    record: PromotionRecord,
    message?: CommitMessage<PromotionRecord>,
  ): Promise<PromotionRecord> {
    return this.writer.create(
      PROMOTION,
      record,
      message ?? `promotion ${record.id}: created (${record.state})`,
      guardPromotion(),
    );
  }
  updatePromotion(
    id: string,
    mutate: Mutation<PromotionRecord>,
    message: CommitMessage<PromotionRecord>,
  ): Promise<PromotionRecord> {
    return this.writer.update(PROMOTION, id, mutate, message, guardPromotion());
  }
  /** Moves a promotion from its LATEST state (promotion-lifecycle.ts) and applies `patch` in the same commit. */
  transitionPromotion(
    id: string,
    to: PromotionState,
    opts: { actor: string; note?: string; at?: Date; patch?: (moved: PromotionRecord) => PromotionRecord },
  ): Promise<PromotionRecord> {
    return this.writer.update(
      PROMOTION,
      id,
      (p) => {
        const moved = transitionPromotion(p, to, opts.actor, opts.note, opts.at);
        return opts.patch ? opts.patch(moved) : moved;
      },
      (before) => `promotion ${id}: ${before?.state ?? '?'} -> ${to}`,
      guardPromotion(to),
    );
  }

  private async list<T extends { id: string }>(kind: RecordKind<T>): Promise<T[]> {
    const { tip, blobs } = await this.state.listTip([kind.dir]);
    if (tip === undefined) return [];
    const {
      records: [records],
    } = await readRecords(this.state, blobs, [kind]);
    return (records ?? []) as unknown as T[];
  }

  private async get<T extends { id: string }>(kind: RecordKind<T>, id: string): Promise<T | undefined> {
    assertRecordId(kind.name, id);
    await this.state.fetch();
    const { content } = await this.state.readAt(kind.file(id));
    return content === undefined ? undefined : parseRecord<T>(this.branch, kind, id, content);
  }
}
