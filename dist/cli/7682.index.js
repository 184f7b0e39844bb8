export const id = 7682;
export const ids = [7682];
export const modules = {

/***/ 27682:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezeCommand = void 0;
// `gitopshq freeze status [--env E] [--at ISO-INSTANT]`: whether each environment is frozen at an instant, by which
// freeze, until when (as an instant and in the freeze's zone), why, and how break-glass works. The same evaluation
// the approval gate and deploy use (src/domain/freeze.ts), so what this prints is what the gate will decide.
const errors_js_1 = __webpack_require__(10241);
const freeze_status_js_1 = __webpack_require__(95196);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'freeze status [--env E] [--at ISO-INSTANT]';
// An instant names its zone; a bare local time would mean a different moment for every reader.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
function usage(message) {
    return new errors_js_1.UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}
function parseInstant(text) {
    const at = new Date(text);
    if (!INSTANT.test(text) || Number.isNaN(at.getTime())) {
        throw usage(`--at '${text}' is not an instant; write it with a zone: 2026-11-28T12:00:00Z or 2026-11-28T13:00+01:00`);
    }
    return at;
}
function line(s) {
    if (!s.frozen)
        return `${s.environment}: not frozen`;
    const until = s.until === null ? 'until further notice' : `until ${s.untilLocal} (${s.until})`;
    const parts = [`${s.environment}: frozen by ${s.freeze} ${until}`];
    const others = s.active.slice(1).map((a) => a.name);
    if (others.length > 0)
        parts.push(`also by ${others.join(', ')}`);
    if (s.reason !== null)
        parts.push(`why: ${s.reason}`);
    const glass = s.breakGlass;
    if (glass?.allowed) {
        const teams = glass.teams.length === 0 ? 'anyone with write access' : `team ${glass.teams.join(' or ')}`;
        parts.push(`break-glass: label the PR '${glass.label}' and get an approval from ${teams} (recorded in the release)`);
    }
    else {
        parts.push('no break-glass: releases wait until it ends');
    }
    return parts.join('; ');
}
exports.freezeCommand = {
    name: 'freeze',
    usage: USAGE,
    summary: 'Say whether each environment is frozen, until when, and how break-glass works',
    help: [
        "Evaluates gitopshq.yaml's freeze windows at an instant (default: now) in each freeze's own time zone, across",
        'daylight-saving changes. Overlapping or adjacent freezes count as one: `until` is when releases can go out.',
        'Exit 0 whether frozen or not; the JSON says which.',
        '',
        'Examples:',
        '  gitopshq freeze status',
        '  gitopshq freeze status --env prod --at 2026-11-28T12:00:00Z',
        '  gitopshq freeze status --output json   # {"at", "environments": [{"name", "frozen", "freeze", "until", ...}]}',
    ].join('\n'),
    options: {
        env: { type: 'string' },
        at: { type: 'string' },
    },
    async run(ctx, args) {
        const [sub, extra] = args.positionals;
        if (sub !== 'status')
            throw usage(sub === undefined ? 'freeze needs a subcommand' : `unknown subcommand '${sub}'`);
        if (extra !== undefined)
            throw usage(`unexpected argument '${extra}'`);
        const atText = (0, command_js_1.stringOpt)(args, 'at');
        const at = atText === undefined ? new Date() : parseInstant(atText);
        const result = await (0, freeze_status_js_1.freezeStatuses)({ repo: ctx.repo, at, environment: (0, command_js_1.stringOpt)(args, 'env') });
        if (result.outcome === 'failed')
            throw usage(result.error.message);
        const statuses = result.value ?? [];
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({
                at: at.toISOString(),
                environments: statuses.map((s) => ({
                    name: s.environment,
                    frozen: s.frozen,
                    freeze: s.freeze,
                    until: s.until,
                    untilLocal: s.untilLocal,
                    reason: s.reason,
                    breakGlass: s.breakGlass,
                    active: s.active,
                })),
            }));
        }
        else {
            ctx.stdout([`at ${at.toISOString()}`, ...statuses.map(line)].join('\n'));
        }
        return command_js_1.EXIT_OK;
    },
};


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
