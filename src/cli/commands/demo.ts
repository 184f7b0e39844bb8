// `gitopshq demo`: the lifecycle on the built-in sandbox, in a temporary folder, with nothing but this project.
// Every step up to Deployed is a real part: `gitopshq init/validate`, real git, the OpenAPI-checked GitHub
// simulator driven by the real Octokit client, and the bundled create-release, preview, approve-gate and deploy
// actions run as a runner runs them, each writing the record on the state branch, then the bundled verify-health
// against the sandbox's cluster simulator (its Argo CD-like syncer applies the deploy branch; controllers roll the
// Deployment out on a sped-up clock), which moves the release Deployed -> Synced -> Healthy; then the promotion story
// (demo-promotion.ts): staging, prod canary, prod rest, and a bad release caught in canary. No step is walked by hand.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../../domain/errors.js';
import { BundleFailure, delivery } from '../../sandbox/delivery.js';
import { pullRequestEvent } from '../../sandbox/events/index.js';
import { missingBundleFiles, PROJECT_ROOT } from '../../sandbox/runner/index.js';
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
/** The action bundles the demo runs (dist/<name>/index.js with actions/<name>/action.yml). */
const BUNDLES = ['create-release', 'preview', 'approve-gate', 'deploy', 'verify-health', 'promote'];
/** Where the project (and its committed bundles) can be cloned from. */
const PROJECT_URL = 'https://github.com/gitopshq/gitopshq-actions';

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
    '(gitopshq dashboard) into --dashboard DIR, default a new temporary folder that is kept, and prints the path.\n' +
    'It runs the action bundles of a clone of the project (npm ci && npm run demo); the npm package holds\n' +
    'the command line only.',
  options: { keep: { type: 'boolean' }, dashboard: { type: 'string' } },
  async run(ctx, args) {
    requireBundles();
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

/**
 * The demo runs the project's action bundles as a runner does. The npm package ships the command line only, and a
 * checkout has them once built: without them the demo stops before it writes anything, saying how to get them.
 */
function requireBundles(): void {
  const missing = missingBundleFiles(BUNDLES);
  const first = missing[0];
  if (!first) return;
  const checkout = existsSync(join(PROJECT_ROOT, 'package-lock.json'));
  const how = checkout
    ? `run \`npm run build\` in ${PROJECT_ROOT} first`
    : `the npm package holds the command line only. Run the demo from a clone of the project: git clone ${PROJECT_URL} && cd gitopshq-actions && npm ci && npm run demo`;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
  throw new UserError(
    `the demo runs the project's GitHub Actions bundles as a runner does, and ${relative(PROJECT_ROOT, first)}${more} is missing: ${how}`,
    [],
    'usage',
  );
}

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
    // Each bundle run as a runner runs it (src/sandbox/delivery.ts), one line per run.
    const d = delivery(sandbox, root, {
      onRun: (name, run) => {
        const calls = /GitHub API requests in this step: (\d+)/.exec(run.summary)?.[1];
        ctx.stdout(
          `   dist/${name}/index.js: exit ${run.exitCode}${calls ? `, ${calls} GitHub API requests` : ''}`,
        );
      },
    });

    step(
      `dev-alice runs create-release (dist/create-release): ${WORKLOAD} in ${ENV}, image.tag=${TAG}, no auto-merge`,
    );
    const created = await d.createRelease({
      workload: WORKLOAD,
      environment: ENV,
      updates: `image.tag=${TAG}`,
      'auto-merge': 'false',
    });
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
    const preview = await d.action('preview', {
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
    });
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
    const gate = await d.approve(pr.number, ['rev-bob'], 'Rendered diff looks right.');
    ctx.stdout(`   outputs: approved=${gate.outputs.approved} state=${gate.outputs.state}`);
    for (const s of (await as('rev-bob').getCombinedStatus(pr.head.sha)).statuses)
      ctx.stdout(`   commit status ${s.context}: ${s.state} (${s.description ?? ''})`);

    step('release-erin merges the pull request');
    const push = await d.merge(pr.number);
    ctx.stdout(`   main is now ${push.after.slice(0, 7)} (a real merge commit in the bare repository)`);

    step(
      'The deploy action (dist/deploy, on the push of the merge) commits the manifests to gitopshq/deploy/dev',
    );
    const deploy = await d.deploy(push);
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
    const verified = await d.verifyDeployed(push, {
      'release-id': id,
      source: 'argocd',
      kubeconfig: cluster.kubeconfig,
      timeout: VERIFY_TIMEOUT,
      'auto-rollback': 'true',
    });
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
  } catch (e) {
    // A step's bundle failed: what a runner's log shows, and exit 1 (the delivery failed, not the command line).
    if (!(e instanceof BundleFailure)) throw e;
    ctx.stderr(e.message);
    return EXIT_FINDING;
  } finally {
    await sandbox.close();
  }
}
