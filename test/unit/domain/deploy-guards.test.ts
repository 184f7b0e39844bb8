// deploy's pure checks: a retried Failed release must not put its environment behind a later release (tenants
// overlapping, none listed meaning all); the merged head must be what the gate approved; a rebase merge's copies are
// told from a squash by their author date and message; a freeze of any environment a release reaches holds it.
import { describe, expect, it } from 'vitest';
import {
  checkApprovedHead,
  freezeHold,
  isRebasedCopy,
  laterDeploy,
  retryRefusedMessage,
  tenantsOverlap,
  unapprovedHeadMessage,
} from '../../../src/domain/deploy-guards.js';
import { freezeStatus } from '../../../src/domain/freeze.js';
import type {
  ApprovalSeen,
  FreezeWindow,
  HistoryEntry,
  ReleaseRecord,
  ReleaseState,
} from '../../../src/domain/model.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function rel(id: string, moves: [ReleaseState, string][], extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  const history: HistoryEntry[] = moves.map(([state, at]) => ({ state, at, actor: 'x' }));
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'api',
    environment: 'prod',
    tenants: [],
    title: id,
    author: 'dev-alice',
    createdAt: '2026-11-30T08:00:00.000Z',
    state: history.at(-1)?.state ?? 'Approved',
    history,
    changes: { updates: [] },
    approvals: [],
    ...extra,
  };
}

const t = (h: number) => `2026-11-30T${String(h).padStart(2, '0')}:00:00.000Z`;
// R1 deployed at 09:00 and failed; the candidates below began deploying before or after that.
const R1 = rel('r1', [
  ['Approved', t(8)],
  ['Deploying', t(9)],
  ['Deployed', t(9)],
  ['Failed', t(10)],
]);

describe('laterDeploy: what a retry of a Failed release would go back behind', () => {
  const cases: { name: string; other: ReleaseRecord; failed?: ReleaseRecord; later: boolean }[] = [
    {
      name: 'a later release that went Healthy',
      other: rel('r2', [
        ['Deploying', t(11)],
        ['Deployed', t(11)],
        ['Synced', t(11)],
        ['Healthy', t(12)],
      ]),
      later: true,
    },
    { name: 'a later release still Deploying', other: rel('r2', [['Deploying', t(11)]]), later: true },
    {
      name: 'a later release that failed too (its manifests were written)',
      other: rel('r2', [
        ['Deploying', t(11)],
        ['Failed', t(11)],
      ]),
      later: true,
    },
    {
      name: 'an earlier release',
      other: rel('r0', [
        ['Deploying', t(7)],
        ['Healthy', t(8)],
      ]),
      later: false,
    },
    {
      name: 'a later release only Approved (never deployed)',
      other: rel('r2', [['Approved', t(11)]]),
      later: false,
    },
    {
      name: 'another environment',
      other: rel('r2', [['Deploying', t(11)]], { environment: 'dev' }),
      later: false,
    },
    { name: 'another workload', other: rel('r2', [['Deploying', t(11)]], { workload: 'web' }), later: false },
    {
      name: 'a later release of other tenants than the failed one',
      failed: { ...R1, tenants: ['acme'] },
      other: rel('r2', [['Deploying', t(11)]], { tenants: ['globex'] }),
      later: false,
    },
    {
      name: 'a later release of a tenant the failed one also targets',
      failed: { ...R1, tenants: ['acme', 'globex'] },
      other: rel('r2', [['Deploying', t(11)]], { tenants: ['globex'] }),
      later: true,
    },
    {
      name: 'a later release naming no tenant (all of them)',
      failed: { ...R1, tenants: ['acme'] },
      other: rel('r2', [['Deploying', t(11)]]),
      later: true,
    },
    {
      name: 'a failed release naming no tenant, a later one of one tenant',
      other: rel('r2', [['Deploying', t(11)]], { tenants: ['acme'] }),
      later: true,
    },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.later ? 'refused' : 'allowed'}`, () => {
      const found = laterDeploy(c.failed ?? R1, [c.failed ?? R1, c.other]);
      expect(found?.release.id).toBe(c.later ? c.other.id : undefined);
    });
  }

  it('the failed release retried once already: only what began after its last attempt counts', () => {
    const retried = rel('r1', [
      ['Deploying', t(9)],
      ['Failed', t(10)],
      ['Deploying', t(13)],
      ['Failed', t(14)],
    ]);
    const between = rel('r2', [
      ['Deploying', t(11)],
      ['RolledBack', t(12)],
    ]);
    expect(laterDeploy(retried, [retried, between])).toBeUndefined();
  });

  it('names the newest later release, and the message says what to do instead', () => {
    const r2 = rel('r2', [
      ['Deploying', t(11)],
      ['Healthy', t(11)],
    ]);
    const r3 = rel('r3', [
      ['Deploying', t(12)],
      ['Healthy', t(12)],
    ]);
    const later = laterDeploy(R1, [r3, R1, r2]);
    expect(later?.release.id).toBe('r3');
    expect(later && retryRefusedMessage(R1, later)).toBe(
      `release r1 is Failed and is not retried: release r3 (Healthy) of api began deploying to prod after it (${t(12)}), and a retry would put prod back behind it. To ship r1's change again, open a new release (create-release, or gitopshq set); to go back to an earlier release, roll back (the deploy workflow's rollback-to, or gitopshq rollback --env prod --to <release-id>)`,
    );
  });

  it('tenantsOverlap: none listed overlaps everything', () => {
    expect(tenantsOverlap({ tenants: [] }, { tenants: ['a'] })).toBe(true);
    expect(tenantsOverlap({ tenants: ['a'] }, { tenants: ['b'] })).toBe(false);
    expect(tenantsOverlap({ tenants: ['a', 'b'] }, { tenants: ['b'] })).toBe(true);
  });
});

describe('checkApprovedHead: the merged head against what the gate approved', () => {
  const approval = (commit: string, state: ApprovalSeen['state'] = 'APPROVED'): ApprovalSeen => ({
    reviewer: 'rev-bob',
    state,
    commit,
    at: t(9),
  });
  it('an approval on the merged head passes', () => {
    expect(checkApprovedHead({ mergedHead: A, approvals: [approval(A)] })).toEqual({
      ok: true,
      basis: 'approvals',
    });
  });
  it('approvals only on an earlier head: refused, naming it', () => {
    expect(checkApprovedHead({ mergedHead: B, approvals: [approval(A)] })).toEqual({
      ok: false,
      approvedAt: [A],
    });
  });
  it('a request for changes on the merged head is no approval of it', () => {
    expect(
      checkApprovedHead({ mergedHead: B, approvals: [approval(A), approval(B, 'CHANGES_REQUESTED')] }),
    ).toEqual({ ok: false, approvedAt: [A] });
  });
  it('the head the gate judged decides when the record keeps it, whatever the approvals', () => {
    expect(checkApprovedHead({ mergedHead: B, gatePassedAt: B, approvals: [approval(A)] }).ok).toBe(true);
    expect(checkApprovedHead({ mergedHead: B, gatePassedAt: A, approvals: [approval(B)] })).toEqual({
      ok: false,
      approvedAt: [A],
    });
  });
  it('no approval recorded and no gate head: nothing to compare, said so', () => {
    expect(checkApprovedHead({ mergedHead: B, approvals: [] })).toEqual({ ok: true, basis: 'none' });
  });
  it('the refusal says what happened and what to do', () => {
    expect(unapprovedHeadMessage({ id: 'r1' }, 12, B, [A])).toBe(
      'release r1 is not deployed: pull request #12 merged head bbbbbbb, but it was approved at aaaaaaa (a commit pushed after the approval and merged before the gate judged it). Its content reached the base branch without the approval its policy needs: review it, then ship it through a new release pull request (or revert it)',
    );
  });
});

describe('isRebasedCopy: a rebase keeps message, author and author date; a squash does not', () => {
  const original = { message: 'api: bump tag\n', date: '2026-11-30T09:15:42Z' };
  const at = Date.parse(original.date) / 1000;
  it('same message and author time: a copy', () => {
    expect(isRebasedCopy({ parents: [A], message: 'api: bump tag\n', authorTime: at }, original)).toBe(true);
  });
  it('the merge time (a squash or merge commit): no copy', () => {
    expect(isRebasedCopy({ parents: [A], message: 'api: bump tag\n', authorTime: at + 600 }, original)).toBe(
      false,
    );
  });
  it('another message: no copy', () => {
    expect(isRebasedCopy({ parents: [A], message: 'api: bump tag (#7)\n', authorTime: at }, original)).toBe(
      false,
    );
  });
  it('no author time known: no copy', () => {
    expect(isRebasedCopy({ parents: [A], message: 'api: bump tag\n' }, original)).toBe(false);
  });
});

describe('freezeHold', () => {
  const MONDAY = new Date('2026-11-30T10:00:00Z');
  const freeze = (name: string, environments: string[]): FreezeWindow => ({
    name,
    environments,
    timezone: 'UTC',
    start: '2026-11-30T09:00Z',
    end: '2026-11-30T12:00Z',
    breakGlass: { allowed: true, label: 'break-glass', teams: [] },
  });
  const hold = (freezes: FreezeWindow[], release: Partial<ReleaseRecord>) =>
    freezeHold({ id: 'r1', environment: 'dev', ...release }, (e) => freezeStatus(freezes, e, MONDAY));

  it('nothing frozen where the release reaches: no hold', () => {
    expect(hold([freeze('prod-only', ['prod'])], {})).toBeUndefined();
    expect(hold([freeze('prod-only', ['prod'])], { affects: ['dev', 'staging'] })).toBeUndefined();
  });

  it('its own environment first, as before; then each environment it affects, named', () => {
    expect(hold([freeze('a', ['dev']), freeze('b', ['prod'])], { affects: ['dev', 'prod'] })).toMatch(
      /^deploy of r1 held: frozen until Mon 12:00 UTC \(a\)\. The release stays Approved/,
    );
    expect(hold([freeze('b', ['prod'])], { affects: ['dev', 'staging', 'prod'] })).toMatch(
      /^deploy of r1 held: frozen until Mon 12:00 UTC \(b\) in prod, which its change reaches \(a layer dev, staging, prod share;/,
    );
  });

  it('a break-glass occurrence covers the freeze it broke in any environment, not another one', () => {
    const breakGlass = {
      actor: 'sre',
      at: '2026-11-30T09:30:00Z',
      reason: 'fix',
      freezes: ['b'],
      occurrences: [{ freeze: 'b', from: '2026-11-30T09:00:00.000Z', until: '2026-11-30T12:00:00.000Z' }],
    };
    expect(hold([freeze('b', ['prod'])], { affects: ['dev', 'prod'], breakGlass })).toBeUndefined();
    expect(
      hold([freeze('b', ['prod']), freeze('c', ['staging'])], {
        affects: ['dev', 'staging', 'prod'],
        breakGlass,
      }),
    ).toMatch(/held: frozen until Mon 12:00 UTC \(c\) in staging.*not the c in force now\)/);
  });
});
