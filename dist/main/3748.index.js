export const id = 3748;
export const ids = [3748];
export const modules = {

/***/ 63748:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// create-release: maps the inputs (or a repository_dispatch's client_payload) to a request of
// src/usecases/create-release.ts and its result to outputs and the job summary.
const node_crypto_1 = __webpack_require__(77598);
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const errors_js_1 = __webpack_require__(10241);
const markdown_js_1 = __webpack_require__(74463);
const release_dispatch_js_1 = __webpack_require__(58332);
// Type-only imports and one pure function: no I/O module is loaded with it.
const deploy_dispatch_js_1 = __webpack_require__(11076);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(38651);
exports.action = (0, action_js_1.defineAction)({
    name: 'create-release',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        const fromInputs = input.workload !== undefined ||
            input.environment !== undefined ||
            input.updates.length > 0 ||
            input.chartVersion !== undefined;
        let what;
        if (!fromInputs && env.context.eventName === 'repository_dispatch') {
            what = (0, release_dispatch_js_1.parseReleaseDispatch)(env.context.payload.client_payload);
        }
        else {
            const missing = ['workload', 'environment'].filter((k) => input[k] === undefined);
            if (missing.length > 0) {
                throw new errors_js_1.UserError(`${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required: set ${missing.length === 1 ? 'it' : 'them'} in the step's \`with:\` (or run on repository_dispatch with a client_payload)`, [], 'usage');
            }
            what = {
                workload: input.workload ?? '',
                environment: input.environment ?? '',
                updates: input.updates,
                tenants: input.tenants,
                notes: input.notes,
                chartVersion: input.chartVersion,
                sourceCommittedAt: input.committedAt,
            };
        }
        // Loaded only now (literal specifiers: ncc makes chunks of them), so a run that fails its inputs starts fast.
        const { createRelease } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(8900), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(6513), __webpack_require__.e(3962)]).then(__webpack_require__.bind(__webpack_require__, 83962));
        const { localPorts, localRecordStore, localReleaseBranches, originRepository } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(4151), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 43094));
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const actor = env.context.actor || 'gitopshq';
        // From an application repository (repo-path: a checkout of the GitOps repository) the pull request goes to
        // the repository that checkout came from.
        const github = await env.github(await originRepository(dir, env.context.serverUrl));
        const ports = {
            github,
            log: env.log,
            store: await localRecordStore(dir, {
                stateBranch: input.stateBranch,
                token: input.token,
                actor,
                remote: 'origin',
            }),
            branches: localReleaseBranches(dir, { token: input.token, actor }),
            ...localPorts(dir, { token: input.token, where: input.repoPath }),
        };
        const result = await createRelease({
            ...what,
            title: input.title,
            draft: input.draft,
            // Not given: the environment's deploy.autoMerge in gitopshq.yaml.
            autoMerge: input.autoMerge,
            deployWorkflow: (0, deploy_dispatch_js_1.deployWorkflowOf)(input.deployWorkflow),
            chartVersion: what.chartVersion,
            actor,
            runUrl: env.context.runUrl,
        }, ports, { random: (n) => (0, node_crypto_1.randomBytes)(n) });
        const error = (0, result_js_1.stepUserError)(result);
        const r = result.value;
        if (error || !r)
            throw error ?? new Error(`create-release ended ${result.outcome} without a release`);
        env.summary.add([
            `## Release ${(0, markdown_js_1.inlineCode)(r.releaseId)}`,
            '',
            (0, markdown_js_1.markdownTable)(['', ''], [
                ['Pull request', `#${r.pullRequestNumber}`],
                ['Branch', { code: r.branch }],
                ['State', r.state],
                ['Files', r.files.join(', ')],
                [
                    'Wrote',
                    `commit: ${r.wrote.commit ? 'yes' : 'no'}, pull request: ${r.wrote.pullRequest}, record: ${r.wrote.record}`,
                ],
                ['Preview', r.checks.preview],
                ['Approval gate', r.checks.gate],
                ['Auto-merge', `${r.merged ? 'merged' : 'not merged'}: ${r.autoMerge.reason}`],
                ...(r.deployDispatch ? [['Deploy', r.deployDispatch.message]] : []),
            ]),
        ].join('\n'));
        return {
            releaseId: r.releaseId,
            pullRequestNumber: r.pullRequestNumber,
            pullRequestUrl: r.pullRequestUrl,
            branch: r.branch,
            state: r.state,
        };
    },
});


/***/ }),

/***/ 38651:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// create-release's public interface (docs/architecture.md#contracts). Keys are the input names users write in
// `with:`.
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    // Not required: a repository_dispatch run reads them from client_payload (README.md, the dispatch payload).
    workload: { kind: 'name', name: 'workload' },
    environment: { kind: 'name', name: 'environment' },
    updates: { kind: 'updates' },
    tenants: { kind: 'names', name: 'tenant' },
    title: { kind: 'string' },
    notes: { kind: 'string' },
    draft: { kind: 'boolean', default: 'false' },
    // No default: not given, the environment's `deploy.autoMerge` in gitopshq.yaml decides.
    'auto-merge': { kind: 'boolean' },
    'chart-version': { kind: 'string' },
    'committed-at': { kind: 'time' },
    'deploy-workflow': { kind: 'string', default: 'gitopshq-deploy.yml' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)([
    'release-id',
    'pull-request-number',
    'pull-request-url',
    'branch',
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

/***/ 11076:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_DEPLOY_WORKFLOW = void 0;
exports.dispatchDeploy = dispatchDeploy;
exports.unexpectedInputs = unexpectedInputs;
exports.deployWorkflowOf = deployWorkflowOf;
// After create-release (or promote) merges a release pull request itself, the deploy workflow is started by a
// workflow_dispatch naming the release: a merge made with GITHUB_TOKEN pushes to the base branch, but GitHub starts
// no workflow for events GITHUB_TOKEN causes (workflow_dispatch and repository_dispatch excepted), so without this
// the release would stay Approved and merged, never deployed (docs/architecture.md#release-lifecycle).
// A dispatch that fails never fails the release: the merge stands, and the step says what to change.
const failure_js_1 = __webpack_require__(28881);
/** The workflow file (or id) create-release and promote dispatch by default: the deploy template's. */
exports.DEFAULT_DEPLOY_WORKFLOW = 'gitopshq-deploy.yml';
/**
 * Dispatches `workflow` on `ref` with the inputs gitopshq-deploy.yml's workflow_dispatch takes (`environment`,
 * `release-id`). With a token that starts workflows itself (a GitHub App token), the merge's push starts a deploy
 * too: the second deploy of the same release finds it done and writes nothing.
 */
async function dispatchDeploy(req, ports) {
    const inputs = { environment: req.environment, 'release-id': req.releaseId };
    const base = { workflow: req.workflow, ref: req.ref, inputs };
    try {
        await ports.github.dispatchWorkflow(req.workflow, req.ref, inputs);
        const message = `dispatched ${req.workflow} on ${req.ref} to deploy release ${req.releaseId} to ${req.environment}`;
        ports.log.info(message);
        return { ...base, dispatched: true, message };
    }
    catch (e) {
        // With a GitHub App token the merge's push started the deploy anyway; with GITHUB_TOKEN nothing did.
        const message = `${why(e, req.workflow, req.ref)}. A merge made with GITHUB_TOKEN starts no workflow, so the release is merged but not deployed: once that is fixed, re-run this job (it dispatches again while the release is Approved) or run ${req.workflow} by hand with environment ${req.environment} and release-id ${req.releaseId} (a token whose merge starts workflows, a GitHub App one, needs no dispatch: set deploy-workflow to none)`;
        ports.log.warning(message);
        return { ...base, dispatched: false, message };
    }
}
/** How to bring a deploy workflow up to date: the project's template, as `gitopshq init` writes it. */
const UPDATE_FROM_TEMPLATE = 'update it from workflows-templates/gitopshq-deploy.yml of the gitopshq-actions version you use (`gitopshq init DIR` writes a current copy into a new folder DIR)';
function why(e, workflow, ref) {
    const status = (0, failure_js_1.statusOf)(e);
    const said = (0, failure_js_1.messageOf)(e);
    const what = `dispatching ${workflow} on ${ref} failed${status !== undefined ? ` (${status}: ${said})` : ` (${said})`}`;
    // A workflow named by its numeric id has no file name to point at.
    const file = /^\d+$/.test(workflow) ? `workflow ${workflow}` : `.github/workflows/${workflow}`;
    if (status === 403)
        return `${what}: the token may not start workflows; add \`actions: write\` to the job's permissions`;
    if (status === 404)
        return `${what}: no such workflow on ${ref}; set the \`deploy-workflow\` input to your deploy workflow's file name`;
    if (status === 422) {
        const unexpected = unexpectedInputs(said);
        if (unexpected.length > 0) {
            const names = unexpected.map((n) => `\`${n}\``).join(', ');
            return `${what}: ${file} on ${ref} does not declare the workflow_dispatch input${unexpected.length === 1 ? '' : 's'} ${names} (a copy older than create-release's dispatch); ${UPDATE_FROM_TEMPLATE}, whose on.workflow_dispatch.inputs declare \`environment\` and \`release-id\``;
        }
        if (/workflow_dispatch/.test(said))
            return `${what}: ${file} on ${ref} has no workflow_dispatch trigger; ${UPDATE_FROM_TEMPLATE}, or set the \`deploy-workflow\` input to a workflow that takes a dispatch`;
        return `${what}: the workflow must take workflow_dispatch inputs \`environment\` and \`release-id\`; ${UPDATE_FROM_TEMPLATE}`;
    }
    return what;
}
/** The input names of GitHub's `Unexpected inputs provided: ["a", "b"]` (422); none for any other message. */
function unexpectedInputs(message) {
    const list = /Unexpected inputs provided: (\[.*\])/.exec(message)?.[1];
    if (list === undefined)
        return [];
    try {
        const names = JSON.parse(list);
        return Array.isArray(names) ? names.filter((n) => typeof n === 'string') : [];
    }
    catch {
        return [];
    }
}
/** The `deploy-workflow` input as a request field: `none` turns the dispatch off. */
function deployWorkflowOf(input) {
    const w = input?.trim();
    return w && w !== 'none' ? w : undefined;
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
