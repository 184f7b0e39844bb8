// A create GitHub performed though its answer never arrived (a proxy's timeout, a dropped connection): the adapter
// looks the object up by its natural key before sending the create again, so each create leaves exactly one
// object, the call returns it, and a create that did not land is still sent again. The simulator performs the
// request and drops the connection (`performed`), as the OpenAPI-checked routes answer it.
import { describe, expect, it } from 'vitest';
import { OctokitGitHub } from '../../../src/github/octokit-adapter.js';
import { FAST, type Fixture, pushChange, startFixture } from '../../helpers/sim-fixture.js';

const LOST = { status: 504, drop: true, performed: true } as const;

async function setUp(): Promise<{ f: Fixture; bot: OctokitGitHub; warnings: string[]; main: string }> {
  const f = await startFixture();
  const warnings: string[] = [];
  const bot = new OctokitGitHub({
    token: f.tokens['gitopshq-bot'] ?? '',
    baseUrl: f.sim.apiUrl,
    repository: { owner: 'acme', repo: 'gitops' },
    policy: FAST,
    warn: (m) => warnings.push(m),
  });
  const main = (await f.sim.bare('acme', 'gitops').branchSha('main')) ?? '';
  return { f, bot, warnings, main };
}

const repoOf = (f: Fixture) => {
  const repo = f.sim.store.repo('acme', 'gitops');
  if (!repo) throw new Error('no acme/gitops');
  return repo as typeof repo & { issues?: { number: number; title: string; state: string }[] };
};

describe('a create whose answer is lost is made once', () => {
  it('a deployment and its status: the retry finds it by ref, environment, task and payload', async () => {
    const { f, bot, warnings, main } = await setUp();
    const input = {
      ref: main,
      environment: 'dev',
      description: 'release r1',
      payload: { release: 'r1', branch: 'deploy/dev' },
    };
    f.sim.faults.push({ ...LOST, method: 'POST', path: /\/deployments$/ });
    const d = await bot.createDeployment(input);
    expect(repoOf(f).deployments.map((x) => [x.id, x.environment, x.payload])).toEqual([
      [d.id, 'dev', input.payload],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/created the deployment .* though its answer was lost/)]);
    // Another release's deployment of the same commit is not mistaken for this one.
    f.sim.faults.push({ ...LOST, method: 'POST', path: /\/deployments$/, status: 502, performed: false });
    const other = await bot.createDeployment({ ...input, payload: { release: 'r2', branch: 'deploy/dev' } });
    expect(other.id).not.toBe(d.id);
    expect(repoOf(f).deployments).toHaveLength(2);

    // Its status: one status, and the next one goes through.
    f.sim.faults.push({ ...LOST, method: 'POST', path: /\/deployments\/\d+\/statuses$/ });
    await bot.createDeploymentStatus(d.id, { state: 'in_progress', description: 'release r1' });
    await bot.createDeploymentStatus(d.id, { state: 'success', description: 'release r1' });
    const statuses = repoOf(f).deployments.find((x) => x.id === d.id)?.statuses ?? [];
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
  });

  it('an issue: the retry finds it by title and body; a 502 that did not land is sent again; a 422 is not', async () => {
    const { f, bot } = await setUp();
    f.sim.faults.push({ ...LOST, method: 'POST', path: /\/issues$/ });
    const issue = await bot.createIssue({ title: 'Drift in dev', body: 'marker\ntext', labels: ['drift'] });
    expect(repoOf(f).issues?.map((i) => [i.number, i.title, i.state])).toEqual([
      [issue.number, 'Drift in dev', 'open'],
    ]);
    f.sim.faults.push({ method: 'POST', path: /\/issues$/, status: 502 });
    const second = await bot.createIssue({ title: 'Drift in prod', body: 'other', labels: ['drift'] });
    expect(repoOf(f).issues?.map((i) => i.number)).toEqual([issue.number, second.number]);

    // A create GitHub refused (4xx) is neither looked up nor sent again.
    f.sim.faults.push({ method: 'POST', path: /\/issues$/, status: 422, message: 'Validation Failed' });
    const before = f.sim.requests.length;
    await expect(bot.createIssue({ title: 'x', body: 'y' })).rejects.toMatchObject({ status: 422 });
    expect(f.sim.requests.slice(before).map((r) => r.method)).toEqual(['POST']);
  });

  it('a sticky comment and a merge: one comment with the marker, one merge', async () => {
    const { f, bot } = await setUp();
    await pushChange(await f.clone('gitopshq-bot'), 'feature', 'README.md', 'changed\n');
    const pr = await bot.createPullRequest({ head: 'feature', base: 'main', title: 'Feature', body: '' });
    f.sim.faults.push({ ...LOST, method: 'POST', path: /\/issues\/\d+\/comments$/ });
    const c = await bot.upsertStickyComment(pr.number, 'preview', 'the preview');
    expect(c.created).toBe(true);
    expect(repoOf(f).comments.map((x) => [x.id, x.body])).toEqual([
      [c.id, '<!-- gitopshq:preview -->\nthe preview'],
    ]);
    const again = await bot.upsertStickyComment(pr.number, 'preview', 'the preview');
    expect(again).toMatchObject({ id: c.id, created: false });

    // The merge landed, its answer was lost: the retry would meet 405 "not mergeable"; the merge is the answer.
    f.sim.faults.push({ ...LOST, method: 'PUT', path: /\/pulls\/\d+\/merge$/ });
    const merged = await bot.mergePullRequest(pr.number, { sha: pr.head.sha });
    const pull = repoOf(f).pulls.find((p) => p.number === pr.number);
    expect([pull?.state, merged.sha]).toEqual(['closed', pull?.mergeCommitSha]);
    await expect(bot.mergePullRequest(pr.number)).rejects.toMatchObject({ status: 405 });
  });
});
