export const id = 558;
export const ids = [558];
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

/***/ 8096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZATION_FILES = exports.DEFAULT_OVERLAY = void 0;
exports.overlayFolder = overlayFolder;
exports.parseKustomizeUpdate = parseKustomizeUpdate;
exports.applyKustomizeUpdates = applyKustomizeUpdates;
const yaml_1 = __webpack_require__(8815);
const errors_js_1 = __webpack_require__(241);
const path_syntax_js_1 = __webpack_require__(6633);
const yaml_edit_js_1 = __webpack_require__(5382);
const yaml_scalar_js_1 = __webpack_require__(1126);
// How a release changes a Kustomize workload: the overlay's kustomization, as `kustomize edit set image` and
// `kustomize edit set replicas` would change it, edited as text so comments and every other byte survive.
//
//   images.NAME.newTag=T | .newName=N | .digest=D    one field of the `images:` entry named NAME (added when missing)
//   images.NAME=REF                                   the whole entry, as `kustomize edit set image NAME=REF`:
//                                                     REF is NEWNAME, NEWNAME:TAG or NEWNAME@DIGEST
//   image.tag=T | image.digest=D | image.repository=N the one entry of `images:` (an error unless there is one)
//   replicas.NAME=N                                   the count of the `replicas:` entry named NAME
//   replicas=N                                        the one entry of `replicas:`
//
// NAME is the image as the base's containers spell it without tag (`ghcr.io/stefanprodan/podinfo`, quoted in the
// path because it has dots: `images["ghcr.io/stefanprodan/podinfo"].newTag=6.9.0`). newTag and digest exclude each
// other, as after `kustomize edit set image`: kustomize's image transformer prefers a digest, so a tag set next to
// an old digest would deploy nothing new.
exports.DEFAULT_OVERLAY = 'overlays/{env}';
/** The file names kustomize looks for in a folder, in its order. */
exports.KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** The overlay folder of `env`, relative to the workload folder: `overlays` first, then the `overlay` pattern. */
function overlayFolder(source, env) {
    return source.overlays?.[env] ?? (source.overlay || exports.DEFAULT_OVERLAY).split('{env}').join(env);
}
const IMAGE_FIELDS = ['newName', 'newTag', 'digest'];
const SHORTHAND = {
    tag: 'newTag',
    digest: 'digest',
    repository: 'newName',
    newTag: 'newTag',
    newName: 'newName',
};
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[A-Za-z0-9=_-]{32,}$/;
const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;
function usage(message) {
    return new errors_js_1.UserError(message, [], 'usage');
}
/** Reads `path=value` as a kustomization change; anything else is an error that says which file to edit. */
function parseKustomizeUpdate(update, file) {
    const segs = (0, path_syntax_js_1.parseValuePath)(update.path);
    const text = valueText(update.value);
    const [head, second, third] = segs;
    const cannot = (why) => usage(`cannot set ${update.path} in ${file}: ${why}`);
    if (head === 'images' && typeof second === 'string') {
        if (segs.length === 2)
            return { kind: 'image', name: second, fields: parseReference(text, update.path), replace: true };
        if (segs.length === 3 && typeof third === 'string' && IMAGE_FIELDS.includes(third)) {
            const field = third;
            return {
                kind: 'image',
                name: second,
                fields: { [field]: checkField(field, text, update.path) },
                replace: false,
            };
        }
        if (segs.length > 3 && segs.every((s) => typeof s === 'string')) {
            const name = segs.slice(1, -1).join('.');
            throw cannot(`an image name with dots is quoted in the path: ${(0, path_syntax_js_1.formatValuePath)(['images', name, segs[segs.length - 1]])}=${update.value}`);
        }
        throw cannot(`an images entry takes newTag, newName or digest (e.g. ${(0, path_syntax_js_1.formatValuePath)(['images', second, 'newTag'])}=1.2.3)`);
    }
    if (head === 'image' && segs.length === 2 && typeof second === 'string' && SHORTHAND[second]) {
        const field = SHORTHAND[second];
        return {
            kind: 'image',
            name: undefined,
            fields: { [field]: checkField(field, text, update.path) },
            replace: false,
        };
    }
    if (head === 'replicas' &&
        (segs.length === 1 ||
            (segs.length === 2 && typeof second === 'string') ||
            (segs.length === 3 && typeof second === 'string' && third === 'count'))) {
        const count = Number(text);
        if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) {
            throw usage(`${update.path}=${update.value}: replicas takes a whole number of pods such as 3`);
        }
        return { kind: 'replicas', name: typeof second === 'string' ? second : undefined, count };
    }
    throw cannot("a Kustomize workload is released through its overlay's images: and replicas: only (images.NAME.newTag=..., " +
        `image.tag=..., replicas.NAME=N); change anything else by editing ${file} or a patch it lists, in a pull request`);
}
/** The text a value stands for as a string: `1.10` stays `1.10`, quotes are taken off. */
function valueText(value) {
    const typed = (0, yaml_scalar_js_1.typeValueText)(value);
    return typeof typed.value === 'string' ? typed.value : value.trim();
}
function checkField(field, value, path) {
    const ok = field === 'newTag' ? TAG.test(value) : field === 'digest' ? DIGEST.test(value) : isImageName(value);
    if (ok)
        return value;
    const expected = field === 'newTag'
        ? 'a tag (letters, digits, ., _ and -, at most 128, e.g. 1.4.3)'
        : field === 'digest'
            ? 'a digest such as sha256:<64 hex digits>'
            : 'an image name without tag or digest, e.g. ghcr.io/acme/api (set the tag with newTag)';
    throw usage(`${path}=${value}: ${field} must be ${expected}`);
}
function isImageName(s) {
    // A ':' after the last '/' is a tag, not a registry port.
    return IMAGE_NAME.test(s) && !(s.split('/').pop() ?? '').includes(':');
}
/** NEWNAME[:TAG] or NEWNAME@DIGEST, split the way `kustomize edit set image NAME=REF` splits it. */
function parseReference(ref, path) {
    const at = ref.indexOf('@');
    if (at >= 0) {
        return {
            newName: checkField('newName', ref.slice(0, at), path),
            digest: checkField('digest', ref.slice(at + 1), path),
        };
    }
    const m = /^(.*):([^:/]*)$/.exec(ref);
    if (m)
        return { newName: checkField('newName', m[1], path), newTag: checkField('newTag', m[2], path) };
    return { newName: checkField('newName', ref, path) };
}
/** Applies updates to a kustomization's text, one after another; throws a UserError with file:line:col. */
function applyKustomizeUpdates(text, updates, file) {
    let out = text;
    for (const u of updates)
        out = applyChange(out, parseKustomizeUpdate(u, file), u, file);
    return out;
}
function applyChange(text, change, update, file) {
    const list = change.kind === 'image' ? 'images' : 'replicas';
    const { entries, at } = readList(text, list, file, update);
    let index;
    let name = change.name;
    if (name === undefined) {
        if (entries.length !== 1) {
            const example = change.kind === 'image' ? 'images.NAME.newTag=1.2.3' : 'replicas.NAME=3';
            const names = entries.length === 0 ? 'none' : entries.map((e) => e.name).join(', ');
            throw locatedError(text, at, file, `cannot set ${update.path}: it stands for the one entry of ${list}: and ${file} has ${entries.length} (${names}); name it: ${example}`);
        }
        index = 0;
        name = entries[0].name;
    }
    else {
        index = entries.findIndex((e) => e.name === name);
    }
    let out = text;
    // Kustomize reads these fields as strings: `newTag: 1.10` must not be written as the float 1.1.
    const asString = (v) => ((0, yaml_scalar_js_1.typeValueText)(v).value === v ? v : JSON.stringify(v));
    const set = (key, value) => {
        out = (0, yaml_edit_js_1.applyValueUpdate)(out, { path: (0, path_syntax_js_1.formatValuePath)([list, index, key]), value }, file);
    };
    if (index < 0) {
        index = entries.length;
        set('name', asString(name));
    }
    if (change.kind === 'replicas') {
        set('count', String(change.count));
        return out;
    }
    for (const field of IMAGE_FIELDS) {
        const v = change.fields[field];
        if (v !== undefined)
            set(field, asString(v));
    }
    const drop = IMAGE_FIELDS.filter((f) => {
        if (change.fields[f] !== undefined)
            return false;
        if (change.replace)
            return true;
        return ((f === 'digest' && change.fields.newTag !== undefined) ||
            (f === 'newTag' && change.fields.digest !== undefined));
    });
    for (const field of drop)
        out = removeKey(out, [list, index], field, file);
    return out;
}
/** The named entries of `images:` or `replicas:`; `at` is where an error about the list points. */
function readList(text, list, file, update) {
    const doc = (0, yaml_1.parseDocument)(text);
    if (doc.errors.length > 0) {
        throw locatedError(text, doc.errors[0].pos[0], file, `${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); fix it first`);
    }
    const root = doc.contents;
    if (root !== null && !(0, yaml_1.isMap)(root))
        throw locatedError(text, 0, file, `${file} is not a kustomization (a map)`);
    const pair = root?.items.find((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === list);
    const keyAt = pair?.key.range?.[0] ?? 0;
    if (!pair || pair.value === null || ((0, yaml_1.isScalar)(pair.value) && pair.value.value === null))
        return { entries: [], at: keyAt };
    if (!(0, yaml_1.isSeq)(pair.value)) {
        throw locatedError(text, keyAt, file, `cannot set ${update.path}: ${list}: is not a list`);
    }
    const entries = pair.value.items.map((item, i) => {
        const n = (0, yaml_1.isMap)(item) ? item.get('name') : undefined;
        if (typeof n !== 'string') {
            const pos = item?.range?.[0] ?? keyAt;
            throw locatedError(text, pos, file, `cannot set ${update.path}: ${list}[${i}] has no name`);
        }
        return { name: n };
    });
    return { entries, at: keyAt };
}
/** Removes `key` from the block or flow map at `path`, with its line when it has one to itself. */
function removeKey(text, path, key, file) {
    const doc = (0, yaml_1.parseDocument)(text);
    const map = doc.getIn(path, true);
    if (!(0, yaml_1.isMap)(map))
        throw new Error(`bug: ${(0, path_syntax_js_1.formatValuePath)(path)} in ${file} is not a map`);
    const i = map.items.findIndex((p) => (0, yaml_1.isScalar)(p.key) && p.key.value === key);
    if (i < 0)
        return text;
    const pair = map.items[i];
    const start = pair.key.range[0];
    const value = pair.value;
    const end = value?.range ? value.range[1] : pair.key.range[1];
    const next = map.items[i + 1];
    const nextStart = next ? next.key.range[0] : undefined;
    let out;
    if (map.flow) {
        // `{name: a, digest: d}`: take the separator on one side with it.
        const prev = map.items[i - 1];
        if (nextStart !== undefined)
            out = text.slice(0, start) + text.slice(nextStart);
        else if (prev) {
            const prevEnd = prev.value?.range?.[1] ?? prev.key.range[1];
            out = text.slice(0, prevEnd) + text.slice(end);
        }
        else
            out = text.slice(0, start) + text.slice(end);
    }
    else {
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const ownLine = text.slice(lineStart, start).trim() === '';
        if (!ownLine && nextStart !== undefined) {
            // `- digest: d` starts an item: the next key moves up behind the dash.
            out = text.slice(0, start) + text.slice(nextStart);
        }
        else {
            const nl = text.indexOf('\n', end > 0 && text[end - 1] === '\n' ? end - 1 : end);
            const cut = nl < 0 ? text.length : nl + 1;
            out = text.slice(0, ownLine ? lineStart : start) + text.slice(cut);
        }
    }
    const check = (0, yaml_1.parseDocument)(out);
    const after = check.getIn(path, true);
    if (check.errors.length > 0 ||
        !(0, yaml_1.isMap)(after) ||
        after.has(key) ||
        after.items.length !== map.items.length - 1) {
        throw new Error(`bug: removing ${(0, path_syntax_js_1.formatValuePath)([...path, key])} from ${file} produced:\n${out}`);
    }
    return out;
}
function locatedError(text, offset, file, message) {
    const lc = new yaml_1.LineCounter();
    (0, yaml_1.parseDocument)(text, { lineCounter: lc });
    const { line, col } = lc.linePos(offset);
    const finding = { file, line, col, message };
    return new errors_js_1.UserError(`${file}:${line}:${col}: ${message}`, [finding]);
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

/***/ 4344:
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
const path_syntax_js_1 = __webpack_require__(6633);
const plain_object_js_1 = __webpack_require__(7134);
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

/***/ 5382:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyValueUpdate = applyValueUpdate;
const yaml_1 = __webpack_require__(8815);
const errors_js_1 = __webpack_require__(241);
const path_syntax_js_1 = __webpack_require__(6633);
const values_js_1 = __webpack_require__(4344);
const yaml_scalar_js_1 = __webpack_require__(1126);
class Editor {
    text;
    update;
    file;
    lineCounter = new yaml_1.LineCounter();
    doc;
    eol;
    segments;
    typed;
    constructor(text, update, file) {
        this.text = text;
        this.update = update;
        this.file = file;
        this.eol = text.includes('\r\n') ? '\r\n' : '\n';
        this.segments = (0, path_syntax_js_1.parseValuePath)(update.path);
        this.typed = (0, yaml_scalar_js_1.typeValueText)(update.value);
    }
    run() {
        const doc = (0, yaml_1.parseDocument)(this.text, { lineCounter: this.lineCounter, prettyErrors: false });
        this.doc = doc;
        const problem = doc.errors[0];
        if (problem) {
            const why = problem.code === 'MULTIPLE_DOCS'
                ? 'it holds several YAML documents (---); a values file holds one'
                : problem.message.split(' at line ')[0];
            throw this.fail(problem.pos[0], `${this.file} is not valid YAML: ${why}; fix it first`);
        }
        let node = doc.contents;
        let holder = { kind: 'root' };
        const segs = this.segments;
        for (let i = 0; i < segs.length; i++) {
            const seg = segs[i];
            const here = (0, path_syntax_js_1.formatValuePath)(segs.slice(0, i)) || 'the document';
            if ((0, yaml_1.isAlias)(node))
                throw this.fail(this.at(holder, node), `${here} is an alias (*${node.source}); set the anchored value instead`);
            if (isEmptyNode(node))
                return this.apply(this.replaceEmpty(holder, node, i));
            if ((0, yaml_1.isMap)(node)) {
                if (typeof seg === 'number')
                    throw this.fail(this.at(holder, node), `${here} is a map, not a list; use a key, not [${seg}]`);
                const pair = node.items.find((p) => keyMatches(p.key, seg));
                if (!pair)
                    return this.apply(this.insertInMap(node, i, here));
                holder = { kind: 'pair', map: node, pair };
                node = pair.value;
                continue;
            }
            if ((0, yaml_1.isSeq)(node)) {
                if (typeof seg !== 'number') {
                    throw this.fail(this.at(holder, node), `${here} is a list, not a map; use an index such as ${indexHint(here)}`);
                }
                if (seg < node.items.length) {
                    holder = { kind: 'item', seq: node, index: seg };
                    node = node.items[seg];
                    continue;
                }
                if (seg === node.items.length)
                    return this.apply(this.appendToSeq(node, i, here));
                throw this.fail(this.at(holder, node), `${here} has ${plural(node.items.length, 'item')}; [${seg}] is past the end (use [${node.items.length}] to append)`);
            }
            throw this.fail(this.at(holder, node), `${here} is a ${describeScalar(node)}, not a map or list, so nothing can be set under it`);
        }
        return this.apply(this.replaceTarget(holder, node));
    }
    replaceTarget(holder, node) {
        const path = this.update.path;
        const flow = holder.kind !== 'root' && (holder.kind === 'pair' ? holder.map.flow : holder.seq.flow) === true;
        const position = flow ? 'flow-value' : 'block-value';
        if ((0, yaml_1.isAlias)(node))
            throw this.fail(this.at(holder, node), `${path} is an alias (*${node.source}); set the anchored value instead`);
        if (((0, yaml_1.isScalar)(node) || (0, yaml_1.isMap)(node) || (0, yaml_1.isSeq)(node)) && node.tag) {
            throw this.fail(this.at(holder, node), `${path} has an explicit tag (${node.tag}); edit it by hand`);
        }
        if ((0, yaml_1.isScalar)(node) && node.range) {
            const [start, end] = node.range;
            const old = typeof node.value === 'string' && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')
                ? node.type
                : 'PLAIN';
            // A string stays a string: `image.tag=1.10` on `tag: "1.4.1"` must not become the float 1.1 (Helm
            // would deploy image `:1.1`). Numbers and booleans typed bare keep their text as the string.
            if (typeof node.value === 'string' &&
                (typeof this.typed.value === 'number' || typeof this.typed.value === 'boolean') &&
                this.typed.raw !== undefined) {
                this.typed = { value: this.typed.raw };
            }
            let text = (0, yaml_scalar_js_1.renderValue)(this.typed, old, position);
            if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
                // A block scalar's range runs through its last line break; keep the breaks so the next key stays put.
                text += /(?:\r?\n[ \t]*)*$/.exec(this.text.slice(start, end))?.[0] ?? '';
            }
            if (start === end)
                text = this.padEmpty(start, text);
            return [{ start, end, text }];
        }
        if (((0, yaml_1.isMap)(node) || (0, yaml_1.isSeq)(node)) && node.range) {
            if (node.flow)
                return [
                    { start: node.range[0], end: node.range[1], text: (0, yaml_scalar_js_1.renderValue)(this.typed, 'PLAIN', position) },
                ];
            const what = (0, yaml_1.isMap)(node)
                ? `a map with ${plural(node.items.length, 'key')}`
                : `a list with ${plural(node.items.length, 'item')}`;
            const hint = (0, yaml_1.isMap)(node) ? `${path}.KEY=VALUE` : `${path}[0]=VALUE`;
            throw this.fail(this.at(holder, node), `${path} is ${what}; set one entry (${hint}) or edit the file by hand to replace it`);
        }
        throw this.fail(undefined, `${path} cannot be set here; edit the file by hand`);
    }
    /** `{}`, `[]`, `~`, an empty value or an empty document at segment `i`: replace it with a block holding the rest. */
    replaceEmpty(holder, node, i) {
        const here = (0, path_syntax_js_1.formatValuePath)(this.segments.slice(0, i)) || 'the document';
        const seg = this.segments[i];
        if ((0, yaml_1.isMap)(node) && typeof seg === 'number')
            throw this.fail(this.at(holder, node), `${here} is a map, not a list; use a key, not [${seg}]`);
        if ((0, yaml_1.isSeq)(node) && typeof seg !== 'number')
            throw this.fail(this.at(holder, node), `${here} is a list, not a map; use an index such as ${indexHint(here)}`);
        if (typeof seg === 'number' && seg !== 0) {
            throw this.fail(this.at(holder, node), `${here} is empty, so the first item is [0], not [${seg}]`);
        }
        if (holder.kind !== 'root' && (holder.kind === 'pair' ? holder.map.flow : holder.seq.flow)) {
            // Inside `{...}` or `[...]` the new structure is written in flow style too.
            const fallbackAt = holder.kind === 'pair' ? pairEnd(holder.pair) : (holder.seq.range?.[0] ?? 0);
            const [start, end] = node?.range ?? [fallbackAt, fallbackAt];
            const text = this.flowValue(i);
            return [{ start, end, text: start === end ? this.padEmpty(start, text) : text }];
        }
        if (holder.kind === 'root') {
            const lines = this.build(i, 0);
            if (!node?.range) {
                const sep = this.text === '' || this.text.endsWith('\n') ? '' : this.eol;
                return [
                    { start: this.text.length, end: this.text.length, text: sep + lines.join(this.eol) + this.eol },
                ];
            }
            const [start, end] = node.range;
            const lineStart = this.text.lastIndexOf('\n', start - 1) + 1;
            const before = this.text.slice(lineStart, start);
            // `--- {}`: the block must start on a line of its own.
            if (before.trim() !== '') {
                const keep = lineStart + before.trimEnd().length;
                return [{ start: keep, end, text: this.eol + lines.join(this.eol) }];
            }
            return [{ start, end, text: lines.join(this.eol) }];
        }
        const fallback = holder.kind === 'pair' ? pairEnd(holder.pair) : (holder.seq.range?.[0] ?? 0);
        const [start, end] = node?.range ?? [fallback, fallback];
        if (holder.kind === 'pair') {
            const lines = this.build(i, this.column(holder.map.range?.[0] ?? keyStart(holder.pair)) + 2);
            let cut = start;
            // Only when something is removed: `key: # note` must keep the space before its comment.
            while (end > start && cut > 0 && (this.text[cut - 1] === ' ' || this.text[cut - 1] === '\t'))
                cut--;
            return [{ start: cut, end, text: '' }, this.insertAfterLine(end, lines)];
        }
        const dash = this.column(holder.seq.range?.[0] ?? start);
        const [first, ...rest] = this.build(i, dash + 2);
        const itemText = first.trimStart();
        const edits = [{ start, end, text: start === end ? this.padEmpty(start, itemText) : itemText }];
        if (rest.length > 0)
            edits.push(this.insertAfterLine(end, rest));
        return edits;
    }
    insertInMap(map, i, here) {
        const last = map.items[map.items.length - 1];
        if (!last)
            throw this.fail(map.range?.[0], `${here} has no entries to add ${this.update.path} after`);
        if (map.flow) {
            const key = (0, yaml_scalar_js_1.renderKey)(this.segments[i]);
            return [{ start: pairEnd(last), end: pairEnd(last), text: `, ${key}: ${this.flowValue(i + 1)}` }];
        }
        const lines = this.build(i, this.column(map.range?.[0] ?? keyStart(map.items[0])));
        return [this.insertAfterLine(pairEnd(last), lines)];
    }
    appendToSeq(seq, i, here) {
        const last = seq.items[seq.items.length - 1];
        if (!last?.range || !seq.range)
            throw this.fail(seq.range?.[0], `${here} has no items to append after`);
        if (seq.flow) {
            this.checkNewLists(i);
            return [{ start: last.range[1], end: last.range[1], text: `, ${this.flowValue(i + 1)}` }];
        }
        const lines = this.build(i, this.column(seq.range[0]));
        return [this.insertAfterLine(last.range?.[1] ?? seq.range[1], lines)];
    }
    /** segments[i..] as flow text (`{a: [1]}`) for a place inside a flow collection. */
    flowValue(i) {
        this.checkNewLists(i);
        const seg = this.segments[i];
        if (seg === undefined)
            return (0, yaml_scalar_js_1.renderValue)(this.typed, 'PLAIN', 'flow-value');
        if (typeof seg === 'number')
            return `[${this.flowValue(i + 1)}]`;
        return `{${(0, yaml_scalar_js_1.renderKey)(seg)}: ${this.flowValue(i + 1)}}`;
    }
    /** New lines for segments[i..] at `indent`: nested keys, `- ` items, and the value at the end. */
    build(i, indent) {
        this.checkNewLists(i);
        return this.newLines(i, indent);
    }
    /** Lists created by this update start empty, so each index after segment `i` must be [0]. */
    checkNewLists(i) {
        for (let j = i + 1; j < this.segments.length; j++) {
            const seg = this.segments[j];
            if (typeof seg === 'number' && seg !== 0) {
                const here = (0, path_syntax_js_1.formatValuePath)(this.segments.slice(0, j));
                throw this.fail(undefined, `${here} does not exist yet, so its first item is [0], not [${seg}]`);
            }
        }
    }
    newLines(i, indent) {
        const seg = this.segments[i];
        const pad = ' '.repeat(indent);
        const last = i === this.segments.length - 1;
        if (typeof seg === 'number') {
            if (last)
                return [`${pad}- ${(0, yaml_scalar_js_1.renderValue)(this.typed, 'PLAIN', 'block-value')}`];
            const inner = this.newLines(i + 1, indent + 2);
            return [`${pad}- ${inner[0].slice(indent + 2)}`, ...inner.slice(1)];
        }
        const key = (0, yaml_scalar_js_1.renderKey)(seg);
        if (last)
            return [`${pad}${key}: ${(0, yaml_scalar_js_1.renderValue)(this.typed, 'PLAIN', 'block-value')}`];
        return [`${pad}${key}:`, ...this.newLines(i + 1, indent + 2)];
    }
    /** Inserts whole lines after the line holding offset `pos` (or at `pos` when it already starts a line). */
    insertAfterLine(pos, lines) {
        let at;
        if (pos > 0 && this.text[pos - 1] === '\n')
            at = pos;
        else {
            const nl = this.text.indexOf('\n', pos);
            at = nl < 0 ? this.text.length : nl + 1;
        }
        const body = lines.join(this.eol);
        // A file without a final line break keeps lacking one.
        if (at === this.text.length && !this.text.endsWith('\n'))
            return { start: at, end: at, text: this.eol + body };
        return { start: at, end: at, text: body + this.eol };
    }
    /** Text for an empty value's zero-width spot: apart from `key:`/`-` before it and from a `# comment` after it. */
    padEmpty(at, text) {
        const before = at > 0 && !/\s/.test(this.text[at - 1]) ? ' ' : '';
        const after = this.text[at] === '#' ? ' ' : '';
        return before + text + after;
    }
    column(offset) {
        return this.lineCounter.linePos(offset).col - 1;
    }
    apply(edits) {
        let out = this.text;
        for (const e of [...edits].sort((a, b) => b.start - a.start))
            out = out.slice(0, e.start) + e.text + out.slice(e.end);
        this.selfCheck(out);
        return out;
    }
    /** The edit must parse and hold exactly the old data with the one path changed; anything else is our bug. */
    selfCheck(out) {
        const before = this.doc;
        const after = (0, yaml_1.parseDocument)(out);
        const bug = (why) => new Error(`bug: editing ${this.file} for ${this.update.path}=${this.update.value} ${why}; result:\n${out}`);
        if (after.errors.length > 0)
            throw bug(`produced invalid YAML (${after.errors[0].message})`);
        const data = after.toJS({ maxAliasCount: -1 });
        if (!(0, values_js_1.deepEqual)((0, values_js_1.getPath)(data, this.segments), this.typed.value))
            throw bug('did not set the value');
        // With aliases an edit may rightly change other paths too; only check the whole document without them.
        if (before && !hasAliases(before)) {
            const expected = (0, values_js_1.setPath)(before.toJS({ maxAliasCount: -1 }) ?? {}, this.segments, this.typed.value);
            if (!(0, values_js_1.deepEqual)(data, expected))
                throw bug('changed other values too');
        }
    }
    /** Where an error about `node` points: the key that names it (what a person looks for), else the node. */
    at(holder, node) {
        if (holder.kind === 'pair')
            return keyStart(holder.pair);
        return node?.range?.[0];
    }
    fail(offset, message) {
        const { line, col } = offset === undefined ? { line: 1, col: 1 } : this.lineCounter.linePos(offset);
        const finding = {
            file: this.file,
            line,
            col,
            message: `cannot set ${this.update.path}: ${message}`,
        };
        return new errors_js_1.UserError(`${this.file}:${line}:${col}: ${finding.message}`, [finding]);
    }
}
function hasAliases(doc) {
    let found = false;
    const walk = (n) => {
        if (found)
            return;
        if ((0, yaml_1.isAlias)(n))
            found = true;
        else if ((0, yaml_1.isMap)(n)) {
            for (const p of n.items) {
                walk(p.key);
                walk(p.value);
            }
        }
        else if ((0, yaml_1.isSeq)(n))
            for (const x of n.items)
                walk(x);
    };
    walk(doc.contents);
    return found;
}
function isEmptyNode(node) {
    if (node === null || node === undefined)
        return true;
    if ((0, yaml_1.isScalar)(node))
        return node.value === null && !node.tag;
    if ((0, yaml_1.isMap)(node) || (0, yaml_1.isSeq)(node))
        return node.flow === true && node.items.length === 0;
    return false;
}
/** Keys match the way they read as data: `80:` is the key "80", `true:` the key "true". */
function keyMatches(key, seg) {
    if (!(0, yaml_1.isScalar)(key))
        return false;
    const v = key.value;
    return v === seg || ((typeof v === 'number' || typeof v === 'boolean') && String(v) === seg);
}
function keyStart(pair) {
    const k = pair.key;
    return k?.range?.[0] ?? 0;
}
function pairEnd(pair) {
    const v = pair.value;
    const k = pair.key;
    if (v?.range && v.range[1] > v.range[0])
        return v.range[1];
    return k?.range?.[1] ?? 0;
}
function describeScalar(node) {
    if ((0, yaml_1.isScalar)(node)) {
        const v = node.value;
        return `${typeof v === 'string' ? 'string' : typeof v} scalar (${JSON.stringify(v)})`;
    }
    return 'scalar';
}
/** Applies one update to the text of a YAML document. */
function applyValueUpdate(text, update, file) {
    return new Editor(text, update, file).run();
}
function indexHint(here) {
    return here === 'the document' ? '[0]' : `${here}[0]`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 1126:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = typeValueText;
exports.isSafePlain = isSafePlain;
exports.quoteString = quoteString;
exports.renderValue = renderValue;
exports.renderKey = renderKey;
const yaml_1 = __webpack_require__(8815);
const errors_js_1 = __webpack_require__(241);
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


/***/ })

};
