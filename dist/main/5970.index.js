export const id = 5970;
export const ids = [5970];
export const modules = {

/***/ 75970:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// verify-health: maps the inputs to src/usecases/verify-health.ts and its verdict to outputs, the job summary and an
// annotation. The Kubernetes client is loaded only here, after the inputs passed (src/usecases/cluster-ports.ts).
// A failed or rolled-back verification sets its outputs too: a workflow's `if: failure()` step reads them.
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(33865);
exports.action = (0, action_js_1.defineAction)({
    name: 'verify-health',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    check: inputs_js_1.check,
    async run(input, env) {
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const actor = env.context.actor || 'gitopshq-bot';
        const remote = 'origin';
        const [{ verifyHealth }, report, { localDeployBranches, localRecordStore }, { openClusterPorts }, { environmentMetricsSummary },] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(8900), __webpack_require__.e(7333), __webpack_require__.e(9377), __webpack_require__.e(8678), __webpack_require__.e(8074)]).then(__webpack_require__.bind(__webpack_require__, 28074)),
            __webpack_require__.e(/* import() */ 6401).then(__webpack_require__.bind(__webpack_require__, 36401)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(4151), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 43094)),
            __webpack_require__.e(/* import() */ 7963).then(__webpack_require__.bind(__webpack_require__, 47963)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(1075), __webpack_require__.e(4151), __webpack_require__.e(3708)]).then(__webpack_require__.bind(__webpack_require__, 60109)),
        ]);
        const outputsOf = (v) => ({
            status: (v?.status ?? 'Unknown').toLowerCase(),
            state: v?.state ?? '',
            drift: v?.drift ? 'true' : 'false',
            report: v ? report.verifyHealthReport(v) : '{}',
        });
        // A run that fails before any verdict (no cluster, no such release) still says `unknown`, never nothing.
        env.outputsOnFailure(outputsOf(undefined));
        const cluster = await openClusterPorts({
            kubeconfig: input.kubeconfig,
            kubeconfigName: 'the kubeconfig input',
            argocdServer: input.argocdServer,
            argocdToken: input.argocdToken,
        });
        try {
            const store = await localRecordStore(dir, {
                stateBranch: input.stateBranch,
                token: input.token,
                actor,
                remote,
            });
            const branches = localDeployBranches(dir, { token: input.token, remote, actor });
            const github = await env.github();
            const runUrl = env.context.runUrl || undefined;
            const result = await verifyHealth({
                ...(input.releaseId !== undefined ? { releaseId: input.releaseId } : {}),
                ...(input.environment !== undefined ? { environment: input.environment } : {}),
                source: input.source,
                timeoutMs: input.timeout,
                autoRollback: input.autoRollback,
                actor,
                ...(runUrl ? { runUrl } : {}),
            }, { store, branches, github, log: env.log, ...cluster });
            const v = result.value;
            if (v) {
                env.summary.add(report.verifyHealthMarkdown(v, result.outcome === 'pending' ? result.reason : undefined));
                if (v.drift && result.outcome === 'succeeded') {
                    env.log.warning(`drift: the cluster differs from the deploy branch (${v.releases
                        .filter((r) => r.drift)
                        .map((r) => r.releaseId)
                        .join(', ')})`);
                }
            }
            const environment = v?.releases[0]?.environment ?? input.environment;
            // The environment's last 7 days, as deploy's summary shows them: a failed verification counts there.
            const metricsLine = environment
                ? await environmentMetricsSummary(store, environment, { repo: dir })
                : undefined;
            if (metricsLine)
                env.summary.add(metricsLine);
            env.outputsOnFailure(outputsOf(v));
            // run-action turns the error into the failure annotation, naming what is unhealthy and why.
            const error = (0, result_js_1.stepUserError)(result);
            if (error)
                throw error;
            return outputsOf(v);
        }
        finally {
            await cluster.close();
        }
    },
});


/***/ }),

/***/ 33865:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.check = exports.outputs = exports.inputs = exports.SOURCES = void 0;
// verify-health's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.SOURCES = ['argocd', 'flux', 'kubernetes'];
exports.inputs = {
    'release-id': { kind: 'id' },
    environment: { kind: 'name', name: 'environment' },
    source: { kind: 'enum', values: exports.SOURCES, default: 'argocd' },
    kubeconfig: { kind: 'secret', multiline: true },
    'argocd-server': { kind: 'string' },
    'argocd-token': { kind: 'secret' },
    timeout: { kind: 'duration', default: '10m' },
    'auto-rollback': { kind: 'boolean', default: 'false' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['status', 'state', 'drift', 'report']);
/** Every rule across inputs, checked before anything loads: a wrong run fails as fast as bare node starts. */
const check = (i) => {
    const problems = [];
    if (i.releaseId === undefined && i.environment === undefined) {
        problems.push({
            input: 'release-id',
            problem: 'or environment is required: say which release (or environment) to verify',
        });
    }
    const api = i.argocdServer !== undefined || i.argocdToken !== undefined;
    if (api && (i.argocdServer === undefined || i.argocdToken === undefined)) {
        problems.push({
            input: i.argocdServer === undefined ? 'argocd-server' : 'argocd-token',
            problem: 'argocd-server and argocd-token go together: give both, or neither (then the kubeconfig is used)',
        });
    }
    if (i.argocdServer !== undefined && !/^https?:\/\/[^\s/]+/.test(i.argocdServer)) {
        problems.push({ input: 'argocd-server', problem: 'must be a URL such as https://argocd.example.com' });
    }
    if (i.source !== 'argocd' && i.kubeconfig === undefined) {
        problems.push({
            input: 'kubeconfig',
            problem: `is required by source ${i.source}: the kubeconfig file's content`,
        });
    }
    if (i.source === 'argocd' && i.kubeconfig === undefined && !api) {
        problems.push({
            input: 'kubeconfig',
            problem: 'or argocd-server and argocd-token are required by source argocd',
        });
    }
    return problems;
};
exports.check = check;


/***/ }),

/***/ 45605:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineAction = defineAction;
/** Keeps the literal types of the spec and outputs so the handler's `inputs` and return value are checked. */
function defineAction(handler) {
    return handler;
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
