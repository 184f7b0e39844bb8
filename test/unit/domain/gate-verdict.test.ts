// The gate's verdict over several environments' policies (a shared layer), built from the real decisions
// (decideApproval, freezeStatus, decideBreakGlass): it passes only when each passes, and says which is outstanding.
import { describe, expect, it } from 'vitest';
import { decideApproval, type TeamMembers } from '../../../src/domain/approval-policy.js';
import { decideBreakGlass } from '../../../src/domain/break-glass.js';
import { freezeStatus } from '../../../src/domain/freeze.js';
import {
  combinedBreakGlass,
  describeNonRelease,
  describeVerdicts,
  type EnvironmentVerdict,
  missingPhrasesOf,
  missingRulesOf,
} from '../../../src/domain/gate-verdict.js';
import type { ApprovalPolicy, FreezeWindow } from '../../../src/domain/model.js';

const HEAD = 'c'.repeat(40);
const WEDNESDAY = new Date('2026-11-25T12:00:00Z');
const SATURDAY = new Date('2026-11-28T12:00:00Z');
const policy = (p: Partial<ApprovalPolicy>): ApprovalPolicy => ({
  required: 0,
  teams: [],
  codeowners: false,
  allowSelfApproval: false,
  dismissStaleApprovals: false,
  ...p,
});
const POLICIES: Record<string, ApprovalPolicy> = {
  dev: policy({}),
  staging: policy({ required: 1, teams: ['platform'] }),
  prod: policy({ required: 2, teams: ['sre'] }),
};
const WEEKEND: FreezeWindow = {
  name: 'weekend',
  environments: ['prod'],
  timezone: 'Europe/Berlin',
  weekly: { from: 'fri 18:00', to: 'mon 07:00' },
  breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
};
const TEAMS: Record<string, TeamMembers> = {
  platform: { status: 'known', members: ['bob', 'carol'] },
  sre: { status: 'known', members: ['dave'] },
};

function verdicts(approvers: string[], opts: { at?: Date; labels?: string[]; envs?: string[] } = {}) {
  return (opts.envs ?? ['dev', 'staging', 'prod']).map((environment): EnvironmentVerdict => {
    const decision = decideApproval(POLICIES[environment] as ApprovalPolicy, {
      author: 'alice',
      headSha: HEAD,
      pushers: ['alice'],
      changedPaths: [],
      reviews: approvers.map((reviewer) => ({ reviewer, state: 'APPROVED', commitId: HEAD })),
      permissions: Object.fromEntries(approvers.map((a) => [a, 'write' as const])),
      teams: TEAMS,
    });
    const freeze = freezeStatus([WEEKEND], environment, opts.at ?? WEDNESDAY);
    const glass = decideBreakGlass(freeze, {
      labels: opts.labels ?? [],
      approvers: decision.counted,
      teams: TEAMS,
    });
    return { environment, decision, freeze, glass };
  });
}

describe('the verdict over several environments', () => {
  it('one environment reads exactly as before: no environment names, no prefixes', () => {
    const [prod] = verdicts([], { envs: ['prod'] });
    const only = [prod as EnvironmentVerdict];
    expect(describeVerdicts(only)).toBe('needs 2 approvals, one from team sre');
    expect(missingRulesOf(only)).toEqual([
      { rule: 'approvals', required: 2, valid: 0, needed: 2 },
      { rule: 'team', team: 'sre' },
    ]);
    expect(missingPhrasesOf(only)).toEqual(['2 more approvals (of 2)', 'an approval from team sre']);
  });

  it('with no approvals, names each outstanding environment and what it needs; dev passes', () => {
    const v = verdicts([]);
    expect(describeVerdicts(v)).toBe(
      "staging's policy: needs 1 approval from team platform; prod's policy: needs 2 approvals, one from team sre (dev passes)",
    );
    expect(missingRulesOf(v)).toEqual([
      { rule: 'approvals', required: 1, valid: 0, needed: 1, environment: 'staging' },
      { rule: 'team', team: 'platform', environment: 'staging' },
      { rule: 'approvals', required: 2, valid: 0, needed: 2, environment: 'prod' },
      { rule: 'team', team: 'sre', environment: 'prod' },
    ]);
    expect(missingPhrasesOf(v)).toEqual([
      'staging: 1 more approval (of 1)',
      'staging: an approval from team platform',
      'prod: 2 more approvals (of 2)',
      'prod: an approval from team sre',
    ]);
  });

  it("a platform approval passes staging, not prod: prod's policy is what is outstanding", () => {
    const v = verdicts(['bob']);
    expect(describeVerdicts(v)).toBe(
      "prod's policy: needs 1 more approval from team sre (dev and staging pass)",
    );
    expect(missingRulesOf(v)).toEqual([
      { rule: 'approvals', required: 2, valid: 1, needed: 1, environment: 'prod' },
      { rule: 'team', team: 'sre', environment: 'prod' },
    ]);
  });

  it('approvals meeting every policy pass, and the status names the policies passed', () => {
    const v = verdicts(['bob', 'dave']);
    expect(v.every((x) => x.decision.approved)).toBe(true);
    expect(describeVerdicts(v)).toBe(
      'passes the policies of dev, staging and prod (it changes a layer they share)',
    );
    expect(missingRulesOf(v)).toEqual([]);
    expect(combinedBreakGlass(v)).toMatchObject({ passes: true, used: false, brokenBy: [] });
  });

  it("prod's freeze blocks a shared change approved by everyone, and break-glass for prod passes it", () => {
    const frozen = verdicts(['bob', 'dave'], { at: SATURDAY });
    expect(describeVerdicts(frozen)).toMatch(
      /^prod's policy: frozen until Mon 07:00 Europe\/Berlin \(weekend\)/,
    );
    expect(missingRulesOf(frozen).map((r) => [r.rule, r.environment])).toEqual([
      ['freeze', 'prod'],
      ['break-glass-label', 'prod'],
    ]);
    expect(combinedBreakGlass(frozen)).toMatchObject({ passes: false, used: false });
    expect(missingPhrasesOf(frozen)).toEqual([
      'prod: the freeze weekend to end (Mon 07:00 Europe/Berlin), or break-glass: the break-glass label',
    ]);

    const broken = verdicts(['bob', 'dave'], { at: SATURDAY, labels: ['break-glass'] });
    expect(combinedBreakGlass(broken)).toMatchObject({
      passes: true,
      used: true,
      brokenBy: [{ freeze: 'weekend', approver: 'dave' }],
    });
    expect(describeVerdicts(broken)).toBe(
      'passes the policies of dev, staging and prod (it changes a layer they share)',
    );
  });

  it('a status description never exceeds the 140 characters GitHub accepts', () => {
    const long = verdicts([]).map((v) => ({ ...v, environment: `${v.environment}-${'x'.repeat(60)}` }));
    const text = describeVerdicts(long);
    expect(text.length).toBe(140);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('describeNonRelease', () => {
  it("names the change and each environment's outstanding need, and which pass", () => {
    expect(describeNonRelease('policy', verdicts(['bob']))).toBe(
      "policy change: prod's policy: needs 1 more approval from team sre (dev and staging pass)",
    );
    expect(describeNonRelease('clusters', verdicts([]))).toBe(
      "cluster-wide change: staging's policy: needs 1 approval from team platform; prod's policy: needs 2 approvals, one from team sre (dev passes)",
    );
  });

  it('when every policy passes it says it is no release and which policies it passed', () => {
    expect(describeNonRelease('policy', verdicts(['bob', 'dave']))).toBe(
      'policy change: no release; passes the policies of dev, staging and prod',
    );
    expect(describeNonRelease('shared', verdicts([], { envs: ['dev'] }))).toBe(
      'shared render files change: no release; passes the policy of dev',
    );
  });

  it('a freeze in force names the freeze and what break-glass needs, even with every approval', () => {
    expect(describeNonRelease('policy', verdicts(['bob', 'dave'], { at: SATURDAY }))).toBe(
      "policy change: prod's policy: frozen until Mon 07:00 Europe/Berlin (weekend); break-glass needs label break-glass (dev and staging pass)",
    );
  });
});
