import { describe, expect, it } from 'vitest';
import { requiredValuePaths, unsetRequiredValues } from '../../../src/domain/chart-upgrade.js';

const v1 = {
  version: '1.0.0',
  defaults: { image: { repository: 'nginx', tag: '1.0' }, service: { port: 80 } },
  schema: {
    type: 'object',
    required: ['image'],
    properties: {
      image: { type: 'object', required: ['repository'], properties: { repository: { type: 'string' } } },
    },
  },
};

const v2 = {
  version: '2.0.0',
  defaults: { ...v1.defaults, auth: { mode: 'oidc' }, metrics: {} },
  schema: {
    type: 'object',
    required: ['image', 'auth'],
    $defs: { auth: { type: 'object', required: ['mode', 'issuer'] } },
    properties: {
      image: { type: 'object', required: ['repository'], properties: { repository: { type: 'string' } } },
      auth: { $ref: '#/$defs/auth' },
      // Required only inside an optional object: counts when the object is there.
      tls: { type: 'object', required: ['secretName'] },
      metrics: { allOf: [{ required: ['port'] }] },
    },
  },
};

describe('requiredValuePaths', () => {
  it('follows required objects, local $refs and allOf, and optional objects only where present', () => {
    expect(requiredValuePaths(v2.schema, v2.defaults)).toEqual([
      'auth',
      'auth.issuer',
      'auth.mode',
      'image',
      'image.repository',
      'metrics.port',
    ]);
    expect(requiredValuePaths(v2.schema, { ...v2.defaults, tls: { enabled: true } })).toContain(
      'tls.secretName',
    );
  });

  it('survives a schema that refers to itself', () => {
    const tree = { $defs: { node: { required: ['name'], properties: { child: { $ref: '#/$defs/node' } } } } };
    const schema = { ...tree, $ref: '#/$defs/node' };
    const deep = { child: { child: { child: {} } } };
    expect(requiredValuePaths(schema, deep)).toEqual([
      'child.child.child.name',
      'child.child.name',
      'child.name',
      'name',
    ]);
  });
});

describe('unsetRequiredValues', () => {
  it('names new required values and those with no default, not what the workload sets', () => {
    const missing = unsetRequiredValues({ from: v1, to: v2, workloadValues: { image: { tag: '2.0' } } });
    expect(missing).toEqual([
      { path: 'auth.issuer', isNew: true },
      { path: 'metrics.port', isNew: true },
      { path: 'auth', isNew: true, chartDefault: { mode: 'oidc' } },
      { path: 'auth.mode', isNew: true, chartDefault: 'oidc' },
    ]);
    // Set by the workload (in any layer it merges): not listed; image was required before and has a default.
    const set = unsetRequiredValues({
      from: v1,
      to: v2,
      workloadValues: { auth: { issuer: 'https://id', mode: 'oidc' }, metrics: { port: 9090 } },
    });
    expect(set).toEqual([]);
  });

  it('a null in the workload values does not set a required value', () => {
    const r = unsetRequiredValues({
      from: v2,
      to: v2,
      workloadValues: { auth: { issuer: null }, metrics: { port: 1 } },
    });
    expect(r).toEqual([{ path: 'auth.issuer', isNew: false }]);
  });

  it('a chart without values.schema.json requires nothing', () => {
    expect(unsetRequiredValues({ from: v1, to: { ...v2, schema: undefined }, workloadValues: {} })).toEqual(
      [],
    );
  });
});
