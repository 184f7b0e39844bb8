// `gitopshq health --file`: real files through the CLI's front door, as a person runs it after `kubectl get -o yaml`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tmpDir } from '../../helpers/tmp.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'health');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, text: string): string {
  const path = join(tmpDir(), name);
  writeFileSync(path, text);
  return path;
}

describe('gitopshq health --file', () => {
  it('one object: its status and message, exit 1 when not Healthy', async () => {
    const r = await run(
      'health',
      '--file',
      join(FIXTURES, 'gitops-engine', 'pod-crashloop.yaml'),
      '--output',
      'json',
    );
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.status).toBe('Degraded');
    expect(body.message).toBe(
      'pod my-pod container main: CrashLoopBackOff, 3 restarts, last exit code 1 (Error)',
    );
    expect(body.objects).toEqual([
      expect.objectContaining({ kind: 'Pod', name: 'my-pod', namespace: 'argocd', status: 'Degraded' }),
    ]);
  });

  it('several documents: each object, then the worst, naming the object to look at first', async () => {
    const path = join(FIXTURES, 'gitopshq', 'shop-rollout.yaml');
    const text = await run('health', '--file', path);
    expect(text.code).toBe(1);
    expect(text.out.split('\n')).toEqual([
      'Progressing  deployment web: rollout in progress: 1 of 3 new replicas updated',
      'Degraded     pod web-7f9c8d-x2x9q container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error)',
      'Healthy      service web: ClusterIP service',
      'Degraded: 2 of 3 objects not Healthy; pod web-7f9c8d-x2x9q container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error)',
    ]);
    const json = JSON.parse((await run('health', '--file', path, '--output', 'json')).out);
    expect(json.status).toBe('Degraded');
    expect(
      json.objects.map((o: { kind: string; status: string; line: number }) => [o.kind, o.status, o.line]),
    ).toEqual([
      ['Deployment', 'Progressing', 4],
      ['Pod', 'Degraded', 48],
      ['Service', 'Healthy', 88],
    ]);
  });

  it('a List (kubectl get pods -o yaml): every item, exit 0 when all are Healthy', async () => {
    const r = await run('health', '--file', join(FIXTURES, 'gitopshq', 'pods-list.yaml'), '--output', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.status).toBe('Healthy');
    expect(body.message).toBe('all 2 objects Healthy');
    expect(body.objects.map((o: { message: string }) => o.message)).toEqual([
      'pod web-5d4c3-a1: running and ready',
      'pod web-5d4c3-b2: running and ready, 1 restart',
    ]);
  });

  it('a status from before the last spec change is Progressing, even when it says Ready', async () => {
    const path = file(
      'ks.yaml',
      [
        'apiVersion: kustomize.toolkit.fluxcd.io/v1',
        'kind: Kustomization',
        'metadata: {name: prod-acme-web, namespace: flux-system, generation: 5}',
        'spec: {interval: 5m, path: ./acme/web}',
        'status:',
        '  observedGeneration: 4',
        '  conditions: [{type: Ready, status: "True", reason: ReconciliationSucceeded}]',
        '',
      ].join('\n'),
    );
    const r = await run('health', '--file', path);
    expect(r).toEqual({
      code: 1,
      out: 'Progressing  kustomization prod-acme-web: the controller has not seen generation 5 yet (observed 4)',
      err: '',
    });
  });

  it.each([
    ['invalid YAML', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n', /:5:1: invalid YAML: /],
    [
      'an object without metadata.name',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  namespace: shop\n',
      /:9:3: this object has no metadata\.name$/,
    ],
    ['no object at all', '# nothing here\n', /:1:1: no Kubernetes object in this file/],
    ['a list of strings', '- a\n- b\n', /:1:1: expected a Kubernetes object/],
  ])('%s: file:line:col and what to change, exit 1, nothing on stdout', async (_name, text, error) => {
    const path = file('bad.yaml', text);
    const r = await run('health', '--file', path);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.startsWith(`gitopshq health: ${path}:`)).toBe(true);
    expect(r.err).toMatch(error);
  });
});
