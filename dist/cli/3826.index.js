export const id = 3826;
export const ids = [3826];
export const modules = {

/***/ 97598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateCommand = void 0;
exports.repositoryOfRemote = repositoryOfRemote;
// `gitopshq gate --pr N [--env E] [--output json]`: what a pull request's approval gate still needs, evaluated by the
// same use case as the approve-gate action (src/usecases/approve-gate.ts) but read-only: no status, no record.
// GitHub is reached with GITHUB_TOKEN, GITHUB_API_URL (default api.github.com) and GITHUB_REPOSITORY (default: the
// owner/name of --repo's origin remote).
const node_child_process_1 = __webpack_require__(31421);
const node_util_1 = __webpack_require__(57975);
const ports_js_1 = __webpack_require__(64119);
const errors_js_1 = __webpack_require__(10241);
const approve_gate_js_1 = __webpack_require__(46513);
const local_ports_js_1 = __webpack_require__(43094);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'gate --pr N [--env E] [--output json]';
function usage(message) {
    return new errors_js_1.UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined. */
function repositoryOfRemote(url) {
    const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The origin remote's URL, or undefined when --repo has none (a local-only repository). */
async function originUrl(repo) {
    try {
        const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)('git', ['-C', repo, 'remote', 'get-url', 'origin']);
        return stdout.trim();
    }
    catch {
        return undefined;
    }
}
exports.gateCommand = {
    name: 'gate',
    usage: USAGE,
    summary: "Print what a pull request's approval gate still needs (read-only)",
    help: [
        "Evaluates the environment's approval policy and freeze windows (from gitopshq.yaml and CODEOWNERS on the PR's",
        'base branch) against the PR: reviews, write permissions, team memberships, who pushed. Writes nothing.',
        'Needs GITHUB_TOKEN; GITHUB_API_URL and GITHUB_REPOSITORY default to api.github.com and the origin remote.',
        'Exit 0 when the gate passes, 1 when it is blocked, 2 on a usage or environment error.',
        '',
        'Examples:',
        '  gitopshq gate --pr 42',
        '  gitopshq gate --pr 42 --env prod --output json   # {"approved", "missing": [{"rule": ...}], ...}',
    ].join('\n'),
    options: {
        pr: { type: 'string' },
        env: { type: 'string' },
    },
    async run(ctx, args) {
        if (args.positionals.length > 0)
            throw usage(`unexpected argument '${args.positionals[0]}'`);
        const prText = (0, command_js_1.stringOpt)(args, 'pr');
        if (prText === undefined)
            throw usage('--pr is required');
        if (!/^[1-9]\d*$/.test(prText))
            throw usage(`--pr '${prText}' is not a pull request number`);
        const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '';
        if (!token)
            throw usage('GITHUB_TOKEN is not set: export a token that may read the repository');
        const origin = await originUrl(ctx.repo);
        const full = ctx.env.GITHUB_REPOSITORY || (origin ? repositoryOfRemote(origin) : undefined);
        const [owner, name, extra] = (full ?? '').split('/');
        if (!owner || !name || extra !== undefined) {
            throw usage('set GITHUB_REPOSITORY=owner/name (the origin remote of --repo does not name a GitHub repository)');
        }
        const github = await (0, ports_js_1.lazyGitHubPort)(() => ({
            token,
            baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            repository: { owner, repo: name },
            warn: (m) => ctx.stderr(m),
        }))();
        const { checkout } = (0, local_ports_js_1.localPorts)(ctx.repo, { token, where: ctx.repo });
        const store = await (0, local_ports_js_1.localRecordStore)(ctx.repo, {
            token,
            ...(origin ? { remote: 'origin' } : {}),
        });
        const env = (0, command_js_1.stringOpt)(args, 'env');
        const result = await (0, approve_gate_js_1.approveGate)({
            pullRequest: Number(prText),
            ...(env ? { environment: env } : {}),
            actor: 'gitopshq-cli',
            readOnly: true,
        }, {
            github,
            checkout,
            store,
            log: { info: () => { }, debug: () => { }, warning: (m) => ctx.stderr(m), group: (_t, fn) => fn() },
        });
        const error = (0, result_js_1.stepUserError)(result);
        const r = result.value;
        if (error || !r)
            throw error ?? new Error(`gate ended ${result.outcome} without a report`);
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({
                pullRequest: r.pullRequest,
                environment: r.environment,
                change: r.change,
                approved: r.approved,
                releaseId: r.releaseId ?? null,
                state: r.state ?? null,
                description: r.description,
                missing: r.missing,
                counted: r.decision.counted,
                ignored: r.decision.ignored,
                frozen: r.freeze.frozen,
                until: r.freeze.until,
                environments: r.environments,
            }, null, 2));
        }
        else {
            const head = r.change === 'release'
                ? `#${r.pullRequest} (${r.environment}${r.releaseId ? `, release ${r.releaseId} ${r.state}` : ', no release record yet'})`
                : `#${r.pullRequest} (no release: ${r.change})`;
            ctx.stdout(`${head}: ${r.approved ? 'passes' : 'blocked'}: ${r.description}`);
            ctx.stdout(`approvals that count: ${r.decision.counted.join(', ') || 'none'}`);
            for (const i of r.decision.ignored)
                ctx.stdout(`not counted: ${i.reviewer} (${i.why})`);
            if (r.environments.length > 1) {
                for (const e of r.environments) {
                    ctx.stdout(`${e.environment}'s policy: ${e.approved ? 'passes' : 'outstanding'}: ${e.description}`);
                }
            }
        }
        return r.approved ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};


/***/ }),

/***/ 2013:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PREVIEW_STATUS_CONTEXT = exports.APPROVAL_STATUS_CONTEXT = exports.GITHUB_TOKEN_DEFAULT = exports.COMMON_INPUTS = exports.STATE_BRANCH_INPUT = exports.REPO_PATH_INPUT = exports.TOKEN_INPUT = exports.COMMAND_INPUT = exports.ACTION_NAMES = void 0;
exports.isActionName = isActionName;
exports.defineOutputs = defineOutputs;
exports.ACTION_NAMES = [
    'create-release',
    'preview',
    'approve-gate',
    'deploy',
    'promote',
    'verify-health',
];
function isActionName(s) {
    return exports.ACTION_NAMES.includes(s);
}
/** The root action's dispatch input. */
exports.COMMAND_INPUT = 'command';
exports.TOKEN_INPUT = 'token';
exports.REPO_PATH_INPUT = 'repo-path';
exports.STATE_BRANCH_INPUT = 'state-branch';
/** Inputs every action takes (docs/architecture.md#contracts). */
exports.COMMON_INPUTS = {
    [exports.TOKEN_INPUT]: { kind: 'secret', githubToken: true },
    [exports.REPO_PATH_INPUT]: { kind: 'path', default: '.' },
    // No default here: unset, the branch comes from gitopshq.yaml (resolveStateBranch in src/state).
    [exports.STATE_BRANCH_INPUT]: { kind: 'branch' },
};
/** The text action.yml must declare as the default of a `githubToken` secret. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
exports.GITHUB_TOKEN_DEFAULT = '${{ github.token }}';
/** Declares an action's outputs; the names are the contract, handlers return them in camelCase. */
function defineOutputs(names) {
    return names;
}
// The commit status contexts branch protection requires (docs/architecture.md#contracts) live with the GitHub port,
// where the use cases see them.
var port_js_1 = __webpack_require__(18212);
Object.defineProperty(exports, "APPROVAL_STATUS_CONTEXT", ({ enumerable: true, get: function () { return port_js_1.APPROVAL_STATUS_CONTEXT; } }));
Object.defineProperty(exports, "PREVIEW_STATUS_CONTEXT", ({ enumerable: true, get: function () { return port_js_1.PREVIEW_STATUS_CONTEXT; } }));


/***/ }),

/***/ 64119:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lazyGitHubPort = lazyGitHubPort;
// How an action gets its ports. The GitHub port is created lazily, on first use, and its module is loaded with a
// dynamic import: a run that fails input validation never pays for loading Octokit.
const errors_js_1 = __webpack_require__(10241);
const contract_js_1 = __webpack_require__(2013);
async function loadAdapter() {
    // A literal specifier: ncc puts the adapter and Octokit in a chunk that loads only here.
    const { OctokitGitHub } = await Promise.all(/* import() */[__webpack_require__.e(9167), __webpack_require__.e(3060)]).then(__webpack_require__.t.bind(__webpack_require__, 73060, 23));
    return (options) => new OctokitGitHub(options);
}
/** One port per action run, created on the first call. */
function lazyGitHubPort(options, load = loadAdapter) {
    let port;
    return () => {
        port ??= (async () => {
            const opts = options();
            if (!opts.token) {
                throw new errors_js_1.UserError(`the token input is empty: leave its default (${contract_js_1.GITHUB_TOKEN_DEFAULT}) or pass a token with the permissions the action needs`, [], 'usage');
            }
            const create = await load();
            return create(opts);
        })();
        return port;
    };
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideBreakGlass = decideBreakGlass;
exports.freezesNotBroken = freezesNotBroken;
exports.heldDespiteBreakGlass = heldDespiteBreakGlass;
exports.nextBreakGlass = nextBreakGlass;
function decideBreakGlass(status, pr) {
    const inForce = status.active.map((a) => ({ occurrence: occurrenceOf(a), label: a.breakGlass.label }));
    const at = status.at;
    if (!status.frozen)
        return { passes: true, used: false, brokenBy: [], missing: [], description: 'not frozen', inForce, at };
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
                const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
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
        inForce,
        at,
    };
}
function occurrenceOf(active) {
    return {
        freeze: active.name,
        from: active.since,
        ...(active.until !== null ? { until: active.until } : {}),
    };
}
/** Whether a recorded occurrence of `freeze` is the one in force at `at`. */
function covers(o, freeze, at) {
    return (o.freeze === freeze && Date.parse(o.from) <= at && (o.until === undefined || at < Date.parse(o.until)));
}
/**
 * The freezes in force that a release's break-glass did not break: deploy holds for these. Only a recorded
 * occurrence that still contains the instant counts; a record that keeps only freeze names (written before
 * occurrences were kept) breaks none, since a name cannot say which occurrence it was granted for: a freeze is
 * never skipped on a guess, and the gate, run again during the freeze, records the occurrence.
 */
function freezesNotBroken(status, breakGlass) {
    const at = Date.parse(status.at);
    const recorded = breakGlass?.occurrences ?? [];
    return status.active.map((a) => a.name).filter((name) => !recorded.some((o) => covers(o, name, at)));
}
/** Why deploy holds despite a break-glass: `(its break-glass broke weekend from ... to ..., not ...)`, or ''. */
function heldDespiteBreakGlass(breakGlass, holding) {
    if (breakGlass === undefined)
        return '';
    const broke = (breakGlass.occurrences ?? []).map((o) => `${o.freeze} ${o.from} to ${o.until ?? 'its end'}`);
    if (broke.length === 0) {
        return ` (its break-glass was recorded without the freeze occurrence it broke, so it breaks none: run the gate again during the freeze)`;
    }
    return ` (its break-glass broke ${broke.join(', ')}, not the ${holding.join(', ')} in force now)`;
}
/**
 * The release's break-glass after a gate run: occurrences recorded before that are still in force and whose label
 * the PR still carries are kept; a freeze broken now and not kept is added, and its breaker speaks (`explain`
 * gives when and why). Undefined when nothing is left: the gate ran outside any freeze, or the label went. The
 * same object when nothing changed, so a re-run writes nothing.
 */
function nextBreakGlass(previous, glass, labels, explain) {
    const at = Date.parse(glass.at);
    const carried = new Set(labels.map((l) => l.toLowerCase()));
    const kept = (previous?.occurrences ?? []).filter((o) => glass.inForce.some((f) => carried.has(f.label.toLowerCase()) && covers(o, f.occurrence.freeze, at)));
    const keptNames = new Set(kept.map((o) => o.freeze));
    const fresh = glass.used ? glass.brokenBy.filter((b) => !keptNames.has(b.freeze)) : [];
    const breaker = fresh[0];
    if (breaker !== undefined) {
        const added = fresh.flatMap((b) => glass.inForce.filter((f) => f.occurrence.freeze === b.freeze));
        const occurrences = [...kept, ...added.map((f) => f.occurrence)];
        return {
            actor: breaker.approver,
            ...explain(breaker.approver),
            freezes: occurrences.map((o) => o.freeze),
            occurrences,
        };
    }
    if (previous === undefined || kept.length === 0)
        return undefined;
    if (kept.length === previous.occurrences?.length)
        return previous;
    return { ...previous, freezes: kept.map((o) => o.freeze), occurrences: kept };
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

/***/ 79536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closedPullRequestNote = closedPullRequestNote;
exports.decideClosedPullRequest = decideClosedPullRequest;
exports.releaseOfPullRequest = releaseOfPullRequest;
// What a release pull request closed on GitHub means for its release record (docs/architecture.md#release-lifecycle):
// closed without merging, a release still before Deploying is Cancelled; merged, it is deploy's to move. The facts
// are GitHub's answer for the pull request, read when the step runs, never the event payload that started it: a
// payload can be stale (closed, then reopened) or forged, and a cancel cannot be undone (Cancelled is final).
const lifecycle_js_1 = __webpack_require__(46788);
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


/***/ })

};
