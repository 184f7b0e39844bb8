export const id = 3094;
export const ids = [3094,866,3263];
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

/***/ 2488:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PromotionBypassError = exports.IllegalPromotionTransitionError = void 0;
exports.canTransitionPromotion = canTransitionPromotion;
exports.transitionPromotion = transitionPromotion;
exports.promotionBypass = promotionBypass;
// The promotion state machine (docs/architecture.md#release-lifecycle): a promotion is InProgress while its waves
// go out, Completed once every wave is Healthy, Failed when a wave Failed or was Rolled Back (the promotion is halted:
// no later tenant gets the change), Cancelled when a person gives it up. The record store accepts a promotion's state
// change only through this table, as it does for releases, and keeps its waves append-only.
const errors_js_1 = __webpack_require__(241);
const TRANSITIONS = {
    InProgress: ['Completed', 'Failed', 'Cancelled'],
    Completed: [],
    Failed: [],
    Cancelled: [],
};
function canTransitionPromotion(from, to) {
    return TRANSITIONS[from].includes(to);
}
function illegal(from, to) {
    const head = `illegal promotion transition: ${from} -> ${to}`;
    if (from === to)
        return `${head}: the promotion is already ${from}`;
    const next = TRANSITIONS[from];
    return next.length === 0
        ? `${head}: ${from} is final, no transition leaves it`
        : `${head}: from ${from} a promotion can only move to ${next.join(', ')}`;
}
class IllegalPromotionTransitionError extends errors_js_1.UserError {
    from;
    to;
    constructor(from, to) {
        super(illegal(from, to));
        this.from = from;
        this.to = to;
    }
}
exports.IllegalPromotionTransitionError = IllegalPromotionTransitionError;
/** A new record with `state` = to and the entry appended; throws IllegalPromotionTransitionError. */
function transitionPromotion(record, to, actor, note, at = new Date()) {
    if (!canTransitionPromotion(record.state, to))
        throw new IllegalPromotionTransitionError(record.state, to);
    const entry = { state: to, at: at.toISOString(), actor };
    if (note !== undefined)
        entry.note = note;
    return { ...record, state: to, history: [...record.history, entry] };
}
const sameEntry = (a, b) => b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;
/**
 * Why writing `after` over `before` would change a promotion outside transitionPromotion, or rewrite what it
 * already did; undefined when it would not. New: InProgress with one entry. Always: the history only grows, every
 * wave stays (same number, tenants and recorded skip) and keeps its releases, in order. A plain update keeps the state; a
 * transition to `to` is legal and appends exactly one entry for it.
 */
function promotionBypass(before, after, to) {
    if (before === undefined) {
        if (after.state !== 'InProgress')
            return `a promotion is created InProgress, not ${after.state}`;
        if (after.history.length !== 1 || after.history[0]?.state !== 'InProgress') {
            return "a new promotion's history must be one InProgress entry";
        }
        return undefined;
    }
    const kept = after.history.slice(0, before.history.length);
    if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
        return 'the history of a promotion is append-only: an entry was removed or rewritten';
    }
    for (const [i, wave] of before.waves.entries()) {
        const now = after.waves[i];
        const same = now !== undefined &&
            now.wave === wave.wave &&
            now.tenants.join(',') === wave.tenants.join(',') &&
            wave.releases.every((r, j) => now.releases[j] === r) &&
            // A skip is recorded when its wave opens and never rewritten or dropped afterwards.
            sameSkip(now.skippedWaves, wave.skippedWaves);
        if (!same)
            return `wave ${wave.wave} of the promotion was removed or rewritten: waves are append-only`;
    }
    const added = after.history.slice(before.history.length);
    if (to === undefined) {
        if (after.state !== before.state || added.length > 0) {
            return `the state of a promotion changes only through transitionPromotion (${before.state} -> ${after.state})`;
        }
        return undefined;
    }
    if (!canTransitionPromotion(before.state, to))
        return illegal(before.state, to);
    if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
        return `a transition to ${to} must set that state and append exactly one entry for it`;
    }
    return undefined;
}
/** Field by field: a record read back from YAML may list the keys in another order. */
function sameSkip(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    const waves = (s) => s.waves.map((w) => `${w.wave}:${w.tenants.join(',')}`).join(';');
    return (a.actor === b.actor &&
        a.at === b.at &&
        a.reason === b.reason &&
        a.permission === b.permission &&
        waves(a) === waves(b));
}
/** A promotion write that would bypass the state machine: a bug in the caller, never user input. */
class PromotionBypassError extends Error {
    recordId;
    name = 'PromotionBypassError';
    constructor(recordId, reason) {
        super(`promotion ${recordId}: ${reason}; nothing was written`);
        this.recordId = recordId;
    }
}
exports.PromotionBypassError = PromotionBypassError;


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, exports) => {


// Which GitHub repository a git remote URL names. The application-repository template runs create-release from the
// application's workflow with `repo-path` pointing at a checkout of the GitOps repository: the pull request belongs
// in the repository that checkout came from, not in GITHUB_REPOSITORY. Pure: the URL is given.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubRepoFromRemote = githubRepoFromRemote;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
/**
 * `owner/repo` of `url` when it points at the same server as `serverUrl` (https://github.com, a GHES host, the
 * simulator): `https://[user@]host/owner/repo[.git]`, `ssh://git@host/owner/repo.git`, `git@host:owner/repo.git`.
 * Undefined for any other host or shape (a local path, a mirror elsewhere).
 */
function githubRepoFromRemote(url, serverUrl) {
    let server;
    try {
        server = new URL(serverUrl);
    }
    catch {
        return undefined;
    }
    let host;
    let path;
    const scp = /^[A-Za-z0-9_.-]+@([^:/]+):(?!\/)(.+)$/.exec(url);
    if (scp) {
        host = scp[1] ?? '';
        path = scp[2] ?? '';
        if (host.toLowerCase() !== server.hostname.toLowerCase())
            return undefined;
    }
    else {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return undefined;
        }
        if (u.protocol === 'ssh:') {
            if (u.hostname.toLowerCase() !== server.hostname.toLowerCase())
                return undefined;
        }
        else if (u.protocol === 'https:' || u.protocol === 'http:') {
            if (u.protocol !== server.protocol || u.host.toLowerCase() !== server.host.toLowerCase())
                return undefined;
        }
        else {
            return undefined;
        }
        path = u.pathname;
        // A server under a path prefix (GHES behind a proxy, the simulator's git root): strip that prefix.
        const prefix = server.pathname.replace(/\/+$/, '');
        if (u.protocol !== 'ssh:' && prefix && path.startsWith(`${prefix}/`))
            path = path.slice(prefix.length);
    }
    const parts = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (parts.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    if (!SEGMENT.test(owner) || !SEGMENT.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return { owner, repo };
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

/***/ 308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Git = exports.BOT_IDENTITY = exports.GitError = void 0;
exports.tokenAuthEnv = tokenAuthEnv;
// The git command-line adapter: one method per git verb, arguments always as arrays (never a shell string, so no
// branch name, PR title or value can reach a shell), `--` before paths. GITOPSHQ_DEBUG_GIT=1 echoes each call.
const run_process_js_1 = __webpack_require__(5820);
class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
    }
}
exports.GitError = GitError;
/** Identity used for commits the actions make, unless the repository or environment says otherwise. */
exports.BOT_IDENTITY = { name: 'gitopshq[bot]', email: 'gitopshq-bot@users.noreply.github.com' };
/**
 * git authenticates with a GitHub token through its environment (GIT_CONFIG_* entries), never through argv (where
 * `ps` shows it) nor the repository's config (where a later step would find it).
 */
function tokenAuthEnv(token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraheader',
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
class Git {
    cwd;
    options;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
    }
    /** Runs git; `allowFail` returns the result instead of throwing on a non-zero exit. */
    async exec(args, opts = {}) {
        const debug = process.env.GITOPSHQ_DEBUG_GIT === '1';
        if (debug)
            process.stderr.write(`[git] ${args.join(' ')}\n`);
        const cwd = opts.cwd ?? this.cwd;
        const run = await (0, run_process_js_1.runProcess)('git', args, {
            cwd,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? exports.BOT_IDENTITY.name,
                GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? exports.BOT_IDENTITY.email,
                GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? exports.BOT_IDENTITY.name,
                GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? exports.BOT_IDENTITY.email,
                ...tokenAuthEnv(this.options.token),
                ...this.options.env,
            },
            ...(opts.input === undefined ? {} : { input: opts.input }),
            ...(opts.onStdout === undefined ? {} : { onStdout: opts.onStdout }),
        });
        if (run.spawnError) {
            throw new Error(`cannot run git in ${cwd} (${run.spawnError}): is git on PATH, and does the folder exist?`);
        }
        const result = { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr };
        if (debug && result.stderr)
            process.stderr.write(`[git] ${result.stderr}`);
        if (result.exitCode !== 0 && !opts.allowFail)
            throw new GitError(args, result);
        return result;
    }
    async init(opts = {}) {
        await this.exec([
            'init',
            '-q',
            ...(opts.bare ? ['--bare'] : []),
            `--initial-branch=${opts.initialBranch ?? 'main'}`,
        ]);
    }
    async clone(url, dir, opts = {}) {
        const args = ['clone', '-q'];
        if (opts.branch)
            args.push('--branch', opts.branch);
        if (opts.depth)
            args.push('--depth', String(opts.depth));
        if (opts.noCheckout)
            args.push('--no-checkout');
        args.push('--', url, dir);
        await this.exec(args);
    }
    async add(paths) {
        await this.exec(['add', '--', ...paths]);
    }
    async addAll() {
        await this.exec(['add', '-A']);
    }
    /** Commits what is staged; returns the new commit SHA. */
    async commit(message, opts = {}) {
        await this.exec(['commit', '-q', '--no-verify', '-F', '-', ...(opts.allowEmpty ? ['--allow-empty'] : [])], {
            input: message,
        });
        return this.revParse('HEAD');
    }
    async revParse(ref) {
        return (await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim();
    }
    /** The SHA a ref points to, or undefined when it does not exist. */
    async tryRevParse(ref) {
        const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async checkout(ref, opts = {}) {
        const args = ['checkout', '-q'];
        if (opts.force)
            args.push('-f');
        if (opts.create)
            args.push('-B');
        args.push(ref);
        if (!opts.create)
            args.push('--');
        await this.exec(args);
    }
    async fetch(remote, refspecs, opts = {}) {
        const args = ['fetch', '-q', '--no-tags'];
        if (opts.depth)
            args.push('--depth', String(opts.depth));
        args.push(remote, ...refspecs);
        return this.exec(args, { allowFail: opts.allowFail ?? false });
    }
    /** Pushes; returns the result so callers can tell a rejected (non-fast-forward) push from other failures. */
    async push(remote, refspecs, opts = {}) {
        return this.exec(['push', '-q', '--porcelain', ...(opts.force ? ['--force'] : []), remote, ...refspecs], {
            allowFail: true,
        });
    }
    /** The content of a file at a ref, or undefined when the path does not exist there. */
    async show(ref, path) {
        const r = await this.exec(['show', `${ref}:${path}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    /** Paths under `dir` at `ref` (recursive), or [] when the ref or folder does not exist. */
    async lsTree(ref, dir = '') {
        const r = await this.exec(['ls-tree', '-r', '--name-only', '-z', ref, '--', ...(dir ? [dir] : [])], {
            allowFail: true,
        });
        return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : [];
    }
    /** Files changed between two commits (`base...head` merge-base semantics when `threeDot`). */
    async diffNames(base, head, opts = {}) {
        const range = opts.threeDot ? `${base}...${head}` : `${base}..${head}`;
        const r = await this.exec(['diff', '--name-only', '-z', range, '--']);
        return r.stdout.split('\0').filter(Boolean);
    }
    async diff(args = []) {
        return (await this.exec(['--no-pager', 'diff', ...args])).stdout;
    }
    async hasCommit(sha) {
        return (await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFail: true })).exitCode === 0;
    }
    async mergeBase(a, b) {
        const r = await this.exec(['merge-base', a, b], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** For each file changed between two commits, the first line of `head` that the change added or altered. */
    async firstChangedLines(base, head) {
        const out = (await this.exec(['--no-pager', 'diff', '-U0', '--no-color', '--no-ext-diff', base, head, '--'])).stdout;
        const lines = new Map();
        let file;
        for (const line of out.split('\n')) {
            if (line.startsWith('+++ ')) {
                file = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
                continue;
            }
            const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            if (hunk && file && !lines.has(file))
                lines.set(file, Math.max(1, Number(hunk[1])));
        }
        return lines;
    }
    async configSet(key, value) {
        await this.exec(['config', key, value]);
    }
    async status() {
        return (await this.exec(['status', '--porcelain'])).stdout;
    }
    async worktreeAdd(dir, ref) {
        await this.exec(['worktree', 'add', '-q', '--detach', dir, ref]);
    }
    async worktreeRemove(dir) {
        await this.exec(['worktree', 'remove', '--force', dir], { allowFail: true });
    }
}
exports.Git = Git;


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

/***/ 7582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA_MODULES = void 0;
// Generated from the kubernetes-models package (each group/version/Kind.js names its _schemas module).
// Lazy: a schema module loads the first time a rendered set contains that kind.
exports.SCHEMA_MODULES = {
    'v1 ConfigMap': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3152)]).then(__webpack_require__.bind(__webpack_require__, 3152)),
    'v1 Endpoints': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9026)]).then(__webpack_require__.bind(__webpack_require__, 9026)),
    'v1 Event': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5797)]).then(__webpack_require__.bind(__webpack_require__, 5797)),
    'v1 LimitRange': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4286)]).then(__webpack_require__.bind(__webpack_require__, 4286)),
    'v1 Namespace': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7163)]).then(__webpack_require__.bind(__webpack_require__, 7163)),
    'v1 Node': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6339)]).then(__webpack_require__.bind(__webpack_require__, 6339)),
    'v1 PersistentVolume': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(6161)]).then(__webpack_require__.bind(__webpack_require__, 6161)),
    'v1 PersistentVolumeClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9413)]).then(__webpack_require__.bind(__webpack_require__, 9413)),
    'v1 Pod': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4537)]).then(__webpack_require__.bind(__webpack_require__, 4537)),
    'v1 PodTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4397)]).then(__webpack_require__.bind(__webpack_require__, 4397)),
    'v1 ReplicationController': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1730)]).then(__webpack_require__.bind(__webpack_require__, 1730)),
    'v1 ResourceQuota': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4944)]).then(__webpack_require__.bind(__webpack_require__, 4944)),
    'v1 Secret': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6758)]).then(__webpack_require__.bind(__webpack_require__, 6758)),
    'v1 Service': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8748)]).then(__webpack_require__.bind(__webpack_require__, 8748)),
    'v1 ServiceAccount': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9740)]).then(__webpack_require__.bind(__webpack_require__, 9740)),
    'apps/v1 ControllerRevision': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9156)]).then(__webpack_require__.bind(__webpack_require__, 9156)),
    'apps/v1 DaemonSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(6333)]).then(__webpack_require__.bind(__webpack_require__, 6333)),
    'apps/v1 Deployment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1205)]).then(__webpack_require__.bind(__webpack_require__, 1205)),
    'apps/v1 ReplicaSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(5831)]).then(__webpack_require__.bind(__webpack_require__, 5831)),
    'apps/v1 StatefulSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 123)),
    'batch/v1 CronJob': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(4698)]).then(__webpack_require__.bind(__webpack_require__, 4698)),
    'batch/v1 Job': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(1144)]).then(__webpack_require__.bind(__webpack_require__, 1144)),
    'networking.k8s.io/v1 IPAddress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7910)]).then(__webpack_require__.bind(__webpack_require__, 7910)),
    'networking.k8s.io/v1 Ingress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7952)]).then(__webpack_require__.bind(__webpack_require__, 7952)),
    'networking.k8s.io/v1 IngressClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2084)]).then(__webpack_require__.bind(__webpack_require__, 9703)),
    'networking.k8s.io/v1 NetworkPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8794)]).then(__webpack_require__.bind(__webpack_require__, 8794)),
    'networking.k8s.io/v1 ServiceCIDR': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9594)]).then(__webpack_require__.bind(__webpack_require__, 9594)),
    'rbac.authorization.k8s.io/v1 ClusterRole': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 476)),
    'rbac.authorization.k8s.io/v1 ClusterRoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 9858)),
    'rbac.authorization.k8s.io/v1 Role': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3233)]).then(__webpack_require__.bind(__webpack_require__, 3233)),
    'rbac.authorization.k8s.io/v1 RoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7928)]).then(__webpack_require__.bind(__webpack_require__, 7928)),
    'policy/v1 PodDisruptionBudget': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9811)]).then(__webpack_require__.bind(__webpack_require__, 9811)),
    'autoscaling/v2 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5272)]).then(__webpack_require__.bind(__webpack_require__, 5272)),
    'autoscaling/v1 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2335)]).then(__webpack_require__.bind(__webpack_require__, 2335)),
    'storage.k8s.io/v1 CSIDriver': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2466)]).then(__webpack_require__.bind(__webpack_require__, 2466)),
    'storage.k8s.io/v1 CSINode': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 119)),
    'storage.k8s.io/v1 CSIStorageCapacity': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(88)]).then(__webpack_require__.bind(__webpack_require__, 88)),
    'storage.k8s.io/v1 StorageClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1407)]).then(__webpack_require__.bind(__webpack_require__, 1407)),
    'storage.k8s.io/v1 VolumeAttachment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(1544)]).then(__webpack_require__.bind(__webpack_require__, 1544)),
    'storage.k8s.io/v1 VolumeAttributesClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1841)]).then(__webpack_require__.bind(__webpack_require__, 1841)),
    'scheduling.k8s.io/v1 PriorityClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 343)),
    'apiextensions.k8s.io/v1 CustomResourceDefinition': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6852)]).then(__webpack_require__.bind(__webpack_require__, 6852)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1003)]).then(__webpack_require__.bind(__webpack_require__, 1003)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2530)]).then(__webpack_require__.bind(__webpack_require__, 2530)),
    'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1864)]).then(__webpack_require__.bind(__webpack_require__, 1864)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1153)]).then(__webpack_require__.bind(__webpack_require__, 1153)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7722)]).then(__webpack_require__.bind(__webpack_require__, 7722)),
    'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9144)]).then(__webpack_require__.bind(__webpack_require__, 9144)),
    'apiregistration.k8s.io/v1 APIService': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3653)]).then(__webpack_require__.bind(__webpack_require__, 3653)),
    'coordination.k8s.io/v1 Lease': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7817)]).then(__webpack_require__.bind(__webpack_require__, 7817)),
    'discovery.k8s.io/v1 EndpointSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9650)]).then(__webpack_require__.bind(__webpack_require__, 9650)),
    'node.k8s.io/v1 RuntimeClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9220)]).then(__webpack_require__.bind(__webpack_require__, 9220)),
    'certificates.k8s.io/v1 CertificateSigningRequest': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8993)]).then(__webpack_require__.bind(__webpack_require__, 1374)),
    'flowcontrol.apiserver.k8s.io/v1 FlowSchema': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7955)]).then(__webpack_require__.bind(__webpack_require__, 7955)),
    'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9237)]).then(__webpack_require__.bind(__webpack_require__, 9237)),
    'resource.k8s.io/v1 DeviceClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4879)]).then(__webpack_require__.bind(__webpack_require__, 4879)),
    'resource.k8s.io/v1 ResourceClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(8126)]).then(__webpack_require__.bind(__webpack_require__, 8126)),
    'resource.k8s.io/v1 ResourceClaimTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(9336)]).then(__webpack_require__.bind(__webpack_require__, 9336)),
    'resource.k8s.io/v1 ResourceSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1458)]).then(__webpack_require__.bind(__webpack_require__, 9077)),
};


/***/ }),

/***/ 2827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createKubeSchemaValidator = createKubeSchemaValidator;
exports.fieldPath = fieldPath;
exports.explainSchemaErrors = explainSchemaErrors;
const kube_schema_table_js_1 = __webpack_require__(7582);
function createKubeSchemaValidator() {
    const loaded = new Map();
    const load = (key) => {
        const importer = kube_schema_table_js_1.SCHEMA_MODULES[key];
        if (!importer)
            return undefined;
        let p = loaded.get(key);
        if (!p) {
            p = importer().then((m) => m.validate);
            loaded.set(key, p);
        }
        return p;
    };
    return {
        knows: (apiVersion, kind) => `${apiVersion} ${kind}` in kube_schema_table_js_1.SCHEMA_MODULES,
        async validate(o) {
            const fn = await load(`${String(o.apiVersion)} ${String(o.kind)}`);
            if (!fn || fn(o))
                return [];
            return explainSchemaErrors(o, fn.errors ?? []);
        },
    };
}
/** `/spec/template/spec/containers/0/image` -> `spec.template.spec.containers[0].image`. */
function fieldPath(pointer) {
    let out = '';
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (/^\d+$/.test(seg))
            out += `[${seg}]`;
        else
            out += out ? `.${seg}` : seg;
    }
    return out;
}
function valueAt(o, pointer) {
    let cur = o;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        cur = cur !== null && typeof cur === 'object' ? cur[seg] : undefined;
    }
    return cur;
}
function show(v) {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** One finding per offending field; `type` alternatives at one field (int-or-string) are merged. */
function explainSchemaErrors(o, errors) {
    const byPath = new Map();
    for (const e of errors) {
        const path = e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
        const list = byPath.get(path) ?? [];
        list.push(e);
        byPath.set(path, list);
    }
    const out = [];
    for (const [pointer, errs] of byPath) {
        const specific = errs.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
        const use = specific.length > 0 ? specific : errs;
        const types = use.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
        const value = valueAt(o, pointer);
        let message;
        if (types.length > 0) {
            const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
            message = `must be ${[...new Set(types)].join(' or ')}, not ${got} ${show(value)}`;
        }
        else {
            const e = use[0];
            if (e.keyword === 'required')
                message = 'is required';
            else if (e.keyword === 'enum')
                message = `must be one of ${e.params.allowedValues.map(show).join(', ')}, not ${show(value)}`;
            else if (e.keyword === 'format')
                message = `must be a valid ${String(e.params.format)}, not ${show(value)}`;
            else
                message = `fails the schema rule '${e.keyword}' (${show(e.params)}) with ${show(value)}`;
        }
        out.push({ severity: 'error', rule: 'schema', path: fieldPath(pointer), message });
    }
    return out;
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

/***/ 4425:
/***/ ((__unused_webpack_module, exports) => {


// Reads the output of `git cat-file --batch` while git still writes it: each object is handed on as soon as its
// last byte arrives, so the records of a 10,000-record state branch are parsed on one core while git reads the
// pack on the other (npm run bench:metrics), and no copy of the whole output is ever made, as bytes or as a string.
//
// The format, per requested name: `<oid> <type> <size>\n<size bytes>\n`, or `<name> missing\n` (or `ambiguous`).
// Sizes are byte counts, so the content is cut from the bytes and decoded one object at a time: a blob that is not
// valid UTF-8 (or a commit whose message is in another encoding) costs its own text, never the objects after it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CatFileBatchReader = void 0;
const EMPTY = Buffer.alloc(0);
class CatFileBatchReader {
    expected;
    onObject;
    pending = [];
    pendingLength = 0;
    /** Bytes the next object needs before it is worth looking again (0: look at any new data). */
    need = 0;
    delivered = 0;
    broken = false;
    failure;
    headers;
    /** `onObject`: see BatchObjectHandler. An exception it throws stops the reading and is thrown again by `finish`. */
    constructor(expected, onObject, opts = {}) {
        this.expected = expected;
        this.onObject = onObject;
        this.headers = opts.headers === true;
    }
    /** How many objects were handed on so far. */
    get count() {
        return this.delivered;
    }
    push(chunk) {
        if (this.broken || this.failure || this.delivered >= this.expected)
            return;
        this.pending.push(chunk);
        this.pendingLength += chunk.length;
        if (this.pendingLength < this.need)
            return;
        const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        let pos = 0;
        this.need = 0;
        while (this.delivered < this.expected) {
            const eol = data.indexOf(0x0a, pos);
            if (eol < 0) {
                this.need = data.length - pos + 1;
                break;
            }
            // The header is ASCII but for a missing name, of which only the last word is read.
            const header = data.toString('latin1', pos, eol);
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                if (!this.deliver(undefined, undefined, undefined))
                    return;
                pos = eol + 1;
                continue;
            }
            const lastSpace = header.lastIndexOf(' ');
            const size = Number(header.slice(lastSpace + 1));
            if (!Number.isInteger(size) || size < 0) {
                this.broken = true;
                return;
            }
            const end = eol + 1 + size;
            if (end >= data.length) {
                // Not all there yet (with the newline after it): wait for the whole object.
                this.need = end + 1 - pos;
                break;
            }
            if (data[end] !== 0x0a) {
                this.broken = true;
                return;
            }
            let oid;
            let type;
            if (this.headers) {
                const firstSpace = header.indexOf(' ');
                oid = header.slice(0, firstSpace);
                type = header.slice(firstSpace + 1, lastSpace);
            }
            if (!this.deliver(data.toString('utf8', eol + 1, end), oid, type))
                return;
            pos = end + 1;
        }
        const rest = pos >= data.length ? EMPTY : data.subarray(pos);
        this.pending = rest.length === 0 ? [] : [rest];
        this.pendingLength = rest.length;
    }
    /**
     * After the output ended: true when every object came whole, false when the output did not read as the format
     * (the caller then reads the objects from `count` on another way). Throws what `onObject` threw.
     */
    finish() {
        if (this.failure)
            throw this.failure.error;
        return !this.broken && this.delivered === this.expected;
    }
    deliver(content, oid, type) {
        try {
            this.onObject(this.delivered++, content, oid, type);
            return true;
        }
        catch (error) {
            this.failure = { error };
            return false;
        }
    }
}
exports.CatFileBatchReader = CatFileBatchReader;


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

/***/ 1859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitDeployBranches = void 0;
// The deploy branches (`gitopshq/deploy/<env>`, docs/architecture.md#state-repo-layout): the rendered manifests
// Argo CD or Flux sync, one `<tenant>/<workload>/manifests.yaml` per target. Written like the state branch
// (state-branch.ts): plumbing only, a commit on the tip that was read, a push that is never forced, and a retry
// when another writer moved the branch first. Every commit names what it did in a trailer, so a re-run finds the
// commit it made before it was killed instead of writing a second one.
const errors_js_1 = __webpack_require__(241);
const state_branch_js_1 = __webpack_require__(1201);
class GitDeployBranches {
    opts;
    branches = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    of(branch) {
        let b = this.branches.get(branch);
        if (!b) {
            b = new state_branch_js_1.StateBranch({ git: this.opts.git, remote: this.opts.remote, branch, actor: this.opts.actor });
            this.branches.set(branch, b);
        }
        return b;
    }
    async findCommit(branch, key, value) {
        const b = this.of(branch);
        const tip = await b.refresh();
        if (tip === undefined)
            return undefined;
        const r = await b.git.exec(['log', '--format=%H%x00%B%x01', tip], { allowFail: true });
        for (const entry of r.stdout.split('\x01')) {
            const [sha, body = ''] = entry.trim().split('\x00');
            if (sha && body.split('\n').some((line) => line.trim() === `${key}: ${value}`))
                return sha;
        }
        return undefined;
    }
    async readFiles(commit, paths) {
        const b = new state_branch_js_1.StateBranch({ git: this.opts.git, branch: 'unused' });
        return b.readMany(commit, [...paths]);
    }
    async list(commit) {
        const r = await this.opts.git.exec(['ls-tree', '-r', '--name-only', '-z', commit]);
        return r.stdout.split('\0').filter(Boolean);
    }
    tip(branch) {
        return this.of(branch).refresh();
    }
    async write(branch, files, message, at, startFrom) {
        const b = this.of(branch);
        const attempts = this.opts.maxAttempts ?? 10;
        for (let i = 0; i < attempts; i++) {
            const tip = await b.refresh();
            const commit = await b.commitFiles(tip ?? startFrom, files, message, at);
            // publish's compare-and-swap is on `tip`: undefined means "the branch must not exist yet".
            if (commit !== undefined && (await b.publish(commit, tip)))
                return commit;
            await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** i));
        }
        throw new errors_js_1.UserError(`could not write ${b.where}: another writer moved it first ${attempts} times in a row; re-run the deploy`, [], 'usage');
    }
}
exports.GitDeployBranches = GitDeployBranches;


/***/ }),

/***/ 7201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.landByIntent = landByIntent;
// The second half of a record write whose compare-and-swap push lost the race to writes of OTHER records only (the
// record store saw its file unchanged at the new tip; docs/architecture.md#state-repo-layout, "many writers"): its
// commit still stands, since its parent's copy of the record is what the mutation read and checked. So instead of
// queueing for the branch again (a fetch and a push per try, one winner per round), the writer publishes that
// commit as an intent (state-intents.ts) and lets ONE writer land all pending intents with one atomic push:
//   - every writer polls the pending refs with one ls-remote (no fetch, no objects);
//   - the writer whose intent sorts first folds them all (fetch, one commit per intent, atomic push); the others
//     only watch their own intent disappear, which happens only in the push that lands it;
//   - a writer that has polled POLLS_BEFORE_FOLDING times without its intent going folds as well, so a slow or
//     dead first writer holds nobody up for long;
//   - an intent whose record moved on (another writer changed the same record) is never folded: its writer deletes
//     it and goes back to reading the record again and re-checking the change.
const errors_js_1 = __webpack_require__(241);
const POLLS_BEFORE_FOLDING = 3;
/**
 * Lands `commit` (which changes only `path`, on the tip its writer read) through an intent. `landed: false` means
 * the record's own file moved on: nothing of ours is pending any more and the caller must re-read and re-check.
 * Throws the store's "too many attempts" UserError after `maxAttempts` folds lost, having withdrawn the intent (a
 * write reported as failed never lands later); when the withdrawal finds it already folded, the write landed.
 */
async function landByIntent(ctx, change, firstAttempt) {
    let round = performance.now();
    // A remote that refuses refs outside refs/heads (a server rule, a token scope) only costs the shortcut: the caller
    // goes on as if the record had moved on, reading again and queueing for the branch.
    const ref = await ctx.intents.publish(change.commit, change.path).catch(() => undefined);
    if (ref === undefined)
        return { landed: false, attempt: firstAttempt };
    const mine = { ref, commit: change.commit };
    let attempt = firstAttempt;
    let polls = 0;
    let withdrawn = false;
    try {
        for (;;) {
            // About one round: time for the others to publish theirs, so that one fold carries many.
            await ctx.pause(2, performance.now() - round);
            round = performance.now();
            const refs = await ctx.intents.peek();
            if (!refs.includes(mine.ref))
                return landed(ctx);
            polls++;
            if (refs[0] !== mine.ref && polls < POLLS_BEFORE_FOLDING)
                continue;
            const { tip, pending, blobs } = await ctx.intents.snapshot();
            if (tip !== undefined && !pending.some((i) => i.ref === mine.ref))
                return landed(ctx);
            const todo = ctx.intents.applicable(pending, blobs, Date.now());
            if (tip === undefined || !todo.some((i) => i.ref === mine.ref)) {
                if (!(await ctx.intents.withdraw(mine)))
                    return landed(ctx);
                withdrawn = true;
                return { landed: false, attempt };
            }
            const fold = await ctx.intents.fold(tip, todo, new Date());
            if (fold !== undefined && (await ctx.intents.publishFold(fold, tip, todo))) {
                ctx.state.lastPublished = fold;
                return landed(ctx);
            }
            if (attempt >= ctx.maxAttempts) {
                if (!(await ctx.intents.withdraw(mine)))
                    return landed(ctx);
                withdrawn = true;
                throw new errors_js_1.UserError(`could not write ${change.path} to ${ctx.state.where}: other writers moved the branch first on all ` +
                    `${attempt} attempts; run the step again`);
            }
            ctx.counters.retries++;
            ctx.counters.attempts++;
            attempt++;
        }
    }
    catch (e) {
        if (withdrawn)
            throw e;
        // A fetch or push that failed outright: take the intent back so it cannot land after this error, unless it has.
        const folded = await ctx.intents.withdraw(mine).then((deleted) => !deleted, () => false);
        if (folded)
            return landed(ctx);
        throw e;
    }
}
function landed(ctx) {
    ctx.counters.writes++;
    return { landed: true };
}


/***/ }),

/***/ 3568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RecordCache = void 0;
exports.cacheKey = cacheKey;
// A cache of parsed and validated records, keyed by the git blob id of the file they were read from, so a second
// `gitopshq metrics`, `gitopshq dashboard` or `gitopshq release list` over a state branch of 10,000 records reads
// one local file instead of running `git cat-file`, the YAML reader and the JSON Schema validator over every record
// again (docs/architecture.md#delivery-metrics).
//
// Why it is safe: a blob id names its content, so the record parsed from a blob is the same every time, and an entry
// is only ever written after the record passed the store's checks (schema, id). What else decides the result is in
// the file's name: the format version, the release and promotion schemas, and CACHE_VERSION (the readers'
// behaviour), so a gitopshq that validates differently never reads another's entries. The id of the file a blob
// was found under is checked again on every hit (the same blob under another name is not the same record).
//
// Where: `<git dir>/gitopshq/cache/records-<key>.jsonl`, one line per record, `<blob> <record as JSON>`; written to a
// temporary file and renamed, so a reader never sees half a file; a line that does not parse is a miss. Lines are
// parsed only when their blob is wanted. Nothing outside that folder is touched; deleting it is always safe.
//
// A record read from git is written to the temporary file as soon as it is parsed (remember), while git writes the
// next ones: turned into JSON at once it is still fresh in memory, and its bytes leave the JavaScript heap at once.
// Holding 10,000 lines until the end, then joining them, cost about as much again as parsing the records (the
// garbage collector copies every line and record the longer they live young).
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const schema_validate_js_1 = __webpack_require__(4501);
/** Bump when the readers (record-fast-parse.ts, the full parser) or this file's format change what an entry holds. */
const CACHE_VERSION = 1;
let key;
/** What decides an entry's content besides the blob: hashed into the file name. */
function cacheKey() {
    key ??= (0, node_crypto_1.createHash)('sha256')
        .update(JSON.stringify([CACHE_VERSION, schema_validate_js_1.FORMAT_VERSION, (0, schema_validate_js_1.schemaFor)('release'), (0, schema_validate_js_1.schemaFor)('promotion')]))
        .digest('hex')
        .slice(0, 16);
    return key;
}
class RecordCache {
    dir;
    lines = new Map();
    /** Blobs whose line was read as the record asked for (only those lines are kept on store). */
    hits = new Set();
    /** Blobs whose line remember() has written to the file being made. */
    fresh = new Set();
    writer;
    loaded = false;
    /** `dir`: the cache folder (`<git dir>/gitopshq/cache`). */
    constructor(dir) {
        this.dir = dir;
    }
    get file() {
        return (0, node_path_1.join)(this.dir, `records-${cacheKey()}.jsonl`);
    }
    /** Reads the cache file once; a missing or unreadable file is an empty cache. */
    async load() {
        if (this.loaded)
            return;
        this.loaded = true;
        const text = await (0, promises_1.readFile)(this.file, 'utf8').catch(() => '');
        let pos = 0;
        while (pos < text.length) {
            let eol = text.indexOf('\n', pos);
            if (eol < 0)
                eol = text.length;
            const space = text.indexOf(' ', pos);
            if (space > pos && space < eol)
                this.lines.set(text.slice(pos, space), text.slice(space + 1, eol));
            pos = eol + 1;
        }
    }
    /** The record stored for `blob` when it is a record with this `id`; undefined: not cached (read the blob). */
    get(blob, id) {
        const line = this.lines.get(blob);
        if (line === undefined)
            return undefined;
        try {
            const value = JSON.parse(line);
            if (typeof value !== 'object' || value === null || value.id !== id)
                return undefined;
            this.hits.add(blob);
            return value;
        }
        catch {
            return undefined;
        }
    }
    /**
     * A record just parsed and accepted from `blob`: its line goes to the file being made now (see the top of this
     * file); store() finishes the file. `filtered`: the read leaves records out, and such a read never starts a cache
     * (see store).
     */
    remember(blob, record, filtered) {
        if (filtered && this.lines.size === 0)
            return;
        this.writer ??= new LineWriter(`${this.file}.${process.pid}.tmp`, this.dir);
        this.writer.add(blob, JSON.stringify(record));
        this.fresh.add(blob);
    }
    /** Drops the file being made (the read failed: nothing it read may be kept). */
    async discard() {
        const writer = this.writer;
        this.writer = undefined;
        this.fresh.clear();
        await writer?.abandon();
    }
    /**
     * Replaces the cache with exactly the entries of `blobs` (the records at the tip just read, so entries of records no
     * longer there drop out), plus the stored entries of `keep` (records at the tip a filtered read left out), when
     * that differs from what is stored. Best effort: a cache that cannot be written is no error, the next run just
     * reads from git again.
     */
    async store(blobs, keep) {
        // A filtered read (`keep` given) keeps a cache up to date but never starts one: writing every record as JSON
        // costs about what parsing them did, a price the commands that read everything (metrics, dashboard) pay once.
        if (keep !== undefined && this.lines.size === 0) {
            await this.discard();
            return false;
        }
        const kept = (keep ?? []).filter((blob) => this.lines.has(blob));
        const same = blobs.length + kept.length === this.lines.size && blobs.every((b) => this.hits.has(b));
        if (same) {
            await this.discard();
            return false;
        }
        const writer = this.writer ?? new LineWriter(`${this.file}.${process.pid}.tmp`, this.dir);
        this.writer = undefined;
        // A record read from git has its line written already (remember); one from the cache keeps its line.
        for (const blob of blobs) {
            const line = this.fresh.has(blob) || !this.hits.has(blob) ? undefined : this.lines.get(blob);
            if (line !== undefined)
                writer.add(blob, line);
        }
        for (const blob of kept)
            writer.add(blob, this.lines.get(blob));
        this.fresh.clear();
        if (!(await writer.finish(this.file)))
            return false;
        try {
            // Files of another key (an older gitopshq, other schemas) are never read again by this one; a temporary file
            // is another run's file being made, unless it is an hour old (a run killed while reading).
            const stale = Date.now() - 3_600_000;
            for (const name of await (0, promises_1.readdir)(this.dir)) {
                const path = (0, node_path_1.join)(this.dir, name);
                if (!name.startsWith('records-') || path === this.file)
                    continue;
                if (name.endsWith('.tmp') && (await (0, promises_1.stat)(path)).mtimeMs > stale)
                    continue;
                await (0, promises_1.rm)(path, { force: true });
            }
        }
        catch {
            // Best effort, as the rest.
        }
        return true;
    }
}
exports.RecordCache = RecordCache;
/**
 * `<blob> <line>\n` lines into a temporary file through buffers of a megabyte, each written out (in the
 * background) once full. Never throws: a failed write makes finish() false and the file is removed.
 */
class LineWriter {
    tmp;
    static SIZE = 1024 * 1024;
    buffer = Buffer.allocUnsafe(LineWriter.SIZE);
    used = 0;
    /** Buffers written out, to fill again. */
    spare = [];
    /** The writes so far, one after the other; false once one failed. */
    done;
    file;
    constructor(tmp, dir) {
        this.tmp = tmp;
        this.done = (0, promises_1.mkdir)(dir, { recursive: true })
            .then(() => (0, promises_1.open)(tmp, 'w'))
            .then((file) => {
            this.file = file;
            return true;
        }, () => false);
    }
    add(blob, line) {
        // A UTF-16 unit takes at most 3 bytes in UTF-8: a line that might not fit goes out after what is buffered.
        const most = blob.length + line.length * 3 + 2;
        if (this.used + most > this.buffer.length) {
            this.send();
            if (most > this.buffer.length)
                this.buffer = Buffer.allocUnsafe(most);
        }
        this.used += this.buffer.write(blob, this.used, 'latin1');
        this.buffer[this.used++] = 0x20;
        this.used += this.buffer.write(line, this.used);
        this.buffer[this.used++] = 0x0a;
    }
    /**
     * Hands the buffered bytes to the queue of writes and goes on in a buffer already written out (fresh memory costs
     * a page fault per 4 KB on first touch: 15 MB of new buffers took longer than encoding the lines into them).
     */
    send() {
        if (this.used === 0)
            return;
        const full = this.buffer;
        const bytes = full.subarray(0, this.used);
        this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(LineWriter.SIZE);
        this.used = 0;
        this.done = this.done.then(async (ok) => {
            if (!ok || this.file === undefined)
                return false;
            try {
                for (let at = 0; at < bytes.length;) {
                    at += (await this.file.write(bytes, at, bytes.length - at)).bytesWritten;
                }
                if (full.length === LineWriter.SIZE)
                    this.spare.push(full);
                return true;
            }
            catch {
                return false;
            }
        });
    }
    /** Writes what is left and renames the file to `to`; false (and no file left) when any of it failed. */
    async finish(to) {
        this.send();
        let ok = await this.done;
        try {
            await this.file?.close();
            if (ok)
                await (0, promises_1.rename)(this.tmp, to);
        }
        catch {
            ok = false;
        }
        if (!ok)
            await (0, promises_1.rm)(this.tmp, { force: true }).catch(() => { });
        return ok;
    }
    async abandon() {
        await this.done;
        await this.file?.close().catch(() => { });
        await (0, promises_1.rm)(this.tmp, { force: true }).catch(() => { });
    }
}


/***/ }),

/***/ 3809:
/***/ ((__unused_webpack_module, exports) => {


// A fast reader for the YAML that record-yaml.ts writes, so a state branch of 10,000 records loads in a fraction of
// a second (the full YAML parser takes about 2 ms a record). It understands only the block subset `yaml.stringify`
// produces for records: block mappings and sequences, plain scalars (typed by YAML 1.2's core schema), simple
// single- and double-quoted strings, `[]` and `{}`, and literal block scalars (`|`, `|-`). On ANYTHING else
// (comments, anchors, tags, flow collections with content, folded or multi-line scalars, a file edited by hand into
// another style) it returns undefined, and the caller parses the text with the full parser: this is a shortcut
// that never changes what a file means (test/unit/state/record-fast-parse.test.ts compares the two).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fastParseRecord = fastParseRecord;
class Bail extends Error {
}
const bail = () => {
    throw new Bail();
};
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
// Characters that start something other than a plain scalar, or that the subset leaves to the full parser.
const SPECIAL_START = new Set([...'[]{}&*!|>%@`#,?\'"-:.+=<~']);
const isDigit = (c) => c >= 48 && c <= 57;
function plain(text) {
    if (text.includes(' #') || text.includes(': ') || text.endsWith(':'))
        bail();
    if (text.length <= 5) {
        if (NULLS.has(text))
            return null;
        if (TRUE.has(text))
            return true;
        if (FALSE.has(text))
            return false;
    }
    const first = text.charCodeAt(0);
    // A time or a date (`2026-11-30...`): four digits then `-` is no number of YAML 1.2's core schema, so no regex.
    if (text.length > 5 && isDigit(first) && isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2))) {
        if (isDigit(text.charCodeAt(3)) && text.charCodeAt(4) === 45)
            return text;
    }
    // Digits, signs and dots may start a number (the only other plain scalars YAML 1.2's core schema types).
    if ((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46) {
        if (INT.test(text) || FLOAT.test(text)) {
            const n = Number(text);
            // Past 2^53 the full parser may keep digits a double cannot: let it decide.
            if (!Number.isFinite(n) || (INT.test(text) && !Number.isSafeInteger(n)))
                bail();
            return n;
        }
        // 0o17 and 0x1f are numbers too; `-x`, `.inf`, `+1x`: not ours.
        if (first !== 48 && !(first > 48 && first <= 57))
            bail();
        if (/^0[oOxX]/.test(text))
            bail();
        return text;
    }
    if (SPECIAL_START.has(text[0]))
        bail();
    return text;
}
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    n: '\n',
    t: '\t',
    r: '\r',
    b: '\b',
    f: '\f',
    '0': '\0',
};
function doubleQuoted(text) {
    let out = '';
    for (let i = 1; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            if (i !== text.length - 1)
                bail();
            return out;
        }
        if (c !== '\\') {
            out += c;
            continue;
        }
        const e = text[++i] ?? bail();
        if (e === 'x' || e === 'u') {
            const len = e === 'x' ? 2 : 4;
            const hex = text.slice(i + 1, i + 1 + len);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len)
                bail();
            out += String.fromCharCode(Number.parseInt(hex, 16));
            i += len;
            continue;
        }
        out += ESCAPES[e] ?? bail();
    }
    return bail(); // no closing quote on this line: a multi-line string
}
function singleQuoted(text) {
    if (text.length < 2 || !text.endsWith("'"))
        bail();
    const inner = text.slice(1, -1);
    if (inner.replace(/''/g, '').includes("'"))
        bail();
    return inner.replace(/''/g, "'");
}
function scalar(text) {
    if (text === '[]')
        return [];
    if (text === '{}')
        return {};
    if (text.startsWith('"'))
        return doubleQuoted(text);
    if (text.startsWith("'"))
        return singleQuoted(text);
    return plain(text);
}
const SPACE = 32;
function isKeyChar(c) {
    return ((c >= 97 && c <= 122) || // a-z
        (c >= 65 && c <= 90) || // A-Z
        (c >= 48 && c <= 57) || // 0-9
        c === 95 || // _
        c === 46 || // .
        c === 47 || // /
        c === 45 // -
    );
}
/**
 * The keys met so far, by a hash of their characters: a record file repeats the same few dozen keys, and a key
 * taken from here is one string, already internalized as a property name, instead of a new one per line (about a
 * fifth of the reader's time at 10,000 records). A hash collision just makes a new string.
 */
const KEYS = new Map();
function internKey(text, start, end, hash) {
    const known = KEYS.get(hash);
    if (known !== undefined && known.length === end - start && text.startsWith(known, start))
        return known;
    const key = text.slice(start, end);
    if (known === undefined && KEYS.size < 4096)
        KEYS.set(hash, key);
    return key;
}
let scratch = { indent: new Int32Array(256), start: new Int32Array(256), end: new Int32Array(256) };
/**
 * Lines are kept as offsets into the text (indent, content start, end), not as strings: a state branch holds hundreds
 * of thousands of lines, and the garbage of one string per line cost more than the parsing.
 */
class Reader {
    text;
    i = 0;
    /** Where the value of the line key() last read starts. */
    valueAt = 0;
    n;
    indent;
    start;
    end;
    constructor(text) {
        this.text = text;
        let count = 1;
        for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1))
            count++;
        this.n = count;
        // One set of line tables for every record (parsing is synchronous): a typed array per record cost more in
        // allocation and garbage collection than the parsing itself.
        if (scratch.indent.length < count) {
            const size = Math.max(count, scratch.indent.length * 2);
            scratch = { indent: new Int32Array(size), start: new Int32Array(size), end: new Int32Array(size) };
        }
        this.indent = scratch.indent;
        this.start = scratch.start;
        this.end = scratch.end;
        let pos = 0;
        for (let l = 0; l < count; l++) {
            let eol = text.indexOf('\n', pos);
            if (eol < 0)
                eol = text.length;
            let c = pos;
            while (c < eol && text.charCodeAt(c) === SPACE)
                c++;
            // Trailing spaces: meaningful in block scalars, ignored elsewhere; either way the full parser's call.
            if (c < eol && text.charCodeAt(eol - 1) === SPACE)
                bail();
            this.indent[l] = c - pos;
            this.start[l] = c;
            this.end[l] = eol;
            pos = eol + 1;
        }
    }
    document() {
        const value = this.node(0);
        if (this.i !== this.n)
            bail();
        return value;
    }
    blank(l) {
        return this.start[l] === this.end[l];
    }
    /** Whether line `l` is a sequence item (`- ...` or a lone `-`). */
    isItem(l) {
        const s = this.start[l];
        if (this.text.charCodeAt(s) !== 45)
            return false;
        return s + 1 === this.end[l] || this.text.charCodeAt(s + 1) === SPACE;
    }
    /**
     * Reads line `l` as `key:` or `key: value`: the key, with `valueAt` set to where the value starts (the line's end
     * for `key:`); undefined when the line is not a key of ours.
     */
    key(l) {
        const s = this.start[l];
        const e = this.end[l];
        const text = this.text;
        let c = s;
        let hash = 0;
        for (; c < e; c++) {
            const code = text.charCodeAt(c);
            if (!isKeyChar(code))
                break;
            hash = (Math.imul(hash, 31) + code) | 0;
        }
        if (c === s || c === e || text.charCodeAt(c) !== 58)
            return undefined; // ':'
        const first = text.charCodeAt(s);
        if (first === 45 || first === 46 || first === 47)
            return undefined; // keys like `-x`, `.x`: not ours
        if (c + 1 === e)
            this.valueAt = e;
        else if (text.charCodeAt(c + 1) !== SPACE)
            return undefined;
        else
            this.valueAt = c + 2;
        return internKey(text, s, c, hash);
    }
    node(indent) {
        if (this.i >= this.n || this.blank(this.i) || this.indent[this.i] !== indent)
            bail();
        return this.isItem(this.i) ? this.sequence(indent) : this.mapping(indent);
    }
    mapping(indent) {
        const out = {};
        while (this.i < this.n && !this.blank(this.i) && this.indent[this.i] === indent && !this.isItem(this.i)) {
            const key = this.key(this.i) ?? bail();
            const valueAt = this.valueAt;
            if (Object.hasOwn(out, key) || key === '__proto__')
                bail();
            const end = this.end[this.i];
            this.i++;
            if (valueAt >= end) {
                const next = this.i;
                if (next < this.n && !this.blank(next) && this.indent[next] > indent) {
                    out[key] = this.node(this.indent[next]);
                }
                else if (next < this.n && !this.blank(next) && this.indent[next] === indent && this.isItem(next)) {
                    out[key] = this.sequence(indent);
                }
                else
                    out[key] = null;
                continue;
            }
            const rest = this.text.slice(valueAt, end);
            if (rest === '|' || rest === '|-')
                out[key] = this.literal(indent, rest === '|-');
            else
                out[key] = scalar(rest);
        }
        if (this.i < this.n && (this.blank(this.i) || this.indent[this.i] > indent))
            bail();
        return out;
    }
    sequence(indent) {
        const out = [];
        while (this.i < this.n && !this.blank(this.i) && this.indent[this.i] === indent && this.isItem(this.i)) {
            const s = this.start[this.i] + 2;
            if (s >= this.end[this.i])
                bail(); // a lone `-`: a nested node, not ours
            const c = this.text.charCodeAt(s);
            if (c === 45 || c === 124 || c === 62 || c === SPACE)
                bail(); // `- -`, `- |`, `- >`
            // `- key: value` opens a mapping whose keys sit two columns further in.
            this.start[this.i] = s;
            this.indent[this.i] = indent + 2;
            if (this.key(this.i) !== undefined)
                out.push(this.mapping(indent + 2));
            else {
                out.push(scalar(this.text.slice(s, this.end[this.i])));
                this.i++;
            }
        }
        if (this.i < this.n && (this.blank(this.i) || this.indent[this.i] > indent))
            bail();
        return out;
    }
    /** A literal block scalar under a key at `indent`: clip (`|`) keeps one final newline, strip (`|-`) none. */
    literal(indent, strip) {
        const body = [];
        let contentIndent;
        for (; this.i < this.n; this.i++) {
            const l = this.i;
            if (this.blank(l)) {
                // A blank line with spaces past the indentation, or before the first content line, has rules of its own.
                if (contentIndent === undefined || this.indent[l] > contentIndent)
                    bail();
                body.push('');
                continue;
            }
            const ind = this.indent[l];
            if (ind <= indent)
                break;
            contentIndent ??= ind;
            if (ind < contentIndent)
                bail();
            body.push(this.text.slice(this.start[l] - (ind - contentIndent), this.end[l]));
        }
        // No content, or trailing blank lines (which chomping treats specially): the full parser's call.
        if (body.length === 0 || body.at(-1) === '')
            bail();
        const text = body.join('\n');
        return strip ? text : `${text}\n`;
    }
}
/** The parsed record, or undefined when the text is outside the subset (then use the full YAML parser). */
function fastParseRecord(text) {
    if (text.includes('\r') || text.includes('\t') || text.startsWith('%') || text.startsWith('---'))
        return undefined;
    const raw = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (raw === '')
        return undefined;
    try {
        return new Reader(raw).document();
    }
    catch (e) {
        if (e instanceof Bail)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 3466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROMOTION = exports.RELEASE = void 0;
// The two kinds of record the store keeps on the state branch (docs/architecture.md#state-repo-layout): where each
// lives (`releases/<id>.yaml`, `promotions/<id>.yaml`), the schema it is checked against and how it is written as
// YAML. Reading (record-store-read.ts) and writing (record-store-write.ts) are the same for both kinds.
const layout_js_1 = __webpack_require__(9128);
const record_yaml_js_1 = __webpack_require__(4182);
exports.RELEASE = {
    name: 'release',
    dir: layout_js_1.RELEASES_DIR,
    file: layout_js_1.releaseFile,
    schema: 'release',
    toYaml: record_yaml_js_1.releaseToYaml,
};
exports.PROMOTION = {
    name: 'promotion',
    dir: layout_js_1.PROMOTIONS_DIR,
    file: layout_js_1.promotionFile,
    schema: 'promotion',
    toYaml: record_yaml_js_1.promotionToYaml,
};


/***/ }),

/***/ 9769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRecord = parseRecord;
exports.readRecords = readRecords;
// The record store's read path (record-store.ts): turning the files of a state-branch commit into checked records.
// `readRecords` is where `gitopshq metrics` spends its time at 10,000 records (docs/architecture.md#delivery-metrics):
// one `cat-file --batch` over every record not in the cache (record-cache.ts), each record parsed as soon as git
// has written it, with the fast reader for files as the store writes them (record-fast-parse.ts) and the full YAML
// parser and validator for anything else.
const errors_js_1 = __webpack_require__(241);
const record_fast_parse_js_1 = __webpack_require__(3809);
const schema_validate_js_1 = __webpack_require__(4501);
/**
 * Parses and validates a stored record of `branch`; ValidationError naming `<branch>:<path>` when it is not
 * valid, or when its id is not the one its file name says.
 */
function parseRecord(branch, kind, id, text) {
    // The shortcut for files as record-yaml.ts writes them; anything else (or anything invalid) takes the full
    // parser, which also positions the findings.
    const fast = (0, record_fast_parse_js_1.fastParseRecord)(text);
    if (fast !== undefined && (0, schema_validate_js_1.isValidValue)(kind.schema, fast) && fast.id === id)
        return fast;
    const file = `${branch}:${kind.file(id)}`;
    const { value, findings } = (0, schema_validate_js_1.validateDocument)(text, file, kind.schema);
    if (findings.length > 0 || value === undefined) {
        throw new errors_js_1.ValidationError(findings.length > 0 ? findings : [{ file, line: 1, col: 1, message: 'not a valid YAML document' }]);
    }
    if (value.id !== id) {
        throw new errors_js_1.ValidationError([
            {
                file,
                line: 1,
                col: 1,
                message: `id '${value.id}' does not match the file name (expected '${id}')`,
            },
        ]);
    }
    return value;
}
/**
 * The records of `kinds` among `blobs` (a listing of the tip, StateBranch.listTip), one list per kind in the order
 * of `kinds`. Every invalid record at once is a ValidationError. `cacheStats` is undefined without a cache.
 */
async function readRecords(state, blobs, kinds, { include, cache, onRecord, collect = ['release', 'promotion'] } = {}) {
    /** `read`: the record was read (kept in `record` only when its kind is collected). */
    const wanted = [];
    const keep = kinds.map((kind) => collect.includes(kind.name));
    const misses = [];
    /** Records `include` left out: their cache entries are kept as they are. */
    const skipped = [];
    const prefixes = kinds.map((kind) => `${kind.dir}/`);
    for (const { path, blob } of blobs) {
        const k = prefixes.findIndex((prefix) => path.startsWith(prefix));
        const kind = kinds[k];
        if (kind === undefined || !path.endsWith('.yaml') || path.indexOf('/', kind.dir.length + 1) >= 0)
            continue;
        const id = path.slice(kind.dir.length + 1, -'.yaml'.length);
        if (include && !include(kind.name, id)) {
            skipped.push(blob);
            continue;
        }
        const record = cache?.get(blob, id);
        if (record === undefined)
            misses.push(wanted.length);
        else
            onRecord?.(kind.name, record);
        wanted.push({ kind: k, id, blob, read: record !== undefined, ...(keep[k] ? { record } : {}) });
    }
    const findings = [];
    try {
        // Each record is parsed as soon as git has written it, while git goes on with the next ones (and goes to the
        // cache file being made, record-cache.ts).
        await state.streamBlobs(misses.map((i) => wanted[i].blob), (i, text) => {
            const entry = wanted[misses[i]];
            const kind = kinds[entry?.kind ?? -1];
            if (text === undefined || kind === undefined || entry === undefined)
                return;
            try {
                const record = parseRecord(state.branch, kind, entry.id, text);
                entry.read = true;
                if (keep[entry.kind])
                    entry.record = record;
                cache?.remember(entry.blob, record, include !== undefined);
                onRecord?.(kind.name, record);
            }
            catch (e) {
                if (!(e instanceof errors_js_1.ValidationError))
                    throw e;
                findings.push(...e.findings);
            }
        });
        // Every broken file at once, so one look at the error says everything that needs fixing.
        if (findings.length > 0)
            throw new errors_js_1.ValidationError(findings);
    }
    catch (e) {
        // Nothing of a failed read is kept: the cache file being made goes.
        await cache?.discard();
        throw e;
    }
    const records = kinds.map(() => []);
    for (const w of wanted) {
        if (w.record !== undefined)
            records[w.kind]?.push(w.record);
    }
    if (cache === undefined)
        return { records, cacheStats: undefined };
    const written = await cache.store(wanted.filter((w) => w.read).map((w) => w.blob), include === undefined ? undefined : skipped);
    return { records, cacheStats: { hits: wanted.length - misses.length, misses: misses.length, written } };
}


/***/ }),

/***/ 3085:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RecordWriter = void 0;
exports.guardLifecycle = guardLifecycle;
exports.guardPromotion = guardPromotion;
// The record store's write path (record-store.ts): the optimistic-concurrency loop every record write goes through,
// and the lifecycle guards it runs on every attempt.
//
// A write is a mutation applied to the LATEST record: each attempt fetches the branch (except a first attempt
// right after this store's own write, which starts from that commit and is redone on any doubt), re-reads the
// record, applies the mutation to a copy, validates the result against its schema and publishes a commit whose
// parent is the tip it read (state-branch.ts: a push that is never forced, or an update-ref compare-and-swap).
// When another writer moved the branch first the attempt is thrown away and retried after an exponential backoff
// with full jitter, up to `maxAttempts`; then a UserError names the record and the attempts. A loser whose record
// did not change lands its commit through an intent instead (intent-write.ts; docs/architecture.md#many-writers).
// A mutation producing an invalid record writes nothing.
const errors_js_1 = __webpack_require__(241);
const lifecycle_js_1 = __webpack_require__(6788);
const promotion_lifecycle_js_1 = __webpack_require__(2488);
const release_id_js_1 = __webpack_require__(1867);
const intent_write_js_1 = __webpack_require__(7201);
const record_store_read_js_1 = __webpack_require__(9769);
const schema_validate_js_1 = __webpack_require__(4501);
/** The release lifecycle (lifecycleBypass in src/domain/lifecycle.ts); `to`: the one transition allowed. */
function guardLifecycle(to) {
    return (before, after) => {
        const reason = (0, lifecycle_js_1.lifecycleBypass)(before, after, to);
        if (reason !== undefined)
            throw new lifecycle_js_1.LifecycleBypassError(after.id, reason);
    };
}
// Promotions have their own state machine (promotion-lifecycle.ts), checked on every write like releases'.
function guardPromotion(to) {
    return (before, after) => {
        const reason = (0, promotion_lifecycle_js_1.promotionBypass)(before, after, to);
        if (reason !== undefined)
            throw new promotion_lifecycle_js_1.PromotionBypassError(after.id, reason);
    };
}
const DEFAULT_BACKOFF = { baseMs: 20, maxMs: 30_000 };
/** Writes records to one state branch; counts its attempts for the job summary. */
class RecordWriter {
    state;
    intents;
    maxAttempts;
    backoff;
    random;
    counters = { attempts: 0, retries: 0, writes: 0 };
    constructor(state, opts) {
        this.state = state;
        this.intents = opts.intents;
        this.maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
        this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
        this.random = opts.random ?? Math.random;
    }
    get stats() {
        return { ...this.counters };
    }
    /** Writes `record`, which must not exist yet (a UserError otherwise). */
    create(kind, record, message, check) {
        return this.write(kind, record.id, (current) => {
            if (current !== undefined) {
                throw new errors_js_1.UserError(`${kind.name} ${record.id} already exists on ${this.state.where}; choose another id`);
            }
            return structuredClone(record);
        }, message, check);
    }
    /** Applies `mutate` to the latest record `id` (a UserError when there is none). */
    update(kind, id, mutate, message, check) {
        return this.write(kind, id, (current) => {
            if (current === undefined) {
                throw new errors_js_1.UserError(`${kind.name} ${id} not found on ${this.state.where}`);
            }
            return mutate(current);
        }, message, check);
    }
    /** The optimistic-concurrency loop every write goes through. */
    async write(kind, id, apply, message, check) {
        (0, release_id_js_1.assertRecordId)(kind.name, id);
        const path = kind.file(id);
        // After our own write the branch is most likely still where we left it (an action moving a release through
        // several states): the first attempt may start from that commit without a fetch. Such a read may be stale, so
        // nothing it leads to is final: a rejection, an error of the mutation or "no change" all mean "fetch and redo".
        let guess = this.state.lastPublished;
        // A retry that read the same record produces the same text: validated once, not on every attempt (fifty
        // writers share a runner's CPU with the git processes they wait for).
        const validTexts = new Set();
        // The attempt before lost the race on a fresh read: its commit, its record and the file it read.
        let lost;
        for (let attempt = 1;;) {
            const started = performance.now();
            this.counters.attempts++;
            const fresh = guess === undefined;
            if (fresh)
                await this.state.fetch();
            const { tip, content: currentText } = await this.state.readAt(path, guess);
            guess = undefined;
            if (lost !== undefined && this.intents && tip !== undefined && currentText === lost.read) {
                // Beaten by writes to OTHER records only (fifty jobs of a matrix, one record each): this record is still
                // what the lost commit read and checked, so that commit stands. Publish it as is, to land together with
                // the other pending ones (intent-write.ts); only a change to this very record means reading again.
                const { commit, next } = lost;
                lost = undefined;
                const outcome = await (0, intent_write_js_1.landByIntent)(this.intentContext(this.intents), { commit, path }, attempt);
                if (outcome.landed)
                    return next;
                attempt = outcome.attempt;
                continue;
            }
            lost = undefined;
            try {
                const current = currentText === undefined ? undefined : (0, record_store_read_js_1.parseRecord)(this.state.branch, kind, id, currentText);
                // The mutation gets its own copy: a retry must start again from the new latest record, untouched.
                const next = await apply(current === undefined ? undefined : structuredClone(current));
                if (next.id !== id) {
                    throw new errors_js_1.UserError(`a ${kind.name} mutation may not change the id (${id} -> ${next.id})`);
                }
                const text = kind.toYaml(next);
                if (!validTexts.has(text)) {
                    this.assertValidForWrite(kind, id, text);
                    validTexts.add(text);
                }
                // Against the record as read in THIS attempt, so a retry on a newer record is checked again.
                check(current, next);
                if (text === currentText) {
                    if (fresh)
                        return next; // nothing changed: no empty commit
                    continue;
                }
                const msg = typeof message === 'function' ? message(current, next) : message;
                const commit = await this.state.commit(tip, path, text, msg, new Date());
                if (commit !== undefined && (await this.state.publish(commit, tip))) {
                    this.counters.writes++;
                    return next;
                }
                if (fresh && commit !== undefined)
                    lost = { commit, next, read: currentText };
            }
            catch (e) {
                if (fresh)
                    throw e;
                continue;
            }
            if (fresh && attempt >= this.maxAttempts) {
                throw new errors_js_1.UserError(`could not write ${path} to ${this.state.where}: other writers moved the branch first on all ` +
                    `${attempt} attempts; run the step again`);
            }
            this.counters.retries++;
            if (!fresh)
                continue; // the guess was stale: fetch at once, no backoff, no attempt used
            attempt++;
            await this.pause(attempt, performance.now() - started);
        }
    }
    intentContext(intents) {
        return {
            state: this.state,
            intents,
            counters: this.counters,
            maxAttempts: this.maxAttempts,
            pause: (attempt, lostMs) => this.pause(attempt, lostMs),
        };
    }
    /** The backoff before retry `attempt`: full jitter over a window that doubles, in units of a lost attempt. */
    pause(attempt, lostMs) {
        // A rival's window is about one attempt long, and an attempt takes ~100 ms on a quiet machine but seconds on
        // a loaded one or against a far remote: scale by the attempt just measured. A whole attempt, not a quarter:
        // in a model of 50 writers (a verify-health matrix; 200 simulated runs, each attempt reading the tip early and
        // pushing at its end) a quarter made the last writers need 11-12 attempts in most runs, a whole one kept every
        // writer within 10, at the price of ~15% more wall time with 8 writers.
        const unit = Math.max(this.backoff.baseMs, lostMs);
        const cap = Math.min(this.backoff.maxMs, unit * 2 ** (attempt - 2));
        return new Promise((r) => setTimeout(r, Math.floor(this.random() * cap)));
    }
    assertValidForWrite(kind, id, text) {
        const { findings } = (0, schema_validate_js_1.validateDocument)(text, `${this.state.branch}:${kind.file(id)}`, kind.schema);
        if (findings.length === 0)
            return;
        throw new errors_js_1.ValidationError(findings.map((f) => ({
            ...f,
            message: `${f.message} (in the ${kind.name} as changed; nothing was written)`,
        })));
    }
}
exports.RecordWriter = RecordWriter;


/***/ }),

/***/ 5160:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RecordStore = void 0;
// The store of release and promotion records on the state branch (docs/architecture.md#state-repo-layout):
// `releases/<id>.yaml` and `promotions/<id>.yaml` on `gitopshq/state`, one file per record, written with optimistic
// concurrency.
//
//   const store = new RecordStore({ git: new Git(checkout), remote: 'origin', actor: 'dev-alice' });
//   await store.createRelease(record);                       // fails if the id exists
//   await store.transitionRelease(id, 'Approved', { actor, note, patch: { approvals } }); // state + data, one write
//   await store.updateRelease(id, (r) => ({ ...r, notes }), `release ${id}: notes`);     // never state or history
//   store.stats                                              // attempts, retries, writes: for the job summary
//
// The lifecycle cannot be bypassed: every release write is checked inside the write loop, on the record as stored
// and as about to be written (lifecycleBypass in src/domain/lifecycle.ts). updateRelease and createRelease throw a
// LifecycleBypassError when the state or the history would change around transition(); transitionRelease accepts
// exactly one legal transition, plus whatever its `patch` sets, in the same commit.
//
// This file is the store's API; the work is done beside it:
//   record-kinds.ts         where each kind of record lives, its schema and its YAML;
//   record-store-read.ts    the read path: parsing and checking records, readAll's one pass over the branch;
//   record-store-write.ts   the write path: the optimistic-concurrency loop (fetch, re-read, mutate, check,
//                           compare-and-swap, backoff) and the lifecycle guards it runs on every attempt;
//   state-branch.ts         the git plumbing underneath both.
// Every record is validated on read (an invalid one is a ValidationError naming `<branch>:releases/<id>.yaml`) and
// before write (a mutation producing an invalid record writes nothing). The checkout passed in is never modified: no
// working tree, index, HEAD or current-branch change (see state-branch.ts).
const layout_js_1 = __webpack_require__(9128);
const lifecycle_js_1 = __webpack_require__(6788);
const promotion_lifecycle_js_1 = __webpack_require__(2488);
const release_id_js_1 = __webpack_require__(1867);
const record_kinds_js_1 = __webpack_require__(3466);
const record_store_read_js_1 = __webpack_require__(9769);
const record_store_write_js_1 = __webpack_require__(3085);
const state_branch_js_1 = __webpack_require__(1201);
const state_intents_js_1 = __webpack_require__(6598);
class RecordStore {
    branch;
    state;
    writer;
    cache;
    /** What the last readAll took from the cache (undefined: no cache). */
    cacheStats;
    constructor(opts) {
        this.branch = opts.branch ?? layout_js_1.DEFAULT_STATE_BRANCH;
        this.state = new state_branch_js_1.StateBranch({
            git: opts.git,
            remote: opts.remote,
            branch: this.branch,
            actor: opts.actor,
        });
        this.writer = new record_store_write_js_1.RecordWriter(this.state, {
            intents: opts.remote === undefined ? undefined : new state_intents_js_1.StateIntents(this.state, opts.remote),
            maxAttempts: opts.maxAttempts,
            backoff: opts.backoff,
            random: opts.random,
        });
        this.cache = opts.cache;
    }
    get stats() {
        return this.writer.stats;
    }
    /** Fetches the branch; undefined when it does not exist yet (no record was ever written). */
    refresh() {
        return this.state.refresh();
    }
    listReleases() {
        return this.list(record_kinds_js_1.RELEASE);
    }
    getRelease(id) {
        return this.get(record_kinds_js_1.RELEASE, id);
    }
    /** A new release: in an initial state (Draft, PendingApproval), with the one history entry of that state. */
    createRelease(record, message) {
        const msg = message ?? `release ${record.id}: created (${record.state})`;
        return this.writer.create(record_kinds_js_1.RELEASE, record, msg, (0, record_store_write_js_1.guardLifecycle)());
    }
    /** Changes anything but the state and the history (LifecycleBypassError otherwise): use transitionRelease. */
    updateRelease(id, mutate, message) {
        return this.writer.update(record_kinds_js_1.RELEASE, id, mutate, message, (0, record_store_write_js_1.guardLifecycle)());
    }
    /**
     * Moves a release through the lifecycle from its LATEST state (IllegalTransitionError if not allowed) and applies
     * `patch`, the data that comes with the move, in the same commit. A patch may not touch state or history.
     */
    transitionRelease(id, to, opts) {
        const { patch } = opts;
        return this.writer.update(record_kinds_js_1.RELEASE, id, async (r) => {
            const moved = (0, lifecycle_js_1.transition)(r, to, opts.actor, opts.note, opts.at);
            if (patch === undefined)
                return moved;
            return typeof patch === 'function' ? patch(moved) : { ...moved, ...patch };
        }, (before) => `release ${id}: ${before?.state ?? '?'} -> ${to}`, (0, record_store_write_js_1.guardLifecycle)(to));
    }
    listPromotions() {
        return this.list(record_kinds_js_1.PROMOTION);
    }
    /**
     * Every release and promotion at the branch's tip in one pass: one fetch, one `ls-tree`, one `cat-file --batch`
     * (never a process per record; record-store-read.ts). `include` skips records by id before their files are even
     * read (the deploy summary reads only recent releases of one environment). Every invalid record at once is a
     * ValidationError.
     */
    async readAll(include, 
    /**
     * Called with each record as soon as it is read and checked (from the cache, or as git writes it out), in no
     * particular order, so a caller can work on it while git writes the next ones (metrics prepares its facts).
     */
    onRecord, 
    /**
     * The kinds whose records the result holds (default: both). A caller that takes what it needs from `onRecord`
     * leaves its kind out, and the records are not kept through the read: the garbage collector copies every object
     * that lives, and 10,000 parsed releases kept to the end cost a cold metrics run about a tenth of its time.
     */
    collect = ['release', 'promotion']) {
        const kinds = [record_kinds_js_1.RELEASE, record_kinds_js_1.PROMOTION];
        const [{ tip, blobs }] = await Promise.all([
            this.state.listTip(kinds.map((k) => k.dir)),
            this.cache?.load(),
        ]);
        if (tip === undefined)
            return { tip, releases: [], promotions: [] };
        const { records, cacheStats } = await (0, record_store_read_js_1.readRecords)(this.state, blobs, kinds, {
            include,
            cache: this.cache,
            onRecord,
            collect,
        });
        if (cacheStats !== undefined)
            this.cacheStats = cacheStats;
        const [releases, promotions] = records;
        return { tip, releases: releases, promotions: promotions };
    }
    getPromotion(id) {
        return this.get(record_kinds_js_1.PROMOTION, id);
    }
    createPromotion(record, message) {
        return this.writer.create(record_kinds_js_1.PROMOTION, record, message ?? `promotion ${record.id}: created (${record.state})`, (0, record_store_write_js_1.guardPromotion)());
    }
    updatePromotion(id, mutate, message) {
        return this.writer.update(record_kinds_js_1.PROMOTION, id, mutate, message, (0, record_store_write_js_1.guardPromotion)());
    }
    /** Moves a promotion from its LATEST state (promotion-lifecycle.ts) and applies `patch` in the same commit. */
    transitionPromotion(id, to, opts) {
        return this.writer.update(record_kinds_js_1.PROMOTION, id, (p) => {
            const moved = (0, promotion_lifecycle_js_1.transitionPromotion)(p, to, opts.actor, opts.note, opts.at);
            return opts.patch ? opts.patch(moved) : moved;
        }, (before) => `promotion ${id}: ${before?.state ?? '?'} -> ${to}`, (0, record_store_write_js_1.guardPromotion)(to));
    }
    async list(kind) {
        const { tip, blobs } = await this.state.listTip([kind.dir]);
        if (tip === undefined)
            return [];
        const { records: [records], } = await (0, record_store_read_js_1.readRecords)(this.state, blobs, [kind]);
        return (records ?? []);
    }
    async get(kind, id) {
        (0, release_id_js_1.assertRecordId)(kind.name, id);
        await this.state.fetch();
        const { content } = await this.state.readAt(kind.file(id));
        return content === undefined ? undefined : (0, record_store_read_js_1.parseRecord)(this.branch, kind, id, content);
    }
}
exports.RecordStore = RecordStore;


/***/ }),

/***/ 4182:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseToYaml = releaseToYaml;
exports.promotionToYaml = promotionToYaml;
// Stable YAML for records on the state branch. Keys come out in the order of the interfaces in
// src/domain/model.ts (and nested objects in theirs), whatever order the caller built the object in, so two writes
// of the same record are byte-identical and a `git log -p` of the state branch shows only what changed.
// Keys the interfaces do not know (a newer writer's fields) are kept, after the known ones, sorted.
const yaml_1 = __webpack_require__(8815);
const plain_object_js_1 = __webpack_require__(7134);
const HISTORY = { keys: ['state', 'at', 'actor', 'note'] };
const RELEASE_ORDER = {
    keys: [
        'apiVersion',
        'kind',
        'id',
        'workload',
        'environment',
        'tenants',
        'title',
        'notes',
        'author',
        'createdAt',
        'firstCommitAt',
        'state',
        'history',
        'changes',
        'changeSetCommit',
        'rollbackTarget',
        'rolledBackTo',
        'pullRequest',
        'approvals',
        'affects',
        'approvalMissing',
        'promotedFrom',
        'promotion',
        'deploy',
        'breakGlass',
    ],
    nested: {
        history: HISTORY,
        changes: { keys: ['updates', 'chartVersion'], nested: { updates: { keys: ['path', 'value'] } } },
        pullRequest: { keys: ['number', 'url', 'branch'] },
        approvals: { keys: ['reviewer', 'state', 'commit', 'at', 'comment'] },
        deploy: { keys: ['commit', 'deploymentId', 'branch'] },
        breakGlass: {
            keys: ['actor', 'at', 'reason', 'freezes', 'occurrences'],
            nested: { occurrences: { keys: ['freeze', 'from', 'until'] } },
        },
    },
};
const PROMOTION_ORDER = {
    keys: [
        'apiVersion',
        'kind',
        'id',
        'source',
        'from',
        'to',
        'actor',
        'createdAt',
        'state',
        'waves',
        'history',
        'breakGlass',
    ],
    nested: {
        waves: { keys: ['wave', 'tenants', 'releases'] },
        history: HISTORY,
        breakGlass: { keys: ['actor', 'at', 'reason', 'freezes'] },
    },
};
/** A copy of `value` with keys ordered by `order` and `undefined` members dropped (YAML has no undefined). */
function ordered(value, order) {
    if (Array.isArray(value))
        return value.map((v) => ordered(v, order));
    if (!(0, plain_object_js_1.isPlainObject)(value))
        return value;
    const known = order?.keys ?? [];
    const rest = Object.keys(value)
        .filter((k) => !known.includes(k))
        .sort();
    const out = {};
    for (const key of [...known, ...rest]) {
        const v = value[key];
        if (v === undefined)
            continue;
        out[key] = ordered(v, order?.nested?.[key]);
    }
    return out;
}
function toYaml(value, order) {
    // lineWidth 0: never fold long titles or notes, so a one-word edit is a one-line diff.
    return (0, yaml_1.stringify)(ordered(value, order), { lineWidth: 0 });
}
function releaseToYaml(record) {
    return toYaml(record, RELEASE_ORDER);
}
function promotionToYaml(record) {
    return toYaml(record, PROMOTION_ORDER);
}


/***/ }),

/***/ 5924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitCheckout = void 0;
exports.withRefSnapshots = withRefSnapshots;
// The GitOps repository as it was at two commits, for everything that compares a change (gitopshq diff, the
// preview action): each side checked out with `git worktree add --detach` into a temporary folder, loaded and
// validated, then removed. The working tree of the checkout itself is never touched.
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(241);
const git_js_1 = __webpack_require__(308);
const repo_js_1 = __webpack_require__(3413);
/**
 * Resolves `baseRef` and `headRef` in the repository at `repoDir`, loads both sides and calls `fn`; temporary
 * worktrees are removed afterwards whatever happens. An invalid head throws the ValidationError of loadRepo.
 */
async function withRefSnapshots(repoDir, baseRef, headRef, fn) {
    const git = new git_js_1.Git(repoDir);
    if ((await git.exec(['rev-parse', '--git-dir'], { allowFail: true })).exitCode !== 0) {
        throw new errors_js_1.UserError(`${repoDir} is not inside a git repository`, [], 'usage');
    }
    const base = await git.tryRevParse(baseRef);
    const head = await git.tryRevParse(headRef);
    if (!base)
        throw new errors_js_1.UserError(`base ${baseRef}: no such commit in ${repoDir}`, [], 'usage');
    if (!head)
        throw new errors_js_1.UserError(`head ${headRef}: no such commit in ${repoDir}`, [], 'usage');
    // The GitOps repository may be a folder inside the git repository.
    const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    const changed = (await git.diffNames(base, head))
        .filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length));
    const tmp = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-refs-'));
    const trees = [];
    const checkout = async (sha, name) => {
        const dir = (0, node_path_1.join)(tmp, name);
        await git.worktreeAdd(dir, sha);
        trees.push(dir);
        return (0, node_path_1.join)(dir, prefix);
    };
    try {
        const headSnap = await (0, repo_js_1.loadRepo)(await checkout(head, 'head'));
        const baseSnap = await (0, repo_js_1.loadRepo)(await checkout(base, 'base')).catch(() => undefined);
        return await fn({ base, head, changed, baseSnap, headSnap });
    }
    finally {
        for (const dir of trees)
            await git.worktreeRemove(dir);
        await (0, promises_1.rm)(tmp, { recursive: true, force: true });
        await git.exec(['worktree', 'prune'], { allowFail: true });
    }
}
/** The checkout port of src/usecases/deps.ts over real git: the action's workspace or the CLI's --repo. */
class GitCheckout {
    dir;
    where;
    git;
    constructor(dir, opts = {}) {
        this.dir = dir;
        this.git = new git_js_1.Git(dir, { token: opts.token });
        this.where = opts.where ?? dir;
    }
    async ensureCommits(shas) {
        const missing = [];
        for (const sha of shas)
            if (!(await this.git.hasCommit(sha)))
                missing.push(sha);
        if (missing.length === 0)
            return { missing };
        const fetched = await this.git.fetch('origin', missing, { allowFail: true });
        return fetched.exitCode === 0 ? { missing: [] } : { missing, reason: fetched.stderr.trim() };
    }
    mergeBase(a, b) {
        return this.git.mergeBase(a, b);
    }
    async changedFiles(base, head) {
        const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
        if ((await this.git.mergeBase(base, head)) === undefined)
            return { prefix, files: undefined };
        // Three dots: from the merge base, as GitHub lists a pull request's files. No rename detection, so a policy
        // file moved away is listed under its old name too.
        const r = await this.git.exec(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`, '--']);
        return { prefix, files: r.stdout.split('\0').filter(Boolean) };
    }
    async firstChangedLines(base, head) {
        // The GitOps repository may be a folder inside the git repository; its paths are relative to that folder.
        const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
        return new Map([...(await this.git.firstChangedLines(base, head))]
            .filter(([p]) => p.startsWith(prefix))
            .map(([p, line]) => [p.slice(prefix.length), line]));
    }
    snapshots(baseRef, headRef, fn) {
        return withRefSnapshots(this.dir, baseRef, headRef, fn);
    }
}
exports.GitCheckout = GitCheckout;


/***/ }),

/***/ 8217:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitReleaseBranches = gitReleaseBranches;
// A release's pull-request branch, written with git plumbing (see state-branch.ts) so the user's checkout is never
// touched: no work tree, no index, no HEAD. The base branch and the release branch are read from private mirrors
// (refs/gitopshq/fetched/...); a commit goes on top of the tip that was read and is pushed without force, so a
// branch someone else moved is never overwritten.
const git_js_1 = __webpack_require__(308);
const state_branch_js_1 = __webpack_require__(1201);
/** The release branches of the checkout at `dir`, pushed to `remote` with `token` (through git's environment). */
function gitReleaseBranches(dir, opts = {}) {
    const git = new git_js_1.Git(dir, { token: opts.token });
    const branches = new Map();
    const on = (branch) => {
        let b = branches.get(branch);
        if (!b) {
            b = new state_branch_js_1.StateBranch({ git, remote: opts.remote ?? 'origin', branch, actor: opts.actor });
            branches.set(branch, b);
        }
        return b;
    };
    return {
        root: dir,
        tip: (branch) => on(branch).refresh(),
        read: (commit, path) => git.show(commit, path),
        async commit(branch, parent, files, message, at) {
            for (let attempt = 0; attempt < 5; attempt++) {
                const sha = await on(branch).commitFiles(parent, files, message, at);
                if (sha !== undefined)
                    return sha;
                await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
            }
            throw new Error(`could not write a commit for ${branch}: its scratch ref stayed locked`);
        },
        publish: (branch, commit, parent) => on(branch).publish(commit, parent),
    };
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

/***/ 5191:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeCommit = writeCommit;
exports.writeCommitChain = writeCommitChain;
// StateBranch's commits (state-branch.ts): one `git fast-import` writes the blobs, the trees and the commits onto a
// scratch ref of ours (the same as `hash-object -w` + a throw-away index + `write-tree` + `commit-tree`, in one
// process instead of five, which matters when many writers race). The commit is published by StateBranch.publish;
// nothing reads the scratch ref. The author is the GitHub login that caused the change; the committer the bot.
const git_js_1 = __webpack_require__(308);
/**
 * Writes a commit on top of `parent` (a root commit when undefined) setting each file's content (`null`: deletes
 * it); the parent's other files stay. Returns its id, or undefined when a concurrent writer in this same
 * repository held the scratch ref: retry.
 */
async function writeCommit(git, scratchRef, actor, change) {
    const { parent, files, message, at } = change;
    const when = `${Math.floor(at.getTime() / 1000)} +0000`;
    const author = actor ? `${ident(actor)} <${noreplyEmail(actor)}>` : botIdent();
    const stream = [
        // `reset` forgets the scratch ref's previous commit, so a commit without `from` is a root commit.
        `reset ${scratchRef}\n`,
        `commit ${scratchRef}\n`,
        'mark :1\n',
        `author ${author} ${when}\n`,
        `committer ${botIdent()} ${when}\n`,
        data(message),
        parent === undefined ? '' : `from ${parent}\n`,
        ...files.map((f) => f.content === null ? `D ${f.path}\n` : `M 100644 inline ${f.path}\n${data(f.content)}`),
        'get-mark :1\n',
        'done\n',
    ].join('');
    return fastImport(git, stream);
}
/**
 * A chain of commits on `parent`, one per entry, each setting `path` to an existing blob with the entry's author
 * line (`Name <email> <seconds> <tz>`) and message; the bot commits. Returns the last one's id (undefined: the
 * scratch ref was locked by a concurrent writer in this repository, retry).
 */
async function writeCommitChain(git, scratchRef, parent, entries, at) {
    const when = `${Math.floor(at.getTime() / 1000)} +0000`;
    const stream = [
        `reset ${scratchRef}\n`,
        ...entries.map((e, i) => [
            `commit ${scratchRef}\n`,
            `mark :${i + 1}\n`,
            `author ${e.author}\n`,
            `committer ${botIdent()} ${when}\n`,
            data(e.message),
            i === 0 ? `from ${parent}\n` : '',
            `M 100644 ${e.blob} ${e.path}\n`,
        ].join('')),
        `get-mark :${entries.length}\n`,
        'done\n',
    ].join('');
    return fastImport(git, stream);
}
/** Runs fast-import on `stream`, which ends with `get-mark` of the commit to return. */
async function fastImport(git, stream) {
    // unpackLimit 0 keeps the few objects as the pack fast-import wrote, instead of running unpack-objects on it.
    const r = await git.exec(['-c', 'fastimport.unpackLimit=0', 'fast-import', '--quiet', '--done', '--force'], {
        input: stream,
        allowFail: true,
    });
    const sha = /^[0-9a-f]{40,64}$/m.exec(r.stdout)?.[0];
    if (r.exitCode === 0 && sha)
        return sha;
    if (/lock/i.test(r.stderr))
        return undefined;
    throw new git_js_1.GitError(['fast-import'], r);
}
/** A fast-import `data` command: the byte count, then the text. */
function data(text) {
    return `data ${Buffer.byteLength(text, 'utf8')}\n${text}\n`;
}
/** A name git accepts in an ident line: no angle brackets or line breaks, never empty. */
function ident(name) {
    return name.replace(/[<>\n\r]/g, '').trim() || git_js_1.BOT_IDENTITY.name;
}
function botIdent() {
    return `${git_js_1.BOT_IDENTITY.name} <${git_js_1.BOT_IDENTITY.email}>`;
}
/** GitHub's no-reply address for a login; anything else gets the bot's address (git rejects `<` and `>`). */
function noreplyEmail(actor) {
    return /^[A-Za-z0-9][A-Za-z0-9_.[\]-]*$/.test(actor)
        ? `${actor}@users.noreply.github.com`
        : git_js_1.BOT_IDENTITY.email;
}


/***/ }),

/***/ 7794:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pickStateBranch = pickStateBranch;
exports.configuredStateBranch = configuredStateBranch;
exports.resolveStateBranch = resolveStateBranch;
// Which branch holds the release and promotion records: the one resolver the actions and the CLI share. The order
// is the `state-branch` input (or --state-branch), then `stateBranch` in gitopshq.yaml, then `gitopshq/state`.
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(9128);
const yaml_source_js_1 = __webpack_require__(362);
/** The pure rule: an empty input (an action input left unset) counts as absent. */
function pickStateBranch(input, configured) {
    if (input?.trim())
        return { branch: input.trim(), source: 'input' };
    if (configured?.trim())
        return { branch: configured.trim(), source: 'gitopshq.yaml' };
    return { branch: layout_js_1.DEFAULT_STATE_BRANCH, source: 'default' };
}
/**
 * gitopshq.yaml's `stateBranch` in the GitOps repository at `repoDir`, when the file is there and says one; the rest
 * of the repository need not be valid (reading records must work while a change to the config is under review).
 */
async function configuredStateBranch(repoDir) {
    const text = await (0, promises_1.readFile)((0, node_path_1.join)(repoDir, layout_js_1.CONFIG_FILE), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    // Only parsed: the schema's findings were never used here, and compiling the validator for one key cost more than
    // a warm `gitopshq metrics` read of 10,000 records.
    const value = (0, yaml_source_js_1.parseYamlSource)(text, layout_js_1.CONFIG_FILE).value;
    return typeof value?.stateBranch === 'string' ? value.stateBranch : undefined;
}
/** The state branch for a step run in `repoDir`. */
async function resolveStateBranch(repoDir, input) {
    if (input?.trim())
        return pickStateBranch(input, undefined);
    return pickStateBranch(undefined, await configuredStateBranch(repoDir));
}


/***/ }),

/***/ 8370:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listBlobs = listBlobs;
exports.catFileBatch = catFileBatch;
exports.streamBlobs = streamBlobs;
exports.readMany = readMany;
exports.readAt = readAt;
const cat_file_batch_js_1 = __webpack_require__(4425);
/** Every file under the `dirs` at `commit` with its blob id; `absentOk`: undefined when `commit` names nothing. */
async function listBlobs(git, commit, dirs, absentOk) {
    const r = await git.exec(['ls-tree', '-r', '-z', commit, '--', ...dirs.map((d) => `${d}/`)], {
        allowFail: absentOk,
    });
    if (r.exitCode !== 0)
        return undefined;
    const out = [];
    const text = r.stdout;
    // `<mode> <type> <id>\t<path>\0` per entry, read in place (10,000 entries: no strings but the two kept).
    for (let at = 0; at < text.length;) {
        let end = text.indexOf('\0', at);
        if (end < 0)
            end = text.length;
        const type = text.indexOf(' ', at) + 1;
        const id = text.indexOf(' ', type) + 1;
        const tab = text.indexOf('\t', id);
        if (type > 0 && id > type && tab > id && tab < end && text.startsWith('blob ', type)) {
            out.push({ path: text.slice(tab + 1, end), blob: text.slice(id, tab) });
        }
        at = end + 1;
    }
    return out;
}
/**
 * One `git cat-file --batch` over `names` (ids or `<rev>:<path>`), each object handed to `onObject` as git writes
 * it (src/state/cat-file-batch.ts). Returns how many objects came whole: `names.length` unless the output did
 * not read as the format (it never should), when the caller reads the rest another way.
 */
async function catFileBatch(git, names, onObject, opts = {}) {
    if (names.length === 0)
        return 0;
    const reader = new cat_file_batch_js_1.CatFileBatchReader(names.length, onObject, opts);
    // --buffer: one flush at the end instead of one per object (10,000 records: ~30% less time in git).
    await git.exec(['cat-file', '--batch', '--buffer'], {
        input: names.map((n) => `${n}\n`).join(''),
        onStdout: (chunk) => reader.push(chunk),
    });
    return reader.finish() ? names.length : reader.count;
}
/**
 * The contents of many blobs by id in one git call (cat-file --batch), each handed to `onBlob` as soon as git has
 * written it (src/state/cat-file-batch.ts), in order; undefined for a blob git does not have.
 */
async function streamBlobs(git, blobs, onBlob) {
    const whole = await catFileBatch(git, blobs, onBlob);
    // Output that does not read as the batch format (it never should): the rest one blob at a time.
    for (let i = whole; i < blobs.length; i++)
        onBlob(i, await readBlob(git, blobs[i]));
}
/**
 * The contents of many files at `commit` in one git call (cat-file --batch), in order; undefined for a path that
 * is absent or not a file.
 */
async function readMany(git, commit, paths) {
    const out = new Array(paths.length);
    const whole = await catFileBatch(git, paths.map((p) => `${commit}:${p}`), (i, text, _oid, type) => {
        out[i] = type === 'blob' ? text : undefined;
    }, { headers: true });
    // Output that does not read as the batch format (it never should): the rest one file at a time.
    for (let i = whole; i < paths.length; i++)
        out[i] = await readBlob(git, `${commit}:${paths[i]}`);
    return out;
}
/**
 * A commit and the file in it, in one git call. git resolves the names in order, so the commit is resolved first
 * and the content is never OLDER than the parent the next commit will name: if the ref moved in between, the
 * content is newer and publish's compare-and-swap on that parent fails. `tip` is undefined when `rev` names no
 * commit; `content` when the file is absent from it (or not a file).
 */
async function readAt(git, path, rev) {
    let tip;
    let content;
    const whole = await catFileBatch(git, [rev, `${rev}:${path}`], (i, text, oid, type) => {
        if (i === 0)
            tip = type === 'commit' ? oid : undefined;
        else
            content = type === 'blob' ? text : undefined;
    }, { headers: true });
    if (whole < 2) {
        // Output that does not read as the batch format (it never should): what is missing, one call each.
        if (whole === 0)
            tip = await git.tryRevParse(rev);
        if (tip !== undefined)
            content = await readBlob(git, `${tip}:${path}`);
    }
    return tip === undefined ? { tip: undefined, content: undefined } : { tip, content };
}
/** One blob by name (`<rev>:<path>` or an id), exactly as stored; undefined when it is not a blob. */
async function readBlob(git, name) {
    const r = await git.exec(['cat-file', 'blob', name], { allowFail: true });
    return r.exitCode === 0 ? r.stdout : undefined;
}


/***/ }),

/***/ 1201:
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
exports.StateBranch = void 0;
// Reads and writes files on one branch of a repository WITHOUT touching the checkout it is given: no working
// tree, no index, no HEAD, no current branch. Everything goes through git plumbing:
//   read:  fetch the branch into a private ref (refs/gitopshq/fetched/<branch>), then `ls-tree` and
//          `cat-file --batch` (state-branch-read.ts);
//   write: one `fast-import` writes blob, trees and commit (parent: the tip that was read) onto a scratch ref
//          (state-branch-commit.ts), then publish it with a compare-and-swap:
//          `push <remote> <sha>:refs/heads/<branch>` (never forced: a rejection means someone else wrote first) or,
//          with no remote, `update-ref <ref> <new> <old>`.
// This file holds the branch itself: its refs, the checks before any use, fetch and publish. The caller
// (record-store-write.ts) owns the retry loop; this file only says "published" or "beaten".
const errors_js_1 = __webpack_require__(241);
const state_branch_commit_js_1 = __webpack_require__(5191);
const reads = __importStar(__webpack_require__(8370));
/** Push or update-ref outcomes that mean "another writer moved the branch first": re-read and try again. */
const CONFLICT_MARKERS = [
    '[rejected]', // non-fast-forward, fetch first
    'cannot lock ref',
    'failed to update ref',
    'incorrect old value',
    'but expected',
    'reference already exists',
    'atomic push failed', // --atomic: another ref of the same push was refused
    'atomic transaction failed',
];
class StateBranch {
    git;
    remote;
    branch;
    actor;
    checked = false;
    /** The commit this object last published: the branch's tip as of then, a good guess for the next write. */
    lastPublished;
    constructor(opts) {
        this.git = opts.git;
        this.remote = opts.remote;
        this.branch = opts.branch;
        this.actor = opts.actor;
    }
    /** Where fast-import leaves the commit it made (the ref it must name); nothing reads it. */
    get scratchRef() {
        return `refs/gitopshq/scratch/${this.branch}`;
    }
    /** The ref reads come from: a private mirror of the remote branch, or the local branch itself. */
    get readRef() {
        return this.remote === undefined ? `refs/heads/${this.branch}` : `refs/gitopshq/fetched/${this.branch}`;
    }
    /** Where the branch lives, for messages: `gitopshq/state on origin`. */
    get where() {
        return this.remote === undefined ? `branch ${this.branch}` : `branch ${this.branch} on ${this.remote}`;
    }
    /** Refuses a branch name git would not take (a usage error naming it). */
    async checkName() {
        if (this.checked)
            return;
        const ok = await this.git.exec(['check-ref-format', `refs/heads/${this.branch}`], { allowFail: true });
        if (ok.exitCode !== 0) {
            throw new errors_js_1.UserError(`state branch '${this.branch}' is not a valid branch name`, [], 'usage');
        }
    }
    /**
     * With no remote: the local branch's tip (undefined: no such branch yet) and whether it is the branch checked out
     * here, in one git call.
     */
    async localTip() {
        const ref = `refs/heads/${this.branch}`;
        // for-each-ref matches by prefix (refs/heads/<branch>/x too): only the line naming the ref itself counts.
        const r = await this.git.exec(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(HEAD)', ref], { allowFail: true });
        const line = r.exitCode === 0 ? r.stdout.split('\n').find((l) => l.startsWith(`${ref}\0`)) : undefined;
        if (line === undefined) {
            // No such branch yet, but HEAD may still name it (a repository with no commit on it): writing it would
            // move that HEAD all the same.
            const head = await this.git.exec(['symbolic-ref', '-q', 'HEAD'], { allowFail: true });
            return { tip: undefined, checkedOut: head.stdout.trim() === ref };
        }
        const [, objectname, type, head] = line.split('\0');
        // A branch always names a commit unless written by hand with update-ref: then git resolves it, as before.
        const tip = type === 'commit' ? objectname : await this.git.tryRevParse(ref);
        return { tip, checkedOut: head === '*' };
    }
    /** Moving the branch that is checked out would change the user's HEAD under their feet. */
    refuseCheckedOut() {
        throw new errors_js_1.UserError(`the state branch ${this.branch} is checked out in ${this.git.cwd}; check out another branch first`, [], 'usage');
    }
    async check() {
        if (this.checked)
            return;
        // Both questions at once: each git call costs ~35 ms of start-up, and every command asks them first.
        const [, local] = await Promise.all([
            this.checkName(),
            this.remote === undefined ? this.localTip() : undefined,
        ]);
        if (local?.checkedOut)
            this.refuseCheckedOut();
        this.checked = true;
    }
    /** Brings the read ref up to date and returns the tip, or undefined when the branch does not exist (yet). */
    async refresh() {
        if (this.remote === undefined) {
            // Nothing to fetch: the tip and the checks in one round (a failed check still throws first).
            const [, local] = await Promise.all([this.checkName(), this.localTip()]);
            if (local.checkedOut)
                this.refuseCheckedOut();
            this.checked = true;
            return local.tip;
        }
        await this.fetch();
        return this.git.tryRevParse(this.readRef);
    }
    /**
     * Brings the read ref up to date (with no remote: only checks the branch can be used); `also`: more refspecs in
     * the same fetch (state-intents.ts), whose local refs are pruned when gone from the remote.
     */
    async fetch(also = []) {
        await this.check();
        if (this.remote !== undefined) {
            const r = await this.git.exec([
                'fetch',
                '-q',
                '--no-tags',
                '--no-write-fetch-head',
                '--no-recurse-submodules',
                // One process less per fetch (git would look at gc after every one), a rev-list less for forced updates,
                // and one negotiation round instead of two: the branch's previous tip is all the server needs to hear.
                '--no-auto-maintenance',
                '--no-show-forced-updates',
                `--negotiation-tip=${this.readRef}*`,
                ...(also.length > 0 ? ['--prune'] : []),
                this.remote,
                `+refs/heads/${this.branch}:${this.readRef}`,
                ...also,
            ], { allowFail: true });
            if (r.exitCode !== 0) {
                if (/couldn't find remote ref/i.test(r.stderr)) {
                    // The branch was never created (or was deleted): forget any stale mirror.
                    await this.git.exec(['update-ref', '-d', this.readRef], { allowFail: true });
                    return;
                }
                throw new errors_js_1.UserError(`could not fetch ${this.where}: ${r.stderr.trim() || `git fetch exited ${r.exitCode}`}`, [], 'usage');
            }
        }
    }
    /**
     * The tip (undefined: no branch yet) and every file under `dirs` in it with its blob id. With no remote to fetch
     * first, the tip, the checks and the listing go out at once (ls-tree reads the ref itself): a write landing in
     * between gives a listing one write newer than the tip, which no reader can tell from one reading a moment later.
     */
    async listTip(dirs) {
        if (this.remote !== undefined) {
            const tip = await this.refresh();
            return { tip, blobs: tip === undefined ? [] : await this.listBlobs(tip, dirs) };
        }
        const [tip, listed] = await Promise.all([this.refresh(), this.listBlobs(this.readRef, dirs, true)]);
        if (tip === undefined)
            return { tip, blobs: [] };
        // The branch was made between the two calls: list the tip now known.
        return { tip, blobs: listed ?? (await this.listBlobs(tip, dirs)) };
    }
    async listBlobs(commit, dirs, absentOk = false) {
        return reads.listBlobs(this.git, commit, dirs, absentOk);
    }
    /**
     * One `git cat-file --batch` over `names` (ids or `<rev>:<path>`), each object handed to `onObject` as git writes
     * it; returns how many objects came whole (state-branch-read.ts).
     */
    catFileBatch(names, onObject, opts = {}) {
        return reads.catFileBatch(this.git, names, onObject, opts);
    }
    /** The contents of many blobs by id in one git call (cat-file --batch), in order. */
    async readBlobs(blobs) {
        const out = new Array(blobs.length);
        await this.streamBlobs(blobs, (i, text) => {
            out[i] = text;
        });
        return out;
    }
    /**
     * The contents of many blobs by id in one git call, each handed to `onBlob` as soon as git has written it, in
     * order; undefined for a blob git does not have (state-branch-read.ts).
     */
    streamBlobs(blobs, onBlob) {
        return reads.streamBlobs(this.git, blobs, onBlob);
    }
    /** The contents of many files at `commit` in one git call, in order; undefined for one absent or not a file. */
    readMany(commit, paths) {
        return reads.readMany(this.git, commit, paths);
    }
    /**
     * A commit (default: the tip of the read ref) and the file in it, in one git call; the content is never OLDER
     * than the commit (state-branch-read.ts). `tip` is undefined when `rev` names no commit; `content` when the file
     * is absent from it (or not a file).
     */
    readAt(path, rev = this.readRef) {
        return reads.readAt(this.git, path, rev);
    }
    /**
     * Writes a commit on top of `parent` (a root commit when undefined) with `path` set to `content`, and returns
     * its id; one `git fast-import` onto a scratch ref of ours (state-branch-commit.ts), published by publish().
     * Returns undefined when a concurrent writer in this same repository held the scratch ref: retry.
     */
    async commit(parent, path, content, message, at) {
        return this.commitFiles(parent, [{ path, content }], message, at);
    }
    /**
     * commit() for many files at once (a deploy writes one manifests file per target); the parent's other files stay.
     * `content` null deletes the file.
     */
    commitFiles(parent, files, message, at) {
        return (0, state_branch_commit_js_1.writeCommit)(this.git, this.scratchRef, this.actor, { parent, files, message, at });
    }
    /**
     * A chain of commits on `parent`, one per entry, each setting `path` to an existing blob with the entry's author
     * line (`Name <email> <seconds> <tz>`) and message; the bot commits. Returns the last one's id (undefined: the
     * scratch ref was locked by a concurrent writer in this repository, retry).
     */
    commitChain(parent, entries, at) {
        return (0, state_branch_commit_js_1.writeCommitChain)(this.git, this.scratchRef, parent, entries, at);
    }
    /**
     * Moves the branch from `parent` (undefined: it must not exist) to `commit`, atomically. Returns false when
     * another writer got there first; throws UserError for anything a retry cannot fix (no permission, protected).
     */
    async publish(commit, parent, opts = {}) {
        const target = `refs/heads/${this.branch}`;
        if (this.remote === undefined) {
            const r = await this.git.exec(
            // An empty old value means "must not exist yet" (also in SHA-256 repositories, unlike 40 zeros).
            ['update-ref', '-m', 'gitopshq: state record', target, commit, parent ?? ''], { allowFail: true });
            if (r.exitCode === 0) {
                this.lastPublished = commit;
                return true;
            }
            if (isConflict(r.stderr))
                return false;
            throw new errors_js_1.UserError(`could not update ${this.where}: ${r.stderr.trim()}`, [], 'usage');
        }
        const deletes = opts.deletes ?? [];
        const r = await this.git.push(this.remote, [
            '--no-verify',
            ...(opts.atomic ? ['--atomic'] : []),
            ...deletes.map((d) => `--force-with-lease=${d.ref}:${d.expect}`),
            `${commit}:${target}`,
            ...deletes.map((d) => `:${d.ref}`),
        ]);
        if (r.exitCode === 0) {
            this.lastPublished = commit;
            return true;
        }
        if (isConflict(`${r.stdout}\n${r.stderr}`))
            return false;
        throw new errors_js_1.UserError(`could not push to ${this.where}: ${(r.stdout + r.stderr).trim() || `exit ${r.exitCode}`}`, [], 'usage');
    }
}
exports.StateBranch = StateBranch;
function isConflict(output) {
    return CONFLICT_MARKERS.some((m) => output.includes(m));
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StateIntents = exports.INTENT_TTL_MS = void 0;
// Pending writes on the state branch's remote, so that writers who lost a race land together instead of one after
// another (docs/architecture.md#state-repo-layout, "many writers").
//
// A plain compare-and-swap push lets one writer in per round trip: fifty verify-health jobs writing fifty different
// records at once queue up behind each other, and every loser pays a whole fetch and push again. A writer that lost
// to writes of OTHER records (its own file unchanged) instead publishes its commit as an intent, a ref of its own
// that no other writer contends for:
//   refs/gitopshq/pending/<branch>/<dir>/<id>/<nonce>   -> a commit whose parent is the tip it read and whose only
//                                                          change is <dir>/<id>.yaml
// Any writer in that mode then folds every pending intent that still applies onto the tip it fetched, one commit per
// intent (author and message kept), and publishes the lot with ONE atomic push: the branch moves by compare-and-swap
// and the folded intents are deleted with a lease on their exact commit. Either all of that happens or none.
// An intent applies only while its file is still byte for byte the one its writer read (same blob), so a record's
// transition is never applied on a stale read; the state machine was checked on exactly that content. An intent
// whose file moved on is never folded: its writer withdraws it (deletes it with a lease), re-reads and re-checks.
// Intents older than INTENT_TTL_MS (a writer killed mid-way) are never folded, and folds delete them.
const node_crypto_1 = __webpack_require__(7598);
/** Longer than a write's worst case (10 attempts with backoff capped at 30 s), short enough to forget a crash. */
exports.INTENT_TTL_MS = 15 * 60_000;
const RECORD_PATH = /^(releases|promotions)\/([a-z0-9][a-z0-9._-]*)\.yaml$/;
class StateIntents {
    state;
    remote;
    constructor(state, remote) {
        this.state = state;
        this.remote = remote;
    }
    get prefix() {
        return `refs/gitopshq/pending/${this.state.branch}/`;
    }
    get localPrefix() {
        return `refs/gitopshq/fetched-pending/${this.state.branch}/`;
    }
    /** Publishes `commit` (which changes only `path`) as an intent; returns its remote ref. */
    async publish(commit, path) {
        const m = RECORD_PATH.exec(path);
        if (!m)
            throw new Error(`not a record path: ${path}`);
        const ref = `${this.prefix}${m[1]}/${m[2]}/${(0, node_crypto_1.randomBytes)(6).toString('hex')}`;
        const r = await this.state.git.push(this.remote, ['--no-verify', `${commit}:${ref}`]);
        if (r.exitCode !== 0) {
            throw new Error(`could not push ${ref}: ${(r.stdout + r.stderr).trim()}`);
        }
        return ref;
    }
    /** The pending intents' refs on the remote, sorted, without fetching anything (one ls-remote). */
    async peek() {
        const r = await this.state.git.exec(['ls-remote', '--refs', this.remote, `${this.prefix}*`]);
        return r.stdout
            .split('\n')
            .map((line) => line.split('\t')[1] ?? '')
            .filter((ref) => ref.startsWith(this.prefix))
            .sort();
    }
    /**
     * Fetches the branch and every pending intent (an intent deleted on the remote disappears here too), then reads
     * them: the tip, each intent with its base and wanted blob, and the blob of each intent's file at the tip. Three
     * processes (fetch, for-each-ref, cat-file) whatever the number of intents. Intents that are not well formed (a
     * path that is not a record's, a commit without the file) are left out.
     */
    async snapshot() {
        await this.state.fetch([`+${this.prefix}*:${this.localPrefix}*`]);
        const refs = await this.state.git.exec([
            'for-each-ref',
            '--format=%(refname) %(objectname)',
            this.state.readRef,
            this.localPrefix,
        ]);
        let tip;
        const found = [];
        for (const line of refs.stdout.split('\n')) {
            const [local, commit] = line.split(' ');
            if (!local || !commit)
                continue;
            if (local === this.state.readRef) {
                tip = commit;
                continue;
            }
            const rest = local.slice(this.localPrefix.length);
            const slash = rest.lastIndexOf('/');
            const path = `${rest.slice(0, slash)}.yaml`;
            if (slash <= 0 || !RECORD_PATH.test(path))
                continue;
            found.push({ ref: `${this.prefix}${rest}`, commit, path });
        }
        const blobs = new Map();
        if (found.length === 0 || tip === undefined)
            return { tip, pending: [], blobs };
        const paths = [...new Set(found.map((f) => f.path))];
        const names = [
            ...found.flatMap((f) => [f.commit, `${f.commit}^:${f.path}`, `${f.commit}:${f.path}`]),
            ...paths.map((p) => `${tip}:${p}`),
        ];
        const objects = new Array(names.length);
        // Cut by the headers' byte counts (cat-file-batch.ts): a record someone wrote in another encoding cannot shift
        // the objects after it, which would make an intent look absent or its file look changed.
        const whole = await this.state.catFileBatch(names, (i, content, sha, type) => {
            if (content !== undefined && sha !== undefined && type !== undefined)
                objects[i] = { sha, type, content };
        }, { headers: true });
        // Guessing the rest could fold an intent onto a file it never read: better no fold than a wrong one.
        if (whole < names.length)
            throw new Error(`git cat-file --batch output did not read as the format (${names.length} objects)`);
        paths.forEach((p, i) => {
            const o = objects[found.length * 3 + i];
            blobs.set(p, o?.type === 'blob' ? o.sha : undefined);
        });
        const pending = [];
        found.forEach((f, i) => {
            const [commit, base, wanted] = [objects[3 * i], objects[3 * i + 1], objects[3 * i + 2]];
            if (commit?.type !== 'commit' || wanted?.type !== 'blob')
                return;
            const raw = commit.content;
            const end = raw.indexOf('\n\n');
            const headers = raw.slice(0, end < 0 ? raw.length : end).split('\n');
            const author = headers.find((h) => h.startsWith('author '))?.slice('author '.length);
            const committer = headers.find((h) => h.startsWith('committer '));
            const seconds = Number(/ (\d+) [+-]\d{4}$/.exec(committer ?? '')?.[1]);
            if (!author || !Number.isFinite(seconds))
                return;
            pending.push({
                ...f,
                base: base?.type === 'blob' ? base.sha : undefined,
                blob: wanted.sha,
                author,
                message: end < 0 ? '' : raw.slice(end + 2),
                at: seconds * 1000,
            });
        });
        return { tip, pending, blobs };
    }
    /**
     * The intents that apply on `tip`, in order: each one's file is, at that point of the chain, its base. Two
     * intents for the same file: the first applies, the second no longer does. Expired ones never apply.
     */
    applicable(intents, blobs, now) {
        const current = new Map(blobs);
        const out = [];
        for (const intent of [...intents].sort((a, b) => a.at - b.at || a.ref.localeCompare(b.ref))) {
            if (now - intent.at > exports.INTENT_TTL_MS)
                continue;
            if (current.get(intent.path) !== intent.base || intent.base === intent.blob)
                continue;
            current.set(intent.path, intent.blob);
            out.push(intent);
        }
        return out;
    }
    /** One commit per intent on top of `tip` (their author and message, the bot as committer); the last one's id. */
    async fold(tip, intents, at) {
        const files = intents.map((i) => ({ path: i.path, blob: i.blob, author: i.author, message: i.message }));
        return this.state.commitChain(tip, files, at);
    }
    /**
     * Moves the branch from `tip` to `commit` and deletes the `done` intents (each only if still at the commit that
     * was folded), all or nothing. False: another writer moved first (or folded the same intents).
     */
    async publishFold(commit, tip, done) {
        return this.state.publish(commit, tip, {
            atomic: true,
            deletes: done.map((i) => ({ ref: i.ref, expect: i.commit })),
        });
    }
    /** Deletes our intent if it is still pending; false when it was gone already (another writer folded it). */
    async withdraw(intent) {
        const r = await this.state.git.push(this.remote, [
            '--no-verify',
            `--force-with-lease=${intent.ref}:${intent.commit}`,
            `:${intent.ref}`,
        ]);
        if (r.exitCode === 0)
            return true;
        // "stale info": the ref is no longer at our commit, i.e. it was folded and deleted; anything else is an error.
        if (/stale info|\[rejected\]/.test(r.stdout + r.stderr))
            return false;
        throw new Error(`could not delete ${intent.ref}: ${(r.stdout + r.stderr).trim()}`);
    }
}
exports.StateIntents = StateIntents;


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

/***/ 3094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.localRecordStore = __webpack_unused_export__ = void 0;
__webpack_unused_export__ = localRenderer;
exports.localPorts = localPorts;
__webpack_unused_export__ = localReleaseSource;
__webpack_unused_export__ = localDeployBranches;
__webpack_unused_export__ = localReleaseBranches;
__webpack_unused_export__ = originRepository;
// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port comes from the caller; the record store from local-store.ts,
// re-exported here for the callers that take both.
const errors_js_1 = __webpack_require__(241);
const merge_commit_js_1 = __webpack_require__(7344);
const remote_url_js_1 = __webpack_require__(4692);
const git_js_1 = __webpack_require__(308);
const diff_snapshots_js_1 = __webpack_require__(5293);
const kube_schema_js_1 = __webpack_require__(2827);
const planner_js_1 = __webpack_require__(2512);
const targets_js_1 = __webpack_require__(5630);
const deploy_branch_js_1 = __webpack_require__(1859);
const ref_snapshots_js_1 = __webpack_require__(5924);
const release_branch_js_1 = __webpack_require__(8217);
var local_store_js_1 = __webpack_require__(4151);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return local_store_js_1.localReadingStore; } });
Object.defineProperty(exports, "localRecordStore", ({ enumerable: true, get: function () { return local_store_js_1.localRecordStore; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return local_store_js_1.originRemote; } });
/**
 * `isolation`: render in the isolated renderer (docs/architecture.md#untrusted-input), for a pull request's
 * input; omitted: in this process, for trusted input (main, a developer's own checkout).
 */
function localRenderer(opts = {}) {
    const kubeSchema = (0, kube_schema_js_1.createKubeSchemaValidator)();
    const isolation = opts.isolation ? { isolation: opts.isolation } : {};
    return {
        diffSnapshots: (base, head, changed) => (0, diff_snapshots_js_1.diffSnapshots)(base, head, changed, { kubeSchema, ...isolation }),
    };
}
/**
 * `token`: fetches authenticate with it (through git's environment); `where`: how messages name the checkout;
 * `isolation`: see localRenderer.
 */
function localPorts(dir, opts = {}) {
    const { isolation, ...checkout } = opts;
    return {
        checkout: new ref_snapshots_js_1.GitCheckout(dir, checkout),
        renderer: localRenderer(isolation ? { isolation } : {}),
    };
}
/** The repository at a commit, loaded from a temporary worktree of the checkout at `dir`, rendered for real. */
function localReleaseSource(dir) {
    const kubeSchema = (0, kube_schema_js_1.createKubeSchemaValidator)();
    return {
        // The raw object, not `git log`: a shallow checkout (actions/checkout's default) hides a commit's parents from
        // log but keeps them in the object.
        commit: async (sha) => {
            if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
                return undefined;
            const r = await new git_js_1.Git(dir).exec(['cat-file', 'commit', sha], { allowFail: true });
            return r.exitCode === 0 ? (0, merge_commit_js_1.parseCommitObject)(r.stdout) : undefined;
        },
        // The policy from `policyRef` (the base the gate judged by), everything rendered from `ref` (the release).
        open: (ref, policyRef, fn) => (0, ref_snapshots_js_1.withRefSnapshots)(dir, policyRef, ref, ({ baseSnap: policy, headSnap: snap }) => {
            if (policy === undefined) {
                throw new errors_js_1.UserError(`gitopshq.yaml at ${policyRef.slice(0, 7)} (the base the release merged onto, whose policy its gate judged by) does not load: run gitopshq validate there`, [], 'usage');
            }
            return fn({
                freezes: policy.config.freezes,
                deployBranch: (env) => policy.config.environments.find((e) => e.name === env)?.deploy.branch,
                targets: (release) => {
                    const w = snap.workloads.get(release.workload);
                    if (!w)
                        return [];
                    return (0, targets_js_1.workloadTargets)(snap.config, w.config).filter((t) => t.environment === release.environment &&
                        (release.tenants.length === 0 ||
                            (t.tenant !== undefined && release.tenants.includes(t.tenant))));
                },
                render: async (targets) => {
                    const { sets } = await (0, planner_js_1.renderTargets)(targets.map((target) => ({ target, snapshot: snap })), { kubeSchema });
                    return sets.map((s) => ({ target: s.target, manifests: s.manifests, findings: s.findings }));
                },
            });
        }),
    };
}
/** The deploy branches of the GitOps repository at `dir`, pushed to `remote` (undefined: local branches). */
function localDeployBranches(dir, opts = {}) {
    return new deploy_branch_js_1.GitDeployBranches({
        git: new git_js_1.Git(dir, { token: opts.token }),
        remote: opts.remote,
        actor: opts.actor,
    });
}
/** The release branches of the checkout at `dir` (create-release), pushed to `origin` with `token`. */
function localReleaseBranches(dir, opts = {}) {
    return (0, release_branch_js_1.gitReleaseBranches)(dir, { remote: 'origin', ...opts });
}
/**
 * The GitHub repository the checkout at `dir` came from (its `origin`), when that is a repository on `serverUrl`;
 * undefined otherwise (no origin, another host), and the caller keeps GITHUB_REPOSITORY.
 */
async function originRepository(dir, serverUrl) {
    const r = await new git_js_1.Git(dir).exec(['remote', 'get-url', 'origin'], { allowFail: true });
    return r.exitCode === 0 ? (0, remote_url_js_1.githubRepoFromRemote)(r.stdout.trim(), serverUrl) : undefined;
}


/***/ }),

/***/ 4151:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.localRecordStore = localRecordStore;
exports.localReadingStore = localReadingStore;
exports.originRemote = originRemote;
// The record store of a checkout on this machine: the state branch read and written with the real git. Apart from
// local-ports.ts so the commands that only read records (metrics, dashboard, release list) load no renderer.
const node_path_1 = __webpack_require__(6760);
const git_js_1 = __webpack_require__(308);
const record_cache_js_1 = __webpack_require__(3568);
const record_store_js_1 = __webpack_require__(5160);
const state_branch_name_js_1 = __webpack_require__(7794);
const result_js_1 = __webpack_require__(8155);
/**
 * The record store of the GitOps repository at `dir`, on the state branch an action's `state-branch` input (or the
 * CLI's --state-branch) names, else gitopshq.yaml's `stateBranch`, else `gitopshq/state`. `remote` undefined: a
 * local-only repository.
 */
async function localRecordStore(dir, opts = {}) {
    const { branch } = await (0, state_branch_name_js_1.resolveStateBranch)(dir, opts.stateBranch);
    return new record_store_js_1.RecordStore({
        git: new git_js_1.Git(dir, { token: opts.token }),
        branch,
        remote: opts.remote,
        actor: opts.actor,
    });
}
/**
 * The record store of the commands that read the whole state branch (metrics, dashboard, release list) in the
 * checkout at `dir`, keeping the cache of parsed records under its git dir unless `cache` is false; a usage failure
 * when `dir` is no git repository. What each of them asks first (is this a repository, where is its git dir, has
 * it an origin, which branch holds the records) goes out at once: each git call costs ~35 ms of start-up.
 */
async function localReadingStore(dir, opts = {}) {
    const git = new git_js_1.Git(dir, { token: opts.token });
    const [gitDir, remote, { branch }] = await Promise.all([
        git.exec(['rev-parse', '--git-common-dir'], { allowFail: true }),
        originRemote(dir),
        (0, state_branch_name_js_1.resolveStateBranch)(dir, opts.stateBranch),
    ]);
    if (gitDir.exitCode !== 0) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `${dir} is not a git repository (use --repo DIR)` });
    }
    const cache = (opts.cache ?? true)
        ? new record_cache_js_1.RecordCache((0, node_path_1.resolve)(dir, gitDir.stdout.trim(), 'gitopshq', 'cache'))
        : undefined;
    return new record_store_js_1.RecordStore({ git, branch, remote, ...(cache ? { cache } : {}) });
}
/** `origin` when the repository at `dir` has one (a clone), else undefined (a local-only repository). */
async function originRemote(dir) {
    const r = await new git_js_1.Git(dir).exec(['remote', 'get-url', 'origin'], { allowFail: true });
    return r.exitCode === 0 ? 'origin' : undefined;
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
