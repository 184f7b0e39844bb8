export const id = 440;
export const ids = [440];
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

/***/ 34344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cloneValue = cloneValue;
exports.layerValues = layerValues;
exports.getPath = getPath;
exports.flattenValues = flattenValues;
exports.compareSegments = compareSegments;
exports.deepEqual = deepEqual;
exports.diffValues = diffValues;
exports.setPath = setPath;
const path_syntax_js_1 = __webpack_require__(26633);
const plain_object_js_1 = __webpack_require__(17134);
/** Own-property write that also works for a `__proto__` key read from YAML, without touching prototypes. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function hasOwn(target, key) {
    return Object.hasOwn(target, key);
}
function cloneValue(v) {
    if (Array.isArray(v))
        return v.map((x) => cloneValue(x));
    if ((0, plain_object_js_1.isPlainObject)(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            setOwn(out, k, cloneValue(x));
        return out;
    }
    if (typeof v === 'object' && v !== null)
        return structuredClone(v);
    return v;
}
/** Merges `over` into `target` in place; `target` is already our own copy. */
function mergeInto(target, over) {
    for (const [key, value] of Object.entries(over)) {
        if (value === null) {
            // Our layering's rule (template engine, compare): null in a later layer removes the inherited key. Helm
            // never sees this merge: it gets each layer as its own -f file and applies its own rules (README).
            delete target[key];
            continue;
        }
        const current = hasOwn(target, key) ? target[key] : undefined;
        if ((0, plain_object_js_1.isPlainObject)(value)) {
            const base = (0, plain_object_js_1.isPlainObject)(current) ? current : {};
            mergeInto(base, value);
            setOwn(target, key, base);
        }
        else {
            setOwn(target, key, cloneValue(value));
        }
    }
}
/**
 * base -> environment -> tenant: objects deep-merge, arrays and scalars replace, a `null` in a later
 * layer deletes the key. Undefined layers are skipped; inputs are not mutated and share nothing with
 * the result. Nulls in the first layer are data and stay.
 */
function layerValues(...layers) {
    const present = layers.filter((l) => l !== undefined);
    const [first, ...rest] = present;
    if (first === undefined)
        return {};
    const result = cloneValue(first);
    for (const layer of rest)
        mergeInto(result, layer);
    return result;
}
/** The value at `segments`, or undefined when any step is missing. Numbers index lists, strings key maps. */
function getPath(values, segments) {
    let node = values;
    for (const seg of segments) {
        if (typeof seg === 'number') {
            if (!Array.isArray(node) || seg < 0 || seg >= node.length)
                return undefined;
            node = node[seg];
        }
        else {
            if (!(0, plain_object_js_1.isPlainObject)(node) || !hasOwn(node, seg))
                return undefined;
            node = node[seg];
        }
    }
    return node;
}
/** Leaves of `values` (scalars, empty maps, empty lists) with their paths, in path order. */
function flattenValues(values) {
    const out = [];
    walkLeaves(values, [], (segments, value) => out.push({ segments, value }));
    out.sort((x, y) => compareSegments(x.segments, y.segments));
    return out.map((e) => ({ path: (0, path_syntax_js_1.formatValuePath)(e.segments), value: cloneValue(e.value) }));
}
function walkLeaves(value, at, visit) {
    if (Array.isArray(value) && value.length > 0) {
        value.forEach((x, i) => {
            walkLeaves(x, [...at, i], visit);
        });
    }
    else if ((0, plain_object_js_1.isPlainObject)(value) && Object.keys(value).length > 0) {
        for (const [k, x] of Object.entries(value))
            walkLeaves(x, [...at, k], visit);
    }
    else if (at.length > 0 || !(0, plain_object_js_1.isPlainObject)(value)) {
        // An empty root map has no leaves; any other root (a scalar) is its own leaf at path ''.
        visit(at, value);
    }
}
/** Orders paths segment by segment: list indexes numerically, keys by code unit, an index before a key. */
function compareSegments(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        if (typeof x === 'number')
            return -1;
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return a.length - b.length;
}
function deepEqual(a, b) {
    if (Object.is(a, b))
        return true;
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    }
    if ((0, plain_object_js_1.isPlainObject)(a) && (0, plain_object_js_1.isPlainObject)(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        return ka.every((k) => hasOwn(b, k) && deepEqual(a[k], b[k]));
    }
    if (a instanceof Date && b instanceof Date)
        return a.getTime() === b.getTime();
    return false;
}
/**
 * What changes from `a` to `b`, leaf by leaf, in path order. Maps and lists are compared inside; a
 * leaf present on one side only is added or removed; a leaf whose value (or shape) differs is changed.
 */
function diffValues(a, b) {
    const out = [];
    diffAt(a, b, [], (segments, x, y, kind) => out.push({ segments, a: x, b: y, kind }));
    out.sort((x, y) => compareSegments(x.segments, y.segments));
    return out.map((d) => ({ path: (0, path_syntax_js_1.formatValuePath)(d.segments), a: d.a, b: d.b, kind: d.kind }));
}
const MISSING = Symbol('missing');
function diffAt(a, b, at, emit) {
    if (a === MISSING) {
        walkLeaves(b, at, (s, v) => emit(s, undefined, cloneValue(v), 'added'));
        return;
    }
    if (b === MISSING) {
        walkLeaves(a, at, (s, v) => emit(s, cloneValue(v), undefined, 'removed'));
        return;
    }
    if ((0, plain_object_js_1.isPlainObject)(a) && (0, plain_object_js_1.isPlainObject)(b) && !(isEmpty(a) !== isEmpty(b) && at.length > 0)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const k of keys) {
            diffAt(hasOwn(a, k) ? a[k] : MISSING, hasOwn(b, k) ? b[k] : MISSING, [...at, k], emit);
        }
        return;
    }
    if (Array.isArray(a) && Array.isArray(b) && !(isEmpty(a) !== isEmpty(b))) {
        const n = Math.max(a.length, b.length);
        for (let i = 0; i < n; i++)
            diffAt(i < a.length ? a[i] : MISSING, i < b.length ? b[i] : MISSING, [...at, i], emit);
        return;
    }
    if (!deepEqual(a, b))
        emit(at, cloneValue(a), cloneValue(b), 'changed');
}
function isEmpty(v) {
    return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}
/** A copy of `root` with `value` at `segments`, creating maps (for keys) and lists (for indexes) on the way. */
function setPath(root, segments, value) {
    const [seg, ...rest] = segments;
    if (seg === undefined)
        return cloneValue(value);
    if (typeof seg === 'number') {
        const list = Array.isArray(root) ? cloneValue(root) : [];
        list[seg] = setPath(list[seg], rest, value);
        return list;
    }
    const map = (0, plain_object_js_1.isPlainObject)(root) ? cloneValue(root) : {};
    setOwn(map, seg, setPath(hasOwn(map, seg) ? map[seg] : undefined, rest, value));
    return map;
}


/***/ }),

/***/ 21126:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = typeValueText;
exports.isSafePlain = isSafePlain;
exports.quoteString = quoteString;
exports.renderValue = renderValue;
exports.renderKey = renderKey;
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/** First characters that make a plain scalar mean something else (alias, anchor, tag, block, reserved...). */
const INDICATOR_START = /^[,[\]{}#&*!|>'"%@`]/;
const FLOW_CHARS = /[,[\]{}]/;
function typingError(text, problem) {
    return new errors_js_1.UserError(`value '${text}' ${problem}`, [], 'usage');
}
/**
 * Reads the value text of `path=value` by YAML 1.2 core rules: `3` is a number, `true` a boolean,
 * `1.10` the float 1.1, `null`/`~` null, `"1.10"` or `'1.10'` the string 1.10, `[a, b]` a list.
 * An empty value is the empty string; text that is not one clean plain scalar (`a: b`, `x # y`,
 * `*ref`) is taken as the string it spells.
 */
function typeValueText(text) {
    // A line break cannot come from one line of `updates`: whoever passes it means the exact string.
    if (/[\r\n]/.test(text))
        return { value: text };
    const t = text.trim();
    if (t === '')
        return { value: '' };
    const first = t[0];
    if (first === '"' || first === "'") {
        const node = soleNode(t);
        if ((0, yaml_1.isScalar)(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
            return { value: node.value, raw: t };
        }
        throw typingError(t, `starts with a quote but is not one quoted string; quote the whole value, e.g. "${t.replace(/["\\]/g, '\\$&')}"`);
    }
    if (first === '[' || first === '{') {
        const node = soleNode(t);
        if ((0, yaml_1.isCollection)(node) && node.flow) {
            const doc = (0, yaml_1.parseDocument)(t);
            return { value: doc.toJS(), raw: t };
        }
        throw typingError(t, `looks like a flow ${first === '[' ? 'list' : 'map'} but does not parse as one; fix it, or quote it ('${t.replace(/'/g, "''")}') to set a string`);
    }
    const node = soleNode(t);
    if ((0, yaml_1.isScalar)(node) && node.type === 'PLAIN') {
        return node.value === t ? { value: t } : { value: node.value, raw: t };
    }
    return { value: t };
}
/** The one node `text` is made of, with nothing around it (no comment, tag, anchor, second node), or undefined. */
function soleNode(text) {
    const doc = (0, yaml_1.parseDocument)(text);
    if (doc.errors.length > 0 || doc.warnings.length > 0 || doc.commentBefore || doc.comment)
        return undefined;
    const node = doc.contents;
    if (node === null || !node.range || node.range[0] !== 0 || node.range[1] !== text.length)
        return undefined;
    if (node.tag || node.anchor || node.comment || node.commentBefore)
        return undefined;
    return node;
}
/** True when `s` written bare reads back as the same string in YAML 1.2 and 1.1, at `position`. */
function isSafePlain(s, position) {
    if (s === '' || s !== s.trim() || UNPRINTABLE.test(s) || INDICATOR_START.test(s))
        return false;
    if (/^[-?:](\s|$)/.test(s) || s === '---' || s === '...')
        return false;
    if (position !== 'block-value' && FLOW_CHARS.test(s))
        return false;
    const probe = position === 'key'
        ? { src: `${s}: x\n`, at: 'key' }
        : position === 'flow-value'
            ? { src: `[${s}]\n`, at: 'item' }
            : { src: `k: ${s}\n`, at: 'value' };
    for (const version of ['1.2', '1.1']) {
        const doc = (0, yaml_1.parseDocument)(probe.src, { version });
        if (doc.errors.length > 0 || doc.warnings.length > 0)
            return false;
        const root = doc.contents;
        let node;
        if (probe.at === 'item') {
            node = (0, yaml_1.isCollection)(root) && root.items.length === 1 ? root.items[0] : undefined;
        }
        else {
            const pair = (0, yaml_1.isCollection)(root) && root.items.length === 1 ? root.items[0] : undefined;
            node =
                pair && typeof pair === 'object' && 'key' in pair
                    ? probe.at === 'key'
                        ? pair.key
                        : pair.value
                    : undefined;
        }
        if (!(node instanceof yaml_1.Scalar) || node.type !== 'PLAIN' || node.value !== s || node.tag || node.anchor)
            return false;
    }
    return true;
}
/** `s` as a quoted scalar in `style`; single quotes give way to double where they cannot express `s` on one line. */
function quoteString(s, style) {
    if (style === 'QUOTE_SINGLE' && !UNPRINTABLE.test(s) && !s.includes('\t'))
        return `'${s.replace(/'/g, "''")}'`;
    // JSON string syntax is a subset of YAML 1.2 double-quoted scalars and always fits on one line.
    return JSON.stringify(s);
}
/**
 * Scalar text for `typed` at a place that held a scalar of style `old` (PLAIN when new).
 * Non-strings are written as the user typed them; strings keep an existing quote style, stay bare
 * when that is safe, and are quoted otherwise.
 */
function renderValue(typed, old, position) {
    if (typeof typed.value !== 'string') {
        if (typed.raw === undefined)
            throw new Error(`bug: typed value without its text: ${String(typed.value)}`);
        return typed.raw;
    }
    const s = typed.value;
    if (old !== 'PLAIN')
        return quoteString(s, old);
    if (typed.raw !== undefined)
        return typed.raw;
    return isSafePlain(s, position) ? s : quoteString(s, 'QUOTE_DOUBLE');
}
/** A map key as written in new lines: bare when safe, double-quoted otherwise. */
function renderKey(key) {
    return isSafePlain(key, 'key') ? key : quoteString(key, 'QUOTE_DOUBLE');
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
