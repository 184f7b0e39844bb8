export const id = 4769;
export const ids = [4769];
export const modules = {

/***/ 4769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setCommand = void 0;
const result_js_1 = __webpack_require__(48155);
const set_values_js_1 = __webpack_require__(79499);
const command_js_1 = __webpack_require__(3567);
exports.setCommand = {
    name: 'set',
    readsRepo: true,
    usage: 'set WORKLOAD ENV PATH=VALUE... [--tenant T]',
    summary: 'Update values in a layer, keeping comments and every other line byte-identical',
    help: [
        "Changes values in the environment's layer (workloads/WORKLOAD/values/ENV.yaml) or, with --tenant, the",
        "tenant's layer (values/ENV/T.yaml, created when missing). Values are typed by YAML rules: quote a value",
        `to keep it a string ('version="1.10"', or 1.10 becomes the number 1.1). The repository is validated with`,
        'the change before anything is written; an invalid result writes nothing.',
        '',
        "A Kustomize workload is released through its overlay's kustomization (the folder workload.yaml names for ENV),",
        'as `kustomize edit set image` / `set replicas` would: images.NAME.newTag=T (also .newName, .digest),',
        'images.NAME=NEWNAME:TAG, image.tag=T for the only image, replicas.NAME=N or replicas=N; NAME with dots is',
        'quoted: \'images["ghcr.io/acme/api"].newTag=1.2.3\'. Anything else is an error naming the file to edit.',
        '',
        'Examples:',
        '  gitopshq set payment-api staging image.tag=1.4.3',
        '  gitopshq set payment-api prod replicas=6 --tenant acme',
        '  gitopshq set checkout-web dev \'env.FEATURE_FLAGS="new-cart"\' resources.limits.cpu=500m',
    ].join('\n'),
    options: { tenant: { type: 'string' } },
    async run(ctx, args) {
        const [workload, env, ...raw] = args.positionals;
        if (workload === undefined || env === undefined || raw.length === 0) {
            ctx.stderr('gitopshq set: expected WORKLOAD ENV PATH=VALUE..., e.g. `gitopshq set payment-api staging image.tag=1.4.3`');
            return command_js_1.EXIT_USAGE;
        }
        const result = await (0, set_values_js_1.setValues)({
            repo: ctx.repo,
            workload,
            environment: env,
            tenant: (0, command_js_1.stringOpt)(args, 'tenant'),
            assignments: raw,
        });
        const error = (0, result_js_1.stepUserError)(result);
        if (error || !result.value)
            throw error ?? new Error('set returned no result');
        const { file, created, changed, updates, written } = result.value;
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({ file, created, changed, updates: written }));
        }
        else {
            const verb = created ? 'created' : changed ? 'updated' : 'unchanged (already set)';
            ctx.stdout([`${verb} ${file}`, ...updates.map((u) => `  ${u.path}=${u.value}`)].join('\n'));
        }
        return command_js_1.EXIT_OK;
    },
};


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

/***/ 79499:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setValues = setValues;
// set: values written to one workload's release file for an environment (its values layer, the tenant's layer, or
// its Kustomize overlay), through the same release-edit path create-release uses (src/state/release-edit.ts). The
// repository must be valid before, and is validated with the change before anything is written: an edit that would
// make it invalid writes nothing. Flow: docs/architecture.md.
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const value_path_js_1 = __webpack_require__(83529);
const targets_js_1 = __webpack_require__(25630);
const release_edit_js_1 = __webpack_require__(55757);
const repo_js_1 = __webpack_require__(53413);
const result_js_1 = __webpack_require__(48155);
/** Failed (a finding, nothing written) when the repository is invalid before, or would be after. */
async function setValues(req) {
    const { workload, environment, tenant } = req;
    // Names become paths: check them before reading or writing anything.
    (0, names_js_1.assertName)('workload', workload);
    (0, names_js_1.assertName)('environment', environment);
    if (tenant !== undefined)
        (0, names_js_1.assertName)('tenant', tenant);
    const updates = req.assignments.map(value_path_js_1.parseUpdate);
    const before = await (0, repo_js_1.inspectRepo)(req.repo);
    if (!before.snapshot) {
        return (0, result_js_1.failed)({
            message: `the repository has problems; fix them first (nothing was written):\n${before.findings.map(errors_js_1.formatFinding).join('\n')}`,
            findings: before.findings,
        });
    }
    const snap = before.snapshot;
    const resolved = (0, targets_js_1.resolveTarget)(snap, { workload, environment, tenant }, { tenant: 'layer' });
    const edit = await (0, release_edit_js_1.planReleaseEdit)(snap.root, resolved.workload, environment, tenant, updates);
    const created = edit.before === undefined;
    const changed = created || edit.after !== edit.before;
    if (changed) {
        const after = await (0, repo_js_1.inspectRepo)(req.repo, { overrides: new Map([[edit.file, edit.after]]) });
        if (after.findings.length > 0) {
            return (0, result_js_1.failed)({
                message: `not written: the change would make the repository invalid:\n${after.findings.map(errors_js_1.formatFinding).join('\n')}`,
                findings: after.findings,
            });
        }
        await (0, release_edit_js_1.writeReleaseEdit)(snap.root, edit);
    }
    return (0, result_js_1.succeeded)({ file: edit.file, created, changed, updates, written: edit.written });
}


/***/ })

};
