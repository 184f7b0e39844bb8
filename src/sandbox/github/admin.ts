// Setting up the simulated GitHub: users with tokens, organizations and teams, repositories backed by bare git
// repositories. Idempotent by name, so `sandbox up` on an existing --dir finds everything (and every token) again.
import { randomBytes } from 'node:crypto';
import { Git } from '../../git/git.js';
import type { Permission, SimRepo, SimStore, SimTeam, SimUser } from './state.js';

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface NewUser {
  login: string;
  token?: string;
  type?: 'User' | 'Bot';
  name?: string;
  email?: string;
  /** Whether the token may read organization team memberships (default true; GITHUB_TOKEN may not). */
  membersRead?: boolean;
}

export interface NewRepo {
  owner: string;
  name: string;
  private?: boolean;
  defaultBranch?: string;
  collaborators?: Record<string, Permission>;
  /** A local repository whose branches become the new repository's. */
  seedFrom?: string;
  protectedBranches?: Record<string, { requiredContexts: string[] }>;
}

function ensureOrg(store: SimStore, login: string): void {
  if (!store.state.orgs[login]) store.state.orgs[login] = { id: store.nextId(), login, createdAt: now() };
}

export function addUser(store: SimStore, u: NewUser): SimUser {
  const existing = store.user(u.login);
  if (existing) return existing;
  const user: SimUser = {
    id: store.nextId(),
    login: u.login,
    token: u.token ?? `ghs_${randomBytes(18).toString('hex')}`,
    name: u.name ?? u.login,
    email: u.email ?? `${u.login}@users.noreply.sandbox`,
    type: u.type ?? 'User',
    membersRead: u.membersRead ?? true,
    createdAt: now(),
  };
  store.state.users[user.login] = user;
  store.save();
  return user;
}

export function addTeam(
  store: SimStore,
  t: { org: string; slug: string; name?: string; members: string[] },
): SimTeam {
  ensureOrg(store, t.org);
  let team = store.team(t.org, t.slug);
  if (!team) {
    team = { id: store.nextId(), org: t.org, slug: t.slug, name: t.name ?? t.slug, members: [] };
    store.state.teams.push(team);
  }
  team.members = [...new Set([...team.members, ...t.members])];
  store.save();
  return team;
}

export async function createRepo(store: SimStore, r: NewRepo): Promise<SimRepo> {
  const existing = store.repo(r.owner, r.name);
  if (existing) return existing;
  if (!store.user(r.owner)) ensureOrg(store, r.owner);
  const t = now();
  const repo: SimRepo = {
    id: store.nextId(),
    owner: r.owner,
    name: r.name,
    private: r.private ?? true,
    defaultBranch: r.defaultBranch ?? 'main',
    description: null,
    createdAt: t,
    pushedAt: t,
    collaborators: { ...r.collaborators },
    protectedBranches: { ...r.protectedBranches },
    nextNumber: 1,
    pulls: [],
    comments: [],
    statuses: [],
    deployments: [],
    labels: [],
    dispatches: [],
  };
  const bare = store.bareDir(repo);
  await new Git(store.dir).exec(['init', '-q', '--bare', `--initial-branch=${repo.defaultBranch}`, bare]);
  if (r.seedFrom) {
    const push = await new Git(r.seedFrom).push(bare, ['refs/heads/*:refs/heads/*']);
    if (push.exitCode !== 0) throw new Error(`seeding ${r.owner}/${r.name} failed: ${push.stderr}`);
  }
  store.state.repos[`${repo.owner}/${repo.name}`] = repo;
  store.save();
  return repo;
}

/**
 * A person marks a pull request ready for review (`draft: false`) or converts it to a draft (`draft: true`) in the
 * web UI. GitHub does this through GraphQL (markPullRequestReadyForReview, convertPullRequestToDraft), which is
 * outside the REST description the simulator serves, so tests reach it here.
 */
export function setPullRequestDraft(
  store: SimStore,
  p: { owner: string; repo: string; number: number; draft: boolean },
): void {
  const pull = store.repo(p.owner, p.repo)?.pulls.find((x) => x.number === p.number);
  if (!pull) throw new Error(`no pull request ${p.owner}/${p.repo}#${p.number}`);
  if (pull.state !== 'open') throw new Error(`pull request #${p.number} is closed`);
  pull.draft = p.draft;
  pull.updatedAt = now();
  store.save();
}
