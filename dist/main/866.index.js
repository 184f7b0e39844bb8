export const id = 866;
export const ids = [866];
export const modules = {

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


/***/ })

};
