// What the approval gate still needs, in words a person acts on: written by approve-gate onto the release record
// (`approvalMissing`) each time its verdict changes, and shown by the dashboard's morning board. One phrasing for
// both, so the board says exactly what the gate found (team members, code owners, freezes), not a guess.
import type { MissingItem } from './approval-policy.js';
import type { BreakGlassMissing } from './break-glass.js';
import type { FreezeStatus } from './freeze.js';

export function missingItemPhrases(item: MissingItem): string[] {
  switch (item.kind) {
    case 'changes-requested':
      return [`changes requested by ${item.reviewers.join(', ')} to be resolved`];
    case 'approvals':
      return [`${item.needed} more approval${item.needed === 1 ? '' : 's'} (of ${item.required})`];
    case 'team':
      return [`an approval from team ${item.team}`];
    case 'team-members-unknown':
      return [
        `an approval from team ${item.team} (its members could not be read${item.forbidden ? ': the token may not read team membership' : ''})`,
      ];
    case 'codeowners':
      return [`a code owner approval (${item.owners.join(' or ')})`];
    case 'codeowners-file':
      return ['a code owner approval'];
  }
}

function breakGlassPhrase(item: BreakGlassMissing): string {
  switch (item.kind) {
    case 'not-allowed':
      return 'no break-glass';
    case 'label':
      return `the ${item.label} label`;
    case 'approval':
      return `an approval from team ${item.teams.join(' or ')}`;
    case 'team-members-unknown':
      return `an approval from team ${item.team} (its members could not be read)`;
  }
}

/** Everything the gate found missing: the policy's items, then a freeze in force that break-glass has not passed. */
export function approvalMissingPhrases(
  items: readonly MissingItem[],
  freeze?: { status: FreezeStatus; passes: boolean; missing: readonly BreakGlassMissing[] },
): string[] {
  const out = items.flatMap(missingItemPhrases);
  if (freeze?.status.frozen && !freeze.passes) {
    const until = freeze.status.untilLocal ?? freeze.status.until;
    const end = `the freeze ${freeze.status.freeze ?? ''} to end${until ? ` (${until})` : ''}`;
    if (freeze.missing.some((m) => m.kind === 'not-allowed')) out.push(`${end}; it allows no break-glass`);
    else {
      const glass = freeze.missing.map(breakGlassPhrase).join(' and ');
      out.push(glass ? `${end}, or break-glass: ${glass}` : end);
    }
  }
  return out;
}
