export const id = 9377;
export const ids = [9377];
export const modules = {

/***/ 6558:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideBreakGlass = decideBreakGlass;
exports.freezesNotBroken = freezesNotBroken;
function decideBreakGlass(status, pr) {
    if (!status.frozen)
        return { passes: true, used: false, brokenBy: [], missing: [], description: 'not frozen' };
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const approvers = new Set(pr.approvers.map((a) => a.toLowerCase()));
    const missing = [];
    const brokenBy = [];
    for (const freeze of status.active) {
        const glass = freeze.breakGlass;
        if (!glass.allowed) {
            missing.push({ kind: 'not-allowed', freeze: freeze.name });
            continue;
        }
        // GitHub compares label names case-insensitively.
        if (!labels.has(glass.label.toLowerCase()))
            missing.push({ kind: 'label', freeze: freeze.name, label: glass.label });
        let approver;
        if (glass.teams.length === 0) {
            approver = pr.approvers[0];
        }
        else {
            for (const team of glass.teams) {
                const members = pr.teams[team];
                if (members?.status !== 'known') {
                    missing.push({
                        kind: 'team-members-unknown',
                        freeze: freeze.name,
                        team,
                        forbidden: members?.status === 'forbidden',
                    });
                    continue;
                }
                approver ??= members.members.find((m) => approvers.has(m.toLowerCase()));
            }
        }
        if (approver === undefined)
            missing.push({ kind: 'approval', freeze: freeze.name, teams: [...glass.teams] });
        else
            brokenBy.push({ freeze: freeze.name, approver });
    }
    // A team we cannot read does not matter once another of the freeze's teams approved.
    const settled = new Set(brokenBy.map((b) => b.freeze));
    const open = missing.filter((m) => m.kind !== 'team-members-unknown' || !settled.has(m.freeze));
    const passes = open.length === 0;
    return {
        passes,
        used: passes,
        brokenBy: passes ? brokenBy : [],
        missing: open,
        description: describe(status, open),
    };
}
/**
 * The freezes in force that a release's break-glass did not break (by name): deploy holds for these. A break-glass
 * recorded without the freezes it broke breaks none, so a freeze is never skipped on a guess.
 */
function freezesNotBroken(status, breakGlass) {
    const broken = new Set(breakGlass?.freezes ?? []);
    return status.active.map((a) => a.name).filter((name) => !broken.has(name));
}
function describe(status, missing) {
    const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
    const names = status.active.map((a) => a.name).join(', ');
    if (missing.length === 0)
        return clip(`frozen ${until} (${names}); passed by break-glass`);
    const closed = missing.flatMap((m) => (m.kind === 'not-allowed' ? [m.freeze] : []));
    if (closed.length > 0) {
        return clip(`frozen ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`);
    }
    const needs = [];
    for (const m of missing) {
        if (m.kind === 'label')
            needs.push(`label ${m.label}`);
        // An unreadable team explains the missing approval better than asking for one.
        const unreadable = missing.some((u) => u.kind === 'team-members-unknown' && u.freeze === m.freeze);
        if (m.kind === 'approval' && !unreadable) {
            needs.push(m.teams.length === 0 ? 'an approval' : `an approval from team ${m.teams.join(' or ')}`);
        }
        if (m.kind === 'team-members-unknown') {
            needs.push(`team ${m.team} ${m.forbidden ? 'unreadable (token lacks org Members read)' : 'members unknown'}: fails closed`);
        }
    }
    const tail = `break-glass needs ${[...new Set(needs)].join(' and ')}`;
    return clip(`frozen ${until} (${names}); ${tail}`);
}
function clip(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closedPullRequestNote = closedPullRequestNote;
exports.decideClosedPullRequest = decideClosedPullRequest;
exports.releaseOfPullRequest = releaseOfPullRequest;
// What a release pull request closed on GitHub means for its release record (docs/architecture.md#release-lifecycle):
// closed without merging, a release still before Deploying is Cancelled; merged, it is deploy's to move. The facts
// are GitHub's answer for the pull request, read when the step runs, never the event payload that started it: a
// payload can be stale (closed, then reopened) or forged, and a cancel cannot be undone (Cancelled is final).
const lifecycle_js_1 = __webpack_require__(6788);
function closedPullRequestNote(number) {
    return `pull request #${number} closed without merging`;
}
/** `release` is the pull request's record (the newest naming it, a live one first), if any. */
function decideClosedPullRequest(pr, release) {
    const n = pr.number;
    if (pr.state === 'open') {
        return { kind: 'open', message: `pull request #${n} is open on GitHub: nothing to cancel` };
    }
    if (pr.merged || pr.mergedAt !== null) {
        const which = release ? `release ${release.id} (${lifecycle_js_1.STATE_LABELS[release.state]})` : 'its release';
        return {
            kind: 'merged',
            message: `pull request #${n} was merged: deploy moves ${which} from the merge; the gate writes nothing`,
        };
    }
    if (release === undefined) {
        return {
            kind: 'no-release',
            message: `pull request #${n} closed without merging; it is no release: nothing to record`,
        };
    }
    if (release.state === 'Cancelled') {
        return {
            kind: 'keep',
            message: `pull request #${n} closed without merging; release ${release.id} is already Cancelled`,
        };
    }
    if (!(0, lifecycle_js_1.canTransition)(release.state, 'Cancelled')) {
        return {
            kind: 'keep',
            message: `pull request #${n} closed without merging, but release ${release.id} is already ${lifecycle_js_1.STATE_LABELS[release.state]}: only a release before Deploying is cancelled, so it stays as it is`,
        };
    }
    const note = closedPullRequestNote(n);
    return {
        kind: 'cancel',
        note,
        message: `${note}: release ${release.id} ${lifecycle_js_1.STATE_LABELS[release.state]} -> Cancelled`,
    };
}
/**
 * The release of pull request `number` among `releases`: the newest one naming it that is not Cancelled, else the
 * newest Cancelled one. A PR closed unmerged and reopened names two: its Cancelled release and the new one.
 */
function releaseOfPullRequest(releases, number) {
    const mine = releases.filter((r) => r.pullRequest?.number === number);
    mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return mine.filter((r) => r.state !== 'Cancelled').at(-1) ?? mine.at(-1);
}


/***/ }),

/***/ 6301:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezeStatus = freezeStatus;
exports.describeFreeze = describeFreeze;
// Is an environment frozen at an instant, by which freeze, and until when? Windows are read in their own time
// zone (freeze-schedule.ts), so a weekend freeze from 'fri 18:00' to 'mon 07:00' Europe/Berlin ends at 07:00 local
// whatever the daylight-saving state. Freezes that overlap or touch form one frozen span: `until` is the end of
// that span, the moment a release can actually go out.
const errors_js_1 = __webpack_require__(241);
const freeze_schedule_js_1 = __webpack_require__(5907);
const zoned_time_js_1 = __webpack_require__(7190);
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

/***/ 9377:
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
const closed_pull_request_js_1 = __webpack_require__(9536);
const errors_js_1 = __webpack_require__(241);
const freeze_js_1 = __webpack_require__(6301);
const layout_js_1 = __webpack_require__(9128);
const merge_commit_js_1 = __webpack_require__(7344);
const normalize_js_1 = __webpack_require__(2991);
const types_js_1 = __webpack_require__(4785);
const deps_js_1 = __webpack_require__(1064);
const result_js_1 = __webpack_require__(8155);
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

/***/ 1064:
/***/ ((__unused_webpack_module, exports) => {


// The ports every use case may be handed (docs/architecture.md). A use case names the few it needs with
// Pick<Ports, ...>; an action, the CLI and a test each hand in their own (the Octokit adapter or a fake, a real
// checkout or an in-memory one), so behaviour varies by the object injected, never by a flag.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.silentLogger = exports.systemClock = void 0;
exports.systemClock = { now: () => new Date() };
exports.silentLogger = {
    info: () => { },
    debug: () => { },
    warning: () => { },
    group: (_title, fn) => fn(),
};


/***/ })

};
