export const id = 3094;
export const ids = [3094];
export const modules = {

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
const errors_js_1 = __webpack_require__(10241);
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

/***/ 10308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Git = exports.BOT_IDENTITY = exports.GitError = void 0;
exports.tokenAuthEnv = tokenAuthEnv;
// The git command-line adapter: one method per git verb, arguments always as arrays (never a shell string, so no
// branch name, PR title or value can reach a shell), `--` before paths. GITOPSHQ_DEBUG_GIT=1 echoes each call.
const run_process_js_1 = __webpack_require__(25820);
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

/***/ 77582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA_MODULES = void 0;
// Generated from the kubernetes-models package (each group/version/Kind.js names its _schemas module).
// Lazy: a schema module loads the first time a rendered set contains that kind.
exports.SCHEMA_MODULES = {
    'v1 ConfigMap': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3152)]).then(__webpack_require__.bind(__webpack_require__, 23152)),
    'v1 Endpoints': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9026)]).then(__webpack_require__.bind(__webpack_require__, 69026)),
    'v1 Event': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5797)]).then(__webpack_require__.bind(__webpack_require__, 95797)),
    'v1 LimitRange': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4286)]).then(__webpack_require__.bind(__webpack_require__, 74286)),
    'v1 Namespace': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7163)]).then(__webpack_require__.bind(__webpack_require__, 37163)),
    'v1 Node': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6339)]).then(__webpack_require__.bind(__webpack_require__, 86339)),
    'v1 PersistentVolume': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(6161)]).then(__webpack_require__.bind(__webpack_require__, 86161)),
    'v1 PersistentVolumeClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9413)]).then(__webpack_require__.bind(__webpack_require__, 39413)),
    'v1 Pod': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4537)]).then(__webpack_require__.bind(__webpack_require__, 44537)),
    'v1 PodTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4397)]).then(__webpack_require__.bind(__webpack_require__, 24397)),
    'v1 ReplicationController': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1730)]).then(__webpack_require__.bind(__webpack_require__, 31730)),
    'v1 ResourceQuota': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4944)]).then(__webpack_require__.bind(__webpack_require__, 94944)),
    'v1 Secret': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6758)]).then(__webpack_require__.bind(__webpack_require__, 56758)),
    'v1 Service': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8748)]).then(__webpack_require__.bind(__webpack_require__, 78748)),
    'v1 ServiceAccount': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9740)]).then(__webpack_require__.bind(__webpack_require__, 9740)),
    'apps/v1 ControllerRevision': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9156)]).then(__webpack_require__.bind(__webpack_require__, 29156)),
    'apps/v1 DaemonSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(6333)]).then(__webpack_require__.bind(__webpack_require__, 86333)),
    'apps/v1 Deployment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1205)]).then(__webpack_require__.bind(__webpack_require__, 51205)),
    'apps/v1 ReplicaSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(5831)]).then(__webpack_require__.bind(__webpack_require__, 65831)),
    'apps/v1 StatefulSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 90123)),
    'batch/v1 CronJob': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(4698)]).then(__webpack_require__.bind(__webpack_require__, 14698)),
    'batch/v1 Job': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(1144)]).then(__webpack_require__.bind(__webpack_require__, 21144)),
    'networking.k8s.io/v1 IPAddress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7910)]).then(__webpack_require__.bind(__webpack_require__, 17910)),
    'networking.k8s.io/v1 Ingress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7952)]).then(__webpack_require__.bind(__webpack_require__, 27952)),
    'networking.k8s.io/v1 IngressClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2084)]).then(__webpack_require__.bind(__webpack_require__, 29703)),
    'networking.k8s.io/v1 NetworkPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8794)]).then(__webpack_require__.bind(__webpack_require__, 18794)),
    'networking.k8s.io/v1 ServiceCIDR': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9594)]).then(__webpack_require__.bind(__webpack_require__, 69594)),
    'rbac.authorization.k8s.io/v1 ClusterRole': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 70476)),
    'rbac.authorization.k8s.io/v1 ClusterRoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 69858)),
    'rbac.authorization.k8s.io/v1 Role': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3233)]).then(__webpack_require__.bind(__webpack_require__, 33233)),
    'rbac.authorization.k8s.io/v1 RoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7928)]).then(__webpack_require__.bind(__webpack_require__, 97928)),
    'policy/v1 PodDisruptionBudget': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9811)]).then(__webpack_require__.bind(__webpack_require__, 59811)),
    'autoscaling/v2 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5272)]).then(__webpack_require__.bind(__webpack_require__, 55272)),
    'autoscaling/v1 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2335)]).then(__webpack_require__.bind(__webpack_require__, 22335)),
    'storage.k8s.io/v1 CSIDriver': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2466)]).then(__webpack_require__.bind(__webpack_require__, 32466)),
    'storage.k8s.io/v1 CSINode': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 40119)),
    'storage.k8s.io/v1 CSIStorageCapacity': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(88)]).then(__webpack_require__.bind(__webpack_require__, 50088)),
    'storage.k8s.io/v1 StorageClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1407)]).then(__webpack_require__.bind(__webpack_require__, 31407)),
    'storage.k8s.io/v1 VolumeAttachment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(1544)]).then(__webpack_require__.bind(__webpack_require__, 91544)),
    'storage.k8s.io/v1 VolumeAttributesClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1841)]).then(__webpack_require__.bind(__webpack_require__, 1841)),
    'scheduling.k8s.io/v1 PriorityClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 343)),
    'apiextensions.k8s.io/v1 CustomResourceDefinition': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6852)]).then(__webpack_require__.bind(__webpack_require__, 36852)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1003)]).then(__webpack_require__.bind(__webpack_require__, 61003)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2530)]).then(__webpack_require__.bind(__webpack_require__, 72530)),
    'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1864)]).then(__webpack_require__.bind(__webpack_require__, 61864)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1153)]).then(__webpack_require__.bind(__webpack_require__, 61153)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7722)]).then(__webpack_require__.bind(__webpack_require__, 57722)),
    'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9144)]).then(__webpack_require__.bind(__webpack_require__, 49144)),
    'apiregistration.k8s.io/v1 APIService': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3653)]).then(__webpack_require__.bind(__webpack_require__, 3653)),
    'coordination.k8s.io/v1 Lease': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7817)]).then(__webpack_require__.bind(__webpack_require__, 67817)),
    'discovery.k8s.io/v1 EndpointSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9650)]).then(__webpack_require__.bind(__webpack_require__, 99650)),
    'node.k8s.io/v1 RuntimeClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9220)]).then(__webpack_require__.bind(__webpack_require__, 79220)),
    'certificates.k8s.io/v1 CertificateSigningRequest': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8993)]).then(__webpack_require__.bind(__webpack_require__, 68993)),
    'flowcontrol.apiserver.k8s.io/v1 FlowSchema': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7955)]).then(__webpack_require__.bind(__webpack_require__, 57955)),
    'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9237)]).then(__webpack_require__.bind(__webpack_require__, 79237)),
    'resource.k8s.io/v1 DeviceClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4879)]).then(__webpack_require__.bind(__webpack_require__, 44879)),
    'resource.k8s.io/v1 ResourceClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(8126)]).then(__webpack_require__.bind(__webpack_require__, 48126)),
    'resource.k8s.io/v1 ResourceClaimTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(9336)]).then(__webpack_require__.bind(__webpack_require__, 39336)),
    'resource.k8s.io/v1 ResourceSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1458)]).then(__webpack_require__.bind(__webpack_require__, 31458)),
};


/***/ }),

/***/ 62827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createKubeSchemaValidator = createKubeSchemaValidator;
exports.fieldPath = fieldPath;
exports.explainSchemaErrors = explainSchemaErrors;
const kube_schema_table_js_1 = __webpack_require__(77582);
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

/***/ 34425:
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

/***/ 27201:
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
const errors_js_1 = __webpack_require__(10241);
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

/***/ 71187:
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
const node_crypto_1 = __webpack_require__(77598);
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
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

/***/ 53809:
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

/***/ 83466:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PROMOTION = exports.RELEASE = void 0;
// The two kinds of record the store keeps on the state branch (docs/architecture.md#state-repo-layout): where each
// lives (`releases/<id>.yaml`, `promotions/<id>.yaml`), the schema it is checked against and how it is written as
// YAML. Reading (record-store-read.ts) and writing (record-store-write.ts) are the same for both kinds.
const layout_js_1 = __webpack_require__(89128);
const record_yaml_js_1 = __webpack_require__(84182);
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

/***/ 49769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRecord = parseRecord;
exports.readRecords = readRecords;
// The record store's read path (record-store.ts): turning the files of a state-branch commit into checked records.
// `readRecords` is where `gitopshq metrics` spends its time at 10,000 records (docs/architecture.md#delivery-metrics):
// one `cat-file --batch` over every record not in the cache (record-cache.ts), each record parsed as soon as git
// has written it, with the fast reader for files as the store writes them (record-fast-parse.ts) and the full YAML
// parser and validator for anything else.
const errors_js_1 = __webpack_require__(10241);
const record_fast_parse_js_1 = __webpack_require__(53809);
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

/***/ 65466:
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
const errors_js_1 = __webpack_require__(10241);
const lifecycle_js_1 = __webpack_require__(46788);
const promotion_lifecycle_js_1 = __webpack_require__(2488);
const release_id_js_1 = __webpack_require__(1867);
const intent_write_js_1 = __webpack_require__(27201);
const record_store_read_js_1 = __webpack_require__(49769);
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

/***/ 25160:
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
const layout_js_1 = __webpack_require__(89128);
const lifecycle_js_1 = __webpack_require__(46788);
const promotion_lifecycle_js_1 = __webpack_require__(2488);
const release_id_js_1 = __webpack_require__(1867);
const record_kinds_js_1 = __webpack_require__(83466);
const record_store_read_js_1 = __webpack_require__(49769);
const record_store_write_js_1 = __webpack_require__(65466);
const state_branch_js_1 = __webpack_require__(71201);
const state_intents_js_1 = __webpack_require__(46598);
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

/***/ 84182:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseToYaml = releaseToYaml;
exports.promotionToYaml = promotionToYaml;
// Stable YAML for records on the state branch. Keys come out in the order of the interfaces in
// src/domain/model.ts (and nested objects in theirs), whatever order the caller built the object in, so two writes
// of the same record are byte-identical and a `git log -p` of the state branch shows only what changed.
// Keys the interfaces do not know (a newer writer's fields) are kept, after the known ones, sorted.
const yaml_1 = __webpack_require__(38815);
const plain_object_js_1 = __webpack_require__(17134);
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

/***/ 35191:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeCommit = writeCommit;
exports.writeCommitChain = writeCommitChain;
// StateBranch's commits (state-branch.ts): one `git fast-import` writes the blobs, the trees and the commits onto a
// scratch ref of ours (the same as `hash-object -w` + a throw-away index + `write-tree` + `commit-tree`, in one
// process instead of five, which matters when many writers race). The commit is published by StateBranch.publish;
// nothing reads the scratch ref. The author is the GitHub login that caused the change; the committer the bot.
const git_js_1 = __webpack_require__(10308);
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

/***/ 95413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pickStateBranch = pickStateBranch;
exports.configuredStateBranch = configuredStateBranch;
exports.resolveStateBranch = resolveStateBranch;
// Which branch holds the release and promotion records: the one resolver the actions and the CLI share. The order
// is the `state-branch` input (or --state-branch), then `stateBranch` in gitopshq.yaml, then `gitopshq/state`.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const layout_js_1 = __webpack_require__(89128);
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
const cat_file_batch_js_1 = __webpack_require__(34425);
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

/***/ 71201:
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
const errors_js_1 = __webpack_require__(10241);
const state_branch_commit_js_1 = __webpack_require__(35191);
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

/***/ 46598:
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
const node_crypto_1 = __webpack_require__(77598);
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

/***/ 43094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = exports.localRecordStore = __webpack_unused_export__ = void 0;
__webpack_unused_export__ = localRenderer;
exports.localPorts = localPorts;
__webpack_unused_export__ = localReleaseSource;
__webpack_unused_export__ = localDeployBranches;
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
const node_path_1 = __webpack_require__(76760);
const git_js_1 = __webpack_require__(10308);
const record_cache_js_1 = __webpack_require__(71187);
const record_store_js_1 = __webpack_require__(25160);
const state_branch_name_js_1 = __webpack_require__(95413);
const result_js_1 = __webpack_require__(48155);
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


/***/ })

};
