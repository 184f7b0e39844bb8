// `gitopshq demo`: the lifecycle on the built-in sandbox, in a temporary folder, with nothing but this project.
// Every step up to Deployed is a real part: `gitopshq init/validate`, real git, the OpenAPI-checked GitHub
// simulator driven by the real Octokit client, and the bundled create-release, preview, approve-gate and deploy
// actions run as a runner runs them, each writing the record on the state branch, then the bundled verify-health
// against the sandbox's cluster simulator (its Argo CD-like syncer applies the deploy branch; controllers roll the
// Deployment out on a sped-up clock), which moves the release Deployed -> Synced -> Healthy; then the promotion story
// (demo-promotion.ts): staging, prod canary, prod rest, and a bad release caught in canary. No step is walked by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { delivery } from '../../sandbox/delivery.js';
import {
  pullRequestEvent,
  pullRequestReviewEvent,
  pushEvent,
  type WorkflowEvent,
  workflowDispatchEvent,
} from '../../sandbox/events/index.js';
import { type BundleRun, runBundle } from '../../sandbox/runner/index.js';
import { startSandbox } from '../../sandbox/sandbox.js';
import { type CommandContext, type CommandSpec, EXIT_FINDING, EXIT_OK } from '../command.js';
import { bold } from '../style.js';
import { applicationLines } from './demo-cluster.js';
import { isProdFrozen, promotionStory } from './demo-promotion.js';

const WORKLOAD = 'payment-api';
const ENV = 'dev';
const TAG = '2.5.0';
/** The release that crash-loops in prod only (a sandbox fault on cluster prod-canary). */
const BAD_TAG = '2.6.0';
const DEPLOY_BRANCH = `gitopshq/deploy/${ENV}`;
const TENANTS = ['canary', 'acme', 'globex'] as const;
/** Simulated seconds per real second: a rollout and a 10-minute progress deadline pass in seconds. */
const CLUSTER_SPEED = 20;
const VERIFY_TIMEOUT = '60s';

export const demoCommand: CommandSpec = {
  name: 'demo',
  usage: 'demo [--keep] [--dashboard DIR]',
  summary: 'The whole lifecycle on the built-in sandbox',
  help:
    'Creates an example GitOps repository, starts the local GitHub simulator, and takes a release from a\n' +
    'values change to Healthy with the bundled actions (create-release, preview, approve-gate, deploy,\n' +
    "verify-health against the sandbox's cluster simulator), then promotes it dev -> staging -> prod canary ->\n" +
    'prod rest (promote), and catches a release that crash-loops in prod in canary, rolled back automatically.\n' +
    'Everything happens in a temporary folder,\n' +
    'removed at the end unless --keep. It ends by writing the delivery dashboard of its own history\n' +
    '(gitopshq dashboard) into --dashboard DIR, default a new temporary folder that is kept, and prints the path.',
  options: { keep: { type: 'boolean' }, dashboard: { type: 'string' } },
  async run(ctx, args) {
    const root = mkdtempSync(join(tmpdir(), 'gitopshq-demo-'));
    const keep = args.values.keep === true;
    const step = stepper(ctx);
    const dashboard =
      typeof args.values.dashboard === 'string'
        ? resolve(args.values.dashboard)
        : mkdtempSync(join(tmpdir(), 'gitopshq-dashboard-'));
    try {
      return await demo(ctx, root, step, dashboard);
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

async function demo(
  ctx: CommandContext,
  root: string,
  step: (t: string) => void,
  dashboard: string,
): Promise<number> {
  step(
    'gitopshq init: an example GitOps repository (dev -> staging -> prod; tenants canary, acme, globex, each in a cluster of its own per environment)',
  );
  const local = join(root, 'local');
  await cli(ctx, ['init', local]);
  step('gitopshq validate: every file against its JSON Schema');
  if ((await cli(ctx, ['validate', '--repo', local])) !== EXIT_OK) return EXIT_FINDING;

  step('The sandbox: a GitHub simulator (checked against the OpenAPI description) with acme/gitops seeded');
  const sandbox = await startSandbox({ dir: join(root, 'sandbox'), cluster: { speed: CLUSTER_SPEED } });
  try {
    ctx.stdout(
      `   API ${sandbox.sim.apiUrl}   git ${sandbox.sim.gitUrl}   users: ${Object.keys(sandbox.users).join(', ')}`,
    );
    ctx.stdout(
      `   clusters: the one Argo CD runs in, and ${[...(sandbox.cluster?.clusters.keys() ?? [])].join(', ')} (a kubeconfig context each)`,
    );
    const as = (login: string) => sandbox.github(login);
    let runs = 0;
    /** A bundle run as a runner runs it: a fresh checkout of `sha` (actions/checkout), the bot's token. */
    const action = async (
      name: string,
      spec: {
        event: WorkflowEvent;
        sha?: string;
        ref?: string;
        actor: string;
        inputs?: Record<string, string>;
      },
      branch?: string,
    ): Promise<BundleRun | undefined> => {
      const ws = await sandbox.clone('gitopshq-bot', join(root, `workspace-${++runs}`));
      if (branch) await ws.fetch('origin', [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
      if (spec.sha) await ws.checkout(spec.sha);
      const run = await runBundle({
        name,
        event: spec.event,
        inputs: spec.inputs ?? {},
        workspace: ws.cwd,
        token: sandbox.users['gitopshq-bot'],
        apiUrl: sandbox.sim.apiUrl,
        serverUrl: sandbox.sim.gitUrl,
        actor: spec.actor,
        ...(spec.sha ? { sha: spec.sha } : {}),
        ...(spec.ref ? { ref: spec.ref } : {}),
        timeoutMs: 240_000,
      });
      const calls = /GitHub API requests in this step: (\d+)/.exec(run.summary)?.[1];
      ctx.stdout(
        `   dist/${name}/index.js: exit ${run.exitCode}${calls ? `, ${calls} GitHub API requests` : ''}`,
      );
      if (run.exitCode === 0) return run;
      ctx.stderr(`${name} failed:\n${run.log}\n${run.stderr}`);
      return undefined;
    };

    step(
      `dev-alice runs create-release (dist/create-release): ${WORKLOAD} in ${ENV}, image.tag=${TAG}, no auto-merge`,
    );
    const created = await action('create-release', {
      event: workflowDispatchEvent({
        ref: 'refs/heads/main',
        workflow: '.github/workflows/create-release.yml',
        sender: 'dev-alice',
        inputs: { workload: WORKLOAD, environment: ENV, updates: `image.tag=${TAG}` },
      }),
      actor: 'dev-alice',
      inputs: { workload: WORKLOAD, environment: ENV, updates: `image.tag=${TAG}`, 'auto-merge': 'false' },
    });
    if (!created) return EXIT_FINDING;
    const id = created.outputs['release-id'] ?? '';
    const pr = await as('dev-alice').getPullRequest(Number(created.outputs['pull-request-number']));
    ctx.stdout(
      `   #${pr.number} ${pr.title}  (${pr.head.ref} -> ${pr.base.ref}, head ${pr.head.sha.slice(0, 7)}, opened by ${pr.author})`,
    );
    ctx.stdout(`   Release ${id} recorded on the gitopshq/state branch: ${created.outputs.state}`);
    const bot = await sandbox.clone('gitopshq-bot', join(root, 'bot'));
    await bot.fetch('origin', [`+refs/heads/${pr.head.ref}:refs/remotes/origin/${pr.head.ref}`]);
    const diff = await bot.exec(['diff', '--no-color', '-U1', pr.base.sha, pr.head.sha]);
    ctx.stdout('   Only the targeted line changed (comments and the rest stay byte-identical):');
    ctx.stdout(indent(diff.stdout, '     '));

    step('The preview action (dist/preview, on pull_request) renders base and head');
    const preview = await action(
      'preview',
      {
        event: pullRequestEvent({
          action: 'opened',
          number: pr.number,
          head: { ref: pr.head.ref, sha: pr.head.sha },
          base: { ref: pr.base.ref, sha: pr.base.sha },
          author: pr.author,
        }),
        sha: pr.head.sha,
        ref: `refs/pull/${pr.number}/merge`,
        actor: 'dev-alice',
      },
      pr.head.ref,
    );
    if (!preview) return EXIT_FINDING;
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
    const comment = preview.summary
      .split('\n')
      .filter((l) => l.startsWith('## ') || l.startsWith('| '))
      .slice(0, 8);
    ctx.stdout('   The sticky PR comment begins:');
    ctx.stdout(indent(comment.join('\n'), '     '));

    step(
      'rev-bob approves with a PR review; approve-gate (dist/approve-gate, on pull_request_review) decides',
    );
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
    const gate = await action(
      'approve-gate',
      {
        event: pullRequestReviewEvent({
          reviewer: 'rev-bob',
          state: 'approved',
          body: 'Rendered diff looks right.',
          pullRequest: {
            number: pr.number,
            head: { ref: pr.head.ref, sha: pr.head.sha },
            base: { ref: pr.base.ref, sha: pr.base.sha },
            author: pr.author,
          },
        }),
        sha: pr.head.sha,
        ref: `refs/pull/${pr.number}/merge`,
        actor: 'rev-bob',
        inputs: { 'pull-request': String(pr.number) },
      },
      pr.head.ref,
    );
    if (!gate) return EXIT_FINDING;
    ctx.stdout(`   outputs: approved=${gate.outputs.approved} state=${gate.outputs.state}`);
    for (const s of (await as('rev-bob').getCombinedStatus(pr.head.sha)).statuses)
      ctx.stdout(`   commit status ${s.context}: ${s.state} (${s.description ?? ''})`);

    step('release-erin merges the pull request');
    const merged = await as('release-erin').mergePullRequest(pr.number, { method: 'merge' });
    ctx.stdout(`   main is now ${merged.sha.slice(0, 7)} (a real merge commit in the bare repository)`);

    step(
      'The deploy action (dist/deploy, on the push of the merge) commits the manifests to gitopshq/deploy/dev',
    );
    const deploy = await action('deploy', {
      event: pushEvent({
        ref: 'refs/heads/main',
        before: pr.base.sha,
        after: merged.sha,
        pusher: 'release-erin',
      }),
      sha: merged.sha,
      ref: 'refs/heads/main',
      actor: 'release-erin',
    });
    if (!deploy) return EXIT_FINDING;
    const deployCommit = deploy.outputs['deploy-commit'] ?? '';
    ctx.stdout(
      `   outputs: state=${deploy.outputs.state} deploy-commit=${deployCommit.slice(0, 7)} deployment-id=${deploy.outputs['deployment-id']}`,
    );
    await bot.fetch('origin', [`+refs/heads/${DEPLOY_BRANCH}:refs/remotes/origin/${DEPLOY_BRANCH}`]);
    const tree = await bot.exec(['ls-tree', '-r', '-l', `origin/${DEPLOY_BRANCH}`]);
    ctx.stdout(`   $ git ls-tree -r -l ${DEPLOY_BRANCH}`);
    ctx.stdout(indent(tree.stdout.replace(/^\d+ blob [0-9a-f]+\s+/gm, ''), '     '));

    step(
      "verify-health (dist/verify-health, source argocd) waits for Argo CD's Applications to run the deploy commit, Healthy",
    );
    const cluster = sandbox.cluster;
    if (!cluster) throw new Error('the sandbox started without its cluster simulator');
    const verified = await action('verify-health', {
      event: pushEvent({
        ref: 'refs/heads/main',
        before: pr.base.sha,
        after: merged.sha,
        pusher: 'release-erin',
      }),
      sha: merged.sha,
      ref: 'refs/heads/main',
      actor: 'release-erin',
      inputs: {
        'release-id': id,
        source: 'argocd',
        kubeconfig: cluster.kubeconfig,
        timeout: VERIFY_TIMEOUT,
        'auto-rollback': 'true',
      },
    });
    if (!verified) return EXIT_FINDING;
    ctx.stdout(
      `   outputs: status=${verified.outputs.status} state=${verified.outputs.state} drift=${verified.outputs.drift}`,
    );
    for (const line of applicationLines(cluster, ENV, WORKLOAD, TENANTS)) ctx.stdout(`   ${line}`);

    await promotionStory(
      {
        ctx,
        d: delivery(sandbox, root),
        cluster,
        step,
        prodFrozen: await isProdFrozen(bot.cwd),
      },
      id,
      TAG,
      BAD_TAG,
    );

    step('gitopshq release show: the history, read back from the state branch');
    await cli(ctx, ['release', 'show', id, '--repo', bot.cwd]);
    step('gitopshq release list');
    await cli(ctx, ['release', 'list', '--repo', bot.cwd]);
    step('gitopshq dashboard: the delivery dashboard of this history, a static site to open in a browser');
    if ((await cli(ctx, ['dashboard', '--repo', bot.cwd, '--out', dashboard])) !== EXIT_OK)
      return EXIT_FINDING;
    if (sandbox.sim.violations.length > 0) {
      ctx.stderr(`OpenAPI violations: ${JSON.stringify(sandbox.sim.violations, null, 2)}`);
      return EXIT_FINDING;
    }
    ctx.stdout(
      `\nDone: ${sandbox.sim.requests.length} GitHub API requests, every one checked against GitHub's OpenAPI description, 0 violations.`,
    );
    ctx.stdout(`Open the dashboard: ${pathToFileURL(join(dashboard, 'index.html')).href}`);
    return EXIT_OK;
  } finally {
    await sandbox.close();
  }
}
