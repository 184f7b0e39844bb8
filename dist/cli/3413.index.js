export const id = 3413;
export const ids = [3413];
export const modules = {

/***/ 61665:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// How the deploy branches meet Argo CD and Flux (docs/architecture.md#clusters): the names of the objects that
// `gitopshq init` writes under clusters/, which the cluster simulator creates and verify-health looks up. One module
// so the writer, the syncer and the reader can never disagree about a name.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IN_CLUSTER_SERVER = exports.FLUX_NAMESPACE = exports.ARGOCD_NAMESPACE = void 0;
exports.deployFolder = deployFolder;
exports.argoApplicationName = argoApplicationName;
exports.fluxSourceName = fluxSourceName;
exports.fluxKustomizationName = fluxKustomizationName;
exports.fluxHelmReleaseName = fluxHelmReleaseName;
exports.fluxKubeconfigSecretName = fluxKubeconfigSecretName;
exports.argoApplicationSetName = argoApplicationSetName;
const layout_js_1 = __webpack_require__(89128);
/** Kubernetes object names: lowercase RFC 1123 labels joined by '-', cut to 63 characters. */
function objectName(parts) {
    const joined = parts
        .filter((p) => p !== undefined && p !== '')
        .join('-')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return joined.length <= 63 ? joined : joined.slice(0, 63).replace(/-+$/, '');
}
/** The folder of a target on its environment's deploy branch: `<tenant>/<workload>` (`_/<workload>` untenanted). */
function deployFolder(tenant, workload) {
    return `${tenant || layout_js_1.NO_TENANT}/${workload}`;
}
/** The Argo CD Application the ApplicationSet generates for one target: `<env>-<tenant>-<workload>`. */
function argoApplicationName(environment, tenant, workload) {
    return objectName([environment, tenant, workload]);
}
/** The Flux GitRepository that follows one environment's deploy branch: `gitopshq-<env>`. */
function fluxSourceName(environment) {
    return objectName(['gitopshq', environment]);
}
/** The Flux Kustomization that applies one target's folder: `<env>-<tenant>-<workload>`. */
function fluxKustomizationName(environment, tenant, workload) {
    return objectName([environment, tenant, workload]);
}
/**
 * The Flux HelmRelease verify-health looks for beside a target's Kustomization, when a team's Flux installs the
 * workload's chart with a HelmRelease (chart from the deploy branch, `reconcileStrategy: Revision`): the same name,
 * `<env>-<tenant>-<workload>`, in the same namespace. `gitopshq init` writes none.
 */
function fluxHelmReleaseName(environment, tenant, workload) {
    return fluxKustomizationName(environment, tenant, workload);
}
/** The namespace Argo CD Applications and Flux objects live in by default. */
exports.ARGOCD_NAMESPACE = 'argocd';
exports.FLUX_NAMESPACE = 'flux-system';
/** The API server of the cluster Argo CD or Flux runs in: where a tenant with no destination is deployed. */
exports.IN_CLUSTER_SERVER = 'https://kubernetes.default.svc';
/** The Secret in flux-system holding the kubeconfig of a tenant's remote cluster in one environment. */
function fluxKubeconfigSecretName(environment, tenant) {
    return objectName([environment, tenant, 'kubeconfig']);
}
/** The Argo CD ApplicationSet that generates one environment's Applications: `gitopshq-<env>`. */
function argoApplicationSetName(environment) {
    return objectName(['gitopshq', environment]);
}


/***/ }),

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

/***/ 38096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZATION_FILES = exports.DEFAULT_OVERLAY = void 0;
exports.overlayFolder = overlayFolder;
exports.parseKustomizeUpdate = parseKustomizeUpdate;
exports.applyKustomizeUpdates = applyKustomizeUpdates;
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const path_syntax_js_1 = __webpack_require__(26633);
const yaml_edit_js_1 = __webpack_require__(15382);
const yaml_scalar_js_1 = __webpack_require__(21126);
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

/***/ 95124:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TARGETS = void 0;
exports.formatDuration = formatDuration;
exports.formatPercent = formatPercent;
exports.formatValue = formatValue;
exports.targetOf = targetOf;
exports.verdictOf = verdictOf;
exports.doraLevel = doraLevel;
exports.parseMetricDuration = parseMetricDuration;
exports.targetsFromFile = targetsFromFile;
exports.resolveTargets = resolveTargets;
exports.DEFAULT_TARGETS = {
    deployFrequencyPerDay: 1,
    leadTimeSeconds: 3600,
    failedDeploymentRate: 0.05,
    recoveryTimeSeconds: 3600,
    rollbackRate: 0.02,
    approvalLatencySeconds: 1800,
    promotionCompletionRate: 0.95,
};
const HOUR = 3600;
const DAY = 24 * HOUR;
/** `90s`, `30m`, `1h`, `1h30m`, `2d`: the shortest exact reading of a number of seconds. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return String(seconds);
    let rest = Math.round(seconds);
    if (rest === 0)
        return '0s';
    const parts = [];
    for (const [unit, size] of [
        ['d', DAY],
        ['h', HOUR],
        ['m', 60],
        ['s', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
        if (parts.length === 2)
            break;
    }
    return parts.join('');
}
/** `0.05` -> `5%`, `0.955` -> `95.5%`. */
function formatPercent(ratio) {
    return `${Number((ratio * 100).toFixed(1))}%`;
}
function formatValue(value, unit) {
    if (value === null)
        return '-';
    if (unit === 'seconds')
        return formatDuration(value);
    if (unit === 'ratio')
        return formatPercent(value);
    return `${Number(value.toFixed(2))}/day`;
}
const SPEC = {
    deployFrequency: { key: 'deployFrequencyPerDay', healthyWhen: 'above', unit: 'per-day' },
    leadTime: { key: 'leadTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
    failedDeploymentRate: { key: 'failedDeploymentRate', healthyWhen: 'below', unit: 'ratio' },
    recoveryTime: { key: 'recoveryTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
    rollbackRate: { key: 'rollbackRate', healthyWhen: 'below', unit: 'ratio' },
    approvalLatency: { key: 'approvalLatencySeconds', healthyWhen: 'below', unit: 'seconds' },
    promotionCompletion: { key: 'promotionCompletionRate', healthyWhen: 'above', unit: 'ratio' },
};
function targetOf(name, targets) {
    const { key, healthyWhen, unit } = SPEC[name];
    const value = targets[key];
    return {
        value,
        healthyWhen,
        unit,
        text: `${healthyWhen === 'above' ? '>' : '<'} ${formatValue(value, unit)}`,
    };
}
function verdictOf(value, target) {
    if (value === null)
        return 'no-data';
    const ok = target.healthyWhen === 'above' ? value > target.value : value < target.value;
    return ok ? 'healthy' : 'unhealthy';
}
// DORA's clusters (Accelerate State of DevOps 2023), made contiguous: elite deploys on demand (daily or more),
// high between daily and weekly, medium between weekly and monthly; lead time under a day / week / month; change
// failure rate at most 5% / 10% / 15%; failed-deployment recovery under an hour / a day / a week.
const DORA_BANDS = {
    deployFrequency: { bounds: [1, 1 / 7, 1 / 30], higherIsBetter: true },
    leadTime: { bounds: [DAY, 7 * DAY, 30 * DAY], higherIsBetter: false },
    failedDeploymentRate: { bounds: [0.05, 0.1, 0.15], higherIsBetter: false },
    recoveryTime: { bounds: [HOUR, DAY, 7 * DAY], higherIsBetter: false },
};
function doraLevel(name, value) {
    const band = DORA_BANDS[name];
    if (band === undefined || value === null)
        return null;
    const levels = ['elite', 'high', 'medium'];
    for (const [i, bound] of band.bounds.entries()) {
        // Rates are "at most" (5% is elite); times are "under"; frequency is "at least".
        const within = band.higherIsBetter
            ? value >= bound
            : name === 'failedDeploymentRate'
                ? value <= bound
                : value < bound;
        if (within)
            return levels[i] ?? 'low';
    }
    return 'low';
}
const DURATION_UNIT = { s: 1, m: 60, h: HOUR, d: DAY };
/** gitopshq.yaml's duration (`30m`, `1h`, `2d`, or seconds as a number) in seconds; undefined when not one. */
function parseMetricDuration(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value > 0 ? value : undefined;
    const m = /^([1-9][0-9]*)(s|m|h|d)$/.exec(value);
    return m ? Number(m[1]) * DURATION_UNIT[m[2]] : undefined;
}
/** Only the keys the file sets, in the model's units. */
function targetsFromFile(file) {
    const out = {};
    const seconds = (v) => (v === undefined ? undefined : parseMetricDuration(v));
    const set = (key, v) => {
        if (v !== undefined)
            out[key] = v;
    };
    set('deployFrequencyPerDay', file.deployFrequencyPerDay);
    set('leadTimeSeconds', seconds(file.leadTime));
    set('failedDeploymentRate', file.failedDeploymentRate);
    set('recoveryTimeSeconds', seconds(file.recoveryTime));
    set('rollbackRate', file.rollbackRate);
    set('approvalLatencySeconds', seconds(file.approvalLatency));
    set('promotionCompletionRate', file.promotionCompletionRate);
    return out;
}
function resolveTargets(overrides) {
    return { ...exports.DEFAULT_TARGETS, ...overrides };
}


/***/ }),

/***/ 26633:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseValuePath = parseValuePath;
exports.formatValuePath = formatValuePath;
exports.parseUpdate = parseUpdate;
exports.parseUpdateLines = parseUpdateLines;
const errors_js_1 = __webpack_require__(10241);
/** Characters a bare (unquoted) key may not contain. */
const NOT_BARE = /[.[\]"'=\s]/;
/** Keys written bare by formatValuePath; everything else is bracket-quoted. */
const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;
function pathError(path, col, problem) {
    return new errors_js_1.UserError(`invalid value path '${path}' at column ${col}: ${problem}`, [], 'usage');
}
/** `a.b[2].c` -> ['a', 'b', 2, 'c']; throws UserError on malformed paths. */
function parseValuePath(path) {
    if (path === '')
        throw pathError(path, 1, 'the path is empty; write a key such as image.tag');
    const segments = [];
    let i = 0;
    // True where a key must start: at the beginning and right after a dot.
    let expectKey = true;
    while (i < path.length) {
        const c = path[i];
        if (c === '.') {
            if (i === 0)
                throw pathError(path, 1, "it starts with '.'; remove the leading dot");
            if (expectKey)
                throw pathError(path, i + 1, "empty key between two dots; remove one '.'");
            expectKey = true;
            i++;
            continue;
        }
        if (c === '[') {
            if (expectKey && segments.length > 0) {
                throw pathError(path, i + 1, "'[' right after '.'; write a[0] or a[\"key\"], not a.[0]");
            }
            i = parseBracket(path, i, segments);
            expectKey = false;
            continue;
        }
        if (!expectKey)
            throw pathError(path, i + 1, misplaced(path, i));
        let j = i;
        while (j < path.length && !NOT_BARE.test(path[j]))
            j++;
        if (j === i)
            throw pathError(path, i + 1, misplaced(path, i));
        segments.push(path.slice(i, j));
        expectKey = false;
        i = j;
    }
    if (expectKey)
        throw pathError(path, path.length, "it ends with '.'; remove the trailing dot or add a key");
    return segments;
}
function showChar(c) {
    return /\s/.test(c) ? `whitespace (${JSON.stringify(c)})` : `'${c}'`;
}
/** Why the character at `i` cannot be there. */
function misplaced(path, i) {
    const c = path[i];
    if (path[i - 1] === ']')
        return `unexpected ${showChar(c)} after ']'; add a '.' before a key`;
    if (c === ']')
        return "unmatched ']'; remove it or add the '['";
    return `${showChar(c)} cannot appear in a bare key; quote the key as a["..."]`;
}
/** Parses `[...]` starting at `start`; returns the index after `]`. */
function parseBracket(path, start, out) {
    const close = (at) => {
        if (path[at] !== ']')
            throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
    };
    const q = path[start + 1];
    if (q === '"' || q === "'") {
        let j = start + 2;
        let key = '';
        for (;;) {
            const c = path[j];
            if (c === undefined)
                throw pathError(path, start + 2, `unclosed quote ${q}; add the closing ${q}]`);
            if (c === q)
                break;
            if (c === '\\' && q === '"') {
                const n = path[j + 1];
                if (n !== '"' && n !== '\\')
                    throw pathError(path, j + 1, 'only \\" and \\\\ may be escaped in a quoted key');
                key += n;
                j += 2;
                continue;
            }
            key += c;
            j++;
        }
        close(j + 1);
        out.push(key);
        return j + 2;
    }
    const end = path.indexOf(']', start);
    if (end < 0)
        throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
    const inner = path.slice(start + 1, end);
    if (/^-\d+$/.test(inner)) {
        throw pathError(path, start + 2, `negative index ${inner}; list indexes start at 0`);
    }
    if (!/^\d+$/.test(inner)) {
        throw pathError(path, start + 2, `'[${inner}]' is not a list index; write [0], [1], ... or quote a key as ["${inner}"]`);
    }
    const index = Number(inner);
    if (!Number.isSafeInteger(index))
        throw pathError(path, start + 2, `index ${inner} is too large`);
    out.push(index);
    return end + 1;
}
/** The inverse of parseValuePath: ['a', 'b.c', 2] -> `a["b.c"][2]`. */
function formatValuePath(segments) {
    let out = '';
    for (const seg of segments) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (SIMPLE_KEY.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `["${seg.replace(/[\\"]/g, '\\$&')}"]`;
    }
    return out;
}
const EXPECTED = 'expected PATH=VALUE, e.g. image.tag=1.2.3';
/** `image.tag=1.2.3` -> { path: 'image.tag', value: '1.2.3' }; throws UserError naming the argument. */
function parseUpdate(arg) {
    const eq = firstEqualsOutsideQuotes(arg);
    if (eq < 0)
        throw new errors_js_1.UserError(`'${arg}' has no '=': ${EXPECTED}`, [], 'usage');
    const path = arg.slice(0, eq).trim();
    if (path === '')
        throw new errors_js_1.UserError(`'${arg}' has no path before '=': ${EXPECTED}`, [], 'usage');
    parseValuePath(path);
    return { path, value: arg.slice(eq + 1).trim() };
}
/** The first '=' that is not inside a quoted key such as `a["x=y"]`. */
function firstEqualsOutsideQuotes(arg) {
    let quote;
    for (let i = 0; i < arg.length; i++) {
        const c = arg[i];
        if (quote !== undefined) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if ((c === '"' || c === "'") && arg[i - 1] === '[')
            quote = c;
        else if (c === '=')
            return i;
    }
    return -1;
}
/**
 * Parses every line of an `updates` input (blank lines and `#` comments skipped). Every bad line is reported in
 * one error, each named by its line number, so a user with three typos fixes them in one round trip.
 */
function parseUpdateLines(text) {
    const out = [];
    const problems = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            return;
        try {
            out.push(parseUpdate(t));
        }
        catch (e) {
            if (!(e instanceof errors_js_1.UserError))
                throw e;
            problems.push(new errors_js_1.UserError(`line ${i + 1}: ${e.message}`, e.findings, e.kind));
        }
    });
    const [first] = problems;
    if (first) {
        throw new errors_js_1.UserError(problems.map((p) => p.message).join('; '), problems.flatMap((p) => p.findings), first.kind);
    }
    return out;
}


/***/ }),

/***/ 10183:
/***/ ((__unused_webpack_module, exports) => {


// The one place that turns a path named by the repository (a values file, a chart folder, a kustomization's
// `resources:` entry, a file inside a templates folder) into a file to read. Everything the generator, the
// validator and preview read comes from a pull request, so a path or a symbolic link that leaves the repository
// is refused, never followed: `values/dev/acme.yaml -> /proc/self/environ` would otherwise land in the PR
// comment. Symbolic links that stay inside the repository are followed (a chart's `charts/common ->
// ../../common` is a common layout). See docs/architecture.md#layers: the logic is here, the file system is
// passed in (state and render each hand it node's `fs` and `path`), so every reader applies the same rule.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RepoPaths = void 0;
exports.outsideMessage = outsideMessage;
class RepoPaths {
    io;
    /** The root as given (callers build their paths from it) and as it really is (tmp may be a link). */
    root;
    realRoot;
    constructor(root, io) {
        this.io = io;
        this.root = io.path.resolve(root);
        this.realRoot = this.tryRealpath(this.root) ?? this.root;
    }
    toPosix(p) {
        return p.split(this.io.path.sep).join('/');
    }
    /** Repo-relative, `/`-separated form of an absolute path under the root (given or real). */
    relative(abs) {
        const { relative } = this.io.path;
        const fromReal = relative(this.realRoot, abs);
        const r = this.isInside(fromReal) ? fromReal : relative(this.root, abs);
        return this.toPosix(r);
    }
    /**
     * Resolves `path` (relative to `from`, an absolute folder inside the repository, default the root) and
     * checks every component: a `..` that climbs out, or a symbolic link whose target is outside, is `outside`.
     */
    resolve(path, from = this.root) {
        const { fs } = this.io;
        const { dirname, join, resolve } = this.io.path;
        const lexical = resolve(from, path);
        const rel = this.relative(lexical);
        if (!this.isInside(rel) && rel !== '') {
            const named = this.toPosix(path);
            return { kind: 'outside', rel: named, via: named, reason: 'is outside the repository' };
        }
        let cur = this.realRoot;
        let walked = '';
        for (const seg of rel === '' ? [] : rel.split('/')) {
            walked = walked ? `${walked}/${seg}` : seg;
            const next = join(cur, seg);
            const st = fs.lstatSync(next, { throwIfNoEntry: false });
            if (!st)
                return { kind: 'missing', rel };
            if (!st.isSymbolicLink()) {
                cur = next;
                continue;
            }
            const real = this.tryRealpath(next);
            const landing = real ?? resolve(dirname(next), this.safeReadlink(next));
            if (!this.containsReal(landing)) {
                return {
                    kind: 'outside',
                    rel,
                    via: walked,
                    reason: walked === rel
                        ? 'is a symbolic link to a path outside the repository'
                        : `is reached through ${walked}, a symbolic link to a path outside the repository`,
                };
            }
            if (real === undefined)
                return { kind: 'missing', rel };
            cur = real;
        }
        const st = fs.statSync(cur, { throwIfNoEntry: false });
        if (!st)
            return { kind: 'missing', rel };
        return { kind: st.isDirectory() ? 'dir' : 'file', abs: cur, rel };
    }
    /**
     * Every regular file under the folder `abs` (`.git` skipped), following symbolic links that stay inside
     * the repository, refusing those that leave, each real folder listed once (a link back up cannot loop).
     */
    listTree(abs) {
        const out = { files: [], refused: [] };
        const top = this.resolve(abs);
        if (top.kind === 'outside') {
            out.refused.push({ rel: top.via, reason: top.reason });
            return out;
        }
        if (top.kind !== 'dir')
            return out;
        const seen = new Set();
        const walk = (real, prefix) => {
            if (seen.has(real))
                return;
            seen.add(real);
            const entries = this.io.fs
                .readdirSync(real, { withFileTypes: true })
                .sort((a, b) => (a.name < b.name ? -1 : 1));
            for (const e of entries) {
                if (e.name === '.git')
                    continue;
                const rel = prefix ? `${prefix}/${e.name}` : e.name;
                const full = this.io.path.join(real, e.name);
                if (e.isDirectory())
                    walk(full, rel);
                else if (e.isFile())
                    out.files.push({ rel, abs: full });
                else if (e.isSymbolicLink()) {
                    const r = this.resolve(full);
                    if (r.kind === 'outside')
                        out.refused.push({ rel: this.relative(full), reason: r.reason });
                    else if (r.kind === 'dir')
                        walk(r.abs, rel);
                    else if (r.kind === 'file')
                        out.files.push({ rel, abs: r.abs });
                }
            }
        };
        walk(top.abs, '');
        return out;
    }
    containsReal(abs) {
        const r = this.io.path.relative(this.realRoot, abs);
        return r === '' || this.isInside(r);
    }
    isInside(rel) {
        const { sep, isAbsolute } = this.io.path;
        return (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith('../') && !isAbsolute(rel));
    }
    tryRealpath(p) {
        try {
            return this.io.fs.realpathSync(p);
        }
        catch {
            return undefined;
        }
    }
    safeReadlink(p) {
        try {
            return this.io.fs.readlinkSync(p);
        }
        catch {
            return p;
        }
    }
}
exports.RepoPaths = RepoPaths;
/** The sentence a finding carries: the file named, what is wrong, what to do; never the file's content. */
function outsideMessage(r, what = 'file') {
    return `${r.rel} ${r.reason}: the ${what} is not read; replace the link with the ${what} itself, inside the repository`;
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

/***/ 15382:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyValueUpdate = applyValueUpdate;
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const path_syntax_js_1 = __webpack_require__(26633);
const values_js_1 = __webpack_require__(34344);
const yaml_scalar_js_1 = __webpack_require__(21126);
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

/***/ 19979:
/***/ ((__unused_webpack_module, exports) => {


// What Helm makes of a plain (unquoted, untagged) YAML scalar. Helm reads values files with sigs.k8s.io/yaml,
// which resolves scalars by YAML 1.1 rules (go-yaml v2) and then turns every number into a float64 through JSON.
// Checked against helm v4.1.4 with a template printing `kindOf` and `toJson` of each value:
//   yes/Yes/YES/y/Y/on/On/ON -> true, no/No/NO/n/N/off/Off/OFF -> false (as keys too: `on:` is the key "true"),
//   0644 and +0644 -> 420 (octal), 0o17 -> 15, 0x1F -> 31, 0b101 -> 5, 1_000 -> 1000, 08 -> 8, 09.5 -> 9.5,
//   .5 -> 0.5, 1e3 -> 1000, ~/null/Null/NULL/empty -> null,
//   1:30 and 190:20:30 stay strings (no sexagesimal numbers), 2001-12-14 stays a string.
// YAML 1.2 (the `yaml` library, editors, the template engine) reads several of these differently; this module is
// what `gitopshq validate` compares against to warn about them.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.helmPlainScalar = helmPlainScalar;
exports.helmKey = helmKey;
exports.yaml11Mismatch = yaml11Mismatch;
const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const INF = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEG_INF = new Set(['-.inf', '-.Inf', '-.INF']);
const NAN = new Set(['.nan', '.NaN', '.NAN']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's strconv.ParseInt(s, 0, 64) for the forms a values file can hold; undefined when Go would fail. */
function goParseInt(s) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return undefined;
    const [, sign, body = ''] = m;
    const p = body.slice(0, 2).toLowerCase();
    let n;
    if (p === '0x')
        n = Number.parseInt(body.slice(2), 16);
    else if (p === '0b')
        n = Number.parseInt(body.slice(2), 2);
    else if (p === '0o')
        n = Number.parseInt(body.slice(2), 8);
    else if (body.length > 1 && body.startsWith('0'))
        n = Number.parseInt(body.slice(1), 8);
    else
        n = Number.parseInt(body, 10);
    return sign === '-' ? -n : n;
}
/** The value Helm gives a plain scalar: a boolean, a number, null, or the string itself. */
function helmPlainScalar(text) {
    if (TRUE.has(text))
        return true;
    if (FALSE.has(text))
        return false;
    if (NULL.has(text))
        return null;
    if (INF.has(text))
        return Number.POSITIVE_INFINITY;
    if (NEG_INF.has(text))
        return Number.NEGATIVE_INFINITY;
    if (NAN.has(text))
        return Number.NaN;
    if (!/^[-+.0-9]/.test(text))
        return text;
    if (text.startsWith('.'))
        return YAML_STYLE_FLOAT.test(text) ? Number(text) : text;
    const int = goParseInt(text.split('_').join(''));
    if (int !== undefined)
        return int;
    if (YAML_STYLE_FLOAT.test(text))
        return Number(text);
    return text;
}
/** A key as Helm sees it after its JSON round trip: `on` -> "true", `0644` -> "420", `~` -> "null". */
function helmKey(text) {
    const v = helmPlainScalar(text);
    return v === null ? 'null' : String(v);
}
function sameScalar(a, b) {
    return Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && a === b);
}
function describe(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'string')
        return `the string "${v}"`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    return `the number ${String(v)}`;
}
/**
 * Why `text` (a plain scalar that YAML 1.2 reads as `yaml12`) means something else to Helm, or undefined when the
 * two agree. `position` says whether it is a mapping key (keys become strings in both, compared as such).
 */
function yaml11Mismatch(text, yaml12, position) {
    if (position === 'key') {
        const helm = helmKey(text);
        const ours = yaml12 === null ? 'null' : String(yaml12);
        if (helm === ours)
            return undefined;
        return `the key \`${text}\` is "${helm}" to Helm (YAML 1.1) but "${ours}" in YAML 1.2: quote it ("${text}")`;
    }
    const helm = helmPlainScalar(text);
    if (sameScalar(helm, yaml12))
        return undefined;
    let advice;
    if (typeof helm === 'boolean')
        advice = `write ${helm} for the boolean, or quote it ("${text}") for the string`;
    else if (typeof helm === 'number' && /^0[0-7]+$/.test(text))
        advice = `write 0o${text.slice(1)} (or ${helm}) for the number both read alike, or quote it ("${text}") for the string`;
    else if (typeof helm === 'number')
        advice = `write ${helm}, or quote it ("${text}") for the string`;
    else
        advice = `quote it ("${text}") or write the value both versions read alike`;
    return `\`${text}\` is ${describe(helm)} to Helm (YAML 1.1) but ${describe(yaml12)} in YAML 1.2 (the template engine, most editors): ${advice}`;
}


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


/***/ }),

/***/ 29883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Files as people write them (optional keys left out) and the defaults that turn them into the types of
// src/domain/model.ts. The schemas declare the same defaults; test/unit/state/defaults.test.ts keeps the two equal.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZE_OVERLAY_DEFAULT = exports.TEMPLATE_PATH_DEFAULT = exports.BREAK_GLASS_DEFAULTS = exports.DEFAULT_DESTINATION = exports.KUBERNETES_VERSION_DEFAULT = exports.RENDER_POLICY_DEFAULTS = exports.APPROVAL_DEFAULTS = void 0;
exports.withConfigDefaults = withConfigDefaults;
exports.withWorkloadDefaults = withWorkloadDefaults;
const cluster_wiring_js_1 = __webpack_require__(61665);
const layout_js_1 = __webpack_require__(89128);
const targets_js_1 = __webpack_require__(95124);
exports.APPROVAL_DEFAULTS = {
    required: 0,
    teams: [],
    codeowners: false,
    allowSelfApproval: false,
    dismissStaleApprovals: true,
};
exports.RENDER_POLICY_DEFAULTS = {
    forbidLatestTag: true,
    requireResourceLimits: true,
    forbidPrivileged: true,
};
exports.KUBERNETES_VERSION_DEFAULT = '1.33';
/** Where a tenant's targets run when gitopshq.yaml names no destination: the cluster Argo CD or Flux runs in. */
exports.DEFAULT_DESTINATION = { cluster: cluster_wiring_js_1.IN_CLUSTER_SERVER };
exports.BREAK_GLASS_DEFAULTS = { allowed: false, label: 'break-glass', teams: [] };
exports.TEMPLATE_PATH_DEFAULT = 'templates';
exports.KUSTOMIZE_OVERLAY_DEFAULT = 'overlays/{env}';
function withConfigDefaults(file) {
    return {
        apiVersion: file.apiVersion,
        kind: file.kind,
        environments: file.environments.map((e) => ({
            name: e.name,
            approvals: {
                ...exports.APPROVAL_DEFAULTS,
                ...e.approvals,
                teams: [...(e.approvals?.teams ?? exports.APPROVAL_DEFAULTS.teams)],
            },
            deploy: {
                branch: e.deploy?.branch ?? (0, layout_js_1.defaultDeployBranch)(e.name),
                autoMerge: e.deploy?.autoMerge ?? false,
            },
            ...(e.render?.apiVersions ? { render: { apiVersions: [...e.render.apiVersions] } } : {}),
        })),
        tenants: (file.tenants ?? []).map((t) => ({
            name: t.name,
            wave: t.wave ?? 0,
            canary: t.canary ?? false,
            ...(t.destinations
                ? {
                    destinations: Object.fromEntries(Object.entries(t.destinations).map(([env, d]) => [env, { ...d }])),
                }
                : {}),
        })),
        freezes: (file.freezes ?? []).map((f) => ({
            ...f,
            environments: [...(f.environments ?? [])],
            breakGlass: {
                ...exports.BREAK_GLASS_DEFAULTS,
                ...f.breakGlass,
                teams: [...(f.breakGlass?.teams ?? exports.BREAK_GLASS_DEFAULTS.teams)],
            },
        })),
        render: {
            kubernetesVersion: file.render?.kubernetesVersion ?? exports.KUBERNETES_VERSION_DEFAULT,
            policies: { ...exports.RENDER_POLICY_DEFAULTS, ...file.render?.policies },
            ...(file.render?.apiVersions ? { apiVersions: [...file.render.apiVersions] } : {}),
        },
        stateBranch: file.stateBranch ?? layout_js_1.DEFAULT_STATE_BRANCH,
        // Absent unless written: the metrics apply their own defaults (src/domain/metrics/targets.ts).
        ...(file.metrics ? { metrics: { targets: (0, targets_js_1.targetsFromFile)(file.metrics.targets ?? {}) } } : {}),
    };
}
/** `environments` defaults to every environment of gitopshq.yaml, in promotion order. */
function withWorkloadDefaults(file, allEnvironments) {
    return {
        apiVersion: file.apiVersion,
        kind: file.kind,
        name: file.name,
        namespace: file.namespace,
        source: withSourceDefaults(file.source),
        tenants: [...(file.tenants ?? [])],
        environments: [...(file.environments ?? allEnvironments)],
        ...(file.render ? { render: { ...file.render } } : {}),
    };
}
function withSourceDefaults(source) {
    switch (source.type) {
        case 'template':
            return { type: 'template', path: source.path ?? exports.TEMPLATE_PATH_DEFAULT };
        case 'kustomize':
            return {
                type: 'kustomize',
                overlay: source.overlay ?? exports.KUSTOMIZE_OVERLAY_DEFAULT,
                overlays: { ...source.overlays },
            };
        case 'helm':
            return { ...source, versions: { ...source.versions } };
    }
}


/***/ }),

/***/ 66244:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repoPaths = repoPaths;
// The repository path guard (src/domain/repo-paths.ts) on node's file system, for the state layer's readers.
const fs = __importStar(__webpack_require__(73024));
const path = __importStar(__webpack_require__(76760));
const repo_paths_js_1 = __webpack_require__(10183);
function repoPaths(root) {
    return new repo_paths_js_1.RepoPaths(root, { fs, path });
}


/***/ }),

/***/ 53413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadRepo = loadRepo;
exports.validateRepo = validateRepo;
exports.inspectRepo = inspectRepo;
// Reads the main-branch content of a GitOps repository (gitopshq.yaml, workloads/*), validates every file against
// its schema and the cross-file rules, and returns it typed with defaults applied. All problems of all files are
// collected before anything is reported, so one run of `gitopshq validate` lists everything to fix.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const layout_js_1 = __webpack_require__(89128);
const names_js_1 = __webpack_require__(78800);
const repo_paths_js_1 = __webpack_require__(10183);
const size_text_js_1 = __webpack_require__(3975);
const defaults_js_1 = __webpack_require__(29883);
const repo_paths_js_2 = __webpack_require__(66244);
const schema_validate_js_1 = __webpack_require__(4501);
const semantic_checks_js_1 = __webpack_require__(59531);
const utf8_js_1 = __webpack_require__(19574);
const yaml_source_js_1 = __webpack_require__(362);
const yaml11_check_js_1 = __webpack_require__(27637);
/** Reads and validates the whole repository; throws ValidationError listing every problem of every file. */
async function loadRepo(root) {
    const { findings, snapshot } = await inspectRepo(root);
    if (!snapshot)
        throw new errors_js_1.ValidationError(findings);
    return snapshot;
}
/** Every problem in the repository (empty: valid). */
async function validateRepo(root) {
    return (await inspectRepo(root)).findings;
}
async function inspectRepo(rootDir, opts = {}) {
    const root = (0, node_path_1.resolve)(rootDir);
    const fs = new RepoFiles(root, opts.overrides ?? new Map());
    const findings = [];
    const warnings = [];
    const files = [];
    files.push(layout_js_1.CONFIG_FILE);
    const configText = await fs.read(layout_js_1.CONFIG_FILE);
    let config;
    // `readable`: gitopshq.yaml could be read as YAML. When it cannot, no name is known, and checking workloads and
    // values files against the names would bury the one problem to fix under one finding per file.
    let known = { environments: [], tenants: [], readable: false };
    if (configText === undefined && !fs.refused.has(layout_js_1.CONFIG_FILE)) {
        findings.push(fileFinding(layout_js_1.CONFIG_FILE, `missing: a GitOpsHQ repository has ${layout_js_1.CONFIG_FILE} at its root (see 'gitopshq init')`));
    }
    else if (configText !== undefined) {
        const { source, findings: schemaFindings } = (0, schema_validate_js_1.checkDocument)(configText, layout_js_1.CONFIG_FILE, 'gitopshq');
        findings.push(...schemaFindings);
        if (schemaFindings.length === 0) {
            config = (0, defaults_js_1.withConfigDefaults)(source.value);
            findings.push(...(0, semantic_checks_js_1.checkConfig)(config, source));
            known = {
                environments: unique(config.environments.map((e) => e.name)),
                tenants: unique(config.tenants.map((t) => t.name)),
                readable: true,
            };
        }
        else {
            // Cross-file checks still run against whatever names can be read, so one run reports everything.
            known = {
                environments: namesIn(source.value, 'environments', 'environment'),
                tenants: namesIn(source.value, 'tenants', 'tenant'),
                readable: source.value !== undefined,
            };
        }
    }
    const workloads = new Map();
    for (const folder of await fs.dirs(layout_js_1.WORKLOADS_DIR)) {
        const loaded = await loadWorkload(fs, folder, known, findings, files, warnings);
        if (loaded)
            workloads.set(folder, loaded);
    }
    findings.push(...new Set(fs.refused.values()));
    (0, schema_validate_js_1.sortFindings)(findings);
    (0, schema_validate_js_1.sortFindings)(warnings);
    return {
        findings,
        files,
        warnings,
        snapshot: findings.length === 0 && config ? { root, config, workloads } : undefined,
    };
}
async function loadWorkload(fs, folder, known, findings, files, warnings) {
    const file = (0, layout_js_1.workloadFile)(folder);
    const folderProblem = (0, names_js_1.checkName)('workload', folder);
    if (folderProblem !== undefined) {
        findings.push(fileFinding((0, layout_js_1.workloadDir)(folder), `folder name: ${folderProblem}`));
        return undefined;
    }
    const text = await fs.read(file);
    let config;
    if (text === undefined) {
        if (!fs.refused.has(file)) {
            findings.push(fileFinding(file, `missing: every folder under ${layout_js_1.WORKLOADS_DIR}/ needs a workload.yaml`));
        }
    }
    else {
        files.push(file);
        const { source, findings: schemaFindings } = (0, schema_validate_js_1.checkDocument)(text, file, 'workload');
        findings.push(...schemaFindings);
        if (schemaFindings.length === 0) {
            const raw = source.value;
            config = (0, defaults_js_1.withWorkloadDefaults)(raw, known.environments);
            findings.push(...(await (0, semantic_checks_js_1.checkWorkload)({
                root: fs.root,
                dir: fs.abs((0, layout_js_1.workloadDir)(folder)),
                folder,
                file: raw,
                config,
                src: source,
                // Unreadable config: the workload's own names stand, so only what is wrong in this file is reported.
                environments: known.readable ? known.environments : config.environments,
                tenants: known.readable ? known.tenants : config.tenants,
            })));
        }
    }
    const texts = { environments: {}, tenants: {} };
    const values = { base: {}, environments: {}, tenants: {}, texts };
    const lastText = new Map();
    const readValues = async (rel) => {
        const t = await fs.read(rel);
        if (t === undefined)
            return undefined;
        files.push(rel);
        lastText.set(rel, t);
        const { source, findings: f } = (0, schema_validate_js_1.checkDocument)(t, rel, 'values');
        findings.push(...f);
        // Only a file that parsed: the YAML 1.1 check parses again, and a refused file (too big, too deep) must not be.
        if (f.length === 0)
            warnings.push(...(0, yaml11_check_js_1.yaml11Findings)(t, rel));
        return f.length === 0 ? (source.value ?? {}) : undefined;
    };
    const textOf = (rel) => ({ file: rel, text: lastText.get(rel) ?? '' });
    values.base = (await readValues((0, layout_js_1.baseValuesFile)(folder))) ?? {};
    if (lastText.has((0, layout_js_1.baseValuesFile)(folder)))
        texts.base = textOf((0, layout_js_1.baseValuesFile)(folder));
    const valuesDir = `${(0, layout_js_1.workloadDir)(folder)}/values`;
    for (const entry of await fs.entries(valuesDir)) {
        const rel = `${valuesDir}/${entry.name}`;
        if (entry.dir) {
            const env = entry.name;
            for (const inner of await fs.entries(rel)) {
                const innerRel = `${rel}/${inner.name}`;
                const tenant = inner.name.endsWith('.yaml') ? inner.name.slice(0, -'.yaml'.length) : undefined;
                if (inner.dir || tenant === undefined) {
                    findings.push(fileFinding(innerRel, `not a values file: expected values/${env}/<tenant>.yaml`));
                    continue;
                }
                const parsed = await readValues(innerRel);
                const unused = known.readable ? (0, semantic_checks_js_1.unusedValuesLayer)(env, tenant, known, config) : undefined;
                if (unused)
                    findings.push(fileFinding(innerRel, unused));
                if (parsed) {
                    values.tenants[env] ??= {};
                    values.tenants[env][tenant] = parsed;
                    texts.tenants[env] ??= {};
                    texts.tenants[env][tenant] = textOf(innerRel);
                }
            }
        }
        else if (entry.name.endsWith('.yaml')) {
            const env = entry.name.slice(0, -'.yaml'.length);
            const parsed = await readValues(rel);
            const unused = known.readable ? (0, semantic_checks_js_1.unusedValuesLayer)(env, undefined, known, config) : undefined;
            if (unused)
                findings.push(fileFinding(rel, unused));
            if (parsed) {
                values.environments[env] = parsed;
                texts.environments[env] = textOf(rel);
            }
        }
        else {
            findings.push(fileFinding(rel, 'not a values file: expected values/<env>.yaml or values/<env>/<tenant>.yaml (note: .yaml, not .yml)'));
        }
    }
    return config ? { config, dir: fs.abs((0, layout_js_1.workloadDir)(folder)), values } : undefined;
}
function fileFinding(file, message) {
    return { file, line: 1, col: 1, message };
}
/** The valid names listed under `key` of a config that failed its schema (best effort, never throws). */
function namesIn(value, key, kind) {
    const items = value?.[key];
    if (!Array.isArray(items))
        return [];
    return unique(items
        .map((i) => i?.name)
        .filter((n) => typeof n === 'string' && (0, names_js_1.checkName)(kind, n) === undefined));
}
const unique = (names) => [...new Set(names)];
/**
 * The repository's files, seen through pending edits (`overrides`) that are not written yet. Every path goes
 * through RepoPaths: a file or folder that leaves the repository (a symbolic link out of it) is never read; it
 * is recorded in `refused` (one finding per path) and reads as absent.
 */
class RepoFiles {
    root;
    overrides;
    refused = new Map();
    paths;
    constructor(root, overrides) {
        this.root = root;
        this.overrides = overrides;
        this.paths = (0, repo_paths_js_2.repoPaths)(root);
    }
    abs(rel) {
        return (0, node_path_1.join)(this.root, ...rel.split('/'));
    }
    resolve(rel) {
        const r = this.paths.resolve(rel);
        if (r.kind === 'outside') {
            const finding = this.refused.get(r.via) ?? fileFinding(r.via, (0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }));
            this.refused.set(r.via, finding);
            this.refused.set(rel, finding);
        }
        return r;
    }
    async read(rel) {
        const override = this.overrides.get(rel);
        if (override !== undefined)
            return override;
        const r = this.resolve(rel);
        if (r.kind !== 'file')
            return undefined;
        try {
            // Sized before it is read: a 100 MB file would cost the runner its memory before the parser refused it.
            const { size } = await (0, promises_1.stat)(r.abs);
            if (size > yaml_source_js_1.MAX_YAML_BYTES) {
                return this.unreadable(rel, 1, 1, `the file is ${(0, size_text_js_1.sizeText)(size)}, over the ${(0, size_text_js_1.sizeText)(yaml_source_js_1.MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`);
            }
            const decoded = (0, utf8_js_1.decodeUtf8)(await (0, promises_1.readFile)(r.abs));
            if (decoded.ok)
                return decoded.text;
            return this.unreadable(rel, decoded.line, decoded.col, `the file is not UTF-8 (byte 0x${decoded.byte} at this place): save it as UTF-8`);
        }
        catch (e) {
            if (e.code === 'ENOENT' || e.code === 'EISDIR')
                return undefined;
            throw e;
        }
    }
    /** Records why `rel` is not read (it then reads as absent, and is not also reported missing). */
    unreadable(rel, line, col, message) {
        this.refused.set(rel, { file: rel, line, col, message });
        return undefined;
    }
    /** Entries of a folder (sorted by name; dot-files skipped), including files that exist only as overrides. */
    async entries(rel) {
        const found = new Map();
        const folder = this.resolve(rel);
        if (folder.kind === 'dir') {
            for (const d of await (0, promises_1.readdir)(folder.abs, { withFileTypes: true })) {
                if (d.name.startsWith('.'))
                    continue;
                if (d.isSymbolicLink()) {
                    // A link is what it points at, when that is inside the repository; one that leaves is refused.
                    const target = this.resolve(`${rel}/${d.name}`);
                    if (target.kind === 'dir' || target.kind === 'file')
                        found.set(d.name, target.kind === 'dir');
                }
                else
                    found.set(d.name, d.isDirectory());
            }
        }
        const prefix = `${rel}/`;
        for (const path of this.overrides.keys()) {
            if (!path.startsWith(prefix))
                continue;
            const [head, ...rest] = path.slice(prefix.length).split('/');
            if (head && !found.has(head))
                found.set(head, rest.length > 0);
        }
        return [...found].map(([name, dir]) => ({ name, dir })).sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    async dirs(rel) {
        return (await this.entries(rel)).filter((e) => e.dir).map((e) => e.name);
    }
}


/***/ }),

/***/ 59531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkConfig = checkConfig;
exports.checkWorkload = checkWorkload;
exports.unusedValuesLayer = unusedValuesLayer;
// Rules a JSON Schema cannot express: uniqueness of names, references between files, time zones, date order,
// folders that must exist. Each finding is positioned at the key or value to edit.
const node_path_1 = __webpack_require__(76760);
const freeze_schedule_js_1 = __webpack_require__(35907);
const kustomize_edit_js_1 = __webpack_require__(38096);
const names_js_1 = __webpack_require__(78800);
const repo_paths_js_1 = __webpack_require__(10183);
const repo_paths_js_2 = __webpack_require__(66244);
function at(src, path, message, key = false) {
    return { file: src.file, ...src.locate(path, { key }), message };
}
const list = (names) => (names.length ? names.join(', ') : 'none');
function checkConfig(config, src) {
    const findings = [];
    const envNames = config.environments.map((e) => e.name);
    duplicates(envNames, (i, first) => findings.push(at(src, ['environments', i, 'name'], `duplicate environment '${envNames[i]}' (also environments[${first}])`)));
    const tenantNames = config.tenants.map((t) => t.name);
    duplicates(tenantNames, (i, first) => findings.push(at(src, ['tenants', i, 'name'], `duplicate tenant '${tenantNames[i]}' (also tenants[${first}])`)));
    // Two environments delivering to one branch would overwrite each other's manifests.
    const branches = config.environments.map((e) => e.deploy.branch);
    duplicates(branches, (i, first) => {
        // Two environments of one name share the default branch too: the duplicate name is the finding to fix.
        if (envNames[i] === envNames[first])
            return;
        findings.push(at(src, ['environments', i, 'deploy', 'branch'], `environments[${i}].deploy.branch '${branches[i]}' is also the deploy branch of '${envNames[first]}'`));
    });
    config.environments.forEach((e, i) => {
        if (e.deploy.branch === config.stateBranch) {
            findings.push(at(src, ['environments', i, 'deploy', 'branch'], `environments[${i}].deploy.branch '${e.deploy.branch}' is the state branch; give it a branch of its own`));
        }
    });
    config.tenants.forEach((t, i) => {
        for (const env of Object.keys(t.destinations ?? {})) {
            if (envNames.includes(env))
                continue;
            findings.push(at(src, ['tenants', i, 'destinations', env], `tenants[${i}].destinations: unknown environment '${env}' (environments: ${list([...new Set(envNames)])})`));
        }
    });
    const freezeNames = config.freezes.map((f) => f.name);
    duplicates(freezeNames, (i, first) => findings.push(at(src, ['freezes', i, 'name'], `duplicate freeze '${freezeNames[i]}' (also freezes[${first}])`)));
    config.freezes.forEach((f, i) => {
        f.environments.forEach((env, j) => {
            if (!envNames.includes(env)) {
                findings.push(at(src, ['freezes', i, 'environments', j], `freezes[${i}].environments[${j}]: unknown environment '${env}' (environments: ${list([...new Set(envNames)])})`));
            }
        });
        for (const p of (0, freeze_schedule_js_1.parseFreeze)(f, `freezes[${i}]`).problems) {
            findings.push(at(src, ['freezes', i, ...p.path], p.message));
        }
    });
    return findings;
}
function duplicates(values, report) {
    const firstAt = new Map();
    values.forEach((v, i) => {
        const first = firstAt.get(v);
        if (first === undefined)
            firstAt.set(v, i);
        else
            report(i, first);
    });
}
async function checkWorkload(ctx) {
    const { config, file, src } = ctx;
    const findings = [];
    const push = (path, message, key = false) => findings.push(at(src, path, message, key));
    if (config.name !== ctx.folder) {
        push(['name'], `name '${config.name}' does not match its folder workloads/${ctx.folder}; rename one of them`);
    }
    for (const [field, kind, known] of [
        ['tenants', 'tenant', ctx.tenants],
        ['environments', 'environment', ctx.environments],
    ]) {
        (file[field] ?? []).forEach((name, i) => {
            if (!known.includes(name)) {
                push([field, i], `${field}[${i}]: unknown ${kind} '${name}' (gitopshq.yaml has: ${list(known)})`);
            }
        });
    }
    const source = config.source;
    if (source.type === 'template') {
        await requireFolder(ctx, source.path, ['source', file.source.type === 'template' && file.source.path ? 'path' : 'type'], push, 'template folder');
    }
    else if (source.type === 'kustomize') {
        const pathAt = [
            'source',
            'overlay' in file.source && file.source.overlay ? 'overlay' : 'type',
        ];
        const mapped = source.overlays ?? {};
        for (const env of config.environments) {
            const at = mapped[env] !== undefined ? ['source', 'overlays', env] : pathAt;
            await requireFolder(ctx, (0, kustomize_edit_js_1.overlayFolder)(source, env), at, push, `overlay for ${env}`);
        }
        checkPerEnvironmentKeys(ctx, config, Object.keys(mapped), 'source.overlays', ['source', 'overlays'], push);
    }
    else {
        const remote = source.chart.startsWith('oci://') || source.repository !== undefined;
        if (remote) {
            const missing = config.environments.filter((e) => source.versions[e] === undefined);
            if (source.version === undefined && missing.length > 0) {
                push(['source'], `source.version is required for a chart from a repository or an oci:// registry (no version for ${list(missing)})`);
            }
        }
        else {
            await requireFolder(ctx, source.chart, ['source', 'chart'], push, 'chart folder', 'Chart.yaml');
        }
        for (const env of Object.keys(source.versions)) {
            if (!ctx.environments.includes(env)) {
                push(['source', 'versions', env], `source.versions: unknown environment '${env}' (gitopshq.yaml has: ${list(ctx.environments)})`, true);
            }
            else if (!config.environments.includes(env)) {
                push(['source', 'versions', env], `source.versions: the workload does not run in '${env}' (its environments: ${list(config.environments)})`, true);
            }
        }
    }
    return findings;
}
/** Keys of a per-environment map in workload.yaml name an environment the workload runs in; errors point at the key. */
function checkPerEnvironmentKeys(ctx, config, keys, field, at, push) {
    for (const env of keys) {
        if (!ctx.environments.includes(env)) {
            push([...at, env], `${field}: unknown environment '${env}' (gitopshq.yaml has: ${list(ctx.environments)})`, true);
        }
        else if (!config.environments.includes(env)) {
            push([...at, env], `${field}: the workload does not run in '${env}' (its environments: ${list(config.environments)})`, true);
        }
    }
}
async function requireFolder(ctx, relPath, pathAt, push, what, marker) {
    const paths = (0, repo_paths_js_2.repoPaths)(ctx.root);
    const r = (0, node_path_1.isAbsolute)(relPath) ? undefined : paths.resolve(relPath, ctx.dir);
    if (r === undefined || (r.kind === 'outside' && r.via === relPath.split(node_path_1.sep).join('/'))) {
        push(pathAt, `${what} '${relPath}' is outside the repository; use a folder inside it`);
        return;
    }
    if (r.kind === 'outside') {
        push(pathAt, `${what} '${relPath}': ${(0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }, 'folder')}`);
        return;
    }
    if (r.kind !== 'dir') {
        push(pathAt, `${what} ${r.rel}/ does not exist`);
        return;
    }
    if (marker) {
        const m = paths.resolve(marker, r.abs);
        if (m.kind === 'outside')
            push(pathAt, `${what} ${r.rel}/: ${(0, repo_paths_js_1.outsideMessage)({ rel: m.via, reason: m.reason })}`);
        else if (m.kind === 'missing')
            push(pathAt, `${what} ${r.rel}/ has no ${marker}`);
    }
}
/**
 * Why values/<env>.yaml or values/<env>/<tenant>.yaml (`tenant` given) would never be used, or undefined when it
 * is a layer of one of the workload's targets. `workload` is undefined when workload.yaml itself is invalid.
 */
function unusedValuesLayer(env, tenant, known, workload) {
    const envProblem = (0, names_js_1.checkName)('environment', env);
    if (envProblem !== undefined)
        return envProblem;
    if (!known.environments.includes(env)) {
        return `unknown environment '${env}' (gitopshq.yaml has: ${list(known.environments)}); rename or delete this file`;
    }
    if (workload && !workload.environments.includes(env)) {
        return `workload '${workload.name}' does not run in '${env}' (its environments: ${list(workload.environments)}); add it there or delete this file`;
    }
    if (tenant === undefined)
        return undefined;
    const tenantProblem = (0, names_js_1.checkName)('tenant', tenant);
    if (tenantProblem !== undefined)
        return tenantProblem;
    if (!known.tenants.includes(tenant)) {
        return `unknown tenant '${tenant}' (gitopshq.yaml has: ${list(known.tenants)}); rename or delete this file`;
    }
    if (workload && !workload.tenants.includes(tenant)) {
        return `workload '${workload.name}' is not bound to tenant '${tenant}' (its tenants: ${list(workload.tenants)}); add it to workload.yaml or delete this file`;
    }
    return undefined;
}


/***/ }),

/***/ 19574:
/***/ ((__unused_webpack_module, exports) => {


// Strict UTF-8 decoding for files a person edits: node's 'utf8' turns a Latin-1 byte into U+FFFD without a word,
// and the value then differs from what the author sees in their editor.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeUtf8 = decodeUtf8;
// ignoreBOM keeps a leading BOM in the text, as 'utf8' does (the YAML parser accepts one at the start).
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeUtf8(bytes) {
    try {
        return { ok: true, text: strict.decode(bytes) };
    }
    catch {
        const at = firstInvalid(bytes);
        const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
        const line = before.split('\n').length;
        const col = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
        return { ok: false, line, col, byte: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') };
    }
}
/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalid(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i] ?? 0;
        const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
        if (n === 0)
            return i;
        try {
            strict.decode(bytes.subarray(i, i + n));
        }
        catch {
            return i;
        }
        i += n;
    }
    return i;
}


/***/ }),

/***/ 27637:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.yaml11Findings = yaml11Findings;
// Warnings for values-file literals that Helm (YAML 1.1) and YAML 1.2 read differently: `defaultMode: 0644` is
// 420 to Helm and 644 to a 1.2 reader, `enabled: yes` is a boolean to Helm and a string to 1.2. Helm gets the
// file's own bytes (so it deploys what `helm template` shows); the warning is for the person reading the file.
const yaml_1 = __webpack_require__(38815);
const yaml11_js_1 = __webpack_require__(19979);
/** One warning per plain scalar (key or value) whose meaning differs between YAML 1.1 and 1.2. */
function yaml11Findings(text, file) {
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter });
    if (doc.errors.length > 0)
        return [];
    const out = [];
    (0, yaml_1.visit)(doc, {
        Scalar(key, node) {
            if (node.type !== 'PLAIN' || node.tag || !node.range)
                return;
            const position = key === 'key' ? 'key' : 'value';
            const source = text.slice(node.range[0], node.range[1]);
            const why = (0, yaml11_js_1.yaml11Mismatch)(source, node.value, position);
            if (!why)
                return;
            const pos = lineCounter.linePos(node.range[0]);
            out.push({ file, line: pos.line, col: pos.col, severity: 'warning', message: why });
        },
    });
    return out;
}


/***/ })

};
