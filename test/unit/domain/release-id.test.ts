import { describe, expect, test } from 'vitest';
import { NameError } from '../../../src/domain/errors.js';
import {
  assertRecordId,
  checkRecordId,
  isReleaseId,
  newPromotionId,
  newReleaseId,
} from '../../../src/domain/release-id.js';

const bytes =
  (...b: number[]) =>
  (n: number) =>
    Uint8Array.from(b.slice(0, n));
const AT = new Date('2026-11-26T23:59:59.999Z');

describe('newReleaseId', () => {
  test.each([
    ['payment-api', 'prod', AT, [0xa1, 0xb2, 0xc3], 'payment-api-prod-20261126-a1b2c3'],
    ['web', 'staging', new Date('2027-01-05T00:00:00Z'), [0, 1, 2], 'web-staging-20270105-000102'],
    ['a', 'b', new Date('2026-12-31T23:00:00-05:00'), [255, 255, 255], 'a-b-20270101-ffffff'], // UTC date, not local
    ['svc2', 'eu-west-1', AT, [0x0f, 0xf0, 0x10], 'svc2-eu-west-1-20261126-0ff010'],
  ])('%s in %s -> %s', (workload, env, at, random, expected) => {
    const id = newReleaseId(workload, env, at, bytes(...random));
    expect(id).toBe(expected);
    expect(isReleaseId(id)).toBe(true);
  });

  test.each([
    ['', 'prod'],
    ['payment-api', ''],
    ['Payment', 'prod'],
    ['pay/ment', 'prod'],
    ['..', 'prod'],
    ['api', '../prod'],
    ['-api', 'prod'],
    ['api-', 'prod'],
    ['api', 'prod_1'],
    ['api', 'pro d'],
  ])('refuses workload %j env %j with a NameError', (workload, env) => {
    expect(() => newReleaseId(workload, env, AT, bytes(1, 2, 3))).toThrow(NameError);
  });

  test('uses only as many random bytes as it needs, and says when the source gives too few', () => {
    expect(newReleaseId('a', 'b', AT, bytes(1, 2, 3, 4, 5))).toBe('a-b-20261126-010203');
    expect(() => newReleaseId('a', 'b', AT, bytes(1, 2))).toThrow(/random source returned 2 bytes/);
  });

  test('refuses an invalid date rather than writing NaN into a file name', () => {
    expect(() => newReleaseId('a', 'b', new Date('nope'), bytes(1, 2, 3))).toThrow(/valid date/);
  });
});

describe('isReleaseId', () => {
  test.each([
    ['payment-api-prod-20261126-a1b2c3', true],
    ['a-b-20240229-000000', true], // leap day
    ['a-b-20250229-000000', false], // not a leap year
    ['a-b-20261301-000000', false], // month 13
    ['a-b-20261100-000000', false], // day 0
    ['a-b-20261131-000000', false], // 31 November
    ['prod-20261126-a1b2c3', false], // workload or environment missing
    ['a-b-20261126-A1B2C3', false], // upper-case hex
    ['a-b-20261126-a1b2c', false], // 5 hex digits
    ['a-b-20261126-a1b2c3d', false],
    ['a-b-2026112-a1b2c3', false],
    ['a/b-20261126-a1b2c3', false],
    ['../b-20261126-a1b2c3', false],
    ['a-b-20261126-a1b2c3.yaml', false],
    ['', false],
  ])('%j -> %s', (id, expected) => {
    expect(isReleaseId(id)).toBe(expected);
  });
});

describe('checkRecordId', () => {
  test.each([
    ['payment-api-prod-20261126-a1b2c3', undefined],
    ['x', undefined],
    ['', 'must not be empty'],
    ['a/b', 'must not contain a slash'],
    ['a\\b', 'must not contain a slash'],
    ['..', "must not contain '..'"],
    ['a..b', "must not contain '..'"],
    ['.hidden', 'must use only lower-case letters'],
    ['-rf', 'must use only lower-case letters'],
    ['ends-', 'must use only lower-case letters'],
    ['Upper', 'must use only lower-case letters'],
    ['with space', 'must use only lower-case letters'],
    ['a.yaml', 'must use only lower-case letters'],
    ['x'.repeat(201), 'must be at most 200 characters'],
  ])('%j -> %s', (id, problem) => {
    const got = checkRecordId(id);
    if (problem === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(problem);
  });

  test('assertRecordId names the kind and the id, as a usage error', () => {
    expect(() => assertRecordId('promotion', '../etc')).toThrow(
      "promotion id '../etc' must not contain a slash",
    );
    const thrown = (() => {
      try {
        assertRecordId('release', 'a/b');
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(NameError);
    expect((thrown as NameError).kind).toBe('usage');
    expect(() => assertRecordId('release', 'ok-id')).not.toThrow();
  });
});

describe('newPromotionId', () => {
  test('reads as workload, from, to, date and random hex', () => {
    expect(newPromotionId('payment-api', 'staging', 'prod', AT, bytes(0xde, 0xad, 0x01))).toBe(
      'payment-api-staging-to-prod-20261126-dead01',
    );
  });
  test.each([
    ['', 'a', 'b'],
    ['w', 'a/b', 'c'],
    ['w', 'a', '..'],
  ])('refuses %j %j %j', (w, from, to) => {
    expect(() => newPromotionId(w, from, to, AT, bytes(1, 2, 3))).toThrow(NameError);
  });
});
