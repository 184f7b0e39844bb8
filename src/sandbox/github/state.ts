// What the simulated GitHub remembers, as one JSON file next to the bare repositories, so `sandbox up --dir DIR`
// comes back with the same users, tokens, pull requests and reviews after a restart. Git data lives in the bare
// repositories only: PR head and base SHAs are read from their refs, never stored while the PR is open.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';
export const PERMISSION_ORDER: Permission[] = ['read', 'triage', 'write', 'maintain', 'admin'];

export function permits(have: Permission | undefined, need: Permission): boolean {
  return have !== undefined && PERMISSION_ORDER.indexOf(have) >= PERMISSION_ORDER.indexOf(need);
}

export interface SimUser {
  id: number;
  login: string;
  token: string;
  name: string;
  email: string;
  type: 'User' | 'Bot';
  /** Whether this user's token may read organization team memberships (GITHUB_TOKEN may not). */
  membersRead: boolean;
  createdAt: string;
}

export interface SimTeam {
  id: number;
  org: string;
  slug: string;
  name: string;
  members: string[];
}

export interface SimReview {
  id: number;
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body: string;
  commitId: string;
  submittedAt: string;
}

export interface SimPull {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: string;
  base: string;
  user: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** Head and base as they were when the PR was closed; while open they come from the refs. */
  closedHeadSha: string | null;
  closedBaseSha: string | null;
  reviews: SimReview[];
}

export interface SimComment {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface SimStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface SimDeploymentStatus {
  id: number;
  state: string;
  description: string;
  environmentUrl: string;
  logUrl: string;
  creator: string;
  createdAt: string;
}

export interface SimDeployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  creator: string;
  createdAt: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  /** What the client asked for, kept so tests can assert the actions always send them. */
  autoMerge: boolean;
  requiredContexts: string[] | null;
  statuses: SimDeploymentStatus[];
}

export interface SimLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface SimDispatch {
  kind: 'workflow' | 'repository';
  workflow?: string;
  ref?: string;
  inputs?: Record<string, unknown>;
  eventType?: string;
  clientPayload?: Record<string, unknown>;
  actor: string;
  at: string;
}

/** One row of the repository's activity (activity.ts): who moved a branch, from where to where. */
export interface SimActivity {
  id: number;
  type: 'push' | 'force_push' | 'branch_creation' | 'branch_deletion' | 'pr_merge' | 'merge_queue_merge';
  ref: string;
  before: string;
  after: string;
  actor: string;
  timestamp: string;
}

export interface SimRepo {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  description: string | null;
  createdAt: string;
  pushedAt: string;
  collaborators: Record<string, Permission>;
  /** Branch protection: contexts that must be success on the head before a PR into the branch merges. */
  protectedBranches: Record<string, { requiredContexts: string[] }>;
  nextNumber: number;
  pulls: SimPull[];
  comments: SimComment[];
  statuses: SimStatus[];
  deployments: SimDeployment[];
  labels: SimLabel[];
  dispatches: SimDispatch[];
  /** Oldest first; absent in a state file written before the simulator kept it. */
  activities?: SimActivity[];
}

export interface SimState {
  version: 1;
  nextId: number;
  users: Record<string, SimUser>;
  orgs: Record<string, { id: number; login: string; createdAt: string }>;
  teams: SimTeam[];
  repos: Record<string, SimRepo>;
}

export class SimStore {
  readonly state: SimState;
  private readonly file: string;

  constructor(readonly dir: string) {
    mkdirSync(join(dir, 'git'), { recursive: true });
    this.file = join(dir, 'github-state.json');
    this.state = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as SimState)
      : { version: 1, nextId: 1000, users: {}, orgs: {}, teams: [], repos: {} };
  }

  save(): void {
    // Write-then-rename: a crash mid-write leaves the previous state, never half a file.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.state, null, 1)}\n`);
    renameSync(tmp, this.file);
  }

  nextId(): number {
    this.state.nextId += 1;
    return this.state.nextId;
  }

  userByToken(token: string): SimUser | undefined {
    return Object.values(this.state.users).find((u) => u.token === token);
  }

  user(login: string): SimUser | undefined {
    const lower = login.toLowerCase();
    return Object.values(this.state.users).find((u) => u.login.toLowerCase() === lower);
  }

  repo(owner: string, name: string): SimRepo | undefined {
    const lower = `${owner}/${name}`.toLowerCase();
    return Object.values(this.state.repos).find((r) => `${r.owner}/${r.name}`.toLowerCase() === lower);
  }

  bareDir(repo: { owner: string; name: string }): string {
    return join(this.dir, 'git', repo.owner, `${repo.name}.git`);
  }

  isOrg(login: string): boolean {
    return Object.hasOwn(this.state.orgs, login);
  }

  team(org: string, slug: string): SimTeam | undefined {
    return this.state.teams.find(
      (t) => t.org.toLowerCase() === org.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase(),
    );
  }

  /** An organization's members: everyone in one of its teams, or with access to one of its repositories. */
  isOrgMember(org: string, login: string): boolean {
    const lower = login.toLowerCase();
    return (
      this.state.teams.some((t) => t.org === org && t.members.some((m) => m.toLowerCase() === lower)) ||
      Object.values(this.state.repos).some(
        (r) => r.owner === org && Object.keys(r.collaborators).some((c) => c.toLowerCase() === lower),
      )
    );
  }

  permission(repo: SimRepo, login: string): Permission | undefined {
    const entry = Object.entries(repo.collaborators).find(([l]) => l.toLowerCase() === login.toLowerCase());
    return entry?.[1];
  }
}
