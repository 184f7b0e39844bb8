export const id = 206;
export const ids = [206];
export const modules = {

/***/ 18681:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applicationLines = applicationLines;
// What the demo shows of the simulated cluster: each Argo CD Application of a workload in one environment, read from
// the cluster simulator's store (what `kubectl get applications -n argocd` would print), so the reader sees the
// revision and health verify-health judged without trusting the demo's word for it.
const cluster_wiring_js_1 = __webpack_require__(61665);
function applicationLines(cluster, env, workload, tenants) {
    const lines = [];
    for (const tenant of tenants) {
        const name = (0, cluster_wiring_js_1.argoApplicationName)(env, tenant, workload);
        const app = cluster.api.store.get('argoproj.io/v1alpha1', 'Application', cluster_wiring_js_1.ARGOCD_NAMESPACE, name);
        if (!app) {
            lines.push(`Application ${name}: none (nothing deployed for ${tenant} in ${env})`);
            continue;
        }
        const s = (app.status ?? {});
        const images = (s.summary?.images ?? []).join(', ');
        lines.push(`Application ${name}: ${s.sync?.status ?? '?'} at ${(s.sync?.revision ?? '').slice(0, 7)}, ` +
            `${s.health?.status ?? '?'}${images ? `, ${images}` : ''}`);
    }
    return lines;
}


/***/ }),

/***/ 55726:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// The demo's promotion story, after the dev release is Healthy: dev -> staging (one PR for the three tenants) ->
// prod canary (wave 0) -> prod rest (wave 1), each step the bundled actions (promote, approve-gate, deploy,
// verify-health) on the sandbox, each tenant in a cluster of its own (gitopshq.yaml `destinations`); then a release
// that crash-loops in prod only (a sandbox fault on cluster prod-canary, said in the output) is caught in canary,
// rolled back automatically, and its promotion halted before acme and globex get it. One or two lines per step.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotionStory = promotionStory;
exports.isProdFrozen = isProdFrozen;
const kubeconfig_js_1 = __webpack_require__(58498);
const freeze_status_js_1 = __webpack_require__(95196);
const WORKLOAD = 'payment-api';
const PROD = 'gitopshq/deploy/prod';
const TENANTS = ['canary', 'acme', 'globex'];
/**
 * The three tenants in one staging PR goes ahead of the canary wave: a release manager does that only on purpose,
 * and the promotion records it (skip-waves).
 */
const STAGING_BATCH = {
    to: 'staging',
    tenants: TENANTS.join(','),
    'skip-waves': 'staging: the three tenants in one pull request',
};
const say = (ctx, line) => ctx.stdout(`   ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The image each tenant's cluster runs in `env` (what `kubectl --context <env>-<tenant> get deploy` shows). */
function images(cluster, env) {
    return TENANTS.map((t) => {
        const d = cluster.clusters.get(`${env}-${t}`)?.store.get('apps/v1', 'Deployment', 'payments', WORKLOAD);
        const spec = d?.spec;
        const image = spec?.template?.spec?.containers?.[0]?.image;
        return `${env}-${t}: ${image ? image.slice(image.lastIndexOf(':') + 1) : 'nothing'}`;
    }).join(', ');
}
async function verify(p, id, tenantCluster, expect = 0) {
    const started = Date.now();
    const inputs = tenantCluster
        ? { source: 'kubernetes', kubeconfig: (0, kubeconfig_js_1.withCurrentContext)(p.cluster.kubeconfig, tenantCluster) }
        : { source: 'argocd', kubeconfig: p.cluster.kubeconfig };
    // verify-health gives a Degraded release a fifth of its timeout (real seconds) to recover before the verdict: 18 s
    // of a 90 s timeout. The crash-looping release is Degraded within a second on the sped-up cluster, so its verify
    // waits 30 s at most, 6 of them the grace; a sound one is Healthy long before either timeout.
    const timeout = expect === 0 ? '90s' : '30s';
    const run = await p.d.verify({ 'release-id': id, ...inputs, timeout, 'auto-rollback': 'true' }, expect);
    const where = tenantCluster ? `its pods in cluster ${tenantCluster}` : 'the Argo CD Applications';
    if (expect === 0)
        say(p.ctx, `verify-health (${where}): ${run.outputs.state} in ${seconds(Date.now() - started)}`);
    return { run, ms: Date.now() - started };
}
/** Promote, approve, merge, deploy: returns the new release's id. */
async function wave(p, inputs, reviewers) {
    const glass = p.prodFrozen && inputs.to !== 'staging' ? { 'break-glass': 'the demo runs during the freeze' } : {};
    const run = await p.d.promote({ ...inputs, ...glass });
    const id = run.outputs['release-id'] ?? '';
    const n = Number(run.outputs['pull-request-number']);
    const tenants = JSON.parse(run.outputs.matrix ?? '{"include":[]}').include
        .map((r) => r.tenant)
        .join(', ');
    say(p.ctx, `promote: PR #${n} for ${tenants}, release ${id}`);
    const gate = await p.d.approve(n, reviewers);
    const deploy = await p.d.mergeAndDeploy(n);
    say(p.ctx, `${reviewers.join(' and ')} approve (approve-gate: ${gate.outputs.state}); merged; deploy: ${deploy.outputs.state} at ${(deploy.outputs['deploy-commit'] ?? '').slice(0, 7)}`);
    return id;
}
async function promotionStory(p, devId, goodTag, badTag) {
    const { ctx, d, cluster, step } = p;
    const prodTeam = ['rev-bob', 'sre-dave'];
    if (p.prodFrozen)
        say(ctx, 'prod is frozen now (the weekend freeze): prod waves go out with a break-glass reason');
    step(`release-erin promotes ${devId} to staging (dist/promote): one PR for the three tenants, skip-waves recorded`);
    const staging = await wave(p, { 'release-id': devId, ...STAGING_BATCH }, ['rev-bob']);
    await verify(p, staging);
    say(ctx, images(cluster, 'staging'));
    step('prod, wave 0: the canary tenant alone, verified in its own cluster (prod-canary)');
    const canary = await wave(p, { 'release-id': staging }, prodTeam);
    await verify(p, canary, 'prod-canary');
    say(ctx, images(cluster, 'prod'));
    step('prod, wave 1: acme and globex, once the canary is Healthy');
    const rest = await wave(p, { 'release-id': staging }, prodTeam);
    await verify(p, rest);
    say(ctx, images(cluster, 'prod'));
    const done = await d.promote({ 'release-id': staging });
    say(ctx, `promote again: ${/promotion \S+ is complete[^\n|]*/.exec(done.summary)?.[0] ?? done.outputs['promotion-id']}`);
    step(`A bad release: image.tag=${badTag}, sound in dev and staging, crash-looping in prod`);
    cluster.crashloop('prod-canary', badTag);
    say(ctx, `sandbox fault: image tag ${badTag} crash-loops in cluster prod-canary (nowhere else)`);
    const created = await d.createRelease({
        workload: WORKLOAD,
        environment: 'dev',
        updates: `image.tag=${badTag}`,
        'auto-merge': 'false',
    });
    const badDev = created.outputs['release-id'] ?? '';
    await d.mergeAndDeploy(Number(created.outputs['pull-request-number']));
    await verify(p, badDev);
    const badStaging = await wave(p, { 'release-id': badDev, ...STAGING_BATCH }, ['rev-bob']);
    await verify(p, badStaging);
    step('prod, wave 0 of the bad release: verify-health (auto-rollback) in the canary cluster');
    const before = await d.show(PROD, 'acme/payment-api/manifests.yaml');
    const badCanary = await wave(p, { 'release-id': badStaging }, prodTeam);
    const { run, ms } = await verify(p, badCanary, 'prod-canary', 1);
    const error = run.annotations.find((a) => a.type === 'error')?.message ?? run.log.split('\n').at(-1) ?? '';
    // The line naming the pods' own cause when the report has one: under load the Deployment's progress deadline may
    // be the verdict's first line, and "its new pods say why" is what a reader of the demo wants to see.
    const lines = error.split('\n');
    const cause = lines.find((l) => /CrashLoopBackOff|ImagePullBackOff|OOMKilled/.test(l)) ?? lines[0] ?? '';
    say(ctx, `verify-health: Failed after ${seconds(ms)}: ${cause.trim().slice(0, 160)}`);
    const rolled = /rolled back[^\n|]*|rollback[^\n|]*/i.exec(`${run.log}\n${run.summary}`)?.[0];
    if (rolled)
        say(ctx, rolled.slice(0, 160));
    say(ctx, images(cluster, 'prod'));
    const after = await d.show(PROD, 'acme/payment-api/manifests.yaml');
    say(ctx, `acme's folder on ${PROD}: ${after === before ? 'unchanged' : 'CHANGED'}; globex likewise never got ${badTag}`);
    const halted = await d.promote({ 'release-id': badStaging }, 1);
    const reason = /promotion refused[^\n]*/.exec(`${halted.log}\n${halted.summary}`)?.[0] ?? 'refused';
    say(ctx, `promote the next wave: ${reason.slice(0, 200)}`);
    return { goodTag };
}
/** Whether prod is frozen at this instant in the repository checked out at `repo` (the example's weekend freeze). */
async function isProdFrozen(repo) {
    const r = await (0, freeze_status_js_1.freezeStatuses)({ repo, at: new Date(), environment: 'prod' });
    return r.outcome === 'succeeded' && r.value.some((f) => f.frozen);
}


/***/ }),

/***/ 20206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.demoCommand = void 0;
// `gitopshq demo`: the lifecycle on the built-in sandbox, in a temporary folder, with nothing but this project.
// Every step up to Deployed is a real part: `gitopshq init/validate`, real git, the OpenAPI-checked GitHub
// simulator driven by the real Octokit client, and the bundled create-release, preview, approve-gate and deploy
// actions run as a runner runs them, each writing the record on the state branch, then the bundled verify-health
// against the sandbox's cluster simulator (its Argo CD-like syncer applies the deploy branch; controllers roll the
// Deployment out on a sped-up clock), which moves the release Deployed -> Synced -> Healthy; then the promotion story
// (demo-promotion.ts): staging, prod canary, prod rest, and a bad release caught in canary. No step is walked by hand.
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const node_url_1 = __webpack_require__(73136);
const errors_js_1 = __webpack_require__(10241);
const delivery_js_1 = __webpack_require__(16271);
const index_js_1 = __webpack_require__(32289);
const index_js_2 = __webpack_require__(42426);
const sandbox_js_1 = __webpack_require__(27304);
const command_js_1 = __webpack_require__(3567);
const style_js_1 = __webpack_require__(51715);
const demo_cluster_js_1 = __webpack_require__(18681);
const demo_promotion_js_1 = __webpack_require__(55726);
const WORKLOAD = 'payment-api';
const ENV = 'dev';
const TAG = '2.5.0';
/** The release that crash-loops in prod only (a sandbox fault on cluster prod-canary). */
const BAD_TAG = '2.6.0';
const DEPLOY_BRANCH = `gitopshq/deploy/${ENV}`;
const TENANTS = ['canary', 'acme', 'globex'];
/** Simulated seconds per real second: a rollout and a 10-minute progress deadline pass in seconds. */
const CLUSTER_SPEED = 20;
const VERIFY_TIMEOUT = '60s';
/** The action bundles the demo runs (dist/<name>/index.js with actions/<name>/action.yml). */
const BUNDLES = ['create-release', 'preview', 'approve-gate', 'deploy', 'verify-health', 'promote'];
/** Where the project (and its committed bundles) can be cloned from. */
const PROJECT_URL = 'https://github.com/gitopshq/gitopshq-actions';
exports.demoCommand = {
    name: 'demo',
    usage: 'demo [--keep] [--dashboard DIR]',
    summary: 'The whole lifecycle on the built-in sandbox',
    help: 'Creates an example GitOps repository, starts the local GitHub simulator, and takes a release from a\n' +
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
        const root = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-demo-'));
        const keep = args.values.keep === true;
        const step = stepper(ctx);
        const dashboard = typeof args.values.dashboard === 'string'
            ? (0, node_path_1.resolve)(args.values.dashboard)
            : (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-dashboard-'));
        try {
            return await demo(ctx, root, step, dashboard);
        }
        finally {
            if (keep)
                ctx.stdout(`\nKept ${root}`);
            else
                (0, node_fs_1.rmSync)(root, { recursive: true, force: true });
        }
    },
};
/**
 * The demo runs the project's action bundles as a runner does. The npm package ships the command line only, and a
 * checkout has them once built: without them the demo stops before it writes anything, saying how to get them.
 */
function requireBundles() {
    const missing = (0, index_js_2.missingBundleFiles)(BUNDLES);
    const first = missing[0];
    if (!first)
        return;
    const checkout = (0, node_fs_1.existsSync)((0, node_path_1.join)(index_js_2.PROJECT_ROOT, 'package-lock.json'));
    const how = checkout
        ? `run \`npm run build\` in ${index_js_2.PROJECT_ROOT} first`
        : `the npm package holds the command line only. Run the demo from a clone of the project: git clone ${PROJECT_URL} && cd gitopshq-actions && npm ci && npm run demo`;
    const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
    throw new errors_js_1.UserError(`the demo runs the project's GitHub Actions bundles as a runner does, and ${(0, node_path_1.relative)(index_js_2.PROJECT_ROOT, first)}${more} is missing: ${how}`, [], 'usage');
}
function stepper(ctx) {
    let n = 0;
    const started = Date.now();
    return (title) => {
        n++;
        ctx.stdout(`\n${(0, style_js_1.bold)(`${n}. ${title}`, ctx.color)}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    };
}
function indent(text, pad = '   ') {
    return text
        .trimEnd()
        .split('\n')
        .map((l) => `${pad}${l}`)
        .join('\n');
}
/** Runs a gitopshq command as a person would, showing its output indented. */
async function cli(ctx, argv) {
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
    if (out.trim())
        ctx.stdout(indent(out, '     '));
    return code;
}
async function demo(ctx, root, step, dashboard) {
    step('gitopshq init: an example GitOps repository (dev -> staging -> prod; tenants canary, acme, globex, each in a cluster of its own per environment)');
    const local = (0, node_path_1.join)(root, 'local');
    await cli(ctx, ['init', local]);
    step('gitopshq validate: every file against its JSON Schema');
    if ((await cli(ctx, ['validate', '--repo', local])) !== command_js_1.EXIT_OK)
        return command_js_1.EXIT_FINDING;
    step('The sandbox: a GitHub simulator (checked against the OpenAPI description) with acme/gitops seeded');
    const sandbox = await (0, sandbox_js_1.startSandbox)({ dir: (0, node_path_1.join)(root, 'sandbox'), cluster: { speed: CLUSTER_SPEED } });
    try {
        ctx.stdout(`   API ${sandbox.sim.apiUrl}   git ${sandbox.sim.gitUrl}   users: ${Object.keys(sandbox.users).join(', ')}`);
        ctx.stdout(`   clusters: the one Argo CD runs in, and ${[...(sandbox.cluster?.clusters.keys() ?? [])].join(', ')} (a kubeconfig context each)`);
        const as = (login) => sandbox.github(login);
        // Each bundle run as a runner runs it (src/sandbox/delivery.ts), one line per run.
        const d = (0, delivery_js_1.delivery)(sandbox, root, {
            onRun: (name, run) => {
                const calls = /GitHub API requests in this step: (\d+)/.exec(run.summary)?.[1];
                ctx.stdout(`   dist/${name}/index.js: exit ${run.exitCode}${calls ? `, ${calls} GitHub API requests` : ''}`);
            },
        });
        step(`dev-alice runs create-release (dist/create-release): ${WORKLOAD} in ${ENV}, image.tag=${TAG}, no auto-merge`);
        const created = await d.createRelease({
            workload: WORKLOAD,
            environment: ENV,
            updates: `image.tag=${TAG}`,
            'auto-merge': 'false',
        });
        const id = created.outputs['release-id'] ?? '';
        const pr = await as('dev-alice').getPullRequest(Number(created.outputs['pull-request-number']));
        ctx.stdout(`   #${pr.number} ${pr.title}  (${pr.head.ref} -> ${pr.base.ref}, head ${pr.head.sha.slice(0, 7)}, opened by ${pr.author})`);
        ctx.stdout(`   Release ${id} recorded on the gitopshq/state branch: ${created.outputs.state}`);
        const bot = await sandbox.clone('gitopshq-bot', (0, node_path_1.join)(root, 'bot'));
        await bot.fetch('origin', [`+refs/heads/${pr.head.ref}:refs/remotes/origin/${pr.head.ref}`]);
        const diff = await bot.exec(['diff', '--no-color', '-U1', pr.base.sha, pr.head.sha]);
        ctx.stdout('   Only the targeted line changed (comments and the rest stay byte-identical):');
        ctx.stdout(indent(diff.stdout, '     '));
        step('The preview action (dist/preview, on pull_request) renders base and head');
        const preview = await d.action('preview', {
            event: (0, index_js_1.pullRequestEvent)({
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
        const targets = JSON.parse(preview.outputs.targets ?? '[]');
        ctx.stdout(`   outputs: changed=${preview.outputs.changed} errors=${preview.outputs.errors}`);
        for (const t of targets)
            ctx.stdout(`   ${WORKLOAD}/${t.environment}/${t.tenant ?? '-'}: ${t.status}, ${t.changed} resource(s) changed`);
        const comment = preview.summary
            .split('\n')
            .filter((l) => l.startsWith('## ') || l.startsWith('| '))
            .slice(0, 8);
        ctx.stdout('   The sticky PR comment begins:');
        ctx.stdout(indent(comment.join('\n'), '     '));
        step('rev-bob approves with a PR review; approve-gate (dist/approve-gate, on pull_request_review) decides');
        const gate = await d.approve(pr.number, ['rev-bob'], 'Rendered diff looks right.');
        ctx.stdout(`   outputs: approved=${gate.outputs.approved} state=${gate.outputs.state}`);
        for (const s of (await as('rev-bob').getCombinedStatus(pr.head.sha)).statuses)
            ctx.stdout(`   commit status ${s.context}: ${s.state} (${s.description ?? ''})`);
        step('release-erin merges the pull request');
        const push = await d.merge(pr.number);
        ctx.stdout(`   main is now ${push.after.slice(0, 7)} (a real merge commit in the bare repository)`);
        step('The deploy action (dist/deploy, on the push of the merge) commits the manifests to gitopshq/deploy/dev');
        const deploy = await d.deploy(push);
        const deployCommit = deploy.outputs['deploy-commit'] ?? '';
        ctx.stdout(`   outputs: state=${deploy.outputs.state} deploy-commit=${deployCommit.slice(0, 7)} deployment-id=${deploy.outputs['deployment-id']}`);
        await bot.fetch('origin', [`+refs/heads/${DEPLOY_BRANCH}:refs/remotes/origin/${DEPLOY_BRANCH}`]);
        const tree = await bot.exec(['ls-tree', '-r', '-l', `origin/${DEPLOY_BRANCH}`]);
        ctx.stdout(`   $ git ls-tree -r -l ${DEPLOY_BRANCH}`);
        ctx.stdout(indent(tree.stdout.replace(/^\d+ blob [0-9a-f]+\s+/gm, ''), '     '));
        step("verify-health (dist/verify-health, source argocd) waits for Argo CD's Applications to run the deploy commit, Healthy");
        const cluster = sandbox.cluster;
        if (!cluster)
            throw new Error('the sandbox started without its cluster simulator');
        const verified = await d.verifyDeployed(push, {
            'release-id': id,
            source: 'argocd',
            kubeconfig: cluster.kubeconfig,
            timeout: VERIFY_TIMEOUT,
            'auto-rollback': 'true',
        });
        ctx.stdout(`   outputs: status=${verified.outputs.status} state=${verified.outputs.state} drift=${verified.outputs.drift}`);
        for (const line of (0, demo_cluster_js_1.applicationLines)(cluster, ENV, WORKLOAD, TENANTS))
            ctx.stdout(`   ${line}`);
        await (0, demo_promotion_js_1.promotionStory)({
            ctx,
            d: (0, delivery_js_1.delivery)(sandbox, root),
            cluster,
            step,
            prodFrozen: await (0, demo_promotion_js_1.isProdFrozen)(bot.cwd),
        }, id, TAG, BAD_TAG);
        step('gitopshq release show: the history, read back from the state branch');
        await cli(ctx, ['release', 'show', id, '--repo', bot.cwd]);
        step('gitopshq release list');
        await cli(ctx, ['release', 'list', '--repo', bot.cwd]);
        step('gitopshq dashboard: the delivery dashboard of this history, a static site to open in a browser');
        if ((await cli(ctx, ['dashboard', '--repo', bot.cwd, '--out', dashboard])) !== command_js_1.EXIT_OK)
            return command_js_1.EXIT_FINDING;
        if (sandbox.sim.violations.length > 0) {
            ctx.stderr(`OpenAPI violations: ${JSON.stringify(sandbox.sim.violations, null, 2)}`);
            return command_js_1.EXIT_FINDING;
        }
        ctx.stdout(`\nDone: ${sandbox.sim.requests.length} GitHub API requests, every one checked against GitHub's OpenAPI description, 0 violations.`);
        ctx.stdout(`Open the dashboard: ${(0, node_url_1.pathToFileURL)((0, node_path_1.join)(dashboard, 'index.html')).href}`);
        return command_js_1.EXIT_OK;
    }
    catch (e) {
        // A step's bundle failed: what a runner's log shows, and exit 1 (the delivery failed, not the command line).
        if (!(e instanceof delivery_js_1.BundleFailure))
            throw e;
        ctx.stderr(e.message);
        return command_js_1.EXIT_FINDING;
    }
    finally {
        await sandbox.close();
    }
}


/***/ }),

/***/ 96301:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezeStatus = freezeStatus;
exports.describeFreeze = describeFreeze;
// Is an environment frozen at an instant, by which freeze, and until when? Windows are read in their own time
// zone (freeze-schedule.ts), so a weekend freeze from 'fri 18:00' to 'mon 07:00' Europe/Berlin ends at 07:00 local
// whatever the daylight-saving state. Freezes that overlap or touch form one frozen span: `until` is the end of
// that span, the moment a release can actually go out.
const errors_js_1 = __webpack_require__(10241);
const freeze_schedule_js_1 = __webpack_require__(35907);
const zoned_time_js_1 = __webpack_require__(67190);
const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far ahead a frozen span is followed before it counts as "until further notice". */
const HORIZON = 400 * DAY;
/** Whether `environment` is frozen at `at`. Throws a UserError for a freeze that does not parse. */
function freezeStatus(freezes, environment, at) {
    const t = at.getTime();
    const applicable = freezes
        .map((freeze, index) => ({ freeze, schedule: scheduleOf(freeze, index) }))
        .filter(({ freeze }) => freeze.environments.length === 0 || freeze.environments.includes(environment));
    // Look a few weeks ahead first; look further only while the merged frozen span reaches the edge of what was seen.
    let horizon = 3 * WEEK;
    let spans = intervalsOf(applicable, t, horizon);
    while (horizon < HORIZON) {
        const end = thawAt(spans.flatMap((s) => s.intervals), t);
        if (end !== null && end + WEEK < t + horizon)
            break;
        horizon = Math.min(horizon * 4, HORIZON + WEEK);
        spans = intervalsOf(applicable, t, horizon);
    }
    const active = spans.filter((s) => s.intervals.some((i) => i.start <= t && t < i.end));
    const status = {
        environment,
        at: at.toISOString(),
        frozen: active.length > 0,
        freeze: null,
        until: null,
        untilLocal: null,
        reason: null,
        breakGlass: null,
        active: [],
    };
    const first = active[0];
    if (first === undefined)
        return status;
    const thaw = thawAt(spans.flatMap((s) => s.intervals), t);
    status.active = active.map((s) => ({
        name: s.freeze.name,
        timezone: s.freeze.timezone,
        reason: s.freeze.reason ?? null,
        since: new Date(frozeAt(s.intervals, t)).toISOString(),
        until: iso(thawAt(s.intervals, t)),
        breakGlass: breakGlassOf(s.freeze),
    }));
    status.freeze = first.freeze.name;
    status.until = iso(thaw);
    status.untilLocal = thaw === null ? null : (0, zoned_time_js_1.formatWall)(thaw, first.freeze.timezone, t);
    status.reason = first.freeze.reason ?? null;
    status.breakGlass = breakGlassOf(first.freeze);
    return status;
}
/** The gate's one-line status: `frozen until Mon 07:00 Europe/Berlin (weekend)`, at most 140 characters. */
function describeFreeze(status) {
    if (!status.frozen)
        return `not frozen`;
    const names = status.active.map((a) => a.name).join(', ');
    const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
    const text = `frozen ${until} (${names})`;
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
function intervalsOf(applicable, t, horizon) {
    return applicable.map((a) => ({ ...a, intervals: occurrences(a.schedule, a.freeze.timezone, t, horizon) }));
}
function breakGlassOf(freeze) {
    const { allowed, label, teams } = freeze.breakGlass;
    return { allowed, label, teams: [...teams] };
}
function iso(instant) {
    return instant === null ? null : new Date(instant).toISOString();
}
function scheduleOf(freeze, index) {
    const { schedule, problems } = (0, freeze_schedule_js_1.parseFreeze)(freeze, `freezes[${index}]`);
    if (schedule === undefined) {
        throw new errors_js_1.UserError(`gitopshq.yaml: freeze '${freeze.name}' cannot be evaluated: ${problems.map((p) => p.message).join('; ')}`);
    }
    return schedule;
}
/**
 * The end of the frozen span that contains `t` when the intervals that overlap or touch are merged; null when the
 * span runs past the horizon (a freeze that never lets go).
 */
function thawAt(intervals, t) {
    let end = t;
    let grew = true;
    while (grew) {
        grew = false;
        for (const i of intervals) {
            if (i.start <= end && i.end > end) {
                end = i.end;
                grew = true;
            }
        }
    }
    return end >= t + HORIZON ? null : end;
}
/** The start of the frozen span that contains `t` when the intervals that overlap or touch are merged. */
function frozeAt(intervals, t) {
    let start = t;
    let grew = true;
    while (grew) {
        grew = false;
        for (const i of intervals) {
            if (i.start < start && i.end >= start) {
                start = i.start;
                grew = true;
            }
        }
    }
    return start;
}
/** The occurrences of a schedule that start before `t + horizon`, from a week before `t` on. */
function occurrences(schedule, timeZone, t, horizon) {
    if (schedule.kind === 'once')
        return [{ start: schedule.start, end: schedule.end }];
    const wall = (0, zoned_time_js_1.wallTimeAt)(t, timeZone);
    const midnight = (0, zoned_time_js_1.wallToNumber)({ ...wall, hour: 0, minute: 0 });
    const monday = midnight - (0, zoned_time_js_1.weekdayOf)(wall) * DAY;
    const out = [];
    for (let week = -1; week * WEEK < horizon + WEEK; week++) {
        for (const span of schedule.spans) {
            const startWall = monday + week * WEEK + span.start * MINUTE;
            const start = (0, zoned_time_js_1.instantOf)((0, zoned_time_js_1.numberToWall)(startWall), timeZone);
            const end = (0, zoned_time_js_1.instantOf)((0, zoned_time_js_1.numberToWall)(startWall + span.length * MINUTE), timeZone);
            if (start < t + horizon && end > start)
                out.push({ start, end });
        }
    }
    return out;
}


/***/ }),

/***/ 16271:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BundleFailure = void 0;
exports.delivery = delivery;
// The steps of a delivery on the sandbox, each the bundled action run as a runner runs it on the event that starts
// it in the workflow templates (create-release and promote on workflow_dispatch, approve-gate on a review, deploy on
// the push of the merge, verify-health after it), in a fresh checkout, with the bot's token. People's parts (a review,
// a merge) are the REST calls GitHub's UI makes. Shared by `gitopshq demo` (every one of its bundle runs) and the
// end-to-end promotion test, so the demo shows exactly what the test proves.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const git_js_1 = __webpack_require__(10308);
const index_js_1 = __webpack_require__(32289);
const index_js_2 = __webpack_require__(42426);
const sandbox_js_1 = __webpack_require__(27304);
/** A bundle that exited otherwise than expected; the message carries its log. */
class BundleFailure extends Error {
    bundle;
    run;
    constructor(bundle, run, expect) {
        super(`${bundle} exited ${run.exitCode}, expected ${expect}:\n${run.log}\n${run.stderr}`);
        this.bundle = bundle;
        this.run = run;
        this.name = 'BundleFailure';
    }
}
exports.BundleFailure = BundleFailure;
function delivery(sandbox, root, opts = {}) {
    let runs = 0;
    const bare = sandbox.sim.store.bareDir({ owner: sandbox_js_1.SANDBOX_REPO.owner, name: sandbox_js_1.SANDBOX_REPO.name });
    const bareGit = new git_js_1.Git(bare);
    /**
     * A runner's checkout: cloned from the repository on disk, then pointed at the simulator. `--shared` borrows the
     * repository's objects instead of hard-linking each one: every write a delivery pushes lands there as loose objects
     * (thousands by the end of the demo), which a plain local clone linked one by one into every checkout, and the
     * demo then unlinked one by one at the end. The simulator's repository never prunes, so the borrowed objects stay.
     */
    const workspace = async (sha) => {
        // A folder of its own: the caller may clone into `root` too.
        const dir = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)(root, `delivery-${++runs}-`)), 'checkout');
        await new git_js_1.Git((0, node_path_1.dirname)(dir)).exec(['clone', '-q', '--shared', '--', bare, dir]);
        const git = new git_js_1.Git(dir);
        await git.exec(['remote', 'set-url', 'origin', sandbox.cloneUrl('gitopshq-bot')]);
        if (sha)
            await git.checkout(sha);
        return git;
    };
    const as = (login) => sandbox.github(login);
    const dispatch = (workflow, actor, inputs) => (0, index_js_1.workflowDispatchEvent)({
        ref: 'refs/heads/main',
        workflow: `.github/workflows/${workflow}`,
        sender: actor,
        inputs,
    });
    const action = async (name, spec, expect = 0) => {
        const started = Date.now();
        const ws = await workspace(spec.sha);
        const run = await (0, index_js_2.runBundle)({
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
            timeoutMs: opts.timeoutMs ?? 240_000,
        });
        opts.onRun?.(name, run, Date.now() - started);
        if (run.exitCode !== expect)
            throw new BundleFailure(name, run, expect);
        return run;
    };
    const onPush = (push) => ({
        event: (0, index_js_1.pushEvent)({
            ref: 'refs/heads/main',
            before: push.before,
            after: push.after,
            pusher: 'release-erin',
        }),
        sha: push.after,
        ref: 'refs/heads/main',
        actor: 'release-erin',
    });
    const merge = async (n) => {
        const pr = await as('release-erin').getPullRequest(n);
        const merged = await as('release-erin').mergePullRequest(n, { method: 'merge' });
        return { before: pr.base.sha, after: merged.sha };
    };
    const deploy = (push) => action('deploy', onPush(push));
    return {
        action,
        createRelease: (inputs, actor = 'dev-alice') => action('create-release', {
            event: dispatch('gitopshq-dispatch.yml', actor, inputs),
            actor,
            inputs,
        }),
        promote: (inputs, expect = 0) => action('promote', {
            event: dispatch('gitopshq-promote.yml', 'release-erin', inputs),
            actor: 'release-erin',
            inputs,
        }, expect),
        pullRequest: (n) => as('release-erin').getPullRequest(n),
        async approve(n, reviewers, comment = 'Looks right.') {
            const pr = await as('release-erin').getPullRequest(n);
            for (const login of reviewers) {
                // The REST call GitHub's UI makes when a reviewer approves (the port only reads reviews).
                const res = await fetch(`${sandbox.sim.apiUrl}/repos/${sandbox.repo}/pulls/${n}/reviews`, {
                    method: 'POST',
                    headers: {
                        authorization: `token ${sandbox.users[login]}`,
                        accept: 'application/vnd.github+json',
                        'content-type': 'application/json',
                    },
                    body: JSON.stringify({ event: 'APPROVE', body: comment }),
                });
                if (res.status !== 200)
                    throw new Error(`review by ${login}: ${res.status} ${await res.text()}`);
            }
            const reviewer = reviewers.at(-1) ?? 'rev-bob';
            return action('approve-gate', {
                event: (0, index_js_1.pullRequestReviewEvent)({
                    reviewer,
                    state: 'approved',
                    body: comment,
                    pullRequest: {
                        number: n,
                        head: { ref: pr.head.ref, sha: pr.head.sha },
                        base: { ref: pr.base.ref, sha: pr.base.sha },
                        author: pr.author,
                    },
                }),
                sha: pr.head.sha,
                ref: `refs/pull/${n}/merge`,
                actor: reviewer,
                inputs: { 'pull-request': String(n) },
            });
        },
        merge,
        deploy,
        mergeAndDeploy: async (n) => deploy(await merge(n)),
        verify: (inputs, expect = 0) => action('verify-health', {
            event: dispatch('gitopshq-verify-health.yml', 'release-erin', inputs),
            actor: 'release-erin',
            inputs,
        }, expect),
        verifyDeployed: (push, inputs) => action('verify-health', { ...onPush(push), inputs }),
        tip: async (branch) => (await bareGit.exec(['rev-parse', `refs/heads/${branch}`])).stdout.trim(),
        show: async (rev, path) => {
            const r = await bareGit.exec(['show', `${rev}:${path}`], { allowFail: true });
            return r.exitCode === 0 ? r.stdout : undefined;
        },
    };
}


/***/ }),

/***/ 32289:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_REPOSITORY = void 0;
exports.pullRequestEvent = pullRequestEvent;
exports.pullRequestReviewEvent = pullRequestReviewEvent;
exports.pushEvent = pushEvent;
exports.workflowDispatchEvent = workflowDispatchEvent;
exports.repositoryDispatchEvent = repositoryDispatchEvent;
exports.fakeSha = fakeSha;
// Event payloads shaped as GitHub sends them, for GITHUB_EVENT_PATH in e2e tests and the sandbox. Each factory's
// output is checked against @octokit/openapi-webhooks' schemas in test/unit/sandbox/events.test.ts.
const factories_js_1 = __webpack_require__(42981);
const objects_js_1 = __webpack_require__(53793);
const pull_request_js_1 = __webpack_require__(37318);
var objects_js_2 = __webpack_require__(53793);
Object.defineProperty(exports, "DEFAULT_REPOSITORY", ({ enumerable: true, get: function () { return objects_js_2.DEFAULT_REPOSITORY; } }));
function pullRequestEvent(spec) {
    const repo = spec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    if (spec.action === 'closed' && spec.state === 'open')
        throw new Error('a closed event needs a closed PR');
    const pr = (0, pull_request_js_1.pullRequest)({
        ...spec,
        state: spec.action === 'closed' ? 'closed' : (spec.state ?? 'open'),
        merged: spec.action === 'closed' ? spec.merged : undefined,
    });
    const sender = spec.sender ?? (spec.action === 'closed' && spec.merged ? spec.merged.by : (spec.author ?? 'dev-alice'));
    const payload = {
        action: spec.action,
        number: spec.number,
        pull_request: pr,
        repository: (0, objects_js_1.repository)(repo),
        sender: (0, objects_js_1.user)(sender, repo),
    };
    if (spec.action === 'synchronize') {
        payload.before = spec.before ?? fakeSha(`before:${spec.head.sha}`);
        payload.after = spec.head.sha;
    }
    return { name: 'pull_request', payload };
}
function pullRequestReviewEvent(spec) {
    const prSpec = spec.pullRequest;
    const repo = prSpec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    const pr = (0, pull_request_js_1.pullRequest)(prSpec);
    const id = (0, objects_js_1.stableId)('review', repo.owner, repo.name, prSpec.number, spec.reviewer, spec.submittedAt ?? '');
    const reviewer = (0, objects_js_1.accountOf)(spec.reviewer);
    return {
        name: 'pull_request_review',
        payload: {
            action: 'submitted',
            review: (0, factories_js_1.review)((0, objects_js_1.urlsOf)(repo), (0, objects_js_1.repoInfoOf)(repo), prSpec.number, {
                id,
                user: spec.reviewer,
                state: spec.state,
                body: spec.body ?? null,
                commitId: spec.commitId ?? prSpec.head.sha,
                submittedAt: spec.submittedAt ?? objects_js_1.DEFAULT_TIME,
            }, reviewer, 'MEMBER'),
            pull_request: pr,
            repository: (0, objects_js_1.repository)(repo),
            sender: (0, objects_js_1.user)(spec.reviewer, repo),
        },
    };
}
function pushEvent(spec) {
    const repo = spec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    const web = (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const pusher = spec.pusher ?? 'dev-alice';
    const commits = (spec.commits ?? [{ id: spec.after, message: 'Update' }]).map((c) => {
        const author = c.author ?? pusher;
        const person = { name: author, email: `${author}@users.noreply.github.com`, username: author };
        return {
            id: c.id,
            tree_id: fakeSha(`tree:${c.id}`),
            distinct: true,
            message: c.message,
            timestamp: c.timestamp ?? objects_js_1.DEFAULT_TIME,
            url: `${web}/${repo.owner}/${repo.name}/commit/${c.id}`,
            author: person,
            committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
            added: c.added ?? [],
            removed: c.removed ?? [],
            modified: c.modified ?? [],
        };
    });
    const deleted = spec.deleted ?? false;
    return {
        name: 'push',
        payload: {
            ref: spec.ref,
            before: spec.before,
            after: spec.after,
            repository: (0, objects_js_1.repository)(repo, 'push'),
            pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
            sender: (0, objects_js_1.user)(pusher, repo),
            created: spec.created ?? false,
            deleted,
            forced: spec.forced ?? false,
            base_ref: null,
            compare: `${web}/${repo.owner}/${repo.name}/compare/${spec.before.slice(0, 12)}...${spec.after.slice(0, 12)}`,
            commits: deleted ? [] : commits,
            head_commit: deleted ? null : (commits.at(-1) ?? null),
        },
    };
}
function workflowDispatchEvent(spec) {
    const repo = spec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    return {
        name: 'workflow_dispatch',
        payload: {
            inputs: spec.inputs === undefined ? null : spec.inputs,
            ref: spec.ref,
            repository: (0, objects_js_1.repository)(repo),
            sender: (0, objects_js_1.user)(spec.sender ?? 'release-erin', repo),
            workflow: spec.workflow,
        },
    };
}
function repositoryDispatchEvent(spec) {
    const repo = spec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    const installationId = (0, objects_js_1.stableId)('installation', repo.owner);
    return {
        name: 'repository_dispatch',
        payload: {
            action: spec.eventType,
            branch: spec.branch ?? repo.defaultBranch ?? 'main',
            client_payload: spec.clientPayload === undefined ? {} : spec.clientPayload,
            repository: (0, objects_js_1.repository)(repo),
            sender: (0, objects_js_1.user)(spec.sender ?? 'gitopshq-bot', repo),
            installation: { id: installationId, node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${installationId}` },
        },
    };
}
/** A 40-hex sha derived from `seed`, for fields a test does not care about. */
function fakeSha(seed) {
    let out = '';
    for (let i = 0; out.length < 40; i++)
        out += (0, objects_js_1.stableId)(seed, i).toString(16).padStart(8, '0');
    return out.slice(0, 40);
}


/***/ }),

/***/ 53793:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TIME = exports.DEFAULT_REPOSITORY = void 0;
exports.stableId = stableId;
exports.urlsOf = urlsOf;
exports.accountOf = accountOf;
exports.repoInfoOf = repoInfoOf;
exports.user = user;
exports.repository = repository;
// The objects GitHub nests in webhook payloads (users, repositories, pull requests), built by the same builder as
// the simulator's REST responses (src/sandbox/github/factories.ts), from what a test describes. Ids are derived
// from names, so payloads are reproducible and ids differ between objects.
const node_crypto_1 = __webpack_require__(77598);
const factories_js_1 = __webpack_require__(42981);
exports.DEFAULT_REPOSITORY = { owner: 'acme', name: 'gitops' };
exports.DEFAULT_TIME = '2026-01-15T09:30:00Z';
/** A stable positive id from a name, so payloads are reproducible and ids differ between objects. */
function stableId(...parts) {
    return ((0, node_crypto_1.createHash)('sha256').update(parts.join('\0')).digest().readUInt32BE(0) % 2_000_000_000) + 1;
}
function urlsOf(repo) {
    return {
        web: (repo.serverUrl ?? 'https://github.com').replace(/\/+$/, ''),
        api: (repo.apiUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    };
}
function accountOf(login, type = 'User') {
    return { id: stableId('user', login), login, type };
}
function repoInfoOf(repo) {
    return {
        id: stableId('repo', `${repo.owner}/${repo.name}`),
        owner: repo.owner,
        name: repo.name,
        private: repo.private ?? true,
        defaultBranch: repo.defaultBranch ?? 'main',
        description: null,
        createdAt: exports.DEFAULT_TIME,
    };
}
function user(login, repo = exports.DEFAULT_REPOSITORY, type = 'User') {
    return (0, factories_js_1.simpleUser)(urlsOf(repo), accountOf(login, type));
}
/** The repository object of webhook payloads; `push` payloads carry GitHub's legacy shape of it. */
function repository(repo = exports.DEFAULT_REPOSITORY, style = 'webhook') {
    const object = (0, factories_js_1.repository)(urlsOf(repo), repoInfoOf(repo), accountOf(repo.owner, 'Organization'), {
        pushedAt: exports.DEFAULT_TIME,
        openIssues: 0,
    });
    if (style === 'webhook')
        return object;
    // Legacy: times as epoch seconds, plus `stargazers` and `master_branch`.
    const epoch = Math.floor(Date.parse(exports.DEFAULT_TIME) / 1000);
    return {
        ...object,
        created_at: epoch,
        pushed_at: epoch,
        stargazers: 0,
        master_branch: object.default_branch,
    };
}


/***/ }),

/***/ 37318:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pullRequest = pullRequest;
// The pull_request object of pull_request and pull_request_review payloads, from the shared builder.
const factories_js_1 = __webpack_require__(42981);
const objects_js_1 = __webpack_require__(53793);
/** Who the payloads say everyone is to the repository (the simulator asks its collaborators). */
const ASSOCIATION = 'MEMBER';
function pullRequest(spec) {
    const repo = spec.repo ?? objects_js_1.DEFAULT_REPOSITORY;
    const info = (0, objects_js_1.repoInfoOf)(repo);
    const created = spec.createdAt ?? objects_js_1.DEFAULT_TIME;
    const merged = spec.merged;
    const state = spec.state ?? (merged ? 'closed' : 'open');
    const closedAt = state === 'closed' ? (spec.closedAt ?? merged?.at ?? created) : null;
    const pull = {
        id: (0, objects_js_1.stableId)('pull', `${repo.owner}/${repo.name}`, spec.number),
        number: spec.number,
        title: spec.title ?? `Pull request ${spec.number}`,
        body: spec.body ?? null,
        state,
        draft: spec.draft ?? false,
        head: spec.head.ref,
        base: spec.base.ref,
        user: spec.author ?? 'dev-alice',
        labels: spec.labels ?? [],
        createdAt: created,
        updatedAt: spec.updatedAt ?? closedAt ?? created,
        closedAt,
        mergedAt: merged ? (merged.at ?? closedAt) : null,
        mergedBy: merged?.by ?? null,
        mergeCommitSha: merged?.commitSha ?? null,
    };
    return (0, factories_js_1.pullRequest)({
        urls: (0, objects_js_1.urlsOf)(repo),
        repo: info,
        owner: (0, objects_js_1.accountOf)(repo.owner, 'Organization'),
        account: (login) => (0, objects_js_1.accountOf)(login),
        labels: pull.labels.map((name) => ({
            id: (0, objects_js_1.stableId)('label', name),
            name,
            color: 'ededed',
            description: null,
        })),
        association: () => ASSOCIATION,
        pushedAt: objects_js_1.DEFAULT_TIME,
        openIssues: 0,
    }, {
        pull,
        headSha: spec.head.sha,
        baseSha: spec.base.sha,
        mergeable: true,
        commits: 1,
        additions: 1,
        deletions: 1,
        changedFiles: 1,
        comments: 0,
    }, true);
}


/***/ }),

/***/ 42426:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROJECT_ROOT = exports.parseWorkflowCommands = exports.parseFileCommand = exports.maskLog = void 0;
exports.runnerInputEnvName = runnerInputEnvName;
exports.assertNode24 = assertNode24;
exports.missingBundleFiles = missingBundleFiles;
exports.actionDefaults = actionDefaults;
exports.bundleFor = bundleFor;
exports.runBundle = runBundle;
// Runs a bundled action the way a GitHub runner does: INPUT_* variables (with action.yml's defaults), the event
// payload in GITHUB_EVENT_PATH, file commands in files, workflow commands on stdout. For e2e tests and the demo.
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const run_process_js_1 = __webpack_require__(25820);
const tools_js_1 = __webpack_require__(57611);
const workflow_commands_js_1 = __webpack_require__(28444);
var workflow_commands_js_2 = __webpack_require__(28444);
Object.defineProperty(exports, "maskLog", ({ enumerable: true, get: function () { return workflow_commands_js_2.maskLog; } }));
Object.defineProperty(exports, "parseFileCommand", ({ enumerable: true, get: function () { return workflow_commands_js_2.parseFileCommand; } }));
Object.defineProperty(exports, "parseWorkflowCommands", ({ enumerable: true, get: function () { return workflow_commands_js_2.parseWorkflowCommands; } }));
/**
 * The gitopshq package's root, found by its package.json wherever this code runs from: src/sandbox/runner (from
 * source, tsx) is three folders down, dist/cli/index.js (the built command line, which bundles this file) two.
 */
exports.PROJECT_ROOT = (0, tools_js_1.packageRoot)() ?? (0, node_path_1.resolve)(import.meta.dirname, '..', '..', '..');
const DEFAULT_SHA = 'f'.repeat(40);
/** The runner's mangling: upper case, spaces to `_`, hyphens kept (`INPUT_REPO-PATH`). */
function runnerInputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function assertNode24(version = process.version) {
    if (!/^v24\./.test(version)) {
        throw new Error(`actions run on Node 24 (runs.using: node24) but this is Node ${version}: run tests via npm/npx`);
    }
}
/** An action's metadata (its inputs' defaults): actions/<name>/action.yml, or the root action.yml for `main`. */
function actionYml(name) {
    return name === 'main'
        ? (0, node_path_1.join)(exports.PROJECT_ROOT, 'action.yml')
        : (0, node_path_1.join)(exports.PROJECT_ROOT, 'actions', name, 'action.yml');
}
function bundlePath(name) {
    return (0, node_path_1.join)(exports.PROJECT_ROOT, 'dist', name, 'index.js');
}
/**
 * The files runBundle needs for these actions (bundle and action.yml) that are not there: a checkout that was not
 * built, or the npm package, which ships the command line only.
 */
function missingBundleFiles(names) {
    return names.flatMap((n) => [bundlePath(n), actionYml(n)]).filter((f) => !(0, node_fs_1.existsSync)(f));
}
/** The defaults a runner fills in for inputs not given in `with:`, with `${{ github.token }}` evaluated. */
function actionDefaults(name, token) {
    const file = actionYml(name);
    const yml = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(file, 'utf8'));
    const out = {};
    for (const [input, def] of Object.entries(yml.inputs ?? {})) {
        if (def.default === undefined)
            continue;
        const text = String(def.default);
        if (/^\$\{\{\s*github\.token\s*\}\}$/.test(text))
            out[input] = token;
        else if (text.includes('${{'))
            throw new Error(`${file}: input ${input}: the harness cannot evaluate ${text}`);
        else
            out[input] = text;
    }
    return out;
}
function bundleFor(name) {
    const file = bundlePath(name);
    if (!(0, node_fs_1.existsSync)(file))
        throw new Error(`${file} is missing: run npm run build`);
    return file;
}
/** Spawns a bundle (or a `.ts` entry) as a runner would; not to be confused with core's `runAction` wrapper. */
async function runBundle(options) {
    assertNode24();
    const { name } = options;
    if (!name && !options.bundlePath)
        throw new Error('runBundle needs a name or a bundlePath');
    const script = options.bundlePath ? (0, node_path_1.resolve)(options.bundlePath) : bundleFor(name);
    const token = options.token ?? 'ghs_sandboxtoken000000000000000000000000';
    const temp = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-runner-'));
    try {
        const files = {
            event: (0, node_path_1.join)(temp, 'event.json'),
            output: (0, node_path_1.join)(temp, 'output'),
            summary: (0, node_path_1.join)(temp, 'step_summary'),
            state: (0, node_path_1.join)(temp, 'state'),
            env: (0, node_path_1.join)(temp, 'env'),
            path: (0, node_path_1.join)(temp, 'path'),
        };
        for (const f of [files.output, files.summary, files.state, files.env, files.path])
            (0, node_fs_1.writeFileSync)(f, '');
        (0, node_fs_1.writeFileSync)(files.event, JSON.stringify(options.event?.payload ?? {}));
        const runnerTemp = (0, node_path_1.join)(temp, 'runner-temp');
        (0, node_fs_1.mkdirSync)(runnerTemp);
        const workspace = options.workspace ?? (0, node_path_1.join)(temp, 'workspace');
        (0, node_fs_1.mkdirSync)(workspace, { recursive: true });
        const inputs = { ...(name ? actionDefaults(name, token) : {}), ...options.inputs };
        const env = {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? temp,
            CI: 'true',
            GITHUB_ACTIONS: 'true',
            RUNNER_OS: 'Linux',
            RUNNER_ARCH: 'X64',
            RUNNER_TEMP: runnerTemp,
            RUNNER_DEBUG: options.debug ? '1' : '',
            GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
            GITHUB_EVENT_PATH: files.event,
            GITHUB_REPOSITORY: options.repository ?? 'acme/gitops',
            GITHUB_REPOSITORY_OWNER: (options.repository ?? 'acme/gitops').split('/')[0] ?? '',
            GITHUB_SHA: options.sha ?? DEFAULT_SHA,
            GITHUB_REF: options.ref ?? 'refs/heads/main',
            GITHUB_ACTOR: options.actor ?? 'dev-alice',
            GITHUB_WORKSPACE: workspace,
            GITHUB_OUTPUT: files.output,
            GITHUB_STEP_SUMMARY: files.summary,
            GITHUB_STATE: files.state,
            GITHUB_ENV: files.env,
            GITHUB_PATH: files.path,
            GITHUB_TOKEN: token,
            GITHUB_API_URL: options.apiUrl ?? 'https://api.github.com',
            GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.com',
            GITHUB_RUN_ID: '1',
            GITHUB_RUN_ATTEMPT: '1',
            GITHUB_JOB: 'e2e',
            GITHUB_WORKFLOW: 'e2e',
        };
        for (const [input, value] of Object.entries(inputs))
            env[runnerInputEnvName(input)] = value;
        Object.assign(env, options.env);
        // tsx is resolved from this project, not from the workspace the child runs in.
        const args = script.endsWith('.ts') ? ['--import', import.meta.resolve('tsx'), script] : [script];
        const run = await (0, run_process_js_1.runProcess)(process.execPath, args, {
            env,
            cwd: workspace,
            timeoutMs: options.timeoutMs ?? 60_000,
            ...(options.signal ? { signal: options.signal } : {}),
        });
        if (run.spawnError)
            throw new Error(`cannot run ${process.execPath} ${script}: ${run.spawnError}`);
        const { stdout, stderr } = run;
        const exitCode = run.signal ? null : run.exitCode;
        const commands = (0, workflow_commands_js_1.parseWorkflowCommands)(stdout);
        const masked = commands.filter((c) => c.command === 'add-mask').map((c) => c.data);
        return {
            exitCode,
            outputs: (0, workflow_commands_js_1.parseFileCommand)((0, node_fs_1.readFileSync)(files.output, 'utf8')),
            summary: (0, node_fs_1.readFileSync)(files.summary, 'utf8'),
            stdout,
            stderr,
            log: (0, workflow_commands_js_1.maskLog)(stdout, masked),
            commands,
            annotations: (0, workflow_commands_js_1.annotationsOf)(commands),
            masked,
            exportedEnv: (0, workflow_commands_js_1.parseFileCommand)((0, node_fs_1.readFileSync)(files.env, 'utf8')),
            state: (0, workflow_commands_js_1.parseFileCommand)((0, node_fs_1.readFileSync)(files.state, 'utf8')),
        };
    }
    finally {
        (0, node_fs_1.rmSync)(temp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 28444:
/***/ ((__unused_webpack_module, exports) => {


// Parsing what an action tells the runner: `::command k=v,...::data` lines on stdout, and the
// `name<<DELIMITER` file-command format of GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWorkflowCommands = parseWorkflowCommands;
exports.annotationsOf = annotationsOf;
exports.parseFileCommand = parseFileCommand;
exports.maskLog = maskLog;
function unescapeData(s) {
    return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescapeProperty(s) {
    return s
        .replace(/%0D/gi, '\r')
        .replace(/%0A/gi, '\n')
        .replace(/%3A/gi, ':')
        .replace(/%2C/gi, ',')
        .replace(/%25/g, '%');
}
const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;
/** What the runner trims before `::` (.NET's String.TrimStart: Char.IsWhiteSpace, Unicode's whitespace). */
const LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
/** One workflow command per line of `stdout` that holds one, in order (the runner reads them the same way). */
function parseWorkflowCommands(stdout) {
    const out = [];
    for (const raw of stdout.split('\n')) {
        const line = raw.replace(/\r$/, '').replace(LEADING_WHITESPACE, '');
        const m = COMMAND.exec(line);
        if (!m)
            continue;
        const properties = {};
        for (const pair of (m[2] ?? '').split(',')) {
            const eq = pair.indexOf('=');
            if (eq > 0)
                properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
        }
        out.push({ command: m[1] ?? '', properties, data: unescapeData(m[3] ?? '') });
    }
    return out;
}
const num = (s) => (s === undefined || s === '' ? undefined : Number(s));
function annotationsOf(commands) {
    return commands
        .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
        .map((c) => {
        const a = { type: c.command, message: c.data };
        const p = c.properties;
        if (p.file !== undefined)
            a.file = p.file;
        if (p.line !== undefined)
            a.line = num(p.line);
        if (p.col !== undefined)
            a.col = num(p.col);
        if (p.endLine !== undefined)
            a.endLine = num(p.endLine);
        if (p.endColumn !== undefined)
            a.endColumn = num(p.endColumn);
        if (p.title !== undefined)
            a.title = p.title;
        return a;
    });
}
/**
 * Parses a file-command file: `name<<DELIM\nvalue lines\nDELIM` blocks and `name=value` lines. A later value
 * for the same name wins, as on the runner. Throws on a block whose delimiter never comes (the runner fails the
 * step then too).
 */
function parseFileCommand(text) {
    const out = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line === '')
            continue;
        const heredoc = line.indexOf('<<');
        const eq = line.indexOf('=');
        if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
            const name = line.slice(0, heredoc);
            const delimiter = line.slice(heredoc + 2);
            const value = [];
            let closed = false;
            for (i++; i < lines.length; i++) {
                if (lines[i] === delimiter) {
                    closed = true;
                    break;
                }
                value.push(lines[i] ?? '');
            }
            if (!closed)
                throw new Error(`file command: ${name}'s value never ends with its delimiter ${delimiter}`);
            out[name] = value.join('\n');
        }
        else if (eq > 0) {
            out[line.slice(0, eq)] = line.slice(eq + 1);
        }
        else {
            throw new Error(`file command: cannot read line ${i + 1}: ${JSON.stringify(line)}`);
        }
    }
    return out;
}
/** The log as the runner shows it: command lines hidden, every masked value replaced by `***`. */
function maskLog(stdout, masked) {
    const secrets = [...masked].filter((m) => m !== '').sort((a, b) => b.length - a.length);
    return stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .map((l) => secrets.reduce((acc, s) => acc.split(s).join('***'), l))
        .join('\n');
}


/***/ }),

/***/ 95196:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezeStatuses = freezeStatuses;
// freeze status: whether each environment of the repository at `repo` is frozen at an instant, through the same
// evaluation the approval gate and deploy use (src/domain/freeze.ts). Flow: docs/architecture.md.
const freeze_js_1 = __webpack_require__(96301);
const repo_js_1 = __webpack_require__(53413);
const result_js_1 = __webpack_require__(48155);
/** Failed (kind usage) when `environment` is not one of gitopshq.yaml's. */
async function freezeStatuses(req) {
    const { config } = await (0, repo_js_1.loadRepo)(req.repo);
    const names = config.environments.map((e) => e.name);
    const env = req.environment;
    if (env !== undefined && !names.includes(env)) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `--env: unknown environment '${env}' (gitopshq.yaml has: ${names.join(', ')})`,
        });
    }
    return (0, result_js_1.succeeded)((env === undefined ? names : [env]).map((name) => (0, freeze_js_1.freezeStatus)(config.freezes, name, req.at)));
}


/***/ })

};
