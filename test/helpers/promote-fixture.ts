// A GitOps repository for promote's tests, in the OpenAPI-checked GitHub simulator backed by real git: the example
// repository of `gitopshq init` with payment-api bound to the canary (wave 0), acme and globex (wave 1) and `extra`
// more wave-1 tenants, and a Healthy staging release of it (with a clean health verdict) to promote.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { releaseFile } from '../../src/domain/layout.js';
import { transition } from '../../src/domain/lifecycle.js';
import type { ReleaseRecord, ReleaseState } from '../../src/domain/model.js';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { type GitHubSimulator, startGitHubSimulator } from '../../src/sandbox/github/simulator.js';
import { SANDBOX_USERS } from '../../src/sandbox/sandbox.js';
import { writeExampleRepo } from '../../src/state/example-repo.js';
import type { RecordStore } from '../../src/state/record-store.js';
import { releaseToYaml } from '../../src/state/record-yaml.js';
import { StateBranch } from '../../src/state/state-branch.js';
import type { Clock } from '../../src/usecases/deps.js';
import { silentLogger } from '../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../src/usecases/local-ports.js';
import { type PromotePorts, type PromoteRequest, promote } from '../../src/usecases/promote.js';
import { cloneFromDisk, fromTemplate } from './sandbox-template.js';
import { tmpDir } from './tmp.js';

export const BOT = 'gitopshq-bot';
/** A Wednesday: prod's weekend freeze (fri 18:00 - mon 07:00 Europe/Berlin) is not in force. */
export const WEDNESDAY = new Date('2026-12-02T10:00:00Z');
/** A Saturday: prod is frozen. */
export const SATURDAY = new Date('2026-12-05T10:00:00Z');

export interface PromoteFixture {
  sim: GitHubSimulator;
  git: Git;
  store: RecordStore;
  source: ReleaseRecord;
  /** Runs promote as `actor` at `now` in a fresh checkout (as a workflow run would). */
  run(req: Partial<PromoteRequest>, now?: Date): ReturnType<typeof promote>;
  /** API requests the simulator answered since the fixture was built (git over HTTP not counted). */
  apiCalls(): string[];
  /** Moves a release along the lifecycle to `to` (PendingApproval -> ... -> Healthy, or Failed / Rolled Back). */
  moveTo(id: string, to: ReleaseState): Promise<void>;
  tokens: Record<string, string>;
  github(login: string): OctokitGitHub;
}

/** `record` moved along the lifecycle to `to`, every step legal (transition() throws otherwise). */
function walk(record: ReleaseRecord, to: ReleaseState): ReleaseRecord {
  const path = PATHS[to] ?? [to];
  const from = path.indexOf(record.state);
  return path.slice(from + 1).reduce((r, s) => transition(r, s, BOT, undefined, new Date()), record);
}

const PATHS: Partial<Record<ReleaseState, ReleaseState[]>> = {
  Healthy: ['Approved', 'Deploying', 'Deployed', 'Synced', 'Healthy'],
  Failed: ['Approved', 'Deploying', 'Deployed', 'Failed'],
  RolledBack: ['Approved', 'Deploying', 'Deployed', 'Failed', 'RolledBack'],
  Deploying: ['Approved', 'Deploying'],
};

type FixtureOptions = { extra?: number; sourceHealth?: Partial<ReleaseRecord['health']> };

/**
 * The simulator's folder for `opts`: the sandbox's users and teams, acme/gitops seeded with the example repository
 * and the Healthy staging release on its state branch; returns that release.
 */
async function seedSimulator(dir: string, opts: FixtureOptions): Promise<ReleaseRecord> {
  const sim = await startGitHubSimulator({ dir });
  try {
    addCast(sim);
    const seed = `${dir}-seed`;
    await writeExampleRepo(seed);
    const extra = Array.from({ length: opts.extra ?? 0 }, (_, i) => `t${String(i + 1).padStart(3, '0')}`);
    const config = join(seed, 'gitopshq.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        '  - name: globex\n    wave: 1\n',
        `  - name: globex\n    wave: 1\n${extra.map((t) => `  - name: ${t}\n    wave: 1\n`).join('')}`,
      ),
    );
    const workload = join(seed, 'workloads', 'payment-api', 'workload.yaml');
    writeFileSync(
      workload,
      readFileSync(workload, 'utf8').replace(
        'tenants: [canary, acme, globex]',
        `tenants: [${['canary', 'acme', 'globex', ...extra].join(', ')}]`,
      ),
    );
    const seedGit = new Git(seed);
    await seedGit.init({ initialBranch: 'main' });
    await seedGit.addAll();
    await seedGit.commit('seed');
    // The staging release as deploy and verify-health leave it: Healthy, with a clean verdict.
    const at = '2026-12-01T09:00:00.000Z';
    let source: ReleaseRecord = {
      apiVersion: 'gitopshq.io/v1',
      kind: 'Release',
      id: 'payment-api-staging-20261201-abcdef',
      workload: 'payment-api',
      environment: 'staging',
      tenants: [],
      title: 'payment-api: bump image.tag to 2.0.0',
      author: 'dev-alice',
      createdAt: at,
      state: 'PendingApproval',
      history: [{ state: 'PendingApproval', at, actor: 'dev-alice' }],
      changes: { updates: [{ path: 'image.tag', value: '2.0.0' }] },
      approvals: [],
    };
    source = walk(source, 'Healthy');
    source.health = {
      status: 'Healthy',
      source: 'argocd',
      checkedAt: '2026-12-01T09:30:00.000Z',
      message: 'every Application Synced and Healthy',
      drift: false,
      ...opts.sourceHealth,
    };
    const seeded = new StateBranch({ git: seedGit, branch: 'gitopshq/state' });
    const first = await seeded.commit(
      undefined,
      releaseFile(source.id),
      releaseToYaml(source),
      'seed',
      new Date(),
    );
    if (first === undefined || !(await seeded.publish(first, undefined)))
      throw new Error('seeding the state failed');
    await sim.createRepo({
      owner: 'acme',
      name: 'gitops',
      private: true,
      seedFrom: seed,
      collaborators: Object.fromEntries(SANDBOX_USERS.map((u) => [u.login, u.permission])),
    });
    return source;
  } finally {
    await sim.close();
  }
}

/** The sandbox's users and teams, each user's token by login (a seeded folder keeps them: the same tokens again). */
function addCast(sim: GitHubSimulator): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const u of SANDBOX_USERS) {
    tokens[u.login] = sim.addUser({ login: u.login, type: u.bot ? 'Bot' : 'User', membersRead: true }).token;
  }
  sim.addTeam({ org: 'acme', slug: 'platform', members: ['rev-bob', 'rev-carol'] });
  sim.addTeam({ org: 'acme', slug: 'sre', members: ['sre-dave'] });
  return tokens;
}

export async function promoteFixture(opts: FixtureOptions = {}): Promise<PromoteFixture> {
  const root = tmpDir('promote-');
  // Seeded once per test process and options, copied per test (sandbox-template.ts).
  const source = structuredClone(
    await fromTemplate(`promote ${JSON.stringify(opts)}`, join(root, 'sim'), (dir) =>
      seedSimulator(dir, opts),
    ),
  );
  const sim = await startGitHubSimulator({ dir: join(root, 'sim') });
  onTestFinished(() => sim.close());
  const tokens = addCast(sim);
  const cloneUrl = `${sim.gitUrl.replace('://', `://x-access-token:${tokens[BOT]}@`)}/acme/gitops.git`;
  const git = new Git(join(root, 'ws'));
  await cloneFromDisk(sim.store.bareDir({ owner: 'acme', name: 'gitops' }), cloneUrl, git.cwd);
  const store = await localRecordStore(git.cwd, { remote: 'origin', actor: BOT });

  const github = (login: string) =>
    new OctokitGitHub({
      token: tokens[login] ?? '',
      baseUrl: sim.apiUrl,
      repository: { owner: 'acme', repo: 'gitops' },
      policy: { pacing: 'none' },
    });
  // One commit per move, as the steps that make them would leave the record (the store's guard is tested elsewhere).
  const state = new StateBranch({ git, remote: 'origin', branch: 'gitopshq/state', actor: BOT });
  const moveTo = async (id: string, to: ReleaseState) => {
    for (;;) {
      await state.fetch();
      const { tip, content } = await state.readAt(releaseFile(id));
      if (tip === undefined || content === undefined) throw new Error(`no release ${id}`);
      const record = (await store.getRelease(id)) as ReleaseRecord;
      const moved = walk(record, to);
      const commit = await state.commit(
        tip,
        releaseFile(id),
        releaseToYaml(moved),
        `${id} -> ${to}`,
        new Date(),
      );
      if (commit !== undefined && (await state.publish(commit, tip))) return;
    }
  };
  const before = sim.requests.length;
  return {
    sim,
    git,
    store,
    source,
    tokens,
    github,
    moveTo,
    apiCalls: () =>
      sim.requests
        .slice(before)
        .filter((r) => r.operation !== undefined)
        .map((r) => `${r.method} ${r.path}`),
    async run(req, now = WEDNESDAY) {
      // One workspace for every run: each step fetches what it reads, as it would in a fresh checkout.
      const ws = git;
      const clock: Clock = { now: () => now };
      const ports: PromotePorts = {
        github: github(BOT),
        log: silentLogger,
        store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'release-erin' }),
        branches: localReleaseBranches(ws.cwd, { token: tokens[BOT], actor: 'release-erin' }),
        ...localPorts(ws.cwd, { token: tokens[BOT] }),
      };
      return promote({ releaseId: source.id, actor: 'release-erin', ...req }, ports, { clock });
    },
  };
}
