export const id = 3708;
export const ids = [3708];
export const modules = {

/***/ 89128:
/***/ ((__unused_webpack_module, exports) => {


// Where each kind of content lives in the user's GitOps repository (docs/architecture.md#state-repo-layout). Callers
// pass names that already passed src/domain/names.ts, so these joins cannot escape the repository.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestFile = exports.NO_TENANT = exports.defaultDeployBranch = exports.promotionFile = exports.releaseFile = exports.PROMOTIONS_DIR = exports.RELEASES_DIR = exports.valuesLayerFiles = exports.valuesLayerFile = exports.tenantValuesFile = exports.envValuesFile = exports.baseValuesFile = exports.workloadFile = exports.workloadDir = exports.CLUSTERS_DIR = exports.WORKLOADS_DIR = exports.DEFAULT_STATE_BRANCH = exports.CONFIG_FILE = void 0;
exports.CONFIG_FILE = 'gitopshq.yaml';
exports.DEFAULT_STATE_BRANCH = 'gitopshq/state';
exports.WORKLOADS_DIR = 'workloads';
/** The Argo CD and Flux objects `gitopshq init` writes (cluster-objects.ts): synced or applied from main. */
exports.CLUSTERS_DIR = 'clusters';
const workloadDir = (workload) => `${exports.WORKLOADS_DIR}/${workload}`;
exports.workloadDir = workloadDir;
const workloadFile = (workload) => `${(0, exports.workloadDir)(workload)}/workload.yaml`;
exports.workloadFile = workloadFile;
const baseValuesFile = (workload) => `${(0, exports.workloadDir)(workload)}/values.yaml`;
exports.baseValuesFile = baseValuesFile;
const envValuesFile = (workload, env) => `${(0, exports.workloadDir)(workload)}/values/${env}.yaml`;
exports.envValuesFile = envValuesFile;
const tenantValuesFile = (workload, env, tenant) => `${(0, exports.workloadDir)(workload)}/values/${env}/${tenant}.yaml`;
exports.tenantValuesFile = tenantValuesFile;
/** The values file a change set for (environment, tenant?) is applied to. */
const valuesLayerFile = (workload, env, tenant) => tenant ? (0, exports.tenantValuesFile)(workload, env, tenant) : (0, exports.envValuesFile)(workload, env);
exports.valuesLayerFile = valuesLayerFile;
/** The values layers that feed the target (workload, env, tenant?), most specific first: tenant, environment, base. */
const valuesLayerFiles = (workload, env, tenant) => [
    ...(tenant ? [(0, exports.tenantValuesFile)(workload, env, tenant)] : []),
    (0, exports.envValuesFile)(workload, env),
    (0, exports.baseValuesFile)(workload),
];
exports.valuesLayerFiles = valuesLayerFiles;
exports.RELEASES_DIR = 'releases';
exports.PROMOTIONS_DIR = 'promotions';
const releaseFile = (id) => `${exports.RELEASES_DIR}/${id}.yaml`;
exports.releaseFile = releaseFile;
const promotionFile = (id) => `${exports.PROMOTIONS_DIR}/${id}.yaml`;
exports.promotionFile = promotionFile;
const defaultDeployBranch = (env) => `gitopshq/deploy/${env}`;
exports.defaultDeployBranch = defaultDeployBranch;
/** `_` stands for "no tenant" so that tenant-less workloads still get a two-level path. */
exports.NO_TENANT = '_';
const manifestFile = (tenant, workload) => `${tenant ?? exports.NO_TENANT}/${workload}/manifests.yaml`;
exports.manifestFile = manifestFile;


/***/ }),

/***/ 46788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleBypassError = exports.INITIAL_STATES = exports.IllegalTransitionError = exports.STATE_LABELS = void 0;
exports.nextStates = nextStates;
exports.canTransition = canTransition;
exports.isTerminal = isTerminal;
exports.transition = transition;
exports.parseState = parseState;
exports.lifecycleBypass = lifecycleBypass;
const errors_js_1 = __webpack_require__(10241);
const model_js_1 = __webpack_require__(45529);
// The release state machine of docs/architecture.md#release-lifecycle. Every other module asks this one whether a
// move is legal, so the table below is the single source of truth for the lifecycle.
exports.STATE_LABELS = {
    Draft: 'Draft',
    PendingApproval: 'Pending Approval',
    Approved: 'Approved',
    Deploying: 'Deploying',
    Deployed: 'Deployed',
    Synced: 'Synced',
    Healthy: 'Healthy',
    Failed: 'Failed',
    RolledBack: 'Rolled Back',
    Cancelled: 'Cancelled',
};
const TRANSITIONS = {
    Draft: ['PendingApproval', 'Cancelled'],
    // Back to Draft: the author converted the PR to a draft.
    PendingApproval: ['Approved', 'Draft', 'Cancelled'],
    // Back to PendingApproval: a new commit dismissed the approval.
    Approved: ['Deploying', 'PendingApproval', 'Cancelled'],
    Deploying: ['Deployed', 'Failed'],
    // -> RolledBack: an operator rolls back a release before it was Healthy, in one step (who and why in the entry).
    Deployed: ['Synced', 'Failed', 'RolledBack'],
    Synced: ['Healthy', 'Failed', 'RolledBack'],
    Healthy: ['RolledBack'],
    // Failed -> Deploying is a retry of the same release.
    Failed: ['Deploying', 'RolledBack'],
    RolledBack: [],
    Cancelled: [],
};
class IllegalTransitionError extends errors_js_1.UserError {
    from;
    to;
    constructor(from, to) {
        super(illegalMessage(from, to));
        this.from = from;
        this.to = to;
    }
}
exports.IllegalTransitionError = IllegalTransitionError;
function describe(state) {
    const label = exports.STATE_LABELS[state];
    return label === state ? `'${label}'` : `'${label}' (${state})`;
}
function illegalMessage(from, to) {
    const head = `illegal release transition: ${describe(from)} -> ${describe(to)}`;
    if (from === to)
        return `${head}: the release is already ${describe(from)}`;
    const next = TRANSITIONS[from];
    if (next.length === 0)
        return `${head}: ${describe(from)} is final, no transition leaves it`;
    return `${head}: from ${describe(from)} a release can only move to ${next.map(describe).join(', ')}`;
}
function nextStates(from) {
    return TRANSITIONS[from];
}
function canTransition(from, to) {
    return TRANSITIONS[from].includes(to);
}
/** A state no transition leaves: the release's story is over. */
function isTerminal(state) {
    return TRANSITIONS[state].length === 0;
}
/** Returns a new record with `state` = to and the entry appended to `history`; throws IllegalTransitionError. */
function transition(record, to, actor, note, at = new Date()) {
    if (!canTransition(record.state, to))
        throw new IllegalTransitionError(record.state, to);
    const entry = { state: to, at: at.toISOString(), actor };
    if (note !== undefined)
        entry.note = note;
    return { ...record, state: to, history: [...record.history, entry] };
}
/** Accepts `PendingApproval`, `Pending Approval`, `pending-approval` (any case, `_` too). */
function parseState(text) {
    const key = normalise(text);
    const found = model_js_1.RELEASE_STATES.find((s) => normalise(s) === key);
    if (found !== undefined && key !== '')
        return found;
    const forms = model_js_1.RELEASE_STATES.map((s) => kebab(s)).join(', ');
    throw new errors_js_1.UserError(`unknown release state '${text}': expected one of ${forms}`, [], 'usage');
}
function normalise(text) {
    return text
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '');
}
function kebab(state) {
    return state.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
/** States a release record may be created in: opened as a draft, or ready for review at once. */
exports.INITIAL_STATES = ['Draft', 'PendingApproval'];
/**
 * Why writing `after` over `before` would change a release's state outside `transition()`; undefined when it does
 * not. The record store asks this inside its write loop, on the record as stored and as about to be written:
 * - a new record (`before` undefined) starts with exactly one entry, in an initial state;
 * - a plain update keeps the state and every history entry as they were;
 * - a transition to `to` keeps every entry and appends exactly one, a legal move to `to`.
 */
function lifecycleBypass(before, after, to) {
    if (before === undefined) {
        const [first, ...rest] = after.history;
        if (!exports.INITIAL_STATES.includes(after.state)) {
            return `a release is created in ${exports.INITIAL_STATES.map(describe).join(' or ')}, not ${describe(after.state)}: create it there and move it with transitionRelease`;
        }
        if (first?.state !== after.state || rest.length > 0) {
            return `a new release's history must be one entry for its state ${describe(after.state)}`;
        }
        return undefined;
    }
    const kept = after.history.slice(0, before.history.length);
    if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
        return 'the history of a release is append-only: an entry was removed or rewritten';
    }
    const added = after.history.slice(before.history.length);
    if (to === undefined) {
        if (after.state !== before.state || added.length > 0) {
            return `the state of a release changes only through transitionRelease (${describe(before.state)} -> ${describe(after.state)}, ${added.length} entr${added.length === 1 ? 'y' : 'ies'} appended)`;
        }
        return undefined;
    }
    if (!canTransition(before.state, to))
        return illegalMessage(before.state, to);
    if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
        return `a transition to ${describe(to)} must set that state and append exactly one entry for it`;
    }
    return undefined;
}
function sameEntry(a, b) {
    return b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;
}
/** A write that would change a release's state around the lifecycle: a bug in the caller, never user input. */
class LifecycleBypassError extends Error {
    recordId;
    name = 'LifecycleBypassError';
    constructor(recordId, reason) {
        super(`release ${recordId}: ${reason}; nothing was written`);
        this.recordId = recordId;
    }
}
exports.LifecycleBypassError = LifecycleBypassError;


/***/ }),

/***/ 50327:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.weekStart = weekStart;
exports.filtersOf = filtersOf;
exports.computeMetrics = computeMetrics;
exports.metricsOfFacts = metricsOfFacts;
const measure_js_1 = __webpack_require__(5890);
const prepare_js_1 = __webpack_require__(88265);
const stats_js_1 = __webpack_require__(44201);
const targets_js_1 = __webpack_require__(95124);
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
function isoDate(t) {
    return new Date(t).toISOString().slice(0, 10);
}
/** Monday 00:00 UTC on or before `t`. */
function weekStart(t) {
    const day = Math.floor(t / DAY_MS) * DAY_MS;
    const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0
    return day - weekday * DAY_MS;
}
/** The headline value of each metric from one window's figures; `days` is that window's length. */
function headline(name, f, days) {
    switch (name) {
        case 'deployFrequency':
            return { value: days > 0 ? f.deployments / days : null, count: f.deployments };
        case 'leadTime':
            return { value: f.leadTime.medianSeconds, count: f.leadTime.count };
        case 'failedDeploymentRate':
            return { value: (0, stats_js_1.ratio)(f.failed, f.finished), count: f.finished };
        case 'recoveryTime':
            return { value: f.recovery.medianSeconds, count: f.recovery.count };
        case 'rollbackRate':
            return { value: (0, stats_js_1.ratio)(f.rolledBack, f.finished), count: f.finished };
        case 'approvalLatency':
            return { value: f.approval.medianSeconds, count: f.approval.count };
        case 'promotionCompletion':
            return { value: (0, stats_js_1.ratio)(f.completed, f.completed + f.halted), count: f.completed + f.halted };
    }
}
function weeklySeries(facts, since, until, teams) {
    const starts = [];
    for (let w = weekStart(since); w < until; w += WEEK_MS)
        starts.push(w);
    // The weeks clipped to the window, measured in one pass (not one pass per week).
    const bounds = [...starts.map((w) => Math.max(w, since)), until];
    const figures = (0, measure_js_1.measureWindows)(facts, bounds, teams);
    return starts.map((w, i) => ({
        weekStart: isoDate(w),
        figures: figures[i],
        days: (bounds[i + 1] - bounds[i]) / DAY_MS,
    }));
}
function dailyDeployments(facts, since, until) {
    const first = Math.floor(since / DAY_MS);
    const counts = [];
    for (let d = first * DAY_MS; d < until; d += DAY_MS)
        counts.push(0);
    for (const r of facts.releases) {
        for (const a of r.attempts) {
            if (a.t < since || a.t >= until)
                continue;
            const i = Math.floor(a.t / DAY_MS) - first;
            counts[i] = (counts[i] ?? 0) + 1;
        }
    }
    return counts.map((deployments, i) => ({ date: isoDate((first + i) * DAY_MS), deployments }));
}
/** The filters of a query, as the report states them. */
function filtersOf(query) {
    return {
        ...(query.environment !== undefined ? { environment: query.environment } : {}),
        ...(query.workload !== undefined ? { workload: query.workload } : {}),
        ...(query.tenant !== undefined ? { tenant: query.tenant } : {}),
    };
}
function computeMetrics(releases, promotions, query) {
    return metricsOfFacts((0, prepare_js_1.prepare)(releases, promotions, filtersOf(query)), query);
}
/**
 * computeMetrics over facts a FactsBuilder prepared as the records were read (`new FactsBuilder(filtersOf(query))`,
 * then `release(r)` for each release, then `finish(promotions)`): the same report.
 */
function metricsOfFacts(facts, query) {
    const since = query.since.getTime();
    const until = query.until.getTime();
    if (!(since < until)) {
        throw new RangeError(`the window must start before it ends (since ${query.since.toISOString()}, until ${query.until.toISOString()})`);
    }
    const filters = filtersOf(query);
    const targets = (0, targets_js_1.resolveTargets)(query.targets);
    const teams = query.requiredTeams ?? {};
    const days = (until - since) / DAY_MS;
    const f = (0, measure_js_1.measure)(facts, since, until, teams);
    const weeks = weeklySeries(facts, since, until, teams);
    const judged = (name) => {
        const { value } = headline(name, f, days);
        const target = (0, targets_js_1.targetOf)(name, targets);
        const weekly = weeks.map((w) => ({
            weekStart: w.weekStart,
            ...headline(name, w.figures, w.days),
        }));
        return { value, target, verdict: (0, targets_js_1.verdictOf)(value, target), dora: (0, targets_js_1.doraLevel)(name, value), weekly };
    };
    const perDay = f.deployments / days;
    const metrics = {
        deployFrequency: {
            ...judged('deployFrequency'),
            perDay,
            perWeek: perDay * 7,
            deployments: f.deployments,
            byEnvironment: Object.fromEntries([...f.byEnvironment.entries()]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([env, n]) => [env, { deployments: n, perDay: n / days }])),
            daily: dailyDeployments(facts, since, until),
        },
        leadTime: {
            ...judged('leadTime'),
            ...f.leadTime,
            from: f.leadTimeFrom.firstCommit === 0
                ? 'pr-opened'
                : f.leadTimeFrom.prOpened === 0
                    ? 'first-commit'
                    : 'mixed',
            fromCounts: { ...f.leadTimeFrom },
            byEnvironment: (0, measure_js_1.durationsByKey)(f.leadTimeByEnvironment),
        },
        failedDeploymentRate: {
            ...judged('failedDeploymentRate'),
            rate: (0, stats_js_1.ratio)(f.failed, f.finished),
            failed: f.failed,
            deployments: f.deployments,
            finished: f.finished,
            inFlight: f.inFlight,
        },
        recoveryTime: { ...judged('recoveryTime'), ...f.recovery, unrecovered: f.unrecovered },
        rollbackRate: {
            ...judged('rollbackRate'),
            rate: (0, stats_js_1.ratio)(f.rolledBack, f.finished),
            rolledBack: f.rolledBack,
            deployments: f.deployments,
            finished: f.finished,
        },
        approvalLatency: {
            ...judged('approvalLatency'),
            ...f.approval,
            waiting: f.waiting,
            byEnvironment: (0, measure_js_1.durationsByKey)(f.approvalByEnvironment),
            byTeam: (0, measure_js_1.durationsByKey)(f.approvalByTeam),
        },
        promotionCompletion: {
            ...judged('promotionCompletion'),
            rate: (0, stats_js_1.ratio)(f.completed, f.completed + f.halted),
            completed: f.completed,
            halted: f.halted,
            inProgress: f.inProgress,
            cancelled: f.cancelled,
        },
    };
    return {
        window: { since: query.since.toISOString(), until: query.until.toISOString(), days },
        filters,
        metrics,
        records: {
            releases: facts.releases.length,
            promotions: facts.promotions.length,
            clockSkewCorrections: facts.clockSkewCorrections,
        },
    };
}


/***/ }),

/***/ 30863:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.METRIC_LABELS = void 0;
exports.leadFrom = leadFrom;
exports.basisOf = basisOf;
exports.metricsTable = metricsTable;
exports.metricsCsv = metricsCsv;
exports.metricsOpenMetrics = metricsOpenMetrics;
// The metrics report as a person reads it (a table), as CSV for spreadsheets, and as Prometheus text exposition
// (also valid OpenMetrics: it ends with `# EOF`) for a Pushgateway or a node-exporter textfile collector.
const targets_js_1 = __webpack_require__(95124);
const types_js_1 = __webpack_require__(81631);
exports.METRIC_LABELS = {
    deployFrequency: 'Deploy frequency',
    leadTime: 'Lead time to Healthy',
    failedDeploymentRate: 'Failed deployment rate',
    recoveryTime: 'Failed-deployment recovery time',
    rollbackRate: 'Rollback rate',
    approvalLatency: 'Approval latency',
    promotionCompletion: 'Promotion completion rate',
};
const p90 = (s) => (s === null ? '' : `, p90 ${(0, targets_js_1.formatDuration)(s)}`);
/** Where the lead times started, in words: the first commit, the PR opened, or how many of each. */
function leadFrom(m) {
    if (m.count === 0)
        return '';
    if (m.from === 'first-commit')
        return ', from the first commit';
    if (m.from === 'pr-opened')
        return ', from PR opened (no first commit recorded)';
    return `, from the first commit (${m.fromCounts.firstCommit}) or PR opened (${m.fromCounts.prOpened})`;
}
/** What each value stands on, in words. */
function basisOf(name, m) {
    switch (name) {
        case 'deployFrequency':
            return `${m.deployFrequency.deployments} deployments`;
        case 'leadTime':
            return `${m.leadTime.count} releases${p90(m.leadTime.p90Seconds)}${leadFrom(m.leadTime)}`;
        case 'failedDeploymentRate': {
            const x = m.failedDeploymentRate;
            return `${x.failed} of ${x.finished} finished${x.inFlight > 0 ? `, ${x.inFlight} in flight` : ''}`;
        }
        case 'recoveryTime': {
            const x = m.recoveryTime;
            return `${x.count} recovered${p90(x.p90Seconds)}${x.unrecovered > 0 ? `, ${x.unrecovered} not yet` : ''}`;
        }
        case 'rollbackRate':
            return `${m.rollbackRate.rolledBack} of ${m.rollbackRate.finished} finished`;
        case 'approvalLatency': {
            const x = m.approvalLatency;
            return `${x.count} approvals${p90(x.p90Seconds)}${x.waiting > 0 ? `, ${x.waiting} waiting` : ''}`;
        }
        case 'promotionCompletion': {
            const x = m.promotionCompletion;
            return `${x.completed} completed, ${x.halted} halted, ${x.inProgress} in progress`;
        }
    }
}
function table(rows) {
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
    return rows
        .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  '))
        .join('\n');
}
function metricsTable(report) {
    const { window, filters } = report;
    const scope = Object.entries(filters)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
    const head = `Delivery metrics ${window.since} .. ${window.until} (${Number(window.days.toFixed(2))} days${scope ? `; ${scope}` : ''})`;
    const rows = types_js_1.METRIC_NAMES.map((name) => {
        const m = report.metrics[name];
        return [
            exports.METRIC_LABELS[name],
            (0, targets_js_1.formatValue)(m.value, m.target.unit),
            m.target.text,
            m.verdict,
            m.dora ?? '-',
            basisOf(name, report.metrics),
        ];
    });
    const lines = [head, '', table([['METRIC', 'VALUE', 'TARGET', 'VERDICT', 'DORA', 'BASIS'], ...rows])];
    const byEnv = Object.entries(report.metrics.deployFrequency.byEnvironment);
    if (byEnv.length > 1) {
        lines.push('', 'Deployments by environment:');
        for (const [env, x] of byEnv)
            lines.push(`  ${env}: ${x.deployments} (${(0, targets_js_1.formatValue)(x.perDay, 'per-day')})`);
    }
    if (report.records.clockSkewCorrections > 0) {
        lines.push('', `${report.records.clockSkewCorrections} history entries were stamped before the entry they follow (clocks out of step); they count from the earlier entry's time.`);
    }
    return lines.join('\n');
}
function csvCell(value) {
    return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function metricsCsv(report) {
    const header = [
        'metric',
        'value',
        'unit',
        'target',
        'healthy_when',
        'verdict',
        'dora',
        'count',
        'since',
        'until',
    ];
    const rows = types_js_1.METRIC_NAMES.map((name) => {
        const m = report.metrics[name];
        const count = m.weekly.reduce((n, w) => n + w.count, 0);
        return [
            name,
            m.value === null ? '' : String(m.value),
            m.target.unit,
            String(m.target.value),
            m.target.healthyWhen,
            m.verdict,
            m.dora ?? '',
            String(count),
            report.window.since,
            report.window.until,
        ];
    });
    return `${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
function labelValue(v) {
    return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}
function labels(pairs) {
    const set = Object.entries(pairs).filter((e) => e[1] !== undefined);
    return set.length === 0 ? '' : `{${set.map(([k, v]) => `${k}="${labelValue(v)}"`).join(',')}}`;
}
function num(v) {
    return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
}
function metricsOpenMetrics(report) {
    const { metrics: m, filters } = report;
    const scope = { environment: filters.environment, workload: filters.workload, tenant: filters.tenant };
    const out = [];
    const family = (name, help, samples) => {
        const present = samples.filter((s) => s[1] !== null);
        if (present.length === 0)
            return;
        out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
        for (const [l, v] of present)
            out.push(`${name}${labels(l)} ${num(v)}`);
    };
    family('gitopshq_deploy_frequency_per_day', 'Moves into Deploying per day over the window.', [
        [scope, m.deployFrequency.perDay],
        ...Object.entries(m.deployFrequency.byEnvironment)
            .filter(() => filters.environment === undefined)
            .map(([env, x]) => [
            { ...scope, environment: env },
            x.perDay,
        ]),
    ]);
    family('gitopshq_deployments', 'Moves into Deploying in the window.', [
        [scope, m.deployFrequency.deployments],
    ]);
    family('gitopshq_lead_time_seconds', 'First commit (else PR opened) to first Healthy, by quantile.', [
        [{ ...scope, quantile: '0.5' }, m.leadTime.medianSeconds],
        [{ ...scope, quantile: '0.9' }, m.leadTime.p90Seconds],
    ]);
    family('gitopshq_failed_deployment_ratio', 'Finished deployments that reached Failed.', [
        [scope, m.failedDeploymentRate.rate],
    ]);
    family('gitopshq_recovery_time_seconds', 'Failed to the next Healthy in that environment and workload.', [
        [{ ...scope, quantile: '0.5' }, m.recoveryTime.medianSeconds],
        [{ ...scope, quantile: '0.9' }, m.recoveryTime.p90Seconds],
    ]);
    family('gitopshq_rollback_ratio', 'Finished deployments later Rolled Back.', [
        [scope, m.rollbackRate.rate],
    ]);
    family('gitopshq_approval_latency_seconds', 'First Pending Approval to first Approved, by quantile.', [
        [{ ...scope, quantile: '0.5' }, m.approvalLatency.medianSeconds],
        [{ ...scope, quantile: '0.9' }, m.approvalLatency.p90Seconds],
    ]);
    family('gitopshq_promotion_completion_ratio', 'Completed / (completed + halted) promotions.', [
        [scope, m.promotionCompletion.rate],
    ]);
    family('gitopshq_promotions_in_progress', 'Promotions still in progress at the window end.', [
        [scope, m.promotionCompletion.inProgress],
    ]);
    family('gitopshq_metric_target', 'The healthy threshold of each metric, in its unit.', types_js_1.METRIC_NAMES.map((n) => [{ ...scope, metric: n }, m[n].target.value]));
    family('gitopshq_metric_healthy', '1 when the metric is within its healthy range, 0 when not (absent without data).', types_js_1.METRIC_NAMES.map((n) => [
        { ...scope, metric: n },
        m[n].verdict === 'no-data' ? null : Number(m[n].verdict === 'healthy'),
    ]));
    out.push('# EOF');
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 17366:
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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveWindow = exports.parseWindowTime = exports.DEFAULT_WINDOW_DAYS = exports.verdictOf = exports.targetsFromFile = exports.targetOf = exports.resolveTargets = exports.parseMetricDuration = exports.formatValue = exports.formatPercent = exports.formatDuration = exports.doraLevel = exports.DEFAULT_TARGETS = exports.summaryMayNeed = exports.SUMMARY_WINDOW_DAYS = exports.SUMMARY_LOOKBACK_DAYS = exports.environmentMetricsLine = exports.FactsBuilder = exports.metricsTable = exports.metricsOpenMetrics = exports.metricsCsv = exports.METRIC_LABELS = exports.leadFrom = exports.basisOf = exports.weekStart = exports.metricsOfFacts = exports.filtersOf = exports.computeMetrics = void 0;
// Delivery metrics from the release and promotion histories alone (docs/architecture.md#delivery-metrics):
//
//   const report = computeMetrics(releases, promotions, { since, until, environment, workload, tenant, targets });
//   report.metrics.leadTime.medianSeconds, .verdict, .dora, .weekly  // one shape per metric, see types.ts
//   metricsTable(report) / metricsCsv(report) / metricsOpenMetrics(report)
//   environmentMetricsLine(releases, 'prod', now)  // deploy's and verify-health's job-summary line
var compute_js_1 = __webpack_require__(50327);
Object.defineProperty(exports, "computeMetrics", ({ enumerable: true, get: function () { return compute_js_1.computeMetrics; } }));
Object.defineProperty(exports, "filtersOf", ({ enumerable: true, get: function () { return compute_js_1.filtersOf; } }));
Object.defineProperty(exports, "metricsOfFacts", ({ enumerable: true, get: function () { return compute_js_1.metricsOfFacts; } }));
Object.defineProperty(exports, "weekStart", ({ enumerable: true, get: function () { return compute_js_1.weekStart; } }));
var format_js_1 = __webpack_require__(30863);
Object.defineProperty(exports, "basisOf", ({ enumerable: true, get: function () { return format_js_1.basisOf; } }));
Object.defineProperty(exports, "leadFrom", ({ enumerable: true, get: function () { return format_js_1.leadFrom; } }));
Object.defineProperty(exports, "METRIC_LABELS", ({ enumerable: true, get: function () { return format_js_1.METRIC_LABELS; } }));
Object.defineProperty(exports, "metricsCsv", ({ enumerable: true, get: function () { return format_js_1.metricsCsv; } }));
Object.defineProperty(exports, "metricsOpenMetrics", ({ enumerable: true, get: function () { return format_js_1.metricsOpenMetrics; } }));
Object.defineProperty(exports, "metricsTable", ({ enumerable: true, get: function () { return format_js_1.metricsTable; } }));
var prepare_js_1 = __webpack_require__(88265);
Object.defineProperty(exports, "FactsBuilder", ({ enumerable: true, get: function () { return prepare_js_1.FactsBuilder; } }));
var summary_line_js_1 = __webpack_require__(20421);
Object.defineProperty(exports, "environmentMetricsLine", ({ enumerable: true, get: function () { return summary_line_js_1.environmentMetricsLine; } }));
Object.defineProperty(exports, "SUMMARY_LOOKBACK_DAYS", ({ enumerable: true, get: function () { return summary_line_js_1.SUMMARY_LOOKBACK_DAYS; } }));
Object.defineProperty(exports, "SUMMARY_WINDOW_DAYS", ({ enumerable: true, get: function () { return summary_line_js_1.SUMMARY_WINDOW_DAYS; } }));
Object.defineProperty(exports, "summaryMayNeed", ({ enumerable: true, get: function () { return summary_line_js_1.summaryMayNeed; } }));
var targets_js_1 = __webpack_require__(95124);
Object.defineProperty(exports, "DEFAULT_TARGETS", ({ enumerable: true, get: function () { return targets_js_1.DEFAULT_TARGETS; } }));
Object.defineProperty(exports, "doraLevel", ({ enumerable: true, get: function () { return targets_js_1.doraLevel; } }));
Object.defineProperty(exports, "formatDuration", ({ enumerable: true, get: function () { return targets_js_1.formatDuration; } }));
Object.defineProperty(exports, "formatPercent", ({ enumerable: true, get: function () { return targets_js_1.formatPercent; } }));
Object.defineProperty(exports, "formatValue", ({ enumerable: true, get: function () { return targets_js_1.formatValue; } }));
Object.defineProperty(exports, "parseMetricDuration", ({ enumerable: true, get: function () { return targets_js_1.parseMetricDuration; } }));
Object.defineProperty(exports, "resolveTargets", ({ enumerable: true, get: function () { return targets_js_1.resolveTargets; } }));
Object.defineProperty(exports, "targetOf", ({ enumerable: true, get: function () { return targets_js_1.targetOf; } }));
Object.defineProperty(exports, "targetsFromFile", ({ enumerable: true, get: function () { return targets_js_1.targetsFromFile; } }));
Object.defineProperty(exports, "verdictOf", ({ enumerable: true, get: function () { return targets_js_1.verdictOf; } }));
__exportStar(__webpack_require__(81631), exports);
var window_js_1 = __webpack_require__(48096);
Object.defineProperty(exports, "DEFAULT_WINDOW_DAYS", ({ enumerable: true, get: function () { return window_js_1.DEFAULT_WINDOW_DAYS; } }));
Object.defineProperty(exports, "parseWindowTime", ({ enumerable: true, get: function () { return window_js_1.parseWindowTime; } }));
Object.defineProperty(exports, "resolveWindow", ({ enumerable: true, get: function () { return window_js_1.resolveWindow; } }));


/***/ }),

/***/ 5890:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ratio = void 0;
exports.measure = measure;
exports.measureWindows = measureWindows;
exports.durationsByKey = durationsByKey;
const stats_js_1 = __webpack_require__(44201);
Object.defineProperty(exports, "ratio", ({ enumerable: true, get: function () { return stats_js_1.ratio; } }));
/** The state a history was in just before `until`. */
function stateAt(steps, until) {
    let state;
    for (const s of steps) {
        if (s.t >= until)
            break;
        state = s.state;
    }
    return state;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function emptyFigures() {
    return {
        deployments: 0,
        byEnvironment: new Map(),
        failed: 0,
        finished: 0,
        inFlight: 0,
        rolledBack: 0,
        leadTime: (0, stats_js_1.durations)([]),
        leadTimeByEnvironment: new Map(),
        leadTimeFrom: { firstCommit: 0, prOpened: 0 },
        recovery: (0, stats_js_1.durations)([]),
        unrecovered: 0,
        approval: (0, stats_js_1.durations)([]),
        approvalByEnvironment: new Map(),
        approvalByTeam: new Map(),
        waiting: 0,
        completed: 0,
        halted: 0,
        inProgress: 0,
        cancelled: 0,
    };
}
/** The window [bounds[i], bounds[i + 1]) holding `t`, or -1 (bounds ascending). */
function windowOf(bounds, t) {
    let lo = 0;
    let hi = bounds.length - 1;
    if (hi < 1 || !(t >= bounds[0] && t < bounds[hi]))
        return -1;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (t < bounds[mid])
            hi = mid;
        else
            lo = mid;
    }
    return lo;
}
/** The first window whose end is past `t` (its end > t); bounds.length - 1 when none is. */
function firstEndingAfter(bounds, t) {
    let w = 0;
    while (w < bounds.length - 1 && bounds[w + 1] <= t)
        w++;
    return w;
}
/** The figures of one window [since, until): the plain definition measureWindows is tested against. */
function measure(facts, since, until, requiredTeams = {}) {
    const inWindow = (t) => t >= since && t < until;
    const f = emptyFigures();
    const leadTimes = [];
    const approvals = [];
    for (const r of facts.releases) {
        const env = r.environment;
        for (const a of r.attempts) {
            if (!inWindow(a.t))
                continue;
            f.deployments++;
            f.byEnvironment.set(a.environment, (f.byEnvironment.get(a.environment) ?? 0) + 1);
            if (a.outcome === undefined || a.outcome.t >= until) {
                f.inFlight++;
                continue;
            }
            f.finished++;
            if (a.outcome.state === 'Failed')
                f.failed++;
            if (a.rolledBackAt !== undefined && a.rolledBackAt < until)
                f.rolledBack++;
        }
        if (r.healthyAt !== undefined && inWindow(r.healthyAt)) {
            const lead = Math.max(0, r.healthyAt - r.leadStart.t);
            leadTimes.push(lead);
            push(f.leadTimeByEnvironment, env, lead);
            if (r.leadStart.from === 'first-commit')
                f.leadTimeFrom.firstCommit++;
            else
                f.leadTimeFrom.prOpened++;
        }
        if (r.pendingAt !== undefined && r.pendingAt < until) {
            if (r.approvedAt !== undefined && inWindow(r.approvedAt)) {
                const wait = r.approvedAt - r.pendingAt;
                approvals.push(wait);
                push(f.approvalByEnvironment, env, wait);
                for (const team of requiredTeams[env] ?? [])
                    push(f.approvalByTeam, team, wait);
            }
            else if (stateAt(r.steps, until) === 'PendingApproval') {
                f.waiting++;
            }
        }
    }
    f.leadTime = (0, stats_js_1.durations)(leadTimes);
    f.approval = (0, stats_js_1.durations)(approvals);
    const recoveries = [];
    for (const i of facts.incidents) {
        if (!inWindow(i.start))
            continue;
        if (i.end !== undefined && i.end < until)
            recoveries.push(i.end - i.start);
        else
            f.unrecovered++;
    }
    f.recovery = (0, stats_js_1.durations)(recoveries);
    for (const p of facts.promotions) {
        if (p.end !== undefined && inWindow(p.end.t)) {
            if (p.end.state === 'Completed')
                f.completed++;
            else if (p.end.state === 'Failed')
                f.halted++;
            else
                f.cancelled++;
        }
        else if (p.createdAt < until && (p.end === undefined || p.end.t >= until)) {
            f.inProgress++;
        }
    }
    return f;
}
/**
 * The figures of each of the adjacent windows [bounds[i], bounds[i + 1]) (a window's weeks), in ONE pass over the
 * facts: each event goes to the window holding its time, and what is judged at a window's end (in flight, waiting,
 * in progress) is checked against that window's end. Equal to measure() of each window
 * (test/unit/domain/metrics/measure.test.ts).
 */
function measureWindows(facts, bounds, requiredTeams = {}) {
    const n = Math.max(0, bounds.length - 1);
    const out = Array.from({ length: n }, emptyFigures);
    const end = (w) => bounds[w + 1];
    const leadTimes = out.map(() => []);
    const approvals = out.map(() => []);
    const recoveries = out.map(() => []);
    for (const r of facts.releases) {
        const env = r.environment;
        for (const a of r.attempts) {
            const w = windowOf(bounds, a.t);
            const f = out[w];
            if (f === undefined)
                continue;
            f.deployments++;
            f.byEnvironment.set(a.environment, (f.byEnvironment.get(a.environment) ?? 0) + 1);
            if (a.outcome === undefined || a.outcome.t >= end(w)) {
                f.inFlight++;
                continue;
            }
            f.finished++;
            if (a.outcome.state === 'Failed')
                f.failed++;
            if (a.rolledBackAt !== undefined && a.rolledBackAt < end(w))
                f.rolledBack++;
        }
        if (r.healthyAt !== undefined) {
            const w = windowOf(bounds, r.healthyAt);
            const f = out[w];
            if (f !== undefined) {
                const lead = Math.max(0, r.healthyAt - r.leadStart.t);
                leadTimes[w]?.push(lead);
                push(f.leadTimeByEnvironment, env, lead);
                if (r.leadStart.from === 'first-commit')
                    f.leadTimeFrom.firstCommit++;
                else
                    f.leadTimeFrom.prOpened++;
            }
        }
        if (r.pendingAt === undefined)
            continue;
        // approvedAt follows pendingAt (prepare.ts), so the window holding it has begun after Pending Approval.
        const approvedIn = r.approvedAt === undefined ? -1 : windowOf(bounds, r.approvedAt);
        const fa = out[approvedIn];
        if (fa !== undefined && r.approvedAt !== undefined) {
            const wait = r.approvedAt - r.pendingAt;
            approvals[approvedIn]?.push(wait);
            push(fa.approvalByEnvironment, env, wait);
            for (const team of requiredTeams[env] ?? [])
                push(fa.approvalByTeam, team, wait);
        }
        // Waiting at a window's end: the last step before that end is Pending Approval, i.e. the end lies in
        // (step.t, next.t] of a Pending Approval step; not when the window holds the approval itself.
        const steps = r.steps;
        for (let j = 0; j < steps.length; j++) {
            const s = steps[j];
            if (s.state !== 'PendingApproval' || s.t < r.pendingAt)
                continue;
            const next = steps[j + 1]?.t ?? Number.POSITIVE_INFINITY;
            for (let w = firstEndingAfter(bounds, s.t); w < n && end(w) <= next; w++) {
                if (w !== approvedIn)
                    out[w].waiting++;
            }
        }
    }
    for (const i of facts.incidents) {
        const w = windowOf(bounds, i.start);
        const f = out[w];
        if (f === undefined)
            continue;
        if (i.end !== undefined && i.end < end(w))
            recoveries[w]?.push(i.end - i.start);
        else
            f.unrecovered++;
    }
    for (const p of facts.promotions) {
        const f = out[p.end === undefined ? -1 : windowOf(bounds, p.end.t)];
        if (f !== undefined && p.end !== undefined) {
            if (p.end.state === 'Completed')
                f.completed++;
            else if (p.end.state === 'Failed')
                f.halted++;
            else
                f.cancelled++;
        }
        // In progress at a window's end: opened before it, not ended by it.
        const last = p.end?.t ?? Number.POSITIVE_INFINITY;
        for (let w = firstEndingAfter(bounds, p.createdAt); w < n && end(w) <= last; w++) {
            out[w].inProgress++;
        }
    }
    out.forEach((f, w) => {
        f.leadTime = (0, stats_js_1.durations)(leadTimes[w] ?? []);
        f.approval = (0, stats_js_1.durations)(approvals[w] ?? []);
        f.recovery = (0, stats_js_1.durations)(recoveries[w] ?? []);
    });
    return out;
}
function durationsByKey(map) {
    return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, (0, stats_js_1.durations)(v)]));
}


/***/ }),

/***/ 88265:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FactsBuilder = void 0;
exports.parseTime = parseTime;
exports.prepare = prepare;
// Turns release and promotion records into timed facts once, so a window (the whole period, each week, each
// environment) is measured by a cheap scan. Two rules hold for every metric:
// - A history is in the order its entries were written (the record store appends them one write at a time), so an
//   entry stamped earlier than the one before it came from a clock running behind: it is clamped to the previous
//   entry's time and counted in `clockSkewCorrections`. Intervals therefore never come out negative.
// - Only what happened before the window's end counts, so a past window reads the same tomorrow.
const model_js_1 = __webpack_require__(45529);
const digit = (s, i) => {
    const d = s.charCodeAt(i) - 48;
    return d >= 0 && d <= 9 ? d : Number.NaN;
};
/**
 * Date.parse for the times records hold (`2026-11-30T16:30:30.585Z`, or without the milliseconds), read digit by
 * digit: 10,000 releases hold ~80,000 of them, read this way in about a quarter of Date.parse's time. Anything else
 * (another offset, a field out of range) goes to Date.parse, so the result is always Date.parse's
 * (test/unit/domain/metrics/prepare.test.ts).
 */
function parseTime(s) {
    const n = s.length;
    if ((n === 24 || n === 20) &&
        s.charCodeAt(n - 1) === 90 && // Z
        s.charCodeAt(4) === 45 &&
        s.charCodeAt(7) === 45 &&
        s.charCodeAt(10) === 84 && // T
        s.charCodeAt(13) === 58 &&
        s.charCodeAt(16) === 58 &&
        (n === 20 || s.charCodeAt(19) === 46)) {
        const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
        const month = digit(s, 5) * 10 + digit(s, 6);
        const day = digit(s, 8) * 10 + digit(s, 9);
        const hour = digit(s, 11) * 10 + digit(s, 12);
        const minute = digit(s, 14) * 10 + digit(s, 15);
        const second = digit(s, 17) * 10 + digit(s, 18);
        const ms = n === 20 ? 0 : digit(s, 20) * 100 + digit(s, 21) * 10 + digit(s, 22);
        // NaN (a non-digit) fails every comparison below.
        if (month >= 1 &&
            month <= 12 &&
            day >= 1 &&
            day <= 31 &&
            hour <= 23 &&
            minute <= 59 &&
            second <= 59 &&
            ms >= 0 &&
            year >= 0) {
            // Date.UTC maps years 0-99 to 1900-1999; Date.parse does not.
            if (year >= 100)
                return Date.UTC(year, month - 1, day, hour, minute, second, ms);
        }
    }
    return Date.parse(s);
}
/**
 * The state names as constants: a state read from a record may be a slice of the record's text, and a step that
 * keeps it would keep that whole text alive.
 */
const RELEASE_STATE = new Map(model_js_1.RELEASE_STATES.map((s) => [s, s]));
function clamp(history, states) {
    const steps = [];
    let skewed = 0;
    let last = Number.NEGATIVE_INFINITY;
    for (const h of history) {
        let t = parseTime(h.at);
        if (t < last) {
            skewed++;
            t = last;
        }
        last = t;
        steps.push({ state: states?.get(h.state) ?? h.state, t });
    }
    return { steps, skewed };
}
/** A release naming no tenant changes the environment's layer, which every tenant of the workload reads. */
function releaseMatches(r, f) {
    return ((f.environment === undefined || r.environment === f.environment) &&
        (f.workload === undefined || r.workload === f.workload) &&
        (f.tenant === undefined || r.tenants.length === 0 || r.tenants.includes(f.tenant)));
}
function attemptsOf(environment, steps) {
    const attempts = [];
    for (const s of steps) {
        const current = attempts.at(-1);
        if (s.state === 'Deploying')
            attempts.push({ environment, t: s.t });
        else if (current && current.outcome === undefined && (s.state === 'Failed' || s.state === 'Healthy')) {
            current.outcome = { state: s.state, t: s.t };
        }
        else if (current && s.state === 'RolledBack')
            current.rolledBackAt = s.t;
    }
    return attempts;
}
/** One string per distinct name: 10,000 releases name a few environments and workloads. */
class Names {
    seen = new Map();
    of(name) {
        const known = this.seen.get(name);
        if (known !== undefined)
            return known;
        this.seen.set(name, name);
        return name;
    }
}
function prepareRelease(record, names) {
    const { steps, skewed } = clamp(record.history, RELEASE_STATE);
    const createdAt = parseTime(record.createdAt);
    const firstCommit = record.firstCommitAt === undefined ? Number.NaN : parseTime(record.firstCommitAt);
    const environment = names.of(record.environment);
    const prepared = {
        environment,
        workload: names.of(record.workload),
        createdAt,
        leadStart: Number.isNaN(firstCommit)
            ? { t: createdAt, from: 'pr-opened' }
            : { t: firstCommit, from: 'first-commit' },
        steps,
        attempts: attemptsOf(environment, steps),
    };
    for (const s of steps) {
        if (s.state === 'Healthy' && prepared.healthyAt === undefined)
            prepared.healthyAt = s.t;
        if (s.state === 'PendingApproval' && prepared.pendingAt === undefined)
            prepared.pendingAt = s.t;
        if (s.state === 'Approved' && prepared.pendingAt !== undefined && prepared.approvedAt === undefined) {
            prepared.approvedAt = s.t;
        }
    }
    return { prepared, skewed };
}
/**
 * Failures grouped by environment and workload: a failure opens an incident unless one is open there already, and
 * the next Healthy there (of any release) closes it. Simultaneous entries: the failure first.
 */
function incidentsOf(releases) {
    // Environment, then workload: no key string built per release (10,000 of them).
    const byTarget = new Map();
    for (const r of releases) {
        const { environment, workload } = r;
        let workloads = byTarget.get(environment);
        if (!workloads) {
            workloads = new Map();
            byTarget.set(environment, workloads);
        }
        let events = workloads.get(workload);
        if (!events) {
            events = [];
            workloads.set(workload, events);
        }
        for (const s of r.steps) {
            if (s.state === 'Failed' || s.state === 'Healthy') {
                events.push({ t: s.t, failed: s.state === 'Failed', environment });
            }
        }
    }
    const incidents = [];
    for (const events of [...byTarget.values()].flatMap((w) => [...w.values()])) {
        events.sort((a, b) => a.t - b.t || Number(b.failed) - Number(a.failed));
        let open;
        for (const e of events) {
            if (e.failed && open === undefined) {
                open = { environment: e.environment, start: e.t };
                incidents.push(open);
            }
            else if (!e.failed && open !== undefined) {
                open.end = e.t;
                open = undefined;
            }
        }
    }
    return incidents;
}
/** Promotions match on their target environment, the source release's workload, and their waves' tenants. */
function promotionMatches(p, f, workloadOf) {
    return ((f.environment === undefined || p.to === f.environment) &&
        (f.workload === undefined || workloadOf.get(p.source) === f.workload) &&
        (f.tenant === undefined || p.waves.some((w) => w.tenants.includes(f.tenant))));
}
/**
 * Prepares records one at a time, as a reader hands them over (gitopshq metrics feeds releases while git still
 * writes the others out): `release` for each release, then `finish` with the promotions. Records may come in any
 * order: every figure is a count, a sum or a sorted list (test/unit/domain/metrics/prepare.test.ts).
 */
class FactsBuilder {
    filters;
    releases = [];
    clockSkewCorrections = 0;
    /** Promotions filter on their source release's workload: kept only when a workload filter asks for it. */
    workloadOf = new Map();
    names = new Names();
    constructor(filters) {
        this.filters = filters;
    }
    release(r) {
        if (this.filters.workload !== undefined)
            this.workloadOf.set(r.id, this.names.of(r.workload));
        if (!releaseMatches(r, this.filters))
            return;
        const { prepared, skewed } = prepareRelease(r, this.names);
        this.clockSkewCorrections += skewed;
        this.releases.push(prepared);
    }
    finish(promotions) {
        const preparedPromotions = [];
        for (const p of promotions) {
            if (!promotionMatches(p, this.filters, this.workloadOf))
                continue;
            const { steps, skewed } = clamp(p.history);
            this.clockSkewCorrections += skewed;
            const end = steps.find((s) => s.state !== 'InProgress');
            preparedPromotions.push({
                record: p,
                createdAt: parseTime(p.createdAt),
                ...(end ? { end: { state: end.state, t: end.t } } : {}),
            });
        }
        return {
            releases: this.releases,
            promotions: preparedPromotions,
            incidents: incidentsOf(this.releases),
            clockSkewCorrections: this.clockSkewCorrections,
        };
    }
}
exports.FactsBuilder = FactsBuilder;
function prepare(releases, promotions, filters) {
    const builder = new FactsBuilder(filters);
    for (const r of releases)
        builder.release(r);
    return builder.finish(promotions);
}


/***/ }),

/***/ 44201:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.median = median;
exports.nearestRank = nearestRank;
exports.durations = durations;
exports.ratio = ratio;
function median(sorted) {
    const n = sorted.length;
    if (n === 0)
        return null;
    const mid = Math.floor(n / 2);
    return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function nearestRank(sorted, p) {
    if (sorted.length === 0)
        return null;
    return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
/** Median, p90 and count of durations in milliseconds, reported in seconds. */
function durations(ms) {
    // A typed array sorts numerically in native code: at 10,000 releases a comparator function called ~130,000
    // times per list was a third of computeMetrics. Durations are finite (differences of parsed times), never NaN.
    const sorted = Float64Array.from(ms).sort();
    for (let i = 0; i < sorted.length; i++)
        sorted[i] = sorted[i] / 1000;
    return { medianSeconds: median(sorted), p90Seconds: nearestRank(sorted, 0.9), count: sorted.length };
}
function ratio(part, whole) {
    return whole === 0 ? null : part / whole;
}


/***/ }),

/***/ 20421:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUMMARY_LOOKBACK_DAYS = exports.SUMMARY_WINDOW_DAYS = void 0;
exports.summaryMayNeed = summaryMayNeed;
exports.environmentMetricsLine = environmentMetricsLine;
const compute_js_1 = __webpack_require__(50327);
const targets_js_1 = __webpack_require__(95124);
exports.SUMMARY_WINDOW_DAYS = 7;
/** How long before the window a release may have been opened and still deploy inside it (a slow approval). */
exports.SUMMARY_LOOKBACK_DAYS = 30;
const DATED_ID = /-(\d{4})(\d{2})(\d{2})-[0-9a-f]{6}$/;
/**
 * Whether a release file is worth reading for the summary line of `environment` at `now`, judged from its id alone
 * (`<workload>-<env>-<YYYYMMDD>-<hex>`, the date it was opened), so a deploy reads dozens of files, not the whole
 * branch. Ids of another shape are always read; computeMetrics filters exactly afterwards.
 */
function summaryMayNeed(id, environment, now) {
    const m = DATED_ID.exec(id);
    if (!m)
        return true;
    if (!id.slice(0, m.index).endsWith(`-${environment}`))
        return false;
    const opened = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return opened >= now.getTime() - (exports.SUMMARY_WINDOW_DAYS + exports.SUMMARY_LOOKBACK_DAYS + 1) * 86_400_000;
}
function environmentMetricsLine(releases, environment, now, targets) {
    const since = new Date(now.getTime() - exports.SUMMARY_WINDOW_DAYS * 86_400_000);
    const { deployFrequency: df, failedDeploymentRate: fr } = (0, compute_js_1.computeMetrics)(releases, [], {
        since,
        until: now,
        environment,
        ...(targets ? { targets } : {}),
    }).metrics;
    const rate = fr.rate === null
        ? 'failed rate: no finished deployment yet'
        : `failed rate ${(0, targets_js_1.formatPercent)(fr.rate)} (${fr.failed} of ${fr.finished}, ${fr.verdict}: ${fr.target.text})`;
    const inFlight = fr.inFlight > 0 ? `, ${fr.inFlight} in flight` : '';
    return (`Metrics for ${environment}, last ${exports.SUMMARY_WINDOW_DAYS} days: ${df.deployments} deployment${df.deployments === 1 ? '' : 's'} ` +
        `(${(0, targets_js_1.formatValue)(df.perDay, 'per-day')}, ${df.verdict}: ${df.target.text}), ${rate}${inFlight}`);
}


/***/ }),

/***/ 81631:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.METRIC_NAMES = void 0;
exports.METRIC_NAMES = [
    'deployFrequency',
    'leadTime',
    'failedDeploymentRate',
    'recoveryTime',
    'rollbackRate',
    'approvalLatency',
    'promotionCompletion',
];


/***/ }),

/***/ 48096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_WINDOW_DAYS = void 0;
exports.parseWindowTime = parseWindowTime;
exports.resolveWindow = resolveWindow;
// The window a metrics request covers: --since and --until as an ISO date (`2026-11-01`, midnight UTC), an ISO
// instant (`2026-11-01T12:00Z`), or an age before now (`30d`, `12h`, `2w`). Defaults: the 30 days up to now.
const errors_js_1 = __webpack_require__(10241);
const DAY_MS = 86_400_000;
exports.DEFAULT_WINDOW_DAYS = 30;
const AGE = /^(\d+)(m|h|d|w)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };
function parseWindowTime(option, text, now) {
    const age = AGE.exec(text);
    if (age)
        return new Date(now.getTime() - Number(age[1]) * UNIT_MS[age[2]]);
    const iso = DATE.test(text) ? `${text}T00:00:00Z` : INSTANT.test(text) ? text : undefined;
    const at = iso === undefined ? Number.NaN : Date.parse(iso);
    if (Number.isNaN(at)) {
        throw new errors_js_1.UserError(`--${option} '${text}' is not a time: use a date (2026-11-01, UTC), an instant (2026-11-01T12:00Z) or an age before now (30d, 12h, 2w)`, [], 'usage');
    }
    return new Date(at);
}
function resolveWindow(opts, now) {
    const until = opts.until === undefined ? now : parseWindowTime('until', opts.until, now);
    const since = opts.since === undefined
        ? new Date(until.getTime() - exports.DEFAULT_WINDOW_DAYS * DAY_MS)
        : parseWindowTime('since', opts.since, now);
    if (since.getTime() >= until.getTime()) {
        throw new errors_js_1.UserError(`--since (${since.toISOString()}) must be before --until (${until.toISOString()})`, [], 'usage');
    }
    return { since, until };
}


/***/ }),

/***/ 45529:
/***/ ((__unused_webpack_module, exports) => {


// The shapes of every file in the user's GitOps repository (docs/architecture.md#state-repo-layout). The JSON Schemas
// in schemas/ are the authority on what a valid file is; these types describe a file after it has passed its schema
// and had its defaults applied (see src/state/repo.ts). Pure types: no I/O, no imports of ours.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HEALTH_STATUSES = exports.RELEASE_STATES = void 0;
/**
 * The nine lifecycle states of docs/architecture.md#release-lifecycle, plus Cancelled for a release whose PR
 * closed unmerged.
 */
exports.RELEASE_STATES = [
    'Draft',
    'PendingApproval',
    'Approved',
    'Deploying',
    'Deployed',
    'Synced',
    'Healthy',
    'Failed',
    'RolledBack',
    'Cancelled',
];
/** The six health statuses of Argo CD's assessment (docs/architecture.md#health); the worst wins an aggregate. */
exports.HEALTH_STATUSES = [
    'Healthy',
    'Progressing',
    'Degraded',
    'Suspended',
    'Missing',
    'Unknown',
];


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

/***/ 362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_YAML_DEPTH = exports.MAX_YAML_BYTES = void 0;
exports.parseYamlSource = parseYamlSource;
exports.formatPath = formatPath;
exports.pointerToPath = pointerToPath;
// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
const yaml_1 = __webpack_require__(38815);
const size_text_js_1 = __webpack_require__(3975);
/**
 * The largest file of the repository or the state branch that is parsed at all. The biggest real values files are
 * tens of KiB; a 100 MB file is an attack on the runner's memory and time (the parser needs seconds per MiB).
 */
exports.MAX_YAML_BYTES = 4 * 1024 * 1024;
/** Deeper than any chart's values; the parser and the schema check recurse, so depth is bounded before they run. */
exports.MAX_YAML_DEPTH = 64;
/** Tags a plain-data file may carry: the YAML core schema's. `!!js/function`, `!!binary`, `!Ref` are refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'));
/** Where the first character YAML forbids in a stream is (C0 controls but tab, LF and CR; DEL), or -1. A NUL is
 * the usual smuggler. */
function firstControl(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f)
            return i;
    }
    return -1;
}
function parseYamlSource(text, file) {
    const refused = refuseBeforeParsing(text, file);
    if (refused)
        return refused;
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false });
    const toPos = (offset) => {
        const p = lineCounter.linePos(offset);
        // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
        return p.line === 0 ? { line: 1, col: offset + 1 } : p;
    };
    const findings = [];
    for (const e of doc.errors) {
        // The parser recurses per level: a file nested thousands deep overflows its stack at every level. One
        // finding says it, at the first place.
        if (/call stack/i.test(e.message)) {
            if (!findings.some((f) => f.message.startsWith('nested'))) {
                findings.push({ file, ...toPos(e.pos[0]), message: tooDeep() });
            }
            continue;
        }
        findings.push({ file, ...toPos(e.pos[0]), message: `invalid YAML: ${plainMessage(e.message)}` });
    }
    if (findings.length === 0)
        findings.push(...shapeFindings(doc, file, toPos));
    let value;
    if (findings.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            findings.push({
                file,
                line: 1,
                col: 1,
                message: `invalid YAML: ${plainMessage(e.message)}`,
            });
        }
    }
    return {
        file,
        text,
        value: findings.length === 0 ? (value ?? null) : undefined,
        findings,
        locate: (path, opts = {}) => toPos(offsetOf(doc, path, opts.key ?? false)),
        sourceAt: (path) => {
            const node = doc.getIn(path, true);
            return (0, yaml_1.isScalar)(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
        },
    };
}
function emptySource(text, file, finding) {
    return {
        file,
        text,
        value: undefined,
        findings: [finding],
        locate: () => ({ line: finding.line, col: finding.col }),
        sourceAt: () => undefined,
    };
}
/** Too big to parse, or holding characters no YAML file may: refused without running the parser. */
function refuseBeforeParsing(text, file) {
    // UTF-16 code units >= UTF-8 bytes / 3: a cheap bound first, the exact size only near the limit.
    if (text.length * 3 > exports.MAX_YAML_BYTES && Buffer.byteLength(text) > exports.MAX_YAML_BYTES) {
        return emptySource(text, file, {
            file,
            line: 1,
            col: 1,
            message: `the file is ${(0, size_text_js_1.sizeText)(Buffer.byteLength(text))}, over the ${(0, size_text_js_1.sizeText)(exports.MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`,
        });
    }
    const bad = firstControl(text);
    if (bad >= 0) {
        const before = text.slice(0, bad);
        const line = before.split('\n').length;
        const col = bad - before.lastIndexOf('\n');
        const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
        const name = code === '0000' ? 'a NUL byte (U+0000)' : `the control character U+${code}`;
        return emptySource(text, file, {
            file,
            line,
            col,
            message: `invalid YAML: ${name}, which a YAML file may not contain: remove it (write \\x${code.slice(2)} inside a double-quoted string if the value needs it)`,
        });
    }
    const deep = flowNestingBeyond(text, exports.MAX_YAML_DEPTH);
    if (deep !== undefined) {
        const before = text.slice(0, deep);
        return emptySource(text, file, {
            file,
            line: before.split('\n').length,
            col: deep - before.lastIndexOf('\n'),
            message: tooDeep(),
        });
    }
    return undefined;
}
/**
 * Where `[`/`{` nesting first exceeds `max`, by a linear scan that skips quoted strings and comments. The parser
 * takes seconds (and overflows its stack) on `[[[[...` 100,000 deep; this takes milliseconds. A bracket inside a
 * block scalar is counted too: it takes more than `max` unclosed ones in a row to matter.
 */
function flowNestingBeyond(text, max) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === '"') {
            if (c === '\\')
                i++;
            else if (c === '"')
                quote = undefined;
        }
        else if (quote === "'") {
            if (c === "'")
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            if (end < 0)
                break;
            i = end;
        }
        else if (c === '[' || c === '{') {
            if (++depth > max)
                return i;
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return undefined;
}
const tooDeep = () => `nested more than ${exports.MAX_YAML_DEPTH} levels deep, which no GitOpsHQ file needs: flatten it (the file is not read)`;
const tagName = (tag) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
/** A tag outside plain data, or nesting deeper than MAX_YAML_DEPTH; walked without recursion. */
function shapeFindings(doc, file, toPos) {
    const out = [];
    const stack = [{ node: doc.contents, depth: 1 }];
    let deep = false;
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!(0, yaml_1.isNode)(node))
            continue;
        const at = toPos(node.range?.[0] ?? 0);
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
            out.push({
                file,
                ...at,
                message: `the tag ${tagName(node.tag)} is not allowed: GitOpsHQ files hold plain data (maps, lists, strings, numbers, booleans, null); remove the tag`,
            });
        }
        if (!(0, yaml_1.isCollection)(node))
            continue;
        if (depth > exports.MAX_YAML_DEPTH) {
            if (!deep)
                out.push({ file, ...at, message: tooDeep() });
            deep = true;
            continue;
        }
        for (const item of node.items) {
            if ((0, yaml_1.isPair)(item)) {
                stack.push({ node: item.value, depth: depth + 1 });
                stack.push({ node: item.key, depth: depth + 1 });
            }
            else
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return out;
}
/** The parser's message, in the words of someone editing the file rather than calling the library. */
function plainMessage(message) {
    const first = firstLine(message);
    if (/multiple documents/i.test(first)) {
        return 'a second document (after ---) follows the first: this file holds one document; remove the --- and what follows it';
    }
    if (/excessive alias count/i.test(first)) {
        return 'anchors and aliases expand to too many nodes (an alias bomb): write the values out instead of repeating aliases';
    }
    return first;
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function offsetOf(doc, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    let keyOffset = offset;
    for (const seg of path) {
        if ((0, yaml_1.isAlias)(node))
            node = node.resolve(doc);
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isPair)(p) && keyText(p.key) === String(seg));
            if (!pair)
                return offset;
            keyOffset = rangeStart(pair.key) ?? offset;
            node = pair.value;
            // `key:` with nothing after it has no value node: the key is the best place to point at.
            offset = rangeStart(node) ?? keyOffset;
        }
        else if ((0, yaml_1.isSeq)(node)) {
            const item = node.items[typeof seg === 'number' ? seg : Number(seg)];
            if (item === undefined)
                return offset;
            node = item;
            offset = rangeStart(node) ?? offset;
            keyOffset = offset;
        }
        else {
            return offset;
        }
    }
    return key ? keyOffset : offset;
}
function keyText(key) {
    if ((0, yaml_1.isScalar)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** `['environments', 2, 'approvals']` -> `environments[2].approvals`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** A JSON pointer (`/environments/2/name`) as path segments; digits become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
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
