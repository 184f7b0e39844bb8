import { describe, expect, it } from 'vitest';
import { NameError, UserError } from '../../../src/domain/errors.js';
import { assertName, checkName, isDnsLabel, type NameKind, suggestName } from '../../../src/domain/names.js';

const valid = [
  'a',
  '0',
  'prod',
  'web-api',
  'eu-west-1',
  'a1',
  '1a',
  'a--b',
  'x'.repeat(63),
  `a${'-'.repeat(61)}b`,
];

const invalid: [string, string][] = [
  ['', 'empty'],
  ['Prod', 'uppercase'],
  ['-prod', 'starts with -'],
  ['prod-', 'ends with -'],
  ['-', 'only -'],
  ['pr_od', 'underscore'],
  ['pr od', 'space'],
  ['pr.od', 'dot'],
  ['..', 'dot dot'],
  ['a/b', 'slash'],
  ['a\\b', 'backslash'],
  ['/etc', 'absolute'],
  ['C:\\x', 'windows absolute'],
  ['x'.repeat(64), '64 chars'],
  ['prod\n', 'newline'],
  ['prod\u0000', 'NUL'],
  ['prød', 'non-ASCII'],
  [' prod', 'leading space'],
];

describe('isDnsLabel', () => {
  it.each(valid)('accepts %j', (v) => {
    expect(isDnsLabel(v)).toBe(true);
    expect(checkName('workload', v)).toBeUndefined();
    expect(() => assertName('tenant', v)).not.toThrow();
  });
  it.each(invalid)('rejects %j (%s)', (v) => {
    expect(isDnsLabel(v)).toBe(false);
    expect(checkName('workload', v)).toBeTypeOf('string');
  });
});

describe('checkName messages', () => {
  const cases: [NameKind, string, string][] = [
    [
      'environment',
      'Prod/../x',
      "environment 'Prod/../x' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'prod'",
    ],
    [
      'workload',
      '../../etc',
      "workload '../../etc' is not a valid name: it contains '/' and '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'etc'",
    ],
    [
      'tenant',
      '/abs/path',
      "tenant '/abs/path' is not a valid name: it is an absolute path and it contains '/', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'abs'",
    ],
    [
      'tenant',
      'a\\b',
      "tenant 'a\\b' is not a valid name: it contains '\\', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'a'",
    ],
    [
      'environment',
      '..',
      "environment '..' is not a valid name: it contains '..', which would escape the repository; use a DNS-1123 label (lowercase letters, digits and '-') such as 'staging'",
    ],
    [
      'environment',
      '',
      "environment name is empty; use a DNS-1123 label (lowercase letters, digits and '-') such as 'staging'",
    ],
    [
      'workload',
      'Web-API',
      "workload 'Web-API' is not a valid name: it contains uppercase letters; use a DNS-1123 label (lowercase letters, digits and '-') such as 'web-api'",
    ],
    [
      'workload',
      'x'.repeat(64),
      `workload '${'x'.repeat(64)}' is not a valid name: it is 64 characters long, over the limit of 63; use a DNS-1123 label (lowercase letters, digits and '-') such as '${'x'.repeat(63)}'`,
    ],
    [
      'tenant',
      'acme_corp eu',
      "tenant 'acme_corp eu' is not a valid name: it contains '_' and ' ', which is not allowed; use a DNS-1123 label (lowercase letters, digits and '-') such as 'acme-corp-eu'",
    ],
    [
      'tenant',
      '-acme',
      "tenant '-acme' is not a valid name: it must start and end with a letter or digit, not '-'; use a DNS-1123 label (lowercase letters, digits and '-') such as 'acme'",
    ],
    [
      'environment',
      'Prod\n',
      "environment 'Prod\\n' is not a valid name: it contains uppercase letters and it contains '\\n', which is not allowed; use a DNS-1123 label (lowercase letters, digits and '-') such as 'prod'",
    ],
  ];
  it.each(cases)('%s %j', (kind, value, message) => {
    expect(checkName(kind, value)).toBe(message);
  });

  it('cuts very long values in the message', () => {
    const message = checkName('workload', 'a'.repeat(5000)) ?? '';
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('5000 characters long');
  });
});

describe('suggestName', () => {
  const cases: [string, string][] = [
    ['Prod', 'prod'],
    ['Prod/../x', 'prod'],
    ['My Service!', 'my-service'],
    ['---', 'web-api'],
    ['', 'web-api'],
    ['../..', 'web-api'],
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)],
  ];
  it.each(cases)('%j -> %j, always a valid label', (value, expected) => {
    const s = suggestName('workload', value);
    expect(s).toBe(expected);
    expect(isDnsLabel(s)).toBe(true);
  });
});

describe('assertName', () => {
  it('throws a NameError (a UserError) carrying the checkName message', () => {
    let caught: unknown;
    try {
      assertName('environment', 'Prod/../x');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(NameError);
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as NameError).message).toBe(checkName('environment', 'Prod/../x'));
  });
});
