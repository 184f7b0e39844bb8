// The event file is the runner's, but a step run elsewhere (or a broken runner) may hand us anything: each is a
// UserError saying what is wrong with GITHUB_EVENT_PATH, never an unexpected crash.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_BYTES, readContext } from '../../../src/core/context.js';
import { UserError } from '../../../src/domain/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'event-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function contextOf(content: string | { size: number }): () => unknown {
  const path = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  if (typeof content === 'string') writeFileSync(path, content);
  else {
    writeFileSync(path, '');
    truncateSync(path, content.size);
  }
  return () => readContext({ GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/gitops' });
}

describe('readContext: the event file', () => {
  it('garbled JSON is a UserError naming GITHUB_EVENT_PATH', () => {
    const read = contextOf('{"action": "opened", "pull_request": {');
    expect(read).toThrow(UserError);
    expect(read).toThrow(/^the event payload GITHUB_EVENT_PATH=.+ is not JSON \(/);
  });

  it('a file bigger than any event GitHub sends is not read', () => {
    const read = contextOf({ size: MAX_EVENT_BYTES + 1 });
    expect(read).toThrow(UserError);
    expect(read).toThrow(/is 25\.0 MiB, more than GitHub ever sends \(25 MiB\): it is not read$/);
  });

  it('a missing file is a UserError; JSON that is not an object reads as no payload', () => {
    expect(() => readContext({ GITHUB_EVENT_PATH: join(dir, 'nope.json') })).toThrow(
      /^cannot read the event payload GITHUB_EVENT_PATH=/,
    );
    expect((contextOf('[1, 2]')() as { payload: unknown }).payload).toEqual({});
  });
});
