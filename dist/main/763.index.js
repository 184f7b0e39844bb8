export const id = 763;
export const ids = [763];
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

/***/ 31064:
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
