// The init use case on a real folder (files only, no git, no processes): what it refuses comes back as a typed
// usage failure with nothing written, which the CLI maps to exit 2.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initRepo } from '../../../src/usecases/init-repo.js';

const made: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gitopshq-init-'));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('initRepo', () => {
  it('writes the example repository into a new folder and lists its files, sorted', async () => {
    const dir = join(tempDir(), 'gitops');
    const result = await initRepo({ dir, shown: 'gitops', git: false });
    expect(result.outcome).toBe('succeeded');
    const files = result.value?.files ?? [];
    expect(files).toContain('gitopshq.yaml');
    expect(files).toEqual([...files].sort());
    expect(result.value).not.toHaveProperty('commit');
    expect(readFileSync(join(dir, 'gitopshq.yaml'), 'utf8')).toContain('environments:');
  });

  it('refuses a folder with anything in it, naming it as typed and writing nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const result = await initRepo({ dir, shown: 'my-folder', git: false });
    expect(result).toMatchObject({
      outcome: 'failed',
      retryable: false,
      error: { kind: 'usage', message: expect.stringMatching(/^my-folder is not empty \(1 entry\); /) },
    });
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a file', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const result = await initRepo({ dir: file, shown: 'a-file', git: false });
    expect(result).toMatchObject({
      outcome: 'failed',
      error: { kind: 'usage', message: 'a-file is a file, not a folder' },
    });
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
