// Reading objects from a file's text: where each starts, Lists, JSON, and what a bad file is told.
import { describe, expect, it } from 'vitest';
import { parseLiveObjects, summarizeHealth } from '../../../../src/domain/health/index.js';

describe('parseLiveObjects', () => {
  it('documents and List items, each with the line and column it starts at', () => {
    const text = [
      'apiVersion: v1', // 1
      'kind: List',
      'items:',
      '  - apiVersion: v1', // 4
      '    kind: Pod',
      '    metadata: {name: a}',
      '  - {apiVersion: v1, kind: Pod, metadata: {name: b}}', // 7
      '---',
      '',
      'apiVersion: apps/v1', // 10
      'kind: Deployment',
      'metadata: {name: web}',
      '---',
      '# an empty document is skipped',
    ].join('\n');
    const { objects, findings } = parseLiveObjects(text, 'x.yaml');
    expect(findings).toEqual([]);
    expect(objects.map((o) => [o.object.metadata.name, o.line, o.col])).toEqual([
      ['a', 4, 5],
      ['b', 7, 5],
      ['web', 10, 1],
    ]);
  });

  it('an alias bomb is a finding, not a crash', () => {
    const levels = 'bcdefgh'
      .split('')
      .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\na: &a [x, x, x, x, x, x, x, x, x]\n${levels.join('\n')}\n`;
    const { objects, findings } = parseLiveObjects(text, 'o.yaml');
    expect(objects).toEqual([]);
    expect(findings.map((f) => `${f.line}: ${f.message}`)).toEqual([
      '1: invalid YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });

  it('reads `kubectl get -o json` output too', () => {
    const json = JSON.stringify({
      apiVersion: 'v1',
      kind: 'PodList',
      items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }],
    });
    expect(parseLiveObjects(json, 'p.json').objects.map((o) => o.object.kind)).toEqual(['Pod']);
  });

  it.each([
    ['kind: Pod\nmetadata: {name: a}\n', 'x.yaml:1:1: this object has no apiVersion (e.g. apps/v1)'],
    ['apiVersion: v1\nmetadata: {name: a}\n', 'x.yaml:1:1: this object has no kind (e.g. Deployment)'],
    ['apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {}\n', 'x.yaml:4:3: this object has no metadata.name'],
    [
      'apiVersion: v1\nkind: List\nitems:\n  - 3\n',
      'x.yaml:4:5: expected a Kubernetes object (a mapping with apiVersion, kind and metadata.name)',
    ],
    ['a: 1\na: 2\n', 'x.yaml:2:1: invalid YAML: Map keys must be unique'],
    [
      '',
      'x.yaml:1:1: no Kubernetes object in this file: expected YAML like `kubectl get deployment web -o yaml` prints',
    ],
  ])('%j: %s', (text, finding) => {
    const { objects, findings } = parseLiveObjects(text, 'x.yaml');
    expect(objects).toEqual([]);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.col}: ${f.message}`)).toEqual([finding]);
  });
});

describe('summarizeHealth', () => {
  it('one verdict is itself; several lead with the worst', () => {
    const crash = {
      status: 'Degraded' as const,
      message: 'pod a container app: CrashLoopBackOff, 6 restarts',
    };
    expect(summarizeHealth([crash])).toBe(crash);
    expect(
      summarizeHealth([
        { status: 'Healthy', message: 'service web: ClusterIP service' },
        { status: 'Progressing', message: 'deployment web: rollout in progress' },
        crash,
        { ...crash, message: 'pod b container app: ErrImagePull, 0 restarts' },
      ]),
    ).toEqual({
      status: 'Degraded',
      message:
        '3 of 4 objects not Healthy; pod a container app: CrashLoopBackOff, 6 restarts (and 1 more Degraded)',
    });
    expect(summarizeHealth([])).toEqual({ status: 'Healthy', message: 'no objects' });
  });
});
