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
const local_ports_js_1 = __webpack_require__(43094);
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
    const store = await (0, local_ports_js_1.localReadingStore)(req.repo, {
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
