// The freeze-status use case on the example repository (files only): an unknown environment is a typed usage
// failure, which the CLI maps to exit 2.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freezeStatuses } from '../../../src/usecases/freeze-status.js';
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

describe('freezeStatuses', () => {
  it("answers every environment in gitopshq.yaml's order, or one, and refuses an unknown one as usage", async () => {
    const dir = join(tempDir(), 'gitops');
    await initRepo({ dir, shown: 'gitops', git: false });
    // A Saturday noon in Berlin: inside the example's weekend freeze of prod.
    const at = new Date('2026-11-28T11:00:00Z');
    const all = await freezeStatuses({ repo: dir, at });
    expect(all.value?.map((s) => [s.environment, s.frozen, s.freeze])).toEqual([
      ['dev', false, null],
      ['staging', false, null],
      ['prod', true, 'weekend'],
    ]);
    const prod = await freezeStatuses({ repo: dir, at, environment: 'prod' });
    expect(prod.value?.map((s) => s.environment)).toEqual(['prod']);
    expect(await freezeStatuses({ repo: dir, at, environment: 'qa' })).toMatchObject({
      outcome: 'failed',
      error: {
        kind: 'usage',
        message: "--env: unknown environment 'qa' (gitopshq.yaml has: dev, staging, prod)",
      },
    });
  });
});
