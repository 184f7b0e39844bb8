import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventPullRequestNumber, readContext } from '../../../src/core/context.js';
import { splitForAnnotations } from '../../../src/core/log.js';
import { fitSummary, SummaryBuilder } from '../../../src/core/summary.js';
import { tmpDir } from '../../helpers/tmp.js';

describe('summary helpers', () => {
  it('keeps a summary within the limit, cut at a line boundary with a note', () => {
    const line = `${'é'.repeat(50)}\n`;
    const text = line.repeat(100);
    const fitted = fitSummary(text, 2000);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(2000);
    expect(fitted).toContain('The summary was cut');
    expect(
      fitted
        .split('\n> [!WARNING]')[0]
        ?.split('\n')
        .every((l) => l === '' || l === line.trim()),
    ).toBe(true);
    expect(fitSummary('short', 2000)).toBe('short');
  });

  it('writes the builder once to GITHUB_STEP_SUMMARY, and nothing when empty', () => {
    const dir = tmpDir();
    const file = join(dir, 'summary');
    writeFileSync(file, '');
    expect(new SummaryBuilder().write({ GITHUB_STEP_SUMMARY: file })).toBe('');
    const written = new SummaryBuilder()
      .heading('Done')
      .list(['a', 'b'])
      .write({ GITHUB_STEP_SUMMARY: file });
    expect(written).toBe('## Done\n\n- a\n- b\n');
  });
});

describe('annotation budget', () => {
  it.each([
    [0, 10, 0, 0],
    [10, 10, 10, 0],
    [11, 10, 9, 2],
    [30, 9, 8, 22],
  ])('%i items, budget %i: %i shown, %i summarised', (n, budget, shown, rest) => {
    const r = splitForAnnotations(
      Array.from({ length: n }, (_, i) => i),
      budget,
    );
    expect([r.shown.length, r.rest.length]).toEqual([shown, rest]);
  });
});

describe('context', () => {
  it('reads the run from the runner environment and the event file', () => {
    const dir = tmpDir();
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'opened', pull_request: { number: 12 } }));
    const ctx = readContext({
      GITHUB_REPOSITORY: 'acme/gitops',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: 'abc',
      GITHUB_REF: 'refs/pull/12/merge',
      GITHUB_ACTOR: 'dev-alice',
      GITHUB_WORKSPACE: '/w',
      GITHUB_API_URL: 'http://127.0.0.1:3000/',
      GITHUB_SERVER_URL: 'http://127.0.0.1:3000',
      GITHUB_RUN_ID: '99',
    });
    expect(ctx).toMatchObject({
      owner: 'acme',
      repo: 'gitops',
      eventName: 'pull_request',
      sha: 'abc',
      actor: 'dev-alice',
      workspace: '/w',
      apiUrl: 'http://127.0.0.1:3000',
      runUrl: 'http://127.0.0.1:3000/acme/gitops/actions/runs/99/attempts/1',
    });
    expect(eventPullRequestNumber(ctx)).toBe(12);
    // Without a re-run, the one who triggered it is the actor.
    expect(ctx.triggeringActor).toBe('dev-alice');
  });

  it('a re-run names who re-ran it (GITHUB_TRIGGERING_ACTOR): a permission check judges them, not the first actor', () => {
    const ctx = readContext({ GITHUB_ACTOR: 'release-erin', GITHUB_TRIGGERING_ACTOR: 'dev-alice' });
    expect(ctx.actor).toBe('release-erin');
    expect(ctx.triggeringActor).toBe('dev-alice');
  });

  it('defaults to github.com outside a runner, with no payload', () => {
    const ctx = readContext({});
    expect(ctx).toMatchObject({
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      payload: {},
    });
    expect(eventPullRequestNumber(ctx)).toBeUndefined();
  });
});
