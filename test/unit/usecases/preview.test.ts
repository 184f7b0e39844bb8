// The preview use case with in-memory ports: what it does varies by the GitHub, checkout and renderer handed in
// (a clean render, a policy error, an invalid repository, a shallow checkout), never by a flag. The same step
// against the real bundle, git, helm and the GitHub simulator is test/e2e/preview.test.ts.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/domain/errors.js';
import { failsOn } from '../../../src/domain/finding-baseline.js';
import type { RepoSnapshot } from '../../../src/domain/repo-snapshot.js';
import type { CommitStatusInput, PullRequest } from '../../../src/github/port.js';
import type { TargetDiff } from '../../../src/render/diff.js';
import type { SnapshotDiff } from '../../../src/render/diff-snapshots.js';
import type { RenderFinding } from '../../../src/render/types.js';
import { withConfigDefaults } from '../../../src/state/defaults.js';
import type { RefSnapshots } from '../../../src/state/ref-snapshots.js';
import type { Checkout, Logger, Renderer } from '../../../src/usecases/deps.js';
import { compareRefs, type FailOn, type PreviewPorts, preview } from '../../../src/usecases/preview.js';

const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const MERGE_BASE = 'm'.repeat(40);

function snapshot(): RepoSnapshot {
  const env = (name: string) => ({ name });
  return {
    root: '/nowhere',
    config: withConfigDefaults({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Config',
      environments: [env('dev'), env('staging'), env('prod')],
    }),
    workloads: new Map(),
  };
}

function targetDiff(
  environment: string,
  tenant: string | undefined,
  status: TargetDiff['status'],
): TargetDiff {
  const target = { workload: 'payment-api', environment, ...(tenant ? { tenant } : {}) };
  const id = ['payment-api', environment, ...(tenant ? [tenant] : [])].join('/');
  const changed = status === 'changed' ? 1 : 0;
  const resources =
    status === 'changed'
      ? [
          {
            resource: 'Deployment/pay/payment-api',
            change: 'changed' as const,
            patch: '-image: a:1\n+image: a:2\n',
          },
        ]
      : [];
  return { target, id, status, added: 0, changed, removed: 0, resources };
}

function diffOf(targets: TargetDiff[], findings: RenderFinding[] = []): SnapshotDiff {
  const changedTargets = targets.filter((t) => t.status !== 'unchanged').length;
  const changed = targets.reduce((n, t) => n + t.changed, 0);
  return {
    targets,
    findings,
    stats: { targets: targets.length * 2, renders: targets.length + 1 },
    totals: { targets: targets.length, changedTargets, added: 0, changed, removed: 0 },
  };
}

const latestTag: RenderFinding = {
  severity: 'error',
  rule: 'policy/latest-tag',
  target: 'payment-api/dev/acme',
  resource: 'Deployment/pay/payment-api',
  path: 'spec.template.spec.containers[0].image',
  message: "image tag 'latest' is not allowed",
};

/** A checkout whose commits, changed lines and snapshots are given; records what it was asked. */
class MemoryCheckout implements Checkout {
  readonly where = 'gitops/';
  readonly compared: [string, string][] = [];
  constructor(
    private readonly opts: {
      missing?: string[];
      changedLines?: Record<string, number>;
      invalid?: ValidationError;
    } = {},
  ) {}
  async ensureCommits(): Promise<{ missing: string[]; reason?: string }> {
    const missing = this.opts.missing ?? [];
    return missing.length > 0 ? { missing, reason: 'fatal: remote error: not our ref' } : { missing };
  }
  async mergeBase(): Promise<string | undefined> {
    return MERGE_BASE;
  }
  async changedFiles() {
    return { prefix: '', files: undefined };
  }
  async firstChangedLines(): Promise<Map<string, number>> {
    return new Map(Object.entries(this.opts.changedLines ?? {}));
  }
  async snapshots<T>(base: string, head: string, fn: (s: RefSnapshots) => Promise<T>): Promise<T> {
    this.compared.push([base, head]);
    if (this.opts.invalid) throw this.opts.invalid;
    const changed = Object.keys(this.opts.changedLines ?? {});
    return fn({ base, head, changed, baseSnap: snapshot(), headSnap: snapshot() });
  }
}

const renderer = (diff: SnapshotDiff): Renderer => ({ diffSnapshots: async () => diff });

/** GitHub as a list of what the step posted. */
type PreviewGitHub = PreviewPorts['github'];

class MemoryGitHub implements PreviewGitHub {
  readonly comments: { number: number; purpose: string; body: string }[] = [];
  readonly statuses: ({ sha: string } & CommitStatusInput)[] = [];
  async getPullRequest(number: number): Promise<PullRequest> {
    return {
      number,
      url: `https://github.com/acme/gitops/pull/${number}`,
      title: 'payment-api: bump',
      body: '',
      state: 'open',
      draft: false,
      merged: false,
      mergeable: null,
      head: { ref: 'release/payment-api', sha: HEAD },
      base: { ref: 'main', sha: BASE },
      author: 'dev-alice',
      labels: [],
      mergeCommitSha: null,
      mergedAt: null,
      createdAt: '2026-11-26T10:00:00Z',
    };
  }
  async upsertStickyComment(number: number, purpose: string, body: string) {
    this.comments.push({ number, purpose, body });
    return {
      id: 1,
      url: 'https://github.com/acme/gitops/pull/7#issuecomment-1',
      created: this.comments.length === 1,
      truncated: false,
    };
  }
  async createCommitStatus(sha: string, status: CommitStatusInput) {
    this.statuses.push({ sha, ...status });
    return {
      state: status.state,
      context: status.context,
      description: status.description ?? null,
      targetUrl: status.targetUrl ?? null,
    };
  }
}

class MemoryLog implements Logger {
  readonly lines: string[] = [];
  info = (m: string) => void this.lines.push(m);
  debug = () => {};
  warning = (m: string) => void this.lines.push(`warning: ${m}`);
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`[${title}]`);
    return fn();
  }
}

function ports(checkout: MemoryCheckout, diff: SnapshotDiff) {
  const github = new MemoryGitHub();
  return { github, checkout, renderer: renderer(diff), log: new MemoryLog() };
}

const request = (failOn: FailOn = 'error', comment = true) => ({
  pullRequest: 7,
  comment,
  failOn,
  runUrl: 'https://github.com/acme/gitops/actions/runs/1',
});

describe('preview', () => {
  it('compares the merge base with the head, comments once and sets a green gitopshq/preview', async () => {
    const checkout = new MemoryCheckout({ changedLines: { 'workloads/payment-api/values/dev.yaml': 3 } });
    const p = ports(
      checkout,
      diffOf([targetDiff('dev', 'acme', 'changed'), targetDiff('dev', 'globex', 'unchanged')]),
    );
    const result = await preview(request(), p);

    expect(result.outcome).toBe('succeeded');
    expect(result.retryable).toBe(false);
    expect(checkout.compared).toEqual([[MERGE_BASE, HEAD]]);
    expect(p.github.comments).toHaveLength(1);
    expect(p.github.comments[0]).toMatchObject({ number: 7, purpose: 'preview' });
    expect(p.github.comments[0]?.body).toContain('GitOpsHQ preview');
    expect(p.github.statuses).toEqual([
      {
        sha: HEAD,
        context: 'gitopshq/preview',
        state: 'success',
        description: '1 of 2 targets changed (+0 ~1 -0 resources)',
        targetUrl: 'https://github.com/acme/gitops/actions/runs/1',
      },
    ]);
    const v = result.value;
    expect(v?.changed).toBe(true);
    expect(v?.targets).toEqual([
      {
        workload: 'payment-api',
        environment: 'dev',
        tenant: 'acme',
        status: 'changed',
        added: 0,
        changed: 1,
        removed: 0,
      },
      {
        workload: 'payment-api',
        environment: 'dev',
        tenant: 'globex',
        status: 'unchanged',
        added: 0,
        changed: 0,
        removed: 0,
      },
    ]);
    expect(v?.summary).toMatchObject({ targets: 2, changedTargets: 1, errors: 0, warnings: 0, valid: true });
    expect(v?.markdown).toContain('+image: a:2');
    expect(p.log.lines).toContain('[Fetch base and head]');
    expect(p.log.lines).toContain(`[Render mmmmmmm..hhhhhhh]`);
  });

  it('posts no comment when asked not to, but still sets the status', async () => {
    const p = ports(new MemoryCheckout(), diffOf([targetDiff('dev', undefined, 'changed')]));
    expect((await preview(request('error', false), p)).outcome).toBe('succeeded');
    expect(p.github.comments).toEqual([]);
    expect(p.github.statuses.map((s) => s.state)).toEqual(['success']);
  });

  it('fails on a policy error, placing it on the first changed line of the tenant values file, after reporting', async () => {
    const changedLines = {
      'workloads/payment-api/values/dev.yaml': 9,
      'workloads/payment-api/values/dev/acme.yaml': 4,
    };
    const p = ports(
      new MemoryCheckout({ changedLines }),
      diffOf([targetDiff('dev', 'acme', 'changed')], [latestTag]),
    );
    const result = await preview(request(), p);

    expect(result.outcome).toBe('failed');
    expect(result.retryable).toBe(false);
    if (result.outcome !== 'failed') return;
    expect(result.error.kind).toBe('finding');
    expect(result.error.message).toBe(
      '1 error, 1 of 1 target changed (+0 ~1 -0 resources); see the pull request comment and the job summary',
    );
    expect(result.error.findings).toEqual([
      expect.objectContaining({
        file: 'workloads/payment-api/values/dev/acme.yaml',
        line: 4,
        col: 1,
        severity: 'error',
      }),
    ]);
    // The reviewers see it before the step fails.
    expect(p.github.comments).toHaveLength(1);
    expect(p.github.statuses.map((s) => s.state)).toEqual(['failure']);
    expect(result.value?.summary.errors).toBe(1);
  });

  it('falls back from the tenant file to the environment file, then to gitopshq.yaml', async () => {
    const run = async (changedLines: Record<string, number>) => {
      const p = ports(
        new MemoryCheckout({ changedLines }),
        diffOf([targetDiff('dev', 'acme', 'changed')], [latestTag]),
      );
      const r = await preview(request('never'), p);
      return r.value?.findings[0];
    };
    expect(await run({ 'workloads/payment-api/values/dev.yaml': 6 })).toMatchObject({
      file: 'workloads/payment-api/values/dev.yaml',
      line: 6,
    });
    expect(await run({ 'workloads/payment-api/values.yaml': 2 })).toMatchObject({
      file: 'workloads/payment-api/values.yaml',
      line: 2,
    });
    expect(await run({})).toMatchObject({ file: 'gitopshq.yaml', line: 1 });
  });

  it('keeps the file and line of a template error', async () => {
    const template: RenderFinding = {
      ...latestTag,
      rule: 'template',
      file: 'workloads/payment-api/templates/deployment.yaml',
      line: 12,
      col: 5,
      message: 'undefined value',
    };
    const p = ports(new MemoryCheckout(), diffOf([targetDiff('dev', 'acme', 'changed')], [template]));
    const r = await preview(request(), p);
    expect(r.outcome === 'failed' && r.error.findings[0]).toMatchObject({
      file: 'workloads/payment-api/templates/deployment.yaml',
      line: 12,
      col: 5,
    });
  });

  it('reports without failing when fail-on is never; the status still says failure', async () => {
    const p = ports(new MemoryCheckout(), diffOf([targetDiff('dev', 'acme', 'changed')], [latestTag]));
    const result = await preview(request('never'), p);
    expect(result.outcome).toBe('succeeded');
    expect(p.github.statuses.map((s) => s.state)).toEqual(['failure']);
  });

  it('an invalid repository at the head fails with its findings and a red status', async () => {
    const invalid = new ValidationError([
      { file: 'gitopshq.yaml', line: 3, col: 5, message: 'environments[0].name must match pattern' },
    ]);
    const p = ports(new MemoryCheckout({ invalid }), diffOf([]));
    const result = await preview(request(), p);
    expect(result.outcome).toBe('failed');
    if (result.outcome !== 'failed') return;
    expect(result.error.findings).toEqual(invalid.findings);
    expect(result.value?.summary.valid).toBe(false);
    expect(p.github.statuses[0]).toMatchObject({
      state: 'failure',
      description: "1 problem in the repository's files",
    });
  });

  it('a checkout without the commits fails as a usage error and posts nothing', async () => {
    const p = ports(new MemoryCheckout({ missing: [BASE] }), diffOf([]));
    const result = await preview(request(), p);
    expect(result.outcome).toBe('failed');
    if (result.outcome !== 'failed') return;
    expect(result.error.kind).toBe('usage');
    expect(result.error.message).toMatch(
      /the checkout at gitops\/ lacks commits b{40}.*not our ref.*fetch-depth: 0/,
    );
    expect(p.github.comments).toEqual([]);
    expect(p.github.statuses).toEqual([]);
  });
});

describe('compareRefs (gitopshq diff: no GitHub)', () => {
  it('compares the refs as given, with the changed files', async () => {
    const checkout = new MemoryCheckout({ changedLines: { 'workloads/payment-api/values/prod.yaml': 1 } });
    const result = await compareRefs(
      { base: 'main', head: 'HEAD', failOn: 'error' },
      {
        checkout,
        renderer: renderer(diffOf([targetDiff('prod', undefined, 'changed')])),
        log: new MemoryLog(),
      },
    );
    expect(result.outcome).toBe('succeeded');
    expect(checkout.compared).toEqual([['main', 'HEAD']]);
    expect(result.value?.changedFiles).toEqual(['workloads/payment-api/values/prod.yaml']);
  });
});

describe('failsOn', () => {
  it.each<[FailOn, number, number, boolean]>([
    ['error', 0, 0, false],
    ['error', 0, 2, false],
    ['error', 1, 0, true],
    ['warning', 0, 0, false],
    ['warning', 0, 1, true],
    ['warning', 1, 0, true],
    ['never', 3, 3, false],
  ])('fail-on %s with %i errors and %i warnings: %s', (failOn, errors, warnings, fails) => {
    const findings = [
      ...Array.from({ length: errors }, () => ({ severity: 'error' as const })),
      ...Array.from({ length: warnings }, () => ({ severity: 'warning' as const })),
    ];
    expect(failsOn(failOn, findings)).toBe(fails);
  });
});
