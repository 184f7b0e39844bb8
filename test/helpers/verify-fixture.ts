// In-memory ports for verify-health's unit tests: a record store that applies the real lifecycle, deploy branches
// holding real manifests text, a GitHub fake with deployments, issues and pull requests, and the fake cluster.
import { stringify } from 'yaml';
import { transition } from '../../src/domain/lifecycle.js';
import type { PromotionRecord, PromotionState, ReleaseRecord, ReleaseState } from '../../src/domain/model.js';
import { transitionPromotion } from '../../src/domain/promotion-lifecycle.js';
import type {
  Deployment,
  DeploymentInput,
  DeploymentStatusInput,
  Issue,
  PullRequest,
} from '../../src/github/port.js';
import type { KubeObject } from '../../src/kube/port.js';
import type { DeployBranches, DeployFile } from '../../src/state/deploy-branch.js';
import { RELEASE_ANNOTATION } from '../../src/usecases/deploy.js';
import type { RecordStorePort } from '../../src/usecases/deps.js';
import type { VerifyGitHub } from '../../src/usecases/verify-health.js';

export const NOW = new Date('2026-11-30T10:00:00Z');
export const OLD_COMMIT = 'a'.repeat(40);
export const COMMIT = 'b'.repeat(40);
export const OLD_ID = 'web-dev-20261129-aaaaaa';
export const ID = 'web-dev-20261130-bbbbbb';

export function release(id: string, state: ReleaseState, extra: Partial<ReleaseRecord> = {}): ReleaseRecord {
  const path: ReleaseState[] = ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy'];
  const upTo = path.slice(0, path.indexOf(state) + 1);
  const day = id === OLD_ID ? '29' : '30';
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload: 'web',
    environment: 'dev',
    tenants: [],
    title: `web: ${id}`,
    author: 'dev-alice',
    createdAt: `2026-11-${day}T09:00:00Z`,
    state,
    history: upTo.map((s, i) => ({ state: s, at: `2026-11-${day}T09:0${i}:00.000Z`, actor: 'x' })),
    changes: { updates: [{ path: 'image.tag', value: id }] },
    approvals: [],
    deploy: { commit: id === OLD_ID ? OLD_COMMIT : COMMIT, deploymentId: 7, branch: 'gitopshq/deploy/dev' },
    ...extra,
  };
}

export class MemoryStore {
  readonly branch = 'gitopshq/state';
  readonly writes: string[] = [];
  constructor(public records: ReleaseRecord[]) {}
  get(id: string): ReleaseRecord {
    const r = this.records.find((x) => x.id === id);
    if (!r) throw new Error(`no ${id}`);
    return r;
  }
  async listReleases() {
    return this.records;
  }
  async getRelease(id: string) {
    return this.records.find((r) => r.id === id);
  }
  async transitionRelease(
    id: string,
    to: ReleaseState,
    opts: { actor: string; note?: string; patch?: Partial<ReleaseRecord> },
  ) {
    const moved = { ...transition(this.get(id), to, opts.actor, opts.note, NOW), ...(opts.patch ?? {}) };
    this.records = this.records.map((r) => (r.id === id ? moved : r));
    this.writes.push(`${id} -> ${to}`);
    return moved;
  }
  async updateRelease(id: string, mutate: (r: ReleaseRecord) => ReleaseRecord | Promise<ReleaseRecord>) {
    const next = await mutate(this.get(id));
    if (next.state !== this.get(id).state) throw new Error('updateRelease may not change the state');
    this.records = this.records.map((r) => (r.id === id ? next : r));
    this.writes.push(`${id} updated`);
    return next;
  }
  promotions: PromotionRecord[] = [];
  async getPromotion(id: string) {
    return this.promotions.find((p) => p.id === id);
  }
  async transitionPromotion(
    id: string,
    to: PromotionState,
    opts: { actor: string; note?: string; at?: Date },
  ) {
    const current = this.promotions.find((p) => p.id === id);
    if (!current) throw new Error(`no promotion ${id}`);
    const moved = transitionPromotion(current, to, opts.actor, opts.note, opts.at ?? NOW);
    this.promotions = this.promotions.map((p) => (p.id === id ? moved : p));
    this.writes.push(`promotion ${id} -> ${to}`);
    return moved;
  }
  asPort(): RecordStorePort {
    return this as unknown as RecordStorePort;
  }
}

export class MemoryBranches implements DeployBranches {
  commits: { branch: string; sha: string; message: string; files: Map<string, string> }[] = [];
  seed(sha: string, files: Record<string, string>, branch = 'gitopshq/deploy/dev'): void {
    this.commits.push({ branch, sha, message: `seed ${sha}`, files: new Map(Object.entries(files)) });
  }
  async findCommit(branch: string, key: string, value: string) {
    return this.commits.filter((c) => c.branch === branch && c.message.includes(`${key}: ${value}\n`)).at(-1)
      ?.sha;
  }
  async readFiles(commit: string, paths: readonly string[]) {
    const c = this.commits.find((x) => x.sha === commit);
    if (!c) throw new Error(`bad object ${commit}`);
    return paths.map((p) => c.files.get(p));
  }
  async list(commit: string) {
    return [...(this.commits.find((x) => x.sha === commit)?.files.keys() ?? [])];
  }
  async tip(branch: string) {
    return this.commits.filter((c) => c.branch === branch).at(-1)?.sha;
  }
  async write(branch: string, files: readonly DeployFile[], message: string) {
    const sha = String(this.commits.length + 1).padStart(40, 'c');
    const before = this.commits.filter((c) => c.branch === branch).at(-1)?.files ?? new Map<string, string>();
    const next = new Map(before);
    for (const f of files) next.set(f.path, f.content);
    this.commits.push({ branch, sha, message, files: next });
    return sha;
  }
}

export class MemoryGitHub implements VerifyGitHub {
  deploymentStatuses: { id: number; state: string; description?: string }[] = [];
  issues: Issue[] = [];
  issueCalls = { list: 0, create: 0, update: 0 };
  pulls: { head: string; title: string }[] = [];
  async findPullRequestForMergeCommit() {
    return undefined;
  }
  async getPullRequest(n: number): Promise<PullRequest> {
    return { number: n, merged: true, mergeCommitSha: 'm'.repeat(40) } as PullRequest;
  }
  async createDeployment(input: DeploymentInput): Promise<Deployment> {
    return {
      id: 99,
      ref: input.ref,
      sha: input.ref,
      environment: input.environment,
      task: 'deploy',
      description: null,
    };
  }
  async createDeploymentStatus(id: number, s: DeploymentStatusInput) {
    this.deploymentStatuses.push({
      id,
      state: s.state,
      ...(s.description ? { description: s.description } : {}),
    });
  }
  async listDeployments() {
    return [];
  }
  async createPullRequest(input: { head: string; title: string }): Promise<PullRequest> {
    this.pulls.push(input);
    return { number: 50 + this.pulls.length, url: `https://x/pull/${50 + this.pulls.length}` } as PullRequest;
  }
  async findOpenPullRequest() {
    return undefined;
  }
  async listIssues(filter: { labels: string[]; state: 'open' | 'closed' | 'all' }) {
    this.issueCalls.list++;
    return this.issues.filter(
      (i) =>
        (filter.state === 'all' || i.state === filter.state) &&
        filter.labels.every((l) => i.labels.includes(l)),
    );
  }
  async createIssue(input: { title: string; body: string; labels?: string[] }) {
    this.issueCalls.create++;
    const issue: Issue = {
      number: 100 + this.issues.length,
      url: `https://x/issues/${100 + this.issues.length}`,
      title: input.title,
      body: input.body,
      state: 'open',
      labels: input.labels ?? [],
    };
    this.issues.push(issue);
    return issue;
  }
  async updateIssue(n: number, changes: { title?: string; body?: string; state?: 'open' | 'closed' }) {
    this.issueCalls.update++;
    const i = this.issues.find((x) => x.number === n);
    if (!i) throw new Error('404');
    Object.assign(i, changes);
    return i;
  }
}

/** A Deployment as the rendered manifest says, with the release annotation deploy stamps. */
export function deploymentManifest(releaseId: string, replicas = 3): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', annotations: { [RELEASE_ANNOTATION]: releaseId } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'app', image: `registry.example/web:${releaseId}` }] },
      },
    },
  };
}

export function serviceManifest(releaseId: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'shop', annotations: { [RELEASE_ANNOTATION]: releaseId } },
    spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
  };
}

/** The live Deployment: what the API server adds (defaults, generation) and the rollout's status so far. */
export function liveDeployment(
  manifest: KubeObject,
  rollout: { generation: number; observed: number; ready: number; replicas?: number },
): KubeObject {
  const replicas = rollout.replicas ?? (manifest.spec?.replicas as number);
  const live = structuredClone(manifest);
  live.metadata.generation = rollout.generation;
  live.metadata.uid = 'uid-web';
  (live.spec as Record<string, unknown>).replicas = replicas;
  (live.spec as Record<string, unknown>).strategy = { type: 'RollingUpdate' };
  const done = rollout.observed >= rollout.generation && rollout.ready >= replicas;
  live.status = {
    observedGeneration: rollout.observed,
    replicas,
    updatedReplicas: rollout.ready,
    readyReplicas: rollout.ready,
    availableReplicas: rollout.ready,
    conditions: [
      { type: 'Available', status: done ? 'True' : 'False', reason: 'MinimumReplicasAvailable' },
      {
        type: 'Progressing',
        status: 'True',
        reason: done ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
      },
    ],
  };
  return live;
}

export function manifestsText(objects: KubeObject[]): string {
  return objects.map((o) => `---\n${stringify(o)}`).join('');
}

export const silent = {
  info: () => {},
  debug: () => {},
  warning: () => {},
  group: <T>(_t: string, fn: () => Promise<T>) => fn(),
};
