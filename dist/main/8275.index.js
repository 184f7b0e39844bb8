export const id = 8275;
export const ids = [8275];
export const modules = {

/***/ 78275:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// approve-gate: maps the inputs to a request of src/usecases/approve-gate.ts and its report to outputs and summary.
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const context_js_1 = __webpack_require__(78480);
const errors_js_1 = __webpack_require__(10241);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(67234);
exports.action = (0, action_js_1.defineAction)({
    name: 'approve-gate',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        const pullRequest = input.pullRequest ?? (0, context_js_1.eventPullRequestNumber)(env.context);
        if (pullRequest === undefined) {
            const event = env.context.eventName || 'none';
            const message = `no pull request: run approve-gate on a pull_request or pull_request_review event, or set the pull-request input (event: ${event})`;
            throw new errors_js_1.UserError(message, [], 'usage');
        }
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const actor = env.context.actor || 'gitopshq-bot';
        // Loaded only once the inputs are valid: a run that fails validation starts as fast as bare node.
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(8900), __webpack_require__.e(6513)]).then(__webpack_require__.bind(__webpack_require__, 46513));
        const { localPorts, localRecordStore } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(4151), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 43094));
        const { checkout } = localPorts(dir, { token: input.token, where: input.repoPath });
        const store = await localRecordStore(dir, {
            stateBranch: input.stateBranch,
            token: input.token,
            actor,
            remote: 'origin',
        });
        const eventAction = env.context.payload.action;
        const run = await runGate({
            pullRequest,
            ...(input.environment ? { environment: input.environment } : {}),
            actor,
            runUrl: env.context.runUrl,
            ...(typeof eventAction === 'string' ? { eventAction } : {}),
        }, { github: await env.github(), checkout, store, log: env.log });
        if (run.kind === 'closed') {
            // Closed on GitHub: no status, nothing blocked; the release is settled (Cancelled when closed unmerged).
            const c = run.report;
            env.summary.add(`Approval gate: ${c.message}`);
            return { approved: false, releaseId: c.releaseId ?? '', state: c.state ?? '', missing: [] };
        }
        const result = run.result;
        const r = result.value;
        if (r)
            env.summary.add(summaryOf(r));
        const error = (0, result_js_1.stepUserError)(result);
        if (error || !r)
            throw error ?? new Error(`approve-gate ended ${result.outcome} without a report`);
        if (!r.approved && input.failWhenBlocked) {
            throw new errors_js_1.UserError(`pull request #${r.pullRequest} is blocked: ${r.description}`);
        }
        return { approved: r.approved, releaseId: r.releaseId ?? '', state: r.state ?? '', missing: r.missing };
    },
});
function summaryOf(r) {
    const lines = [
        `## Approval gate: ${r.approved ? 'passed' : 'blocked'} (${r.change === 'release' ? r.environment : `no release: ${r.change}`})`,
        '',
        `**${r.description}**`,
        '',
        `- Pull request #${r.pullRequest} at \`${r.headSha.slice(0, 7)}\`; release ${r.releaseId ?? '(none)'}: ${r.state ?? '-'}${r.registered ? ' (registered by this run)' : ''}`,
        `- Approvals that count: ${r.decision.counted.join(', ') || 'none'}`,
    ];
    if (r.environments.length > 1 || (r.change !== 'release' && r.environments.length > 0)) {
        // A shared layer (base values, chart, workload.yaml), or a policy change: every environment it reaches judged it.
        lines.push(r.change === 'release'
            ? "- It changes a layer several environments share; each one's policy must pass:"
            : `- It is no release (${r.change}); each policy below must pass, and none writes a record:`);
        for (const e of r.environments) {
            lines.push(`  - ${e.environment}: ${e.approved ? 'passes' : 'outstanding'} (${e.description})`);
        }
    }
    if (r.decision.ignored.length > 0) {
        lines.push(`- Not counted: ${r.decision.ignored.map((i) => `${i.reviewer} (${i.why})`).join(', ')}`);
    }
    if (r.freeze.frozen) {
        lines.push(`- Frozen by ${r.freeze.freeze} until ${r.freeze.untilLocal ?? 'further notice'}: ${r.breakGlass.description}`);
    }
    if (r.missing.length > 0) {
        lines.push('', 'Still missing:', '', '```json', JSON.stringify(r.missing, null, 2), '```');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 67234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// approve-gate's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    /** Default: the pull request of the triggering event. */
    'pull-request': { kind: 'integer' },
    /** Default: the release's environment. */
    environment: { kind: 'name', name: 'environment' },
    'fail-when-blocked': { kind: 'boolean', default: 'false' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['approved', 'release-id', 'state', 'missing']);


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
