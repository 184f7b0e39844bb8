import { describe, expect, it } from 'vitest';
import {
  type BaselineFinding,
  countFindings,
  FAIL_ON,
  type FailOn,
  failsOn,
  markOnBase,
} from '../../../src/domain/finding-baseline.js';

const f = (over: Partial<BaselineFinding> = {}): BaselineFinding => ({
  severity: 'error',
  rule: 'policy/latest-tag',
  target: 'web/prod',
  resource: 'Deployment/shop/web',
  path: 'spec.template.spec.containers[0].image',
  message: 'uses the latest tag',
  ...over,
});

describe('markOnBase', () => {
  it('marks a head finding the base has for the same target, and only that one', () => {
    const marked = markOnBase([f(), f({ target: 'web/dev' })], [f()]);
    expect(marked.map((m) => m.onBase)).toEqual([true, false]);
  });

  it.each([
    ['another rule', { rule: 'policy/privileged' }],
    ['another resource', { resource: 'Deployment/shop/api' }],
    ['another field', { path: 'spec.replicas' }],
    ['another file', { file: 'workloads/web/templates/x.yaml' }],
    ['another message', { message: 'uses the latest tag (2)' }],
    ['another severity', { severity: 'warning' as const }],
  ])('a finding that differs by %s is new', (_name, change) => {
    expect(markOnBase([f(change)], [f()])[0]?.onBase).toBe(false);
  });

  it('ignores line and column, which move with any edit above them', () => {
    const head = { ...f({ file: 'a.yaml' }), line: 12 };
    const base = { ...f({ file: 'a.yaml' }), line: 3 };
    expect(markOnBase([head], [base])[0]?.onBase).toBe(true);
  });

  it('counts repeats: two in head, one on base -> one of them is new', () => {
    expect(markOnBase([f(), f()], [f()]).map((m) => m.onBase)).toEqual([true, false]);
  });

  it("compares messages after `normalise` (each side's checkout path differs)", () => {
    const head = f({ message: 'kustomize build of /tmp/h/head/x failed' });
    const base = f({ message: 'kustomize build of /tmp/b/base/x failed' });
    expect(markOnBase([head], [base])[0]?.onBase).toBe(false);
    const norm = (m: string) => m.replace('/tmp/h/head', '<repo>').replace('/tmp/b/base', '<repo>');
    expect(markOnBase([head], [base], norm)[0]?.onBase).toBe(true);
  });
});

describe('failsOn', () => {
  const newError = f();
  const oldError = { ...f(), onBase: true };
  const warning = f({ severity: 'warning' });
  const table: [string, BaselineFinding[], Record<FailOn, boolean>][] = [
    ['nothing', [], { 'new-error': false, error: false, warning: false, never: false }],
    ['a new error', [newError], { 'new-error': true, error: true, warning: true, never: false }],
    [
      'an error already on base',
      [oldError],
      { 'new-error': false, error: true, warning: true, never: false },
    ],
    ['a warning', [warning], { 'new-error': false, error: false, warning: true, never: false }],
    [
      'old and new errors',
      [oldError, newError],
      { 'new-error': true, error: true, warning: true, never: false },
    ],
  ];
  it.each(table)('%s', (_name, findings, expected) => {
    for (const mode of FAIL_ON) expect([mode, failsOn(mode, findings)]).toEqual([mode, expected[mode]]);
  });

  it('counts errors, new errors and warnings', () => {
    expect(countFindings([newError, oldError, warning])).toEqual({ errors: 2, newErrors: 1, warnings: 1 });
  });
});
