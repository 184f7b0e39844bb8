import { describe, expect, it } from 'vitest';
import { createOnce, mayHaveLanded, sameJson } from '../../../src/github/create-once.js';

const POLICY = { retries: 3, retryBaseMs: 1 };
const failed = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });

describe('createOnce', () => {
  it('after an unknown outcome, uses the object an earlier attempt created instead of creating another', async () => {
    const made: number[] = [];
    const warnings: string[] = [];
    const id = await createOnce(
      {
        what: 'issue "x"',
        create: async () => {
          made.push(1);
          throw failed(500); // GitHub made it; the answer was lost (Octokit's 500 without a response)
        },
        find: async () => (made.length > 0 ? 42 : undefined),
      },
      POLICY,
      (m) => warnings.push(m),
    );
    expect([id, made.length]).toEqual([42, 1]);
    expect(warnings).toEqual([
      'GitHub created the issue "x" though its answer was lost: using it, not creating another',
    ]);
  });

  it('sends the create again when the lookup finds nothing, up to the retries, then the last failure', async () => {
    let attempts = 0;
    const created = await createOnce(
      {
        what: 'x',
        create: async () => (++attempts < 3 ? Promise.reject(failed(502)) : 'made'),
        find: async () => undefined,
      },
      POLICY,
    );
    expect([created, attempts]).toEqual(['made', 3]);
    attempts = 0;
    await expect(
      createOnce(
        {
          what: 'x',
          create: async () => {
            attempts++;
            throw failed(503);
          },
          find: async () => undefined,
        },
        POLICY,
      ),
    ).rejects.toMatchObject({ status: 503 });
    expect(attempts).toBe(4);
  });

  it('looks up after the last attempt too: a create that landed then is found, not reported as failed', async () => {
    let attempts = 0;
    const id = await createOnce(
      {
        what: 'x',
        create: async () => {
          attempts++;
          throw failed(504);
        },
        find: async () => (attempts === 4 ? 7 : undefined),
      },
      POLICY,
    );
    expect([id, attempts]).toEqual([7, 4]);
  });

  it('a 4xx is GitHub saying no: no lookup, no retry', async () => {
    let finds = 0;
    await expect(
      createOnce(
        {
          what: 'x',
          create: () => Promise.reject(failed(422)),
          find: async () => {
            finds++;
            return 1;
          },
        },
        POLICY,
      ),
    ).rejects.toMatchObject({ status: 422 });
    expect(finds).toBe(0);
    expect([
      mayHaveLanded(failed(404)),
      mayHaveLanded(failed(502)),
      mayHaveLanded(new Error('socket')),
    ]).toEqual([false, true, true]);
  });

  it('compares payloads as JSON values, whatever the key order', () => {
    expect(sameJson({ release: 'r1', branch: 'b' }, { branch: 'b', release: 'r1' })).toBe(true);
    expect(sameJson({ release: 'r1' }, { release: 'r2' })).toBe(false);
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});
