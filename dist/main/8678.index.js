export const id = 8678;
export const ids = [8678];
export const modules = {

/***/ 57344:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeMessageHints = mergeMessageHints;
exports.hintedReleases = hintedReleases;
exports.newestFirst = newestFirst;
exports.parseCommitObject = parseCommitObject;
// GitHub's merge commit subject. The head is `owner/branch`; a branch may hold slashes, an owner may not.
const GITHUB_MERGE = /^Merge pull request #(\d+) from ([^\s/]+)\/(\S+)$/;
// GitHub's squash subject ends with the number in parentheses; only the last one counts ("fix #3 (#12)" is #12).
const SQUASH = /\(#(\d+)\)$/;
// git's own merge subjects, for a release branch merged by hand and pushed ("Merge remote-tracking branch
// 'origin/x'", "Merge branch 'x' into main", "Merge branch 'x' of https://…").
const GIT_MERGE = /^Merge (?:remote-tracking )?branch '([^']+)'/;
/** Reads the subject line only: GitHub writes its number there, and a body may quote any number of others. */
function mergeMessageHints(message) {
    const subject = (message.split('\n', 1)[0] ?? '').trim();
    const merge = GITHUB_MERGE.exec(subject);
    if (merge)
        return { number: Number(merge[1]), branch: merge[3] };
    const local = GIT_MERGE.exec(subject);
    if (local?.[1])
        return { branch: local[1] };
    const squash = SQUASH.exec(subject);
    if (squash)
        return { number: Number(squash[1]) };
    return {};
}
/** A git branch as a merge message names it, remote or not: `origin/<b>` and `<b>` both name `<b>`. */
function namesBranch(named, branch) {
    return named === branch || named.endsWith(`/${branch}`);
}
/**
 * The releases the commit says it merged, strongest first: the pull request number in its message, the branch in its
 * message, a merged head some approval on the record was given to (the commit's second parent). Each must still be
 * confirmed by asking its pull request. At most one release per hint, so a forged message costs a call or two.
 */
function hintedReleases(commit, releases) {
    const hints = mergeMessageHints(commit.message);
    const head = commit.parents.length === 2 ? commit.parents[1] : undefined;
    // A Cancelled release never merged: a PR closed unmerged and reopened names its live release too, found first.
    const pool = [
        ...releases.filter((r) => r.state !== 'Cancelled'),
        ...releases.filter((r) => r.state === 'Cancelled'),
    ];
    const picks = [
        hints.number === undefined ? undefined : pool.find((r) => r.pullRequest?.number === hints.number),
        hints.branch === undefined
            ? undefined
            : pool.find((r) => r.pullRequest && namesBranch(hints.branch ?? '', r.pullRequest.branch)),
        head === undefined ? undefined : pool.find((r) => r.approvals.some((a) => a.commit === head)),
    ];
    const out = [];
    for (const r of picks)
        if (r && !out.includes(r))
            out.push(r);
    return out;
}
/** When the release last entered its current state (its newest history entry), for ordering; '' when unknown. */
function lastMove(r) {
    return r.history.at(-1)?.at ?? '';
}
/** Newest move first: the release approved last is the likeliest to have merged just now. */
function newestFirst(releases) {
    return [...releases].sort((a, b) => lastMove(b).localeCompare(lastMove(a)));
}
/** A raw commit object (`git cat-file commit`): its parent lines and the message after the header's blank line. */
function parseCommitObject(text) {
    const end = text.indexOf('\n\n');
    const header = end < 0 ? text : text.slice(0, end);
    const parents = header
        .split('\n')
        .filter((l) => l.startsWith('parent '))
        .map((l) => l.slice('parent '.length).trim());
    return { parents, message: end < 0 ? '' : text.slice(end + 2) };
}


/***/ }),

/***/ 79377:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_UNHINTED_LOOKUPS = exports.RELEASE_TRAILER = exports.RELEASE_ANNOTATION = void 0;
exports.annotate = annotate;
exports.deploy = deploy;
exports.ensureDeployment = ensureDeployment;
const break_glass_js_1 = __webpack_require__(6558);
const closed_pull_request_js_1 = __webpack_require__(79536);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const layout_js_1 = __webpack_require__(89128);
const merge_commit_js_1 = __webpack_require__(57344);
const normalize_js_1 = __webpack_require__(12991);
const types_js_1 = __webpack_require__(74785);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
/** The annotation every deployed object carries: which release put it there. */
exports.RELEASE_ANNOTATION = 'gitopshq.io/release';
/** The commit trailer on the deploy branch naming the release a commit deploys (rollback.ts has its own). */
exports.RELEASE_TRAILER = 'Gitopshq-Release';
/** Adds the release annotation to every object, leaving everything else as rendered. */
function annotate(manifests, releaseId) {
    return manifests.map((m) => {
        const metadata = (m.object.metadata ?? {});
        const annotations = (metadata.annotations ?? {});
        const object = {
            ...m.object,
            metadata: { ...metadata, annotations: { ...annotations, [exports.RELEASE_ANNOTATION]: releaseId } },
        };
        return { ...m, object };
    });
}
async function findRelease(req, ports) {
    if (req.releaseId !== undefined) {
        return (await ports.store.getRelease(req.releaseId)) ?? `release ${req.releaseId} does not exist`;
    }
    if (req.sha === undefined)
        return 'no release-id and no pushed commit: say which release to deploy';
    const pr = await ports.github.findPullRequestForMergeCommit(req.sha);
    const records = await ports.store.listReleases();
    if (pr) {
        // A PR closed unmerged and reopened names a Cancelled release and a live one: the live one merged.
        const found = (0, closed_pull_request_js_1.releaseOfPullRequest)(records, pr.number);
        return found ?? `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
    }
    return findUnlinkedMerge(req.sha, records, ports);
}
/**
 * Without a hint, at most this many pull requests are asked what they merged as. Each call is one more chance of a
 * rate limit, and Approved records may pile up: approve-gate cancels the release of a pull request closed without
 * merging, but only where its workflow runs on `closed` (an older copy of the template does not), and otherwise
 * nothing on the record says it closed (knowing would take a call per release, the cost this bound avoids).
 */
exports.MAX_UNHINTED_LOOKUPS = 5;
/**
 * GitHub links a merge commit to its pull request a moment after the merge (read-after-write lag), so the push that
 * merged a release may find no pull request yet: skipping it would leave the release undeployed with a green run.
 * The commit says which pull request it merged (its message, its merged parent) and the record keeps each
 * release's pull request: one call confirms. Only a merge that names none (a rebase merge, an edited message) asks
 * the releases awaiting their merge, newest first and at most MAX_UNHINTED_LOOKUPS of them: a release merges soon
 * after its approval, so the one that merged now is among the last approved.
 */
async function findUnlinkedMerge(sha, records, ports) {
    const asked = new Set();
    // The message is untrusted (anyone can write "(#12)"): only the pull request's own answer decides.
    const mergedHere = async (r) => {
        const n = r.pullRequest?.number;
        if (n === undefined || asked.has(n))
            return false;
        asked.add(n);
        const own = await ports.github.getPullRequest(n);
        return own.merged && own.mergeCommitSha === sha;
    };
    // A re-run after a failure half-way: the record says its deploy of this very commit began.
    const note = deployingNote(sha);
    const began = records.filter((r) => ['Deploying', 'Failed'].includes(r.state) &&
        r.history.some((h) => h.state === 'Deploying' && h.note === note));
    const commit = await ports.source.commit(sha);
    for (const r of [...began, ...(commit ? (0, merge_commit_js_1.hintedReleases)(commit, records) : [])]) {
        if (await mergedHere(r))
            return r;
    }
    const awaiting = (0, merge_commit_js_1.newestFirst)(records.filter((r) => r.state === 'Approved' && r.pullRequest && !asked.has(r.pullRequest.number)));
    for (const r of awaiting.slice(0, exports.MAX_UNHINTED_LOOKUPS)) {
        if (await mergedHere(r))
            return r;
    }
    const nothing = `commit ${sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
    const unasked = awaiting.length - exports.MAX_UNHINTED_LOOKUPS;
    if (unasked <= 0)
        return nothing;
    return `${nothing} (GitHub has not linked it to a pull request yet and its message names none: asked the ${exports.MAX_UNHINTED_LOOKUPS} releases approved last, not ${unasked} older Approved one(s); if one of them merged as ${sha.slice(0, 7)}, re-run this deploy or deploy it by its release id)`;
}
/** The note of a release's move to Deploying: names the commit, so a re-run on the same push finds it. */
function deployingNote(ref) {
    return `deploying ${ref.slice(0, 7)}`;
}
/** The deploy step of one release. */
async function deploy(req, ports, clock = deps_js_1.systemClock) {
    const { github, store, log } = ports;
    const release = await findRelease(req, ports);
    if (typeof release === 'string') {
        // A push that merged something other than a release is not an error: deploy runs on every push to main.
        if (req.releaseId === undefined)
            return (0, result_js_1.pending)(release);
        return (0, result_js_1.failed)({ kind: 'usage', message: release });
    }
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    if (req.environment !== undefined && req.environment !== env) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${id} is for ${env}, not ${req.environment}` });
    }
    if (['Deployed', 'Synced', 'Healthy'].includes(release.state)) {
        log.info(`release ${id} is already ${release.state} (${release.deploy?.commit ?? 'no commit'}): nothing to do`);
        return (0, result_js_1.succeeded)({
            ...base,
            unchanged: true,
            ...(release.deploy
                ? {
                    deployCommit: release.deploy.commit,
                    deploymentId: release.deploy.deploymentId,
                    branch: release.deploy.branch,
                }
                : {}),
        });
    }
    if (!['Approved', 'Deploying', 'Failed'].includes(release.state)) {
        return (0, result_js_1.failed)({
            message: `release ${id} is ${release.state}: only an Approved release deploys (a Failed one may be retried)`,
        });
    }
    const ref = req.sha ?? (await mergeCommitOf(release, github));
    if (ref === undefined) {
        return (0, result_js_1.failed)({ message: `release ${id} has no merged pull request: merge it first` });
    }
    try {
        return await openAndDeploy(req, ports, clock, release, ref);
    }
    catch (e) {
        if (!(e instanceof errors_js_1.ValidationError))
            throw e;
        // The repository at the merge commit does not load: the deploy began and failed (never a silent Approved).
        const now = await store.getRelease(id);
        if (now?.state === 'Approved')
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: deployingNote(ref),
            });
        const moved = await store.transitionRelease(id, 'Failed', {
            actor: req.actor,
            note: `validation error at ${ref.slice(0, 7)}: ${e.message}`,
        });
        return (0, result_js_1.failed)({ message: `release ${id} failed to deploy: ${e.message}`, findings: e.findings }, { value: { ...base, state: moved.state } });
    }
}
async function openAndDeploy(req, ports, clock, release, ref) {
    const { github, store, log } = ports;
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    return ports.source.open(ref, async (repo) => {
        if (release.state !== 'Deploying') {
            const freeze = (0, freeze_js_1.freezeStatus)(repo.freezes, env, clock.now());
            const holding = (0, break_glass_js_1.freezesNotBroken)(freeze, release.breakGlass);
            if (holding.length > 0) {
                // Break-glass opens the freezes it broke, not a freeze that began after it.
                const broke = release.breakGlass?.freezes?.length
                    ? ` (its break-glass broke ${release.breakGlass.freezes.join(', ')}, not ${holding.join(', ')})`
                    : '';
                const message = `deploy of ${id} held: ${(0, freeze_js_1.describeFreeze)(freeze)}${broke}. The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`;
                log.warning(message);
                return (0, result_js_1.pending)(message, { value: base });
            }
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: deployingNote(ref),
            });
        }
        const branch = repo.deployBranch(env);
        const fail = async (message, findings = [], deploymentId) => {
            if (deploymentId !== undefined) {
                await github.createDeploymentStatus(deploymentId, {
                    state: 'failure',
                    description: message.slice(0, 140),
                    ...(req.runUrl ? { logUrl: req.runUrl } : {}),
                });
            }
            const moved = await store.transitionRelease(id, 'Failed', { actor: req.actor, note: message });
            return (0, result_js_1.failed)({
                message: `release ${id} failed to deploy: ${message}`,
                findings: findings.map((f) => ({
                    file: f.file ?? 'gitopshq.yaml',
                    line: f.line ?? 1,
                    col: f.col ?? 1,
                    message: (0, types_js_1.formatRenderFinding)(f),
                    severity: f.severity,
                })),
            }, { value: { ...base, state: moved.state, branch } });
        };
        let commit = await ports.branches.findCommit(branch, exports.RELEASE_TRAILER, id);
        let files = [];
        if (commit === undefined) {
            const targets = repo.targets(release);
            if (targets.length === 0)
                return fail(`no target of ${release.workload} in ${env} to deploy`);
            const sets = await log.group(`Render ${targets.length} target(s) at ${ref.slice(0, 7)}`, () => repo.render(targets));
            const problems = sets.flatMap((s) => s.findings.filter((f) => f.severity === 'error'));
            if ((0, types_js_1.hasErrors)(problems) || sets.some((s) => s.manifests.length === 0)) {
                const first = problems[0];
                const cause = first ? (0, types_js_1.formatRenderFinding)(first) : 'a target rendered no objects';
                return fail(`render failed: ${cause}`, problems);
            }
            const writes = sets.map((s) => ({
                path: (0, layout_js_1.manifestFile)(s.target.tenant, s.target.workload),
                content: (0, normalize_js_1.stringifyManifests)(annotate(s.manifests, id)),
            }));
            files = writes.map((w) => w.path);
            const message = `deploy ${id} to ${env}\n\n${release.title}\n\n${exports.RELEASE_TRAILER}: ${id}\n`;
            try {
                commit = await ports.branches.write(branch, writes, message, clock.now());
            }
            catch (e) {
                return fail(`push to ${branch} refused: ${e instanceof Error ? e.message : String(e)}`);
            }
            log.info(`committed ${files.length} file(s) to ${branch} as ${commit.slice(0, 7)}`);
        }
        else {
            log.info(`${branch} already has ${commit.slice(0, 7)} for ${id} (an earlier run): reusing it`);
        }
        const deploymentId = await ensureDeployment(github, { env, commit, id, branch });
        await github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `release ${id} on ${branch}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
        const done = await store.transitionRelease(id, 'Deployed', {
            actor: req.actor,
            note: `deployed as ${commit.slice(0, 7)} on ${branch}`,
            patch: { deploy: { commit, deploymentId, branch } },
        });
        return (0, result_js_1.succeeded)({ ...base, state: done.state, deployCommit: commit, deploymentId, branch, files });
    });
}
async function mergeCommitOf(release, github) {
    if (!release.pullRequest)
        return undefined;
    const pr = await github.getPullRequest(release.pullRequest.number);
    return pr.merged ? (pr.mergeCommitSha ?? undefined) : undefined;
}
/** The Deployment of this commit in this environment: the one an earlier run made, else a new one, in progress. */
async function ensureDeployment(github, d) {
    const existing = (await github.listDeployments({ environment: d.env, sha: d.commit }))[0];
    if (existing)
        return existing.id;
    const created = await github.createDeployment({
        ref: d.commit,
        environment: d.env,
        task: d.task ?? 'deploy',
        description: `release ${d.id}`,
        payload: { release: d.id, branch: d.branch },
        requiredContexts: [],
    });
    await github.createDeploymentStatus(created.id, { state: 'in_progress', description: `release ${d.id}` });
    return created.id;
}
/** What a deploy reports before it has done anything: the release as found. */
function startValue(release) {
    return {
        releaseId: release.id,
        environment: release.environment,
        state: release.state,
        files: [],
        unchanged: false,
    };
}


/***/ }),

/***/ 98678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLLBACK_TRAILER = void 0;
exports.rollback = rollback;
// rollback: puts an earlier release's manifests back on the environment's deploy branch, exactly as they were
// deployed (read from the deploy branch at that release's deploy commit, byte for byte, never re-rendered), as a new
// commit; marks the running release Rolled Back with who, when and why; and opens a pull request on main that
// restores the earlier release's values, so the next deploy cannot bring the bad change back.
// Each write is found again on a re-run (trailers on the commits, the PR by its branch), so a killed run converges.
// Flow: docs/architecture.md#release-lifecycle.
const layout_js_1 = __webpack_require__(89128);
const rollback_target_js_1 = __webpack_require__(51742);
const release_edit_js_1 = __webpack_require__(55757);
const deploy_js_1 = __webpack_require__(79377);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
exports.ROLLBACK_TRAILER = 'Gitopshq-Rollback-Of';
async function rollback(req, ports, clock = deps_js_1.systemClock) {
    const { store, branches, log } = ports;
    const records = await store.listReleases();
    const target = records.find((r) => r.id === req.to);
    if (!target)
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.to} does not exist` });
    const scope = { workload: target.workload, environment: req.environment };
    const done = records.find((r) => r.state === 'RolledBack' && r.rolledBackTo === req.to && inEnv(r, req));
    const check = (0, rollback_target_js_1.checkRollbackTo)(records, scope, req.to);
    let current;
    if (check.ok)
        current = check.current;
    else if (done)
        current = done;
    else
        return (0, result_js_1.failed)({ kind: 'usage', message: `cannot roll back to ${req.to}: ${check.reason}` });
    const deployed = target.deploy;
    if (!deployed)
        return (0, result_js_1.failed)({ message: `release ${req.to} has no recorded deploy commit to go back to` });
    const branch = deployed.branch;
    let commit = await branches.findCommit(branch, exports.ROLLBACK_TRAILER, current.id);
    const files = await manifestsOf(branches, target);
    if (commit === undefined) {
        const contents = await branches.readFiles(deployed.commit, files);
        const writes = files.map((path, i) => ({ path, content: contents[i] ?? '' }));
        const message = `roll back ${current.id} to ${req.to} in ${req.environment}\n\n${req.reason}\n\n${exports.ROLLBACK_TRAILER}: ${current.id}\nGitopshq-Rollback-To: ${req.to}\n`;
        commit = await branches.write(branch, writes, message, clock.now());
        log.info(`restored ${files.length} file(s) of ${req.to} on ${branch} as ${commit.slice(0, 7)}`);
    }
    let deploymentId;
    if (ports.github) {
        deploymentId = await (0, deploy_js_1.ensureDeployment)(ports.github, { env: req.environment, commit, id: req.to, branch });
        await ports.github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `rolled back to ${req.to}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
    }
    const note = `rolled back to ${req.to} by ${req.actor}: ${req.reason}`;
    let state = current.state;
    if (state !== 'RolledBack') {
        const moved = await store.transitionRelease(current.id, 'RolledBack', {
            actor: req.actor,
            note,
            patch: { rolledBackTo: req.to },
        });
        state = moved.state;
    }
    const values = await restoreValues(req, ports, target, current, clock);
    return (0, result_js_1.succeeded)({
        releaseId: current.id,
        environment: req.environment,
        state,
        deployCommit: commit,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        branch,
        files,
        unchanged: false,
        rolledBack: current.id,
        ...values,
    });
}
function inEnv(r, req) {
    return r.environment === req.environment;
}
/** The manifests files of the target release's workload (and tenants) on the deploy branch at its commit. */
async function manifestsOf(branches, target) {
    const all = await branches.list(target.deploy?.commit ?? '');
    return all.filter((p) => {
        const [tenant, workload, file, extra] = p.split('/');
        if (extra !== undefined || file !== 'manifests.yaml' || workload !== target.workload)
            return false;
        return target.tenants.length === 0 || (tenant !== undefined && target.tenants.includes(tenant));
    });
}
/** A PR on main putting back the values files of the target release's environment as of its merge. */
async function restoreValues(req, ports, target, current, clock) {
    const { pulls, valuesRepo, log } = ports;
    if (!pulls)
        return { valuesNote: 'no GitHub token: the values pull request could not be opened' };
    const mergedAs = target.pullRequest
        ? (await pulls.getPullRequest(target.pullRequest.number)).mergeCommitSha
        : null;
    if (!mergedAs)
        return { valuesNote: `release ${target.id} has no merged pull request to read its values from` };
    const main = req.mainBranch ?? 'main';
    const branch = `gitopshq/rollback/${current.id}`;
    const open = await pulls.findOpenPullRequest(branch);
    if (open)
        return { valuesPullRequest: { number: open.number, url: open.url } };
    const mainTip = await valuesRepo.tip(main);
    if (!mainTip)
        return { valuesNote: `branch ${main} not found` };
    const [workloadYaml] = await valuesRepo.readFiles(mergedAs, [(0, layout_js_1.workloadFile)(target.workload)]);
    const paths = (0, release_edit_js_1.releaseEditFiles)(target.workload, workloadYaml, req.environment, target.tenants);
    const [then, now] = await Promise.all([
        valuesRepo.readFiles(mergedAs, paths),
        valuesRepo.readFiles(mainTip, paths),
    ]);
    const writes = paths.flatMap((path, i) => then[i] !== undefined && then[i] !== now[i] ? [{ path, content: then[i] }] : []);
    if (writes.length === 0)
        return { valuesNote: `${main} already has the values of ${target.id}` };
    const message = `${target.workload}: restore the values of ${target.id} in ${req.environment}\n\nRolled back ${current.id}: ${req.reason}\n`;
    if ((await valuesRepo.findCommit(branch, exports.ROLLBACK_TRAILER, current.id)) === undefined) {
        await valuesRepo.write(branch, writes, `${message}\n${exports.ROLLBACK_TRAILER}: ${current.id}\n`, clock.now(), mainTip);
    }
    const pr = await pulls.createPullRequest({
        head: branch,
        base: main,
        title: `${target.workload}: restore ${target.id} values in ${req.environment} (rollback of ${current.id})`,
        body: [
            `${current.id} was rolled back to ${target.id} in ${req.environment} by ${req.actor}: ${req.reason}.`,
            '',
            `Merge this so the next deploy of ${target.workload} does not bring the rolled-back change back.`,
            '',
            ...writes.map((w) => `- \`${w.path}\``),
        ].join('\n'),
    });
    log.info(`opened #${pr.number} restoring the values of ${target.id}`);
    return { valuesPullRequest: { number: pr.number, url: pr.url } };
}


/***/ })

};
