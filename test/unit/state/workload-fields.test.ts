// The one lenient reader of a workload.yaml text that rollback (which files a past release changed) and
// verify-health (whom a promotion must reach) share: what it gives, and when it says the file is unreadable.
import { describe, expect, it } from 'vitest';
import { readWorkloadFields } from '../../../src/state/workload-fields.js';

describe('readWorkloadFields', () => {
  it('gives the source kind and overlays, and the tenants as written', () => {
    const text = [
      'name: web',
      'source:',
      '  type: kustomize',
      '  overlay: envs/{env}',
      '  overlays: {prod: envs/production, odd: 3}',
      'tenants: [canary, acme]',
    ].join('\n');
    expect(readWorkloadFields(text)).toEqual({
      source: { type: 'kustomize', overlay: 'envs/{env}', overlays: { prod: 'envs/production' } },
      tenants: ['canary', 'acme'],
    });
    expect(readWorkloadFields('name: api\nsource: {type: helm, chart: x}\n')).toEqual({
      source: { type: 'helm' },
    });
    expect(readWorkloadFields('tenants: {canary: 1}\n')).toEqual({ tenants: { canary: 1 } });
  });

  it('says unreadable (undefined) for no text, broken YAML, a refused tag, or a document that is no mapping', () => {
    expect(readWorkloadFields(undefined)).toBeUndefined();
    expect(readWorkloadFields('tenants: [canary\n')).toBeUndefined();
    expect(readWorkloadFields('source: {type: helm}\nsource: {type: kustomize}\n')).toBeUndefined();
    expect(readWorkloadFields('tenants: !!js/function "x"\n')).toBeUndefined();
    expect(readWorkloadFields('')).toBeUndefined();
    expect(readWorkloadFields('just text')).toBeUndefined();
  });
});
