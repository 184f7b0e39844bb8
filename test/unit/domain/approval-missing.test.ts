// The words approve-gate records for what is missing (and the dashboard shows): the policy's items, then a freeze in
// force with what break-glass would take.
import { describe, expect, it } from 'vitest';
import { approvalMissingPhrases } from '../../../src/domain/approval-missing.js';
import type { FreezeStatus } from '../../../src/domain/freeze.js';

const frozen: FreezeStatus = {
  environment: 'prod',
  at: '2026-11-30T10:00:00.000Z',
  frozen: true,
  freeze: 'year-end',
  until: '2027-01-04T07:00:00.000Z',
  untilLocal: 'Mon 07:00 Europe/Berlin',
  reason: 'year-end freeze',
  breakGlass: null,
  active: [],
};

describe('approvalMissingPhrases', () => {
  it('phrases the policy items in order', () => {
    expect(
      approvalMissingPhrases([
        { kind: 'changes-requested', reviewers: ['rev-carol'] },
        { kind: 'team-members-unknown', team: 'sre', forbidden: true },
        { kind: 'approvals', required: 2, valid: 1, needed: 1 },
        { kind: 'codeowners', owners: ['@acme/payments', 'rev-bob'], paths: ['workloads/x/values.yaml'] },
      ]),
    ).toEqual([
      'changes requested by rev-carol to be resolved',
      'an approval from team sre (its members could not be read: the token may not read team membership)',
      '1 more approval (of 2)',
      'a code owner approval (@acme/payments or rev-bob)',
    ]);
  });

  it('adds a freeze in force that break-glass has not passed, with what break-glass takes', () => {
    const glass = [
      { kind: 'label' as const, freeze: 'year-end', label: 'break-glass' },
      { kind: 'approval' as const, freeze: 'year-end', teams: ['sre', 'release'] },
    ];
    expect(approvalMissingPhrases([], { status: frozen, passes: false, missing: glass })).toEqual([
      'the freeze year-end to end (Mon 07:00 Europe/Berlin), or break-glass: the break-glass label and an approval from team sre or release',
    ]);
    expect(approvalMissingPhrases([], { status: frozen, passes: true, missing: [] })).toEqual([]);
    expect(
      approvalMissingPhrases([], {
        status: frozen,
        passes: false,
        missing: [{ kind: 'not-allowed', freeze: 'year-end' }],
      }),
    ).toEqual(['the freeze year-end to end (Mon 07:00 Europe/Berlin); it allows no break-glass']);
  });
});
