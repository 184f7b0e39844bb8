import { describe, expect, it } from 'vitest';
import {
  type ApprovalDecision,
  decideApproval,
  type PullRequestFacts,
  type TeamMembers,
  teamKey,
} from '../../../src/domain/approval-policy.js';
import { parseCodeowners } from '../../../src/domain/codeowners.js';
import type { ApprovalPolicy } from '../../../src/domain/model.js';
import type { ReviewInput } from '../../../src/domain/reviews.js';

const HEAD = 'head2';
const OLD = 'head1';
const review = (reviewer: string, state: string, commitId = HEAD): ReviewInput => ({
  reviewer,
  state,
  commitId,
});
const approve = (reviewer: string, commitId = HEAD) => review(reviewer, 'APPROVED', commitId);

const policy = (p: Partial<ApprovalPolicy> = {}): ApprovalPolicy => ({
  required: 0,
  teams: [],
  codeowners: false,
  allowSelfApproval: false,
  dismissStaleApprovals: true,
  ...p,
});

const sre: TeamMembers = { status: 'known', members: ['sre-dave'] };
const facts = (reviews: ReviewInput[], f: Partial<PullRequestFacts> = {}): PullRequestFacts => ({
  author: 'dev-alice',
  headSha: HEAD,
  pushers: ['dev-alice'],
  changedPaths: ['workloads/payment-api/values/prod.yaml'],
  reviews,
  permissions: {
    'dev-alice': 'write',
    'rev-bob': 'write',
    'rev-carol': 'maintain',
    'sre-dave': 'admin',
    'reader-erin': 'read',
    'triage-tom': 'triage',
    mallory: 'write',
    'renovate[bot]': 'write',
  },
  teams: { sre, dba: { status: 'known', members: ['dba-frank'] } },
  ...f,
});

/** [case, policy, facts, approved, description, counted] */
type Row = [string, ApprovalPolicy, PullRequestFacts, boolean, string, string[]];

const rows: Row[] = [
  ['nothing required, no reviews', policy(), facts([]), true, 'no approval required', []],
  [
    'one required, one approval on the head',
    policy({ required: 1 }),
    facts([approve('rev-bob')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  ['one required, none yet', policy({ required: 1 }), facts([]), false, 'needs 1 approval', []],
  // The author.
  [
    "the author's approval does not count",
    policy({ required: 1 }),
    facts([approve('dev-alice')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    "the author's approval counts with allowSelfApproval",
    policy({ required: 1, allowSelfApproval: true }),
    facts([approve('dev-alice')]),
    true,
    'approved by dev-alice',
    ['dev-alice'],
  ],
  [
    'logins compare case-insensitively (the author)',
    policy({ required: 1 }),
    facts([approve('Dev-Alice')]),
    false,
    'needs 1 approval',
    [],
  ],
  // Pushers.
  [
    'an approval from someone who pushed does not count',
    policy({ required: 1 }),
    facts([approve('mallory')], { pushers: ['dev-alice', 'mallory'] }),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'the author pushing does not stop an allowed self-approval',
    policy({ required: 1, allowSelfApproval: true }),
    facts([approve('dev-alice')], { pushers: ['dev-alice'] }),
    true,
    'approved by dev-alice',
    ['dev-alice'],
  ],
  // Bots and permissions.
  [
    'a bot never counts',
    policy({ required: 1 }),
    facts([approve('renovate[bot]')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'a bot requesting changes does not block',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('renovate[bot]', 'CHANGES_REQUESTED')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  [
    'read permission does not count',
    policy({ required: 1 }),
    facts([approve('reader-erin')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'triage permission does not count',
    policy({ required: 1 }),
    facts([approve('triage-tom')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'maintain and admin count',
    policy({ required: 2 }),
    facts([approve('rev-carol'), approve('sre-dave')]),
    true,
    'approved by rev-carol, sre-dave',
    ['rev-carol', 'sre-dave'],
  ],
  [
    'an unknown permission does not count (fail closed)',
    policy({ required: 1 }),
    facts([approve('stranger')]),
    false,
    'needs 1 approval',
    [],
  ],
  // Distinct humans, latest opinion, staleness.
  [
    'two approvals by one person are one',
    policy({ required: 2 }),
    facts([approve('rev-bob'), approve('REV-BOB')]),
    false,
    'needs 1 more approval',
    ['REV-BOB'],
  ],
  [
    'an approval of an older head is stale',
    policy({ required: 1 }),
    facts([approve('rev-bob', OLD)]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'an approval of an older head counts without dismissStaleApprovals',
    policy({ required: 1, dismissStaleApprovals: false }),
    facts([approve('rev-bob', OLD)]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  [
    're-approving the new head counts again',
    policy({ required: 1 }),
    facts([approve('rev-bob', OLD), approve('rev-bob')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  [
    'a later COMMENTED does not undo an approval',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('rev-bob', 'COMMENTED')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  [
    'a DISMISSED review takes the approval back',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('rev-bob', 'DISMISSED')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'PENDING is no approval',
    policy({ required: 1 }),
    facts([review('rev-bob', 'PENDING')]),
    false,
    'needs 1 approval',
    [],
  ],
  [
    'lower-case event spelling',
    policy({ required: 1 }),
    facts([review('rev-bob', 'approved')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  // Changes requested.
  [
    'an outstanding CHANGES_REQUESTED blocks',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('rev-carol', 'CHANGES_REQUESTED')]),
    false,
    'changes requested by rev-carol',
    ['rev-bob'],
  ],
  [
    'a stale CHANGES_REQUESTED still blocks',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('rev-carol', 'CHANGES_REQUESTED', OLD)]),
    false,
    'changes requested by rev-carol',
    ['rev-bob'],
  ],
  [
    'changes requested, then approved: passes',
    policy({ required: 1 }),
    facts([review('rev-carol', 'CHANGES_REQUESTED'), approve('rev-carol')]),
    true,
    'approved by rev-carol',
    ['rev-carol'],
  ],
  [
    'approved, then changes requested: blocks and the approval is gone',
    policy({ required: 1 }),
    facts([approve('rev-carol'), review('rev-carol', 'CHANGES_REQUESTED')]),
    false,
    'changes requested by rev-carol; needs 1 approval',
    [],
  ],
  [
    'changes requested by a reader does not block',
    policy({ required: 1 }),
    facts([approve('rev-bob'), review('reader-erin', 'CHANGES_REQUESTED')]),
    true,
    'approved by rev-bob',
    ['rev-bob'],
  ],
  [
    'changes requested by someone of unknown permission blocks',
    policy(),
    facts([review('stranger', 'CHANGES_REQUESTED')]),
    false,
    'changes requested by stranger',
    [],
  ],
  // Teams.
  [
    '2 + team sre, nothing yet',
    policy({ required: 2, teams: ['sre'] }),
    facts([]),
    false,
    'needs 2 approvals, one from team sre',
    [],
  ],
  [
    '2 + team sre, one non-sre approval',
    policy({ required: 2, teams: ['sre'] }),
    facts([approve('rev-bob')]),
    false,
    'needs 1 more approval from team sre',
    ['rev-bob'],
  ],
  [
    '2 + team sre, two non-sre approvals',
    policy({ required: 2, teams: ['sre'] }),
    facts([approve('rev-bob'), approve('rev-carol')]),
    false,
    'needs 1 more approval from team sre',
    ['rev-bob', 'rev-carol'],
  ],
  [
    '2 + team sre, sre only',
    policy({ required: 2, teams: ['sre'] }),
    facts([approve('sre-dave')]),
    false,
    'needs 1 more approval',
    ['sre-dave'],
  ],
  [
    '2 + team sre, met',
    policy({ required: 2, teams: ['sre'] }),
    facts([approve('rev-bob'), approve('sre-dave')]),
    true,
    'approved by rev-bob, sre-dave',
    ['rev-bob', 'sre-dave'],
  ],
  [
    'team sre, but the sre member is the author',
    policy({ required: 1, teams: ['sre'] }),
    facts([approve('sre-dave'), approve('rev-bob')], { author: 'sre-dave' }),
    false,
    'needs 1 more approval from team sre',
    ['rev-bob'],
  ],
  [
    'two teams, nothing yet',
    policy({ required: 1, teams: ['sre', 'dba'] }),
    facts([]),
    false,
    'needs 2 approvals, one from each of teams sre, dba',
    [],
  ],
  [
    'team members unreadable (403): fails closed and says so',
    policy({ required: 1, teams: ['sre'] }),
    facts([approve('sre-dave')], { teams: { sre: { status: 'forbidden' } } }),
    false,
    'team sre unreadable (token lacks org Members read): fails closed',
    ['sre-dave'],
  ],
  [
    'team members not looked up: fails closed',
    policy({ teams: ['sre'] }),
    facts([approve('sre-dave')], { teams: {} }),
    false,
    'team sre members unknown: fails closed',
    ['sre-dave'],
  ],
];

describe('decideApproval: every policy rule', () => {
  it.each(rows)('%s', (_case, p, f, approved, description, counted) => {
    const d = decideApproval(p, f);
    expect({ approved: d.approved, description: d.description, counted: d.counted }).toEqual({
      approved,
      description,
      counted,
    });
    expect(d.missing.length === 0).toBe(approved);
    expect(d.description.length).toBeLessThanOrEqual(140);
  });

  it('says why each ignored approval does not count', () => {
    const d = decideApproval(
      policy({ required: 1 }),
      facts(
        [
          approve('dev-alice'),
          approve('mallory'),
          approve('renovate[bot]'),
          approve('reader-erin'),
          approve('stranger'),
          approve('rev-bob', OLD),
        ],
        { pushers: ['dev-alice', 'mallory'] },
      ),
    );
    expect(d.ignored).toEqual([
      { reviewer: 'dev-alice', why: 'author' },
      { reviewer: 'mallory', why: 'pusher' },
      { reviewer: 'renovate[bot]', why: 'bot' },
      { reviewer: 'reader-erin', why: 'no-write-permission' },
      { reviewer: 'stranger', why: 'permission-unknown' },
      { reviewer: 'rev-bob', why: 'stale' },
    ]);
    expect(d.missing).toEqual([{ kind: 'approvals', required: 1, valid: 0, needed: 1 }]);
  });

  it('lists the missing items in machine-readable form, blockers first', () => {
    const d = decideApproval(
      policy({ required: 3, teams: ['sre', 'dba'] }),
      facts([approve('rev-bob'), review('rev-carol', 'CHANGES_REQUESTED')], {
        teams: { sre, dba: { status: 'forbidden' } },
      }),
    );
    expect(d.missing).toEqual([
      { kind: 'changes-requested', reviewers: ['rev-carol'] },
      { kind: 'team-members-unknown', team: 'dba', forbidden: true },
      { kind: 'approvals', required: 3, valid: 1, needed: 2 },
      { kind: 'team', team: 'sre' },
    ]);
    expect(d.description).toBe(
      'changes requested by rev-carol; team dba unreadable (token lacks org Members read): fails closed; needs 2 more approvals, one from team sre',
    );
  });
});

describe('decideApproval: the description fits a commit status', () => {
  it('is clipped to 140 characters with an ellipsis when the policy lists many teams', () => {
    const teams = Array.from({ length: 12 }, (_, i) => `platform-team-${i}`);
    const known = Object.fromEntries(teams.map((t) => [t, { status: 'known', members: [] } as TeamMembers]));
    const d = decideApproval(policy({ required: 1, teams }), facts([], { teams: known }));
    expect(d.description).toHaveLength(140);
    expect(
      d.description.startsWith('needs 12 approvals, one from each of teams platform-team-0, platform-team-1'),
    ).toBe(true);
    expect(d.description.endsWith('…')).toBe(true);
    expect(d.missing.filter((m) => m.kind === 'team')).toHaveLength(12);
  });
});

describe('decideApproval: CODEOWNERS (an owner of every changed path)', () => {
  const codeowners = parseCodeowners(
    ['* @acme/platform', 'workloads/payment-api/ @rev-bob', 'workloads/payment-api/docs/'].join('\n'),
  );
  const platform: TeamMembers = { status: 'known', members: ['rev-carol'] };
  const paths = [
    'workloads/payment-api/values/prod.yaml',
    'gitopshq.yaml',
    'workloads/payment-api/docs/a.md',
  ];
  const co = (reviews: ReviewInput[], f: Partial<PullRequestFacts> = {}) =>
    facts(reviews, {
      codeowners,
      changedPaths: paths,
      teams: { sre, [teamKey('acme', 'platform')]: platform },
      ...f,
    });
  const p = policy({ codeowners: true });

  const cases: [string, PullRequestFacts, ApprovalDecision['missing'], string][] = [
    [
      'no approval: both owned paths miss their owner, the unowned one needs none',
      co([]),
      [
        { kind: 'codeowners', owners: ['@rev-bob'], paths: ['workloads/payment-api/values/prod.yaml'] },
        { kind: 'codeowners', owners: ['@acme/platform'], paths: ['gitopshq.yaml'] },
      ],
      'needs a code owner approval for 2 paths (@rev-bob or @acme/platform)',
    ],
    [
      'the user owner approves: the team-owned path is left',
      co([approve('rev-bob')]),
      [{ kind: 'codeowners', owners: ['@acme/platform'], paths: ['gitopshq.yaml'] }],
      'needs a code owner approval for 1 path (@acme/platform)',
    ],
    [
      'a user owner and a team member approve',
      co([approve('rev-bob'), approve('rev-carol')]),
      [],
      'approved by rev-bob, rev-carol',
    ],
    [
      "an owner's approval does not count when they are the author",
      co([approve('rev-bob'), approve('rev-carol')], { author: 'rev-bob' }),
      [{ kind: 'codeowners', owners: ['@rev-bob'], paths: ['workloads/payment-api/values/prod.yaml'] }],
      'needs a code owner approval for 1 path (@rev-bob)',
    ],
    [
      'an owning team whose members cannot be read fails closed',
      co([approve('rev-bob'), approve('rev-carol')], { teams: { 'acme/platform': { status: 'unknown' } } }),
      [
        { kind: 'team-members-unknown', team: 'platform', forbidden: false },
        { kind: 'codeowners', owners: ['@acme/platform'], paths: ['gitopshq.yaml'] },
      ],
      'team platform members unknown: fails closed; needs a code owner approval for 1 path (@acme/platform)',
    ],
    [
      'no CODEOWNERS file',
      co([approve('rev-bob')], { codeowners: undefined }),
      [{ kind: 'codeowners-file' }],
      'needs a code owner approval but the base branch has no CODEOWNERS file',
    ],
    ['only unowned paths', co([], { changedPaths: ['workloads/payment-api/docs/x.md'] }), [], 'approved'],
  ];
  it.each(cases)('%s', (_case, f, missing, description) => {
    const d = decideApproval(p, f);
    expect(d.missing).toEqual(missing);
    expect(d.description).toBe(description);
    expect(d.approved).toBe(missing.length === 0);
  });

  it("a team of another organisation with the same slug is not the owner's: @other/platform is not acme's platform", () => {
    const other = parseCodeowners('* @other/platform\n');
    // gitopshq.yaml's `platform` (the repository owner's team) is known; @other/platform's members are not.
    const d = decideApproval(p, co([approve('rev-carol')], { codeowners: other, teams: { platform } }));
    expect(d.approved).toBe(false);
    expect(d.missing).toContainEqual({ kind: 'team-members-unknown', team: 'platform', forbidden: false });
  });

  it('CODEOWNERS is ignored when the policy does not ask for it', () => {
    expect(decideApproval(policy(), co([])).approved).toBe(true);
  });
});
