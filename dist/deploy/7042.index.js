export const id = 7042;
export const ids = [7042];
export const modules = {

/***/ 5907:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WEEKDAYS = void 0;
exports.parseMoment = parseMoment;
exports.parseFreeze = parseFreeze;
const zoned_time_js_1 = __webpack_require__(7190);
exports.WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK_MINUTES = 7 * 24 * 60;
const DAY_MINUTES = 24 * 60;
// A local date-time read in the freeze's zone, or an instant when it carries `Z` or an offset.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
const WEEKLY_TIME = /^(?:(mon|tue|wed|thu|fri|sat|sun) )?(\d{2}):(\d{2})$/;
/** Reads `start`/`end` of a one-off window: `2026-12-24T00:00` (local in `timeZone`) or `2026-12-24T00:00Z`. */
function parseMoment(text, timeZone) {
    const m = DATE_TIME.exec(text);
    if (m === null) {
        return {
            ok: false,
            message: 'is not a date-time; write 2026-12-24T00:00 (in the freeze time zone) or 2026-12-24T00:00Z',
        };
    }
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
    const wall = { year: y ?? 0, month: mo ?? 0, day: d ?? 0, hour: h ?? 0, minute: mi ?? 0 };
    const calendar = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
    if (calendar.getUTCFullYear() !== wall.year ||
        calendar.getUTCMonth() !== wall.month - 1 ||
        calendar.getUTCDate() !== wall.day ||
        wall.hour > 23 ||
        wall.minute > 59 ||
        (s ?? 0) > 59) {
        return { ok: false, message: 'is not a date in the calendar' };
    }
    const zone = m[7];
    if (zone === undefined)
        return { ok: true, instant: (0, zoned_time_js_1.instantOf)(wall, timeZone) + (s ?? 0) * 1000 };
    const sign = zone.startsWith('-') ? -1 : 1;
    const offset = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    return { ok: true, instant: (0, zoned_time_js_1.wallToNumber)(wall) + (s ?? 0) * 1000 - offset * 60_000 };
}
function weeklyTime(text) {
    const m = WEEKLY_TIME.exec(text);
    if (m === null)
        return undefined;
    const hour = Number(m[2]);
    const minute = Number(m[3]);
    if (hour > 23 || minute > 59)
        return undefined;
    const day = m[1] === undefined ? undefined : exports.WEEKDAYS.indexOf(m[1]);
    return day === undefined ? { minute: hour * 60 + minute } : { day, minute: hour * 60 + minute };
}
/**
 * The schedule of a freeze, or the problems that prevent one. `label` prefixes every message (`freezes[2]`).
 * An unknown time zone is reported and the rest is checked as if the zone were UTC.
 */
function parseFreeze(freeze, label) {
    const problems = [];
    const zoneOk = (0, zoned_time_js_1.isTimeZone)(freeze.timezone);
    if (!zoneOk) {
        problems.push({
            path: ['timezone'],
            message: `${label}.timezone '${freeze.timezone}' is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC`,
        });
    }
    const zone = zoneOk ? freeze.timezone : 'UTC';
    const moments = {};
    for (const key of ['start', 'end']) {
        const text = freeze[key];
        if (text === undefined)
            continue;
        const parsed = parseMoment(text, zone);
        if (parsed.ok)
            moments[key] = parsed.instant;
        else
            problems.push({ path: [key], message: `${label}.${key} '${text}' ${parsed.message}` });
    }
    let schedule;
    if (freeze.weekly !== undefined) {
        schedule = weeklySchedule(freeze.weekly, label, problems);
        if (freeze.start !== undefined || freeze.end !== undefined) {
            problems.push({
                path: [freeze.start !== undefined ? 'start' : 'end'],
                message: `${label}: a freeze is either weekly or one-off (start and end); remove start and end or weekly`,
            });
        }
    }
    else if (freeze.start === undefined || freeze.end === undefined) {
        problems.push({
            path: [],
            message: `${label} needs start and end (a one-off window) or weekly (a recurring one)`,
        });
    }
    else if (moments.start !== undefined && moments.end !== undefined) {
        if (moments.end <= moments.start) {
            problems.push({
                path: ['end'],
                message: `${label}.end '${freeze.end}' must be after start '${freeze.start}'`,
            });
        }
        else {
            schedule = { kind: 'once', start: moments.start, end: moments.end };
        }
    }
    return problems.length === 0 && schedule !== undefined ? { schedule, problems } : { problems };
}
function weeklySchedule(weekly, label, problems) {
    const from = weeklyTime(weekly.from);
    const to = weeklyTime(weekly.to);
    for (const [key, parsed] of [
        ['from', from],
        ['to', to],
    ]) {
        if (parsed === undefined) {
            problems.push({
                path: ['weekly', key],
                message: `${label}.weekly.${key} '${weekly[key]}' is not a time; write HH:MM or a day and a time ('fri 18:00')`,
            });
        }
    }
    if (from === undefined || to === undefined)
        return undefined;
    const fromDay = from.day !== undefined;
    const toDay = to.day !== undefined;
    if (fromDay !== toDay) {
        problems.push({
            path: ['weekly', fromDay ? 'to' : 'from'],
            message: `${label}.weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)`,
        });
        return undefined;
    }
    if (fromDay && weekly.days !== undefined) {
        problems.push({
            path: ['weekly', 'days'],
            message: `${label}.weekly.days cannot be combined with from and to that name a day; remove days`,
        });
        return undefined;
    }
    if (!fromDay && weekly.days === undefined) {
        problems.push({
            path: ['weekly'],
            message: `${label}.weekly needs days (e.g. days: [sat, sun]) when from and to are times of day, or name the days: from: 'fri 18:00', to: 'mon 07:00'`,
        });
        return undefined;
    }
    if (from.day !== undefined && to.day !== undefined) {
        const start = from.day * DAY_MINUTES + from.minute;
        const end = to.day * DAY_MINUTES + to.minute;
        // An end at or before the start runs on past the end of the week: 'sun 22:00' to 'mon 02:00'.
        return { kind: 'weekly', spans: [{ start, length: positive(end - start, WEEK_MINUTES) }] };
    }
    // A daily window; an end at or before the start runs on past midnight into the next day.
    const length = positive(to.minute - from.minute, DAY_MINUTES);
    const days = [...new Set(weekly.days ?? [])].map((d) => exports.WEEKDAYS.indexOf(d));
    return {
        kind: 'weekly',
        spans: days.sort((a, b) => a - b).map((d) => ({ start: d * DAY_MINUTES + from.minute, length })),
    };
}
function positive(delta, period) {
    return delta > 0 ? delta : delta + period;
}


/***/ }),

/***/ 9128:
/***/ ((__unused_webpack_module, exports) => {


// Where each kind of content lives in the user's GitOps repository (docs/architecture.md#state-repo-layout). Callers
// pass names that already passed src/domain/names.ts, so these joins cannot escape the repository.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestFile = exports.NO_TENANT = exports.defaultDeployBranch = exports.promotionFile = exports.releaseFile = exports.PROMOTIONS_DIR = exports.RELEASES_DIR = exports.valuesLayerFiles = exports.valuesLayerFile = exports.tenantValuesFile = exports.envValuesFile = exports.baseValuesFile = exports.workloadFile = exports.workloadDir = exports.CLUSTERS_DIR = exports.WORKLOADS_DIR = exports.DEFAULT_STATE_BRANCH = exports.CONFIG_FILE = void 0;
exports.CONFIG_FILE = 'gitopshq.yaml';
exports.DEFAULT_STATE_BRANCH = 'gitopshq/state';
exports.WORKLOADS_DIR = 'workloads';
/** The Argo CD and Flux objects `gitopshq init` writes (cluster-objects.ts): synced or applied from main. */
exports.CLUSTERS_DIR = 'clusters';
const workloadDir = (workload) => `${exports.WORKLOADS_DIR}/${workload}`;
exports.workloadDir = workloadDir;
const workloadFile = (workload) => `${(0, exports.workloadDir)(workload)}/workload.yaml`;
exports.workloadFile = workloadFile;
const baseValuesFile = (workload) => `${(0, exports.workloadDir)(workload)}/values.yaml`;
exports.baseValuesFile = baseValuesFile;
const envValuesFile = (workload, env) => `${(0, exports.workloadDir)(workload)}/values/${env}.yaml`;
exports.envValuesFile = envValuesFile;
const tenantValuesFile = (workload, env, tenant) => `${(0, exports.workloadDir)(workload)}/values/${env}/${tenant}.yaml`;
exports.tenantValuesFile = tenantValuesFile;
/** The values file a change set for (environment, tenant?) is applied to. */
const valuesLayerFile = (workload, env, tenant) => tenant ? (0, exports.tenantValuesFile)(workload, env, tenant) : (0, exports.envValuesFile)(workload, env);
exports.valuesLayerFile = valuesLayerFile;
/** The values layers that feed the target (workload, env, tenant?), most specific first: tenant, environment, base. */
const valuesLayerFiles = (workload, env, tenant) => [
    ...(tenant ? [(0, exports.tenantValuesFile)(workload, env, tenant)] : []),
    (0, exports.envValuesFile)(workload, env),
    (0, exports.baseValuesFile)(workload),
];
exports.valuesLayerFiles = valuesLayerFiles;
exports.RELEASES_DIR = 'releases';
exports.PROMOTIONS_DIR = 'promotions';
const releaseFile = (id) => `${exports.RELEASES_DIR}/${id}.yaml`;
exports.releaseFile = releaseFile;
const promotionFile = (id) => `${exports.PROMOTIONS_DIR}/${id}.yaml`;
exports.promotionFile = promotionFile;
const defaultDeployBranch = (env) => `gitopshq/deploy/${env}`;
exports.defaultDeployBranch = defaultDeployBranch;
/** `_` stands for "no tenant" so that tenant-less workloads still get a two-level path. */
exports.NO_TENANT = '_';
const manifestFile = (tenant, workload) => `${tenant ?? exports.NO_TENANT}/${workload}/manifests.yaml`;
exports.manifestFile = manifestFile;


/***/ }),

/***/ 6788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleBypassError = exports.INITIAL_STATES = exports.IllegalTransitionError = exports.STATE_LABELS = void 0;
exports.nextStates = nextStates;
exports.canTransition = canTransition;
exports.isTerminal = isTerminal;
exports.transition = transition;
exports.parseState = parseState;
exports.lifecycleBypass = lifecycleBypass;
const errors_js_1 = __webpack_require__(241);
const model_js_1 = __webpack_require__(5529);
// The release state machine of docs/architecture.md#release-lifecycle. Every other module asks this one whether a
// move is legal, so the table below is the single source of truth for the lifecycle.
exports.STATE_LABELS = {
    Draft: 'Draft',
    PendingApproval: 'Pending Approval',
    Approved: 'Approved',
    Deploying: 'Deploying',
    Deployed: 'Deployed',
    Synced: 'Synced',
    Healthy: 'Healthy',
    Failed: 'Failed',
    RolledBack: 'Rolled Back',
    Cancelled: 'Cancelled',
};
const TRANSITIONS = {
    Draft: ['PendingApproval', 'Cancelled'],
    // Back to Draft: the author converted the PR to a draft.
    PendingApproval: ['Approved', 'Draft', 'Cancelled'],
    // Back to PendingApproval: a new commit dismissed the approval.
    Approved: ['Deploying', 'PendingApproval', 'Cancelled'],
    Deploying: ['Deployed', 'Failed'],
    // -> RolledBack: an operator rolls back a release before it was Healthy, in one step (who and why in the entry).
    Deployed: ['Synced', 'Failed', 'RolledBack'],
    Synced: ['Healthy', 'Failed', 'RolledBack'],
    Healthy: ['RolledBack'],
    // Failed -> Deploying is a retry of the same release.
    Failed: ['Deploying', 'RolledBack'],
    RolledBack: [],
    Cancelled: [],
};
class IllegalTransitionError extends errors_js_1.UserError {
    from;
    to;
    constructor(from, to) {
        super(illegalMessage(from, to));
        this.from = from;
        this.to = to;
    }
}
exports.IllegalTransitionError = IllegalTransitionError;
function describe(state) {
    const label = exports.STATE_LABELS[state];
    return label === state ? `'${label}'` : `'${label}' (${state})`;
}
function illegalMessage(from, to) {
    const head = `illegal release transition: ${describe(from)} -> ${describe(to)}`;
    if (from === to)
        return `${head}: the release is already ${describe(from)}`;
    const next = TRANSITIONS[from];
    if (next.length === 0)
        return `${head}: ${describe(from)} is final, no transition leaves it`;
    return `${head}: from ${describe(from)} a release can only move to ${next.map(describe).join(', ')}`;
}
function nextStates(from) {
    return TRANSITIONS[from];
}
function canTransition(from, to) {
    return TRANSITIONS[from].includes(to);
}
/** A state no transition leaves: the release's story is over. */
function isTerminal(state) {
    return TRANSITIONS[state].length === 0;
}
/** Returns a new record with `state` = to and the entry appended to `history`; throws IllegalTransitionError. */
function transition(record, to, actor, note, at = new Date()) {
    if (!canTransition(record.state, to))
        throw new IllegalTransitionError(record.state, to);
    const entry = { state: to, at: at.toISOString(), actor };
    if (note !== undefined)
        entry.note = note;
    return { ...record, state: to, history: [...record.history, entry] };
}
/** Accepts `PendingApproval`, `Pending Approval`, `pending-approval` (any case, `_` too). */
function parseState(text) {
    const key = normalise(text);
    const found = model_js_1.RELEASE_STATES.find((s) => normalise(s) === key);
    if (found !== undefined && key !== '')
        return found;
    const forms = model_js_1.RELEASE_STATES.map((s) => kebab(s)).join(', ');
    throw new errors_js_1.UserError(`unknown release state '${text}': expected one of ${forms}`, [], 'usage');
}
function normalise(text) {
    return text
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '');
}
function kebab(state) {
    return state.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
/** States a release record may be created in: opened as a draft, or ready for review at once. */
exports.INITIAL_STATES = ['Draft', 'PendingApproval'];
/**
 * Why writing `after` over `before` would change a release's state outside `transition()`; undefined when it does
 * not. The record store asks this inside its write loop, on the record as stored and as about to be written:
 * - a new record (`before` undefined) starts with exactly one entry, in an initial state;
 * - a plain update keeps the state and every history entry as they were;
 * - a transition to `to` keeps every entry and appends exactly one, a legal move to `to`.
 */
function lifecycleBypass(before, after, to) {
    if (before === undefined) {
        const [first, ...rest] = after.history;
        if (!exports.INITIAL_STATES.includes(after.state)) {
            return `a release is created in ${exports.INITIAL_STATES.map(describe).join(' or ')}, not ${describe(after.state)}: create it there and move it with transitionRelease`;
        }
        if (first?.state !== after.state || rest.length > 0) {
            return `a new release's history must be one entry for its state ${describe(after.state)}`;
        }
        return undefined;
    }
    const kept = after.history.slice(0, before.history.length);
    if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
        return 'the history of a release is append-only: an entry was removed or rewritten';
    }
    const added = after.history.slice(before.history.length);
    if (to === undefined) {
        if (after.state !== before.state || added.length > 0) {
            return `the state of a release changes only through transitionRelease (${describe(before.state)} -> ${describe(after.state)}, ${added.length} entr${added.length === 1 ? 'y' : 'ies'} appended)`;
        }
        return undefined;
    }
    if (!canTransition(before.state, to))
        return illegalMessage(before.state, to);
    if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
        return `a transition to ${describe(to)} must set that state and append exactly one entry for it`;
    }
    return undefined;
}
function sameEntry(a, b) {
    return b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;
}
/** A write that would change a release's state around the lifecycle: a bug in the caller, never user input. */
class LifecycleBypassError extends Error {
    recordId;
    name = 'LifecycleBypassError';
    constructor(recordId, reason) {
        super(`release ${recordId}: ${reason}; nothing was written`);
        this.recordId = recordId;
    }
}
exports.LifecycleBypassError = LifecycleBypassError;


/***/ }),

/***/ 7344:
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
    // "author Name <email> 1700000000 +0100": the time is the second field from the end, whatever the name holds.
    const author = header.split('\n').find((l) => l.startsWith('author '));
    const time = author === undefined ? Number.NaN : Number(author.trim().split(' ').at(-2));
    const message = end < 0 ? '' : text.slice(end + 2);
    return Number.isFinite(time) ? { parents, message, authorTime: time } : { parents, message };
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, exports) => {


// The shapes of every file in the user's GitOps repository (docs/architecture.md#state-repo-layout). The JSON Schemas
// in schemas/ are the authority on what a valid file is; these types describe a file after it has passed its schema
// and had its defaults applied (see src/state/repo.ts). Pure types: no I/O, no imports of ours.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HEALTH_STATUSES = exports.RELEASE_STATES = void 0;
/**
 * The nine lifecycle states of docs/architecture.md#release-lifecycle, plus Cancelled for a release whose PR
 * closed unmerged.
 */
exports.RELEASE_STATES = [
    'Draft',
    'PendingApproval',
    'Approved',
    'Deploying',
    'Deployed',
    'Synced',
    'Healthy',
    'Failed',
    'RolledBack',
    'Cancelled',
];
/** The six health statuses of Argo CD's assessment (docs/architecture.md#health); the worst wins an aggregate. */
exports.HEALTH_STATUSES = [
    'Healthy',
    'Progressing',
    'Degraded',
    'Suspended',
    'Missing',
    'Unknown',
];


/***/ }),

/***/ 7190:
/***/ ((__unused_webpack_module, exports) => {


// Wall-clock time in an IANA time zone, with nothing but Intl: the freeze windows of gitopshq.yaml are written in
// local time ("fri 18:00 Europe/Berlin") and must stay right across daylight-saving changes.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isTimeZone = isTimeZone;
exports.wallTimeAt = wallTimeAt;
exports.wallToNumber = wallToNumber;
exports.numberToWall = numberToWall;
exports.weekdayOf = weekdayOf;
exports.instantOf = instantOf;
exports.formatWall = formatWall;
const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (f === undefined) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
function isTimeZone(timeZone) {
    try {
        formatter(timeZone);
        return true;
    }
    catch {
        return false;
    }
}
/** The wall time (to the minute) that clocks in `timeZone` show at `instant` (ms since the epoch). */
function wallTimeAt(instant, timeZone) {
    const parts = {};
    for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
        if (p.type !== 'literal')
            parts[p.type] = Number(p.value);
    }
    return {
        year: parts.year ?? 0,
        month: parts.month ?? 1,
        day: parts.day ?? 1,
        hour: parts.hour ?? 0,
        minute: parts.minute ?? 0,
    };
}
/** Wall time as if it were UTC: a plain number to compare and shift wall times by, without any zone. */
function wallToNumber(w) {
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}
function numberToWall(n) {
    const d = new Date(n);
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
    };
}
/** Day of the week of a wall date, 0 = Monday ... 6 = Sunday. */
function weekdayOf(w) {
    return (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7;
}
/** Offset of `timeZone` from UTC at `instant`, in ms (Berlin in winter: +3_600_000). */
function offsetAt(instant, timeZone) {
    const floored = Math.floor(instant / MINUTE) * MINUTE;
    return wallToNumber(wallTimeAt(floored, timeZone)) - floored;
}
/**
 * The instant at which clocks in `timeZone` show `wall`. A wall time skipped by a daylight-saving jump (02:30 on
 * the spring-forward night in Berlin) resolves to the same distance past the jump (03:30), and a wall time that
 * happens twice (the fall-back night) to its first occurrence: the rules of RFC 5545 and of Temporal's
 * `compatible` disambiguation, so a freeze never starts late nor ends early because of the clock change.
 */
function instantOf(wall, timeZone) {
    const n = wallToNumber(wall);
    // No zone changes its offset twice within two days, so the offsets a day either side are the only candidates.
    const before = offsetAt(n - DAY, timeZone);
    const after = offsetAt(n + DAY, timeZone);
    const candidates = [n - before, n - after].filter((t) => wallToNumber(wallTimeAt(t, timeZone)) === n);
    if (candidates.length > 0)
        return Math.min(...candidates);
    return n - before;
}
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (n) => String(n).padStart(2, '0');
/**
 * How a person in `timeZone` reads `instant`: `Mon 07:00 Europe/Berlin`, or with the date
 * (`Thu 2026-12-31 00:00 Europe/Berlin`) when it is not within the week after `from`.
 */
function formatWall(instant, timeZone, from) {
    const w = wallTimeAt(instant, timeZone);
    const day = DAY_NAMES[weekdayOf(w)];
    const time = `${pad(w.hour)}:${pad(w.minute)}`;
    const near = from !== undefined && instant >= from && instant - from < 6 * DAY;
    const date = near ? '' : `${w.year}-${pad(w.month)}-${pad(w.day)} `;
    return `${day} ${date}${time} ${timeZone}`;
}


/***/ }),

/***/ 2991:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLUSTER_PREFIX = exports.CLUSTER_SCOPED = exports.KUBE_PARSE_OPTIONS = exports.YAML_OPTIONS = void 0;
exports.isObject = isObject;
exports.parseChunks = parseChunks;
exports.duplicateKeyWarnings = duplicateKeyWarnings;
exports.resourceId = resourceId;
exports.resourceLabel = resourceLabel;
exports.resourceKey = resourceKey;
exports.sortManifests = sortManifests;
exports.stringifyObject = stringifyObject;
exports.stringifyManifests = stringifyManifests;
exports.sha256Hex = sha256Hex;
// Engine output -> one parsed document per resource, in a stable order and a stable text, hashed. YAML is read
// and written as YAML 1.1 because that is what Kubernetes' own decoder speaks: `enabled: yes` is a boolean
// there, and a string "yes" must be written quoted.
const node_crypto_1 = __webpack_require__(7598);
const yaml_1 = __webpack_require__(8815);
exports.YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false };
/**
 * How rendered output is read: as Kubernetes' decoder (sigs.k8s.io/yaml on go-yaml v2) reads it, which is YAML 1.1
 * without two of its types. `1:30` stays the string "1:30" (go-yaml has no base-60 numbers; YAML 1.1 says 90), and a
 * timestamp such as `2024-05-01T10:00:00+02:00` stays the string as written (go-yaml keeps timestamp-like scalars
 * as strings when the target is untyped; the `yaml` library would make a Date and write it back in UTC). Written
 * back with YAML_OPTIONS, such strings are quoted, so every reader takes them as strings (src/domain/yaml11.ts
 * lists what Helm makes of each plain scalar).
 */
exports.KUBE_PARSE_OPTIONS = {
    version: '1.1',
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || !(('format' in t && t.format === 'TIME') || t.tag.endsWith(':timestamp'))),
};
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Parses every chunk; YAML errors and non-mapping documents become findings, empty documents are dropped. */
function parseChunks(chunks) {
    const manifests = [];
    const findings = [];
    for (const chunk of chunks) {
        const offset = (chunk.line ?? 1) - 1;
        const docs = (0, yaml_1.parseAllDocuments)(chunk.text, exports.KUBE_PARSE_OPTIONS);
        let lenient;
        for (let i = 0; i < docs.length; i++) {
            let doc = docs[i];
            // A key given twice: Kubernetes' decoder (and Helm, Argo CD, kubectl) keeps the last one and says nothing.
            // The render does the same, with a warning, rather than refuse a chart every GitOps tool applies.
            const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
            if (duplicates.length > 0 && duplicates.length === doc.errors.length) {
                lenient ??= (0, yaml_1.parseAllDocuments)(chunk.text, {
                    ...exports.KUBE_PARSE_OPTIONS,
                    uniqueKeys: false,
                });
                const again = lenient[i];
                if (again && again.errors.length === 0) {
                    for (const e of duplicates)
                        findings.push(yamlFinding(chunk, offset, e, 'warning', duplicateText(chunk.text, e)));
                    doc = again;
                }
            }
            if (doc.errors.length > 0) {
                for (const e of doc.errors) {
                    const pos = e.linePos?.[0];
                    findings.push({
                        severity: 'error',
                        rule: 'yaml',
                        ...(chunk.file ? { file: chunk.file, line: (pos?.line ?? 1) + offset, col: pos?.col ?? 1 } : {}),
                        message: `the output rendered from ${chunk.source} is not valid YAML (rendered line ${(pos?.line ?? 1) + offset}): ${e.message.split('\n')[0]}`,
                    });
                }
                continue;
            }
            const value = doc.toJS({ maxAliasCount: 100 });
            if (value === null || value === undefined)
                continue;
            if (!isObject(value)) {
                const line = doc.contents ? lineOf(chunk.text, doc.contents.range?.[0] ?? 0) + offset : offset + 1;
                findings.push({
                    severity: 'error',
                    rule: 'structure',
                    ...(chunk.file ? { file: chunk.file, line, col: 1 } : {}),
                    message: `${chunk.source}: a rendered document must be a mapping (a Kubernetes object), not ${Array.isArray(value) ? 'a list' : typeof value}`,
                });
                continue;
            }
            // `kind: List` is how some tools bundle objects; Kubernetes applies its items one by one.
            if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
                for (const item of value.items)
                    if (isObject(item))
                        manifests.push(manifest(item, chunk));
                continue;
            }
            manifests.push(manifest(value, chunk));
        }
    }
    return { manifests, findings };
}
/** The warnings parseChunks would give for keys given twice, for chunks rewritten before it reads them (Helm hooks). */
function duplicateKeyWarnings(chunks) {
    return chunks.flatMap((chunk) => (0, yaml_1.parseAllDocuments)(chunk.text, exports.KUBE_PARSE_OPTIONS).flatMap((doc) => doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')
        ? doc.errors.map((e) => yamlFinding(chunk, (chunk.line ?? 1) - 1, e, 'warning', duplicateText(chunk.text, e)))
        : []));
}
/** `a key is given twice (labels)`: the key named from the text at the error's position. */
function duplicateText(text, e) {
    const pos = e.linePos?.[0];
    const line = pos ? (text.split('\n')[pos.line - 1] ?? '') : '';
    const key = /^\s*([^:#]+):/.exec(line.slice(Math.max(0, (pos?.col ?? 1) - 1)))?.[1]?.trim();
    return `the key ${key ? `\`${key}\` ` : ''}is given twice; Kubernetes' YAML decoder (kubectl, Helm, Argo CD) keeps the last value, and so does the render: remove the other`;
}
function yamlFinding(chunk, offset, e, severity, text) {
    const line = (e.linePos?.[0]?.line ?? 1) + offset;
    return {
        severity,
        rule: 'yaml',
        ...(chunk.file ? { file: chunk.file, line, col: e.linePos?.[0]?.col ?? 1 } : {}),
        message: `the output rendered from ${chunk.source} (rendered line ${line}): ${text}`,
    };
}
function manifest(object, chunk) {
    return chunk.file ? { object, source: chunk.source, file: chunk.file } : { object, source: chunk.source };
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
// Dependencies first (what a resource refers to exists before it), like `helm install`; unknown kinds after,
// alphabetically.
const KIND_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ResourceQuota',
    'LimitRange',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Pod',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'Service',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));
/** Kinds that live outside any namespace (the common built-in ones). */
exports.CLUSTER_SCOPED = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ClusterRole',
    'ClusterRoleBinding',
    'PersistentVolume',
    'IngressClass',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'RuntimeClass',
    'CSIDriver',
    'CSINode',
    'Node',
    'VolumeAttachment',
    'VolumeAttributesClass',
    'CertificateSigningRequest',
    'FlowSchema',
    'PriorityLevelConfiguration',
    'DeviceClass',
    'ResourceSlice',
    'IPAddress',
    'ServiceCIDR',
]);
/** Custom kinds named like the built-in cluster-scoped ones (ClusterIssuer, ClusterSecretStore, ClusterPolicy). */
exports.CLUSTER_PREFIX = /^Cluster[A-Z]/;
function str(v) {
    return typeof v === 'string' ? v : '';
}
function resourceId(o, defaultNamespace) {
    const apiVersion = str(o.apiVersion);
    const kind = str(o.kind);
    const meta = isObject(o.metadata) ? o.metadata : {};
    const slash = apiVersion.indexOf('/');
    return {
        apiVersion,
        group: slash >= 0 ? apiVersion.slice(0, slash) : '',
        kind,
        // A custom `Cluster*` kind without a namespace is cluster-scoped (see namespaces.ts): no default for it.
        namespace: exports.CLUSTER_SCOPED.has(kind) || (!str(meta.namespace) && exports.CLUSTER_PREFIX.test(kind))
            ? ''
            : str(meta.namespace) || defaultNamespace,
        name: str(meta.name),
    };
}
/** `Deployment/shop/web`, or `ClusterRole/web` for a cluster-scoped resource. */
function resourceLabel(id) {
    return id.namespace ? `${id.kind}/${id.namespace}/${id.name}` : `${id.kind}/${id.name}`;
}
/** Identity across versions of an API group: two documents with equal keys are the same object to the cluster. */
function resourceKey(id) {
    return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}
function sortManifests(manifests, defaultNamespace) {
    const keyed = manifests.map((m) => ({ m, id: resourceId(m.object, defaultNamespace) }));
    keyed.sort((a, b) => {
        const ra = KIND_RANK.get(a.id.kind) ?? KIND_ORDER.length;
        const rb = KIND_RANK.get(b.id.kind) ?? KIND_ORDER.length;
        return (ra - rb ||
            cmp(a.id.kind, b.id.kind) ||
            cmp(a.id.namespace, b.id.namespace) ||
            cmp(a.id.name, b.id.name) ||
            cmp(a.id.apiVersion, b.id.apiVersion));
    });
    return keyed.map((k) => k.m);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function stringifyObject(o) {
    return (0, yaml_1.stringify)(o, exports.YAML_OPTIONS);
}
/** Multi-document YAML: every document starts with `---`, keys in the author's order. */
function stringifyManifests(manifests) {
    return manifests.map((m) => `---\n${stringifyObject(m.object)}`).join('');
}
function sha256Hex(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 4785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ON_BASE_NOTE = void 0;
exports.targetId = targetId;
exports.formatRenderFinding = formatRenderFinding;
exports.toFinding = toFinding;
exports.hasErrors = hasErrors;
/** `web/prod/acme` or `web/prod` — how findings and diffs name a target. */
function targetId(t) {
    return t.tenant ? `${t.workload}/${t.environment}/${t.tenant}` : `${t.workload}/${t.environment}`;
}
exports.ON_BASE_NOTE = 'already on base';
function formatRenderFinding(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.col ?? 1}` : ''}: ` : '';
    const what = [f.resource, f.path].filter(Boolean).join(' ');
    return `${where}${f.severity} [${f.target}]${what ? ` ${what}` : ''}: ${f.message}${f.onBase ? ` (${exports.ON_BASE_NOTE})` : ''}`;
}
/** The same finding in the project-wide shape (annotations, ValidationError). */
function toFinding(f, fallbackFile) {
    const what = [f.resource, f.path].filter(Boolean).join(' ');
    return {
        file: f.file ?? fallbackFile,
        line: f.line ?? 1,
        col: f.col ?? 1,
        message: `[${f.target}]${what ? ` ${what}` : ''}: ${f.message}${f.onBase ? ` (${exports.ON_BASE_NOTE})` : ''}`,
        severity: f.severity,
    };
}
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}


/***/ })

};
