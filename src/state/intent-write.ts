// The second half of a record write whose compare-and-swap push lost the race to writes of OTHER records only (the
// record store saw its file unchanged at the new tip; docs/architecture.md#state-repo-layout, "many writers"): its
// commit still stands, since its parent's copy of the record is what the mutation read and checked. So instead of
// queueing for the branch again (a fetch and a push per try, one winner per round), the writer publishes that
// commit as an intent (state-intents.ts) and lets ONE writer land all pending intents with one atomic push:
//   - every writer polls the pending refs with one ls-remote (no fetch, no objects);
//   - the writer whose intent sorts first folds them all (fetch, one commit per intent, atomic push); the others
//     only watch their own intent disappear, which happens only in the push that lands it;
//   - a writer that has polled POLLS_BEFORE_FOLDING times without its intent going folds as well, so a slow or
//     dead first writer holds nobody up for long;
//   - an intent whose record moved on (another writer changed the same record) is never folded: its writer deletes
//     it and goes back to reading the record again and re-checking the change.
import { UserError } from '../domain/errors.js';
import type { StateBranch } from './state-branch.js';
import type { StateIntents } from './state-intents.js';

const POLLS_BEFORE_FOLDING = 3;

export interface IntentWriteContext {
  state: StateBranch;
  intents: StateIntents;
  counters: { attempts: number; retries: number; writes: number };
  maxAttempts: number;
  /** Waits before retry number `attempt`, scaled by the duration of the attempt that lost. */
  pause(attempt: number, lostMs: number): Promise<void>;
}

export type IntentOutcome = { landed: true } | { landed: false; attempt: number };

/**
 * Lands `commit` (which changes only `path`, on the tip its writer read) through an intent. `landed: false` means
 * the record's own file moved on: nothing of ours is pending any more and the caller must re-read and re-check.
 * Throws the store's "too many attempts" UserError after `maxAttempts` folds lost, having withdrawn the intent (a
 * write reported as failed never lands later); when the withdrawal finds it already folded, the write landed.
 */
export async function landByIntent(
  ctx: IntentWriteContext,
  change: { commit: string; path: string },
  firstAttempt: number,
): Promise<IntentOutcome> {
  let round = performance.now();
  // A remote that refuses refs outside refs/heads (a server rule, a token scope) only costs the shortcut: the caller
  // goes on as if the record had moved on, reading again and queueing for the branch.
  const ref = await ctx.intents.publish(change.commit, change.path).catch(() => undefined);
  if (ref === undefined) return { landed: false, attempt: firstAttempt };
  const mine = { ref, commit: change.commit };
  let attempt = firstAttempt;
  let polls = 0;
  let withdrawn = false;
  try {
    for (;;) {
      // About one round: time for the others to publish theirs, so that one fold carries many.
      await ctx.pause(2, performance.now() - round);
      round = performance.now();
      const refs = await ctx.intents.peek();
      if (!refs.includes(mine.ref)) return landed(ctx);
      polls++;
      if (refs[0] !== mine.ref && polls < POLLS_BEFORE_FOLDING) continue;

      const { tip, pending, blobs } = await ctx.intents.snapshot();
      if (tip !== undefined && !pending.some((i) => i.ref === mine.ref)) return landed(ctx);
      const todo = ctx.intents.applicable(pending, blobs, Date.now());
      if (tip === undefined || !todo.some((i) => i.ref === mine.ref)) {
        if (!(await ctx.intents.withdraw(mine))) return landed(ctx);
        withdrawn = true;
        return { landed: false, attempt };
      }
      const fold = await ctx.intents.fold(tip, todo, new Date());
      if (fold !== undefined && (await ctx.intents.publishFold(fold, tip, todo))) {
        ctx.state.lastPublished = fold;
        return landed(ctx);
      }
      if (attempt >= ctx.maxAttempts) {
        if (!(await ctx.intents.withdraw(mine))) return landed(ctx);
        withdrawn = true;
        throw new UserError(
          `could not write ${change.path} to ${ctx.state.where}: other writers moved the branch first on all ` +
            `${attempt} attempts; run the step again`,
        );
      }
      ctx.counters.retries++;
      ctx.counters.attempts++;
      attempt++;
    }
  } catch (e) {
    if (withdrawn) throw e;
    // A fetch or push that failed outright: take the intent back so it cannot land after this error, unless it has.
    const folded = await ctx.intents.withdraw(mine).then(
      (deleted) => !deleted,
      () => false,
    );
    if (folded) return landed(ctx);
    throw e;
  }
}

function landed(ctx: IntentWriteContext): IntentOutcome {
  ctx.counters.writes++;
  return { landed: true };
}
