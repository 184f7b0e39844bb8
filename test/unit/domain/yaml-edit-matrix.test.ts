import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserError } from '../../../src/domain/errors.js';
import { applyValueUpdates, parseValuePath, typeValueText } from '../../../src/domain/value-path.js';
import { deepEqual, getPath, setPath } from '../../../src/domain/values.js';

// A cross product of document shapes, paths and values, checked independently of the editor's own
// self-check: an edit must hold the old data with one path set and change at most one original line.

describe('every combination either edits exactly or explains why not', () => {
  const docs = [
    '',
    '{}\n',
    '~\n',
    'a: 1',
    'a:\n  b: 1   # c\n\n# tail\nz: 2\n',
    'a:\n- 1\n- 2\n',
    'a:\n  - x: 1\n    y: "2"\n',
    'a: [1, 2]\n',
    'a: {b: 1}\n',
    'a: # c\n',
    '- 1\n- 2\n',
    'a:\n  -\n  - 2\n',
    'a: &x {b: 1}\nc: *x\n',
    'k:\n  - - a\n    - b\n',
    '1: one\ntrue: t\n',
    'a:\r\n  b: 1\r\nz: 2\r\n',
    'a:\n    deep: 1\n',
  ];
  const paths = [
    'a',
    'a.b',
    'a.c',
    'a[0]',
    'a[1]',
    'a[2]',
    'a[2].k',
    'a.b.c',
    'new',
    'new[0].x',
    'k[0][2]',
    '["1"]',
    'c.b',
  ];
  const values = ['1', 'x', '"1.10"', '', 'a: b', '[1, {b: c}]', 'yes', "it's", '1.10', 'ü #'];

  it('over documents x paths x values', () => {
    const failures: string[] = [];
    let edited = 0;
    for (const doc of docs) {
      for (const path of paths) {
        for (const value of values) {
          const label = `${JSON.stringify(doc)} ${path}=${value}`;
          let out: string;
          try {
            out = applyValueUpdates(doc, [{ path, value }], 'f.yaml');
          } catch (e) {
            if (!(e instanceof UserError)) failures.push(`${label}: not a UserError: ${String(e)}`);
            else if (!/^f\.yaml:\d+:\d+: /.test(e.message))
              failures.push(`${label}: no position: ${e.message}`);
            continue;
          }
          edited++;
          const segments = parseValuePath(path);
          const asTyped = typeValueText(value);
          // The one exception to YAML typing: a string that is replaced by a bare number or boolean stays a string.
          const existing = doc.includes('*') ? undefined : getPath(parse(doc) ?? {}, segments);
          const typed =
            typeof existing === 'string' &&
            (typeof asTyped.value === 'number' || typeof asTyped.value === 'boolean') &&
            asTyped.raw !== undefined
              ? asTyped.raw
              : asTyped.value;
          // Through an anchor the aliases change too, so there only the target is checked.
          const ok = doc.includes('*')
            ? deepEqual(getPath(parse(out), segments), typed)
            : deepEqual(parse(out), setPath(parse(doc) ?? {}, segments, typed));
          if (!ok) failures.push(`${label}: wrong data:\n${out}`);
          const before = doc.split('\n');
          const after = out.split('\n');
          let head = 0;
          while (head < before.length && before[head] === after[head]) head++;
          let tail = 0;
          while (
            tail < before.length - head &&
            before[before.length - 1 - tail] === after[after.length - 1 - tail]
          ) {
            tail++;
          }
          if (before.length - head - tail > 1) failures.push(`${label}: changed more than one line:\n${out}`);
          if (doc.includes('\r\n') && out.replace(/\r\n/g, '').includes('\n'))
            failures.push(`${label}: lost CRLF`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The table must exercise the editing path, not only the refusals.
    expect(edited).toBeGreaterThan(500);
  });
});
