// The simulator's reading of a workflow file for a workflow_dispatch, in every form `on:` takes: what it declares
// decides GitHub's 422 (no trigger, or inputs not declared), so a test dispatching to an old deploy workflow fails
// as it would on GitHub.
import { describe, expect, it } from 'vitest';
import { dispatchInputsOf, unexpectedInputs } from '../../../src/sandbox/github/workflow-file.js';
import { WORKFLOW_TEMPLATES } from '../../../src/state/example-repo/workflows.generated.js';

const inputs = (text: string) => {
  const d = dispatchInputsOf(text);
  return d === undefined ? undefined : [...d];
};

describe('a workflow file read for a dispatch', () => {
  it('takes the trigger as a string, in a list, or as a key with or without inputs', () => {
    expect(inputs('on: workflow_dispatch\n')).toEqual([]);
    expect(inputs('on: [push, workflow_dispatch]\n')).toEqual([]);
    expect(inputs('on:\n  push:\n  workflow_dispatch:\n')).toEqual([]);
    expect(
      inputs('on:\n  workflow_dispatch:\n    inputs:\n      a:\n        required: true\n      b: {}\n'),
    ).toEqual(['a', 'b']);
  });

  it('has no dispatch trigger without the key, in a file that is no YAML mapping, or in no YAML at all', () => {
    expect(inputs('on: push\n')).toBeUndefined();
    expect(inputs('on:\n  push:\n    branches: [main]\n')).toBeUndefined();
    expect(inputs('- workflow_dispatch\n')).toBeUndefined();
    expect(inputs('on: [push\n')).toBeUndefined();
  });

  it("the deploy template declares what create-release dispatches; an older copy's extra input is named", () => {
    const declared = dispatchInputsOf(WORKFLOW_TEMPLATES['gitopshq-deploy.yml'] ?? '');
    expect(
      declared && unexpectedInputs(declared, { environment: 'dev', 'release-id': 'r1' }),
    ).toBeUndefined();
    const old = dispatchInputsOf(
      'on:\n  workflow_dispatch:\n    inputs:\n      environment: {required: true}\n      rollback-to: {}\n',
    );
    expect(old && unexpectedInputs(old, { environment: 'dev', 'release-id': 'r1' })).toBe(
      'Unexpected inputs provided: ["release-id"]',
    );
  });
});
