// The create-release bundle run as a runner runs it, against the sandbox (the OpenAPI-checked GitHub simulator backed
// by real git): a dev release auto-merges through Pending Approval -> Approved, prod stays open and says why, a
// draft is Draft, a repository_dispatch payload is read and checked, re-runs write nothing, and a run killed after
// any one of its writes converges when run again. Run `npm run build` first (the tests run dist/).
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Git } from '../../src/git/git.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { repositoryDispatchEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import type { Sandbox } from '../../src/sandbox/sandbox.js';
import { type CreateReleasePorts, createRelease } from '../../src/usecases/create-release.js';
import { silentLogger } from '../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../src/usecases/local-ports.js';
import { cloneSandbox, startSeededSandbox } from '../helpers/sandbox-template.js';
import { tmpDir } from '../helpers/tmp.js';

const REPO = { owner: 'acme', repo: 'gitops' };
const BOT = 'gitopshq-bot';

async function sandbox(): Promise<{ sb: Sandbox; root: string }> {
  const root = tmpDir('e2e-create-release-');
  const sb = await startSeededSandbox({ dir: join(root, 'sandbox') });
  onTestFinished(() => sb.close());
  return { sb, root };
}

const as = (sb: Sandbox, login: string) =>
  new OctokitGitHub({
    token: sb.users[login] ?? '',
    baseUrl: sb.sim.apiUrl,
    repository: REPO,
    policy: { pacing: 'none' },
  });

let n = 0;
/** A fresh checkout of main, as actions/checkout makes one for each run. */
async function checkout(sb: Sandbox, root: string): Promise<Git> {
  const dir = join(root, `workspace-${++n}`);
  await cloneSandbox(sb, BOT, dir);
  return new Git(dir);
}

async function run(
  sb: Sandbox,
  root: string,
  inputs: Record<string, string>,
  event = repositoryDispatchEvent({ eventType: 'build-done', clientPayload: {} }),
  repository?: string,
) {
  const ws = await checkout(sb, root);
  const r = await runBundle({
    name: 'create-release',
    inputs,
    event,
    workspace: ws.cwd,
    token: sb.users[BOT],
    apiUrl: sb.sim.apiUrl,
    serverUrl: sb.sim.gitUrl,
    actor: 'dev-alice',
    timeoutMs: 120_000,
    ...(repository ? { repository } : {}),
  });
  return { ...r, ws };
}

async function pulls(sb: Sandbox): Promise<{ number: number; head: { ref: string }; state: string }[]> {
  const res = await fetch(`${sb.sim.apiUrl}/repos/acme/gitops/pulls?state=all&per_page=100`, {
    headers: { authorization: `token ${sb.users['rev-bob']}`, accept: 'application/vnd.github+json' },
  });
  return (await res.json()) as { number: number; head: { ref: string }; state: string }[];
}

/** The bodies of a pull request's comments. */
async function comments(sb: Sandbox, number: number): Promise<string[]> {
  const res = await fetch(`${sb.sim.apiUrl}/repos/acme/gitops/issues/${number}/comments?per_page=100`, {
    headers: { authorization: `token ${sb.users['rev-bob']}`, accept: 'application/vnd.github+json' },
  });
  return ((await res.json()) as { body: string }[]).map((c) => c.body);
}

/** The remote tips of main, the state branch and every release branch. */
async function tips(git: Git): Promise<string> {
  return (await git.exec(['ls-remote', 'origin'])).stdout;
}

function apiCalls(summary: string): number {
  return Number(/GitHub API requests in this step: (\d+)/.exec(summary)?.[1] ?? 0);
}

async function records(sb: Sandbox, root: string) {
  const ws = await checkout(sb, root);
  return (await localRecordStore(ws.cwd, { remote: 'origin' })).listReleases();
}

const DEV = { workload: 'payment-api', environment: 'dev', updates: 'image.tag=1.6.0', 'auto-merge': 'true' };

describe('create-release bundle', () => {
  it('dev: opens the PR, records the release, auto-merges; a re-run writes nothing and dispatches the deploy again', async () => {
    const { sb, root } = await sandbox();
    const first = await run(sb, root, DEV);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs.state).toBe('Approved');
    expect(first.outputs.branch).toMatch(/^gitopshq\/release\/payment-api-dev-[0-9a-f]{12}$/);
    const number = Number(first.outputs['pull-request-number']);
    const pr = await as(sb, 'rev-bob').getPullRequest(number);
    expect(pr.merged).toBe(true);
    expect(pr.title).toBe('payment-api: bump image.tag to 1.6.0');
    expect(pr.body).toContain('### Change set');
    expect(pr.body).toContain('workloads/payment-api/values/dev.yaml');
    expect(pr.body).toContain('None: no release has been deployed to `dev` yet.');
    expect(first.summary).toContain('merged: no approval required');
    // find, create; the first preview (PR, comments, comment, status) and gate (PR, reviews, commits, statuses,
    // status: the changed files only with CODEOWNERS); merge; the deploy workflow's dispatch: the same for any
    // number of tenants or files.
    expect(apiCalls(first.summary)).toBe(13);
    // The merge (workflow token) starts no workflow: the deploy is dispatched, naming the release.
    expect(first.summary).toContain(
      `dispatched gitopshq-deploy.yml on main to deploy release ${first.outputs['release-id']} to dev`,
    );
    expect(sb.sim.store.repo('acme', 'gitops')?.dispatches.map((d) => [d.workflow, d.ref, d.inputs])).toEqual(
      [['gitopshq-deploy.yml', 'main', { environment: 'dev', 'release-id': first.outputs['release-id'] }]],
    );
    // The PR opened with the workflow token starts no workflow: create-release ran the first preview and gate.
    const statuses = await as(sb, 'rev-bob').getCombinedStatus(pr.head.sha);
    expect(statuses.statuses.map((s) => `${s.context}:${s.state}`).sort()).toEqual([
      'gitopshq/approval:success',
      'gitopshq/preview:success',
    ]);
    expect(await comments(sb, number)).toHaveLength(1);
    const main = await checkout(sb, root);
    const dev = await main.show('origin/main', 'workloads/payment-api/values/dev.yaml');
    // The comment on the line survives the edit.
    expect(dev).toContain('tag: 1.6.0   # CI moves this with create-release after every build of main');
    const [record, ...others] = await records(sb, root);
    expect(others).toEqual([]);
    expect(record?.id).toBe(first.outputs['release-id']);
    expect(record?.history.map((h) => h.state)).toEqual(['PendingApproval', 'Approved']);
    expect(record?.history[1]?.note).toBe('no approval required');
    expect(record?.changes.updates).toEqual([{ path: 'image.tag', value: '1.6.0' }]);
    expect(record?.pullRequest).toEqual({ number, url: pr.url, branch: first.outputs.branch });

    const before = await tips(main);
    const again = await run(sb, root, DEV);
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['release-id']).toBe(first.outputs['release-id']);
    expect(again.outputs['pull-request-number']).toBe(String(number));
    expect(await tips(main)).toBe(before);
    expect(await pulls(sb)).toHaveLength(1);
    expect(await comments(sb, number)).toHaveLength(1);
    // Nothing ran the deploy workflow here, so the release is merged and still Approved: a re-run cannot tell a
    // deploy never started (a run killed before its dispatch) from one not started yet, and dispatches it again.
    // A second deploy of one release changes nothing (create-release-deploy-dispatch.test.ts).
    const dispatches = sb.sim.store.repo('acme', 'gitops')?.dispatches ?? [];
    expect(dispatches).toHaveLength(2);
    expect({ ...dispatches[1], at: undefined }).toEqual({ ...dispatches[0], at: undefined });
  }, 240_000);

  it('prod: stays open and says why; a re-run updates nothing; a draft is Draft', async () => {
    const { sb, root } = await sandbox();
    const inputs = {
      ...DEV,
      environment: 'prod',
      updates: 'image.tag="1.6.0"\nreplicas=4',
      notes: 'Fixes <!-- x --> PAY-1',
    };
    const first = await run(sb, root, inputs);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs.state).toBe('PendingApproval');
    expect(first.summary).toContain(
      'not merged: prod needs 2 approvals, an approval from team sre: left open for review',
    );
    const pr = await as(sb, 'rev-bob').getPullRequest(Number(first.outputs['pull-request-number']));
    expect(pr.merged).toBe(false);
    expect(pr.title).toBe('payment-api: bump image.tag to 1.6.0 and 1 more value');
    expect(pr.body).toContain('Fixes &lt;!-- x --&gt; PAY-1');
    const git = await checkout(sb, root);
    const before = await tips(git);
    const again = await run(sb, root, inputs);
    expect(again.exitCode, again.log).toBe(0);
    expect(again.summary).toContain('commit: no, pull request: unchanged, record: unchanged');
    expect(await tips(git)).toBe(before);
    expect(await pulls(sb)).toHaveLength(1);
    // API calls: find, create, the first preview (4) and gate (5); the re-run looks up the PR and its head's
    // statuses (both there: no second preview, gate or comment).
    expect(apiCalls(first.summary)).toBe(11);
    expect(apiCalls(again.summary)).toBe(2);
    const head = await as(sb, 'rev-bob').getCombinedStatus(pr.head.sha);
    expect(head.statuses.find((s) => s.context === 'gitopshq/approval')?.description).toMatch(
      /^needs 2 approvals.*sre/,
    );
    expect(head.statuses.filter((s) => s.context === 'gitopshq/preview')).toHaveLength(1);
    const [sticky, ...more] = await comments(sb, pr.number);
    expect(more).toEqual([]);
    expect(sticky).toContain('GitOpsHQ preview');

    // A person pushes to the release branch; the re-run puts the release's values back on top, never forcing.
    const branch = first.outputs.branch ?? '';
    await git.exec(['checkout', '-q', '-b', 'edit', `origin/${branch}`]);
    const file = join(git.cwd, 'workloads/payment-api/values/prod.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('tag: "1.6.0"', 'tag: "9.9.9"'));
    await git.exec(['-c', 'user.name=rev-bob', '-c', 'user.email=b@x', 'commit', '-qam', 'try 9.9.9']);
    const theirs = await git.revParse('HEAD');
    expect((await git.push('origin', [`HEAD:refs/heads/${branch}`])).exitCode).toBe(0);
    const third = await run(sb, root, inputs);
    expect(third.exitCode, third.log).toBe(0);
    expect(third.summary).toContain('commit: yes, pull request: unchanged, record: unchanged');
    await git.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    const tip = await git.revParse(`origin/${branch}`);
    expect((await git.exec(['merge-base', '--is-ancestor', theirs, tip], { allowFail: true })).exitCode).toBe(
      0,
    );
    expect(await git.show(tip, 'workloads/payment-api/values/prod.yaml')).toContain('tag: "1.6.0"');

    // Run from the application's repository (as its template does): the PR goes where the checkout came from.
    const draft = await run(
      sb,
      root,
      {
        workload: 'payment-api',
        environment: 'staging',
        updates: 'image.tag=1.6.0',
        draft: 'true',
        'auto-merge': 'true',
        // The application commit's time (github.event.head_commit.timestamp): lead time starts there.
        'committed-at': '2026-11-30T10:15:00+01:00',
      },
      undefined,
      'acme/payment-api',
    );
    expect(draft.exitCode, draft.log).toBe(0);
    expect(draft.outputs['pull-request-url']).toContain('/acme/gitops/pull/');
    expect(draft.outputs.state).toBe('Draft');
    expect(draft.summary).toContain('not merged: the pull request is a draft');
    const all = await records(sb, root);
    const states = all.map((r) => `${r.environment}:${r.state}`).sort();
    expect(states).toEqual(['prod:PendingApproval', 'staging:Draft']);
    expect(all.find((r) => r.environment === 'staging')?.firstCommitAt).toBe('2026-11-30T09:15:00.000Z');
  }, 240_000);

  it('dev: a release whose preview finds a new error is left open and says why', async () => {
    const { sb, root } = await sandbox();
    const r = await run(sb, root, { ...DEV, updates: 'image.tag=latest' });
    expect(r.exitCode, r.log).toBe(0);
    // dev's policy needs nobody, so the gate approves; the failing preview alone keeps it unmerged.
    expect(r.outputs.state).toBe('Approved');
    expect(r.summary).toMatch(/\| Preview \| .*error/);
    expect(r.summary).toMatch(/not merged: preview did not pass \(.*\): left open/);
    const pr = await as(sb, 'rev-bob').getPullRequest(Number(r.outputs['pull-request-number']));
    expect(pr.merged).toBe(false);
  }, 240_000);

  it('repository_dispatch: reads client_payload; a bad payload names every field to fix', async () => {
    const { sb, root } = await sandbox();
    const payload = {
      workload: 'payment-api',
      environment: 'staging',
      updates: [{ path: 'image.tag', value: '1.10' }],
      notes: 'from CI',
    };
    const ok = await run(
      sb,
      root,
      {},
      repositoryDispatchEvent({ eventType: 'release', clientPayload: payload }),
    );
    expect(ok.exitCode, ok.log).toBe(0);
    expect(ok.outputs.state).toBe('PendingApproval');
    const main = await checkout(sb, root);
    // A string stays a string: 1.10, not the number 1.1.
    expect(
      await main.show(`origin/${ok.outputs.branch}`, 'workloads/payment-api/values/staging.yaml'),
    ).toContain('tag: "1.10"');
    const bad = {
      workload: 'Payment',
      environment: 'dev',
      updates: [
        { path: 'a..b', value: 'x\ny' },
        { path: 'x', value: {} },
      ],
    };
    const r = await run(sb, root, {}, repositoryDispatchEvent({ eventType: 'release', clientPayload: bad }));
    expect(r.exitCode).toBe(1);
    const message = r.annotations[0]?.message ?? '';
    expect(message).toContain('client_payload.workload:');
    expect(message).toContain('client_payload.updates[0].path:');
    expect(message).toContain('client_payload.updates[1].value: must be a string, a number or a boolean');
  }, 240_000);

  it('a run killed after any one of its writes converges when run again', async () => {
    const { sb, root } = await sandbox();
    // Writes: push (1), PR (2), record (3), sticky comment (4), preview status (5), approval status (6). Each
    // iteration runs the bundle at least once: a sample of the six keeps the test's time bounded.
    for (const kill of [1, 3, 4, 6]) {
      const inputs = { workload: 'payment-api', environment: 'prod', updates: `image.tag=2.0.${kill}` };
      const ws = await checkout(sb, root);
      const ports = killAfter(kill, {
        github: as(sb, BOT),
        log: silentLogger,
        store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'dev-alice' }),
        branches: localReleaseBranches(ws.cwd, { actor: 'dev-alice' }),
        ...localPorts(ws.cwd),
      });
      const req = {
        workload: 'payment-api',
        environment: 'prod',
        updates: [{ path: 'image.tag', value: `2.0.${kill}` }],
        tenants: [],
        draft: false,
        autoMerge: false,
        actor: 'dev-alice',
      };
      await expect(createRelease(req, ports, { random: (k) => randomBytes(k) })).rejects.toThrow('killed');
      const r = await run(sb, root, inputs);
      expect(r.exitCode, r.log).toBe(0);
      const mine = (await pulls(sb)).filter((p) => p.head.ref === r.outputs.branch);
      expect(mine, `kill after write ${kill}`).toHaveLength(1);
      const recs = (await records(sb, root)).filter((x) => x.pullRequest?.branch === r.outputs.branch);
      expect(recs.map((x) => x.id)).toEqual([r.outputs['release-id']]);
      // Lead time starts at the branch's first commit, also when the run that wrote it died before the record
      // (git keeps whole seconds).
      const [firstCommit] = await as(sb, 'rev-bob').listPullRequestCommits(mine[0]?.number ?? 0);
      const recorded = Date.parse(recs[0]?.firstCommitAt ?? '');
      expect(Math.floor(recorded / 1000) * 1000, `kill after write ${kill}`).toBe(
        Date.parse(firstCommit?.date ?? ''),
      );
      const { head } = await as(sb, 'rev-bob').getPullRequest(mine[0]?.number ?? 0);
      const statuses = await as(sb, 'rev-bob').getCombinedStatus(head.sha);
      expect(
        statuses.statuses.map((s) => s.context).sort(),
        `kill after write ${kill}: ${r.summary}`,
      ).toEqual(['gitopshq/approval', 'gitopshq/preview']);
      expect(await comments(sb, mine[0]?.number ?? 0)).toHaveLength(1);
      // The re-run after the re-run writes nothing (checked once for the early writes, once for the checks').
      if (kill !== 1 && kill !== 6) continue;
      const again = await run(sb, root, inputs);
      expect(again.summary).toContain('commit: no, pull request: unchanged, record: unchanged');
    }
  }, 900_000);
});

/** The ports, with the process "killed" (an exception) right after its `n`th write. */
function killAfter(n: number, ports: CreateReleasePorts): CreateReleasePorts {
  let writes = 0;
  const after = async <T>(p: Promise<T>): Promise<T> => {
    const v = await p;
    if (++writes >= n) throw new Error(`killed after write ${writes}`);
    return v;
  };
  return {
    ...ports,
    branches: { ...ports.branches, publish: (...a) => after(ports.branches.publish(...a)) },
    github: new Proxy(ports.github, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function') return v;
        const write = [
          'updatePullRequest',
          'createPullRequest',
          'mergePullRequest',
          'upsertStickyComment',
          'createCommitStatus',
        ].includes(String(prop));
        return (...a: unknown[]) => {
          const r = (v as (...x: unknown[]) => Promise<unknown>).apply(target, a);
          return write ? after(r) : r;
        };
      },
    }),
    store: new Proxy(ports.store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function') return v;
        const write = ['createRelease', 'updateRelease', 'transitionRelease'].includes(String(prop));
        return (...a: unknown[]) => {
          const r = (v as (...x: unknown[]) => Promise<unknown>).apply(target, a);
          return write ? after(r) : r;
        };
      },
    }),
  };
}

describe('create-release inputs', () => {
  const TOKEN = 'ghs_e2eToken0123456789abcdefABCDEF';
  const event = repositoryDispatchEvent({ eventType: 'build-done', clientPayload: { tag: '1.4.2' } });

  it('reports every input problem together: a YAML 1.1 boolean, a bad name, a bad update', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: { environment: 'Staging', draft: 'yes', updates: 'image.tag' },
      event,
      token: TOKEN,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toHaveLength(1);
    const message = r.annotations[0]?.message ?? '';
    expect(message).toMatch(/^create-release failed: 3 inputs need changing:\n/);
    expect(message).toMatch(/- environment: .*DNS-1123/);
    expect(message).toContain("- updates: line 1: 'image.tag' has no '='");
    expect(message).toContain('- draft: "yes" is not a boolean: use true or false');
  });

  it('without workload (and not a release dispatch) says what to set', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: { environment: 'dev', updates: 'image.tag=1' },
      event: { name: 'push', payload: {} },
      token: TOKEN,
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toContain('workload is required');
  });

  it('masks the token (the default github.token) before it could appear in any log line', async () => {
    const r = await runBundle({
      name: 'create-release',
      inputs: { workload: 'web-api' },
      event,
      token: TOKEN,
    });
    expect(r.commands[0]).toMatchObject({ command: 'add-mask', data: TOKEN });
    expect(r.masked).toContain(TOKEN);
    expect(r.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(r.commands.filter((c) => c.command === 'add-mask')).toHaveLength(1);
    expect(r.stderr).not.toContain(TOKEN);
  });
});

describe('root action bundle', () => {
  const TOKEN = 'ghs_e2eToken0123456789abcdefABCDEF';
  const event = repositoryDispatchEvent({ eventType: 'build-done', clientPayload: { tag: '1.4.2' } });

  it('dispatches on command to the chosen action', async () => {
    const r = await runBundle({
      name: 'main',
      inputs: { command: 'promote', 'release-id': 'web-api-staging-20260115-a1b2c3' },
      event,
      token: TOKEN,
    });
    // It reached promote's own handler, which needs a checkout of the GitOps repository (there is none here).
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(/^promote failed: could not fetch branch gitopshq\/state on origin: /),
    ]);
  });

  it('checks what the chosen command needs: promote requires release-id', async () => {
    const r = await runBundle({ name: 'main', inputs: { command: 'promote' }, event, token: TOKEN });
    expect(r.annotations.map((a) => a.message)).toEqual([
      "promote failed: 1 input needs changing:\n- release-id: is required: set it in the step's `with:`",
    ]);
  });

  it('names the commands when command is wrong', async () => {
    const r = await runBundle({ name: 'main', inputs: { command: 'release' }, event, token: TOKEN });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toBe(
      'gitopshq failed: the command input is "release": set it to one of create-release, preview, approve-gate, deploy, promote, verify-health',
    );
  });
});
