// The only way past a freeze: the freeze allows break-glass, the PR carries its label, and someone whose approval
// counts (approval-policy.ts decides who) belongs to one of its break-glass teams. Every freeze in force must be
// broken this way; an unreadable team fails closed. The use case records who, when and why in the release.
//
// A break-glass opens the OCCURRENCE of a freeze it was granted in (this weekend's `weekend`, not next weekend's):
// the record keeps each occurrence's start and end, and deploy lets a freeze in force through only when the
// recorded occurrence still contains the instant. It lapses when the gate runs outside any freeze, or when the
// PR no longer carries the freeze's label.
import { clipDescription, type TeamMembers } from './approval-policy.js';
import type { ActiveFreeze, FreezeStatus } from './freeze.js';
import type { BreakGlassRecord, FreezeOccurrence } from './model.js';

export type BreakGlassMissing =
  | { kind: 'not-allowed'; freeze: string }
  | { kind: 'label'; freeze: string; label: string }
  | { kind: 'approval'; freeze: string; teams: string[] }
  | { kind: 'team-members-unknown'; freeze: string; team: string; forbidden: boolean };

export interface BreakGlassDecision {
  /** True when nothing is frozen, or every freeze in force is broken. */
  passes: boolean;
  /** True when the PR passes because of break-glass (to be recorded). */
  used: boolean;
  /** Per freeze in force: who broke it (an approver of one of its teams). */
  brokenBy: { freeze: string; approver: string }[];
  /** The freezes in force at the instant judged: the occurrence and the label that asks for its break-glass. */
  inForce: { occurrence: FreezeOccurrence; label: string }[];
  /** The instant judged (ISO). */
  at: string;
  missing: BreakGlassMissing[];
  /** At most 140 characters: `frozen until Mon 07:00 Europe/Berlin (weekend); break-glass needs label break-glass`. */
  description: string;
}

export function decideBreakGlass(
  status: FreezeStatus,
  pr: {
    labels: readonly string[];
    /** Approvals that count under the environment's policy (ApprovalDecision.counted). */
    approvers: readonly string[];
    teams: Readonly<Record<string, TeamMembers>>;
  },
): BreakGlassDecision {
  const inForce = status.active.map((a) => ({ occurrence: occurrenceOf(a), label: a.breakGlass.label }));
  const at = status.at;
  if (!status.frozen)
    return { passes: true, used: false, brokenBy: [], missing: [], description: 'not frozen', inForce, at };
  const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
  const approvers = new Set(pr.approvers.map((a) => a.toLowerCase()));
  const missing: BreakGlassMissing[] = [];
  const brokenBy: BreakGlassDecision['brokenBy'] = [];
  for (const freeze of status.active) {
    const glass = freeze.breakGlass;
    if (!glass.allowed) {
      missing.push({ kind: 'not-allowed', freeze: freeze.name });
      continue;
    }
    // GitHub compares label names case-insensitively.
    if (!labels.has(glass.label.toLowerCase()))
      missing.push({ kind: 'label', freeze: freeze.name, label: glass.label });
    let approver: string | undefined;
    if (glass.teams.length === 0) {
      approver = pr.approvers[0];
    } else {
      for (const team of glass.teams) {
        const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
        if (members?.status !== 'known') {
          missing.push({
            kind: 'team-members-unknown',
            freeze: freeze.name,
            team,
            forbidden: members?.status === 'forbidden',
          });
          continue;
        }
        approver ??= members.members.find((m) => approvers.has(m.toLowerCase()));
      }
    }
    if (approver === undefined)
      missing.push({ kind: 'approval', freeze: freeze.name, teams: [...glass.teams] });
    else brokenBy.push({ freeze: freeze.name, approver });
  }
  // A team we cannot read does not matter once another of the freeze's teams approved.
  const settled = new Set(brokenBy.map((b) => b.freeze));
  const open = missing.filter((m) => m.kind !== 'team-members-unknown' || !settled.has(m.freeze));
  const passes = open.length === 0;
  return {
    passes,
    used: passes,
    brokenBy: passes ? brokenBy : [],
    missing: open,
    description: describe(status, open),
    inForce,
    at,
  };
}

function occurrenceOf(active: ActiveFreeze): FreezeOccurrence {
  return {
    freeze: active.name,
    from: active.since,
    ...(active.until !== null ? { until: active.until } : {}),
  };
}

/** Whether a recorded occurrence of `freeze` is the one in force at `at`. */
function covers(o: FreezeOccurrence, freeze: string, at: number): boolean {
  return (
    o.freeze === freeze && Date.parse(o.from) <= at && (o.until === undefined || at < Date.parse(o.until))
  );
}

/**
 * The freezes in force that a release's break-glass did not break: deploy holds for these. Only a recorded
 * occurrence that still contains the instant counts; a record that keeps only freeze names (written before
 * occurrences were kept) breaks none, since a name cannot say which occurrence it was granted for: a freeze is
 * never skipped on a guess, and the gate, run again during the freeze, records the occurrence.
 */
export function freezesNotBroken(status: FreezeStatus, breakGlass: BreakGlassRecord | undefined): string[] {
  const at = Date.parse(status.at);
  const recorded = breakGlass?.occurrences ?? [];
  return status.active.map((a) => a.name).filter((name) => !recorded.some((o) => covers(o, name, at)));
}

/** Why deploy holds despite a break-glass: `(its break-glass broke weekend from ... to ..., not ...)`, or ''. */
export function heldDespiteBreakGlass(
  breakGlass: BreakGlassRecord | undefined,
  holding: readonly string[],
): string {
  if (breakGlass === undefined) return '';
  const broke = (breakGlass.occurrences ?? []).map((o) => `${o.freeze} ${o.from} to ${o.until ?? 'its end'}`);
  if (broke.length === 0) {
    return ` (its break-glass was recorded without the freeze occurrence it broke, so it breaks none: run the gate again during the freeze)`;
  }
  return ` (its break-glass broke ${broke.join(', ')}, not the ${holding.join(', ')} in force now)`;
}

/**
 * The release's break-glass after a gate run: occurrences recorded before that are still in force and whose label
 * the PR still carries are kept; a freeze broken now and not kept is added, and its breaker speaks (`explain`
 * gives when and why). Undefined when nothing is left: the gate ran outside any freeze, or the label went. The
 * same object when nothing changed, so a re-run writes nothing.
 */
export function nextBreakGlass(
  previous: BreakGlassRecord | undefined,
  glass: BreakGlassDecision,
  labels: readonly string[],
  explain: (approver: string) => { at: string; reason: string },
): BreakGlassRecord | undefined {
  const at = Date.parse(glass.at);
  const carried = new Set(labels.map((l) => l.toLowerCase()));
  const kept = (previous?.occurrences ?? []).filter((o) =>
    glass.inForce.some((f) => carried.has(f.label.toLowerCase()) && covers(o, f.occurrence.freeze, at)),
  );
  const keptNames = new Set(kept.map((o) => o.freeze));
  const fresh = glass.used ? glass.brokenBy.filter((b) => !keptNames.has(b.freeze)) : [];
  const breaker = fresh[0];
  if (breaker !== undefined) {
    const added = fresh.flatMap((b) => glass.inForce.filter((f) => f.occurrence.freeze === b.freeze));
    const occurrences = [...kept, ...added.map((f) => f.occurrence)];
    return {
      actor: breaker.approver,
      ...explain(breaker.approver),
      freezes: occurrences.map((o) => o.freeze),
      occurrences,
    };
  }
  if (previous === undefined || kept.length === 0) return undefined;
  if (kept.length === previous.occurrences?.length) return previous;
  return { ...previous, freezes: kept.map((o) => o.freeze), occurrences: kept };
}

function describe(status: FreezeStatus, missing: readonly BreakGlassMissing[]): string {
  const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
  const names = status.active.map((a) => a.name).join(', ');
  if (missing.length === 0) return clipDescription(`frozen ${until} (${names}); passed by break-glass`);
  const closed = missing.flatMap((m) => (m.kind === 'not-allowed' ? [m.freeze] : []));
  if (closed.length > 0) {
    return clipDescription(
      `frozen ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`,
    );
  }
  const needs: string[] = [];
  for (const m of missing) {
    if (m.kind === 'label') needs.push(`label ${m.label}`);
    // An unreadable team explains the missing approval better than asking for one.
    const unreadable = missing.some((u) => u.kind === 'team-members-unknown' && u.freeze === m.freeze);
    if (m.kind === 'approval' && !unreadable) {
      needs.push(m.teams.length === 0 ? 'an approval' : `an approval from team ${m.teams.join(' or ')}`);
    }
    if (m.kind === 'team-members-unknown') {
      needs.push(
        `team ${m.team} ${m.forbidden ? 'unreadable (token lacks org Members read)' : 'members unknown'}: fails closed`,
      );
    }
  }
  const tail = `break-glass needs ${[...new Set(needs)].join(' and ')}`;
  return clipDescription(`frozen ${until} (${names}); ${tail}`);
}
