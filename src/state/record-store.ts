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
// A write is a mutation applied to the LATEST record: each attempt fetches the branch (except a first attempt
// right after this store's own write, which starts from that commit and is redone on any doubt), re-reads the
// record, applies the mutation to a copy, validates the result against its schema and publishes a commit whose
// parent is the tip it read (src/state/state-branch.ts: a push that is never forced, or an update-ref compare-and-swap).
// When another writer moved the branch first the attempt is thrown away and retried after an exponential backoff
// with full jitter, up to `maxAttempts`; then a UserError names the record and the attempts. Every record is
// validated on read (an invalid one is a ValidationError naming `<branch>:releases/<id>.yaml`) and before write (a
// mutation producing an invalid record writes nothing). The checkout passed in is never modified: no working
// tree, index, HEAD or current-branch change (see state-branch.ts).
import { UserError, ValidationError } from '../domain/errors.js';
import {
  DEFAULT_STATE_BRANCH,
  PROMOTIONS_DIR,
  promotionFile,
  RELEASES_DIR,
  releaseFile,
} from '../domain/layout.js';
import { LifecycleBypassError, lifecycleBypass, transition } from '../domain/lifecycle.js';
import type { PromotionRecord, PromotionState, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { PromotionBypassError, promotionBypass, transitionPromotion } from '../domain/promotion-lifecycle.js';
import { assertRecordId } from '../domain/release-id.js';
import type { Git } from '../git/git.js';
import { landByIntent } from './intent-write.js';
import type { RecordCache } from './record-cache.js';
import { fastParseRecord } from './record-fast-parse.js';
import { promotionToYaml, releaseToYaml } from './record-yaml.js';
import { isValidValue, type SchemaName, validateDocument } from './schema-validate.js';
import { StateBranch } from './state-branch.js';
import { StateIntents } from './state-intents.js';

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

/** See RecordStore.readAll. */
export type RecordListener = (kind: 'release' | 'promotion', record: ReleaseRecord | PromotionRecord) => void;

export interface StoreStats {
  /** Write attempts made, including the ones that lost a race. */
  attempts: number;
  /** Attempts that lost a race and were retried. */
  retries: number;
  /** Commits published. */
  writes: number;
}

/** Every record at one commit of the state branch (tip undefined: the branch does not exist yet). */
export interface StateRecords {
  tip: string | undefined;
  releases: ReleaseRecord[];
  promotions: PromotionRecord[];
}

/**
 * Turns the latest record into the new one. It may run more than once (once per attempt, each time on the then
 * latest record), so it must not have side effects that cannot repeat; it gets its own copy to change.
 */
export type Mutation<T> = (latest: T) => T | Promise<T>;

/** The commit message of a write; a function sees the record the mutation was finally applied to. */
export type CommitMessage<T> = string | ((before: T | undefined, after: T) => string);

/** The data that comes with a state change (approvals, deploy commit, break-glass): a partial or a function. */
export type ReleasePatch =
  | Partial<Omit<ReleaseRecord, 'id' | 'state' | 'history'>>
  | ((moved: ReleaseRecord) => ReleaseRecord);

/** Refuses a write (throws) when `after` may not replace `before`; runs on every attempt, inside the loop. */
type WriteCheck<T> = (before: T | undefined, after: T) => void;

function guardLifecycle(to?: ReleaseState): WriteCheck<ReleaseRecord> {
  return (before, after) => {
    const reason = lifecycleBypass(before, after, to);
    if (reason !== undefined) throw new LifecycleBypassError(after.id, reason);
  };
}

interface RecordKind<T extends { id: string }> {
  name: 'release' | 'promotion';
  dir: string;
  file: (id: string) => string;
  schema: SchemaName;
  toYaml: (record: T) => string;
}

/** What reading needs of a kind (writing also needs toYaml). */
type KindInfo = Pick<RecordKind<{ id: string }>, 'name' | 'dir' | 'file' | 'schema'>;

const RELEASE: RecordKind<ReleaseRecord> = {
  name: 'release',
  dir: RELEASES_DIR,
  file: releaseFile,
  schema: 'release',
  toYaml: releaseToYaml,
};

const PROMOTION: RecordKind<PromotionRecord> = {
  name: 'promotion',
  dir: PROMOTIONS_DIR,
  file: promotionFile,
  schema: 'promotion',
  toYaml: promotionToYaml,
};

// Promotions have their own state machine (promotion-lifecycle.ts), checked on every write like releases'.
function guardPromotion(to?: PromotionState): WriteCheck<PromotionRecord> {
  return (before, after) => {
    const reason = promotionBypass(before, after, to);
    if (reason !== undefined) throw new PromotionBypassError(after.id, reason);
  };
}

const DEFAULT_BACKOFF = { baseMs: 20, maxMs: 30_000 };

export class RecordStore {
  readonly branch: string;
  private readonly state: StateBranch;
  /** Pending writes on the remote (none for a local-only branch, where a compare-and-swap costs one process). */
  private readonly intents: StateIntents | undefined;
  private readonly maxAttempts: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly random: () => number;
  private readonly counters: StoreStats = { attempts: 0, retries: 0, writes: 0 };
  private readonly cache: RecordCache | undefined;
  /** What the last readAll took from the cache (undefined: no cache). */
  cacheStats: { hits: number; misses: number; written: boolean } | undefined;

  constructor(opts: RecordStoreOptions) {
    this.branch = opts.branch ?? DEFAULT_STATE_BRANCH;
    this.state = new StateBranch({
      git: opts.git,
      remote: opts.remote,
      branch: this.branch,
      actor: opts.actor,
    });
    this.intents = opts.remote === undefined ? undefined : new StateIntents(this.state, opts.remote);
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.random = opts.random ?? Math.random;
    this.cache = opts.cache;
  }

  get stats(): Readonly<StoreStats> {
    return { ...this.counters };
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
    return this.create(RELEASE, record, msg, guardLifecycle());
  }
  /** Changes anything but the state and the history (LifecycleBypassError otherwise): use transitionRelease. */
  updateRelease(
    id: string,
    mutate: Mutation<ReleaseRecord>,
    message: CommitMessage<ReleaseRecord>,
  ): Promise<ReleaseRecord> {
    return this.update(RELEASE, id, mutate, message, guardLifecycle());
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
    return this.update(
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
   * (never a process per record). `include` skips records by id before their files are even read (the deploy
   * summary reads only recent releases of one environment). Every invalid record at once is a ValidationError.
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
    const [releases, promotions] = await this.readKinds(blobs, kinds, include, this.cache, onRecord, collect);
    return { tip, releases: releases as ReleaseRecord[], promotions: promotions as PromotionRecord[] };
  }
  getPromotion(id: string): Promise<PromotionRecord | undefined> {
    return this.get(PROMOTION, id);
  }
  createPromotion(
    record: PromotionRecord,
    message?: CommitMessage<PromotionRecord>,
  ): Promise<PromotionRecord> {
    return this.create(
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
    return this.update(PROMOTION, id, mutate, message, guardPromotion());
  }
  /** Moves a promotion from its LATEST state (promotion-lifecycle.ts) and applies `patch` in the same commit. */
  transitionPromotion(
    id: string,
    to: PromotionState,
    opts: { actor: string; note?: string; at?: Date; patch?: (moved: PromotionRecord) => PromotionRecord },
  ): Promise<PromotionRecord> {
    return this.update(
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

  private where(path: string): string {
    return `${this.branch}:${path}`;
  }

  /** Parses and validates a stored record; ValidationError naming `<branch>:<path>` when it is not valid. */
  private parse<T extends { id: string }>(kind: KindInfo, id: string, text: string): T {
    // The shortcut for files as record-yaml.ts writes them; anything else (or anything invalid) takes the full
    // parser, which also positions the findings.
    const fast = fastParseRecord(text);
    if (fast !== undefined && isValidValue(kind.schema, fast) && (fast as T).id === id) return fast as T;
    const file = this.where(kind.file(id));
    const { value, findings } = validateDocument<T>(text, file, kind.schema);
    if (findings.length > 0 || value === undefined) {
      throw new ValidationError(
        findings.length > 0 ? findings : [{ file, line: 1, col: 1, message: 'not a valid YAML document' }],
      );
    }
    if (value.id !== id) {
      throw new ValidationError([
        {
          file,
          line: 1,
          col: 1,
          message: `id '${value.id}' does not match the file name (expected '${id}')`,
        },
      ]);
    }
    return value;
  }

  private async list<T extends { id: string }>(kind: RecordKind<T>): Promise<T[]> {
    const { tip, blobs } = await this.state.listTip([kind.dir]);
    if (tip === undefined) return [];
    const [records] = await this.readKinds(blobs, [kind]);
    return (records ?? []) as unknown as T[];
  }

  /** The records of `kinds` among `blobs` (a listing of the tip, StateBranch.listTip); `cache` loaded already. */
  private async readKinds(
    blobs: readonly { path: string; blob: string }[],
    kinds: readonly KindInfo[],
    include?: (kind: 'release' | 'promotion', id: string) => boolean,
    cache?: RecordCache,
    onRecord?: RecordListener,
    collect: readonly ('release' | 'promotion')[] = ['release', 'promotion'],
  ): Promise<(ReleaseRecord | PromotionRecord)[][]> {
    /** `read`: the record was read (kept in `record` only when its kind is collected). */
    const wanted: { kind: number; id: string; blob: string; read?: boolean; record?: unknown }[] = [];
    const keep = kinds.map((kind) => collect.includes(kind.name));
    const misses: number[] = [];
    /** Records `include` left out: their cache entries are kept as they are. */
    const skipped: string[] = [];
    const prefixes = kinds.map((kind) => `${kind.dir}/`);
    for (const { path, blob } of blobs) {
      const k = prefixes.findIndex((prefix) => path.startsWith(prefix));
      const kind = kinds[k];
      if (kind === undefined || !path.endsWith('.yaml') || path.indexOf('/', kind.dir.length + 1) >= 0)
        continue;
      const id = path.slice(kind.dir.length + 1, -'.yaml'.length);
      if (include && !include(kind.name, id)) {
        skipped.push(blob);
        continue;
      }
      const record = cache?.get(blob, id);
      if (record === undefined) misses.push(wanted.length);
      else onRecord?.(kind.name, record as ReleaseRecord | PromotionRecord);
      wanted.push({ kind: k, id, blob, read: record !== undefined, ...(keep[k] ? { record } : {}) });
    }
    const findings: ValidationError['findings'] = [];
    try {
      // Each record is parsed as soon as git has written it, while git goes on with the next ones (and goes to the
      // cache file being made, record-cache.ts).
      await this.state.streamBlobs(
        misses.map((i) => (wanted[i] as { blob: string }).blob),
        (i, text) => {
          const entry = wanted[misses[i] as number];
          const kind = kinds[entry?.kind ?? -1];
          if (text === undefined || kind === undefined || entry === undefined) return;
          try {
            const record = this.parse<ReleaseRecord | PromotionRecord>(kind, entry.id, text);
            entry.read = true;
            if (keep[entry.kind]) entry.record = record;
            cache?.remember(entry.blob, record, include !== undefined);
            onRecord?.(kind.name, record);
          } catch (e) {
            if (!(e instanceof ValidationError)) throw e;
            findings.push(...e.findings);
          }
        },
      );
      // Every broken file at once, so one look at the error says everything that needs fixing.
      if (findings.length > 0) throw new ValidationError(findings);
    } catch (e) {
      // Nothing of a failed read is kept: the cache file being made goes.
      await cache?.discard();
      throw e;
    }
    const out: (ReleaseRecord | PromotionRecord)[][] = kinds.map(() => []);
    for (const w of wanted) {
      if (w.record !== undefined) out[w.kind]?.push(w.record as ReleaseRecord | PromotionRecord);
    }
    if (cache !== undefined) {
      const written = await cache.store(
        wanted.filter((w) => w.read).map((w) => w.blob),
        include === undefined ? undefined : skipped,
      );
      this.cacheStats = { hits: wanted.length - misses.length, misses: misses.length, written };
    }
    return out;
  }

  private async get<T extends { id: string }>(kind: RecordKind<T>, id: string): Promise<T | undefined> {
    assertRecordId(kind.name, id);
    await this.state.fetch();
    const { content } = await this.state.readAt(kind.file(id));
    return content === undefined ? undefined : this.parse<T>(kind, id, content);
  }

  private create<T extends { id: string }>(
    kind: RecordKind<T>,
    record: T,
    message: CommitMessage<T>,
    check: WriteCheck<T>,
  ): Promise<T> {
    return this.write(
      kind,
      record.id,
      (current) => {
        if (current !== undefined) {
          throw new UserError(
            `${kind.name} ${record.id} already exists on ${this.state.where}; choose another id`,
          );
        }
        return structuredClone(record);
      },
      message,
      check,
    );
  }

  private update<T extends { id: string }>(
    kind: RecordKind<T>,
    id: string,
    mutate: Mutation<T>,
    message: CommitMessage<T>,
    check: WriteCheck<T>,
  ): Promise<T> {
    return this.write(
      kind,
      id,
      (current) => {
        if (current === undefined) {
          throw new UserError(`${kind.name} ${id} not found on ${this.state.where}`);
        }
        return mutate(current);
      },
      message,
      check,
    );
  }

  /** The optimistic-concurrency loop every write goes through. */
  private async write<T extends { id: string }>(
    kind: RecordKind<T>,
    id: string,
    apply: (current: T | undefined) => T | Promise<T>,
    message: CommitMessage<T>,
    check: WriteCheck<T>,
  ): Promise<T> {
    assertRecordId(kind.name, id);
    const path = kind.file(id);
    // After our own write the branch is most likely still where we left it (an action moving a release through
    // several states): the first attempt may start from that commit without a fetch. Such a read may be stale, so
    // nothing it leads to is final: a rejection, an error of the mutation or "no change" all mean "fetch and redo".
    let guess = this.state.lastPublished;
    // A retry that read the same record produces the same text: validated once, not on every attempt (fifty
    // writers share a runner's CPU with the git processes they wait for).
    const validTexts = new Set<string>();
    // The attempt before lost the race on a fresh read: its commit, its record and the file it read.
    let lost: { commit: string; next: T; read: string | undefined } | undefined;
    for (let attempt = 1; ; ) {
      const started = performance.now();
      this.counters.attempts++;
      const fresh = guess === undefined;
      if (fresh) await this.state.fetch();
      const { tip, content: currentText } = await this.state.readAt(path, guess);
      guess = undefined;
      if (lost !== undefined && this.intents && tip !== undefined && currentText === lost.read) {
        // Beaten by writes to OTHER records only (fifty jobs of a matrix, one record each): this record is still
        // what the lost commit read and checked, so that commit stands. Publish it as is, to land together with
        // the other pending ones (intent-write.ts); only a change to this very record means reading again.
        const { commit, next } = lost;
        lost = undefined;
        const outcome = await landByIntent(this.intentContext(this.intents), { commit, path }, attempt);
        if (outcome.landed) return next;
        attempt = outcome.attempt;
        continue;
      }
      lost = undefined;
      try {
        const current = currentText === undefined ? undefined : this.parse<T>(kind, id, currentText);
        // The mutation gets its own copy: a retry must start again from the new latest record, untouched.
        const next = await apply(current === undefined ? undefined : structuredClone(current));
        if (next.id !== id) {
          throw new UserError(`a ${kind.name} mutation may not change the id (${id} -> ${next.id})`);
        }
        const text = kind.toYaml(next);
        if (!validTexts.has(text)) {
          this.assertValidForWrite(kind, id, text);
          validTexts.add(text);
        }
        // Against the record as read in THIS attempt, so a retry on a newer record is checked again.
        check(current, next);
        if (text === currentText) {
          if (fresh) return next; // nothing changed: no empty commit
          continue;
        }
        const msg = typeof message === 'function' ? message(current, next) : message;
        const commit = await this.state.commit(tip, path, text, msg, new Date());
        if (commit !== undefined && (await this.state.publish(commit, tip))) {
          this.counters.writes++;
          return next;
        }
        if (fresh && commit !== undefined) lost = { commit, next, read: currentText };
      } catch (e) {
        if (fresh) throw e;
        continue;
      }
      if (fresh && attempt >= this.maxAttempts) {
        throw new UserError(
          `could not write ${path} to ${this.state.where}: other writers moved the branch first on all ` +
            `${attempt} attempts; run the step again`,
        );
      }
      this.counters.retries++;
      if (!fresh) continue; // the guess was stale: fetch at once, no backoff, no attempt used
      attempt++;
      await this.pause(attempt, performance.now() - started);
    }
  }

  private intentContext(intents: StateIntents) {
    return {
      state: this.state,
      intents,
      counters: this.counters,
      maxAttempts: this.maxAttempts,
      pause: (attempt: number, lostMs: number) => this.pause(attempt, lostMs),
    };
  }

  /** The backoff before retry `attempt`: full jitter over a window that doubles, in units of a lost attempt. */
  private pause(attempt: number, lostMs: number): Promise<void> {
    // A rival's window is about one attempt long, and an attempt takes ~100 ms on a quiet machine but seconds on
    // a loaded one or against a far remote: scale by the attempt just measured. A whole attempt, not a quarter:
    // in a model of 50 writers (a verify-health matrix; 200 simulated runs, each attempt reading the tip early and
    // pushing at its end) a quarter made the last writers need 11-12 attempts in most runs, a whole one kept every
    // writer within 10, at the price of ~15% more wall time with 8 writers.
    const unit = Math.max(this.backoff.baseMs, lostMs);
    const cap = Math.min(this.backoff.maxMs, unit * 2 ** (attempt - 2));
    return new Promise((r) => setTimeout(r, Math.floor(this.random() * cap)));
  }

  private assertValidForWrite<T extends { id: string }>(kind: RecordKind<T>, id: string, text: string): void {
    const { findings } = validateDocument<T>(text, this.where(kind.file(id)), kind.schema);
    if (findings.length === 0) return;
    throw new ValidationError(
      findings.map((f) => ({
        ...f,
        message: `${f.message} (in the ${kind.name} as changed; nothing was written)`,
      })),
    );
  }
}
