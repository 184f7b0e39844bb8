export const id = 9111;
export const ids = [9111];
export const modules = {

/***/ 49111:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// deploy: maps the inputs to src/usecases/deploy.ts (or, with rollback-to, src/usecases/rollback.ts) and the
// result to outputs, summary and annotations.
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const errors_js_1 = __webpack_require__(10241);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(75422);
exports.action = (0, action_js_1.defineAction)({
    name: 'deploy',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        // Checked before anything is loaded or written. A dispatch names what to deploy: without either input it would
        // deploy whatever main's tip merged, which is not what a person running the workflow by hand asked for.
        if (input.releaseId !== undefined && input.rollbackTo !== undefined) {
            throw new errors_js_1.UserError('release-id and rollback-to were both given: give release-id to deploy that release, or rollback-to to roll the environment back to that release, not both', [], 'usage');
        }
        if (env.context.eventName === 'workflow_dispatch' &&
            input.releaseId === undefined &&
            input.rollbackTo === undefined) {
            throw new errors_js_1.UserError('a run by hand (workflow_dispatch) needs release-id (the Approved or Failed release to deploy) or rollback-to (the release to roll back to)', [], 'usage');
        }
        if (input.reason !== undefined && input.rollbackTo === undefined) {
            env.log.warning('reason is recorded only with rollback-to (why the environment is rolled back): ignored');
        }
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const actor = env.context.actor || 'gitopshq-bot';
        const remote = 'origin';
        // The GitHub client first: a run without a repository or token fails before anything heavy is loaded.
        const github = await env.github();
        // Loaded only once the inputs are valid: a run that fails validation starts as fast as bare node.
        const [{ deploy }, { rollback }, { localDeployBranches, localRecordStore, localReleaseSource }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3945), __webpack_require__.e(8900), __webpack_require__.e(9377), __webpack_require__.e(2991)]).then(__webpack_require__.bind(__webpack_require__, 79377)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(8900), __webpack_require__.e(7333), __webpack_require__.e(9377), __webpack_require__.e(8678)]).then(__webpack_require__.bind(__webpack_require__, 98678)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(4151), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 43094)),
        ]);
        const store = await localRecordStore(dir, {
            stateBranch: input.stateBranch,
            token: input.token,
            actor,
            remote,
        });
        const ports = {
            github,
            store,
            log: env.log,
            source: localReleaseSource(dir),
            branches: localDeployBranches(dir, { token: input.token, remote, actor }),
        };
        const runUrl = env.context.runUrl || undefined;
        let result;
        if (input.rollbackTo !== undefined) {
            if (input.environment === undefined) {
                throw new errors_js_1.UserError('rollback-to needs the environment input: the environment to roll back', [], 'usage');
            }
            result = await rollback({
                environment: input.environment,
                to: input.rollbackTo,
                actor,
                reason: input.reason?.trim() || `rollback by ${actor}`,
                runUrl,
            }, { ...ports, pulls: github, valuesRepo: ports.branches });
        }
        else {
            result = await deploy({
                ...(input.releaseId !== undefined ? { releaseId: input.releaseId } : {}),
                ...(input.environment !== undefined ? { environment: input.environment } : {}),
                // A named release deploys what its own merge produced, not whatever main holds at dispatch time.
                ...(env.context.sha && input.releaseId === undefined ? { sha: env.context.sha } : {}),
                actor,
                ...(runUrl ? { runUrl } : {}),
            }, ports);
        }
        const v = result.value;
        if (v)
            env.summary.add(summaryOf(v, result.outcome === 'pending' ? result.reason : undefined));
        else if (result.outcome === 'pending')
            env.summary.add(result.reason);
        // The environment's last 7 days (deploy frequency, failed rate), from the few release files that may count.
        const metricsLine = v?.environment
            ? await (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(1075), __webpack_require__.e(4151), __webpack_require__.e(3708)]).then(__webpack_require__.bind(__webpack_require__, 60109))).environmentMetricsSummary(store, v.environment, {
                repo: dir,
            })
            : undefined;
        if (metricsLine)
            env.summary.add(metricsLine);
        const error = (0, result_js_1.stepUserError)(result);
        // run-action annotates the error's findings.
        if (error)
            throw error;
        if (result.outcome === 'pending')
            env.log.warning(result.reason);
        return {
            releaseId: v?.releaseId ?? '',
            environment: v?.environment ?? '',
            deployCommit: v?.deployCommit ?? '',
            deploymentId: v?.deploymentId ?? '',
            state: v?.state ?? '',
        };
    },
});
function summaryOf(v, held) {
    const lines = [`### deploy: release ${v.releaseId} in ${v.environment} is ${v.state}`];
    if (held)
        lines.push('', held);
    if (v.unchanged)
        lines.push('', 'Nothing to do: already deployed.');
    if (v.deployCommit)
        lines.push('', `Deploy commit \`${v.deployCommit}\` on \`${v.branch ?? ''}\``);
    if (v.files.length > 0)
        lines.push('', ...v.files.map((f) => `- \`${f}\``));
    return lines.join('\n');
}


/***/ }),

/***/ 75422:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// deploy's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    /** Default: the release whose pull request was merged as GITHUB_SHA. */
    'release-id': { kind: 'id' },
    environment: { kind: 'name', name: 'environment' },
    'rollback-to': { kind: 'id' },
    /** With rollback-to: why (recorded on the releases and in the rollback pull request). */
    reason: { kind: 'string' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)([
    'release-id',
    'environment',
    'deploy-commit',
    'deployment-id',
    'state',
]);


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
