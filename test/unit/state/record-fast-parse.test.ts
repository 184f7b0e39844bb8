import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fastParseRecord } from '../../../src/state/record-fast-parse.js';
import { promotionToYaml, releaseToYaml } from '../../../src/state/record-yaml.js';
import { PROMOTIONS, RELEASES } from '../domain/metrics/fixture.js';

// Strings that YAML writes in every style it has: plain, quoted because they would read as something else,
// escaped, multi-line (literal blocks), with trailing newlines, and unicode.
const AWKWARD = [
  '',
  ' ',
  'plain',
  '1.10',
  '010',
  '0x1f',
  '0o17',
  '.inf',
  '-.5',
  '+1',
  '1e3',
  '12345678901234567890',
  'true',
  'False',
  'yes',
  'on',
  'null',
  '~',
  '- item',
  'key: value',
  'ends with colon:',
  'a #comment',
  'a#b',
  "it's",
  'say "hi"',
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'trailing newline\n',
  'two trailing\n\n',
  '\nleading newline',
  'indented\n  more\nless',
  'blank\n\nline',
  ' leading space',
  'trailing space ',
  '[not a list]',
  '{not: a map}',
  '&anchor',
  '*alias',
  '!tag',
  '@at',
  '`tick',
  '%percent',
  '? question',
  'héllo wörld ✓',
  'emoji 🚀',
  '\u0007bell',
  '2026-11-26T10:00:00Z',
  '---',
  '...',
  '| pipe',
  '> fold',
  '=',
  '<<',
];

describe('fastParseRecord', () => {
  it('reads every fixture record as the full parser does', () => {
    for (const r of RELEASES) expect(fastParseRecord(releaseToYaml(r))).toEqual(parse(releaseToYaml(r)));
    for (const p of PROMOTIONS)
      expect(fastParseRecord(promotionToYaml(p))).toEqual(parse(promotionToYaml(p)));
    // The fixture's records are all in the subset: the shortcut is actually taken.
    expect(RELEASES.every((r) => fastParseRecord(releaseToYaml(r)) !== undefined)).toBe(true);
  });

  it.each(AWKWARD.map((s) => [JSON.stringify(s), s]))(
    'agrees with the full parser or declines: %s',
    (_, s) => {
      const base = RELEASES[1];
      if (base === undefined) throw new Error('fixture');
      const record = {
        ...base,
        title: s,
        notes: s,
        tenants: [s, 'acme'],
        changes: { updates: [{ path: 'a.b', value: s }] },
        approvals: [
          {
            reviewer: 'rev-bob',
            state: 'APPROVED' as const,
            commit: 'c'.repeat(40),
            at: base.createdAt,
            comment: s,
          },
        ],
      };
      const text = releaseToYaml(record);
      const fast = fastParseRecord(text);
      if (fast !== undefined) expect(fast).toEqual(parse(text));
      // Values as keys too, and nested the other way round.
      const other = stringify({ [s || 'empty']: [{ x: s, y: [s] }], n: { m: s } }, { lineWidth: 0 });
      const fast2 = fastParseRecord(other);
      if (fast2 !== undefined) expect(fast2).toEqual(parse(other));
    },
  );

  it('declines what it does not know rather than guess', () => {
    for (const text of [
      'a: 1 # comment\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: [1, 2]\n',
      'a: {b: 1}\n',
      'a: >\n  folded\n',
      'a: |+\n  keep\n\n',
      'a: "multi\n  line"\n',
      'a: plain\n  continued\n',
      '---\na: 1\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      '"quoted key": 1\n',
      'a: 1\r\n',
      '',
    ]) {
      expect(fastParseRecord(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('reads the common shapes', () => {
    expect(
      fastParseRecord("a:\n  - x: 1\n    y: \"q\\\"t\"\n  - 's''q'\nb: []\nc:\nd: |-\n  l1\n\n  l2\n"),
    ).toEqual({
      a: [{ x: 1, y: 'q"t' }, "s'q"],
      b: [],
      c: null,
      d: 'l1\n\nl2',
    });
  });

  it('tells apart keys whose hashes collide, in either order (the key table keeps the first)', () => {
    // "Aa" and "BB" have the same hash (h * 31 + c), as do "AaBB" and "BBAa".
    expect(fastParseRecord('Aa: 1\nBB: 2\nAaBB: x\nBBAa: y\n')).toEqual({
      Aa: 1,
      BB: 2,
      AaBB: 'x',
      BBAa: 'y',
    });
    expect(fastParseRecord('BB: 1\nAa: 2\nBBAa: x\nAaBB: y\n')).toEqual({
      BB: 1,
      Aa: 2,
      BBAa: 'x',
      AaBB: 'y',
    });
    // A duplicate is still one, whichever string the table gave.
    expect(fastParseRecord('Aa: 1\nBB: 2\nAa: 3\n')).toBeUndefined();
  });

  it('reads times and dates as strings, and numbers that start like them as numbers', () => {
    expect(
      fastParseRecord('at: 2026-11-30T16:30:30.585Z\nday: 2026-11-30\nn: 2026\nf: 2026.5\ne: 2026e-1\n'),
    ).toEqual(parse('at: 2026-11-30T16:30:30.585Z\nday: 2026-11-30\nn: 2026\nf: 2026.5\ne: 2026e-1\n'));
  });
});
