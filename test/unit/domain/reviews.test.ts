import { describe, expect, it } from 'vitest';
import { latestOpinions, normalizeReviewState, type ReviewInput } from '../../../src/domain/reviews.js';

const r = (reviewer: string, state: string, commitId = 'c1', submittedAt = 't'): ReviewInput => ({
  reviewer,
  state,
  commitId,
  submittedAt,
});

describe('latestOpinions', () => {
  const cases: [string, ReviewInput[], [string, string, string][]][] = [
    ['no reviews', [], []],
    ['one approval', [r('bob', 'APPROVED')], [['bob', 'APPROVED', 'c1']]],
    [
      'a later COMMENTED keeps the approval',
      [r('bob', 'APPROVED'), r('bob', 'COMMENTED', 'c2')],
      [['bob', 'APPROVED', 'c1']],
    ],
    ['a COMMENTED alone is no opinion', [r('bob', 'COMMENTED')], []],
    ['PENDING is no opinion', [r('bob', 'PENDING')], []],
    ['DISMISSED removes the approval', [r('bob', 'APPROVED'), r('bob', 'DISMISSED')], []],
    [
      'an approval after a dismissal counts',
      [r('bob', 'DISMISSED'), r('bob', 'APPROVED', 'c3')],
      [['bob', 'APPROVED', 'c3']],
    ],
    [
      'changes requested after approval wins',
      [r('bob', 'APPROVED'), r('bob', 'CHANGES_REQUESTED', 'c2')],
      [['bob', 'CHANGES_REQUESTED', 'c2']],
    ],
    [
      're-approval after changes requested, on the newer commit',
      [r('bob', 'CHANGES_REQUESTED'), r('bob', 'APPROVED', 'c2')],
      [['bob', 'APPROVED', 'c2']],
    ],
    [
      'lower-case event spellings',
      [r('bob', 'approved'), r('carol', 'changes_requested')],
      [
        ['bob', 'APPROVED', 'c1'],
        ['carol', 'CHANGES_REQUESTED', 'c1'],
      ],
    ],
    ['logins compare case-insensitively', [r('Bob', 'APPROVED'), r('bob', 'DISMISSED')], []],
    ['unknown states are ignored', [r('bob', 'APPROVED'), r('bob', 'WHATEVER')], [['bob', 'APPROVED', 'c1']]],
    [
      'each reviewer separately, oldest opinion first',
      [
        r('bob', 'APPROVED'),
        r('carol', 'APPROVED'),
        r('bob', 'CHANGES_REQUESTED', 'c2'),
        r('dave', 'COMMENTED'),
      ],
      [
        ['carol', 'APPROVED', 'c1'],
        ['bob', 'CHANGES_REQUESTED', 'c2'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, reviews, expected) => {
    expect(latestOpinions(reviews).map((o) => [o.reviewer, o.state, o.commit])).toEqual(expected);
  });

  it('keeps when the opinion was given', () => {
    expect(latestOpinions([r('bob', 'APPROVED', 'c1', '2026-01-02T03:04:05Z')])[0]?.at).toBe(
      '2026-01-02T03:04:05Z',
    );
  });
});

describe('normalizeReviewState', () => {
  it.each([
    ['APPROVED', 'APPROVED'],
    ['approved', 'APPROVED'],
    [' Changes_Requested ', 'CHANGES_REQUESTED'],
    ['commented', 'COMMENTED'],
    ['dismissed', 'DISMISSED'],
    ['pending', 'PENDING'],
    ['approve', undefined],
    ['', undefined],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeReviewState(input)).toBe(expected);
  });
});
