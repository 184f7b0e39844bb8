export const id = 4922;
export const ids = [4922];
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

/***/ 57344:
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

/***/ 64692:
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

/***/ 18212:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TeamMembershipUnreadableError = exports.RefActivityUnreadableError = exports.HeadChangedError = exports.PullRequestNotMergeableError = exports.GitHubError = exports.APPROVAL_STATUS_CONTEXT = exports.PREVIEW_STATUS_CONTEXT = void 0;
/** Commit status contexts that branch protection requires (part of the public contract: never rename). */
exports.PREVIEW_STATUS_CONTEXT = 'gitopshq/preview';
exports.APPROVAL_STATUS_CONTEXT = 'gitopshq/approval';
/** A GitHub API call failed in a way the caller may want to tell apart. */
class GitHubError extends Error {
    status;
    route;
    name = 'GitHubError';
    constructor(message, status, route) {
        super(message);
        this.status = status;
        this.route = route;
    }
}
exports.GitHubError = GitHubError;
class PullRequestNotMergeableError extends GitHubError {
    name = 'PullRequestNotMergeableError';
}
exports.PullRequestNotMergeableError = PullRequestNotMergeableError;
class HeadChangedError extends GitHubError {
    name = 'HeadChangedError';
}
exports.HeadChangedError = HeadChangedError;
/** The repository activity API answered 403 or 404: who pushed can only be read from the commits (forgeable). */
class RefActivityUnreadableError extends GitHubError {
    name = 'RefActivityUnreadableError';
}
exports.RefActivityUnreadableError = RefActivityUnreadableError;
/** The token may not read team memberships (organization Members read permission): team policies fail closed. */
class TeamMembershipUnreadableError extends GitHubError {
    org;
    team;
    name = 'TeamMembershipUnreadableError';
    constructor(org, team, route) {
        super(`cannot read membership of team ${org}/${team}: the token lacks the organization "Members: read" permission ` +
            '(GITHUB_TOKEN never has it). Use a GitHub App token with Members read, or drop the team rule; ' +
            'until then the policy is treated as not met.', 403, route);
        this.org = org;
        this.team = team;
    }
}
exports.TeamMembershipUnreadableError = TeamMembershipUnreadableError;


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

/***/ 51859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitDeployBranches = void 0;
// The deploy branches (`gitopshq/deploy/<env>`, docs/architecture.md#state-repo-layout): the rendered manifests
// Argo CD or Flux sync, one `<tenant>/<workload>/manifests.yaml` per target. Written like the state branch
// (state-branch.ts): plumbing only, a commit on the tip that was read, a push that is never forced, and a retry
// when another writer moved the branch first. Every commit names what it did in a trailer, so a re-run finds the
// commit it made before it was killed instead of writing a second one.
const errors_js_1 = __webpack_require__(10241);
const state_branch_js_1 = __webpack_require__(71201);
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

/***/ 25924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitCheckout = void 0;
exports.withRefSnapshots = withRefSnapshots;
// The GitOps repository as it was at two commits, for everything that compares a change (gitopshq diff, the
// preview action): each side checked out with `git worktree add --detach` into a temporary folder, loaded and
// validated, then removed. The working tree of the checkout itself is never touched.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const git_js_1 = __webpack_require__(10308);
const repo_js_1 = __webpack_require__(53413);
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

/***/ 78217:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitReleaseBranches = gitReleaseBranches;
// A release's pull-request branch, written with git plumbing (see state-branch.ts) so the user's checkout is never
// touched: no work tree, no index, no HEAD. The base branch and the release branch are read from private mirrors
// (refs/gitopshq/fetched/...); a commit goes on top of the tip that was read and is pushed without force, so a
// branch someone else moved is never overwritten.
const git_js_1 = __webpack_require__(10308);
const state_branch_js_1 = __webpack_require__(71201);
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

/***/ 43094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.originRemote = exports.localRecordStore = exports.localReadingStore = void 0;
exports.localRenderer = localRenderer;
exports.localPorts = localPorts;
exports.localReleaseSource = localReleaseSource;
exports.localDeployBranches = localDeployBranches;
exports.localReleaseBranches = localReleaseBranches;
exports.originRepository = originRepository;
// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port comes from the caller; the record store from local-store.ts,
// re-exported here for the callers that take both.
const errors_js_1 = __webpack_require__(10241);
const merge_commit_js_1 = __webpack_require__(57344);
const remote_url_js_1 = __webpack_require__(64692);
const git_js_1 = __webpack_require__(10308);
const diff_snapshots_js_1 = __webpack_require__(15293);
const kube_schema_js_1 = __webpack_require__(62827);
const planner_js_1 = __webpack_require__(32512);
const targets_js_1 = __webpack_require__(25630);
const deploy_branch_js_1 = __webpack_require__(51859);
const ref_snapshots_js_1 = __webpack_require__(25924);
const release_branch_js_1 = __webpack_require__(78217);
var local_store_js_1 = __webpack_require__(4151);
Object.defineProperty(exports, "localReadingStore", ({ enumerable: true, get: function () { return local_store_js_1.localReadingStore; } }));
Object.defineProperty(exports, "localRecordStore", ({ enumerable: true, get: function () { return local_store_js_1.localRecordStore; } }));
Object.defineProperty(exports, "originRemote", ({ enumerable: true, get: function () { return local_store_js_1.originRemote; } }));
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


/***/ })

};
