export const id = 2354;
export const ids = [2354];
export const modules = {

/***/ 33542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sandboxCommand = void 0;
// `gitopshq sandbox up`: the local GitHub (simulator) with the cast of docs/architecture.md#sandbox and acme/gitops
// seeded from `gitopshq init`'s example repository, and a simulated Kubernetes cluster whose Argo CD- and Flux-like
// syncer applies acme/gitops' deploy branches. State lives in --dir, so a restart keeps users, tokens, PRs and
// reviews (the cluster starts empty and re-applies the deploy branches).
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const sandbox_js_1 = __webpack_require__(27304);
const command_js_1 = __webpack_require__(3567);
exports.sandboxCommand = {
    name: 'sandbox',
    usage: 'sandbox up --dir DIR [--port P]',
    summary: 'Start the local GitHub and Kubernetes simulators with acme/gitops seeded; prints one JSON line',
    help: 'Serves the GitHub REST API (under /api/v3) and git over HTTP on 127.0.0.1 until SIGTERM or Ctrl-C, and a\n' +
        'Kubernetes API whose Argo CD- and Flux-like syncer applies the gitopshq/deploy/<env> branches.\n' +
        'The JSON line: {"api": URL, "git": URL, "repo": "acme/gitops", "users": {NAME: TOKEN}, "kube": URL,\n' +
        '"kubeconfig": PATH}.\n' +
        'Clone with: git clone http://x-access-token:TOKEN@127.0.0.1:PORT/acme/gitops.git\n' +
        'Look at the cluster with: kubectl --kubeconfig PATH get applications -n argocd',
    options: { dir: { type: 'string' }, port: { type: 'string' } },
    async run(ctx, args) {
        const [verb, ...rest] = args.positionals;
        if (verb !== 'up' || rest.length > 0)
            throw new errors_js_1.UserError('usage: gitopshq sandbox up --dir DIR [--port P]', [], 'usage');
        const dirOpt = (0, command_js_1.stringOpt)(args, 'dir');
        if (!dirOpt)
            throw new errors_js_1.UserError('sandbox up needs --dir DIR (where the sandbox keeps its state)', [], 'usage');
        const portOpt = (0, command_js_1.stringOpt)(args, 'port') ?? '0';
        if (!/^\d+$/.test(portOpt) || Number(portOpt) > 65535) {
            throw new errors_js_1.UserError(`--port must be a number from 0 to 65535, not '${portOpt}'`, [], 'usage');
        }
        const dir = (0, node_path_1.resolve)(dirOpt);
        const sandbox = await (0, sandbox_js_1.startSandbox)({ dir, port: Number(portOpt), cluster: true });
        try {
            ctx.stdout(JSON.stringify({
                api: sandbox.sim.apiUrl,
                git: sandbox.sim.gitUrl,
                repo: sandbox.repo,
                users: sandbox.users,
                kube: sandbox.cluster?.url ?? null,
                kubeconfig: sandbox.kubeconfigPath ?? null,
            }));
            await ctx.stopped;
            return command_js_1.EXIT_OK;
        }
        finally {
            await sandbox.close();
        }
    },
};


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


/***/ })

};
