export const id = 3329;
export const ids = [3329,866,3263];
export const modules = {

/***/ 31749:
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
const path_syntax_js_1 = __webpack_require__(26633);
const plain_object_js_1 = __webpack_require__(17134);
const values_js_1 = __webpack_require__(34344);
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

/***/ 55913:
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

/***/ 14518:
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

/***/ 86752:
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

/***/ 30866:
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
const node_path_1 = __webpack_require__(76760);
const layout_js_1 = __webpack_require__(89128);
const kustomize_engine_js_1 = __webpack_require__(33450);
const targets_js_1 = __webpack_require__(25630);
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

/***/ 89157:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.chartUpgrades = chartUpgrades;
exports.helmChartReader = helmChartReader;
exports.chartUpgradeLines = chartUpgradeLines;
// Chart upgrades in a change: every affected Helm target whose chart version differs between base and head, with
// the values the new chart requires that the workload does not set (src/domain/chart-upgrade.ts). The charts are
// read here: a chart folder of the repository in place, a repository or OCI chart through `helm pull` into the
// run's temp folder (Helm's homes there too, as the engine's). Each chart version is read once per run.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const chart_upgrade_js_1 = __webpack_require__(31749);
const plain_object_js_1 = __webpack_require__(17134);
const run_process_js_1 = __webpack_require__(25820);
const helm_engine_js_1 = __webpack_require__(69029);
const repo_paths_js_1 = __webpack_require__(77191);
const session_js_1 = __webpack_require__(29612);
const targets_js_1 = __webpack_require__(25630);
const types_js_1 = __webpack_require__(74785);
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

/***/ 15293:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffSnapshots = diffSnapshots;
exports.formatSnapshotDiff = formatSnapshotDiff;
// Base vs head of a change: every affected target rendered at both sides (in one planner run, so a target whose
// inputs did not change renders once for both), diffed resource by resource. Shared by `gitopshq diff` and the
// preview action.
const finding_baseline_js_1 = __webpack_require__(55913);
const affected_js_1 = __webpack_require__(30866);
const chart_upgrade_js_1 = __webpack_require__(89157);
const diff_js_1 = __webpack_require__(80937);
const diff_groups_js_1 = __webpack_require__(6438);
const planner_js_1 = __webpack_require__(32512);
const session_js_1 = __webpack_require__(29612);
const tools_js_1 = __webpack_require__(57611);
const types_js_1 = __webpack_require__(74785);
const workload_reads_js_1 = __webpack_require__(23263);
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

/***/ 80937:
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
const node_crypto_1 = __webpack_require__(77598);
const diff_1 = __webpack_require__(25508);
const normalize_js_1 = __webpack_require__(12991);
const types_js_1 = __webpack_require__(74785);
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

/***/ 94346:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const engine_js_1 = __webpack_require__(11404);
const normalize_js_1 = __webpack_require__(12991);
const repo_paths_js_1 = __webpack_require__(77191);
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

/***/ 69029:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const helm_files_escape_js_1 = __webpack_require__(14518);
const run_process_js_1 = __webpack_require__(25820);
const engine_js_1 = __webpack_require__(11404);
const helm_dependencies_js_1 = __webpack_require__(94346);
const helm_hooks_js_1 = __webpack_require__(59487);
const normalize_js_1 = __webpack_require__(12991);
const session_js_1 = __webpack_require__(29612);
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

/***/ 59487:
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
const yaml_1 = __webpack_require__(38815);
const normalize_js_1 = __webpack_require__(12991);
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

/***/ 43388:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const tool_request_js_1 = __webpack_require__(86752);
const run_process_js_1 = __webpack_require__(25820);
const tools_js_1 = __webpack_require__(57611);
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

/***/ 21987:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IsolatedPool = void 0;
exports.isolationArgs = isolationArgs;
// The isolated renderer's processes (docs/architecture.md#untrusted-input). Starting one costs a Node start and
// the bundle's load (most of an isolated render of a small template), so a process serves render after render
// of one checkout: base and head never share one, so a pull request's render cannot change what base's looks
// like. A process that ran past the time limit, ran out of memory or crashed is killed and never reused.
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const isolation_broker_js_1 = __webpack_require__(43388);
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

/***/ 22072:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const engine_js_1 = __webpack_require__(11404);
const isolation_broker_js_1 = __webpack_require__(43388);
const isolation_pool_js_1 = __webpack_require__(21987);
const tools_js_1 = __webpack_require__(57611);
const types_js_1 = __webpack_require__(74785);
var isolation_pool_js_2 = __webpack_require__(21987);
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

/***/ 50198:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.clusterScopedKinds = clusterScopedKinds;
exports.assignNamespaces = assignNamespaces;
const normalize_js_1 = __webpack_require__(12991);
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

/***/ 16082:
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
const nunjucks_1 = __importDefault(__webpack_require__(18115));
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

/***/ 32512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEngines = defaultEngines;
exports.renderTargets = renderTargets;
// The delivery generator's planner: many targets in, one normalised and validated set per target out.
// Identical inputs (same engine key) render once; distinct renders run in parallel up to the number of cores.
const node_os_1 = __webpack_require__(48161);
const helm_engine_js_1 = __webpack_require__(69029);
const isolation_js_1 = __webpack_require__(22072);
const kustomize_engine_js_1 = __webpack_require__(33450);
const namespaces_js_1 = __webpack_require__(50198);
const normalize_js_1 = __webpack_require__(12991);
const session_js_1 = __webpack_require__(29612);
const targets_js_1 = __webpack_require__(25630);
const template_engine_js_1 = __webpack_require__(46831);
const tools_js_1 = __webpack_require__(57611);
const types_js_1 = __webpack_require__(74785);
const validate_js_1 = __webpack_require__(41532);
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

/***/ 42280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.podSpecOf = podSpecOf;
exports.containersOf = containersOf;
exports.imageTag = imageTag;
exports.checkPolicies = checkPolicies;
const normalize_js_1 = __webpack_require__(12991);
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

/***/ 46831:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const nunjucks_1 = __importDefault(__webpack_require__(18115));
const engine_js_1 = __webpack_require__(11404);
const normalize_js_1 = __webpack_require__(12991);
const nunjucks_hardening_js_1 = __webpack_require__(16082);
const repo_paths_js_1 = __webpack_require__(77191);
const session_js_1 = __webpack_require__(29612);
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

/***/ 41532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateManifests = validateManifests;
const normalize_js_1 = __webpack_require__(12991);
const policies_js_1 = __webpack_require__(42280);
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

/***/ 23263:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.followedReads = void 0;
// What a workload's render reads, followed on disk (the ReadsOf that `gitopshq diff` and preview use): a chart's
// files with the real place of every in-repository link (`charts/common -> ../../shared/common`) and its
// `file://` dependencies, recursively; a templates folder; each environment's kustomize overlay with everything
// its kustomizations reference, recursively. So a change to a shared base or chart shows every target it alters.
// Paths that leave the repository are left out here: the engines refuse them with a finding.
const node_fs_1 = __webpack_require__(73024);
const yaml_1 = __webpack_require__(38815);
const kustomize_engine_js_1 = __webpack_require__(33450);
const kustomize_tree_js_1 = __webpack_require__(37460);
const repo_paths_js_1 = __webpack_require__(77191);
const targets_js_1 = __webpack_require__(25630);
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
