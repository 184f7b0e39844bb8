import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/domain/errors.js';
import {
  formatValuePath,
  type PathSegment,
  parseUpdate,
  parseUpdateLines,
  parseValuePath,
  typeValueText,
} from '../../../src/domain/value-path.js';
import { isSafePlain } from '../../../src/domain/yaml-scalar.js';

function errorOf(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parseValuePath', () => {
  const good: [string, PathSegment[]][] = [
    ['a', ['a']],
    ['image.tag', ['image', 'tag']],
    ['a.b[2].c', ['a', 'b', 2, 'c']],
    ['env[0]', ['env', 0]],
    ['m[0][1]', ['m', 0, 1]],
    ['[0].a', [0, 'a']],
    ['a.0', ['a', '0']],
    ['a["key.with.dots"]', ['a', 'key.with.dots']],
    ["a['single']", ['a', 'single']],
    ['a["with \\"quote\\" and \\\\"]', ['a', 'with "quote" and \\']],
    ['a["x=y"].b', ['a', 'x=y', 'b']],
    ['a[""]', ['a', '']],
    ['podAnnotations["prometheus.io/scrape"]', ['podAnnotations', 'prometheus.io/scrape']],
    ['app-name.some_key', ['app-name', 'some_key']],
    ['a/b.c', ['a/b', 'c']],
    ['ümlaut.ключ', ['ümlaut', 'ключ']],
    ['a[007]', ['a', 7]],
  ];
  it.each(good)('%j', (path, segments) => {
    expect(parseValuePath(path)).toEqual(segments);
  });

  const bad: [string, string][] = [
    ['', "invalid value path '' at column 1: the path is empty; write a key such as image.tag"],
    ['.a', "invalid value path '.a' at column 1: it starts with '.'; remove the leading dot"],
    ['a..b', "invalid value path 'a..b' at column 3: empty key between two dots; remove one '.'"],
    ['a.', "invalid value path 'a.' at column 2: it ends with '.'; remove the trailing dot or add a key"],
    ['a[2', "invalid value path 'a[2' at column 2: unclosed '['; add the matching ']'"],
    ['a["x"', "invalid value path 'a[\"x\"' at column 2: unclosed '['; add the matching ']'"],
    ['a["x', 'invalid value path \'a["x\' at column 3: unclosed quote "; add the closing "]'],
    ['a[-1]', "invalid value path 'a[-1]' at column 3: negative index -1; list indexes start at 0"],
    [
      'a[x]',
      "invalid value path 'a[x]' at column 3: '[x]' is not a list index; write [0], [1], ... or quote a key as [\"x\"]",
    ],
    [
      'a[1.5]',
      "invalid value path 'a[1.5]' at column 3: '[1.5]' is not a list index; write [0], [1], ... or quote a key as [\"1.5\"]",
    ],
    [
      'a[]',
      "invalid value path 'a[]' at column 3: '[]' is not a list index; write [0], [1], ... or quote a key as [\"\"]",
    ],
    [
      'a.[0]',
      "invalid value path 'a.[0]' at column 3: '[' right after '.'; write a[0] or a[\"key\"], not a.[0]",
    ],
    ['a[0]b', "invalid value path 'a[0]b' at column 5: unexpected 'b' after ']'; add a '.' before a key"],
    [
      'a b',
      'invalid value path \'a b\' at column 2: whitespace (" ") cannot appear in a bare key; quote the key as a["..."]',
    ],
    ['a]', "invalid value path 'a]' at column 2: unmatched ']'; remove it or add the '['"],
    [
      'a."b"',
      'invalid value path \'a."b"\' at column 3: \'"\' cannot appear in a bare key; quote the key as a["..."]',
    ],
    [
      'a[99999999999999999999]',
      "invalid value path 'a[99999999999999999999]' at column 3: index 99999999999999999999 is too large",
    ],
  ];
  it.each(bad)('rejects %j', (path, message) => {
    const e = errorOf(() => parseValuePath(path));
    expect(e.message).toBe(message);
    expect(e.kind).toBe('usage');
  });
});

describe('formatValuePath', () => {
  const cases: [PathSegment[], string][] = [
    [['a', 'b', 2, 'c'], 'a.b[2].c'],
    [['a', 'key.with.dots'], 'a["key.with.dots"]'],
    [[0, 'a'], '[0].a'],
    [['say "hi"\\'], '["say \\"hi\\"\\\\"]'],
    [['', 'x y'], '[""]["x y"]'],
    [['line\nbreak'], '["line\nbreak"]'],
  ];
  it.each(cases)('%j -> %s and back', (segments, text) => {
    expect(formatValuePath(segments)).toBe(text);
    expect(parseValuePath(text)).toEqual(segments);
  });
});

describe('parseUpdate', () => {
  const good: [string, { path: string; value: string }][] = [
    ['image.tag=1.2.3', { path: 'image.tag', value: '1.2.3' }],
    ['a=b=c', { path: 'a', value: 'b=c' }],
    ['a=', { path: 'a', value: '' }],
    [' image.tag = 1.2.3 ', { path: 'image.tag', value: '1.2.3' }],
    ['a["x=y"]=z', { path: 'a["x=y"]', value: 'z' }],
    ['a="quoted value"', { path: 'a', value: '"quoted value"' }],
  ];
  it.each(good)('%j', (arg, update) => {
    expect(parseUpdate(arg)).toEqual(update);
  });

  const bad: [string, string][] = [
    ['image.tag', "'image.tag' has no '=': expected PATH=VALUE, e.g. image.tag=1.2.3"],
    ['=1.2.3', "'=1.2.3' has no path before '=': expected PATH=VALUE, e.g. image.tag=1.2.3"],
    ['', "'' has no '=': expected PATH=VALUE, e.g. image.tag=1.2.3"],
    ['a..b=1', "invalid value path 'a..b' at column 3: empty key between two dots; remove one '.'"],
  ];
  it.each(bad)('rejects %j', (arg, message) => {
    const e = errorOf(() => parseUpdate(arg));
    expect(e.message).toBe(message);
    expect(e.kind).toBe('usage');
  });

  it('parses the lines of an updates input, naming the bad line', () => {
    expect(parseUpdateLines('image.tag=1.2.3\n\n# a comment\r\nreplicas=3\n')).toEqual([
      { path: 'image.tag', value: '1.2.3' },
      { path: 'replicas', value: '3' },
    ]);
    expect(errorOf(() => parseUpdateLines('a=1\nnope\n')).message).toBe(
      "line 2: 'nope' has no '=': expected PATH=VALUE, e.g. image.tag=1.2.3",
    );
  });

  it('names every bad line of an updates input in one error', () => {
    const e = errorOf(() => parseUpdateLines('nope\r\na=1\n=2\n'));
    expect(e.message).toBe(
      "line 1: 'nope' has no '=': expected PATH=VALUE, e.g. image.tag=1.2.3; " +
        "line 3: '=2' has no path before '=': expected PATH=VALUE, e.g. image.tag=1.2.3",
    );
    expect(e.kind).toBe('usage');
  });
});

describe('typeValueText (YAML 1.2 core rules)', () => {
  const cases: [string, unknown][] = [
    ['3', 3],
    ['-7', -7],
    ['0x1F', 31],
    ['0o17', 15],
    ['1.10', 1.1],
    ['1e3', 1000],
    ['.inf', Number.POSITIVE_INFINITY],
    ['true', true],
    ['False', false],
    ['null', null],
    ['~', null],
    ['1.2.3', '1.2.3'],
    ['v1.10', 'v1.10'],
    ['"1.10"', '1.10'],
    ["'1.10'", '1.10'],
    ['"true"', 'true'],
    ['"a\\tb"', 'a\tb'],
    ["'it''s'", "it's"],
    ['', ''],
    ['  ', ''],
    [' padded ', 'padded'],
    ['yes', 'yes'],
    ['a: b', 'a: b'],
    ['x # not a comment', 'x # not a comment'],
    ['*ref', '*ref'],
    ['&anchor x', '&anchor x'],
    ['!tag x', '!tag x'],
    ['|', '|'],
    ['>', '>'],
    ['%x', '%x'],
    ['@x', '@x'],
    ['- item', '- item'],
    ['---', '---'],
    ['a\nb', 'a\nb'],
    ['[a, 1]', ['a', 1]],
    ['{cpu: 100m}', { cpu: '100m' }],
    ['[]', []],
  ];
  it.each(cases)('%j', (text, value) => {
    expect(typeValueText(text).value).toEqual(value);
  });

  const bad: [string, string][] = [
    ['[a, b', 'looks like a flow list but does not parse as one'],
    ['{a: 1', 'looks like a flow map but does not parse as one'],
    ['"a" b', 'starts with a quote but is not one quoted string'],
    ["'unterminated", 'starts with a quote but is not one quoted string'],
  ];
  it.each(bad)('rejects %j', (text, message) => {
    expect(errorOf(() => typeValueText(text)).message).toContain(message);
  });
});

describe('isSafePlain', () => {
  const cases: [string, boolean, boolean][] = [
    // text, safe as a block value, safe in a flow collection
    ['nginx', true, true],
    ['1.2.3', true, true],
    ['-Xmx512m', true, true],
    ['a,b', true, false],
    ['http://x:80/y', true, true],
    ['', false, false],
    [' a', false, false],
    ['1.10', false, false],
    ['true', false, false],
    ['yes', false, false],
    ['on', false, false],
    ['0755', false, false],
    ['1_000', false, false],
    ['1:20', false, false],
    ['a: b', false, false],
    ['a #b', false, false],
    ['*a', false, false],
    ['- a', false, false],
    ['-', false, false],
    ['@a', false, false],
    ['%a', false, false],
    ['a\tb', false, false],
    ['---', false, false],
  ];
  it.each(cases)('%j block=%s flow=%s', (s, block, flow) => {
    expect(isSafePlain(s, 'block-value')).toBe(block);
    expect(isSafePlain(s, 'flow-value')).toBe(flow);
  });
});
