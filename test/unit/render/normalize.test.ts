import { describe, expect, it } from 'vitest';
import { redactObject } from '../../../src/render/diff.js';
import { kubeVersionFlag, splitHelmOutput } from '../../../src/render/helm-engine.js';
import { explainSchemaErrors, fieldPath } from '../../../src/render/kube-schema.js';
import {
  parseChunks,
  resourceId,
  resourceKey,
  sortManifests,
  stringifyManifests,
} from '../../../src/render/normalize.js';
import {
  describeUndefined,
  explainTemplateError,
  expressionAt,
} from '../../../src/render/template-engine.js';

const m = (kind: string, name: string, namespace?: string, apiVersion = 'v1') => ({
  object: { apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}) } },
  source: 'x',
});

describe('sortManifests', () => {
  it('orders by kind (dependencies first, unknown kinds last, alphabetically), then namespace and name', () => {
    const sorted = sortManifests(
      [
        m('Service', 'b'),
        m('Widget', 'w', undefined, 'acme.io/v1'),
        m('Deployment', 'a', undefined, 'apps/v1'),
        m('Service', 'a', 'zz'),
        m('Service', 'a'),
        m('ConfigMap', 'c'),
        m('Namespace', 'ns'),
        m('Gadget', 'g', undefined, 'acme.io/v1'),
        m('Secret', 's'),
        m('CustomResourceDefinition', 'widgets.acme.io', undefined, 'apiextensions.k8s.io/v1'),
        m('ServiceAccount', 'sa'),
        m('Ingress', 'i', undefined, 'networking.k8s.io/v1'),
      ],
      'shop',
    );
    expect(sorted.map((x) => `${x.object.kind}/${(x.object.metadata as { name: string }).name}`)).toEqual([
      'Namespace/ns',
      'CustomResourceDefinition/widgets.acme.io',
      'ServiceAccount/sa',
      'ConfigMap/c',
      'Secret/s',
      'Deployment/a',
      'Service/a',
      'Service/b',
      'Service/a',
      'Ingress/i',
      'Gadget/g',
      'Widget/w',
    ]);
    // shop (the default namespace) sorts before zz
    expect((sorted[8]?.object.metadata as { namespace?: string } | undefined)?.namespace).toBe('zz');
  });
});

describe('resource identity', () => {
  it.each([
    [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w' } }, 'apps/Deployment/shop/w'],
    [
      { apiVersion: 'apps/v1beta2', kind: 'Deployment', metadata: { name: 'w', namespace: 'shop' } },
      'apps/Deployment/shop/w',
    ],
    [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }, '/Namespace//shop'],
    [
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'r', namespace: 'x' },
      },
      'rbac.authorization.k8s.io/ClusterRole//r',
    ],
  ])('%j -> %s', (o, key) => {
    expect(resourceKey(resourceId(o, 'shop'))).toBe(key);
  });
});

describe('parseChunks and stringify', () => {
  it('reads YAML as Kubernetes does (1.1: yes is true), drops empty documents, expands a List', () => {
    const { manifests, findings } = parseChunks([
      {
        source: 's',
        text: '---\n# only a comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {on: "yes", flag: yes}\n---\napiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Secret, metadata: {name: b}}\n',
      },
    ]);
    expect(findings).toEqual([]);
    expect(manifests.map((x) => x.object.kind)).toEqual(['ConfigMap', 'Secret']);
    expect(manifests[0]?.object.data).toEqual({ true: 'yes', flag: true });
    // The string "yes" is written quoted so that a YAML 1.1 reader keeps it a string.
    expect(stringifyManifests(manifests)).toContain('"true": "yes"');
  });

  it('reports invalid YAML and non-objects at the file and rendered line', () => {
    const { findings } = parseChunks([
      {
        source: 'workloads/w/templates/a.yaml',
        file: 'workloads/w/templates/a.yaml',
        text: 'a: 1\n---\n- just\n- a list\n---\nkey: value: bad\n',
      },
    ]);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['structure', 3],
      ['yaml', 6],
    ]);
  });
});

describe('helm output', () => {
  it('names each document by its # Source comment and keeps its line offset in the stream', () => {
    const chunks = splitHelmOutput(
      '---\n# Source: c/templates/a.yaml\nkind: A\n---\n# Source: c/templates/b.yaml\nkind: B\n',
    );
    expect(chunks.map((c) => [c.source, c.line])).toEqual([
      ['c/templates/a.yaml', 1],
      ['c/templates/b.yaml', 4],
    ]);
  });
  it.each([
    ['1.33', 'v1.33.0'],
    ['v1.30', 'v1.30.0'],
    ['1.29.4', 'v1.29.4'],
  ])('--kube-version %s -> %s', (a, b) => {
    expect(kubeVersionFlag(a)).toBe(b);
  });
});

describe('schema error text', () => {
  it.each([
    [
      '/spec/template/spec/containers/0/ports/1/containerPort',
      'spec.template.spec.containers[0].ports[1].containerPort',
    ],
    ['/metadata/annotations/a~1b', 'metadata.annotations.a/b'],
    ['', ''],
  ])('%s -> %s', (p, f) => expect(fieldPath(p)).toBe(f));

  it('merges type alternatives and names missing required fields', () => {
    const o = { spec: { port: true, containers: [{}] } };
    const f = explainSchemaErrors(o, [
      { instancePath: '/spec/port', keyword: 'type', params: { type: 'integer' } },
      { instancePath: '/spec/port', keyword: 'type', params: { type: 'string' } },
      { instancePath: '/spec/port', keyword: 'anyOf', params: {} },
      { instancePath: '/spec/containers/0', keyword: 'required', params: { missingProperty: 'name' } },
    ]);
    expect(f.map((x) => [x.path, x.message])).toEqual([
      ['spec.port', 'must be integer or string, not boolean true'],
      ['spec.containers[0].name', 'is required'],
    ]);
  });
});

describe('template error text', () => {
  const text = 'a: {{ fullname }}\nb: "{{ values.x.y }}:{{ values.image.tag | upper }}"\n';
  it("finds the expression at nunjucks' position", () => {
    expect(expressionAt(text, 1, 4)).toBe('fullname');
    expect(expressionAt(text, 2, 5)).toBe('values.x.y');
    expect(expressionAt(text, 2, 22)).toBe('values.image.tag | upper');
  });
  it.each([
    ['values.image.tag | upper', { values: { image: {} } }, 'values.image.tag is undefined'],
    ['values.x.y', { values: {} }, 'values.x is undefined'],
    ['values.a[1]', { values: { a: [1] } }, 'values.a[1] is undefined'],
    ['values.n', { values: { n: null } }, 'values.n is null'],
    ['item.name', { values: {} }, '`{{ item.name }}` is undefined or null'],
  ])('%s', (expr, ctx, message) => {
    expect(describeUndefined(expr, ctx)).toContain(message);
  });
});

describe('nunjucks error messages', () => {
  it.each([
    [
      'a runtime error (0-based position)',
      '(/r/w/t/u.yaml) [Line 1, Column 10]\n  Error: Unable to call `nope`, which is undefined or falsey',
      'w/t/u.yaml',
      2,
      11,
      'Unable to call `nope`',
    ],
    [
      'a parse error (1-based)',
      '(/r/w/t/a.yaml) [Line 6, Column 15]\n  unexpected token: %}',
      'w/t/a.yaml',
      6,
      15,
      'unexpected token: %}',
    ],
    [
      'an error inside an included partial',
      '(/r/w/t/v.yaml)\n  Template render error: (/r/w/t/v.yaml)\n  Template render error: (/r/w/t/_h.yaml) [Line 3, Column 4]\n  Error: Unable to call `x`',
      'w/t/_h.yaml',
      4,
      5,
      'Unable to call `x`',
    ],
    [
      'no position',
      '(/r/w/t/t.yaml)\n  Template render error: (/r/w/t/t.yaml)\n  Error: template not found: m.yaml',
      'w/t/t.yaml',
      1,
      1,
      'template not found: m.yaml',
    ],
  ])('%s', (_name, raw, file, line, col, message) => {
    const f = explainTemplateError(raw, 'fallback', '/r', {});
    expect(f).toMatchObject({ rule: 'template', file, line, col });
    expect(f.message).toContain(message);
  });
});

describe('redaction', () => {
  it('replaces every Secret value by a salted marker: equal values equal, different salts different', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      data: { a: 'c2VjcmV0', b: 'c2VjcmV0' },
      stringData: { c: 'other' },
    };
    const r = redactObject(secret, 'salt-1') as typeof secret;
    expect(JSON.stringify(r)).not.toContain('c2VjcmV0');
    expect(JSON.stringify(r)).not.toContain('other');
    expect(r.data.a).toMatch(/^<redacted sha256:[0-9a-f]{12}>$/);
    expect(r.data.a).toBe(r.data.b);
    expect(r.stringData.c).not.toBe(r.data.a);
    expect((redactObject(secret, 'salt-2') as typeof secret).data.a).not.toBe(r.data.a);
    expect(secret.data.a).toBe('c2VjcmV0');
    const cm = { kind: 'ConfigMap', data: { a: 'visible' } };
    expect(redactObject(cm, 's')).toBe(cm);
  });
});
