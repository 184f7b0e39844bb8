export const id = 8678;
export const ids = [8678];
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

/***/ 51742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.wasDeployed = wasDeployed;
exports.runningRelease = runningRelease;
exports.checkRollbackTo = checkRollbackTo;
exports.defaultRollbackTarget = defaultRollbackTarget;
/** States a release keeps after its manifests reached the deploy branch. */
const DEPLOYED = new Set(['Deployed', 'Synced', 'Healthy']);
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
 * (and tenant), was deployed there, is not what runs now, and neither failed nor was rolled back itself.
 */
function checkRollbackTo(records, scope, targetId) {
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
    if (!DEPLOYED.has(target.state)) {
        return { ok: false, reason: `release ${targetId} is ${target.state}; pick a release that was Healthy` };
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
    const source = sourceOf(workloadYaml);
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
function sourceOf(text) {
    if (text === undefined)
        return undefined;
    try {
        const doc = (0, yaml_1.parseDocument)(text).toJS();
        const source = doc?.source;
        if (typeof source !== 'object' || source === null)
            return undefined;
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
    catch {
        return undefined;
    }
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

/***/ 79377:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RELEASE_TRAILER = exports.RELEASE_ANNOTATION = void 0;
exports.annotate = annotate;
exports.deploy = deploy;
exports.ensureDeployment = ensureDeployment;
const break_glass_js_1 = __webpack_require__(6558);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const layout_js_1 = __webpack_require__(89128);
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
    if (!pr)
        return `commit ${req.sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
    const found = (await ports.store.listReleases()).find((r) => r.pullRequest?.number === pr.number);
    return found ?? `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
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
                note: `deploying ${ref.slice(0, 7)}`,
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
                note: `deploying ${ref.slice(0, 7)}`,
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
