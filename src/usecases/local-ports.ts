// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port comes from the caller; the record store from local-store.ts,
// re-exported here for the callers that take both.
import { UserError } from '../domain/errors.js';
import { parseCommitObject } from '../domain/merge-commit.js';
import { githubRepoFromRemote, type RemoteRepo } from '../domain/remote-url.js';
import { Git } from '../git/git.js';
import { diffSnapshots } from '../render/diff-snapshots.js';
import type { IsolationOptions } from '../render/isolation.js';
import { createKubeSchemaValidator } from '../render/kube-schema.js';
import { renderTargets } from '../render/planner.js';
import { workloadTargets } from '../render/targets.js';
import { type DeployBranches, GitDeployBranches } from '../state/deploy-branch.js';
import { GitCheckout, withRefSnapshots } from '../state/ref-snapshots.js';
import { gitReleaseBranches, type ReleaseBranches } from '../state/release-branch.js';
import type { ReleaseSource } from './deploy.js';
import type { Ports, Renderer } from './deps.js';

export { localReadingStore, localRecordStore, originRemote } from './local-store.js';

/**
 * `isolation`: render in the isolated renderer (docs/architecture.md#untrusted-input), for a pull request's
 * input; omitted: in this process, for trusted input (main, a developer's own checkout).
 */
export function localRenderer(opts: { isolation?: IsolationOptions } = {}): Renderer {
  const kubeSchema = createKubeSchemaValidator();
  const isolation = opts.isolation ? { isolation: opts.isolation } : {};
  return {
    diffSnapshots: (base, head, changed) => diffSnapshots(base, head, changed, { kubeSchema, ...isolation }),
  };
}

/**
 * `token`: fetches authenticate with it (through git's environment); `where`: how messages name the checkout;
 * `isolation`: see localRenderer.
 */
export function localPorts(
  dir: string,
  opts: { token?: string; where?: string; isolation?: IsolationOptions } = {},
): Pick<Ports, 'checkout' | 'renderer'> {
  const { isolation, ...checkout } = opts;
  return {
    checkout: new GitCheckout(dir, checkout),
    renderer: localRenderer(isolation ? { isolation } : {}),
  };
}

/** The repository at a commit, loaded from a temporary worktree of the checkout at `dir`, rendered for real. */
export function localReleaseSource(dir: string): ReleaseSource {
  const kubeSchema = createKubeSchemaValidator();
  return {
    // The raw object, not `git log`: a shallow checkout (actions/checkout's default) hides a commit's parents from
    // log but keeps them in the object.
    commit: async (sha) => {
      if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha)) return undefined;
      const r = await new Git(dir).exec(['cat-file', 'commit', sha], { allowFail: true });
      return r.exitCode === 0 ? parseCommitObject(r.stdout) : undefined;
    },
    // The policy from `policyRef` (the base the gate judged by), everything rendered from `ref` (the release).
    open: (ref, policyRef, fn) =>
      withRefSnapshots(dir, policyRef, ref, ({ baseSnap: policy, headSnap: snap }) => {
        if (policy === undefined) {
          throw new UserError(
            `gitopshq.yaml at ${policyRef.slice(0, 7)} (the base the release merged onto, whose policy its gate judged by) does not load: run gitopshq validate there`,
            [],
            'usage',
          );
        }
        return fn({
          freezes: policy.config.freezes,
          deployBranch: (env) => policy.config.environments.find((e) => e.name === env)?.deploy.branch,
          targets: (release) => {
            const w = snap.workloads.get(release.workload);
            if (!w) return [];
            return workloadTargets(snap.config, w.config).filter(
              (t) =>
                t.environment === release.environment &&
                (release.tenants.length === 0 ||
                  (t.tenant !== undefined && release.tenants.includes(t.tenant))),
            );
          },
          render: async (targets) => {
            const { sets } = await renderTargets(
              targets.map((target) => ({ target, snapshot: snap })),
              { kubeSchema },
            );
            return sets.map((s) => ({ target: s.target, manifests: s.manifests, findings: s.findings }));
          },
        });
      }),
  };
}

/** The deploy branches of the GitOps repository at `dir`, pushed to `remote` (undefined: local branches). */
export function localDeployBranches(
  dir: string,
  opts: { token?: string; remote?: string; actor?: string } = {},
): DeployBranches {
  return new GitDeployBranches({
    git: new Git(dir, { token: opts.token }),
    remote: opts.remote,
    actor: opts.actor,
  });
}

/** The release branches of the checkout at `dir` (create-release), pushed to `origin` with `token`. */
export function localReleaseBranches(
  dir: string,
  opts: { token?: string; actor?: string } = {},
): ReleaseBranches {
  return gitReleaseBranches(dir, { remote: 'origin', ...opts });
}

/**
 * The GitHub repository the checkout at `dir` came from (its `origin`), when that is a repository on `serverUrl`;
 * undefined otherwise (no origin, another host), and the caller keeps GITHUB_REPOSITORY.
 */
export async function originRepository(dir: string, serverUrl: string): Promise<RemoteRepo | undefined> {
  const r = await new Git(dir).exec(['remote', 'get-url', 'origin'], { allowFail: true });
  return r.exitCode === 0 ? githubRepoFromRemote(r.stdout.trim(), serverUrl) : undefined;
}
