// The view of the simulator's state that route handlers share: accounts, associations, bare repositories, and a
// pull request as GitHub computes it on read (head and base from the refs, mergeability, counts).
import { BareRepo } from './bare-repo.js';
import type { Account, PullView, Urls } from './factories.js';
import type { World } from './http.js';
import type { SimPull, SimRepo, SimStore } from './state.js';

export function createWorld(store: SimStore, urls: Urls, settings: { maxPerPage: number }): World {
  const bares = new Map<string, BareRepo>();
  const bareOf = (r: { owner: string; name: string }) => {
    const dir = store.bareDir(r);
    const b = bares.get(dir) ?? new BareRepo(dir);
    bares.set(dir, b);
    return b;
  };

  const account = (login: string): Account => {
    const u = store.user(login);
    if (u) return { id: u.id, login: u.login, type: u.type };
    const org = store.state.orgs[login];
    if (org) return { id: org.id, login: org.login, type: 'Organization' };
    return { id: 0, login: login || 'ghost', type: 'User' };
  };

  return {
    store,
    urls,
    get maxPerPage() {
      return settings.maxPerPage;
    },
    bare: bareOf,
    account,
    association: (repo, login) => {
      if (login === repo.owner) return 'OWNER';
      if (store.isOrg(repo.owner) && store.isOrgMember(repo.owner, login)) return 'MEMBER';
      return store.permission(repo, login) ? 'COLLABORATOR' : 'NONE';
    },
    pullView: async (repo: SimRepo, pull: SimPull, full: boolean): Promise<PullView> => {
      const git = bareOf(repo);
      const open = pull.state === 'open';
      const headSha = (open ? await git.branchSha(pull.head) : undefined) ?? pull.closedHeadSha ?? '';
      const baseSha = (open ? await git.branchSha(pull.base) : undefined) ?? pull.closedBaseSha ?? '';
      const view: PullView = {
        pull,
        headSha,
        baseSha,
        mergeable: null,
        commits: 0,
        additions: 0,
        deletions: 0,
        changedFiles: 0,
        comments: 0,
      };
      if (!full || !headSha || !baseSha) return view;
      if (open) view.mergeable = (await git.mergeTree(baseSha, headSha)) !== undefined;
      const from = (await git.mergeBase(baseSha, headSha)) ?? baseSha;
      const files = await git.changedFiles(baseSha, headSha);
      view.commits = (await git.commits(from, headSha)).length;
      view.changedFiles = files.length;
      view.additions = files.reduce((n, f) => n + f.additions, 0);
      view.deletions = files.reduce((n, f) => n + f.deletions, 0);
      view.comments = repo.comments.filter((c) => c.issueNumber === pull.number).length;
      return view;
    },
    save: () => store.save(),
  };
}
