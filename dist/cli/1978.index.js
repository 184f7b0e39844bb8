export const id = 1978;
export const ids = [1978];
export const modules = {

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

/***/ 12991:
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
const node_crypto_1 = __webpack_require__(77598);
const yaml_1 = __webpack_require__(38815);
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


/***/ })

};
