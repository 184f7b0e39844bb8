// `gitopshq demo`: the lifecycle on the built-in sandbox, in a temporary folder, with nothing but this project.
// Every step uses the real parts: `gitopshq init/validate/set`, real git, the OpenAPI-checked GitHub simulator
// driven by the real Octokit client, the bundled preview action run as a runner runs it, and the record store on
// the state branch. Steps whose action is not built yet (deploy, verify-health) are walked by hand and say so.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReleaseRecord } from '../../domain/model.js';
import { newReleaseId } from '../../domain/release-id.js';
import { latestOpinions } from '../../domain/reviews.js';
import { pullRequestEvent } from '../../sandbox/events/index.js';
import { runBundle } from '../../sandbox/runner/index.js';
import { startSandbox } from '../../sandbox/sandbox.js';
import { localRecordStore } from '../../usecases/local-ports.js';
import { type CommandContext, type CommandSpec, EXIT_FINDING, EXIT_OK } from '../command.js';
import { bold } from '../style.js';

const WORKLOAD = 'payment-api';
const ENV = 'dev';
const TAG = '2.5.0';

export const demoCommand: CommandSpec = {
  name: 'demo',
  usage: 'demo [--keep]',
  summary: 'The whole lifecycle on the built-in sandbox',
  help:
    'Creates an example GitOps repository, starts the local GitHub simulator, and walks a release from a\n' +
    'values change to Healthy: PR, rendered preview (the bundled action), review, merge, and every state on\n' +
    'the state branch. Everything happens in a temporary folder, removed at the end unless --keep.',
  options: { keep: { type: 'boolean' } },
  async run(ctx, args) {
    const root = mkdtempSync(join(tmpdir(), 'gitopshq-demo-'));
    const keep = args.values.keep === true;
    const step = stepper(ctx);
    try {
      return await demo(ctx, root, step);
    } finally {
      if (keep) ctx.stdout(`\nKept ${root}`);
      else rmSync(root, { recursive: true, force: true });
    }
  },
};

function stepper(ctx: CommandContext) {
  let n = 0;
  const started = Date.now();
  return (title: string) => {
    n++;
    ctx.stdout(`\n${bold(`${n}. ${title}`, ctx.color)}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
}

function indent(text: string, pad = '   '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `${pad}${l}`)
    .join('\n');
}

/** Runs a gitopshq command as a person would, showing its output indented. */
async function cli(ctx: CommandContext, argv: string[]): Promise<number> {
  ctx.stdout(`   $ gitopshq ${argv.join(' ')}`);
  let out = '';
  const code = await ctx.invoke(argv, {
    stdout: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`;
    },
    stderr: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`;
    },
  });
  if (out.trim()) ctx.stdout(indent(out, '     '));
  return code;
}

async function demo(ctx: CommandContext, root: string, step: (t: string) => void): Promise<number> {
  step('gitopshq init: an example GitOps repository (dev -> staging -> prod; tenants canary, acme, globex)');
  const local = join(root, 'local');
  await cli(ctx, ['init', local]);
  step('gitopshq validate: every file against its JSON Schema');
  if ((await cli(ctx, ['validate', '--repo', local])) !== EXIT_OK) return EXIT_FINDING;

  step('The sandbox: a GitHub simulator (checked against the OpenAPI description) with acme/gitops seeded');
  const sandbox = await startSandbox({ dir: join(root, 'sandbox') });
  try {
    ctx.stdout(
      `   API ${sandbox.sim.apiUrl}   git ${sandbox.sim.gitUrl}   users: ${Object.keys(sandbox.users).join(', ')}`,
    );
    const as = (login: string) => sandbox.github(login);

    step(`dev-alice clones acme/gitops and sets the image tag of ${WORKLOAD} in ${ENV}`);
    const aliceDir = join(root, 'alice');
    const alice = await sandbox.clone('dev-alice', aliceDir);
    const branch = `release/${WORKLOAD}-${ENV}-${TAG}`;
    await alice.checkout(branch, { create: true });
    await cli(ctx, ['set', WORKLOAD, ENV, `image.tag=${TAG}`, '--repo', aliceDir]);
    ctx.stdout('   Only the targeted line changed (comments and the rest stay byte-identical):');
    ctx.stdout(indent(await alice.diff(['--no-color', '-U1']), '     '));
    await alice.addAll();
    await alice.commit(`${WORKLOAD}: bump to ${TAG} in ${ENV}`);
    await alice.push('origin', [branch]);

    step('dev-alice opens the pull request: the release');
    const pr = await as('dev-alice').createPullRequest({
      head: branch,
      base: 'main',
      title: `${WORKLOAD}: bump to ${TAG}`,
      body: `Bumps ${WORKLOAD} to ${TAG} in ${ENV}.\n\nRollback target: the previous Healthy release of ${WORKLOAD} in ${ENV}.`,
    });
    ctx.stdout(
      `   #${pr.number} ${pr.title}  (${pr.head.ref} -> ${pr.base.ref}, head ${pr.head.sha.slice(0, 7)})`,
    );

    // The record store works in any clone; the bot's clone stands for the action's checkout.
    const botDir = join(root, 'runner-workspace');
    const botGit = await sandbox.clone('gitopshq-bot', botDir);
    const store = await localRecordStore(botDir, { remote: 'origin', actor: 'gitopshq-bot' });
    const now = new Date();
    const id = newReleaseId(WORKLOAD, ENV, now, (n) => randomBytes(n));
    const record: ReleaseRecord = {
      apiVersion: 'gitopshq.io/v1',
      kind: 'Release',
      id,
      workload: WORKLOAD,
      environment: ENV,
      tenants: [],
      title: pr.title,
      author: 'dev-alice',
      createdAt: now.toISOString(),
      state: 'Draft',
      history: [
        { state: 'Draft', at: now.toISOString(), actor: 'dev-alice', note: 'release opened as a PR' },
      ],
      changes: { updates: [{ path: 'image.tag', value: TAG }] },
      pullRequest: { number: pr.number, url: pr.url, branch },
      approvals: [],
    };
    await store.createRelease(record);
    await store.transitionRelease(id, 'PendingApproval', {
      actor: 'dev-alice',
      note: `PR #${pr.number} ready for review`,
    });
    ctx.stdout(`   Release ${id} recorded on the gitopshq/state branch: Draft -> Pending Approval`);

    step('The preview action (dist/preview/index.js, run as a runner runs it) renders base and head');
    await botGit.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    await botGit.checkout(pr.head.sha);
    const preview = await runBundle({
      name: 'preview',
      event: pullRequestEvent({
        action: 'opened',
        number: pr.number,
        head: { ref: pr.head.ref, sha: pr.head.sha },
        base: { ref: pr.base.ref, sha: pr.base.sha },
        author: 'dev-alice',
      }),
      workspace: botDir,
      token: sandbox.users['gitopshq-bot'],
      apiUrl: sandbox.sim.apiUrl,
      sha: pr.head.sha,
      ref: `refs/pull/${pr.number}/merge`,
      timeoutMs: 120_000,
    });
    if (preview.exitCode !== 0) {
      ctx.stderr(`preview failed:\n${preview.log}\n${preview.stderr}`);
      return EXIT_FINDING;
    }
    const targets = JSON.parse(preview.outputs.targets ?? '[]') as {
      environment: string;
      tenant?: string;
      status: string;
      changed: number;
    }[];
    ctx.stdout(`   outputs: changed=${preview.outputs.changed} errors=${preview.outputs.errors}`);
    for (const t of targets)
      ctx.stdout(
        `   ${WORKLOAD}/${t.environment}/${t.tenant ?? '-'}: ${t.status}, ${t.changed} resource(s) changed`,
      );
    const status = await as('rev-bob').getCombinedStatus(pr.head.sha);
    for (const s of status.statuses)
      ctx.stdout(`   commit status ${s.context}: ${s.state} (${s.description ?? ''})`);
    const comment = preview.summary
      .split('\n')
      .filter((l) => l.startsWith('## ') || l.startsWith('| '))
      .slice(0, 8);
    ctx.stdout('   The sticky PR comment begins:');
    ctx.stdout(indent(comment.join('\n'), '     '));

    step('rev-bob approves through an ordinary PR review');
    // A person reviews in GitHub's UI; here, the REST call the UI makes (the port only reads reviews).
    const review = await fetch(`${sandbox.sim.apiUrl}/repos/acme/gitops/pulls/${pr.number}/reviews`, {
      method: 'POST',
      headers: {
        authorization: `token ${sandbox.users['rev-bob']}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ event: 'APPROVE', body: 'Rendered diff looks right.' }),
    });
    if (review.status !== 200) throw new Error(`review failed: ${review.status} ${await review.text()}`);
    const reviews = await as('gitopshq-bot').listReviews(pr.number);
    const opinions = latestOpinions(reviews);
    for (const o of opinions) ctx.stdout(`   ${o.reviewer}: ${o.state} on ${o.commit.slice(0, 7)}`);
    // The approvals seen and the move to Approved land in one write, through the lifecycle.
    await store.transitionRelease(id, 'Approved', {
      actor: 'rev-bob',
      note: `dev needs 0 approvals; ${opinions.length} seen`,
      patch: { approvals: opinions },
    });

    step('release-erin merges the pull request: the merge starts the deployment');
    const merged = await as('release-erin').mergePullRequest(pr.number, { method: 'merge' });
    ctx.stdout(`   main is now ${merged.sha.slice(0, 7)} (a real merge commit in the bare repository)`);
    const walk: [ReleaseRecord['state'], string, string][] = [
      [
        'Deploying',
        'gitopshq-bot',
        `merge ${merged.sha.slice(0, 7)} (deploy action: not built yet, walked by the demo)`,
      ],
      ['Deployed', 'gitopshq-bot', 'manifests committed to gitopshq/deploy/dev (simulated)'],
      ['Synced', 'gitopshq-bot', 'Argo CD runs the deployed revision (simulated)'],
      ['Healthy', 'gitopshq-bot', 'all resources healthy (simulated)'],
    ];
    for (const [to, actor, note] of walk) await store.transitionRelease(id, to, { actor, note });
    ctx.stdout(`   ${store.stats.writes} writes to gitopshq/state, ${store.stats.retries} retries`);

    step('gitopshq release show: the history, read back from the state branch');
    await cli(ctx, ['release', 'show', id, '--repo', botDir]);
    step('gitopshq release list');
    await cli(ctx, ['release', 'list', '--repo', botDir]);
    if (sandbox.sim.violations.length > 0) {
      ctx.stderr(`OpenAPI violations: ${JSON.stringify(sandbox.sim.violations, null, 2)}`);
      return EXIT_FINDING;
    }
    ctx.stdout(
      `\nDone: ${sandbox.sim.requests.length} GitHub API requests, every one checked against GitHub's OpenAPI description, 0 violations.`,
    );
    return EXIT_OK;
  } finally {
    await sandbox.close();
  }
}
