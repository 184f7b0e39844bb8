import { describe, expect, it } from 'vitest';
import {
  diffValues,
  flattenValues,
  getPath,
  layerValues,
  setPath,
  type ValueDiff,
  type Values,
} from '../../../src/domain/values.js';

/** Every object and array reachable from `v`, to prove the result shares none with the inputs. */
function containers(v: unknown, out = new Set<object>()): Set<object> {
  if (typeof v === 'object' && v !== null) {
    out.add(v);
    for (const x of Object.values(v)) containers(x, out);
  }
  return out;
}

describe('layerValues', () => {
  const cases: [string, (Values | undefined)[], Values][] = [
    ['no layers', [], {}],
    ['only undefined layers', [undefined, undefined], {}],
    ['one layer is copied', [{ a: 1 }], { a: 1 }],
    ['scalar replaces scalar', [{ a: 1 }, { a: 2 }], { a: 2 }],
    ['later layer adds keys', [{ a: 1 }, { b: 2 }], { a: 1, b: 2 }],
    [
      'maps merge recursively',
      [{ image: { repository: 'nginx', tag: '1.0' } }, { image: { tag: '1.1' } }],
      { image: { repository: 'nginx', tag: '1.1' } },
    ],
    ['arrays replace, not concatenate', [{ args: ['a', 'b'] }, { args: ['c'] }], { args: ['c'] }],
    ['an empty array replaces', [{ args: ['a'] }, { args: [] }], { args: [] }],
    ['a map replaces a scalar', [{ a: 1 }, { a: { b: 2 } }], { a: { b: 2 } }],
    ['a scalar replaces a map', [{ a: { b: 2 } }, { a: 'x' }], { a: 'x' }],
    ['an array replaces a map', [{ a: { b: 2 } }, { a: [1] }], { a: [1] }],
    ['an empty map merges as nothing', [{ a: { b: 2 } }, { a: {} }], { a: { b: 2 } }],
    ['null deletes a key', [{ a: 1, b: 2 }, { a: null }], { b: 2 }],
    ['null deletes a whole map', [{ a: { b: 1 }, c: 1 }, { a: null }], { c: 1 }],
    ['nested null deletes a nested key', [{ a: { b: 1, c: 2 } }, { a: { b: null } }], { a: { c: 2 } }],
    ['null for a missing key leaves nothing behind', [{ a: 1 }, { z: null }], { a: 1 }],
    [
      'null inside a new map leaves nothing behind',
      [{ a: 1 }, { n: { x: null, y: 1 } }],
      { a: 1, n: { y: 1 } },
    ],
    ['a key deleted in env comes back in tenant', [{ a: 1 }, { a: null }, { a: 3 }], { a: 3 }],
    ['nulls in the first layer are data', [{ a: null }], { a: null }],
    ['nulls inside arrays are data', [{}, { a: [null, 1] }], { a: [null, 1] }],
    [
      'false and 0 and "" are values, not deletions',
      [
        { a: 1, b: 1, c: 1 },
        { a: false, b: 0, c: '' },
      ],
      { a: false, b: 0, c: '' },
    ],
    [
      'base -> environment -> tenant',
      [
        { replicas: 1, image: { repository: 'acme/web', tag: '1.0' }, env: [{ name: 'A', value: '1' }] },
        { replicas: 3, image: { tag: '1.1' } },
        undefined,
        { image: { tag: '1.1-acme' }, env: [{ name: 'B', value: '2' }] },
      ],
      { replicas: 3, image: { repository: 'acme/web', tag: '1.1-acme' }, env: [{ name: 'B', value: '2' }] },
    ],
  ];
  it.each(cases)('%s', (_name, layers, expected) => {
    const snapshot = JSON.stringify(layers);
    const result = layerValues(...layers);
    expect(result).toEqual(expected);
    expect(JSON.stringify(layers)).toBe(snapshot);
    const shared = [...containers(result)].filter((o) => layers.some((l) => containers(l).has(o)));
    expect(shared).toEqual([]);
  });

  it('treats a __proto__ key as data, without touching prototypes', () => {
    const evil = JSON.parse('{"__proto__": {"polluted": true}, "a": {"__proto__": {"x": 1}}}') as Values;
    const result = layerValues({ a: { y: 2 } }, evil);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result).sort()).toEqual(['__proto__', 'a']);
    expect(Object.keys(result.a as object).sort()).toEqual(['__proto__', 'y']);
  });
});

describe('getPath', () => {
  const values = { a: { b: [{ c: 1 }, null], 'k.dots': 'd' }, z: 0 };
  const cases: [(string | number)[], unknown][] = [
    [[], values],
    [['a', 'b', 0, 'c'], 1],
    [['a', 'b', 1], null],
    [['a', 'k.dots'], 'd'],
    [['z'], 0],
    [['a', 'b', 2], undefined],
    [['a', 'b', -1], undefined],
    [['a', 'b', 'length'], undefined],
    [['a', 'x'], undefined],
    [['z', 'y'], undefined],
    [['a', 0], undefined],
    [['toString'], undefined],
  ];
  it.each(cases)('%j', (path, expected) => {
    expect(getPath(values, path)).toBe(expected);
  });
});

describe('setPath', () => {
  it('returns a copy with the value set, creating maps and lists on the way', () => {
    const before = { a: { b: 1 }, l: [1, 2] };
    expect(setPath(before, ['a', 'c', 'd'], 'x')).toEqual({ a: { b: 1, c: { d: 'x' } }, l: [1, 2] });
    expect(setPath(before, ['l', 2], 3)).toEqual({ a: { b: 1 }, l: [1, 2, 3] });
    expect(setPath(null, ['n', 0, 'k'], true)).toEqual({ n: [{ k: true }] });
    expect(before).toEqual({ a: { b: 1 }, l: [1, 2] });
  });
});

describe('flattenValues', () => {
  it('lists leaves with their paths, indexes in numeric order', () => {
    const list = Array.from({ length: 11 }, (_, i) => i);
    expect(
      flattenValues({
        z: 1,
        image: { tag: '1.0', repository: 'nginx' },
        list,
        resources: {},
        args: [],
        annotations: { 'prometheus.io/scrape': 'true' },
        'a key': null,
        env: [{ name: 'A', value: '1' }],
      }),
    ).toEqual([
      { path: '["a key"]', value: null },
      { path: 'annotations["prometheus.io/scrape"]', value: 'true' },
      { path: 'args', value: [] },
      { path: 'env[0].name', value: 'A' },
      { path: 'env[0].value', value: '1' },
      { path: 'image.repository', value: 'nginx' },
      { path: 'image.tag', value: '1.0' },
      ...list.map((i) => ({ path: `list[${i}]`, value: i })),
      { path: 'resources', value: {} },
      { path: 'z', value: 1 },
    ]);
  });
  it('gives nothing for an empty map', () => {
    expect(flattenValues({})).toEqual([]);
  });
});

describe('diffValues', () => {
  const cases: [string, unknown, unknown, ValueDiff[]][] = [
    ['equal', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } }, []],
    [
      'changed scalar',
      { image: { tag: '1.0' } },
      { image: { tag: '1.1' } },
      [{ path: 'image.tag', a: '1.0', b: '1.1', kind: 'changed' }],
    ],
    ['1 and "1" differ', { r: 1 }, { r: '1' }, [{ path: 'r', a: 1, b: '1', kind: 'changed' }]],
    ['added key', {}, { a: 1 }, [{ path: 'a', a: undefined, b: 1, kind: 'added' }]],
    ['removed key', { a: 1 }, {}, [{ path: 'a', a: 1, b: undefined, kind: 'removed' }]],
    [
      'added map lists its leaves',
      { x: 1 },
      { x: 1, r: { limits: { cpu: '1' }, requests: { cpu: '0.5' } } },
      [
        { path: 'r.limits.cpu', a: undefined, b: '1', kind: 'added' },
        { path: 'r.requests.cpu', a: undefined, b: '0.5', kind: 'added' },
      ],
    ],
    [
      'lists compare item by item',
      { env: [{ name: 'A' }, { name: 'B' }] },
      { env: [{ name: 'A' }, { name: 'C' }, { name: 'D' }] },
      [
        { path: 'env[1].name', a: 'B', b: 'C', kind: 'changed' },
        { path: 'env[2].name', a: undefined, b: 'D', kind: 'added' },
      ],
    ],
    [
      'shape change is a change',
      { a: 1 },
      { a: { b: 1 } },
      [{ path: 'a', a: 1, b: { b: 1 }, kind: 'changed' }],
    ],
    [
      'empty map to filled map',
      { r: {} },
      { r: { c: 1 } },
      [{ path: 'r', a: {}, b: { c: 1 }, kind: 'changed' }],
    ],
    ['null to value', { a: null }, { a: 0 }, [{ path: 'a', a: null, b: 0, kind: 'changed' }]],
    [
      'sorted by path',
      { b: 1, a: 1, c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
      { b: 2, a: 2, c: [1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0] },
      [
        { path: 'a', a: 1, b: 2, kind: 'changed' },
        { path: 'b', a: 1, b: 2, kind: 'changed' },
        { path: 'c[9]', a: 10, b: 0, kind: 'changed' },
        { path: 'c[10]', a: 11, b: 0, kind: 'changed' },
      ],
    ],
  ];
  it.each(cases)('%s', (_name, a, b, expected) => {
    const diff = diffValues(a, b);
    expect(diff).toEqual(expected);
    expect(diff.map((d) => d.kind)).toEqual(expected.map((d) => d.kind));
    expect(diffValues(b, a).length).toBe(expected.length);
  });
});
