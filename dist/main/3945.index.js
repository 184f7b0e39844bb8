export const id = 3945;
export const ids = [3945];
export const modules = {

/***/ 35907:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WEEKDAYS = void 0;
exports.parseMoment = parseMoment;
exports.parseFreeze = parseFreeze;
const zoned_time_js_1 = __webpack_require__(67190);
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

/***/ 89128:
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

/***/ 46788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleBypassError = exports.INITIAL_STATES = exports.IllegalTransitionError = exports.STATE_LABELS = void 0;
exports.nextStates = nextStates;
exports.canTransition = canTransition;
exports.isTerminal = isTerminal;
exports.transition = transition;
exports.parseState = parseState;
exports.lifecycleBypass = lifecycleBypass;
const errors_js_1 = __webpack_require__(10241);
const model_js_1 = __webpack_require__(45529);
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

/***/ 45529:
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

/***/ 67190:
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


/***/ })

};
