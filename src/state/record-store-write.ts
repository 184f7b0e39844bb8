// The record store's write path (record-store.ts): the optimistic-concurrency loop every record write goes through,
// and the lifecycle guards it runs on every attempt.
//
// A write is a mutation applied to the LATEST record: each attempt fetches the branch (except a first attempt
// right after this store's own write, which starts from that commit and is redone on any doubt), re-reads the
// record, applies the mutation to a copy, validates the result against its schema and publishes a commit whose
// parent is the tip it read (state-branch.ts: a push that is never forced, or an update-ref compare-and-swap).
// When another writer moved the branch first the attempt is thrown away and retried after an exponential backoff
// with full jitter, up to `maxAttempts`; then a UserError names the record and the attempts. A loser whose record
// did not change lands its commit through an intent instead (intent-write.ts; docs/architecture.md#many-writers).
// A mutation producing an invalid record writes nothing.
import { UserError, ValidationError } from '../domain/errors.js';
import { LifecycleBypassError, lifecycleBypass } from '../domain/lifecycle.js';
import type { PromotionRecord, PromotionState, ReleaseRecord, ReleaseState } from '../domain/model.js';
import { PromotionBypassError, promotionBypass } from '../domain/promotion-lifecycle.js';
import { assertRecordId } from '../domain/release-id.js';
import { landByIntent } from './intent-write.js';
import type { RecordKind } from './record-kinds.js';
import { parseRecord } from './record-store-read.js';
import { validateDocument } from './schema-validate.js';
import type { StateBranch } from './state-branch.js';
import type { StateIntents } from './state-intents.js';

/**
 * Turns the latest record into the new one. It may run more than once (once per attempt, each time on the then
 * latest record), so it must not have side effects that cannot repeat; it gets its own copy to change.
 */
export type Mutation<T> = (latest: T) => T | Promise<T>;

/** The commit message of a write; a function sees the record the mutation was finally applied to. */
export type CommitMessage<T> = string | ((before: T | undefined, after: T) => string);

/** Refuses a write (throws) when `after` may not replace `before`; runs on every attempt, inside the loop. */
export type WriteCheck<T> = (before: T | undefined, after: T) => void;

export interface StoreStats {
  /** Write attempts made, including the ones that lost a race. */
  attempts: number;
  /** Attempts that lost a race and were retried. */
  retries: number;
  /** Commits published. */
  writes: number;
}

/** The release lifecycle (lifecycleBypass in src/domain/lifecycle.ts); `to`: the one transition allowed. */
export function guardLifecycle(to?: ReleaseState): WriteCheck<ReleaseRecord> {
  return (before, after) => {
    const reason = lifecycleBypass(before, after, to);
    if (reason !== undefined) throw new LifecycleBypassError(after.id, reason);
  };
}

// Promotions have their own state machine (promotion-lifecycle.ts), checked on every write like releases'.
export function guardPromotion(to?: PromotionState): WriteCheck<PromotionRecord> {
  return (before, after) => {
    const reason = promotionBypass(before, after, to);
    if (reason !== undefined) throw new PromotionBypassError(after.id, reason);
  };
}

const DEFAULT_BACKOFF = { baseMs: 20, maxMs: 30_000 };

export interface RecordWriterOptions {
  /** Pending writes on the remote; undefined for a local-only branch, where a compare-and-swap costs one process. */
  intents: StateIntents | undefined;
  /** Attempts per write before giving up (default 10). */
  maxAttempts?: number;
  /** See RecordStoreOptions.backoff. */
  backoff?: { baseMs: number; maxMs: number };
  /** Jitter source in [0, 1) (default Math.random). */
  random?: () => number;
}

/** Writes records to one state branch; counts its attempts for the job summary. */
export class RecordWriter {
  private readonly intents: StateIntents | undefined;
  private readonly maxAttempts: number;
  private readonly backoff: { baseMs: number; maxMs: number };
  private readonly random: () => number;
  private readonly counters: StoreStats = { attempts: 0, retries: 0, writes: 0 };

  constructor(
    private readonly state: StateBranch,
    opts: RecordWriterOptions,
  ) {
    this.intents = opts.intents;
    this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.random = opts.random ?? Math.random;
  }

  get stats(): Readonly<StoreStats> {
    return { ...this.counters };
  }

  /** Writes `record`, which must not exist yet (a UserError otherwise). */
  create<T extends { id: string }>(
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

  /** Applies `mutate` to the latest record `id` (a UserError when there is none). */
  update<T extends { id: string }>(
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
        const current =
          currentText === undefined ? undefined : parseRecord<T>(this.state.branch, kind, id, currentText);
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
    const { findings } = validateDocument<T>(text, `${this.state.branch}:${kind.file(id)}`, kind.schema);
    if (findings.length === 0) return;
    throw new ValidationError(
      findings.map((f) => ({
        ...f,
        message: `${f.message} (in the ${kind.name} as changed; nothing was written)`,
      })),
    );
  }
}
