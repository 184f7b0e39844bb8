export const id = 4540;
export const ids = [4540];
export const modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.metricsCommand = void 0;
// `gitopshq metrics`: the delivery metrics of the state branch of --repo (src/usecases/metrics.ts) as a table, JSON
// (the contract in docs/architecture.md#delivery-metrics), CSV, or Prometheus text exposition.
const errors_js_1 = __webpack_require__(10241);
const index_js_1 = __webpack_require__(17366);
const metrics_js_1 = __webpack_require__(60109);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'metrics [--since T] [--until T] [--env E] [--workload W] [--tenant T] [--output text|json|csv|openmetrics]';
exports.metricsCommand = {
    name: 'metrics',
    usage: USAGE,
    summary: 'Delivery metrics computed from the release histories',
    help: [
        'Deploy frequency, lead time (first commit, else PR opened, to Healthy), failed deployment rate,',
        'failed-deployment recovery time, rollback rate, approval latency and promotion completion rate over a window, each against its healthy range',
        "(the playbook's, or gitopshq.yaml metrics.targets) with DORA's performance level where DORA defines one.",
        '',
        '--since, --until   a date (2026-11-01, UTC), an instant (2026-11-01T12:00Z) or an age (30d, 12h, 2w);',
        '                   default: the 30 days up to now',
        '--env, --workload, --tenant   only those releases (a release naming no tenant counts for every tenant)',
        '--output openmetrics          Prometheus text exposition, for a Pushgateway or a textfile collector',
        '',
        'Reads the state branch from `origin` when the repository has one (fetched into refs/gitopshq/), else the',
        'local branch: --state-branch B, else stateBranch of gitopshq.yaml, else gitopshq/state.',
    ].join('\n'),
    outputs: ['csv', 'openmetrics'],
    options: {
        since: { type: 'string' },
        until: { type: 'string' },
        env: { type: 'string' },
        workload: { type: 'string' },
        tenant: { type: 'string' },
        'state-branch': { type: 'string' },
    },
    run: async (ctx, args) => {
        if (args.positionals.length > 0) {
            throw new errors_js_1.UserError(`unexpected argument '${args.positionals[0]}'\nUsage: gitopshq ${USAGE}`, [], 'usage');
        }
        const result = await (0, metrics_js_1.deliveryMetrics)({
            repo: ctx.repo,
            stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'),
            since: (0, command_js_1.stringOpt)(args, 'since'),
            until: (0, command_js_1.stringOpt)(args, 'until'),
            environment: (0, command_js_1.stringOpt)(args, 'env'),
            workload: (0, command_js_1.stringOpt)(args, 'workload'),
            tenant: (0, command_js_1.stringOpt)(args, 'tenant'),
        });
        const error = (0, result_js_1.stepUserError)(result);
        if (error || result.value === undefined)
            throw error ?? new Error('the metrics step returned nothing');
        const { report, exists, branch } = result.value;
        switch (ctx.output) {
            case 'json':
                ctx.stdout(JSON.stringify(report, null, 2));
                break;
            case 'csv':
                ctx.stdout((0, index_js_1.metricsCsv)(report).trimEnd());
                break;
            case 'openmetrics':
                ctx.stdout((0, index_js_1.metricsOpenMetrics)(report).trimEnd());
                break;
            default:
                ctx.stdout(exists
                    ? (0, index_js_1.metricsTable)(report)
                    : `${(0, index_js_1.metricsTable)(report)}\n\nno records yet: the state branch ${branch} does not exist`);
        }
        return command_js_1.EXIT_OK;
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

/***/ 60109:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deliveryMetrics = deliveryMetrics;
exports.environmentMetricsSummary = environmentMetricsSummary;
// metrics: the delivery metrics of the GitOps repository at `repo`, computed from the release and promotion records
// on its state branch (read in one pass, src/state/record-store.ts readAll) and judged against gitopshq.yaml's
// `metrics.targets`. The figures are src/domain/metrics; this file only gathers the inputs. Flow:
// docs/architecture.md#delivery-metrics.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const layout_js_1 = __webpack_require__(89128);
const index_js_1 = __webpack_require__(17366);
const defaults_js_1 = __webpack_require__(29883);
const schema_validate_js_1 = __webpack_require__(4501);
const deps_js_1 = __webpack_require__(31064);
const local_store_js_1 = __webpack_require__(4151);
const result_js_1 = __webpack_require__(48155);
/** gitopshq.yaml's metric targets and each environment's required teams; absent file: the defaults. */
async function readSettings(repo) {
    const text = await (0, promises_1.readFile)((0, node_path_1.join)(repo, layout_js_1.CONFIG_FILE), 'utf8').catch(() => undefined);
    if (text === undefined)
        return { targets: {}, requiredTeams: {} };
    const { value, findings } = (0, schema_validate_js_1.validateDocument)(text, layout_js_1.CONFIG_FILE, 'gitopshq');
    if (findings.length > 0 || value === undefined) {
        // The findings in the message too: the command line prints the message, and the file:line:col is what to fix.
        return (0, result_js_1.failed)({ message: findings.map(errors_js_1.formatFinding).join('\n'), findings });
    }
    const config = (0, defaults_js_1.withConfigDefaults)(value);
    return {
        targets: config.metrics?.targets ?? {},
        requiredTeams: Object.fromEntries(config.environments.map((e) => [e.name, [...e.approvals.teams]])),
    };
}
async function deliveryMetrics(req, clock = deps_js_1.systemClock) {
    let window;
    try {
        window = (0, index_js_1.resolveWindow)({ since: req.since, until: req.until }, clock.now());
    }
    catch (e) {
        if ((0, errors_js_1.isUserError)(e))
            return (0, result_js_1.failed)({ kind: 'usage', message: e.message });
        throw e;
    }
    const store = await (0, local_store_js_1.localReadingStore)(req.repo, {
        ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
        cache: req.cache ?? true,
    });
    if ('outcome' in store)
        return store;
    const settings = await readSettings(req.repo);
    if ('outcome' in settings)
        return settings;
    const query = {
        ...window,
        ...(req.environment !== undefined ? { environment: req.environment } : {}),
        ...(req.workload !== undefined ? { workload: req.workload } : {}),
        ...(req.tenant !== undefined ? { tenant: req.tenant } : {}),
        targets: settings.targets,
        requiredTeams: settings.requiredTeams,
    };
    const started = performance.now();
    // Each release is prepared as it is read, while git writes the next ones out: the main thread waits for git at
    // times (its first records come slowest), and that wait now does the metrics' first half.
    const facts = new index_js_1.FactsBuilder((0, index_js_1.filtersOf)(query));
    // Releases are prepared as they are read and not kept (FactsBuilder keeps only what measuring needs).
    const { tip, promotions } = await store.readAll(undefined, (kind, record) => {
        if (kind === 'release')
            facts.release(record);
    }, ['promotion']);
    const read = performance.now();
    const report = (0, index_js_1.metricsOfFacts)(facts.finish(promotions), query);
    const done = performance.now();
    return (0, result_js_1.succeeded)({
        branch: store.branch,
        exists: tip !== undefined,
        report,
        timings: { readSeconds: (read - started) / 1000, computeSeconds: (done - read) / 1000 },
        ...(store.cacheStats ? { cache: store.cacheStats } : {}),
    });
}
/**
 * The job-summary line of deploy and verify-health: `environment`'s deploy frequency and failed rate over the last
 * 7 days. Reads only the release files whose id says they may matter (one ls-tree, one cat-file). Never throws: a
 * summary line is not worth failing a deploy over; undefined when it cannot be had.
 */
async function environmentMetricsSummary(store, environment, 
/** `repo`: the checkout whose gitopshq.yaml may override the targets. */
opts = {}) {
    const now = (opts.clock ?? deps_js_1.systemClock).now();
    try {
        const settings = opts.repo === undefined ? undefined : await readSettings(opts.repo);
        const targets = settings !== undefined && !('outcome' in settings) ? settings.targets : undefined;
        const { releases } = await store.readAll((kind, id) => kind === 'release' && (0, index_js_1.summaryMayNeed)(id, environment, now));
        return (0, index_js_1.environmentMetricsLine)(releases, environment, now, targets);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
