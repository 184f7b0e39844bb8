import { describe, expect, it } from 'vitest';
import { apiUrlFrom } from '../../../src/github/http-policy.js';
import {
  COMMENT_MAX_CHARS,
  isStickyComment,
  stickyBody,
  stickyMarker,
} from '../../../src/github/sticky-comment.js';

describe('sticky comment bodies', () => {
  it('starts with a hidden marker per purpose', () => {
    const { body, truncated } = stickyBody('preview', 'hello');
    expect(body).toBe('<!-- gitopshq:preview -->\nhello');
    expect(truncated).toBe(false);
    expect(isStickyComment(body, 'preview')).toBe(true);
    expect(isStickyComment(body, 'approval')).toBe(false);
    expect(isStickyComment(null, 'preview')).toBe(false);
  });

  it('fits exactly at the limit without shortening', () => {
    const head = `${stickyMarker('preview')}\n`;
    const { body, truncated } = stickyBody('preview', 'x'.repeat(COMMENT_MAX_CHARS - head.length));
    expect(truncated).toBe(false);
    expect(body.length).toBe(COMMENT_MAX_CHARS);
  });

  it('shortens past 65,536 characters and points at the job summary', () => {
    const { body, truncated } = stickyBody('preview', 'y'.repeat(200_000), 'https://example.test/run/1');
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body).toContain('job summary: https://example.test/run/1');
    expect(body.startsWith(stickyMarker('preview'))).toBe(true);
  });

  // Both parities, so one of them puts the cut between the halves of a pair.
  it.each(['', 'a'])('never cuts a surrogate pair in half (prefix %j)', (prefix) => {
    const { body } = stickyBody('preview', prefix + '😀'.repeat(40_000));
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it.each(['Preview', 'a b', 'x-->', '', '../x'])('rejects purpose %j that could break the marker', (p) => {
    expect(() => stickyMarker(p)).toThrow(/lower-case slug/);
  });
});

describe('apiUrlFrom', () => {
  it.each([
    [{}, 'https://api.github.com'],
    [{ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }, 'https://ghe.example.com/api/v3'],
    [{ GITHUB_API_URL: '  ' }, 'https://api.github.com'],
  ])('%j -> %s', (env, expected) => {
    expect(apiUrlFrom(env)).toBe(expected);
  });
});
