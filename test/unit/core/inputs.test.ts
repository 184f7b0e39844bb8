import { describe, expect, it } from 'vitest';
import {
  camelCase,
  InputError,
  type InputSpec,
  inputEnvName,
  parseDuration,
  readInputs,
  secretValues,
} from '../../../src/core/inputs.js';
import { UserError } from '../../../src/domain/errors.js';

const from =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

function problems(spec: InputSpec, values: Record<string, string>): string[] {
  try {
    readInputs(spec, from(values));
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.input}: ${p.problem}`);
    throw e;
  }
  return [];
}

describe('readInputs: each kind', () => {
  const accepted: [string, InputSpec[string], string, unknown][] = [
    ['string kept as typed (trimmed)', { kind: 'string' }, '  hello world ', 'hello world'],
    ['boolean true', { kind: 'boolean' }, 'true', true],
    ['boolean True', { kind: 'boolean' }, 'True', true],
    ['boolean TRUE', { kind: 'boolean' }, 'TRUE', true],
    ['boolean false', { kind: 'boolean' }, 'false', false],
    ['boolean False', { kind: 'boolean' }, 'False', false],
    ['boolean FALSE', { kind: 'boolean' }, 'FALSE', false],
    ['enum member', { kind: 'enum', values: ['error', 'warning', 'never'] }, 'warning', 'warning'],
    ['duration seconds', { kind: 'duration' }, '90s', 90_000],
    ['duration minutes', { kind: 'duration' }, '10m', 600_000],
    ['duration hours', { kind: 'duration' }, '1h', 3_600_000],
    ['duration combined', { kind: 'duration' }, '1h30m15s', 5_415_000],
    ['json object', { kind: 'json' }, '{"a":[1,2]}', { a: [1, 2] }],
    ['integer', { kind: 'integer' }, '42', 42],
    ['integer zero when min is 0', { kind: 'integer', min: 0 }, '0', 0],
    ['name', { kind: 'name', name: 'workload' }, 'web-api', 'web-api'],
    [
      'names, commas and new lines, deduplicated',
      { kind: 'names', name: 'tenant' },
      'acme, beta\nacme\n',
      ['acme', 'beta'],
    ],
    ['release id', { kind: 'id' }, 'web-api-prod-20261126-a1b2c3', 'web-api-prod-20261126-a1b2c3'],
    ['branch', { kind: 'branch' }, 'gitopshq/state', 'gitopshq/state'],
    ['path', { kind: 'path' }, './gitops', './gitops'],
    [
      'time, with an offset, as UTC',
      { kind: 'time' },
      '2026-11-30T10:15:00+01:00',
      '2026-11-30T09:15:00.000Z',
    ],
    ['secret kept exactly', { kind: 'secret' }, 'ghs_abc', 'ghs_abc'],
    [
      'updates: one per line, blank lines and comments skipped',
      { kind: 'updates' },
      'image.tag=1.4.2\n\n# bump replicas\nreplicas = 3\n',
      [
        { path: 'image.tag', value: '1.4.2' },
        { path: 'replicas', value: '3' },
      ],
    ],
  ];
  it.each(accepted)('%s', (_, def, raw, expected) => {
    expect(readInputs({ x: def }, from({ x: raw })).x).toEqual(expected);
  });

  const rejected: [string, InputSpec[string], string, RegExp][] = [
    [
      'boolean yes (YAML 1.1, not 1.2 core)',
      { kind: 'boolean' },
      'yes',
      /"yes" is not a boolean: use true or false/,
    ],
    ['boolean 1', { kind: 'boolean' }, '1', /not a boolean/],
    ['boolean tRUE', { kind: 'boolean' }, 'tRUE', /not a boolean/],
    [
      'enum outsider',
      { kind: 'enum', values: ['error', 'never'] },
      'warn',
      /"warn" is not one of error, never/,
    ],
    ['enum is case-sensitive', { kind: 'enum', values: ['error'] }, 'Error', /not one of/],
    ['duration without unit', { kind: 'duration' }, '10', /not a duration: write it like 90s, 10m/],
    ['duration zero', { kind: 'duration' }, '0s', /not a duration/],
    ['duration in wrong order', { kind: 'duration' }, '10m1h', /not a duration/],
    ['duration with a space', { kind: 'duration' }, '10 m', /not a duration/],
    ['json broken', { kind: 'json' }, '{a:1}', /is not valid JSON/],
    ['integer with letters', { kind: 'integer' }, '12a', /not a whole number >= 1/],
    ['integer below min', { kind: 'integer' }, '0', /not a whole number >= 1/],
    ['integer negative', { kind: 'integer', min: 0 }, '-1', /not a whole number >= 0/],
    ['name with a slash', { kind: 'name', name: 'environment' }, '../prod', /environment/],
    ['name upper case', { kind: 'name', name: 'workload' }, 'WebApi', /workload/],
    ['one bad name in a list', { kind: 'names', name: 'tenant' }, 'acme,Bad_Name', /tenant/],
    ['release id with ..', { kind: 'id' }, 'a..b', /not a release id/],
    ['release id with slash', { kind: 'id' }, 'a/b', /not a release id/],
    ['branch with ..', { kind: 'branch' }, 'a/../b', /not a branch name/],
    ['branch with a space', { kind: 'branch' }, 'my branch', /not a branch name/],
    [
      'time that is a word',
      { kind: 'time' },
      'yesterday',
      /"yesterday" must be a time such as 2026-11-30T09:15:00Z/,
    ],
    ['update line without =', { kind: 'updates' }, 'image.tag=1\nreplicas', /line 2: .*'replicas'/],
  ];
  it.each(rejected)('rejects %s', (_, def, raw, message) => {
    const found = problems({ x: def }, { x: raw });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
});

describe('readInputs: the whole spec', () => {
  const spec = {
    workload: { kind: 'name', name: 'workload', required: true },
    environment: { kind: 'name', name: 'environment', required: true },
    draft: { kind: 'boolean', default: 'false' },
    'auto-merge': { kind: 'boolean' },
    timeout: { kind: 'duration', default: '10m' },
    tenants: { kind: 'names', name: 'tenant' },
    title: { kind: 'string' },
  } as const satisfies InputSpec;

  it('returns camel-cased, typed values with defaults applied and empty lists for absent lists', () => {
    const inputs = readInputs(spec, from({ workload: 'web-api', environment: 'prod', 'auto-merge': 'true' }));
    expect(inputs).toEqual({
      workload: 'web-api',
      environment: 'prod',
      draft: false,
      autoMerge: true,
      timeout: 600_000,
      tenants: [],
      title: undefined,
    });
  });

  it('reports every problem at once, each naming its input and what to change', () => {
    let error: unknown;
    try {
      readInputs(spec, from({ environment: 'Prod', draft: 'yes', timeout: 'soon' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const e = error as InputError;
    expect(e.kind).toBe('usage');
    expect(e.problems.map((p) => p.input)).toEqual(['workload', 'environment', 'draft', 'timeout']);
    expect(e.message).toMatch(/^4 inputs need changing:\n- workload: is required/);
    expect(e.message).toContain('- draft: "yes" is not a boolean: use true or false');
    expect(e.message).toContain('- timeout: "soon" is not a duration');
  });

  it('joins cross-input rules to the per-input problems', () => {
    const found = (() => {
      try {
        readInputs(spec, from({ workload: 'web-api', environment: 'prod', draft: 'maybe' }), (i) =>
          i.title === undefined ? [{ input: 'title', problem: 'is needed when drafting' }] : [],
        );
      } catch (e) {
        return (e as InputError).problems.map((p) => p.input);
      }
      return [];
    })();
    expect(found).toEqual(['draft', 'title']);
  });

  it('never puts a secret value into a problem message', () => {
    const spec2 = {
      token: { kind: 'secret' },
      n: { kind: 'integer', required: true },
    } as const satisfies InputSpec;
    try {
      readInputs(spec2, from({ token: 'ghs_verysecret', n: 'x' }));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('ghs_verysecret');
    }
  });
});

describe('helpers', () => {
  it('mangles input names as the runner does: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('repo-path')).toBe('INPUT_REPO-PATH');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('camel-cases kebab names', () => {
    expect(camelCase('fail-when-blocked')).toBe('failWhenBlocked');
    expect(camelCase('token')).toBe('token');
  });

  it('parses durations and refuses what is not one', () => {
    expect(parseDuration('2h')).toBe(7_200_000);
    expect(parseDuration('')).toBeUndefined();
    expect(parseDuration('1d')).toBeUndefined();
  });

  it('lists secrets to mask: the whole value, and the secret part of each line of a multi-line one', () => {
    const spec = {
      token: { kind: 'secret' },
      kubeconfig: { kind: 'secret', multiline: true },
      title: { kind: 'string' },
    } as const satisfies InputSpec;
    const kube = [
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      '    certificate-authority-data: LS0tLS1CRUdJTg==',
      '    server: https://10.0.0.1:6443',
      'users:',
      '- name: ci',
      '  user:',
      '    token: "eyJhbGciOiJSUzI1NiJ9"',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
    ].join('\n');
    expect(secretValues(spec, from({ token: 'ghs_x1', kubeconfig: kube, title: 'public' }))).toEqual([
      'ghs_x1',
      kube,
      'LS0tLS1CRUdJTg==',
      'https://10.0.0.1:6443',
      'eyJhbGciOiJSUzI1NiJ9',
      'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
    ]);
  });
});
