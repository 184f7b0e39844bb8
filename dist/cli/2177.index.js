export const id = 2177;
export const ids = [2177];
export const modules = {

/***/ 49787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.initCommand = void 0;
// `gitopshq init DIR`: maps the command line to initRepo of src/usecases/init-repo.ts and says what to try next.
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const init_repo_js_1 = __webpack_require__(35525);
const install_info_js_1 = __webpack_require__(11244);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
exports.initCommand = {
    name: 'init',
    usage: 'init DIR [--no-git] [--repo-url URL]',
    summary: 'Create an example GitOps repository (dev -> staging -> prod, three tenants, two workloads)',
    help: [
        'Writes a commented example repository into DIR (created if missing; it must be empty) and, unless',
        '--no-git, makes it a git repository with one commit on main. DIR is the argument, not --repo: --repo names',
        'an existing repository for the other commands. clusters/ holds the Argo CD ApplicationSet and the Flux objects',
        'that follow the deploy branches; --repo-url sets the clone URL they fetch from (default the example acme/gitops).',
        '',
        'Examples:',
        '  gitopshq init gitops',
        '  gitopshq init ./gitops --no-git',
        '  gitopshq init gitops --output json',
    ].join('\n'),
    options: { 'no-git': { type: 'boolean' }, 'repo-url': { type: 'string' } },
    async run(ctx, args) {
        const [target, ...extra] = args.positionals;
        const repoOption = args.values.repo;
        if (typeof repoOption === 'string') {
            // --repo names an existing repository for the other commands; init creates one, so it takes the folder itself.
            throw new errors_js_1.UserError(`init takes the folder to create as its argument, not --repo: \`gitopshq init ${shellQuote(target ?? repoOption)}\``, [], 'usage');
        }
        if (target === undefined || extra.length > 0) {
            ctx.stderr('gitopshq init: expected exactly one folder, e.g. `gitopshq init gitops`');
            return command_js_1.EXIT_USAGE;
        }
        const dir = (0, node_path_1.resolve)(target);
        const repoUrl = args.values['repo-url'];
        const result = await (0, init_repo_js_1.initRepo)({
            dir,
            shown: target,
            git: args.values['no-git'] !== true,
            ...(typeof repoUrl === 'string' ? { repoUrl } : {}),
        });
        const error = (0, result_js_1.stepUserError)(result);
        if (error || !result.value)
            throw error ?? new Error('init returned no result');
        const { files, git, commit } = result.value;
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify(result.value));
            return command_js_1.EXIT_OK;
        }
        const run = invocation(ctx.env);
        const repo = `--repo ${shellQuote(shownPath(dir))}`;
        const steps = [
            [`validate ${repo}`, 'check every file against its schema'],
            [`render payment-api --env prod --tenant acme ${repo}`, 'the manifests acme runs in prod'],
            [`set payment-api staging image.tag=1.4.3 ${repo}`, 'change one value, comments kept'],
            [`compare staging prod ${repo}`, 'what differs between two environments'],
        ];
        const width = Math.max(...steps.map(([c]) => c.length)) + run.command.length + 1;
        ctx.stdout([
            `Created an example GitOps repository in ${dir}${git ? ` (git, branch main, commit ${commit?.slice(0, 7)})` : ''}:`,
            ...files.map((f) => `  ${f}`),
            '',
            'Next, try (from this folder):',
            ...steps.map(([c, why]) => `  ${`${run.command} ${c}`.padEnd(width)}  # ${why}`),
            ...(run.note ? ['', run.note] : []),
        ].join('\n'));
        return command_js_1.EXIT_OK;
    },
};
/**
 * How the person can run gitopshq again: `gitopshq` when it is on PATH, else `npx gitopshq`, which only resolves
 * inside the gitopshq project (npm looks for it in the nearest node_modules): the steps therefore use --repo and
 * never `cd` into the new folder, and the note says how to get `gitopshq` on PATH.
 */
function invocation(env) {
    if (env.npm_command !== 'exec' && (0, install_info_js_1.onPath)('gitopshq', env.PATH ?? ''))
        return { command: 'gitopshq' };
    const root = (0, install_info_js_1.packageRoot)();
    const where = root ? ` in ${shellQuote(root)}` : '';
    return {
        command: 'npx gitopshq',
        note: `\`npx gitopshq\` works inside the gitopshq project${where}; to type \`gitopshq\` from any folder, run \`npm link\`${where}.`,
    };
}
/** The folder as the person can type it from here: relative when below the current folder, else absolute. */
function shownPath(dir) {
    const rel = (0, node_path_1.relative)(process.cwd(), dir);
    return rel === '' ? '.' : rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel) ? dir : rel;
}
function shellQuote(s) {
    return /^[\w./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}


/***/ }),

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

/***/ 95124:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TARGETS = void 0;
exports.formatDuration = formatDuration;
exports.formatPercent = formatPercent;
exports.formatValue = formatValue;
exports.targetOf = targetOf;
exports.verdictOf = verdictOf;
exports.doraLevel = doraLevel;
exports.parseMetricDuration = parseMetricDuration;
exports.targetsFromFile = targetsFromFile;
exports.resolveTargets = resolveTargets;
exports.DEFAULT_TARGETS = {
    deployFrequencyPerDay: 1,
    leadTimeSeconds: 3600,
    failedDeploymentRate: 0.05,
    recoveryTimeSeconds: 3600,
    rollbackRate: 0.02,
    approvalLatencySeconds: 1800,
    promotionCompletionRate: 0.95,
};
const HOUR = 3600;
const DAY = 24 * HOUR;
/** `90s`, `30m`, `1h`, `1h30m`, `2d`: the shortest exact reading of a number of seconds. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return String(seconds);
    let rest = Math.round(seconds);
    if (rest === 0)
        return '0s';
    const parts = [];
    for (const [unit, size] of [
        ['d', DAY],
        ['h', HOUR],
        ['m', 60],
        ['s', 1],
    ]) {
        const n = Math.floor(rest / size);
        if (n > 0)
            parts.push(`${n}${unit}`);
        rest -= n * size;
        if (parts.length === 2)
            break;
    }
    return parts.join('');
}
/** `0.05` -> `5%`, `0.955` -> `95.5%`. */
function formatPercent(ratio) {
    return `${Number((ratio * 100).toFixed(1))}%`;
}
function formatValue(value, unit) {
    if (value === null)
        return '-';
    if (unit === 'seconds')
        return formatDuration(value);
    if (unit === 'ratio')
        return formatPercent(value);
    return `${Number(value.toFixed(2))}/day`;
}
const SPEC = {
    deployFrequency: { key: 'deployFrequencyPerDay', healthyWhen: 'above', unit: 'per-day' },
    leadTime: { key: 'leadTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
    failedDeploymentRate: { key: 'failedDeploymentRate', healthyWhen: 'below', unit: 'ratio' },
    recoveryTime: { key: 'recoveryTimeSeconds', healthyWhen: 'below', unit: 'seconds' },
    rollbackRate: { key: 'rollbackRate', healthyWhen: 'below', unit: 'ratio' },
    approvalLatency: { key: 'approvalLatencySeconds', healthyWhen: 'below', unit: 'seconds' },
    promotionCompletion: { key: 'promotionCompletionRate', healthyWhen: 'above', unit: 'ratio' },
};
function targetOf(name, targets) {
    const { key, healthyWhen, unit } = SPEC[name];
    const value = targets[key];
    return {
        value,
        healthyWhen,
        unit,
        text: `${healthyWhen === 'above' ? '>' : '<'} ${formatValue(value, unit)}`,
    };
}
function verdictOf(value, target) {
    if (value === null)
        return 'no-data';
    const ok = target.healthyWhen === 'above' ? value > target.value : value < target.value;
    return ok ? 'healthy' : 'unhealthy';
}
// DORA's clusters (Accelerate State of DevOps 2023), made contiguous: elite deploys on demand (daily or more),
// high between daily and weekly, medium between weekly and monthly; lead time under a day / week / month; change
// failure rate at most 5% / 10% / 15%; failed-deployment recovery under an hour / a day / a week.
const DORA_BANDS = {
    deployFrequency: { bounds: [1, 1 / 7, 1 / 30], higherIsBetter: true },
    leadTime: { bounds: [DAY, 7 * DAY, 30 * DAY], higherIsBetter: false },
    failedDeploymentRate: { bounds: [0.05, 0.1, 0.15], higherIsBetter: false },
    recoveryTime: { bounds: [HOUR, DAY, 7 * DAY], higherIsBetter: false },
};
function doraLevel(name, value) {
    const band = DORA_BANDS[name];
    if (band === undefined || value === null)
        return null;
    const levels = ['elite', 'high', 'medium'];
    for (const [i, bound] of band.bounds.entries()) {
        // Rates are "at most" (5% is elite); times are "under"; frequency is "at least".
        const within = band.higherIsBetter
            ? value >= bound
            : name === 'failedDeploymentRate'
                ? value <= bound
                : value < bound;
        if (within)
            return levels[i] ?? 'low';
    }
    return 'low';
}
const DURATION_UNIT = { s: 1, m: 60, h: HOUR, d: DAY };
/** gitopshq.yaml's duration (`30m`, `1h`, `2d`, or seconds as a number) in seconds; undefined when not one. */
function parseMetricDuration(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) && value > 0 ? value : undefined;
    const m = /^([1-9][0-9]*)(s|m|h|d)$/.exec(value);
    return m ? Number(m[1]) * DURATION_UNIT[m[2]] : undefined;
}
/** Only the keys the file sets, in the model's units. */
function targetsFromFile(file) {
    const out = {};
    const seconds = (v) => (v === undefined ? undefined : parseMetricDuration(v));
    const set = (key, v) => {
        if (v !== undefined)
            out[key] = v;
    };
    set('deployFrequencyPerDay', file.deployFrequencyPerDay);
    set('leadTimeSeconds', seconds(file.leadTime));
    set('failedDeploymentRate', file.failedDeploymentRate);
    set('recoveryTimeSeconds', seconds(file.recoveryTime));
    set('rollbackRate', file.rollbackRate);
    set('approvalLatencySeconds', seconds(file.approvalLatency));
    set('promotionCompletionRate', file.promotionCompletionRate);
    return out;
}
function resolveTargets(overrides) {
    return { ...exports.DEFAULT_TARGETS, ...overrides };
}


/***/ }),

/***/ 29883:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Files as people write them (optional keys left out) and the defaults that turn them into the types of
// src/domain/model.ts. The schemas declare the same defaults; test/unit/state/defaults.test.ts keeps the two equal.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KUSTOMIZE_OVERLAY_DEFAULT = exports.TEMPLATE_PATH_DEFAULT = exports.BREAK_GLASS_DEFAULTS = exports.DEFAULT_DESTINATION = exports.KUBERNETES_VERSION_DEFAULT = exports.RENDER_POLICY_DEFAULTS = exports.APPROVAL_DEFAULTS = void 0;
exports.withConfigDefaults = withConfigDefaults;
exports.withWorkloadDefaults = withWorkloadDefaults;
const cluster_wiring_js_1 = __webpack_require__(61665);
const layout_js_1 = __webpack_require__(89128);
const targets_js_1 = __webpack_require__(95124);
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
/** Where a tenant's targets run when gitopshq.yaml names no destination: the cluster Argo CD or Flux runs in. */
exports.DEFAULT_DESTINATION = { cluster: cluster_wiring_js_1.IN_CLUSTER_SERVER };
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
            ...(e.render?.apiVersions ? { render: { apiVersions: [...e.render.apiVersions] } } : {}),
        })),
        tenants: (file.tenants ?? []).map((t) => ({
            name: t.name,
            wave: t.wave ?? 0,
            canary: t.canary ?? false,
            ...(t.destinations
                ? {
                    destinations: Object.fromEntries(Object.entries(t.destinations).map(([env, d]) => [env, { ...d }])),
                }
                : {}),
        })),
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
            ...(file.render?.apiVersions ? { apiVersions: [...file.render.apiVersions] } : {}),
        },
        stateBranch: file.stateBranch ?? layout_js_1.DEFAULT_STATE_BRANCH,
        // Absent unless written: the metrics apply their own defaults (src/domain/metrics/targets.ts).
        ...(file.metrics ? { metrics: { targets: (0, targets_js_1.targetsFromFile)(file.metrics.targets ?? {}) } } : {}),
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
        ...(file.render ? { render: { ...file.render } } : {}),
    };
}
function withSourceDefaults(source) {
    switch (source.type) {
        case 'template':
            return { type: 'template', path: source.path ?? exports.TEMPLATE_PATH_DEFAULT };
        case 'kustomize':
            return {
                type: 'kustomize',
                overlay: source.overlay ?? exports.KUSTOMIZE_OVERLAY_DEFAULT,
                overlays: { ...source.overlays },
            };
        case 'helm':
            return { ...source, versions: { ...source.versions } };
    }
}


/***/ }),

/***/ 35525:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.initRepo = initRepo;
// init: the commented example GitOps repository written into a new or empty folder and, unless told not to, made a
// git repository with one commit on main. Nothing of the person's is overwritten: a folder with anything in it is
// refused before a file is written. Flow: docs/architecture.md.
const promises_1 = __webpack_require__(51455);
const git_js_1 = __webpack_require__(10308);
const example_repo_js_1 = __webpack_require__(40000);
const result_js_1 = __webpack_require__(48155);
/** Failed (kind usage, nothing written) when `dir` is a file or not empty. */
async function initRepo(req) {
    let existing;
    try {
        existing = await (0, promises_1.readdir)(req.dir);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOTDIR')
            return (0, result_js_1.failed)({ kind: 'usage', message: `${req.shown} is a file, not a folder` });
        if (code !== 'ENOENT')
            throw e;
        existing = [];
    }
    if (existing.length > 0) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `${req.shown} is not empty (${existing.length} entr${existing.length === 1 ? 'y' : 'ies'}); ` +
                'init only writes into a new or empty folder, so nothing of yours is overwritten',
        });
    }
    if (req.repoUrl !== undefined && !/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(req.repoUrl)) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `--repo-url ${JSON.stringify(req.repoUrl)} is not a clone URL: give https://..., ssh://... or git@host:owner/repo.git`,
        });
    }
    await (0, example_repo_js_1.writeExampleRepo)(req.dir, { git: req.git, ...(req.repoUrl ? { repoUrl: req.repoUrl } : {}) });
    const files = [...(0, example_repo_js_1.exampleFiles)().keys()].sort();
    const commit = req.git ? await new git_js_1.Git(req.dir).revParse('HEAD') : undefined;
    return (0, result_js_1.succeeded)({ dir: req.dir, files, git: req.git, ...(commit ? { commit } : {}) });
}


/***/ }),

/***/ 48155:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.succeeded = succeeded;
exports.failed = failed;
exports.pending = pending;
exports.stepUserError = stepUserError;
// What every use case returns (docs/architecture.md): a step either succeeded, failed, or is pending (waiting for a
// person, a PR, a cluster), and says whether running it again may help. Modelled on kargo's step results: a caller
// (an action, the CLI, a scheduler) decides what to do from these two fields alone, never from a message.
const errors_js_1 = __webpack_require__(10241);
function succeeded(value) {
    return { outcome: 'succeeded', retryable: false, value };
}
function failed(error, opts = {}) {
    return {
        outcome: 'failed',
        retryable: opts.retryable ?? false,
        error: { kind: error.kind ?? 'finding', message: error.message, findings: error.findings ?? [] },
        ...(opts.value !== undefined ? { value: opts.value } : {}),
    };
}
function pending(reason, opts = {}) {
    return { outcome: 'pending', retryable: true, reason, ...opts };
}
/** The error an entry point (action wrapper, CLI) reports for a failed step; undefined when it did not fail. */
function stepUserError(result) {
    if (result.outcome !== 'failed')
        return undefined;
    const { message, findings, kind } = result.error;
    return new errors_js_1.UserError(result.retryable ? `${message} (a retry may help)` : message, findings, kind);
}


/***/ })

};
