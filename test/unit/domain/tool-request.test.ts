import { describe, expect, it } from 'vitest';
import { checkToolRequest, isInside, type ToolRequestContext } from '../../../src/domain/tool-request.js';

// A link in the checkout that points at /etc: what realpath would say of it.
const links: Record<string, string> = { '/repo/workloads/web/chart-link': '/etc' };
const ctx: ToolRequestContext = {
  roots: ['/repo'],
  tempDir: '/tmp/r1',
  lockedChart: { chart: 'nginx', repository: 'https://charts.example.com', version: '1.2.3' },
  realpath: (p) => links[p] ?? p,
};

const helm = (...extra: string[]) => [
  'template',
  'web',
  '/repo/workloads/web/chart',
  '--namespace',
  'web',
  '--kube-version',
  'v1.33.0',
  '-f',
  '/tmp/r1/values-0.yaml',
  '--include-crds',
  '--skip-tests',
  ...extra,
];

describe('the render broker accepts only helm template and kubectl kustomize inside the checkout', () => {
  it('accepts what the engines send', () => {
    expect(checkToolRequest('helm', helm(), ctx)).toEqual({ ok: true });
    expect(checkToolRequest('kubectl', ['kustomize', '/repo/overlays/dev'], ctx)).toEqual({ ok: true });
    const repoChart = [
      'template',
      'web',
      'nginx',
      '--repo',
      'https://charts.example.com',
      '--version',
      '1.2.3',
    ];
    expect(checkToolRequest('helm', repoChart, ctx)).toEqual({ ok: true });
  });

  it.each([
    [
      ['--post-renderer', '/bin/sh'],
      'helm flag --post-renderer is not allowed in an isolated render (it runs a program)',
    ],
    [
      ['--enable-dns'],
      'helm flag --enable-dns is not allowed in an isolated render (templates would resolve host names)',
    ],
    [
      ['--dependency-update'],
      'helm flag --dependency-update is not allowed in an isolated render (it downloads charts)',
    ],
    [
      ['--kubeconfig=/root/.kube/config'],
      'helm flag --kubeconfig is not allowed in an isolated render (it reads cluster credentials)',
    ],
    [['-f', '/etc/passwd'], "helm values file /etc/passwd is not in the render's temp folder"],
  ])('refuses helm %j', (extra, reason) => {
    expect(checkToolRequest('helm', helm(...extra), ctx)).toEqual({ ok: false, reason });
  });

  it('refuses a chart outside the checkout, by .. or by a link', () => {
    const outside = helm();
    outside[2] = '/repo/../etc';
    expect(checkToolRequest('helm', outside, ctx)).toMatchObject({
      ok: false,
      reason: 'helm chart /repo/../etc is not a folder inside the checkout',
    });
    outside[2] = '/repo/workloads/web/chart-link';
    expect(checkToolRequest('helm', outside, ctx)).toMatchObject({ ok: false });
  });

  it('refuses a repository chart at another version or from another repository than workload.yaml locks', () => {
    const other = ['template', 'web', 'nginx', '--repo', 'https://evil.example.com', '--version', '1.2.3'];
    expect(checkToolRequest('helm', other, ctx)).toEqual({
      ok: false,
      reason:
        'helm chart nginx from https://evil.example.com at version 1.2.3 is not the chart and version workload.yaml locks',
    });
    const unpinned = ['template', 'web', 'oci://registry.example.com/nginx'];
    expect(checkToolRequest('helm', unpinned, ctx)).toMatchObject({ ok: false });
  });

  it.each([
    [
      ['kustomize', '--enable-helm', '/repo/o'],
      'kubectl kustomize flag --enable-helm is not allowed in an isolated render (kustomize would run helm itself)',
    ],
    [
      ['kustomize', '--enable-alpha-plugins', '/repo/o'],
      'kubectl kustomize flag --enable-alpha-plugins is not allowed in an isolated render (it runs kustomize plugins)',
    ],
    [
      ['kustomize', '--enable-exec', '/repo/o'],
      'kubectl kustomize flag --enable-exec is not allowed in an isolated render (it runs exec plugins)',
    ],
    [
      ['kustomize', '--load-restrictor=LoadRestrictionsNone', '/repo/o'],
      'kubectl kustomize flag --load-restrictor is not allowed in an isolated render (it lets kustomize read outside the overlay)',
    ],
    [['kustomize', '/etc'], 'kustomize folder /etc is not inside the checkout'],
    [['apply', '-f', '/repo/o'], 'kubectl apply is not allowed: only kubectl kustomize'],
  ])('refuses kubectl %j', (args, reason) => {
    expect(checkToolRequest('kubectl', args, ctx)).toEqual({ ok: false, reason });
  });

  it('refuses any other program and helm subcommand', () => {
    expect(checkToolRequest('sh', ['-c', 'id'], ctx)).toMatchObject({ ok: false });
    expect(checkToolRequest('helm', ['install', 'web', '/repo/chart'], ctx)).toEqual({
      ok: false,
      reason: 'helm install is not allowed: only helm template',
    });
  });

  it('compares paths by segment, not by prefix', () => {
    expect(isInside('/repo-evil/x', '/repo')).toBe(false);
    expect(isInside('/repo/a/../b', '/repo')).toBe(true);
    expect(isInside('/repo/../x', '/repo')).toBe(false);
    expect(isInside('relative', '/repo')).toBe(false);
    expect(isInside('C:\\work\\repo\\chart', 'C:\\work\\repo')).toBe(true);
    expect(isInside('C:\\work\\repo\\..\\x', 'C:\\work\\repo')).toBe(false);
    expect(isInside('D:\\work\\repo', 'C:\\work\\repo')).toBe(false);
  });
});
