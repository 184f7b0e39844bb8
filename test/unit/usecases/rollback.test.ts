// The rollback use case with in-memory ports: a Kustomize workload's values PR restores the overlay's kustomization
// (what create-release edited), not only values layers; a release Deployed but not yet Healthy moves to Rolled Back
// in one step naming who and why. The same step through the bundle and the sandbox is test/e2e/deploy.test.ts.
import { describe, expect, it } from 'vitest';
import { transition } from '../../../src/domain/lifecycle.js';
import type { ReleaseRecord, ReleaseState } from '../../../src/domain/model.js';
import type { PullRequest } from '../../../src/github/port.js';
import type { DeployBranches, DeployFile } from '../../../src/state/deploy-branch.js';
import { releaseEditFiles } from '../../../src/state/release-edit.js';
import { type RecordStorePort, silentLogger } from '../../../src/usecases/deps.js';
import { type RollbackPorts, rollback } from '../../../src/usecases/rollback.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const OVERLAY = 'workloads/podinfo/overlays/production/kustomization.yaml';
const WORKLOAD = 'source:\n  type: kustomize\n  overlays:\n    prod: overlays/production\n';
const kustomization = (tag: string) =>
  `resources:\n  - ../../base   # kept\nimages:\n  - name: podinfo\n    newTag: ${tag}   # pinned\n`;

function rec(id: string, n: number, at: string, state: ReleaseState = 'Deployed'): ReleaseRecord {
  const path: ReleaseState[] = ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy'];
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'podinfo',
    environment: 'prod',
    tenants: [],
    title: id,
    author: 'dev-alice',
    createdAt: at,
    state,
    history: path.slice(0, path.indexOf(state) + 1).map((s) => ({ state: s, at, actor: 'x' })),
    changes: { updates: [{ path: 'images.podinfo.newTag', value: id }] },
    pullRequest: { number: n, url: `https://x/${n}`, branch: `release/${id}` },
    approvals: [],
    deploy: { commit: `d${n}`.padEnd(40, '0'), branch: 'gitopshq/deploy/prod' },
  };
}

class Store {
  constructor(public recs: ReleaseRecord[]) {}
  async listReleases() {
    return this.recs;
  }
  async transitionRelease(
    id: string,
    to: ReleaseState,
    o: { actor: string; note?: string; patch?: Partial<ReleaseRecord> },
  ) {
    const i = this.recs.findIndex((r) => r.id === id);
    const moved = { ...transition(this.recs[i] as ReleaseRecord, to, o.actor, o.note, NOW), ...o.patch };
    this.recs[i] = moved;
    return moved;
  }
}

class Commits implements DeployBranches {
  commits: { branch: string; sha: string; message: string; files: Map<string, string> }[] = [];
  add(branch: string, sha: string, files: Record<string, string>) {
    this.commits.push({ branch, sha, message: '', files: new Map(Object.entries(files)) });
  }
  async findCommit(branch: string, key: string, value: string) {
    return this.commits.filter((c) => c.branch === branch && c.message.includes(`${key}: ${value}\n`)).at(-1)
      ?.sha;
  }
  async readFiles(commit: string, paths: readonly string[]) {
    const c = this.commits.find((x) => x.sha === commit);
    return paths.map((p) => c?.files.get(p));
  }
  async list(commit: string) {
    return [...(this.commits.find((x) => x.sha === commit)?.files.keys() ?? [])];
  }
  async tip(branch: string) {
    return this.commits.filter((c) => c.branch === branch).at(-1)?.sha;
  }
  async write(branch: string, files: readonly DeployFile[], message: string, _at: Date, from?: string) {
    const start = (await this.tip(branch)) ?? from;
    const base = this.commits.find((c) => c.sha === start)?.files ?? new Map<string, string>();
    const next = new Map(base);
    for (const f of files) next.set(f.path, f.content);
    const sha = `w${this.commits.length}`.padEnd(40, '0');
    this.commits.push({ branch, sha, message, files: next });
    return sha;
  }
}

function setup(currentState: ReleaseState) {
  const store = new Store([
    rec('podinfo-prod-1', 1, '2026-11-29T09:00:00.000Z', 'Healthy'),
    rec('podinfo-prod-2', 2, '2026-11-30T09:00:00.000Z', currentState),
  ]);
  const git = new Commits();
  const manifests = 'kind: Deployment # 1.0\n';
  git.add('gitopshq/deploy/prod', 'd1'.padEnd(40, '0'), { '_/podinfo/manifests.yaml': manifests });
  git.add('gitopshq/deploy/prod', 'd2'.padEnd(40, '0'), {
    '_/podinfo/manifests.yaml': 'kind: Deployment # 2.0\n',
  });
  git.add('main', 'm1'.padEnd(40, '0'), {
    'workloads/podinfo/workload.yaml': WORKLOAD,
    [OVERLAY]: kustomization('1.0'),
  });
  git.add('main', 'm2'.padEnd(40, '0'), {
    'workloads/podinfo/workload.yaml': WORKLOAD,
    [OVERLAY]: kustomization('2.0'),
  });
  const opened: { head: string; title: string }[] = [];
  const pulls: NonNullable<RollbackPorts['pulls']> = {
    getPullRequest: async (n: number) =>
      ({ number: n, merged: true, mergeCommitSha: `m${n}`.padEnd(40, '0') }) as PullRequest,
    findOpenPullRequest: async (head: string) =>
      opened.some((p) => p.head === head) ? ({ number: 9, url: 'https://x/9' } as PullRequest) : undefined,
    createPullRequest: async (p: { head: string; title: string }) => {
      opened.push(p);
      return { number: 9, url: 'https://x/9' } as PullRequest;
    },
  };
  const ports: RollbackPorts = {
    pulls,
    store: store as unknown as RecordStorePort,
    branches: git,
    valuesRepo: git,
    log: silentLogger,
  };
  const run = () =>
    rollback(
      { environment: 'prod', to: 'podinfo-prod-1', actor: 'release-erin', reason: 'p99 doubled' },
      ports,
      {
        now: () => NOW,
      },
    );
  return { store, git, opened, run, manifests };
}

describe('rollback (use case)', () => {
  it.each<ReleaseState>(['Deployed', 'Synced'])(
    'a %s release of a Kustomize workload: manifests back, one Rolled Back entry, the overlay restored on main',
    async (state) => {
      const { store, git, opened, run, manifests } = setup(state);
      const r = await run();
      expect(r.outcome).toBe('succeeded');
      const tip = await git.tip('gitopshq/deploy/prod');
      expect((await git.readFiles(tip ?? '', ['_/podinfo/manifests.yaml']))[0]).toBe(manifests);
      const bad = store.recs[1];
      expect(bad?.history.slice(-2).map((h) => h.state)).toEqual([state, 'RolledBack']);
      expect(bad?.history.at(-1)).toMatchObject({
        actor: 'release-erin',
        note: 'rolled back to podinfo-prod-1 by release-erin: p99 doubled',
      });
      expect(bad?.rolledBackTo).toBe('podinfo-prod-1');
      expect(opened.map((p) => p.head)).toEqual(['gitopshq/rollback/podinfo-prod-2']);
      const branch = await git.tip('gitopshq/rollback/podinfo-prod-2');
      expect((await git.readFiles(branch ?? '', [OVERLAY]))[0]).toBe(kustomization('1.0'));
      expect(r.value?.valuesPullRequest?.number).toBe(9);

      // Again: no second commit, no second PR, no second history entry.
      const commits = git.commits.length;
      expect((await run()).outcome).toBe('succeeded');
      expect(git.commits).toHaveLength(commits);
      expect(opened).toHaveLength(1);
      expect(store.recs[1]?.history.at(-1)?.state).toBe('RolledBack');
      expect(store.recs[1]?.history.filter((h) => h.state === 'RolledBack')).toHaveLength(1);
    },
  );
});

describe('rollback respects tenants', () => {
  const BRANCH = 'gitopshq/deploy/prod';
  const file = (tenant: string) => `${tenant}/podinfo/manifests.yaml`;
  const tenantRec = (id: string, n: number, day: number, tenants: string[], state: ReleaseState) => ({
    ...rec(id, n, `2026-11-2${day}T09:00:00.000Z`, state),
    tenants,
  });
  /** T (all tenants, Healthy), then canary's own release, then a wave release of acme and globex. */
  function world() {
    const store = new Store([
      tenantRec('podinfo-prod-1', 1, 1, [], 'Healthy'),
      tenantRec('podinfo-prod-2', 2, 2, ['canary'], 'Deployed'),
      tenantRec('podinfo-prod-3', 3, 3, ['acme', 'globex'], 'Synced'),
    ]);
    const git = new Commits();
    const v1 = { [file('canary')]: 'v1 canary', [file('acme')]: 'v1 acme', [file('globex')]: 'v1 globex' };
    git.add(BRANCH, 'd1'.padEnd(40, '0'), v1);
    git.add(BRANCH, 'd2'.padEnd(40, '0'), { ...v1, [file('canary')]: 'v2 canary' });
    git.add(BRANCH, 'd3'.padEnd(40, '0'), {
      [file('canary')]: 'v2 canary',
      [file('acme')]: 'v3 acme',
      [file('globex')]: 'v3 globex',
    });
    const ports: RollbackPorts = {
      store: store as unknown as RecordStorePort,
      branches: git,
      valuesRepo: git,
      log: silentLogger,
    };
    const run = (tenants?: string[]) =>
      rollback(
        {
          environment: 'prod',
          to: 'podinfo-prod-1',
          actor: 'release-erin',
          reason: 'canary 5xx',
          ...(tenants ? { tenants } : {}),
        },
        ports,
        { now: () => NOW },
      );
    const files = async () => {
      const tip = (await git.tip(BRANCH)) ?? '';
      return git.readFiles(tip, ['canary', 'acme', 'globex'].map(file));
    };
    const states = () => Object.fromEntries(store.recs.map((r) => [r.id, r.state]));
    return { store, git, run, files, states };
  }

  it("rolling back the canary tenant rewrites only canary's manifests and marks only canary's release", async () => {
    const w = world();
    const r = await w.run(['canary']);
    expect(r.outcome).toBe('succeeded');
    expect(r.value?.rolledBackReleases).toEqual(['podinfo-prod-2']);
    expect(await w.files()).toEqual(['v1 canary', 'v3 acme', 'v3 globex']);
    // The wave release still runs for acme and globex: its record is not touched.
    expect(w.states()).toEqual({
      'podinfo-prod-1': 'Healthy',
      'podinfo-prod-2': 'RolledBack',
      'podinfo-prod-3': 'Synced',
    });
    // Again: converges, nothing more written.
    const commits = w.git.commits.length;
    expect((await w.run(['canary'])).outcome).toBe('succeeded');
    expect(w.git.commits).toHaveLength(commits);
  });

  it('a tenant of a wave release alone is refused: its record would say Rolled Back while it runs for the other', async () => {
    const w = world();
    const commits = w.git.commits.length;
    const r = await w.run(['acme']);
    expect(r.outcome).toBe('failed');
    expect(r.outcome === 'failed' && r.error.message).toBe(
      'cannot roll back to podinfo-prod-1: release podinfo-prod-3 also runs for tenant globex, which this rollback leaves alone (it covers acme): roll back all of its tenants together, to a release deployed for each of them',
    );
    expect(w.git.commits).toHaveLength(commits);
    expect(w.states()['podinfo-prod-3']).toBe('Synced');
  });

  it('every tenant (the default for an all-tenant target): each release running is rolled back, once', async () => {
    const w = world();
    const r = await w.run();
    expect(r.outcome).toBe('succeeded');
    expect(r.value?.rolledBackReleases).toEqual(['podinfo-prod-2', 'podinfo-prod-3']);
    expect(await w.files()).toEqual(['v1 canary', 'v1 acme', 'v1 globex']);
    expect(w.states()).toEqual({
      'podinfo-prod-1': 'Healthy',
      'podinfo-prod-2': 'RolledBack',
      'podinfo-prod-3': 'RolledBack',
    });
    const message = w.git.commits.at(-1)?.message ?? '';
    expect(message).toContain('Gitopshq-Rollback-Of: podinfo-prod-2\nGitopshq-Rollback-Of: podinfo-prod-3\n');
    const commits = w.git.commits.length;
    expect((await w.run()).outcome).toBe('succeeded');
    expect(w.git.commits).toHaveLength(commits);
  });

  it('a tenant the target never deployed is refused', async () => {
    const w = world();
    const r = await w.run(['initech']);
    expect(r.outcome === 'failed' && r.error.message).toMatch(
      /deployed no manifests of podinfo for tenant initech/,
    );
  });
});

describe('releaseEditFiles', () => {
  it('a Kustomize workload: every kustomization name of its overlay, the overlays map first', () => {
    expect(releaseEditFiles('podinfo', WORKLOAD, 'prod', [])).toEqual([
      OVERLAY,
      'workloads/podinfo/overlays/production/kustomization.yml',
      'workloads/podinfo/overlays/production/Kustomization',
    ]);
    expect(
      releaseEditFiles('podinfo', 'source: {type: kustomize, overlay: "envs/{env}"}', 'dev', [])[0],
    ).toBe('workloads/podinfo/envs/dev/kustomization.yaml');
  });

  it('an overlay outside the repository: nothing to restore', () => {
    expect(releaseEditFiles('x', 'source: {type: kustomize, overlay: "../../../{env}"}', 'dev', [])).toEqual(
      [],
    );
  });

  it('a values workload (or an unreadable workload.yaml): the environment and tenant layers', () => {
    const layers = ['workloads/api/values/dev.yaml', 'workloads/api/values/dev/acme.yaml'];
    expect(releaseEditFiles('api', 'source: {type: helm, chart: x}', 'dev', ['acme'])).toEqual(layers);
    expect(releaseEditFiles('api', 'source: [unclosed', 'dev', ['acme'])).toEqual(layers);
    expect(releaseEditFiles('api', undefined, 'dev', ['acme'])).toEqual(layers);
  });
});
