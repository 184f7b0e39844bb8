export const id = 5159;
export const ids = [5159];
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

/***/ 89128:
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

/***/ 46788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleBypassError = exports.INITIAL_STATES = exports.IllegalTransitionError = exports.STATE_LABELS = void 0;
exports.nextStates = nextStates;
exports.canTransition = canTransition;
exports.isTerminal = isTerminal;
exports.transition = transition;
exports.parseState = parseState;
exports.lifecycleBypass = lifecycleBypass;
const errors_js_1 = __webpack_require__(10241);
const model_js_1 = __webpack_require__(45529);
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

/***/ 45529:
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

/***/ 362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_YAML_DEPTH = exports.MAX_YAML_BYTES = void 0;
exports.parseYamlSource = parseYamlSource;
exports.formatPath = formatPath;
exports.pointerToPath = pointerToPath;
// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
const yaml_1 = __webpack_require__(38815);
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


/***/ })

};
