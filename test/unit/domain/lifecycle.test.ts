import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/domain/errors.js';
import {
  canTransition,
  IllegalTransitionError,
  isTerminal,
  nextStates,
  parseState,
  STATE_LABELS,
  transition,
} from '../../../src/domain/lifecycle.js';
import { type HistoryEntry, RELEASE_STATES, type ReleaseState } from '../../../src/domain/model.js';

// The expected table is written out by hand from docs/architecture.md#release-lifecycle and the brief, not
// derived from the code.
// Columns, in this order: Dr PA Ap Dg Dd Sy He Fa RB Ca   ('x' = legal)
const COLUMNS: ReleaseState[] = [
  'Draft',
  'PendingApproval',
  'Approved',
  'Deploying',
  'Deployed',
  'Synced',
  'Healthy',
  'Failed',
  'RolledBack',
  'Cancelled',
];
const TABLE: Record<ReleaseState, string> = {
  //               Dr PA Ap Dg Dd Sy He Fa RB Ca
  Draft: '          .  x  .  .  .  .  .  .  .  x',
  PendingApproval: 'x  .  x  .  .  .  .  .  .  x',
  Approved: '       .  x  .  x  .  .  .  .  .  x',
  Deploying: '      .  .  .  .  x  .  .  x  .  .',
  Deployed: '       .  .  .  .  .  x  .  x  x  .',
  Synced: '         .  .  .  .  .  .  x  x  x  .',
  Healthy: '        .  .  .  .  .  .  .  .  x  .',
  Failed: '         .  .  .  x  .  .  .  .  x  .',
  RolledBack: '     .  .  .  .  .  .  .  .  .  .',
  Cancelled: '      .  .  .  .  .  .  .  .  .  .',
};

const pairs: [ReleaseState, ReleaseState, boolean][] = [];
for (const from of COLUMNS) {
  const marks = TABLE[from].trim().split(/\s+/);
  if (marks.length !== 10) throw new Error(`table row ${from} needs 10 marks`);
  COLUMNS.forEach((to, i) => {
    pairs.push([from, to, marks[i] === 'x']);
  });
}

function release(state: ReleaseState, history: HistoryEntry[] = []) {
  return { id: 'web-api-staging-1', state, history, title: 'web-api: image.tag=1.2.3' };
}

const AT = new Date('2025-03-04T05:06:07.089Z');

describe('every ordered pair of states', () => {
  it('covers the 100 pairs of the model', () => {
    expect(pairs).toHaveLength(100);
    expect([...RELEASE_STATES].sort()).toEqual([...COLUMNS].sort());
  });

  it.each(pairs)('%s -> %s legal=%s', (from, to, legal) => {
    expect(canTransition(from, to)).toBe(legal);
    expect(nextStates(from).includes(to)).toBe(legal);
    const before = release(from);
    if (legal) {
      const after = transition(before, to, 'sre-dave', undefined, AT);
      expect(after.state).toBe(to);
      expect(after.history).toEqual([{ state: to, at: '2025-03-04T05:06:07.089Z', actor: 'sre-dave' }]);
    } else {
      expect(() => transition(before, to, 'sre-dave', undefined, AT)).toThrow(IllegalTransitionError);
    }
    expect(before).toEqual(release(from));
  });
});

describe('transition', () => {
  it('appends to the history and keeps every other field', () => {
    const first: HistoryEntry = { state: 'Draft', at: '2025-01-01T00:00:00.000Z', actor: 'dev-alice' };
    const r0 = release('Draft', [first]);
    const r1 = transition(r0, 'PendingApproval', 'dev-alice', 'ready for review', AT);
    const r2 = transition(r1, 'Approved', 'rev-bob', undefined, new Date('2025-03-04T06:00:00Z'));
    expect(r2).toEqual({
      id: 'web-api-staging-1',
      title: 'web-api: image.tag=1.2.3',
      state: 'Approved',
      history: [
        first,
        {
          state: 'PendingApproval',
          at: '2025-03-04T05:06:07.089Z',
          actor: 'dev-alice',
          note: 'ready for review',
        },
        { state: 'Approved', at: '2025-03-04T06:00:00.000Z', actor: 'rev-bob' },
      ],
    });
    expect(Object.hasOwn(r2.history[2]!, 'note')).toBe(false);
  });

  it('does not mutate the input record or its history array', () => {
    const history: HistoryEntry[] = [{ state: 'Draft', at: '2025-01-01T00:00:00.000Z', actor: 'dev-alice' }];
    const r0 = release('Draft', history);
    const frozen = Object.freeze({ ...r0, history: Object.freeze([...history]) as HistoryEntry[] });
    const r1 = transition(frozen, 'Cancelled', 'dev-alice', 'closed', AT);
    expect(r1).not.toBe(frozen);
    expect(r1.history).not.toBe(frozen.history);
    expect(r0.state).toBe('Draft');
    expect(history).toHaveLength(1);
    expect(frozen.history).toHaveLength(1);
  });

  it('stamps the current time in ISO UTC when no time is given', () => {
    const before = Date.now();
    const r = transition(release('Draft'), 'PendingApproval', 'dev-alice');
    const at = r.history[0]!.at;
    expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.parse(at)).toBeGreaterThanOrEqual(before);
  });

  it('walks the whole happy path, a retry and a rollback', () => {
    let r = release('Draft');
    const path: ReleaseState[] = [
      'PendingApproval',
      'Approved',
      'Deploying',
      'Failed',
      'Deploying',
      'Deployed',
      'Synced',
      'Healthy',
      'RolledBack',
    ];
    for (const s of path) r = transition(r, s, 'gitopshq-bot', undefined, AT);
    expect(r.history.map((h) => h.state)).toEqual(path);
    expect(isTerminal(r.state)).toBe(true);
  });
});

describe('IllegalTransitionError', () => {
  const cases: [ReleaseState, ReleaseState, string][] = [
    [
      'PendingApproval',
      'Deployed',
      "illegal release transition: 'Pending Approval' (PendingApproval) -> 'Deployed': from 'Pending Approval' (PendingApproval) a release can only move to 'Approved', 'Draft', 'Cancelled'",
    ],
    [
      'RolledBack',
      'Deploying',
      "illegal release transition: 'Rolled Back' (RolledBack) -> 'Deploying': 'Rolled Back' (RolledBack) is final, no transition leaves it",
    ],
    [
      'Approved',
      'Approved',
      "illegal release transition: 'Approved' -> 'Approved': the release is already 'Approved'",
    ],
  ];
  it.each(cases)('%s -> %s', (from, to, message) => {
    const e = new IllegalTransitionError(from, to);
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(message);
    expect([e.from, e.to]).toEqual([from, to]);
  });
});

describe('labels, terminal states, parsing', () => {
  it('labels every state', () => {
    expect(STATE_LABELS).toEqual({
      Draft: 'Draft',
      PendingApproval: 'Pending Approval',
      Approved: 'Approved',
      Deploying: 'Deploying',
      Deployed: 'Deployed',
      Synced: 'Synced',
      Healthy: 'Healthy',
      Failed: 'Failed',
      RolledBack: 'Rolled Back',
      Cancelled: 'Cancelled',
    });
  });

  it.each(COLUMNS)('%s is terminal only if it is RolledBack or Cancelled', (s) => {
    expect(isTerminal(s)).toBe(s === 'RolledBack' || s === 'Cancelled');
  });

  const accepted: [string, ReleaseState][] = [
    ['PendingApproval', 'PendingApproval'],
    ['Pending Approval', 'PendingApproval'],
    ['pending-approval', 'PendingApproval'],
    ['pending_approval', 'PendingApproval'],
    ['  rolled back ', 'RolledBack'],
    ['RolledBack', 'RolledBack'],
    ['healthy', 'Healthy'],
    ['DRAFT', 'Draft'],
  ];
  it.each(accepted)('parseState(%j) = %s', (text, state) => {
    expect(parseState(text)).toBe(state);
  });
  it.each(Object.values(STATE_LABELS))('parses its own label %j', (label) => {
    expect(STATE_LABELS[parseState(label)]).toBe(label);
  });

  it.each(['', 'pending', 'deploy', 'rolled-back-ish', 'Approved!'])(
    'rejects %j with the accepted forms',
    (text) => {
      expect(() => parseState(text)).toThrow(UserError);
      expect(() => parseState(text)).toThrow(
        `unknown release state '${text}': expected one of draft, pending-approval, approved, deploying, deployed, synced, healthy, failed, rolled-back, cancelled`,
      );
    },
  );
});
