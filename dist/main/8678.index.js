export const id = 8678;
export const ids = [8678];
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

/***/ 51742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.wasDeployed = wasDeployed;
exports.runningRelease = runningRelease;
exports.checkRollbackTo = checkRollbackTo;
exports.defaultRollbackTarget = defaultRollbackTarget;
/** States a release keeps after its manifests reached the deploy branch, before any verdict on its health. */
const UNVERIFIED = new Set(['Deployed', 'Synced']);
function inScope(record, scope) {
    if (record.workload !== scope.workload || record.environment !== scope.environment)
        return false;
    return scope.tenant === undefined || record.tenants.length === 0 || record.tenants.includes(scope.tenant);
}
/** Whether the release's manifests ever reached the deploy branch. */
function wasDeployed(record) {
    return record.history.some((h) => h.state === 'Deployed');
}
/** The release whose manifests run for `scope` now; undefined when none was ever deployed. */
function runningRelease(records, scope) {
    const byId = new Map(records.map((r) => [r.id, r]));
    const events = [];
    let seq = 0;
    for (const record of records) {
        if (!inScope(record, scope))
            continue;
        for (const h of record.history) {
            // Each Deployed entry is a deploy (a retry after Failed deploys again); Rolled Back hands over.
            if (h.state === 'Deployed')
                events.push({ at: h.at, seq: seq++, kind: 'deploy', record });
            if (h.state === 'RolledBack')
                events.push({ at: h.at, seq: seq++, kind: 'rollback', record });
        }
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
    // Every release deployed so far, newest last: a rollback without a recorded target returns to the one before.
    const stack = [];
    for (const e of events) {
        if (e.kind === 'deploy') {
            stack.push(e.record);
            continue;
        }
        const top = stack[stack.length - 1];
        if (top?.id !== e.record.id)
            continue;
        stack.pop();
        const toId = e.record.rolledBackTo ?? e.record.rollbackTarget;
        const to = toId === undefined ? undefined : byId.get(toId);
        if (to !== undefined && inScope(to, scope))
            stack.push(to);
    }
    return stack[stack.length - 1];
}
/**
 * Whether `targetId` is a release `scope` may roll back to: it exists, belongs to the same workload, environment
 * (and tenant), was deployed there, is not what runs now, and was Healthy: a rollback goes back to what was seen
 * working. `allowUnverified` (an operator's explicit choice) also accepts one deployed but never judged (Deployed or
 * Synced); a Failed or Rolled Back release never.
 */
function checkRollbackTo(records, scope, targetId, opts = {}) {
    const where = `${scope.workload} in ${scope.environment}${scope.tenant === undefined ? '' : ` (tenant ${scope.tenant})`}`;
    const current = runningRelease(records, scope);
    if (current === undefined) {
        return {
            ok: false,
            reason: `nothing has been deployed for ${where} yet, so there is nothing to roll back`,
        };
    }
    const target = records.find((r) => r.id === targetId);
    if (target === undefined)
        return { ok: false, reason: `release ${targetId} does not exist` };
    if (target.workload !== scope.workload) {
        return {
            ok: false,
            reason: `release ${targetId} is for workload ${target.workload}, not ${scope.workload}`,
        };
    }
    if (target.environment !== scope.environment) {
        return {
            ok: false,
            reason: `release ${targetId} was for environment ${target.environment}; a rollback in ${scope.environment} must pick a release deployed there`,
        };
    }
    if (!inScope(target, scope)) {
        return {
            ok: false,
            reason: `release ${targetId} targeted tenants ${target.tenants.join(', ')}, not ${scope.tenant ?? ''}`,
        };
    }
    if (target.id === current.id) {
        return {
            ok: false,
            reason: `release ${targetId} is what runs for ${where} now; pick an earlier release`,
        };
    }
    if (!wasDeployed(target)) {
        return {
            ok: false,
            reason: `release ${targetId} was never deployed (it is ${target.state}); pick a release that ran in ${scope.environment}`,
        };
    }
    if (target.state === 'RolledBack') {
        return { ok: false, reason: `release ${targetId} was itself rolled back; pick a release that was not` };
    }
    if (target.state !== 'Healthy' && !(opts.allowUnverified === true && UNVERIFIED.has(target.state))) {
        const unverified = UNVERIFIED.has(target.state)
            ? ', never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly'
            : '; pick a release that was Healthy';
        return { ok: false, reason: `release ${targetId} is ${target.state}${unverified}` };
    }
    return { ok: true, target, current };
}
/**
 * The release a rollback goes to by default: the most recently deployed release before the running one that
 * reached Healthy and was neither rolled back nor failed. Undefined when there is none.
 */
function defaultRollbackTarget(records, scope) {
    const current = runningRelease(records, scope);
    const lastDeploy = (r) => r.history.reduce((at, h) => (h.state === 'Deployed' && h.at > at ? h.at : at), '');
    return records
        .filter((r) => inScope(r, scope) &&
        r.id !== current?.id &&
        r.state === 'Healthy' &&
        (current === undefined || lastDeploy(r) <= lastDeploy(current)))
        .sort((a, b) => (lastDeploy(a) < lastDeploy(b) ? 1 : lastDeploy(a) > lastDeploy(b) ? -1 : 0))[0];
}


/***/ }),

/***/ 83529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = exports.parseValuePath = exports.parseUpdateLines = exports.parseUpdate = exports.formatValuePath = void 0;
exports.applyValueUpdates = applyValueUpdates;
const yaml_edit_js_1 = __webpack_require__(15382);
// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.
// Parsing lives in path-syntax.ts, which does not load the yaml library: actions that only read an `updates`
// input stay fast to start.
var path_syntax_js_1 = __webpack_require__(26633);
Object.defineProperty(exports, "formatValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.formatValuePath; } }));
Object.defineProperty(exports, "parseUpdate", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdate; } }));
Object.defineProperty(exports, "parseUpdateLines", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdateLines; } }));
Object.defineProperty(exports, "parseValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.parseValuePath; } }));
var yaml_scalar_js_1 = __webpack_require__(21126);
Object.defineProperty(exports, "typeValueText", ({ enumerable: true, get: function () { return yaml_scalar_js_1.typeValueText; } }));
/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
function applyValueUpdates(text, updates, file) {
    let out = text;
    for (const u of updates)
        out = (0, yaml_edit_js_1.applyValueUpdate)(out, u, file);
    return out;
}


/***/ }),

/***/ 55757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planReleaseEdit = planReleaseEdit;
exports.planChartVersionEdit = planChartVersionEdit;
exports.releaseEditFiles = releaseEditFiles;
exports.writeReleaseEdit = writeReleaseEdit;
// Which file a release's value updates change, and its new text: the values layer of a template or Helm workload,
// the overlay's kustomization of a Kustomize workload, workload.yaml's chart version of a chart upgrade. Shared by `gitopshq set` and create-release, so the two
// cannot disagree about where a release goes. Nothing is written here.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const kustomize_edit_js_1 = __webpack_require__(38096);
const layout_js_1 = __webpack_require__(89128);
const repo_paths_js_1 = __webpack_require__(10183);
const value_path_js_1 = __webpack_require__(83529);
const values_js_1 = __webpack_require__(34344);
const repo_paths_js_2 = __webpack_require__(66244);
const workload_fields_js_1 = __webpack_require__(62083);
/** Plans the edit of one workload's release file for `environment` (and `tenant`, for a values layer). */
async function planReleaseEdit(root, workload, environment, tenant, updates) {
    const source = workload.config.source;
    if (source.type === 'kustomize') {
        if (tenant !== undefined) {
            throw new errors_js_1.UserError(`workload '${workload.config.name}' is a Kustomize workload: every tenant of '${environment}' shares its overlay ` +
                `${(0, kustomize_edit_js_1.overlayFolder)(source, environment)}/; drop --tenant`, [], 'usage');
        }
        const folder = (0, node_path_1.join)(workload.dir, (0, kustomize_edit_js_1.overlayFolder)(source, environment));
        const rel = repoRelative(root, folder);
        if (rel === undefined) {
            throw new errors_js_1.UserError(`the overlay of '${environment}' is outside the repository; fix workload.yaml`, [], 'usage');
        }
        const found = await firstExisting(root, kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${rel}/${name}`));
        if (!found) {
            throw new errors_js_1.UserError(`no kustomization in ${rel}/ (looked for ${kustomize_edit_js_1.KUSTOMIZATION_FILES.join(', ')}); the overlay of '${environment}' needs one`, [], 'usage');
        }
        const after = (0, kustomize_edit_js_1.applyKustomizeUpdates)(found.text, updates, found.file);
        const written = updates.map((u) => {
            const change = (0, kustomize_edit_js_1.parseKustomizeUpdate)(u, found.file);
            const value = change.kind === 'replicas'
                ? change.count
                : Object.values(change.fields).length === 1
                    ? Object.values(change.fields)[0]
                    : change.fields;
            return { path: u.path, value };
        });
        return { file: found.file, kind: 'kustomization', before: found.text, after, written };
    }
    const file = (0, layout_js_1.valuesLayerFile)(workload.config.name, environment, tenant);
    const before = await readText(root, file);
    const after = (0, value_path_js_1.applyValueUpdates)(before ?? layerHeader(workload.config.name, environment, tenant), [...updates], file);
    const data = (0, yaml_1.parseDocument)(after).toJS() ?? {};
    const written = updates.map((u) => ({ path: u.path, value: (0, values_js_1.getPath)(data, (0, value_path_js_1.parseValuePath)(u.path)) }));
    return { file, kind: 'values', before, after, written };
}
/**
 * Plans a chart upgrade: `source.versions.<environment>` in the workload's workload.yaml set to `version` (a
 * string, comments kept). Only a repository or OCI chart has versions to choose; a chart folder in the repository
 * is upgraded by changing the folder, and a template or Kustomize workload has no chart at all.
 */
async function planChartVersionEdit(root, workload, environment, version) {
    const { name, source } = workload.config;
    if (source.type !== 'helm') {
        throw new errors_js_1.UserError(`workload '${name}' renders from a ${source.type === 'kustomize' ? 'Kustomize overlay' : 'template folder'}, not a Helm chart: chart-version applies to Helm workloads only; drop chart-version`, [], 'usage');
    }
    if (!source.repository && !source.chart.startsWith('oci://')) {
        throw new errors_js_1.UserError(`workload '${name}' renders the chart folder '${source.chart}' of the repository: upgrade it by changing that folder; chart-version applies to repository and oci:// charts`, [], 'usage');
    }
    if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(version)) {
        throw new errors_js_1.UserError(`chart-version '${version}' is not a chart version: use a SemVer version such as 1.2.3`, [], 'usage');
    }
    const rel = repoRelative(root, (0, node_path_1.join)(workload.dir, 'workload.yaml'));
    const before = rel === undefined ? undefined : await readText(root, rel);
    if (rel === undefined || before === undefined) {
        throw new errors_js_1.UserError(`workload '${name}' has no workload.yaml in the repository`, [], 'usage');
    }
    const path = `source.versions.${environment}`;
    const after = (0, value_path_js_1.applyValueUpdates)(before, [{ path, value: JSON.stringify(version) }], rel);
    return { file: rel, kind: 'workload', before, after, written: [{ path, value: version }] };
}
/**
 * Every file a release of `workload` in `environment` can have edited (repo-relative), from its workload.yaml text
 * as of that release: the overlay's kustomization (each name kustomize accepts) of a Kustomize workload, else the
 * environment's values layer and its tenants' layers. Rollback restores these, so the values PR puts back what
 * planReleaseEdit changed whatever the workload's kind. An unreadable workload.yaml gives the values layers.
 */
function releaseEditFiles(workload, workloadYaml, environment, tenants) {
    const source = (0, workload_fields_js_1.readWorkloadFields)(workloadYaml)?.source;
    if (source?.type === 'kustomize') {
        const folder = node_path_1.posix.normalize(`${(0, layout_js_1.workloadDir)(workload)}/${(0, kustomize_edit_js_1.overlayFolder)({ overlay: source.overlay ?? '', ...(source.overlays ? { overlays: source.overlays } : {}) }, environment)}`);
        // An overlay outside the repository is refused by planReleaseEdit: nothing of it to restore.
        if (folder.startsWith('../') || node_path_1.posix.isAbsolute(folder))
            return [];
        return kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${folder}/${name}`);
    }
    return [
        (0, layout_js_1.valuesLayerFile)(workload, environment),
        ...tenants.map((t) => (0, layout_js_1.valuesLayerFile)(workload, environment, t)),
    ];
}
/** Write-then-rename: a reader (or a crash) never sees half a file. */
async function writeReleaseEdit(root, edit) {
    const abs = (0, node_path_1.join)(root, ...edit.file.split('/'));
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(abs), { recursive: true });
    const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
    await (0, promises_1.writeFile)(tmp, edit.after);
    await (0, promises_1.rename)(tmp, abs);
}
function layerHeader(workload, env, tenant) {
    return tenant === undefined
        ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
        : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}
function repoRelative(root, abs) {
    const rel = (0, node_path_1.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        return undefined;
    return rel.split('\\').join('/');
}
/**
 * A file of the repository, or undefined when there is none. A file that resolves outside the repository (a symlink
 * out of it) is refused: its content would be copied into the repository by the write, and into a pull request.
 */
async function readText(root, file) {
    const r = (0, repo_paths_js_2.repoPaths)(root).resolve(file);
    if (r.kind === 'outside')
        throw new errors_js_1.UserError((0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }), [], 'usage');
    return r.kind === 'file' ? (0, promises_1.readFile)(r.abs, 'utf8') : undefined;
}
async function firstExisting(root, files) {
    for (const file of files) {
        const text = await readText(root, file);
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}


/***/ }),

/***/ 62083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkloadFields = readWorkloadFields;
// What a step without a loaded repository snapshot reads of one workload.yaml text: the source's kind and overlay
// (rollback: which files a past release's edit changed) and the tenants (verify-health: whom a promotion must reach,
// from main). Read with the project's YAML reader (size, depth and tag limits) but without the schema: the text may
// be of another commit than the checkout, and each caller decides what an unreadable file means.
const yaml_source_js_1 = __webpack_require__(362);
/** undefined when there is no text, or it is not YAML, or not a mapping. */
function readWorkloadFields(text, file = 'workload.yaml') {
    if (text === undefined)
        return undefined;
    const doc = (0, yaml_source_js_1.parseYamlSource)(text, file).value;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const { source, tenants } = doc;
    return {
        ...(typeof source === 'object' && source !== null ? { source: sourceFields(source) } : {}),
        ...(tenants !== undefined ? { tenants } : {}),
    };
}
function sourceFields(source) {
    const s = source;
    const overlays = typeof s.overlays === 'object' && s.overlays !== null
        ? Object.fromEntries(Object.entries(s.overlays).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return {
        type: s.type,
        ...(typeof s.overlay === 'string' ? { overlay: s.overlay } : {}),
        ...(overlays ? { overlays } : {}),
    };
}


/***/ }),

/***/ 98678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLLBACK_TRAILER = void 0;
exports.rollback = rollback;
// rollback: puts an earlier release's manifests back on the environment's deploy branch, exactly as they were
// deployed (read from the deploy branch at that release's deploy commit, byte for byte, never re-rendered), as a new
// commit; marks the release running for each tenant rolled back Rolled Back with who, when and why; and opens a pull
// request on main that restores the earlier release's values, so the next deploy cannot bring the bad change back.
// Tenants: only the tenants asked for (default: those the earlier release deployed) are rewritten, and a release
// that still runs for a tenant left out is refused rather than recorded as Rolled Back.
// Each write is found again on a re-run (trailers on the commits, the PR by its branch), so a killed run converges.
// Flow: docs/architecture.md#release-lifecycle.
const layout_js_1 = __webpack_require__(89128);
const rollback_target_js_1 = __webpack_require__(51742);
const release_edit_js_1 = __webpack_require__(55757);
const deploy_js_1 = __webpack_require__(79377);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
exports.ROLLBACK_TRAILER = 'Gitopshq-Rollback-Of';
async function rollback(req, ports, clock = deps_js_1.systemClock) {
    const { store, branches, log } = ports;
    const records = await store.listReleases();
    const target = records.find((r) => r.id === req.to);
    if (!target)
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.to} does not exist` });
    const deployed = target.deploy;
    if (!deployed)
        return (0, result_js_1.failed)({ message: `release ${req.to} has no recorded deploy commit to go back to` });
    const branch = deployed.branch;
    const all = await manifestsOf(branches, target);
    const plan = planRollback(records, target, req, all);
    if (!plan.ok)
        return (0, result_js_1.failed)({ kind: 'usage', message: `cannot roll back to ${req.to}: ${plan.reason}` });
    const { files, rolled } = plan;
    const key = rolled[0]?.id ?? '';
    let commit = await branches.findCommit(branch, exports.ROLLBACK_TRAILER, key);
    if (commit === undefined) {
        const contents = await branches.readFiles(deployed.commit, files);
        const writes = files.map((path, i) => ({ path, content: contents[i] ?? '' }));
        const of = rolled.map((r) => r.id).join(', ');
        const trailers = rolled.map((r) => `${exports.ROLLBACK_TRAILER}: ${r.id}\n`).join('');
        const message = `roll back ${of} to ${req.to} in ${req.environment}\n\n${req.reason}\n\n${trailers}Gitopshq-Rollback-To: ${req.to}\n`;
        commit = await branches.write(branch, writes, message, clock.now());
        log.info(`restored ${files.length} file(s) of ${req.to} on ${branch} as ${commit.slice(0, 7)}`);
    }
    let deploymentId;
    if (ports.github) {
        deploymentId = await (0, deploy_js_1.ensureDeployment)(ports.github, { env: req.environment, commit, id: req.to, branch });
        await ports.github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `rolled back to ${req.to}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
    }
    const note = `rolled back to ${req.to} by ${req.actor}: ${req.reason}`;
    let state = rolled[0]?.state ?? 'RolledBack';
    for (const current of rolled) {
        if (current.state === 'RolledBack')
            continue;
        const moved = await store.transitionRelease(current.id, 'RolledBack', {
            actor: req.actor,
            note,
            patch: { rolledBackTo: req.to },
        });
        if (current.id === key)
            state = moved.state;
    }
    const tenants = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : target.tenants;
    const values = await restoreValues(req, ports, target, key, tenants, clock);
    return (0, result_js_1.succeeded)({
        releaseId: key,
        environment: req.environment,
        state,
        deployCommit: commit,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        branch,
        files,
        unchanged: false,
        rolledBack: key,
        rolledBackReleases: rolled.map((r) => r.id),
        ...values,
    });
}
/**
 * What a rollback to `target` rewrites and records: the target's manifests of the tenants asked for (default: all
 * it deployed), and per tenant the release running there now, each to be marked Rolled Back. A release that also
 * runs for a tenant left out is refused rather than marked: its record would say Rolled Back while it still runs.
 * On a re-run, the releases already Rolled Back to the target for those tenants stand in, so it converges.
 */
function planRollback(records, target, req, all) {
    const base = { workload: target.workload, environment: req.environment };
    const tenantOf = (path) => path.split('/')[0] ?? '';
    // Every tenant the workload runs for, and those of them the target deployed (all, for an all-tenant release).
    const known = [...new Set(all.map(tenantOf))].filter((t) => t !== layout_js_1.NO_TENANT);
    const deployedTenants = target.tenants.length > 0 ? known.filter((t) => target.tenants.includes(t)) : known;
    const asked = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : deployedTenants;
    const missing = asked.filter((t) => !deployedTenants.includes(t));
    if (missing.length > 0) {
        return {
            ok: false,
            reason: `release ${target.id} deployed no manifests of ${target.workload} for tenant ${missing.join(', ')} (it deployed ${deployedTenants.join(', ') || 'no tenant'})`,
        };
    }
    const files = all.filter((p) => asked.length === 0 ? target.tenants.length === 0 : asked.includes(tenantOf(p)));
    if (files.length === 0) {
        return {
            ok: false,
            reason: `release ${target.id} has no manifests of ${target.workload} on its deploy commit`,
        };
    }
    const scopes = asked.length === 0 ? [base] : asked.map((tenant) => ({ ...base, tenant }));
    const rolled = new Map();
    let firstRefusal;
    for (const scope of scopes) {
        if ((0, rollback_target_js_1.runningRelease)(records, scope)?.id === target.id)
            continue;
        const check = (0, rollback_target_js_1.checkRollbackTo)(records, scope, req.to, { allowUnverified: req.allowUnverified === true });
        if (!check.ok)
            return check;
        rolled.set(check.current.id, check.current);
    }
    for (const current of rolled.values()) {
        // Tenants left out that this release still runs for: marking it Rolled Back would make its record lie there.
        const covers = current.tenants.length > 0 ? current.tenants : known;
        const elsewhere = covers.filter((t) => !asked.includes(t) && (0, rollback_target_js_1.runningRelease)(records, { ...base, tenant: t })?.id === current.id);
        if (asked.length > 0 && elsewhere.length > 0) {
            firstRefusal ??= `release ${current.id} also runs for tenant ${elsewhere.join(', ')}, which this rollback leaves alone (it covers ${asked.join(', ')}): roll back all of its tenants together, to a release deployed for each of them`;
        }
    }
    if (firstRefusal !== undefined)
        return { ok: false, reason: firstRefusal };
    if (rolled.size === 0) {
        // Nothing runs that is not the target: a re-run after the records moved finishes what it left undone. Only
        // the rollback since the last deploy counts, not an earlier rollback to the same release.
        const touches = (r) => r.workload === target.workload &&
            r.environment === req.environment &&
            (asked.length === 0 || r.tenants.length === 0 || r.tenants.some((t) => asked.includes(t)));
        const lastDeploy = records
            .filter((r) => r.id !== target.id && touches(r))
            .flatMap((r) => r.history.filter((h) => h.state === 'Deployed').map((h) => h.at))
            .sort()
            .at(-1) ?? '';
        for (const r of records) {
            if (r.state !== 'RolledBack' || r.rolledBackTo !== target.id || !touches(r))
                continue;
            if ((r.history.findLast((h) => h.state === 'RolledBack')?.at ?? '') >= lastDeploy)
                rolled.set(r.id, r);
        }
        if (rolled.size === 0) {
            const where = `${target.workload} in ${req.environment}`;
            return {
                ok: false,
                reason: `release ${target.id} is what runs for ${where} now; pick an earlier release`,
            };
        }
    }
    const sorted = [...rolled.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { ok: true, files, rolled: sorted };
}
/** The manifests files of the target release's workload, every tenant's, on the deploy branch at its commit. */
async function manifestsOf(branches, target) {
    const all = await branches.list(target.deploy?.commit ?? '');
    return all.filter((p) => {
        const [, workload, file, extra] = p.split('/');
        return extra === undefined && file === 'manifests.yaml' && workload === target.workload;
    });
}
/** A PR on main putting back the values files of the target release's environment as of its merge. */
async function restoreValues(req, ports, target, currentId, tenants, clock) {
    const { pulls, valuesRepo, log } = ports;
    if (!pulls)
        return { valuesNote: 'no GitHub token: the values pull request could not be opened' };
    const mergedAs = target.pullRequest
        ? (await pulls.getPullRequest(target.pullRequest.number)).mergeCommitSha
        : null;
    if (!mergedAs)
        return { valuesNote: `release ${target.id} has no merged pull request to read its values from` };
    const main = req.mainBranch ?? 'main';
    const branch = `gitopshq/rollback/${currentId}`;
    const open = await pulls.findOpenPullRequest(branch);
    if (open)
        return { valuesPullRequest: { number: open.number, url: open.url } };
    const mainTip = await valuesRepo.tip(main);
    if (!mainTip)
        return { valuesNote: `branch ${main} not found` };
    const [workloadYaml] = await valuesRepo.readFiles(mergedAs, [(0, layout_js_1.workloadFile)(target.workload)]);
    const paths = (0, release_edit_js_1.releaseEditFiles)(target.workload, workloadYaml, req.environment, tenants);
    const [then, now] = await Promise.all([
        valuesRepo.readFiles(mergedAs, paths),
        valuesRepo.readFiles(mainTip, paths),
    ]);
    const writes = paths.flatMap((path, i) => then[i] !== undefined && then[i] !== now[i] ? [{ path, content: then[i] }] : []);
    if (writes.length === 0)
        return { valuesNote: `${main} already has the values of ${target.id}` };
    const message = `${target.workload}: restore the values of ${target.id} in ${req.environment}\n\nRolled back ${currentId}: ${req.reason}\n`;
    if ((await valuesRepo.findCommit(branch, exports.ROLLBACK_TRAILER, currentId)) === undefined) {
        await valuesRepo.write(branch, writes, `${message}\n${exports.ROLLBACK_TRAILER}: ${currentId}\n`, clock.now(), mainTip);
    }
    const pr = await pulls.createPullRequest({
        head: branch,
        base: main,
        title: `${target.workload}: restore ${target.id} values in ${req.environment} (rollback of ${currentId})`,
        body: [
            `${currentId} was rolled back to ${target.id} in ${req.environment} by ${req.actor}: ${req.reason}.`,
            '',
            `Merge this so the next deploy of ${target.workload} does not bring the rolled-back change back.`,
            '',
            ...writes.map((w) => `- \`${w.path}\``),
        ].join('\n'),
    });
    log.info(`opened #${pr.number} restoring the values of ${target.id}`);
    return { valuesPullRequest: { number: pr.number, url: pr.url } };
}


/***/ })

};
