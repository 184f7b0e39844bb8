import { describe, expect, it } from 'vitest';
import type { TeamMembers } from '../../../src/domain/approval-policy.js';
import {
  decideBreakGlass,
  freezesNotBroken,
  heldDespiteBreakGlass,
  nextBreakGlass,
} from '../../../src/domain/break-glass.js';
import { freezeStatus } from '../../../src/domain/freeze.js';
import type { BreakGlassRecord, BreakGlassRule, FreezeWindow } from '../../../src/domain/model.js';

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
    "a team gitopshq.yaml spells SRE is GitHub's sre (slugs are lowercase)",
    [weekend({ teams: ['SRE'] })],
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

describe('break-glass covers the freeze occurrence it was granted in, not a later one of the same name', () => {
  const explain = () => ({ at: '2026-11-28T11:00:00Z', reason: 'INC-42' });
  const judge = (at: Date, labels: string[], freezes: FreezeWindow[] = [weekend()]) =>
    decideBreakGlass(freezeStatus(freezes, 'prod', at), { labels, approvers: ['sre-dave'], teams });
  const NEXT_SATURDAY = new Date('2026-12-05T12:00:00Z');
  const WEDNESDAY = new Date('2026-12-02T12:00:00Z');

  it('records the weekend it broke (Fri 18:00 to Mon 07:00 Berlin) and opens that weekend only', () => {
    const record = nextBreakGlass(undefined, judge(SATURDAY, ['break-glass']), ['break-glass'], explain);
    expect(record).toEqual({
      actor: 'sre-dave',
      at: '2026-11-28T11:00:00Z',
      reason: 'INC-42',
      freezes: ['weekend'],
      occurrences: [
        { freeze: 'weekend', from: '2026-11-27T17:00:00.000Z', until: '2026-11-30T06:00:00.000Z' },
      ],
    });
    // Sunday night, same weekend: open.
    expect(
      freezesNotBroken(freezeStatus([weekend()], 'prod', new Date('2026-11-29T22:00:00Z')), record),
    ).toEqual([]);
    // Next Saturday: the same freeze by name, another occurrence: deploy holds, and says why.
    const later = freezeStatus([weekend()], 'prod', NEXT_SATURDAY);
    expect(freezesNotBroken(later, record)).toEqual(['weekend']);
    expect(heldDespiteBreakGlass(record, ['weekend'])).toBe(
      ' (its break-glass broke weekend 2026-11-27T17:00:00.000Z to 2026-11-30T06:00:00.000Z, not the weekend in force now)',
    );
  });

  it('a record written before occurrences were kept (names only) breaks nothing', () => {
    const old: BreakGlassRecord = {
      actor: 'sre-dave',
      at: '2026-11-28T11:00:00Z',
      reason: 'x',
      freezes: ['weekend'],
    };
    expect(freezesNotBroken(freezeStatus([weekend()], 'prod', SATURDAY), old)).toEqual(['weekend']);
    expect(heldDespiteBreakGlass(old, ['weekend'])).toMatch(
      /without the freeze occurrence it broke, so it breaks none/,
    );
    // The gate, run again during the freeze with the label and approval, records the occurrence.
    const next = nextBreakGlass(old, judge(SATURDAY, ['break-glass']), ['break-glass'], explain);
    expect(next?.occurrences).toEqual([
      { freeze: 'weekend', from: '2026-11-27T17:00:00.000Z', until: '2026-11-30T06:00:00.000Z' },
    ]);
  });

  it('lapses when the gate runs outside any freeze, or when the label goes', () => {
    const record = nextBreakGlass(undefined, judge(SATURDAY, ['break-glass']), ['break-glass'], explain);
    // Re-approved on a weekday: not frozen, the break-glass is cleared; merged next Saturday, deploy holds.
    expect(
      nextBreakGlass(record, judge(WEDNESDAY, ['break-glass']), ['break-glass'], explain),
    ).toBeUndefined();
    // Same weekend, label removed: cleared (the gate fails for the missing label anyway).
    expect(nextBreakGlass(record, judge(SATURDAY, []), [], explain)).toBeUndefined();
    // Label matched as GitHub does, case-insensitively; unchanged: the very same object, so nothing is written.
    expect(nextBreakGlass(record, judge(SATURDAY, ['Break-Glass']), ['Break-Glass'], explain)).toBe(record);
  });

  it('a second freeze that began later is added with its own occurrence; the newest breaker speaks', () => {
    const first = nextBreakGlass(undefined, judge(SATURDAY, ['break-glass']), ['break-glass'], explain);
    const labels = ['break-glass', 'hotfix'];
    const both = nextBreakGlass(first, judge(SATURDAY, labels, [weekend(), hotfixOnly]), labels, () => ({
      at: '2026-11-28T11:30:00Z',
      reason: 'audit too',
    }));
    expect(both?.reason).toBe('audit too');
    expect(both?.occurrences).toEqual([
      { freeze: 'weekend', from: '2026-11-27T17:00:00.000Z', until: '2026-11-30T06:00:00.000Z' },
      { freeze: 'audit', from: '2026-11-28T00:00:00.000Z', until: '2026-11-29T00:00:00.000Z' },
    ]);
    // Sunday: the audit freeze is over, the weekend still holds the environment and is still broken.
    expect(
      freezesNotBroken(freezeStatus([weekend(), hotfixOnly], 'prod', new Date('2026-11-29T12:00:00Z')), both),
    ).toEqual([]);
  });
});
