// The deploy use case with in-memory ports: a freeze that began after approval holds the deploy; a run killed after
// its deploy commit or its Deployment converges on a re-run instead of writing a second one; a deployed release is
// left alone; a render failure fails the release with its cause. The same step through the real bundle, git and
// the GitHub simulator is test/e2e/deploy.test.ts.
import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/domain/lifecycle.js';
import type { CommitInfo } from '../../../src/domain/merge-commit.js';
import type { FreezeWindow, ReleaseRecord, ReleaseState } from '../../../src/domain/model.js';
import type {
  Deployment,
  DeploymentInput,
  DeploymentStatusInput,
  PullRequest,
} from '../../../src/github/port.js';
import type { RenderTarget } from '../../../src/render/types.js';
import type { DeployBranches, DeployFile } from '../../../src/state/deploy-branch.js';
import {
  annotate,
  type DeployGitHub,
  type DeployPorts,
  deploy,
  RELEASE_ANNOTATION,
  type RenderedTarget,
} from '../../../src/usecases/deploy.js';
import { type RecordStorePort, silentLogger } from '../../../src/usecases/deps.js';

const ID = 'payment-api-dev-20261130-a1b2c3';
const MERGE = 'm'.repeat(40);
const BASE = 'b'.repeat(40);
const HEAD = 'h'.repeat(40);
const NOW = new Date('2026-11-30T10:00:00Z'); // a Monday
const clock = { now: () => NOW };

function record(state: ReleaseState, extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  const path: ReleaseState[] = ['PendingApproval', 'Approved', 'Deploying', 'Deployed'];
  const upTo = path.slice(0, path.indexOf(state) + 1);
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: ID,
    workload: 'payment-api',
    environment: 'dev',
    tenants: [],
    title: 'payment-api: bump image.tag to 2.5.0',
    author: 'dev-alice',
    createdAt: '2026-11-30T09:00:00Z',
    state,
    history: upTo.map((s) => ({ state: s, at: '2026-11-30T09:00:00.000Z', actor: 'x' })),
    changes: { updates: [{ path: 'image.tag', value: '2.5.0' }] },
    pullRequest: { number: 7, url: 'https://x/7', branch: 'release/x' },
    approvals: [],
    ...extra,
  };
}

class MemoryStore {
  constructor(public rec: ReleaseRecord) {}
  readonly branch = 'gitopshq/state';
  async listReleases() {
    return [this.rec];
  }
  async getRelease(id: string) {
    return id === this.rec.id ? this.rec : undefined;
  }
  async transitionRelease(
    _id: string,
    to: ReleaseState,
    opts: { actor: string; note?: string; patch?: Partial<ReleaseRecord> },
  ) {
    this.rec = { ...transition(this.rec, to, opts.actor, opts.note, NOW), ...(opts.patch ?? {}) };
    return this.rec;
  }
}

class MemoryBranches implements DeployBranches {
  commits: { branch: string; sha: string; message: string; files: DeployFile[] }[] = [];
  async findCommit(branch: string, key: string, value: string) {
    return this.commits.filter((c) => c.branch === branch && c.message.includes(`${key}: ${value}\n`)).at(-1)
      ?.sha;
  }
  async readFiles(commit: string, paths: readonly string[]) {
    const c = this.commits.find((x) => x.sha === commit);
    return paths.map((p) => c?.files.find((f) => f.path === p)?.content);
  }
  async list(commit: string) {
    return this.commits.find((x) => x.sha === commit)?.files.map((f) => f.path) ?? [];
  }
  async tip(branch: string) {
    return this.commits.filter((c) => c.branch === branch).at(-1)?.sha;
  }
  async write(branch: string, files: readonly DeployFile[], message: string) {
    const sha = String(this.commits.length + 1).padStart(40, 'c');
    this.commits.push({ branch, sha, message, files: [...files] });
    return sha;
  }
}

class MemoryGitHub implements DeployGitHub {
  deployments: (Deployment & { statuses: string[] })[] = [];
  /** False: GitHub has not linked the merge commit to its pull request yet (its read-after-write lag). */
  linked = true;
  merged = true;
  async findPullRequestForMergeCommit(sha: string) {
    return this.linked && sha === MERGE ? this.getPullRequest() : undefined;
  }
  async getPullRequest(): Promise<PullRequest> {
    return {
      number: 7,
      merged: this.merged,
      mergeCommitSha: this.merged ? MERGE : null,
      head: { ref: 'release/x', sha: HEAD },
    } as PullRequest;
  }
  async listPullRequestCommits() {
    return [];
  }
  async createDeployment(input: DeploymentInput) {
    const d = {
      id: this.deployments.length + 1,
      ref: input.ref,
      sha: input.ref,
      environment: input.environment,
      task: input.task ?? 'deploy',
      description: null,
      statuses: [],
    };
    this.deployments.push(d);
    return d;
  }
  async createDeploymentStatus(id: number, s: DeploymentStatusInput) {
    this.deployments.find((d) => d.id === id)?.statuses.push(s.state);
  }
  async listDeployments(f: { environment: string; sha: string }) {
    return this.deployments.filter((d) => d.environment === f.environment && d.sha === f.sha).reverse();
  }
}

const deploymentObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'payment-api', namespace: 'payments', annotations: { keep: 'me' } },
};

function ports(
  rec: ReleaseRecord,
  opts: {
    freezes?: FreezeWindow[];
    render?: (t: readonly RenderTarget[]) => RenderedTarget[];
    commit?: CommitInfo;
  } = {},
) {
  const store = new MemoryStore(rec);
  const branches = new MemoryBranches();
  const github = new MemoryGitHub();
  const renders: RenderTarget[][] = [];
  const opened: string[] = [];
  const p: DeployPorts = {
    github,
    store: store as unknown as RecordStorePort,
    branches,
    log: silentLogger,
    source: {
      commit: async () => opts.commit ?? { parents: [BASE, HEAD], message: 'Merge pull request #7' },
      open: (ref, policyRef, fn) => {
        opened.push(ref, policyRef);
        return fn({
          freezes: opts.freezes ?? [],
          deployBranch: (env) => `gitopshq/deploy/${env}`,
          targets: () => [
            { workload: 'payment-api', environment: 'dev', tenant: 'acme' },
            { workload: 'payment-api', environment: 'dev', tenant: 'globex' },
          ],
          render: async (targets) => {
            renders.push([...targets]);
            return (
              opts.render?.(targets) ??
              targets.map((target) => ({
                target,
                manifests: [{ object: deploymentObject, source: 'templates/deployment.yaml' }],
                findings: [],
              }))
            );
          },
        });
      },
    },
  };
  return { p, store, branches, github, renders, opened };
}

const FREEZE: FreezeWindow = {
  name: 'incident',
  environments: ['dev'],
  timezone: 'Europe/Berlin',
  start: '2026-11-30T09:30Z',
  end: '2026-11-30T18:00Z',
  reason: 'incident 42',
  breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
};

describe('deploy (use case)', () => {
  it('on a merge push GitHub has not linked to its pull request yet: the Approved release merged as it deploys', async () => {
    const { p, store, github } = ports(record('Approved'));
    github.linked = false;
    const r = await deploy({ sha: MERGE, actor: 'release-erin' }, p, clock);
    expect(r.outcome).toBe('succeeded');
    expect(store.rec.state).toBe('Deployed');
    expect(github.deployments.map((d) => d.statuses)).toEqual([['in_progress', 'success']]);
  });

  it('a PR closed unmerged, then reopened and merged: its live release deploys, not the Cancelled one listed first', async () => {
    const { p, store } = ports(record('Approved'));
    const cancelled: ReleaseRecord = {
      ...record('Approved'),
      id: 'payment-api-dev-20261129-0a0b0c',
      createdAt: '2026-11-29T09:00:00Z',
      state: 'Cancelled',
    };
    store.listReleases = async () => [cancelled, store.rec];
    const r = await deploy({ sha: MERGE, actor: 'release-erin' }, p, clock);
    expect(r.outcome === 'succeeded' && r.value.releaseId).toBe(ID);
    expect(store.rec.state).toBe('Deployed');
  });

  it('a re-run on a merge push still not linked finds the release its first run left Deploying', async () => {
    const { p, store, github } = ports(record('Approved'));
    github.linked = false;
    const createDeployment = github.createDeployment.bind(github);
    github.createDeployment = async () => {
      throw new Error('GitHub answered 502');
    };
    await expect(deploy({ sha: MERGE, actor: 'release-erin' }, p, clock)).rejects.toThrow(/502/);
    expect(store.rec.state).toBe('Deploying');
    github.createDeployment = createDeployment;
    const again = await deploy({ sha: MERGE, actor: 'release-erin' }, p, clock);
    expect(again.outcome).toBe('succeeded');
    expect(store.rec.state).toBe('Deployed');
  });

  it('on a push that merged no release: nothing to deploy, an Approved release not yet merged is left alone', async () => {
    const { p, store, github, branches } = ports(record('Approved'));
    github.linked = false;
    github.merged = false;
    const r = await deploy({ sha: MERGE, actor: 'release-erin' }, p, clock);
    expect(r.outcome === 'pending' && r.reason).toMatch(
      /is not the merge of a pull request: nothing to deploy/,
    );
    expect(store.rec.state).toBe('Approved');
    expect(branches.commits).toEqual([]);
    expect(github.deployments).toEqual([]);
  });

  it('on the merge push: one commit with a file per target, annotated, one Deployment, Deployed with both', async () => {
    const { p, store, branches, github } = ports(record('Approved'));
    const r = await deploy({ sha: MERGE, actor: 'release-erin' }, p, clock);
    expect(r.outcome).toBe('succeeded');
    expect(branches.commits.map((c) => [c.branch, c.files.map((f) => f.path)])).toEqual([
      ['gitopshq/deploy/dev', ['acme/payment-api/manifests.yaml', 'globex/payment-api/manifests.yaml']],
    ]);
    expect(branches.commits[0]?.files[0]?.content).toContain(`${RELEASE_ANNOTATION}: ${ID}`);
    expect(branches.commits[0]?.files[0]?.content).toContain('keep: me');
    expect(github.deployments.map((d) => [d.environment, d.sha, d.statuses])).toEqual([
      ['dev', branches.commits[0]?.sha, ['in_progress', 'success']],
    ]);
    expect(store.rec.history.map((h) => h.state)).toEqual([
      'PendingApproval',
      'Approved',
      'Deploying',
      'Deployed',
    ]);
    expect(store.rec.deploy).toEqual({
      commit: branches.commits[0]?.sha,
      deploymentId: 1,
      branch: 'gitopshq/deploy/dev',
    });
  });

  it('re-run on a Deployed release: nothing rendered, committed or created', async () => {
    const first = ports(record('Approved'));
    await deploy({ sha: MERGE, actor: 'a' }, first.p, clock);
    const before = first.store.rec;
    const again = await deploy({ sha: MERGE, actor: 'a' }, first.p, clock);
    expect(again.outcome).toBe('succeeded');
    expect(again.value?.unchanged).toBe(true);
    expect(first.store.rec).toBe(before);
    expect(first.branches.commits).toHaveLength(1);
    expect(first.github.deployments).toHaveLength(1);
    expect(first.renders).toHaveLength(1);
  });

  it('a run killed after its commit and its Deployment converges: reuses both', async () => {
    const { p, store, branches, github, renders } = ports(record('Deploying'));
    const sha = await branches.write('gitopshq/deploy/dev', [], `deploy\n\nGitopshq-Release: ${ID}\n`);
    await github.createDeployment({ ref: sha, environment: 'dev' });
    const r = await deploy({ sha: MERGE, actor: 'a' }, p, clock);
    expect(r.outcome).toBe('succeeded');
    expect(renders).toHaveLength(0);
    expect(branches.commits).toHaveLength(1);
    expect(github.deployments).toHaveLength(1);
    expect(store.rec.state).toBe('Deployed');
    expect(store.rec.deploy?.commit).toBe(sha);
  });

  it("an earlier run's commit whose files a later commit changed is not reused: rendered and written anew", async () => {
    const { p, store, branches } = ports(record('Deploying'));
    const file = 'acme/payment-api/manifests.yaml';
    const trailer = `deploy\n\nGitopshq-Release: ${ID}\n`;
    await branches.write('gitopshq/deploy/dev', [{ path: file, content: 'mine' }], trailer);
    await branches.write('gitopshq/deploy/dev', [{ path: file, content: 'a later release' }], 'later\n');
    expect((await deploy({ sha: MERGE, actor: 'a' }, p, clock)).outcome).toBe('succeeded');
    expect(branches.commits).toHaveLength(3);
    expect(store.rec.deploy?.commit).toBe(branches.commits[2]?.sha);
  });

  it('a freeze that began after approval holds the deploy; the release stays Approved', async () => {
    const { p, store, branches } = ports(record('Approved'), { freezes: [FREEZE] });
    const r = await deploy({ sha: MERGE, actor: 'a' }, p, clock);
    expect(r.outcome).toBe('pending');
    expect(r.outcome === 'pending' && r.reason).toMatch(/held: .*incident.*stays Approved/);
    expect(store.rec.state).toBe('Approved');
    expect(branches.commits).toHaveLength(0);
  });

  it('break-glass opens the freeze it broke, and only that one: another freeze in force holds the deploy', async () => {
    const occurrence = {
      freeze: 'incident',
      from: '2026-11-30T09:30:00.000Z',
      until: '2026-11-30T18:00:00.000Z',
    };
    const glass = {
      actor: 'sre-dave',
      at: '2026-11-30T09:40:00Z',
      reason: 'INC-42',
      freezes: ['incident'],
      occurrences: [occurrence],
    };
    const broken = ports(record('Approved', { breakGlass: glass }), { freezes: [FREEZE] });
    expect((await deploy({ sha: MERGE, actor: 'a' }, broken.p, clock)).outcome).toBe('succeeded');
    expect(broken.store.rec.state).toBe('Deployed');

    const later = { ...FREEZE, name: 'quarter-close', reason: 'books closed' };
    const held = ports(record('Approved', { breakGlass: glass }), { freezes: [FREEZE, later] });
    const r = await deploy({ sha: MERGE, actor: 'a' }, held.p, clock);
    expect(r.outcome).toBe('pending');
    expect(r.outcome === 'pending' && r.reason).toMatch(
      /held: .*quarter-close.*\(its break-glass broke incident 2026-11-30T09:30:00.000Z to 2026-11-30T18:00:00.000Z, not the quarter-close in force now\)\. The release stays Approved/,
    );
    expect(held.store.rec.state).toBe('Approved');
    expect(held.branches.commits).toHaveLength(0);

    // A break-glass that does not say which occurrence it broke (names only, or nothing) breaks none.
    const { occurrences: _, ...named } = glass;
    const { freezes: __, ...unnamed } = named;
    for (const breakGlass of [named, unnamed]) {
      const old = ports(record('Approved', { breakGlass }), { freezes: [FREEZE] });
      expect((await deploy({ sha: MERGE, actor: 'a' }, old.p, clock)).outcome).toBe('pending');
    }
    // Last week's occurrence of a freeze with the same name does not open this one.
    const lastWeek = {
      freeze: 'incident',
      from: '2026-11-23T09:30:00.000Z',
      until: '2026-11-23T18:00:00.000Z',
    };
    const stale = ports(record('Approved', { breakGlass: { ...glass, occurrences: [lastWeek] } }), {
      freezes: [FREEZE],
    });
    const r2 = await deploy({ sha: MERGE, actor: 'a' }, stale.p, clock);
    expect(r2.outcome === 'pending' && r2.reason).toMatch(/broke incident 2026-11-23T09:30:00.000Z/);
    expect(stale.store.rec.state).toBe('Approved');
    expect(stale.branches.commits).toHaveLength(0);
  });

  it('a shared-layer release is held by a freeze of any environment it affects, unless break-glass broke it', async () => {
    // dev is not frozen; prod is. The release's base-values change reaches prod at its next render.
    const prodFreeze = { ...FREEZE, environments: ['prod'] };
    const own = ports(record('Approved'), { freezes: [prodFreeze] });
    expect((await deploy({ sha: MERGE, actor: 'a' }, own.p, clock)).outcome).toBe('succeeded');

    const shared = ports(record('Approved', { affects: ['dev', 'staging', 'prod'] }), {
      freezes: [prodFreeze],
    });
    const r = await deploy({ sha: MERGE, actor: 'a' }, shared.p, clock);
    expect(r.outcome).toBe('pending');
    expect(r.outcome === 'pending' && r.reason).toBe(
      `deploy of ${ID} held: frozen until Mon 19:00 Europe/Berlin (incident) in prod, which its change reaches (a layer dev, staging, prod share; it ships there with their next render). The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`,
    );
    expect(shared.store.rec.state).toBe('Approved');
    expect(shared.branches.commits).toHaveLength(0);

    // The gate broke prod's freeze (break-glass recorded with the occurrence): the deploy goes ahead.
    const breakGlass = {
      actor: 'sre-dave',
      at: '2026-11-30T09:40:00Z',
      reason: 'INC-42',
      freezes: ['incident'],
      occurrences: [
        { freeze: 'incident', from: '2026-11-30T09:30:00.000Z', until: '2026-11-30T18:00:00.000Z' },
      ],
    };
    const broken = ports(record('Approved', { affects: ['dev', 'prod'], breakGlass }), {
      freezes: [prodFreeze],
    });
    expect((await deploy({ sha: MERGE, actor: 'a' }, broken.p, clock)).outcome).toBe('succeeded');
    expect(broken.store.rec.state).toBe('Deployed');
  });

  it('a render error fails the release with its cause, a failure status and findings, nothing committed', async () => {
    const { p, store, branches } = ports(record('Approved'), {
      render: (targets) =>
        targets.map((target) => ({
          target,
          manifests: [],
          findings: [
            {
              severity: 'error' as const,
              rule: 'template' as const,
              target: 'payment-api/dev/acme',
              file: 'workloads/payment-api/templates/deployment.yaml',
              line: 3,
              message: 'values.image.tag is required',
            },
          ],
        })),
    });
    const r = await deploy({ sha: MERGE, actor: 'a' }, p, clock);
    expect(r.outcome).toBe('failed');
    expect(r.outcome === 'failed' && r.error.findings[0]).toMatchObject({
      file: 'workloads/payment-api/templates/deployment.yaml',
      line: 3,
    });
    expect(store.rec.state).toBe('Failed');
    expect(store.rec.history.at(-1)?.note).toMatch(/render failed: .*image.tag is required/);
    expect(branches.commits).toHaveLength(0);
  });

  it('by release-id (a dispatch): renders the release merge commit, whatever the pushed sha', async () => {
    const { p, store, opened } = ports(record('Approved'));
    const r = await deploy({ releaseId: ID, actor: 'a' }, p, clock);
    expect(r.outcome).toBe('succeeded');
    // Rendered at the merge, the policy (freezes, deploy branch) read at its first parent.
    expect(opened).toEqual([MERGE, BASE]);
    expect(store.rec.state).toBe('Deployed');
    const wrongEnv = await deploy({ releaseId: ID, environment: 'prod', actor: 'a' }, p, clock);
    expect(wrongEnv.outcome === 'failed' && wrongEnv.error.message).toBe(
      `release ${ID} is for dev, not prod`,
    );
  });

  it('a push that merged no release is not an error: pending with the reason', async () => {
    const { p } = ports(record('Approved'));
    const r = await deploy({ sha: 'f'.repeat(40), actor: 'a' }, p, clock);
    expect(r.outcome).toBe('pending');
  });

  it('annotate keeps existing annotations and objects without metadata get one', () => {
    const out = annotate([{ object: { kind: 'X' }, source: 's' }], 'r1');
    expect(out[0]?.object.metadata).toEqual({ annotations: { [RELEASE_ANNOTATION]: 'r1' } });
  });
});
