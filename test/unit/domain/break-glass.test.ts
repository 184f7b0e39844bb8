import { describe, expect, it } from 'vitest';
import type { TeamMembers } from '../../../src/domain/approval-policy.js';
import { decideBreakGlass } from '../../../src/domain/break-glass.js';
import { freezeStatus } from '../../../src/domain/freeze.js';
import type { BreakGlassRule, FreezeWindow } from '../../../src/domain/model.js';

const glass = (g: Partial<BreakGlassRule> = {}): BreakGlassRule => ({
  allowed: true,
  label: 'break-glass',
  teams: ['sre'],
  ...g,
});
const weekend = (g: Partial<BreakGlassRule> = {}): FreezeWindow => ({
  name: 'weekend',
  environments: ['prod'],
  timezone: 'Europe/Berlin',
  weekly: { from: 'fri 18:00', to: 'mon 07:00' },
  breakGlass: glass(g),
});
const hotfixOnly: FreezeWindow = {
  name: 'audit',
  environments: [],
  timezone: 'UTC',
  start: '2026-11-28T00:00Z',
  end: '2026-11-29T00:00Z',
  breakGlass: glass({ label: 'hotfix', teams: [] }),
};

const SATURDAY = new Date('2026-11-28T12:00:00Z');
const teams: Record<string, TeamMembers> = {
  sre: { status: 'known', members: ['sre-dave'] },
  oncall: { status: 'forbidden' },
};
const FROZEN = 'frozen until Mon 07:00 Europe/Berlin (weekend)';

/** [case, freezes, labels, approvers, passes, description, broken by] */
const rows: [string, FreezeWindow[], string[], string[], boolean, string, string[]][] = [
  ['not frozen: nothing to break', [weekend()], [], [], true, 'not frozen', []],
  [
    'frozen, nothing done',
    [weekend()],
    [],
    [],
    false,
    `${FROZEN}; break-glass needs label break-glass and an approval from team sre`,
    [],
  ],
  [
    'the label alone',
    [weekend()],
    ['break-glass'],
    [],
    false,
    `${FROZEN}; break-glass needs an approval from team sre`,
    [],
  ],
  [
    'an sre approval alone',
    [weekend()],
    [],
    ['sre-dave'],
    false,
    `${FROZEN}; break-glass needs label break-glass`,
    [],
  ],
  [
    'label and an sre approval',
    [weekend()],
    ['break-glass'],
    ['rev-bob', 'sre-dave'],
    true,
    `${FROZEN}; passed by break-glass`,
    ['weekend:sre-dave'],
  ],
  [
    'label names compare case-insensitively',
    [weekend()],
    ['Break-Glass'],
    ['SRE-Dave'],
    true,
    `${FROZEN}; passed by break-glass`,
    ['weekend:sre-dave'],
  ],
  [
    'an approval from outside the team does not break it',
    [weekend()],
    ['break-glass'],
    ['rev-bob'],
    false,
    `${FROZEN}; break-glass needs an approval from team sre`,
    [],
  ],
  [
    'a freeze without break-glass cannot be broken',
    [weekend({ allowed: false })],
    ['break-glass'],
    ['sre-dave'],
    false,
    `${FROZEN}; weekend allows no break-glass`,
    [],
  ],
  [
    'no teams listed: any counted approval',
    [weekend({ teams: [] })],
    ['break-glass'],
    ['rev-bob'],
    true,
    `${FROZEN}; passed by break-glass`,
    ['weekend:rev-bob'],
  ],
  [
    'no teams listed and no approval',
    [weekend({ teams: [] })],
    ['break-glass'],
    [],
    false,
    `${FROZEN}; break-glass needs an approval`,
    [],
  ],
  [
    'an unreadable team fails closed',
    [weekend({ teams: ['oncall'] })],
    ['break-glass'],
    ['sre-dave'],
    false,
    `${FROZEN}; break-glass needs team oncall unreadable (token lacks org Members read): fails closed`,
    [],
  ],
  [
    'an unreadable team does not matter once another team approved',
    [weekend({ teams: ['oncall', 'sre'] })],
    ['break-glass'],
    ['sre-dave'],
    true,
    `${FROZEN}; passed by break-glass`,
    ['weekend:sre-dave'],
  ],
  [
    'two freezes in force: both must be broken',
    [weekend(), hotfixOnly],
    ['break-glass'],
    ['sre-dave'],
    false,
    'frozen until Mon 07:00 Europe/Berlin (weekend, audit); break-glass needs label hotfix',
    [],
  ],
  [
    'two freezes, both broken',
    [weekend(), hotfixOnly],
    ['break-glass', 'hotfix'],
    ['sre-dave'],
    true,
    'frozen until Mon 07:00 Europe/Berlin (weekend, audit); passed by break-glass',
    ['weekend:sre-dave', 'audit:sre-dave'],
  ],
];

describe('decideBreakGlass: the only way past a freeze', () => {
  it.each(rows)('%s', (_case, freezes, labels, approvers, passes, description, brokenBy) => {
    const at = _case.startsWith('not frozen') ? new Date('2026-12-02T12:00:00Z') : SATURDAY;
    const d = decideBreakGlass(freezeStatus(freezes, 'prod', at), { labels, approvers, teams });
    expect({
      passes: d.passes,
      used: d.used,
      description: d.description,
      brokenBy: d.brokenBy.map((b) => `${b.freeze}:${b.approver}`),
    }).toEqual({ passes, used: passes && _case !== rows[0]?.[0], description, brokenBy });
    expect(d.missing.length === 0).toBe(passes);
    expect(d.description.length).toBeLessThanOrEqual(140);
  });
});
