import { describe, expect, it } from 'vitest';
import { CatFileBatchReader } from '../../../src/state/cat-file-batch.js';

const OID = 'a'.repeat(40);
const object = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from(`${OID} blob ${bytes.length}\n`), bytes, Buffer.from('\n')]);
};
const missing = (name: string) => Buffer.from(`${name} missing\n`, 'utf8');

/** Feeds `output` to a reader in chunks of `size` bytes; returns what it handed on and whether it finished whole. */
function read(output: Buffer, expected: number, size: number) {
  const got: (string | undefined)[] = [];
  const reader = new CatFileBatchReader(expected, (i, text) => {
    expect(i).toBe(got.length);
    got.push(text);
  });
  for (let pos = 0; pos < output.length; pos += size) reader.push(output.subarray(pos, pos + size));
  return { got, whole: reader.finish(), count: reader.count };
}

describe('CatFileBatchReader', () => {
  // Multi-byte characters (é is 2 bytes, 🚀 is 4), an empty blob, a blob holding only newlines, a missing name.
  const texts = ['id: a\nstate: Healthy\n', 'title: café 🚀\n', '', '\n\n', 'last'];
  const output = Buffer.concat([
    object(texts[0] as string),
    object(texts[1] as string),
    missing('deadbeef'),
    object(texts[2] as string),
    object(texts[3] as string),
    object(texts[4] as string),
  ]);
  const expected = [texts[0], texts[1], undefined, texts[2], texts[3], texts[4]];

  it.each([1, 2, 3, 7, 16, 64, output.length])(
    'hands on every object in order, whatever the chunk size (%i bytes)',
    (size) => {
      expect(read(output, 6, size)).toEqual({ got: expected, whole: true, count: 6 });
    },
  );

  it('says when the output ended before every object came', () => {
    const cut = output.subarray(0, output.length - 3);
    const r = read(cut, 6, 5);
    expect(r.whole).toBe(false);
    expect(r.got).toEqual(expected.slice(0, 5));
  });

  it('stops at output that does not read as the batch format, keeping what came before', () => {
    const bad = Buffer.concat([object('one'), Buffer.from(`${OID} blob 3\nabcX`), object('three')]);
    const r = read(bad, 3, 4);
    expect(r).toEqual({ got: ['one'], whole: false, count: 1 });
    const noSize = Buffer.concat([object('one'), Buffer.from(`${OID} blob many\nabc\n`)]);
    expect(read(noSize, 2, 100)).toEqual({ got: ['one'], whole: false, count: 1 });
  });

  it('throws from finish what the consumer threw, and hands on nothing after it', () => {
    const seen: number[] = [];
    const reader = new CatFileBatchReader(3, (i) => {
      seen.push(i);
      if (i === 1) throw new Error('bad record');
    });
    reader.push(Buffer.concat([object('a'), object('b'), object('c')]));
    expect(() => reader.finish()).toThrow('bad record');
    expect(seen).toEqual([0, 1]);
  });

  it('reads a large object that arrives in many chunks without losing a byte', () => {
    const big = 'x'.repeat(1_000_000) + 'é'.repeat(1000);
    const r = read(Buffer.concat([object(big), object('after')]), 2, 65536);
    expect(r.whole).toBe(true);
    expect(r.got[0]).toBe(big);
    expect(r.got[1]).toBe('after');
  });

  it("hands on each object's id and type when asked, and nothing of the header otherwise", () => {
    const commit = 'c'.repeat(40);
    const output = Buffer.concat([
      Buffer.from(`${commit} commit 4\ntree\n`),
      object('caf\u00e9'),
      missing('refs/heads/nope:x'),
    ]);
    const seen: unknown[][] = [];
    const withHeaders = new CatFileBatchReader(3, (...args) => seen.push(args), { headers: true });
    withHeaders.push(output);
    expect(withHeaders.finish()).toBe(true);
    expect(seen).toEqual([
      [0, 'tree', commit, 'commit'],
      [1, 'caf\u00e9', OID, 'blob'],
      [2, undefined, undefined, undefined],
    ]);
    seen.length = 0;
    const plain = new CatFileBatchReader(3, (...args) => seen.push(args));
    plain.push(output);
    expect(plain.finish()).toBe(true);
    expect(seen).toEqual([
      [0, 'tree', undefined, undefined],
      [1, 'caf\u00e9', undefined, undefined],
      [2, undefined, undefined, undefined],
    ]);
  });

  it('cuts by bytes, so a blob that is not valid UTF-8 does not shift the objects after it', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe]); // 'caf\xe9\n' and two stray bytes
    const output = Buffer.concat([
      Buffer.from(`${OID} blob ${latin1.length}\n`),
      latin1,
      Buffer.from('\n'),
      object('after: \u00e9\u{1F680}'),
    ]);
    for (const size of [1, 3, output.length]) {
      const r = read(output, 2, size);
      expect(r.whole).toBe(true);
      expect(r.got).toEqual([latin1.toString('utf8'), 'after: \u00e9\u{1F680}']);
    }
  });
});
