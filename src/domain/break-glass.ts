// The only way past a freeze: the freeze allows break-glass, the PR carries its label, and someone whose approval
// counts (approval-policy.ts decides who) belongs to one of its break-glass teams. Every freeze in force must be
// broken this way; an unreadable team fails closed. The use case records who, when and why in the release.
import type { TeamMembers } from './approval-policy.js';
import type { FreezeStatus } from './freeze.js';

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
  if (!status.frozen)
    return { passes: true, used: false, brokenBy: [], missing: [], description: 'not frozen' };
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
        const members = pr.teams[team];
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
  };
}

/**
 * The freezes in force that a release's break-glass did not break (by name): deploy holds for these. A break-glass
 * recorded without the freezes it broke breaks none, so a freeze is never skipped on a guess.
 */
export function freezesNotBroken(
  status: FreezeStatus,
  breakGlass: { freezes?: readonly string[] } | undefined,
): string[] {
  const broken = new Set(breakGlass?.freezes ?? []);
  return status.active.map((a) => a.name).filter((name) => !broken.has(name));
}

function describe(status: FreezeStatus, missing: readonly BreakGlassMissing[]): string {
  const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
  const names = status.active.map((a) => a.name).join(', ');
  if (missing.length === 0) return clip(`frozen ${until} (${names}); passed by break-glass`);
  const closed = missing.flatMap((m) => (m.kind === 'not-allowed' ? [m.freeze] : []));
  if (closed.length > 0) {
    return clip(
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
  return clip(`frozen ${until} (${names}); ${tail}`);
}

function clip(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
