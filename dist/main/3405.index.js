export const id = 3405;
export const ids = [3405,8900];
export const modules = {

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


/***/ }),

/***/ 51742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.wasDeployed = wasDeployed;
exports.runningRelease = runningRelease;
exports.checkRollbackTo = checkRollbackTo;
exports.defaultRollbackTarget = defaultRollbackTarget;
/** States a release keeps after its manifests reached the deploy branch, before any verdict on its health. */
const UNVERIFIED = new Set(['Deployed', 'Synced']);
function inScope(record, scope) {
    if (record.workload !== scope.workload || record.environment !== scope.environment)
        return false;
    return scope.tenant === undefined || record.tenants.length === 0 || record.tenants.includes(scope.tenant);
}
/** Whether the release's manifests ever reached the deploy branch. */
function wasDeployed(record) {
    return record.history.some((h) => h.state === 'Deployed');
}
/** The release whose manifests run for `scope` now; undefined when none was ever deployed. */
function runningRelease(records, scope) {
    const byId = new Map(records.map((r) => [r.id, r]));
    const events = [];
    let seq = 0;
    for (const record of records) {
        if (!inScope(record, scope))
            continue;
        for (const h of record.history) {
            // Each Deployed entry is a deploy (a retry after Failed deploys again); Rolled Back hands over.
            if (h.state === 'Deployed')
                events.push({ at: h.at, seq: seq++, kind: 'deploy', record });
            if (h.state === 'RolledBack')
                events.push({ at: h.at, seq: seq++, kind: 'rollback', record });
        }
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
    // Every release deployed so far, newest last: a rollback without a recorded target returns to the one before.
    const stack = [];
    for (const e of events) {
        if (e.kind === 'deploy') {
            stack.push(e.record);
            continue;
        }
        const top = stack[stack.length - 1];
        if (top?.id !== e.record.id)
            continue;
        stack.pop();
        const toId = e.record.rolledBackTo ?? e.record.rollbackTarget;
        const to = toId === undefined ? undefined : byId.get(toId);
        if (to !== undefined && inScope(to, scope))
            stack.push(to);
    }
    return stack[stack.length - 1];
}
/**
 * Whether `targetId` is a release `scope` may roll back to: it exists, belongs to the same workload, environment
 * (and tenant), was deployed there, is not what runs now, and was Healthy: a rollback goes back to what was seen
 * working. `allowUnverified` (an operator's explicit choice) also accepts one deployed but never judged (Deployed or
 * Synced); a Failed or Rolled Back release never.
 */
function checkRollbackTo(records, scope, targetId, opts = {}) {
    const where = `${scope.workload} in ${scope.environment}${scope.tenant === undefined ? '' : ` (tenant ${scope.tenant})`}`;
    const current = runningRelease(records, scope);
    if (current === undefined) {
        return {
            ok: false,
            reason: `nothing has been deployed for ${where} yet, so there is nothing to roll back`,
        };
    }
    const target = records.find((r) => r.id === targetId);
    if (target === undefined)
        return { ok: false, reason: `release ${targetId} does not exist` };
    if (target.workload !== scope.workload) {
        return {
            ok: false,
            reason: `release ${targetId} is for workload ${target.workload}, not ${scope.workload}`,
        };
    }
    if (target.environment !== scope.environment) {
        return {
            ok: false,
            reason: `release ${targetId} was for environment ${target.environment}; a rollback in ${scope.environment} must pick a release deployed there`,
        };
    }
    if (!inScope(target, scope)) {
        return {
            ok: false,
            reason: `release ${targetId} targeted tenants ${target.tenants.join(', ')}, not ${scope.tenant ?? ''}`,
        };
    }
    if (target.id === current.id) {
        return {
            ok: false,
            reason: `release ${targetId} is what runs for ${where} now; pick an earlier release`,
        };
    }
    if (!wasDeployed(target)) {
        return {
            ok: false,
            reason: `release ${targetId} was never deployed (it is ${target.state}); pick a release that ran in ${scope.environment}`,
        };
    }
    if (target.state === 'RolledBack') {
        return { ok: false, reason: `release ${targetId} was itself rolled back; pick a release that was not` };
    }
    if (target.state !== 'Healthy' && !(opts.allowUnverified === true && UNVERIFIED.has(target.state))) {
        const unverified = UNVERIFIED.has(target.state)
            ? ', never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly'
            : '; pick a release that was Healthy';
        return { ok: false, reason: `release ${targetId} is ${target.state}${unverified}` };
    }
    return { ok: true, target, current };
}
/**
 * The release a rollback goes to by default: the most recently deployed release before the running one that
 * reached Healthy and was neither rolled back nor failed. Undefined when there is none.
 */
function defaultRollbackTarget(records, scope) {
    const current = runningRelease(records, scope);
    const lastDeploy = (r) => r.history.reduce((at, h) => (h.state === 'Deployed' && h.at > at ? h.at : at), '');
    return records
        .filter((r) => inScope(r, scope) &&
        r.id !== current?.id &&
        r.state === 'Healthy' &&
        (current === undefined || lastDeploy(r) <= lastDeploy(current)))
        .sort((a, b) => (lastDeploy(a) < lastDeploy(b) ? 1 : lastDeploy(a) > lastDeploy(b) ? -1 : 0))[0];
}


/***/ }),

/***/ 83529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = exports.parseValuePath = exports.parseUpdateLines = exports.parseUpdate = exports.formatValuePath = void 0;
exports.applyValueUpdates = applyValueUpdates;
const yaml_edit_js_1 = __webpack_require__(15382);
// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.
// Parsing lives in path-syntax.ts, which does not load the yaml library: actions that only read an `updates`
// input stay fast to start.
var path_syntax_js_1 = __webpack_require__(26633);
Object.defineProperty(exports, "formatValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.formatValuePath; } }));
Object.defineProperty(exports, "parseUpdate", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdate; } }));
Object.defineProperty(exports, "parseUpdateLines", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdateLines; } }));
Object.defineProperty(exports, "parseValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.parseValuePath; } }));
var yaml_scalar_js_1 = __webpack_require__(21126);
Object.defineProperty(exports, "typeValueText", ({ enumerable: true, get: function () { return yaml_scalar_js_1.typeValueText; } }));
/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
function applyValueUpdates(text, updates, file) {
    let out = text;
    for (const u of updates)
        out = (0, yaml_edit_js_1.applyValueUpdate)(out, u, file);
    return out;
}


/***/ }),

/***/ 55757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planReleaseEdit = planReleaseEdit;
exports.planChartVersionEdit = planChartVersionEdit;
exports.releaseEditFiles = releaseEditFiles;
exports.writeReleaseEdit = writeReleaseEdit;
// Which file a release's value updates change, and its new text: the values layer of a template or Helm workload,
// the overlay's kustomization of a Kustomize workload, workload.yaml's chart version of a chart upgrade. Shared by `gitopshq set` and create-release, so the two
// cannot disagree about where a release goes. Nothing is written here.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const kustomize_edit_js_1 = __webpack_require__(38096);
const layout_js_1 = __webpack_require__(89128);
const repo_paths_js_1 = __webpack_require__(10183);
const value_path_js_1 = __webpack_require__(83529);
const values_js_1 = __webpack_require__(34344);
const repo_paths_js_2 = __webpack_require__(66244);
const workload_fields_js_1 = __webpack_require__(62083);
/** Plans the edit of one workload's release file for `environment` (and `tenant`, for a values layer). */
async function planReleaseEdit(root, workload, environment, tenant, updates) {
    const source = workload.config.source;
    if (source.type === 'kustomize') {
        if (tenant !== undefined) {
            throw new errors_js_1.UserError(`workload '${workload.config.name}' is a Kustomize workload: every tenant of '${environment}' shares its overlay ` +
                `${(0, kustomize_edit_js_1.overlayFolder)(source, environment)}/; drop --tenant`, [], 'usage');
        }
        const folder = (0, node_path_1.join)(workload.dir, (0, kustomize_edit_js_1.overlayFolder)(source, environment));
        const rel = repoRelative(root, folder);
        if (rel === undefined) {
            throw new errors_js_1.UserError(`the overlay of '${environment}' is outside the repository; fix workload.yaml`, [], 'usage');
        }
        const found = await firstExisting(root, kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${rel}/${name}`));
        if (!found) {
            throw new errors_js_1.UserError(`no kustomization in ${rel}/ (looked for ${kustomize_edit_js_1.KUSTOMIZATION_FILES.join(', ')}); the overlay of '${environment}' needs one`, [], 'usage');
        }
        const after = (0, kustomize_edit_js_1.applyKustomizeUpdates)(found.text, updates, found.file);
        const written = updates.map((u) => {
            const change = (0, kustomize_edit_js_1.parseKustomizeUpdate)(u, found.file);
            const value = change.kind === 'replicas'
                ? change.count
                : Object.values(change.fields).length === 1
                    ? Object.values(change.fields)[0]
                    : change.fields;
            return { path: u.path, value };
        });
        return { file: found.file, kind: 'kustomization', before: found.text, after, written };
    }
    const file = (0, layout_js_1.valuesLayerFile)(workload.config.name, environment, tenant);
    const before = await readText(root, file);
    const after = (0, value_path_js_1.applyValueUpdates)(before ?? layerHeader(workload.config.name, environment, tenant), [...updates], file);
    const data = (0, yaml_1.parseDocument)(after).toJS() ?? {};
    const written = updates.map((u) => ({ path: u.path, value: (0, values_js_1.getPath)(data, (0, value_path_js_1.parseValuePath)(u.path)) }));
    return { file, kind: 'values', before, after, written };
}
/**
 * Plans a chart upgrade: `source.versions.<environment>` in the workload's workload.yaml set to `version` (a
 * string, comments kept). Only a repository or OCI chart has versions to choose; a chart folder in the repository
 * is upgraded by changing the folder, and a template or Kustomize workload has no chart at all.
 */
async function planChartVersionEdit(root, workload, environment, version) {
    const { name, source } = workload.config;
    if (source.type !== 'helm') {
        throw new errors_js_1.UserError(`workload '${name}' renders from a ${source.type === 'kustomize' ? 'Kustomize overlay' : 'template folder'}, not a Helm chart: chart-version applies to Helm workloads only; drop chart-version`, [], 'usage');
    }
    if (!source.repository && !source.chart.startsWith('oci://')) {
        throw new errors_js_1.UserError(`workload '${name}' renders the chart folder '${source.chart}' of the repository: upgrade it by changing that folder; chart-version applies to repository and oci:// charts`, [], 'usage');
    }
    if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(version)) {
        throw new errors_js_1.UserError(`chart-version '${version}' is not a chart version: use a SemVer version such as 1.2.3`, [], 'usage');
    }
    const rel = repoRelative(root, (0, node_path_1.join)(workload.dir, 'workload.yaml'));
    const before = rel === undefined ? undefined : await readText(root, rel);
    if (rel === undefined || before === undefined) {
        throw new errors_js_1.UserError(`workload '${name}' has no workload.yaml in the repository`, [], 'usage');
    }
    const path = `source.versions.${environment}`;
    const after = (0, value_path_js_1.applyValueUpdates)(before, [{ path, value: JSON.stringify(version) }], rel);
    return { file: rel, kind: 'workload', before, after, written: [{ path, value: version }] };
}
/**
 * Every file a release of `workload` in `environment` can have edited (repo-relative), from its workload.yaml text
 * as of that release: the overlay's kustomization (each name kustomize accepts) of a Kustomize workload, else the
 * environment's values layer and its tenants' layers. Rollback restores these, so the values PR puts back what
 * planReleaseEdit changed whatever the workload's kind. An unreadable workload.yaml gives the values layers.
 */
function releaseEditFiles(workload, workloadYaml, environment, tenants) {
    const source = (0, workload_fields_js_1.readWorkloadFields)(workloadYaml)?.source;
    if (source?.type === 'kustomize') {
        const folder = node_path_1.posix.normalize(`${(0, layout_js_1.workloadDir)(workload)}/${(0, kustomize_edit_js_1.overlayFolder)({ overlay: source.overlay ?? '', ...(source.overlays ? { overlays: source.overlays } : {}) }, environment)}`);
        // An overlay outside the repository is refused by planReleaseEdit: nothing of it to restore.
        if (folder.startsWith('../') || node_path_1.posix.isAbsolute(folder))
            return [];
        return kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${folder}/${name}`);
    }
    return [
        (0, layout_js_1.valuesLayerFile)(workload, environment),
        ...tenants.map((t) => (0, layout_js_1.valuesLayerFile)(workload, environment, t)),
    ];
}
/** Write-then-rename: a reader (or a crash) never sees half a file. */
async function writeReleaseEdit(root, edit) {
    const abs = (0, node_path_1.join)(root, ...edit.file.split('/'));
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(abs), { recursive: true });
    const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
    await (0, promises_1.writeFile)(tmp, edit.after);
    await (0, promises_1.rename)(tmp, abs);
}
function layerHeader(workload, env, tenant) {
    return tenant === undefined
        ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
        : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}
function repoRelative(root, abs) {
    const rel = (0, node_path_1.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        return undefined;
    return rel.split('\\').join('/');
}
/**
 * A file of the repository, or undefined when there is none. A file that resolves outside the repository (a symlink
 * out of it) is refused: its content would be copied into the repository by the write, and into a pull request.
 */
async function readText(root, file) {
    const r = (0, repo_paths_js_2.repoPaths)(root).resolve(file);
    if (r.kind === 'outside')
        throw new errors_js_1.UserError((0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }), [], 'usage');
    return r.kind === 'file' ? (0, promises_1.readFile)(r.abs, 'utf8') : undefined;
}
async function firstExisting(root, files) {
    for (const file of files) {
        const text = await readText(root, file);
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}


/***/ }),

/***/ 62083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkloadFields = readWorkloadFields;
// What a step without a loaded repository snapshot reads of one workload.yaml text: the source's kind and overlay
// (rollback: which files a past release's edit changed) and the tenants (verify-health: whom a promotion must reach,
// from main). Read with the project's YAML reader (size, depth and tag limits) but without the schema: the text may
// be of another commit than the checkout, and each caller decides what an unreadable file means.
const yaml_source_js_1 = __webpack_require__(362);
/** undefined when there is no text, or it is not YAML, or not a mapping. */
function readWorkloadFields(text, file = 'workload.yaml') {
    if (text === undefined)
        return undefined;
    const doc = (0, yaml_source_js_1.parseYamlSource)(text, file).value;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const { source, tenants } = doc;
    return {
        ...(typeof source === 'object' && source !== null ? { source: sourceFields(source) } : {}),
        ...(tenants !== undefined ? { tenants } : {}),
    };
}
function sourceFields(source) {
    const s = source;
    const overlays = typeof s.overlays === 'object' && s.overlays !== null
        ? Object.fromEntries(Object.entries(s.overlays).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return {
        type: s.type,
        ...(typeof s.overlay === 'string' ? { overlay: s.overlay } : {}),
        ...(overlays ? { overlays } : {}),
    };
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
