export const id = 9456;
export const ids = [9456];
export const modules = {

/***/ 9456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// preview: on a pull request, render the final manifests of every affected (workload, environment, tenant) at the
// merge base and at the head, validate them, and put the diff where reviewers look: one sticky PR comment, the
// job summary, annotations on the values files that caused errors, and the `gitopshq/preview` commit status.
const node_path_1 = __webpack_require__(6760);
const action_js_1 = __webpack_require__(5605);
const context_js_1 = __webpack_require__(8480);
const contract_js_1 = __webpack_require__(2013);
const errors_js_1 = __webpack_require__(241);
const git_js_1 = __webpack_require__(308);
const diff_snapshots_js_1 = __webpack_require__(5293);
const kube_schema_js_1 = __webpack_require__(2827);
const markdown_report_js_1 = __webpack_require__(7846);
const types_js_1 = __webpack_require__(4785);
const ref_snapshots_js_1 = __webpack_require__(5924);
const inputs_js_1 = __webpack_require__(2559);
const STICKY_PURPOSE = 'preview';
exports.action = (0, action_js_1.defineAction)({
    name: 'preview',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        const number = input.pullRequest ?? (0, context_js_1.eventPullRequestNumber)(env.context);
        if (number === undefined) {
            throw new errors_js_1.UserError(`no pull request: run preview on a pull_request event, or set the pull-request input (event: ${env.context.eventName || 'none'})`, [], 'usage');
        }
        const github = await env.github();
        const pr = await github.getPullRequest(number);
        const repoDir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const git = new git_js_1.Git(repoDir, { env: tokenAuth(input.token ?? '') });
        const base = await env.log.group('Fetch base and head', async () => {
            const missing = [];
            for (const sha of [pr.base.sha, pr.head.sha])
                if (!(await git.hasCommit(sha)))
                    missing.push(sha);
            if (missing.length > 0) {
                const fetched = await git.fetch('origin', missing, { allowFail: true });
                if (fetched.exitCode !== 0) {
                    throw new errors_js_1.UserError(`the checkout at ${input.repoPath} lacks commits ${missing.join(', ')} and fetching them failed (${fetched.stderr.trim()}): use actions/checkout with fetch-depth: 0`, [], 'usage');
                }
            }
            return (await git.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
        });
        let diff;
        let invalid;
        let environmentOrder = [];
        await env.log.group(`Render ${shortSha(base)}..${shortSha(pr.head.sha)}`, async () => {
            try {
                diff = await (0, ref_snapshots_js_1.withRefSnapshots)(repoDir, base, pr.head.sha, (s) => {
                    environmentOrder = s.headSnap.config.environments.map((e) => e.name);
                    return (0, diff_snapshots_js_1.diffSnapshots)(s.baseSnap, s.headSnap, s.changed, {
                        kubeSchema: (0, kube_schema_js_1.createKubeSchemaValidator)(),
                    });
                });
                env.log.info(`${diff.stats.renders} distinct render(s) for ${diff.stats.targets} target render(s) at base and head`);
            }
            catch (e) {
                if (!(e instanceof errors_js_1.ValidationError))
                    throw e;
                invalid = e.findings;
            }
        });
        const report = { diff, invalid, base, head: pr.head.sha, runUrl: env.context.runUrl, environmentOrder };
        const verdict = (0, markdown_report_js_1.previewVerdict)(report);
        const full = (0, markdown_report_js_1.previewMarkdown)(report, Number.POSITIVE_INFINITY).markdown;
        env.summary.add(full);
        if (input.comment) {
            const comment = (0, markdown_report_js_1.previewMarkdown)(report);
            await github.upsertStickyComment(number, STICKY_PURPOSE, comment.markdown, {
                ...(env.context.runUrl ? { summaryUrl: env.context.runUrl } : {}),
            });
        }
        await github.createCommitStatus(pr.head.sha, {
            context: contract_js_1.PREVIEW_STATUS_CONTEXT,
            state: verdict.state === 'error' ? 'failure' : 'success',
            description: verdict.line.slice(0, 140),
            ...(env.context.runUrl ? { targetUrl: env.context.runUrl } : {}),
        });
        const findings = invalid ?? (await annotatedFindings(git, base, pr.head.sha, diff?.findings ?? []));
        const errors = findings.filter((f) => (f.severity ?? 'error') === 'error').length;
        const warnings = findings.length - errors;
        const failOn = input.failOn;
        if ((failOn === 'error' && errors > 0) || (failOn === 'warning' && findings.length > 0)) {
            throw new errors_js_1.UserError(`${verdict.line}; see the pull request comment and the job summary`, findings);
        }
        env.log.findings(findings);
        const totals = diff?.totals ?? { targets: 0, changedTargets: 0, added: 0, changed: 0, removed: 0 };
        return {
            changed: totals.changedTargets > 0,
            targets: (diff?.targets ?? []).map((d) => ({
                workload: d.target.workload,
                environment: d.target.environment,
                ...(d.target.tenant ? { tenant: d.target.tenant } : {}),
                status: d.status,
                added: d.added,
                changed: d.changed,
                removed: d.removed,
            })),
            summary: { ...totals, errors, warnings, valid: invalid === undefined },
            errors,
        };
    },
});
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** git authenticates a fetch with the token through the environment, never through argv or the repo's config. */
function tokenAuth(token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraheader',
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
/**
 * Render findings placed in files for annotations: a finding with its own line (a template error) keeps it; the
 * others land on the first line this pull request changed in the values layer that feeds the target.
 */
async function annotatedFindings(git, base, head, findings) {
    if (findings.length === 0)
        return [];
    const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    const changedLines = new Map([...(await git.firstChangedLines(base, head))]
        .filter(([p]) => p.startsWith(prefix))
        .map(([p, line]) => [p.slice(prefix.length), line]));
    return findings.map((f) => {
        // A template error has its own line; a policy or schema finding is caused by values: point at the change.
        if (f.file && f.line)
            return (0, types_js_1.toFinding)(f, f.file);
        const [workload = '', environment = '', tenant] = f.target.split('/');
        const candidates = [
            ...(tenant ? [`workloads/${workload}/values/${environment}/${tenant}.yaml`] : []),
            `workloads/${workload}/values/${environment}.yaml`,
            `workloads/${workload}/values.yaml`,
            // A chart or template file this change touched (a Helm failure has no line of its own).
            ...[...changedLines.keys()].filter((p) => p.startsWith(`workloads/${workload}/`)).sort(),
            `workloads/${workload}/workload.yaml`,
            'gitopshq.yaml',
        ];
        const file = candidates.find((c) => changedLines.has(c)) ?? candidates[candidates.length - 1] ?? 'gitopshq.yaml';
        return { ...(0, types_js_1.toFinding)({ ...f, file: undefined }, file), line: changedLines.get(file) ?? 1, col: 1 };
    });
}


/***/ }),

/***/ 2559:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = exports.FAIL_ON = void 0;
// preview's public interface (DESIGN.md §2a).
const contract_js_1 = __webpack_require__(2013);
exports.FAIL_ON = ['error', 'warning', 'never'];
exports.inputs = {
    /** Default: the pull request of the triggering event. */
    'pull-request': { kind: 'integer' },
    comment: { kind: 'boolean', default: 'true' },
    'fail-on': { kind: 'enum', values: exports.FAIL_ON, default: 'error' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['changed', 'targets', 'summary', 'errors']);


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineAction = defineAction;
/** Keeps the literal types of the spec and outputs so the handler's `inputs` and return value are checked. */
function defineAction(handler) {
    return handler;
}


/***/ }),

/***/ 4344:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPlainObject = isPlainObject;
exports.cloneValue = cloneValue;
exports.layerValues = layerValues;
exports.getPath = getPath;
exports.flattenValues = flattenValues;
exports.compareSegments = compareSegments;
exports.deepEqual = deepEqual;
exports.diffValues = diffValues;
exports.setPath = setPath;
const path_syntax_js_1 = __webpack_require__(6633);
function isPlainObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
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
    if (isPlainObject(v)) {
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
            // Helm's rule: null in a later layer removes the key inherited from earlier layers.
            delete target[key];
            continue;
        }
        const current = hasOwn(target, key) ? target[key] : undefined;
        if (isPlainObject(value)) {
            const base = isPlainObject(current) ? current : {};
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
            if (!isPlainObject(node) || !hasOwn(node, seg))
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
    else if (isPlainObject(value) && Object.keys(value).length > 0) {
        for (const [k, x] of Object.entries(value))
            walkLeaves(x, [...at, k], visit);
    }
    else if (at.length > 0 || !isPlainObject(value)) {
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
    if (isPlainObject(a) && isPlainObject(b)) {
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
    if (isPlainObject(a) && isPlainObject(b) && !(isEmpty(a) !== isEmpty(b) && at.length > 0)) {
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
    const map = isPlainObject(root) ? cloneValue(root) : {};
    setOwn(map, seg, setPath(hasOwn(map, seg) ? map[seg] : undefined, rest, value));
    return map;
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Git = exports.BOT_IDENTITY = exports.GitError = void 0;
// The git command-line adapter: one method per git verb, arguments always as arrays (never a shell string, so no
// branch name, PR title or value can reach a shell), `--` before paths. GITOPSHQ_DEBUG_GIT=1 echoes each call.
const node_child_process_1 = __webpack_require__(1421);
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
        const result = await new Promise((resolve, reject) => {
            const child = (0, node_child_process_1.spawn)('git', args, {
                cwd: opts.cwd ?? this.cwd,
                env: {
                    ...process.env,
                    GIT_TERMINAL_PROMPT: '0',
                    GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? exports.BOT_IDENTITY.name,
                    GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? exports.BOT_IDENTITY.email,
                    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? exports.BOT_IDENTITY.name,
                    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? exports.BOT_IDENTITY.email,
                    ...this.options.env,
                },
                // No stdin pipe unless there is input: a pipe git never reads raises EPIPE when git exits first.
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            child.stdout?.on('data', (d) => out.push(d));
            child.stderr?.on('data', (d) => err.push(d));
            child.on('error', reject);
            child.on('close', (code) => resolve({
                exitCode: code ?? 1,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            }));
            if (child.stdin) {
                // git may exit before reading all of its input (e.g. on an error): its exit code says what happened.
                child.stdin.on('error', () => { });
                child.stdin.end(opts.input);
            }
        });
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
// Which targets a set of changed files can change. Pure: paths and snapshots in, targets out.
//   gitopshq.yaml                          -> every target of every workload
//   workloads/<w>/values/<env>.yaml        -> w's targets in env
//   workloads/<w>/values/<env>/<t>.yaml    -> the one target (w, env, t)
//   workloads/<w>/... anything else        -> every target of w (workload.yaml, values.yaml, chart, templates),
//                                             except a kustomize overlay folder of one env -> that env's targets
//   a chart or templates folder outside workloads/<w> that w uses -> every target of w
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(1719);
const kustomize_engine_js_1 = __webpack_require__(3450);
const targets_js_1 = __webpack_require__(5630);
function affectedTargets(changedPaths, snapshots) {
    const found = [];
    for (const snap of snapshots) {
        const workloads = [...snap.workloads.values()];
        for (const raw of changedPaths) {
            const path = node_path_1.posix.normalize(raw.split('\\').join('/')).replace(/^\.\//, '');
            if (path === layout_js_1.CONFIG_FILE) {
                for (const w of workloads)
                    found.push(...(0, targets_js_1.workloadTargets)(snap.config, w.config));
                continue;
            }
            for (const w of workloads)
                found.push(...targetsForPath(snap, w, path));
        }
    }
    return sortTargets((0, targets_js_1.uniqueTargets)(found), snapshots);
}
function targetsForPath(snap, w, path) {
    const all = (0, targets_js_1.workloadTargets)(snap.config, w.config);
    const dir = `${layout_js_1.WORKLOADS_DIR}/${w.config.name}`;
    const used = usedFolders(snap, w);
    if (path.startsWith(`${dir}/`)) {
        const rest = path.slice(dir.length + 1);
        const env = /^values\/([^/]+)\.ya?ml$/.exec(rest)?.[1];
        if (env !== undefined)
            return all.filter((t) => t.environment === env);
        const tenant = /^values\/([^/]+)\/([^/]+)\.ya?ml$/.exec(rest);
        if (tenant)
            return all.filter((t) => t.environment === tenant[1] && t.tenant === tenant[2]);
        const src = w.config.source;
        if (src.type === 'kustomize') {
            const envs = [...new Set(all.map((t) => t.environment))];
            const owners = envs.filter((e) => isUnder(path, node_path_1.posix.join(dir, (0, kustomize_engine_js_1.overlayFor)(src.overlay, e))));
            if (owners.length > 0)
                return all.filter((t) => owners.includes(t.environment));
        }
        return all;
    }
    return used.some((folder) => isUnder(path, folder)) ? all : [];
}
/** Repo-relative folders outside the workload folder that its source reads (a shared chart, templates). */
function usedFolders(snap, w) {
    const src = w.config.source;
    const rel = src.type === 'helm' ? src.chart : src.type === 'template' ? src.path || 'templates' : undefined;
    if (!rel || (src.type === 'helm' && (rel.startsWith('oci://') || src.repository)))
        return [];
    const workloadRel = node_path_1.posix.relative(snap.root.split('\\').join('/'), w.dir.split('\\').join('/'));
    const folder = node_path_1.posix.normalize(node_path_1.posix.join(workloadRel, rel));
    return folder.startsWith('..') ? [] : [folder];
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

/***/ 5293:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffSnapshots = diffSnapshots;
const affected_js_1 = __webpack_require__(866);
const diff_js_1 = __webpack_require__(937);
const planner_js_1 = __webpack_require__(2512);
const types_js_1 = __webpack_require__(4785);
function hasTarget(snap, t) {
    const w = snap?.workloads.get(t.workload)?.config;
    if (!w)
        return false;
    const envs = w.environments.length > 0 ? w.environments : snap.config.environments.map((e) => e.name);
    return (envs.includes(t.environment) && (w.tenants.length === 0 ? !t.tenant : w.tenants.includes(t.tenant ?? '')));
}
/** `base` undefined: the repository did not exist (or was not valid) before; everything in head is added. */
async function diffSnapshots(base, head, changedPaths, opts = {}) {
    const targets = (0, affected_js_1.affectedTargets)(changedPaths, base ? [base, head] : [head]);
    const items = targets.flatMap((target) => [
        ...(base && hasTarget(base, target) ? [{ target, snapshot: base, side: 'base' }] : []),
        ...(hasTarget(head, target) ? [{ target, snapshot: head, side: 'head' }] : []),
    ]);
    const { sets, stats } = await (0, planner_js_1.renderTargets)(items, opts);
    const salt = opts.salt ?? (0, diff_js_1.newRedactionSalt)();
    const bySide = new Map(items.map((item, i) => [`${item.side}\0${(0, types_js_1.targetId)(item.target)}`, sets[i]]));
    const diffs = [];
    const findings = [];
    for (const target of targets) {
        const id = (0, types_js_1.targetId)(target);
        const b = bySide.get(`base\0${id}`);
        const h = bySide.get(`head\0${id}`);
        if (h)
            findings.push(...h.findings);
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
exports.repoRelative = repoRelative;
// The one interface behind the three engines. `prepare` is cheap and computes the dedupe key from everything
// that can change the output; `run` does the work and is called once per distinct key.
const node_path_1 = __webpack_require__(6760);
/** A prepared render that fails at once (bad path in workload.yaml and the like); keyed so it is reported once. */
function failed(key, finding) {
    return { key: `failed:${key}`, run: async () => ({ chunks: [], findings: [finding] }) };
}
/**
 * Resolves a folder named in workload.yaml (relative to the workload folder) and refuses one outside the
 * checkout: a pull request must not make the renderer read arbitrary files of the runner.
 */
function resolveInRepo(input, rel) {
    const abs = (0, node_path_1.resolve)(input.workloadDir, rel);
    const r = (0, node_path_1.relative)(input.repoRoot, abs);
    if (r.startsWith('..') || (0, node_path_1.isAbsolute)(r))
        return undefined;
    return abs;
}
function repoRelative(input, abs) {
    return (0, node_path_1.relative)(input.repoRoot, abs).split('\\').join('/');
}


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.execFile = execFile;
exports.findOnPath = findOnPath;
// Runs the engines' binaries (helm, kubectl, kustomize): argument arrays only, never a shell, so no value, chart
// name or path from a pull request can reach one.
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
function execFile(cmd, args, opts = {}) {
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(cmd, args, {
            env: opts.env ?? process.env,
            cwd: opts.cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => resolve({ exitCode: 127, stdout: '', stderr: '', spawnError: e.code ?? e.message }));
        child.on('close', (code) => resolve({
            exitCode: code ?? 1,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
        }));
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

/***/ 9029:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HelmEngine = void 0;
exports.kubeVersionFlag = kubeVersionFlag;
exports.splitHelmOutput = splitHelmOutput;
// Helm charts through the real `helm template` on PATH. Values go in a temp file passed with -f (never on the
// command line); Helm's cache/config/data homes point into the run's temp folder so the user's home is never
// read or written.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const yaml_1 = __webpack_require__(8815);
const engine_js_1 = __webpack_require__(1404);
const exec_js_1 = __webpack_require__(1127);
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
        ];
        let chartArgs;
        let chartIdentity;
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
                hash = input.session.dirHash(dir);
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
            chartIdentity = hash;
        }
        const valuesJson = (0, session_js_1.stableJson)(input.values);
        const key = (0, session_js_1.sha256)('helm', chartIdentity, release, ...common, valuesJson);
        return {
            key,
            run: async () => {
                const out = await this.run(input, key, [release, ...chartArgs, ...common], workloadFile);
                return { chunks: out.chunks, findings: [...warnings, ...out.findings] };
            },
        };
    }
    async run(input, key, args, workloadFile) {
        const tmp = input.session.tempDir();
        const home = (0, node_path_1.join)(tmp, 'helm');
        const valuesFile = (0, node_path_1.join)(tmp, `values-${key.slice(0, 16)}.yaml`);
        (0, node_fs_1.mkdirSync)(home, { recursive: true });
        (0, node_fs_1.writeFileSync)(valuesFile, (0, yaml_1.stringify)(input.values ?? {}));
        const result = await (0, exec_js_1.execFile)(this.helm, ['template', ...args, '-f', valuesFile, '--include-crds', '--skip-tests'], {
            env: {
                ...process.env,
                HELM_CACHE_HOME: (0, node_path_1.join)(home, 'cache'),
                HELM_CONFIG_HOME: (0, node_path_1.join)(home, 'config'),
                HELM_DATA_HOME: (0, node_path_1.join)(home, 'data'),
            },
        });
        if (result.spawnError) {
            const finding = {
                severity: 'error',
                rule: 'helm',
                file: workloadFile,
                message: `cannot run helm (${result.spawnError}): install Helm and put it on PATH`,
            };
            return { chunks: [], findings: [finding] };
        }
        if (result.exitCode !== 0) {
            const finding = {
                severity: 'error',
                rule: 'helm',
                file: workloadFile,
                message: `helm template failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
            };
            return { chunks: [], findings: [finding] };
        }
        return { chunks: splitHelmOutput(result.stdout), findings: [] };
    }
}
exports.HelmEngine = HelmEngine;
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

/***/ 3450:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KustomizeEngine = exports.DEFAULT_OVERLAY = void 0;
exports.overlayFor = overlayFor;
// Kustomize overlays through `kustomize build` when it is on PATH, else `kubectl kustomize` (the same library,
// bundled in kubectl). Values are not an input: every tenant of an environment shares one render.
const node_path_1 = __webpack_require__(6760);
const engine_js_1 = __webpack_require__(1404);
const exec_js_1 = __webpack_require__(1127);
const session_js_1 = __webpack_require__(9612);
exports.DEFAULT_OVERLAY = 'overlays/{env}';
function overlayFor(pattern, env) {
    return (pattern || exports.DEFAULT_OVERLAY).split('{env}').join(env);
}
class KustomizeEngine {
    type = 'kustomize';
    prepare(input) {
        const src = input.workload.source;
        const rel = overlayFor(src.type === 'kustomize' ? src.overlay : undefined, input.target.environment);
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
        const key = (0, session_js_1.sha256)('kustomize', dir);
        return {
            key,
            run: async () => {
                const kustomize = (0, exec_js_1.findOnPath)('kustomize');
                const [cmd, args] = kustomize ? [kustomize, ['build', dir]] : ['kubectl', ['kustomize', dir]];
                const r = await (0, exec_js_1.execFile)(cmd, args);
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

/***/ 7846:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_BUDGET = void 0;
exports.previewVerdict = previewVerdict;
exports.previewMarkdown = previewMarkdown;
/** GitHub rejects a comment over 65,536 characters; leave room for the sticky marker and a footer. */
exports.COMMENT_BUDGET = 60_000;
const ICON = { error: '❌', warning: '⚠️', ok: '✅' };
function esc(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function short(sha) {
    return sha.slice(0, 7);
}
/** A fence longer than any run of backticks inside, so a manifest can never close the block early. */
function fenced(text, lang) {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function previewVerdict(input) {
    if (input.invalid && input.invalid.length > 0) {
        const n = input.invalid.length;
        return { state: 'error', line: `${n} problem${n === 1 ? '' : 's'} in the repository's files` };
    }
    const d = input.diff;
    if (!d)
        return { state: 'ok', line: 'nothing to render' };
    const errors = d.findings.filter((f) => f.severity === 'error').length;
    const warnings = d.findings.length - errors;
    const t = d.totals;
    const change = t.targets === 0
        ? 'no target affected'
        : `${t.changedTargets} of ${t.targets} target${t.targets === 1 ? '' : 's'} changed (+${t.added} ~${t.changed} -${t.removed} resources)`;
    if (errors > 0)
        return { state: 'error', line: `${errors} error${errors === 1 ? '' : 's'}, ${change}` };
    if (warnings > 0)
        return { state: 'warning', line: `${warnings} warning${warnings === 1 ? '' : 's'}, ${change}` };
    return { state: 'ok', line: change };
}
function findingsSection(findings) {
    if (findings.length === 0)
        return [];
    const sorted = [...findings].sort((a, b) => a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
    return [
        '### Findings',
        '',
        '| | target | resource | field | problem |',
        '| --- | --- | --- | --- | --- |',
        ...sorted.map((f) => `| ${ICON[f.severity]} | \`${f.target}\` | ${f.resource ? `\`${esc(f.resource)}\`` : ''} | ${f.path ? `\`${esc(f.path)}\`` : ''} | ${esc(f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}` : f.message)} |`),
        '',
    ];
}
function targetsTable(diff, order) {
    if (diff.targets.length === 0)
        return ['No workload, environment or tenant is affected by the changed files.', ''];
    const findingsOf = (id) => diff.findings.filter((f) => f.target === id);
    const rank = (env) => (order.includes(env) ? order.indexOf(env) : order.length);
    const rows = [...diff.targets].sort((a, b) => rank(a.target.environment) - rank(b.target.environment) ||
        a.target.environment.localeCompare(b.target.environment) ||
        (a.target.tenant ?? '').localeCompare(b.target.tenant ?? '') ||
        a.target.workload.localeCompare(b.target.workload));
    return [
        '| environment | tenant | workload | change | added | changed | removed | findings |',
        '| --- | --- | --- | --- | ---: | ---: | ---: | --- |',
        ...rows.map((d) => {
            const fs = findingsOf(d.id);
            const errors = fs.filter((f) => f.severity === 'error').length;
            const mark = errors > 0 ? `${ICON.error} ${errors}` : fs.length > 0 ? `${ICON.warning} ${fs.length}` : '';
            return `| ${d.target.environment} | ${d.target.tenant ?? '—'} | ${d.target.workload} | ${d.status} | ${d.added} | ${d.changed} | ${d.removed} | ${mark} |`;
        }),
        '',
    ];
}
/**
 * One collapsible block per distinct patch: the same change in fifty tenants reads as one diff naming the fifty
 * targets, which keeps a wide rollout's comment short enough to review.
 */
function diffBlocks(targets) {
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
    return [...groups.values()].map((g) => {
        const shown = g.ids.slice(0, 3).map((id) => `<code>${id}</code>`);
        const more = g.ids.length > 3 ? ` and ${g.ids.length - 3} more` : '';
        const where = g.ids.length > 1 ? `${g.ids.length} targets (${shown.join(', ')}${more})` : (shown[0] ?? '');
        return `<details><summary>${where} · ${g.change} <code>${g.resource}</code></summary>\n\n${fenced(g.patch, 'diff')}\n\n</details>`;
    });
}
/** The markdown for a budget of `limit` characters (Infinity for the job summary). */
function previewMarkdown(input, limit = exports.COMMENT_BUDGET) {
    const verdict = previewVerdict(input);
    const lines = [
        `## ${ICON[verdict.state]} GitOpsHQ preview: ${verdict.line}`,
        '',
        `Rendered manifests of \`${short(input.head)}\` compared with \`${short(input.base)}\` (the merge base)${input.runUrl ? ` · [run](${input.runUrl})` : ''}. Secret values are redacted.`,
        '',
    ];
    if (input.invalid && input.invalid.length > 0) {
        lines.push('### The repository does not validate', '', 'Nothing can be rendered until these are fixed:', '', ...input.invalid.map((f) => `- \`${f.file}:${f.line}:${f.col}\`: ${esc(f.message)}`), '');
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    }
    const diff = input.diff;
    if (!diff)
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    lines.push(...findingsSection(diff.findings), '### Targets', '', ...targetsTable(diff, input.environmentOrder ?? []));
    const blocks = diffBlocks(diff.targets);
    if (blocks.length === 0)
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    lines.push('### Diff', '');
    let text = lines.join('\n');
    let shown = 0;
    const footerRoom = 300;
    for (const block of blocks) {
        if (text.length + block.length + 2 + footerRoom > limit)
            break;
        text += `${block}\n\n`;
        shown++;
    }
    const omitted = blocks.length - shown;
    if (omitted > 0) {
        text += `_${omitted} more resource diff${omitted === 1 ? '' : 's'} did not fit in a comment: see the job summary${input.runUrl ? ` of [this run](${input.runUrl})` : ''}._\n`;
    }
    return { markdown: text, omittedDiffs: omitted };
}


/***/ }),

/***/ 2991:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLUSTER_SCOPED = exports.YAML_OPTIONS = void 0;
exports.isObject = isObject;
exports.parseChunks = parseChunks;
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
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Parses every chunk; YAML errors and non-mapping documents become findings, empty documents are dropped. */
function parseChunks(chunks) {
    const manifests = [];
    const findings = [];
    for (const chunk of chunks) {
        const offset = (chunk.line ?? 1) - 1;
        for (const doc of (0, yaml_1.parseAllDocuments)(chunk.text, { version: '1.1' })) {
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
        namespace: exports.CLUSTER_SCOPED.has(kind) ? '' : str(meta.namespace) || defaultNamespace,
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
const kustomize_engine_js_1 = __webpack_require__(3450);
const normalize_js_1 = __webpack_require__(2991);
const session_js_1 = __webpack_require__(9612);
const targets_js_1 = __webpack_require__(5630);
const template_engine_js_1 = __webpack_require__(6831);
const types_js_1 = __webpack_require__(4785);
const validate_js_1 = __webpack_require__(1532);
function defaultEngines() {
    return { template: new template_engine_js_1.TemplateEngine(), helm: new helm_engine_js_1.HelmEngine(), kustomize: new kustomize_engine_js_1.KustomizeEngine() };
}
async function renderTargets(items, opts = {}) {
    const engines = { ...defaultEngines(), ...opts.engines };
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
                workload: w.config,
                workloadDir: w.dir,
                repoRoot: item.snapshot.root,
                kubernetesVersion: item.snapshot.config.render.kubernetesVersion,
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
                    const sorted = (0, normalize_js_1.sortManifests)(n.manifests, namespace);
                    const checks = await (0, validate_js_1.validateManifests)(sorted, {
                        policies,
                        defaultNamespace: namespace,
                        ...(opts.kubeSchema ? { kubeSchema: opts.kubeSchema } : {}),
                    });
                    const findings = [...n.findings, ...checks];
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
        if (!opts.session)
            session.dispose();
    }
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
class RenderSession {
    tmp;
    dirHashes = new Map();
    /** Engine-private caches keyed by the engine (e.g. one nunjucks Environment per templates folder). */
    caches = new Map();
    /** A private temp folder, created on first use. */
    tempDir() {
        this.tmp ??= (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-render-'));
        return this.tmp;
    }
    /** sha256 over every file's relative path and content under `dir` (memoised: a run sees a fixed checkout). */
    dirHash(dir) {
        let h = this.dirHashes.get(dir);
        if (h === undefined) {
            h = hashDir(dir);
            this.dirHashes.set(dir, h);
        }
        return h;
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
        if (this.tmp)
            (0, node_fs_1.rmSync)(this.tmp, { recursive: true, force: true });
        this.tmp = undefined;
    }
}
exports.RenderSession = RenderSession;
function hashDir(dir) {
    const hash = (0, node_crypto_1.createHash)('sha256');
    const walk = (d) => {
        const entries = (0, node_fs_1.readdirSync)(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) {
            if (e.name === '.git')
                continue;
            const full = (0, node_path_1.join)(d, e.name);
            if (e.isDirectory())
                walk(full);
            else if (e.isFile()) {
                hash.update(`${(0, node_path_1.relative)(dir, full)}\0`);
                hash.update((0, node_fs_1.readFileSync)(full));
                hash.update('\0');
            }
        }
    };
    walk(dir);
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
exports.uniqueTargets = uniqueTargets;
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
/** Targets sorted and without repeats (by targetId). */
function uniqueTargets(targets) {
    const byId = new Map();
    for (const t of targets)
        if (!byId.has((0, types_js_1.targetId)(t)))
            byId.set((0, types_js_1.targetId)(t), t);
    return [...byId.values()];
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
// The built-in chart format (helpers/TEMPLATE-FORMAT.md): a folder of nunjucks templates, rendered in-process.
// Strict: an undefined value never becomes an empty string; the error names the file, line and variable.
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const nunjucks_1 = __importDefault(__webpack_require__(8115));
const engine_js_1 = __webpack_require__(1404);
const normalize_js_1 = __webpack_require__(2991);
const nunjucks_hardening_js_1 = __webpack_require__(6082);
const session_js_1 = __webpack_require__(9612);
const REQUIRED_MARK = 'gitopshq-required: ';
/** The context every template sees (TEMPLATE-FORMAT.md "Rendering context"). */
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
/** Every `*.yaml` (and `*.yml`) under the templates folder that is not a partial, sorted. */
function templateFiles(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of (0, node_fs_1.readdirSync)(d, { withFileTypes: true })) {
            if (e.name.startsWith('_') || e.name.startsWith('.'))
                continue;
            const full = (0, node_path_1.join)(d, e.name);
            if (e.isDirectory())
                walk(full);
            else if (e.isFile() && /\.ya?ml$/.test(e.name))
                out.push((0, node_path_1.relative)(dir, full).split('\\').join('/'));
        }
    };
    walk(dir);
    return out.sort();
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
        let dirHash;
        try {
            dirHash = input.session.dirHash(dir);
        }
        catch {
            return (0, engine_js_1.failed)(dir, {
                severity: 'error',
                rule: 'template',
                file: workloadFile,
                message: `the templates folder ${(0, engine_js_1.repoRelative)(input, dir)} does not exist (source.path '${rel}')`,
            });
        }
        const context = templateContext(input);
        const key = (0, session_js_1.sha256)('template', dirHash, (0, session_js_1.stableJson)(context));
        return { key, run: async () => this.render(input, dir, context) };
    }
    render(input, dir, context) {
        const envs = input.session.cache('template-env');
        let env = envs.get(dir);
        if (!env) {
            env = makeEnvironment(dir);
            envs.set(dir, env);
        }
        const chunks = [];
        const findings = [];
        const files = templateFiles(dir);
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
    const absFile = last?.[1];
    const file = absFile ? (0, node_path_1.relative)(repoRoot, absFile).split('\\').join('/') : fallbackFile;
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

/***/ 4785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.targetId = targetId;
exports.formatRenderFinding = formatRenderFinding;
exports.toFinding = toFinding;
exports.hasErrors = hasErrors;
/** `web/prod/acme` or `web/prod` — how findings and diffs name a target. */
function targetId(t) {
    return t.tenant ? `${t.workload}/${t.environment}/${t.tenant}` : `${t.workload}/${t.environment}`;
}
function formatRenderFinding(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}:${f.col ?? 1}` : ''}: ` : '';
    const what = [f.resource, f.path].filter(Boolean).join(' ');
    return `${where}${f.severity} [${f.target}]${what ? ` ${what}` : ''}: ${f.message}`;
}
/** The same finding in the project-wide shape (annotations, ValidationError). */
function toFinding(f, fallbackFile) {
    const what = [f.resource, f.path].filter(Boolean).join(' ');
    return {
        file: f.file ?? fallbackFile,
        line: f.line ?? 1,
        col: f.col ?? 1,
        message: `[${f.target}]${what ? ` ${what}` : ''}: ${f.message}`,
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

/***/ 9883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZE_OVERLAY_DEFAULT = exports.TEMPLATE_PATH_DEFAULT = exports.BREAK_GLASS_DEFAULTS = exports.KUBERNETES_VERSION_DEFAULT = exports.RENDER_POLICY_DEFAULTS = exports.APPROVAL_DEFAULTS = void 0;
exports.withConfigDefaults = withConfigDefaults;
exports.withWorkloadDefaults = withWorkloadDefaults;
const layout_js_1 = __webpack_require__(1719);
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
        })),
        tenants: (file.tenants ?? []).map((t) => ({ name: t.name, wave: t.wave ?? 0, canary: t.canary ?? false })),
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
        },
        stateBranch: file.stateBranch ?? layout_js_1.DEFAULT_STATE_BRANCH,
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
    };
}
function withSourceDefaults(source) {
    switch (source.type) {
        case 'template':
            return { type: 'template', path: source.path ?? exports.TEMPLATE_PATH_DEFAULT };
        case 'kustomize':
            return { type: 'kustomize', overlay: source.overlay ?? exports.KUSTOMIZE_OVERLAY_DEFAULT };
        case 'helm':
            return { ...source, versions: { ...source.versions } };
    }
}


/***/ }),

/***/ 1719:
/***/ ((__unused_webpack_module, exports) => {


// Where each kind of content lives in the user's GitOps repository (DESIGN.md §3). Callers pass names that
// already passed src/domain/names.ts, so these joins cannot escape the repository.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestFile = exports.NO_TENANT = exports.defaultDeployBranch = exports.promotionFile = exports.releaseFile = exports.PROMOTIONS_DIR = exports.RELEASES_DIR = exports.valuesLayerFile = exports.tenantValuesFile = exports.envValuesFile = exports.baseValuesFile = exports.workloadFile = exports.workloadDir = exports.WORKLOADS_DIR = exports.DEFAULT_STATE_BRANCH = exports.CONFIG_FILE = void 0;
exports.CONFIG_FILE = 'gitopshq.yaml';
exports.DEFAULT_STATE_BRANCH = 'gitopshq/state';
exports.WORKLOADS_DIR = 'workloads';
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

/***/ 5924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
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
const names_js_1 = __webpack_require__(8800);
const defaults_js_1 = __webpack_require__(9883);
const layout_js_1 = __webpack_require__(1719);
const schema_validate_js_1 = __webpack_require__(4501);
const semantic_checks_js_1 = __webpack_require__(9531);
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
    const files = [];
    files.push(layout_js_1.CONFIG_FILE);
    const configText = await fs.read(layout_js_1.CONFIG_FILE);
    let config;
    let known = { environments: [], tenants: [] };
    if (configText === undefined) {
        findings.push(fileFinding(layout_js_1.CONFIG_FILE, `missing: a GitOpsHQ repository has ${layout_js_1.CONFIG_FILE} at its root (see 'gitopshq init')`));
    }
    else {
        const { source, findings: schemaFindings } = (0, schema_validate_js_1.checkDocument)(configText, layout_js_1.CONFIG_FILE, 'gitopshq');
        findings.push(...schemaFindings);
        if (schemaFindings.length === 0) {
            config = (0, defaults_js_1.withConfigDefaults)(source.value);
            findings.push(...(0, semantic_checks_js_1.checkConfig)(config, source));
            known = {
                environments: unique(config.environments.map((e) => e.name)),
                tenants: unique(config.tenants.map((t) => t.name)),
            };
        }
        else {
            // Cross-file checks still run against whatever names can be read, so one run reports everything.
            known = {
                environments: namesIn(source.value, 'environments', 'environment'),
                tenants: namesIn(source.value, 'tenants', 'tenant'),
            };
        }
    }
    const workloads = new Map();
    for (const folder of await fs.dirs(layout_js_1.WORKLOADS_DIR)) {
        const loaded = await loadWorkload(fs, folder, known, findings, files);
        if (loaded)
            workloads.set(folder, loaded);
    }
    (0, schema_validate_js_1.sortFindings)(findings);
    return {
        findings,
        files,
        snapshot: findings.length === 0 && config ? { root, config, workloads } : undefined,
    };
}
async function loadWorkload(fs, folder, known, findings, files) {
    const file = (0, layout_js_1.workloadFile)(folder);
    const folderProblem = (0, names_js_1.checkName)('workload', folder);
    if (folderProblem !== undefined) {
        findings.push(fileFinding((0, layout_js_1.workloadDir)(folder), `folder name: ${folderProblem}`));
        return undefined;
    }
    const text = await fs.read(file);
    let config;
    if (text === undefined) {
        findings.push(fileFinding(file, `missing: every folder under ${layout_js_1.WORKLOADS_DIR}/ needs a workload.yaml`));
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
                ...known,
            })));
        }
    }
    const values = { base: {}, environments: {}, tenants: {} };
    const readValues = async (rel) => {
        const t = await fs.read(rel);
        if (t === undefined)
            return undefined;
        files.push(rel);
        const { source, findings: f } = (0, schema_validate_js_1.checkDocument)(t, rel, 'values');
        findings.push(...f);
        return f.length === 0 ? (source.value ?? {}) : undefined;
    };
    values.base = (await readValues((0, layout_js_1.baseValuesFile)(folder))) ?? {};
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
                const unused = (0, semantic_checks_js_1.unusedValuesLayer)(env, tenant, known, config);
                if (unused)
                    findings.push(fileFinding(innerRel, unused));
                if (parsed) {
                    values.tenants[env] ??= {};
                    values.tenants[env][tenant] = parsed;
                }
            }
        }
        else if (entry.name.endsWith('.yaml')) {
            const env = entry.name.slice(0, -'.yaml'.length);
            const parsed = await readValues(rel);
            const unused = (0, semantic_checks_js_1.unusedValuesLayer)(env, undefined, known, config);
            if (unused)
                findings.push(fileFinding(rel, unused));
            if (parsed)
                values.environments[env] = parsed;
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
/** The repository's files, seen through pending edits (`overrides`) that are not written yet. */
class RepoFiles {
    root;
    overrides;
    constructor(root, overrides) {
        this.root = root;
        this.overrides = overrides;
    }
    abs(rel) {
        return (0, node_path_1.join)(this.root, ...rel.split('/'));
    }
    async read(rel) {
        const override = this.overrides.get(rel);
        if (override !== undefined)
            return override;
        try {
            return await (0, promises_1.readFile)(this.abs(rel), 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT' || e.code === 'EISDIR')
                return undefined;
            throw e;
        }
    }
    /** Entries of a folder (sorted by name; dot-files skipped), including files that exist only as overrides. */
    async entries(rel) {
        const found = new Map();
        try {
            for (const d of await (0, promises_1.readdir)(this.abs(rel), { withFileTypes: true })) {
                if (!d.name.startsWith('.'))
                    found.set(d.name, d.isDirectory());
            }
        }
        catch (e) {
            if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')
                throw e;
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

/***/ 4501:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.schemaFor = schemaFor;
exports.validateDocument = validateDocument;
exports.checkDocument = checkDocument;
exports.sortFindings = sortFindings;
// Validates a state-repo file against its JSON Schema and says what is wrong the way a person reads the file:
// positioned at the key or value to edit, in words (`environments[2].approvals.required must be >= 0`), every
// problem at once. Schemas are bundled as JSON imports (the CLI is one ncc file) and compiled on first use only:
// compiling all five costs ~100 ms, a large share of an action's 250 ms start budget.
const _2020_js_1 = __webpack_require__(2210);
const gitopshq_schema_json_1 = __importDefault(__webpack_require__(9893));
const promotion_schema_json_1 = __importDefault(__webpack_require__(5225));
const release_schema_json_1 = __importDefault(__webpack_require__(7945));
const values_schema_json_1 = __importDefault(__webpack_require__(6626));
const workload_schema_json_1 = __importDefault(__webpack_require__(2467));
const names_js_1 = __webpack_require__(8800);
const yaml_source_js_1 = __webpack_require__(362);
const SCHEMAS = {
    gitopshq: gitopshq_schema_json_1.default,
    workload: workload_schema_json_1.default,
    values: values_schema_json_1.default,
    release: release_schema_json_1.default,
    promotion: promotion_schema_json_1.default,
};
/** The JSON Schema of a file kind, e.g. for documentation or editors. */
function schemaFor(name) {
    return SCHEMAS[name];
}
let ajv;
const compiled = new Map();
function validator(name) {
    let fn = compiled.get(name);
    if (!fn) {
        ajv ??= new _2020_js_1.Ajv2020({
            allErrors: true,
            strict: true,
            // The freeze window's if/then/else names keys declared by its parent object, which strictRequired rejects.
            strictRequired: false,
            // values files may be empty (null) as well as a mapping.
            allowUnionTypes: true,
            discriminator: true,
            // parentSchema lets messages list the allowed keys and the discriminator's choices.
            verbose: true,
        });
        fn = ajv.compile(SCHEMAS[name]);
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
/** validateDocument, also returning the parsed source so callers can position findings of their own. */
function checkDocument(text, file, schema) {
    const source = (0, yaml_source_js_1.parseYamlSource)(text, file);
    if (source.findings.length > 0)
        return { source, findings: source.findings };
    const validate = validator(schema);
    if (validate(source.value))
        return { source, findings: [] };
    return { source, findings: explain(validate.errors ?? [], source, SCHEMAS[schema]) };
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
for (const schema of [gitopshq_schema_json_1.default, workload_schema_json_1.default]) {
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
    '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$': 'a local date and time such as 2026-12-24T00:00',
    '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time of day as HH:MM, e.g. 18:00',
    '^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$': "a time of day as HH:MM, optionally after a day: '18:00' or 'fri 18:00'",
    '^1\\.[0-9]+$': "a Kubernetes minor version such as '1.33' (quoted)",
    '^https://': 'an https:// URL',
    '^(?![/\\\\])(?![A-Za-z]:)': 'a path relative to the workload folder',
    '^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$': "a record id: lowercase letters, digits and '-', at most 200 characters",
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$': 'an ISO 8601 UTC timestamp such as 2026-11-26T21:35:57Z',
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
    return root === gitopshq_schema_json_1.default && /^\/freezes\/\d+(\/(start|end))?$/.test(instancePath);
}
function falseSchemaMessage(e, path, root) {
    if (isFreeze(root, e.instancePath)) {
        return `${(0, yaml_source_js_1.formatPath)(path)} cannot be combined with weekly: a freeze is either one-off (start and end) or recurring (weekly)`;
    }
    return `${(0, yaml_source_js_1.formatPath)(path)} is not allowed here`;
}


/***/ }),

/***/ 9531:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkConfig = checkConfig;
exports.isTimeZone = isTimeZone;
exports.checkWorkload = checkWorkload;
exports.unusedValuesLayer = unusedValuesLayer;
// Rules a JSON Schema cannot express: uniqueness of names, references between files, time zones, date order,
// folders that must exist. Each finding is positioned at the key or value to edit.
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const names_js_1 = __webpack_require__(8800);
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
    const freezeNames = config.freezes.map((f) => f.name);
    duplicates(freezeNames, (i, first) => findings.push(at(src, ['freezes', i, 'name'], `duplicate freeze '${freezeNames[i]}' (also freezes[${first}])`)));
    config.freezes.forEach((f, i) => {
        f.environments.forEach((env, j) => {
            if (!envNames.includes(env)) {
                findings.push(at(src, ['freezes', i, 'environments', j], `freezes[${i}].environments[${j}]: unknown environment '${env}' (environments: ${list([...new Set(envNames)])})`));
            }
        });
        if (!isTimeZone(f.timezone)) {
            findings.push(at(src, ['freezes', i, 'timezone'], `freezes[${i}].timezone '${f.timezone}' is not an IANA time zone; use a name such as Europe/Berlin, America/New_York or UTC`));
        }
        for (const k of ['start', 'end']) {
            const v = f[k];
            if (v !== undefined && !isRealDate(v)) {
                findings.push(at(src, ['freezes', i, k], `freezes[${i}].${k} '${v}' is not a date in the calendar`));
            }
        }
        if (f.weekly) {
            const fromDay = /^[a-z]{3} /.test(f.weekly.from);
            const toDay = /^[a-z]{3} /.test(f.weekly.to);
            if (fromDay !== toDay) {
                findings.push(at(src, ['freezes', i, 'weekly', fromDay ? 'to' : 'from'], `freezes[${i}].weekly: name a day in both from and to ('fri 18:00' to 'mon 07:00') or in neither (then list days)`));
            }
            else if (fromDay && f.weekly.days !== undefined) {
                findings.push(at(src, ['freezes', i, 'weekly', 'days'], `freezes[${i}].weekly.days cannot be combined with from and to that name a day; remove days`));
            }
            else if (!fromDay && f.weekly.days === undefined) {
                findings.push(at(src, ['freezes', i, 'weekly'], `freezes[${i}].weekly needs days (e.g. days: [sat, sun]) when from and to are times of day, or name the days: from: 'fri 18:00', to: 'mon 07:00'`));
            }
        }
        if (f.start !== undefined && f.end !== undefined && f.end <= f.start) {
            findings.push(at(src, ['freezes', i, 'end'], `freezes[${i}].end '${f.end}' must be after start '${f.start}'`));
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
function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
function isRealDate(localDateTime) {
    const [y, m, d] = localDateTime.slice(0, 10).split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
        for (const env of config.environments) {
            await requireFolder(ctx, source.overlay.replaceAll('{env}', env), pathAt, push, `overlay for ${env}`);
        }
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
async function requireFolder(ctx, relPath, pathAt, push, what, marker) {
    const abs = (0, node_path_1.resolve)(ctx.dir, relPath);
    const shown = (0, node_path_1.relative)(ctx.root, abs).split(node_path_1.sep).join('/');
    if ((0, node_path_1.isAbsolute)(relPath) || !isInside(ctx.root, abs)) {
        push(pathAt, `${what} '${relPath}' is outside the repository; use a folder inside it`);
        return;
    }
    if (!(await isDir(abs))) {
        push(pathAt, `${what} ${shown}/ does not exist`);
        return;
    }
    if (marker && !(await exists((0, node_path_1.join)(abs, marker)))) {
        push(pathAt, `${what} ${shown}/ has no ${marker}`);
    }
}
function isInside(root, abs) {
    const rel = (0, node_path_1.relative)(root, abs);
    return rel !== '' && !rel.startsWith('..') && !(0, node_path_1.isAbsolute)(rel);
}
async function isDir(p) {
    return (await (0, promises_1.stat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function exists(p) {
    return (await (0, promises_1.stat)(p).catch(() => undefined)) !== undefined;
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

/***/ 362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseYamlSource = parseYamlSource;
exports.formatPath = formatPath;
exports.pointerToPath = pointerToPath;
// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
const yaml_1 = __webpack_require__(8815);
function parseYamlSource(text, file) {
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false });
    const toPos = (offset) => {
        const p = lineCounter.linePos(offset);
        // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
        return p.line === 0 ? { line: 1, col: offset + 1 } : p;
    };
    const findings = doc.errors.map((e) => ({
        file,
        ...toPos(e.pos[0]),
        message: `invalid YAML: ${firstLine(e.message)}`,
    }));
    let value;
    if (findings.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            findings.push({ file, line: 1, col: 1, message: `invalid YAML: ${e.message}` });
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

/***/ 9893:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/gitopshq.schema.json","title":"gitopshq.yaml","description":"The root configuration of a GitOpsHQ repository: environments in promotion order, tenants, approval policies, freeze windows and render settings.","type":"object","additionalProperties":false,"required":["apiVersion","kind","environments"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Config for gitopshq.yaml.","const":"Config"},"environments":{"description":"Environments in promotion order: a release is promoted from environments[i] to environments[i + 1].","type":"array","minItems":1,"items":{"$ref":"#/$defs/environment"}},"tenants":{"description":"Tenants that workloads can be bound to; promoted wave by wave.","type":"array","default":[],"items":{"$ref":"#/$defs/tenant"}},"freezes":{"description":"Windows during which releases to the listed environments are blocked.","type":"array","default":[],"items":{"$ref":"#/$defs/freeze"}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","$ref":"#/$defs/render"},"stateBranch":{"description":"The branch that holds releases/ and promotions/.","$ref":"#/$defs/branch","default":"gitopshq/state"}},"$defs":{"environmentName":{"description":"An environment name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"team":{"description":"A GitHub team slug in the repository\'s organisation, e.g. platform.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"branch":{"description":"A git branch name (letters, digits, \'.\', \'_\', \'-\', \'/\'; no \'..\', \'//\' or \'.lock\').","type":"string","pattern":"^(?!.*(\\\\.\\\\.|//|/\\\\.|\\\\.lock/|\\\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$"},"environment":{"description":"One environment and its policies.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The environment name, e.g. prod.","$ref":"#/$defs/environmentName"},"approvals":{"description":"What reviews a release to this environment needs.","$ref":"#/$defs/approvals"},"deploy":{"description":"Where rendered manifests for this environment go.","$ref":"#/$defs/deploy"}}},"approvals":{"description":"What reviews a release to this environment needs before it may be merged.","type":"object","additionalProperties":false,"default":{},"properties":{"required":{"description":"Distinct approving reviewers needed (0: no approval needed).","type":"integer","minimum":0,"default":0},"teams":{"description":"Each listed team (slug) must have at least one approving member.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}},"codeowners":{"description":"When true, an approval from a CODEOWNERS owner of every changed file is needed.","type":"boolean","default":false},"allowSelfApproval":{"description":"Whether the release author\'s own approval counts.","type":"boolean","default":false},"dismissStaleApprovals":{"description":"A new commit pushed after an approval dismisses it.","type":"boolean","default":true}}},"deploy":{"description":"Where and how rendered manifests for this environment are delivered.","type":"object","additionalProperties":false,"default":{},"properties":{"branch":{"description":"Branch that receives the rendered manifests (default gitopshq/deploy/<env>).","$ref":"#/$defs/branch"},"autoMerge":{"description":"Merge the release PR without waiting for a person when the policy needs no approval.","type":"boolean","default":false}}},"tenant":{"description":"One tenant (a customer, region or cluster) that workloads are deployed to.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The tenant name, e.g. acme.","$ref":"#/$defs/tenantName"},"wave":{"description":"Promotion wave; waves go in ascending order, wave 0 first.","type":"integer","minimum":0,"default":0},"canary":{"description":"Canary tenants are promoted and verified before the rest of their wave.","type":"boolean","default":false}}},"localDateTime":{"description":"A local date and time without zone, e.g. 2026-12-24T00:00.","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$"},"clockTime":{"description":"A local time of day, HH:MM (24-hour clock).","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"freeze":{"description":"A freeze window: either a one-off window (start and end) or a recurring one (weekly).","type":"object","additionalProperties":false,"required":["name","timezone"],"properties":{"name":{"description":"A short name shown when the freeze blocks a release.","type":"string","minLength":1},"environments":{"description":"Environments this freeze blocks (empty: all).","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/environmentName"}},"timezone":{"description":"IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.","type":"string","minLength":1},"start":{"description":"Start of a one-off window (local time).","$ref":"#/$defs/localDateTime"},"end":{"description":"End of a one-off window (local time), after start.","$ref":"#/$defs/localDateTime"},"weekly":{"description":"A recurring window (instead of start and end).","$ref":"#/$defs/weekly"},"reason":{"description":"Why the freeze exists, shown to the people it blocks.","type":"string"},"breakGlass":{"description":"How a release may pass this freeze in an emergency.","$ref":"#/$defs/breakGlass"}},"if":{"required":["weekly"]},"then":{"properties":{"start":false,"end":false}},"else":{"required":["start","end"]}},"weekly":{"description":"A recurring window. Either one span a week with days in from and to ({from: \'fri 18:00\', to: \'mon 07:00\'}), or a daily window on each of days ({days: [mon, tue], from: \'22:00\', to: \'06:00\'}; to at or before from wraps past midnight).","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"days":{"description":"Days on which a daily window starts (only when from and to name no day).","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A day of the week.","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"from":{"description":"Local start: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"},"to":{"description":"Local end: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"}}},"weeklyTime":{"description":"A local time of day HH:MM, optionally after a day of the week: \'fri 18:00\'.","type":"string","pattern":"^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$"},"breakGlass":{"description":"The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.","type":"object","additionalProperties":false,"default":{},"properties":{"allowed":{"description":"Whether break-glass is possible for this freeze.","type":"boolean","default":false},"label":{"description":"The pull-request label that asks for break-glass.","type":"string","minLength":1,"default":"break-glass"},"teams":{"description":"Teams whose approval lets a release through the freeze.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}}}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","type":"object","additionalProperties":false,"default":{},"properties":{"kubernetesVersion":{"description":"Kubernetes minor version whose schemas validate built-in kinds, e.g. \'1.33\' (quote it).","type":"string","pattern":"^1\\\\.[0-9]+$","default":"1.33"},"policies":{"description":"Checks every rendered manifest must pass.","type":"object","additionalProperties":false,"default":{},"properties":{"forbidLatestTag":{"description":"Reject container images tagged latest or without a tag.","type":"boolean","default":true},"requireResourceLimits":{"description":"Reject containers without CPU and memory limits.","type":"boolean","default":true},"forbidPrivileged":{"description":"Reject privileged containers.","type":"boolean","default":true}}}}}}}');

/***/ }),

/***/ 5225:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/promotion.schema.json","title":"promotion record","description":"promotions/<id>.yaml on the state branch: one promotion of a Healthy release to the next environment, wave by wave.","type":"object","additionalProperties":false,"required":["apiVersion","kind","id","source","from","to","actor","createdAt","state","waves","history"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Promotion for a promotion record.","const":"Promotion"},"id":{"description":"The promotion id; also the file name.","$ref":"#/$defs/recordId"},"source":{"description":"The Healthy release being promoted.","$ref":"#/$defs/recordId"},"from":{"description":"The environment promoted from.","$ref":"#/$defs/name"},"to":{"description":"The environment promoted to.","$ref":"#/$defs/name"},"actor":{"description":"Who started the promotion.","type":"string","minLength":1},"createdAt":{"description":"When the promotion started.","$ref":"#/$defs/timestamp"},"state":{"description":"The promotion\'s state.","$ref":"#/$defs/state"},"waves":{"description":"Tenant waves in promotion order.","type":"array","items":{"description":"One wave.","type":"object","additionalProperties":false,"required":["wave","tenants","releases"],"properties":{"wave":{"description":"The wave number (0 first).","type":"integer","minimum":0},"tenants":{"description":"Tenants in this wave.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"releases":{"description":"Releases opened for this wave.","type":"array","items":{"$ref":"#/$defs/recordId"}}}}},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":false,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}}},"$defs":{"name":{"description":"An environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A promotion state.","enum":["InProgress","Completed","Failed","Cancelled"]}}}');

/***/ }),

/***/ 7945:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/release.schema.json","title":"release record","description":"releases/<id>.yaml on the state branch: one release of one workload to one environment, written by the actions only.","type":"object","additionalProperties":false,"required":["apiVersion","kind","id","workload","environment","tenants","title","author","createdAt","state","history","changes","approvals"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Release for a release record.","const":"Release"},"id":{"description":"The release id; also the file name.","$ref":"#/$defs/recordId"},"workload":{"description":"The workload released.","$ref":"#/$defs/name"},"environment":{"description":"The environment released to.","$ref":"#/$defs/name"},"tenants":{"description":"Tenants this release targets (empty: the workload\'s tenant-less target, or all bound tenants via the base layer).","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"title":{"description":"Title of the release and its pull request.","type":"string","minLength":1},"notes":{"description":"Release notes.","type":"string"},"author":{"description":"GitHub login of whoever created the release.","type":"string","minLength":1},"createdAt":{"description":"When the release was created.","$ref":"#/$defs/timestamp"},"state":{"description":"The current lifecycle state.","$ref":"#/$defs/state"},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":false,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}},"changes":{"description":"The change set: value updates to the environment\'s (or tenants\') values layer.","type":"object","additionalProperties":false,"required":["updates"],"properties":{"updates":{"description":"Value updates in order.","type":"array","items":{"description":"One update: a dotted path and the value as written.","type":"object","additionalProperties":false,"required":["path","value"],"properties":{"path":{"description":"A dotted path such as image.tag or env[0].value.","type":"string","minLength":1},"value":{"description":"The value as the user wrote it; typed by YAML rules when applied.","type":"string"}}}},"chartVersion":{"description":"For chart upgrades: the new chart version for this environment.","type":"string","minLength":1}}},"rollbackTarget":{"description":"Release id to roll back to if this one misbehaves.","$ref":"#/$defs/recordId"},"pullRequest":{"description":"The release\'s pull request.","type":"object","additionalProperties":false,"required":["number","url","branch"],"properties":{"number":{"description":"Pull request number.","type":"integer","minimum":1},"url":{"description":"Pull request web URL.","type":"string","minLength":1},"branch":{"description":"The pull request\'s head branch.","type":"string","minLength":1}}},"approvals":{"description":"Reviews seen by the approval gate.","type":"array","items":{"description":"One review.","type":"object","additionalProperties":false,"required":["reviewer","state","commit","at"],"properties":{"reviewer":{"description":"GitHub login of the reviewer.","type":"string","minLength":1},"state":{"description":"The review\'s verdict.","enum":["APPROVED","CHANGES_REQUESTED"]},"commit":{"description":"The commit the review was for.","type":"string","minLength":1},"at":{"description":"When the review was submitted.","$ref":"#/$defs/timestamp"}}}},"promotedFrom":{"description":"The release this one was promoted from.","$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record that created this release.","$ref":"#/$defs/recordId"},"deploy":{"description":"Where the release was deployed.","type":"object","additionalProperties":false,"required":["commit","branch"],"properties":{"commit":{"description":"The deploy-branch commit holding the rendered manifests.","type":"string","minLength":1},"deploymentId":{"description":"The GitHub Deployment id.","type":"integer","minimum":1},"branch":{"description":"The deploy branch.","type":"string","minLength":1}}},"breakGlass":{"description":"Set when the approval gate was passed through a freeze by break-glass.","type":"object","additionalProperties":false,"required":["actor","at","reason"],"properties":{"actor":{"description":"Who broke the glass.","type":"string","minLength":1},"at":{"description":"When.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why.","type":"string"}}}},"$defs":{"name":{"description":"A workload, environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A release lifecycle state.","enum":["Draft","PendingApproval","Approved","Deploying","Deployed","Synced","Healthy","Failed","RolledBack","Cancelled"]}}}');

/***/ }),

/***/ 6626:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/values.schema.json","title":"values file","description":"A values layer (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml): any mapping, layered base -> environment -> tenant. An empty file (comments only) is an empty mapping.","type":["object","null"]}');

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/workload.schema.json","title":"workload.yaml","description":"One workload (an application deployed to Kubernetes): where its chart comes from, its namespace and where it runs.","type":"object","additionalProperties":false,"required":["apiVersion","kind","name","namespace","source"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Workload for workload.yaml.","const":"Workload"},"name":{"description":"The workload name; must equal its folder name under workloads/.","$ref":"#/$defs/workloadName"},"namespace":{"description":"Kubernetes namespace the workload is deployed to: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"source":{"description":"Where the manifests come from: the built-in template format, a Helm chart or a Kustomize overlay.","type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/templateSource"},{"$ref":"#/$defs/helmSource"},{"$ref":"#/$defs/kustomizeSource"}]},"tenants":{"description":"Tenants this workload is deployed to; empty means one target per environment with no tenant.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/tenantName"}},"environments":{"description":"Environments this workload runs in (default: every environment of gitopshq.yaml).","type":"array","uniqueItems":true,"minItems":1,"items":{"$ref":"#/$defs/environmentName"}}},"$defs":{"workloadName":{"description":"A workload name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"environmentName":{"description":"An environment name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"relativePath":{"description":"A folder relative to the workload folder (no absolute paths).","type":"string","minLength":1,"pattern":"^(?![/\\\\\\\\])(?![A-Za-z]:)"},"templateSource":{"description":"The built-in chart format: a folder of nunjucks templates.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"template"},"path":{"description":"Folder of templates relative to the workload folder.","$ref":"#/$defs/relativePath","default":"templates"}}},"helmSource":{"description":"A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.","type":"object","additionalProperties":false,"required":["type","chart"],"properties":{"type":{"description":"The source kind.","const":"helm"},"chart":{"description":"A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.","type":"string","minLength":1},"repository":{"description":"An https chart repository URL, when chart is a name in it.","type":"string","pattern":"^https://"},"version":{"description":"Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.","type":"string","minLength":1},"versions":{"description":"Per-environment chart version overrides, e.g. { prod: \'1.1.0\' }.","type":"object","default":{},"propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"description":"The chart version for that environment.","type":"string","minLength":1}},"releaseName":{"description":"Helm release name (default: the workload name).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$"}}},"kustomizeSource":{"description":"A Kustomize overlay per environment.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"kustomize"},"overlay":{"description":"Overlay folder per environment relative to the workload folder; {env} is replaced.","$ref":"#/$defs/relativePath","default":"overlays/{env}"}}}}}');

/***/ })

};
