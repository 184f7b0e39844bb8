// The approve-gate use case with in-memory ports: GitHub as lists of reviews, commits and team members, the checkout
// as two repository snapshots (base and head), the record store as a map that obeys the lifecycle. The same step
// through the real bundle, git and the GitHub simulator is test/e2e/approve-gate.test.ts.
import { describe, expect, it } from 'vitest';
import { lifecycleBypass, transition } from '../../../src/domain/lifecycle.js';
import type { ReleaseRecord, ReleaseState } from '../../../src/domain/model.js';
import type { RepoSnapshot } from '../../../src/domain/repo-snapshot.js';
import {
  type CommitStatus,
  type CommitStatusInput,
  type CommitSummary,
  type PullRequest,
  type RefActivity,
  type RepositoryPermission,
  type Review,
  TeamMembershipUnreadableError,
} from '../../../src/github/port.js';
import { type ConfigFile, withConfigDefaults } from '../../../src/state/defaults.js';
import type { ReleasePatch } from '../../../src/state/record-store.js';
import type { RefSnapshots } from '../../../src/state/ref-snapshots.js';
import { type ApproveGatePorts, approveGate, runGate } from '../../../src/usecases/approve-gate.js';
import type { Checkout } from '../../../src/usecases/deps.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { inferRelease } from '../../../src/usecases/register-release.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const OLD_HEAD = 'a'.repeat(40);
const NOW = new Date('2026-11-25T12:00:00Z'); // a Wednesday
const clock = { now: () => NOW };

type FileConfig = ConfigFile;

const PROD_POLICY = {
  required: 2,
  teams: ['sre'],
  allowSelfApproval: false,
  dismissStaleApprovals: true,
};

function config(prod: Record<string, unknown> = PROD_POLICY, freezes: unknown[] = []): FileConfig {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Config',
    environments: [
      { name: 'dev', approvals: { required: 0 } },
      { name: 'prod', approvals: prod },
    ],
    freezes,
  } as unknown as FileConfig;
}

function snapshot(file: FileConfig, prodTag = '2.4.0'): RepoSnapshot {
  return {
    root: '/nowhere',
    config: withConfigDefaults(file),
    workloads: new Map([
      [
        'payment-api',
        {
          // Rendered from templates inside its folder: a file outside workloads/ is read by no render.
          config: {
            name: 'payment-api',
            source: { type: 'template', path: 'templates' },
            environments: ['dev', 'prod'],
            tenants: [],
          } as never,
          dir: '/nowhere/workloads/payment-api',
          values: { base: { replicas: 2 }, environments: { prod: { image: { tag: prodTag } } }, tenants: {} },
        },
      ],
    ]),
  };
}

class MemoryCheckout implements Checkout {
  readonly where = 'gitops/';
  constructor(
    private base: RepoSnapshot,
    private head: RepoSnapshot,
  ) {}
  async ensureCommits() {
    return { missing: [] };
  }
  async mergeBase() {
    return BASE;
  }
  /** The PR's files as git diffs them: a function of the two commits, so read once per pair (GitHub's list may be
   * changed by a test after that, to show what is read again and what is not). */
  private readonly diffs = new Map<string, string[]>();
  diffSource: () => string[] = () => [];
  async changedFiles(base: string, head: string) {
    const key = `${base}...${head}`;
    const files = this.diffs.get(key) ?? [...this.diffSource()];
    this.diffs.set(key, files);
    return { prefix: '', files };
  }
  async firstChangedLines() {
    return new Map<string, number>();
  }
  async snapshots<T>(base: string, head: string, fn: (s: RefSnapshots) => Promise<T>): Promise<T> {
    return fn({ base, head, changed: [], baseSnap: this.base, headSnap: this.head });
  }
}

class MemoryGitHub implements Partial<ApproveGatePorts['github']> {
  readonly repository = { owner: 'acme', repo: 'gitops' };
  pr: PullRequest = {
    number: 7,
    url: 'https://github.com/acme/gitops/pull/7',
    title: 'payment-api: bump image.tag to 2.5.0',
    body: '',
    state: 'open',
    draft: false,
    merged: false,
    mergeable: null,
    head: { ref: 'release/payment-api-prod', sha: HEAD },
    base: { ref: 'main', sha: BASE },
    author: 'dev-alice',
    labels: [],
    mergeCommitSha: null,
    mergedAt: null,
    createdAt: '2026-11-24T10:00:00Z',
  };
  files = ['workloads/payment-api/values/prod.yaml'];
  reviews: Review[] = [];
  commits: CommitSummary[] = [
    {
      sha: HEAD,
      message: 'bump',
      author: 'dev-alice',
      authorName: 'Alice',
      date: '',
      committer: 'dev-alice',
    },
  ];
  teams: Record<string, string[] | 'forbidden'> = { sre: ['sre-dave'], platform: ['rev-bob', 'rev-carol'] };
  readonly statuses: ({ sha: string } & CommitStatusInput)[] = [];
  calls = 0;
  async getPullRequest() {
    this.calls++;
    return this.pr;
  }
  async listPullRequestFiles() {
    this.calls++;
    return this.files.map((filename) => ({
      filename,
      status: 'modified' as const,
      additions: 1,
      deletions: 1,
    }));
  }
  async listPullRequestCommits() {
    this.calls++;
    return this.commits;
  }
  /** GitHub's record of pushes to the head branch; none listed: the gate adds the commits' logins (pushers.test.ts). */
  activities: RefActivity[] = [];
  activityReads = 0;
  async listBranchActivity() {
    this.calls++;
    this.activityReads++;
    return this.activities;
  }
  async listReviews() {
    this.calls++;
    return this.reviews;
  }
  async getRepositoryPermission(login: string): Promise<RepositoryPermission> {
    this.calls++;
    return login === 'reader-rita' ? 'read' : 'write';
  }
  async isTeamMember(org: string, team: string, login: string) {
    this.calls++;
    const members = this.teams[team];
    if (members === 'forbidden') throw new TeamMembershipUnreadableError(org, team, 'GET membership');
    return members?.includes(login) ?? false;
  }
  async getCodeowners() {
    this.calls++;
    return undefined;
  }
  async createCommitStatus(sha: string, status: CommitStatusInput): Promise<CommitStatus> {
    this.calls++;
    this.statuses.push({ sha, ...status });
    return { ...status, description: status.description ?? null, targetUrl: null };
  }
  async getCombinedStatus(sha: string) {
    this.calls++;
    const statuses = this.statuses
      .filter((s) => s.sha === sha)
      .reverse()
      .map((s) => ({
        state: s.state,
        context: s.context,
        description: s.description ?? null,
        targetUrl: null,
      }));
    return { state: 'pending' as const, sha, statuses };
  }
  review(reviewer: string, state: Review['state'], body = 'ok', commitId = HEAD) {
    this.reviews.push({
      id: this.reviews.length + 1,
      reviewer,
      state,
      commitId,
      submittedAt: new Date(NOW.getTime() - 60_000 + this.reviews.length * 1000).toISOString(),
      body,
    });
  }
}

/** The state branch as a map; every write is checked by the same lifecycle rule as the real store. */
class MemoryStore {
  readonly branch = 'gitopshq/state';
  readonly records = new Map<string, ReleaseRecord>();
  writes = 0;
  async listReleases() {
    return [...this.records.values()].map((r) => structuredClone(r));
  }
  async getRelease(id: string) {
    return structuredClone(this.records.get(id));
  }
  private put(before: ReleaseRecord | undefined, after: ReleaseRecord, to?: ReleaseState) {
    const bypass = lifecycleBypass(before, after, to);
    if (bypass) throw new Error(bypass);
    if (JSON.stringify(before) === JSON.stringify(after)) return after;
    this.records.set(after.id, structuredClone(after));
    this.writes++;
    return after;
  }
  async createRelease(r: ReleaseRecord) {
    if (this.records.has(r.id)) throw new Error('exists');
    return this.put(undefined, r);
  }
  async updateRelease(id: string, mutate: (r: ReleaseRecord) => ReleaseRecord) {
    const before = this.records.get(id);
    if (!before) throw new Error('not found');
    return this.put(before, mutate(structuredClone(before)));
  }
  async transitionRelease(
    id: string,
    to: ReleaseState,
    opts: { actor: string; note?: string; patch?: ReleasePatch },
  ) {
    const before = this.records.get(id);
    if (!before) throw new Error('not found');
    const moved = transition(structuredClone(before), to, opts.actor, opts.note, NOW);
    const after = typeof opts.patch === 'function' ? opts.patch(moved) : { ...moved, ...opts.patch };
    return this.put(before, after, to);
  }
}

function release(state: ReleaseState = 'PendingApproval'): ReleaseRecord {
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: 'payment-api-prod-20261124-a1b2c3',
    workload: 'payment-api',
    environment: 'prod',
    tenants: [],
    title: 'payment-api: bump image.tag to 2.5.0',
    author: 'dev-alice',
    createdAt: '2026-11-24T10:00:00Z',
    state,
    history: [{ state, at: '2026-11-24T10:00:00Z', actor: 'gitopshq-bot' }],
    changes: { updates: [{ path: 'image.tag', value: '2.5.0' }] },
    pullRequest: {
      number: 7,
      url: 'https://github.com/acme/gitops/pull/7',
      branch: 'release/payment-api-prod',
    },
    approvals: [],
  };
}

function setup(
  opts: { base?: FileConfig; head?: FileConfig; record?: ReleaseRecord | null; headTag?: string } = {},
) {
  const github = new MemoryGitHub();
  const store = new MemoryStore();
  const rec = opts.record === undefined ? release() : opts.record;
  if (rec) store.records.set(rec.id, rec);
  const checkout = new MemoryCheckout(
    snapshot(opts.base ?? config()),
    snapshot(opts.head ?? config(), opts.headTag ?? '2.5.0'),
  );
  checkout.diffSource = () => github.files;
  const ports = {
    github: github as unknown as ApproveGatePorts['github'],
    checkout,
    store,
    log: silentLogger,
  };
  const run = (extra: { readOnly?: boolean; environment?: string; eventAction?: string } = {}) =>
    approveGate({ pullRequest: 7, actor: 'gitopshq-bot', ...extra }, ports, clock);
  const gate = (extra: { readOnly?: boolean; eventAction?: string; actor?: string } = {}) =>
    runGate({ pullRequest: 7, actor: 'gitopshq-bot', ...extra }, ports, clock);
  return { github, store, run, gate };
}

describe('approve-gate on a pull request that changes no workload (no release)', () => {
  it('docs only: success saying nothing deployable changed, no record, three GitHub calls', async () => {
    const { github, store, run } = setup({ record: null });
    github.files = ['README.md', 'docs/runbook.md'];
    const r = await run();
    expect(r.outcome).toBe('succeeded');
    expect(r.value).toMatchObject({
      change: 'nothing-deployable',
      approved: true,
      environment: '',
      missing: [],
    });
    expect(github.statuses).toEqual([
      {
        sha: HEAD,
        context: 'gitopshq/approval',
        state: 'success',
        description: 'no release: nothing deployable changed (no environment consumes these files)',
      },
    ]);
    expect(store.writes).toBe(0);
    // The pull request, the head's statuses, the status set: no reviews, commits or files read.
    expect(github.calls).toBe(3);
  });

  it("gitopshq.yaml lowering prod to 0 is judged by the base branch's prod policy; read-only sets nothing", async () => {
    const { github, store, run } = setup({ record: null, head: config({ required: 0 }) });
    github.files = ['gitopshq.yaml'];
    expect((await run({ readOnly: true })).value?.description).toBe(
      "policy change: prod's policy: needs 2 approvals, one from team sre (dev passes)",
    );
    expect(github.statuses).toEqual([]);
    const r = await run({ environment: 'dev' });
    expect(r.outcome).toBe('pending');
    expect(r.value).toMatchObject({ change: 'policy', approved: false });
    expect(r.value?.missing).toContainEqual({ rule: 'team', team: 'sre', environment: 'prod' });
    expect(github.statuses.map((s) => [s.state, s.description])).toEqual([
      ['pending', "policy change: prod's policy: needs 2 approvals, one from team sre (dev passes)"],
    ]);
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const passed = await run();
    expect(passed.value?.description).toBe('policy change: no release; passes the policies of dev and prod');
    expect(store.writes).toBe(0);
  });

  it('a prod freeze holds a fully approved policy change, naming the freeze', async () => {
    const freeze = {
      name: 'incident',
      environments: ['prod'],
      timezone: 'UTC',
      start: '2026-11-25T00:00Z',
      end: '2026-11-26T00:00Z',
      breakGlass: { allowed: false },
    };
    const { github, run } = setup({ record: null, base: config(PROD_POLICY, [freeze]) });
    github.files = ['.github/CODEOWNERS'];
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run();
    expect(r.outcome).toBe('pending');
    expect(r.value?.description).toBe(
      "policy change: prod's policy: frozen until Thu 00:00 UTC (incident); incident allows no break-glass (dev passes)",
    );
  });
});

describe('approve-gate on a prod release needing 2 approvals, one from team sre', () => {
  it("does not count the author's approval and says what is missing", async () => {
    const { github, run } = setup();
    github.review('dev-alice', 'APPROVED');
    const r = await run();
    expect(r.outcome).toBe('pending');
    expect(r.value?.approved).toBe(false);
    expect(r.value?.decision.ignored).toEqual([{ reviewer: 'dev-alice', why: 'author' }]);
    expect(r.value?.description).toBe('needs 2 approvals, one from team sre');
    expect(r.value?.missing).toEqual([
      { rule: 'approvals', required: 2, valid: 0, needed: 2 },
      { rule: 'team', team: 'sre' },
    ]);
    expect(github.statuses.at(-1)).toMatchObject({ context: 'gitopshq/approval', state: 'pending' });
  });

  it('keeps what it found missing on the record (for the dashboard), rewriting it only when it changes', async () => {
    const { github, store, run } = setup();
    // rev-bob approves; he is in team platform, not sre: the record alone could not tell the board that.
    github.review('rev-bob', 'APPROVED');
    await run();
    const rec = () => store.records.get(release().id);
    expect(rec()?.approvalMissing).toEqual(['1 more approval (of 2)', 'an approval from team sre']);
    expect(rec()?.state).toBe('PendingApproval');
    const writes = store.writes;
    await run();
    expect(store.writes).toBe(writes);
    github.review('sre-dave', 'APPROVED');
    await run();
    expect(rec()).toMatchObject({ state: 'Approved', approvalMissing: [] });
  });

  it('two valid approvals, one from sre, pass: the record moves to Approved with every approval and its comment', async () => {
    const { github, store, run } = setup();
    github.review('rev-bob', 'APPROVED', 'values look right');
    github.review('sre-dave', 'APPROVED', 'on call, go');
    const r = await run();
    expect(r.outcome).toBe('succeeded');
    expect(r.value).toMatchObject({
      approved: true,
      state: 'Approved',
      description: 'approved by rev-bob, sre-dave',
    });
    const rec = store.records.get(release().id);
    expect(rec?.state).toBe('Approved');
    expect(rec?.approvals.map((a) => [a.reviewer, a.comment])).toEqual([
      ['rev-bob', 'values look right'],
      ['sre-dave', 'on call, go'],
    ]);
    expect(github.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: 'approved by rev-bob, sre-dave',
    });

    // Re-run with nothing new: no record write, no second status.
    const writes = store.writes;
    const statuses = github.statuses.length;
    const again = await run();
    expect(again.value?.state).toBe('Approved');
    expect(again.value?.recordWrites).toBe(0);
    expect(store.writes).toBe(writes);
    expect(github.statuses).toHaveLength(statuses);
  });

  it('a new push makes earlier approvals stale: Approved goes back to PendingApproval', async () => {
    const { github, store, run } = setup({ record: release('Approved') });
    github.review('rev-bob', 'APPROVED', 'ok', OLD_HEAD);
    github.review('sre-dave', 'APPROVED', 'ok', OLD_HEAD);
    const r = await run();
    expect(r.value?.decision.counted).toEqual([]);
    expect(r.value?.decision.ignored.map((i) => i.why)).toEqual(['stale', 'stale']);
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
    expect(store.records.get(release().id)?.history.at(-1)?.note).toMatch(
      /^approval no longer holds: needs 2/,
    );
  });

  it('CHANGES_REQUESTED blocks even with enough approvals', async () => {
    const { github, run } = setup();
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    github.review('rev-carol', 'CHANGES_REQUESTED', 'wrong tag');
    const r = await run();
    expect(r.value?.approved).toBe(false);
    expect(r.value?.description).toBe('changes requested by rev-carol');
  });

  it('an approval from someone who pushed to the PR does not count', async () => {
    const { github, run } = setup();
    github.commits.push({
      sha: HEAD,
      message: 'fix',
      author: 'rev-bob',
      authorName: 'Bob',
      date: '',
      committer: 'rev-bob',
    });
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run();
    expect(r.value?.decision.ignored).toEqual([{ reviewer: 'rev-bob', why: 'pusher' }]);
    expect(r.value?.approved).toBe(false);
  });

  it('asks who pushed only when there is an approval to judge (it only ever discounts one)', async () => {
    const { github, run } = setup();
    github.review('rev-carol', 'CHANGES_REQUESTED');
    await run();
    expect(github.activityReads).toBe(0);
    github.review('rev-bob', 'APPROVED');
    await run();
    expect(github.activityReads).toBe(1);
  });

  it('reads the policy from the base branch: a PR lowering prod to 0 approvals in its own gitopshq.yaml still needs 2', async () => {
    const lowered = config({ required: 0 });
    const { github, run } = setup({ head: lowered });
    github.review('rev-bob', 'APPROVED');
    const r = await run();
    expect(r.value?.approved).toBe(false);
    expect(r.value?.description).toBe('needs 1 more approval from team sre');
  });

  it("a CODEOWNERS team spelled @acme/SRE is the policy's sre: its member's approval counts for both", async () => {
    const { github, run } = setup({ base: config({ ...PROD_POLICY, codeowners: true }) });
    github.getCodeowners = async () => ({ path: '.github/CODEOWNERS', content: '* @acme/SRE\n' }) as never;
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run();
    expect(r.value?.missing).toEqual([]);
    expect(r.value?.approved).toBe(true);
  });

  it('fails closed when the token cannot read team members', async () => {
    const { github, run } = setup();
    github.teams.sre = 'forbidden';
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run();
    expect(r.value?.approved).toBe(false);
    expect(r.value?.missing[0]).toEqual({ rule: 'team-members-unknown', team: 'sre', forbidden: true });
  });
});

describe('approve-gate during a freeze', () => {
  const freeze = {
    name: 'change-freeze',
    environments: ['prod'],
    timezone: 'Europe/Berlin',
    start: '2026-11-25T09:00',
    end: '2026-11-26T07:00',
    reason: 'quarter close',
    breakGlass: { allowed: true, label: 'break-glass', teams: ['sre'] },
  };

  it('blocks a fully approved PR and says until when', async () => {
    const { github, store, run } = setup({ base: config(PROD_POLICY, [freeze]) });
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run();
    expect(r.value?.approved).toBe(false);
    expect(r.value?.description).toBe(
      'frozen until Thu 07:00 Europe/Berlin (change-freeze); break-glass needs label break-glass',
    );
    expect(r.value?.missing).toContainEqual({
      rule: 'freeze',
      freeze: 'change-freeze',
      until: '2026-11-26T06:00:00.000Z',
      untilLocal: 'Thu 07:00 Europe/Berlin',
    });
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
  });

  it('break-glass (label plus an sre approval) passes and records who, when and why', async () => {
    const { github, store, run } = setup({ base: config(PROD_POLICY, [freeze]) });
    github.pr = { ...github.pr, labels: ['break-glass'] };
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED', 'payment outage INC-42: this fix must ship now');
    const r = await run();
    expect(r.value?.approved).toBe(true);
    const rec = store.records.get(release().id);
    expect(rec?.state).toBe('Approved');
    expect(rec?.breakGlass).toEqual({
      actor: 'sre-dave',
      at: github.reviews[1]?.submittedAt,
      reason: 'payment outage INC-42: this fix must ship now',
      freezes: ['change-freeze'],
      occurrences: [
        { freeze: 'change-freeze', from: '2026-11-25T08:00:00.000Z', until: '2026-11-26T06:00:00.000Z' },
      ],
    });
    const writes = store.writes;
    await run();
    expect(store.writes).toBe(writes);
  });
});

describe("approve-gate judges a release by its own environment's policy", () => {
  it('refuses an environment input naming another environment: a usage error, no status, nothing written', async () => {
    for (const state of ['PendingApproval', 'Approved'] as const) {
      const { github, store, run } = setup({ record: release(state) });
      const before = structuredClone(store.records.get(release().id));
      for (const readOnly of [false, true]) {
        const r = await run({ environment: 'dev', readOnly });
        expect(r.outcome).toBe('failed');
        expect(r.outcome === 'failed' && r.error).toMatchObject({ kind: 'usage' });
        expect(r.outcome === 'failed' && r.error.message).toBe(
          `pull request #7 is release ${release().id} to environment 'prod', and the gate was asked to judge it as 'dev': a release is judged by its own environment's policy, so remove the environment input (or set it to 'prod')`,
        );
      }
      expect(github.statuses).toHaveLength(0);
      expect(store.writes).toBe(0);
      expect(store.records.get(release().id)).toEqual(before);
    }
  });

  it("an input naming the release's own environment is judged as before", async () => {
    const { github, run } = setup();
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const r = await run({ environment: 'prod' });
    expect(r.value).toMatchObject({ approved: true, environment: 'prod', state: 'Approved' });
  });

  it('a PR opened by hand changing prod is not registered as a dev release because the input says dev', async () => {
    const { github, store, run } = setup({ record: null });
    await expect(run({ environment: 'dev' })).rejects.toThrow(
      "this pull request changes payment-api in prod, not in 'dev': a release is judged by the policy of the environment it changes, so remove the environment input (or set it to 'prod')",
    );
    expect(store.records.size).toBe(0);
    expect(github.statuses).toHaveLength(0);
  });
});

describe('approve-gate on what a release pull request reaches beyond its layer', () => {
  it('a release that also changes .github/ is refused: read-only says so, the action fails the status and withdraws the approval', async () => {
    const { github, store, run } = setup({ record: release('Approved') });
    github.files = [...github.files, '.github/workflows/gitopshq-approve.yml'];
    const message = `pull request #7 is release ${release().id} and changes .github/workflows/gitopshq-approve.yml as well as workloads/payment-api/values/prod.yaml: policy changes (gitopshq.yaml, CODEOWNERS, .github/, clusters/) go in a pull request of their own, reviewed by their code owners and judged by every environment's policy, because a release is judged and deployed by the policy on the base branch; split it, and merge the policy change first`;
    const dry = await run({ readOnly: true });
    expect(dry.outcome === 'failed' && dry.error).toMatchObject({ kind: 'usage', message });
    expect(github.statuses).toHaveLength(0);
    expect(store.writes).toBe(0);
    const r = await run();
    expect(r.outcome === 'failed' && r.error).toMatchObject({ kind: 'usage', message });
    expect(github.statuses).toEqual([
      expect.objectContaining({
        sha: HEAD,
        state: 'failure',
        description:
          'changes .github/workflows/gitopshq-approve.yml as well as workloads: policy changes need a pull request of their own; split it',
      }),
    ]);
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
    expect(store.writes).toBe(1);
  });

  it('a registered release whose PR now also changes another workload is refused', async () => {
    const { github, store, run } = setup({ record: release('Approved') });
    github.files = [...github.files, 'workloads/checkout-web/values/dev.yaml'];
    const r = await run();
    expect(r.outcome === 'failed' && r.error.message).toBe(
      `pull request #7 is release ${release().id} of payment-api, and it also changes checkout-web: a release is one workload, so keep this pull request to payment-api and open another for the rest`,
    );
    expect(github.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
  });

  it("a dev release that changes the base values is judged by prod's policy too, and recorded as affecting both", async () => {
    const dev = { ...release(), environment: 'dev' };
    const { github, store, run } = setup({ record: dev });
    github.files = ['workloads/payment-api/values/dev.yaml', 'workloads/payment-api/values.yaml'];
    const first = await run();
    expect(first.value).toMatchObject({
      approved: false,
      environment: 'dev',
      description: "prod's policy: needs 2 approvals, one from team sre (dev passes)",
      environments: [
        { environment: 'dev', approved: true },
        { environment: 'prod', approved: false },
      ],
    });
    expect(store.records.get(dev.id)).toMatchObject({ state: 'PendingApproval', affects: ['dev', 'prod'] });
    github.review('rev-bob', 'APPROVED');
    github.review('sre-dave', 'APPROVED');
    const all = await run();
    expect(all.value).toMatchObject({ approved: true, state: 'Approved' });
    expect(github.statuses.at(-1)).toMatchObject({
      state: 'success',
      description: 'passes the policies of dev and prod (it changes a layer they share)',
    });
  });
});

describe('approve-gate on a push to the release pull request', () => {
  it('a push setting image.tag 2.5.1: the change set and generated title follow, in the same write that makes approvals stale', async () => {
    const { github, store, run } = setup({ record: release('Approved'), headTag: '2.5.1' });
    github.review('rev-bob', 'APPROVED', 'ok', OLD_HEAD);
    github.review('sre-dave', 'APPROVED', 'ok', OLD_HEAD);
    const r = await run({ eventAction: 'synchronize' });
    expect(r.value).toMatchObject({ approved: false, state: 'PendingApproval', recordWrites: 1 });
    const rec = store.records.get(release().id);
    expect(rec?.changes.updates).toEqual([{ path: 'image.tag', value: '2.5.1' }]);
    expect(rec?.title).toBe('payment-api: bump image.tag to 2.5.1');
    // The record keeps the commit it read the change set from as a field; the notes stay a person's.
    expect(rec?.changeSetCommit).toBe(HEAD);
    expect(rec?.notes).toBeUndefined();
    expect(rec?.history.at(-1)?.note).toMatch(
      new RegExp(`^approval no longer holds: .*; change set updated from commit ${HEAD}: image.tag=2.5.1$`),
    );
    expect(store.writes).toBe(1);
    // The next run on the same head reads nothing again and writes nothing.
    await run();
    expect(store.writes).toBe(1);
  });

  it('a push that changes no value (same tag) leaves the change set as it was, read at the new head', async () => {
    const { store, run } = setup();
    await run({ eventAction: 'synchronize' });
    const rec = store.records.get(release().id);
    expect(rec?.changes).toEqual(release().changes);
    expect(rec?.changeSetCommit).toBe(HEAD);
    expect(rec?.notes).toBeUndefined();
    expect(rec?.history).toEqual(release().history);
  });

  it('a record that read its change set at an older head: any event re-reads it (a dropped push run)', async () => {
    const record = { ...release('Approved'), changeSetCommit: OLD_HEAD };
    const { github, store, run } = setup({ record, headTag: '2.5.1' });
    github.review('rev-bob', 'APPROVED', 'ok', OLD_HEAD);
    github.review('sre-dave', 'APPROVED', 'ok', OLD_HEAD);
    const r = await run({ eventAction: 'submitted' });
    expect(r.value).toMatchObject({ approved: false, state: 'PendingApproval', recordWrites: 1 });
    const rec = store.records.get(release().id);
    expect(rec?.changes.updates).toEqual([{ path: 'image.tag', value: '2.5.1' }]);
    expect(rec?.changeSetCommit).toBe(HEAD);
    // Read at the head already: a re-run on the push event does not read the files again (a dev file listed now
    // would be refused if it did), and writes nothing.
    github.files = [...github.files, 'workloads/payment-api/values/dev.yaml'];
    const again = await run({ eventAction: 'synchronize' });
    expect(again.outcome).toBe('pending');
    expect(store.writes).toBe(1);
  });

  it('a push that also changes dev is refused: a release changes one environment, no status is set', async () => {
    const { github, store, run } = setup({ headTag: '2.5.1', record: release('Approved') });
    github.files = ['workloads/payment-api/values/prod.yaml', 'workloads/payment-api/values/dev.yaml'];
    const r = await run({ eventAction: 'synchronize' });
    expect(r.outcome).toBe('failed');
    expect(r.outcome === 'failed' && r.error).toMatchObject({
      kind: 'usage',
      message: `pull request #7 is release ${release().id} (payment-api in prod), and it now changes environment dev: a release changes one environment's layer of one workload, so keep this pull request to payment-api in prod and open another for the rest`,
    });
    expect(github.statuses).toHaveLength(0);
    // The approval was for another change: the release goes back to Pending Approval, its change set kept.
    expect(store.writes).toBe(1);
    const rec = store.records.get(release().id);
    expect(rec?.state).toBe('PendingApproval');
    expect(rec?.changes).toEqual(release().changes);
    expect(rec?.history.at(-1)?.note).toMatch(/^approval no longer holds: pull request #7 is release /);
  });
});

describe('approve-gate on a pull request opened by hand', () => {
  it('registers it first, with the change set read from the values diff', async () => {
    const { github, store, run } = setup({ record: null });
    const r = await run();
    expect(r.value?.registered).toBe(true);
    const rec = store.records.get(r.value?.releaseId ?? '');
    expect(rec).toMatchObject({
      workload: 'payment-api',
      environment: 'prod',
      state: 'PendingApproval',
      author: 'dev-alice',
      changes: { updates: [{ path: 'image.tag', value: '2.5.0' }] },
      pullRequest: { number: 7, branch: 'release/payment-api-prod' },
    });
    expect(r.value?.releaseId).toMatch(/^payment-api-prod-20261124-[0-9a-f]{6}$/);
    // The second run finds the record: no second one.
    await run();
    expect(store.records.size).toBe(1);
    expect(github.statuses).toHaveLength(1);
  });

  it("records when the PR's change was first committed (its earliest commit), where lead time starts", async () => {
    const { github, store, run } = setup({ record: null });
    // Listed in push order; a rebased commit keeps its author date, so the earliest date wins, not the first row.
    github.commits = [
      {
        sha: 'a'.repeat(40),
        message: 'bump',
        author: 'dev-alice',
        authorName: 'A',
        date: '2026-11-24T09:40:00Z',
      },
      { sha: HEAD, message: 'fixup', author: 'dev-alice', authorName: 'A', date: '2026-11-24T09:15:00Z' },
    ];
    const r = await run();
    expect(store.records.get(r.value?.releaseId ?? '')?.firstCommitAt).toBe('2026-11-24T09:15:00.000Z');
  });

  it('read-only (gitopshq gate) writes neither a record nor a status', async () => {
    const { github, store, run } = setup({ record: null });
    const r = await run({ readOnly: true });
    expect(r.value?.environment).toBe('prod');
    expect(r.value?.releaseId).toBeUndefined();
    expect(store.records.size).toBe(0);
    expect(github.statuses).toHaveLength(0);
  });

  it('a change no environment owns (base values) is a release to the first environment, in promotion order', () => {
    const base = snapshot(config());
    expect(inferRelease(['workloads/payment-api/values.yaml'], base, base)).toMatchObject({
      environment: 'dev',
      environmentsNamed: [],
    });
    expect(inferRelease(['workloads/payment-api/values.yaml'], base, base, 'prod').environment).toBe('prod');
    expect(() =>
      inferRelease(['workloads/a/values/dev.yaml', 'workloads/b/values/dev.yaml'], base, base),
    ).toThrow(/a release is one workload/);
  });
});

describe('approve-gate on a pull request GitHub says is closed', () => {
  const closedPr = (merged: boolean) => ({
    state: 'closed' as const,
    merged,
    mergedAt: merged ? '2026-11-25T11:00:00Z' : null,
    mergeCommitSha: merged ? 'd'.repeat(40) : null,
  });

  it('closed without merging: the release is Cancelled by who closed it, with no status and no other GitHub call', async () => {
    const { github, store, gate } = setup({ record: release('Approved') });
    github.pr = { ...github.pr, ...closedPr(false) };
    const r = await gate({ eventAction: 'closed', actor: 'dev-alice' });
    expect(r.kind).toBe('closed');
    expect(r.kind === 'closed' && r.report).toMatchObject({
      verdict: 'cancel',
      cancelled: true,
      state: 'Cancelled',
      releaseId: release().id,
      recordWrites: 1,
    });
    expect(store.records.get(release().id)?.history.at(-1)).toEqual({
      state: 'Cancelled',
      at: NOW.toISOString(),
      actor: 'dev-alice',
      note: 'pull request #7 closed without merging',
    });
    expect(github.statuses).toEqual([]);
    expect(github.calls).toBe(1);
    // Again (a re-run of the job): nothing more is written.
    const writes = store.writes;
    const again = await gate({ eventAction: 'closed' });
    expect(again.kind === 'closed' && again.report).toMatchObject({ verdict: 'keep', cancelled: false });
    expect(store.writes).toBe(writes);
  });

  it('merged: the release is left to deploy, and the read-only gate says the PR is closed', async () => {
    const { github, store, gate, run } = setup({ record: release('Approved') });
    github.pr = { ...github.pr, ...closedPr(true) };
    const r = await gate({ eventAction: 'closed' });
    expect(r.kind === 'closed' && r.report).toMatchObject({
      verdict: 'merged',
      merged: true,
      state: 'Approved',
    });
    expect(store.writes).toBe(0);
    expect(github.statuses).toEqual([]);
    const cli = await run({ readOnly: true });
    expect(cli.outcome === 'failed' && cli.error).toMatchObject({
      kind: 'usage',
      message: expect.stringMatching(
        /^pull request #7 was merged: .*; a closed pull request has no approval gate$/,
      ),
    });
  });

  it('the read-only gate (gitopshq gate) on a closed unmerged PR says what approve-gate does, and writes nothing', async () => {
    const { github, store, run } = setup();
    github.pr = { ...github.pr, ...closedPr(false) };
    const r = await run({ readOnly: true });
    expect(r.outcome === 'failed' && r.error.message).toMatch(
      /approve-gate cancels release .*read-only, nothing written/,
    );
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
  });

  it('an event saying closed for a PR GitHub says is open is judged as open: nothing cancelled', async () => {
    const { github, store, gate } = setup();
    const r = await gate({ eventAction: 'closed' });
    expect(r.kind).toBe('gated');
    expect(store.records.get(release().id)?.state).toBe('PendingApproval');
    expect(github.statuses.at(-1)).toMatchObject({ state: 'pending' });
  });

  it('reopened after the cancel: the PR is registered again, as a new release with its own id', async () => {
    const { github, store, gate } = setup({ record: null });
    const first = await gate();
    const firstId = first.kind === 'gated' ? first.result.value?.releaseId : undefined;
    expect(firstId).toBeDefined();
    github.pr = { ...github.pr, ...closedPr(false) };
    await gate({ eventAction: 'closed' });
    expect(store.records.get(firstId ?? '')?.state).toBe('Cancelled');
    github.pr = { ...github.pr, state: 'open', merged: false, mergedAt: null, mergeCommitSha: null };
    const reopened = await gate({ eventAction: 'reopened' });
    const value = reopened.kind === 'gated' ? reopened.result.value : undefined;
    expect(value).toMatchObject({ registered: true, state: 'PendingApproval' });
    expect(value?.releaseId).not.toBe(firstId);
    expect(store.records.get(value?.releaseId ?? '')?.history).toEqual([
      expect.objectContaining({
        state: 'PendingApproval',
        note: `registered from pull request #7, reopened after release ${firstId} was cancelled`,
      }),
    ]);
    expect(store.records.get(firstId ?? '')?.state).toBe('Cancelled');
  });
});
