export const id = 3263;
export const ids = [3263];
export const modules = {

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


/***/ })

};
