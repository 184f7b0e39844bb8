export const id = 1507;
export const ids = [1507];
export const modules = {

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

/***/ 25820:
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
const node_child_process_1 = __webpack_require__(31421);
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
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

/***/ 11404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failed = failed;
exports.resolveInRepo = resolveInRepo;
exports.folderFiles = folderFiles;
exports.repoRelative = repoRelative;
// The one interface behind the three engines. `prepare` is cheap and computes the dedupe key from everything
// that can change the output; `run` does the work and is called once per distinct key.
const node_path_1 = __webpack_require__(76760);
const repo_paths_js_1 = __webpack_require__(10183);
const repo_paths_js_2 = __webpack_require__(77191);
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

/***/ 33450:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KustomizeEngine = void 0;
exports.overlayFor = overlayFor;
// Kustomize overlays through `kubectl kustomize` (the project's kubectl first, see tools.ts) or `kustomize build`.
// Values are not an input: every tenant of an environment shares one render.
const node_path_1 = __webpack_require__(76760);
const kustomize_edit_js_1 = __webpack_require__(38096);
const run_process_js_1 = __webpack_require__(25820);
const engine_js_1 = __webpack_require__(11404);
const kustomize_tree_js_1 = __webpack_require__(37460);
const repo_paths_js_1 = __webpack_require__(77191);
const session_js_1 = __webpack_require__(29612);
const tools_js_1 = __webpack_require__(57611);
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

/***/ 37460:
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
const node_fs_1 = __webpack_require__(73024);
const yaml_1 = __webpack_require__(38815);
const repo_paths_js_1 = __webpack_require__(10183);
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

/***/ 77191:
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
const fs = __importStar(__webpack_require__(73024));
const path = __importStar(__webpack_require__(76760));
const repo_paths_js_1 = __webpack_require__(10183);
function repoPaths(root) {
    return new repo_paths_js_1.RepoPaths(root, { fs, path });
}


/***/ }),

/***/ 29612:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RenderSession = void 0;
exports.stableJson = stableJson;
exports.sha256 = sha256;
// State shared by every render of one planner run: a private temp folder (Helm's cache/config/data homes and the
// values files), content hashes of chart and template folders (so identical inputs dedupe across base and head
// checkouts), and per-folder caches the engines keep. Disposed once at the end of the run.
const node_crypto_1 = __webpack_require__(77598);
const node_fs_1 = __webpack_require__(73024);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const repo_paths_js_1 = __webpack_require__(77191);
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

/***/ 25630:
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
const errors_js_1 = __webpack_require__(10241);
const values_js_1 = __webpack_require__(34344);
const types_js_1 = __webpack_require__(74785);
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

/***/ 57611:
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
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const node_url_1 = __webpack_require__(73136);
const errors_js_1 = __webpack_require__(10241);
const run_process_js_1 = __webpack_require__(25820);
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

/***/ 74785:
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


/***/ })

};
