export const id = 8136;
export const ids = [8136];
export const modules = {

/***/ 28136:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// promote: maps the inputs to src/usecases/promote.ts and its result to outputs and the job summary, where every
// item of the promotion checklist is listed, passed or not (a refusal lists them too).
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const markdown_js_1 = __webpack_require__(74463);
const promotion_override_js_1 = __webpack_require__(61926);
// Type-only imports and one pure function: no I/O module is loaded with it.
const deploy_dispatch_js_1 = __webpack_require__(11076);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(78951);
exports.action = (0, action_js_1.defineAction)({
    name: 'promote',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        // Loaded only now (literal specifiers: ncc makes chunks of them), so a run that fails its inputs starts fast.
        const { promote } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(8900), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(6513), __webpack_require__.e(3962), __webpack_require__.e(3776)]).then(__webpack_require__.bind(__webpack_require__, 33776));
        const { localPorts, localRecordStore, localReleaseBranches, originRepository } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2210), __webpack_require__.e(3798), __webpack_require__.e(3945), __webpack_require__.e(8096), __webpack_require__.e(1507), __webpack_require__.e(7333), __webpack_require__.e(1075), __webpack_require__.e(3329), __webpack_require__.e(4151), __webpack_require__.e(3094)]).then(__webpack_require__.bind(__webpack_require__, 43094));
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        // The one who started this attempt: a re-run of a maintainer's skip-waves run by a writer is judged as the writer.
        const actor = env.context.triggeringActor || env.context.actor || 'gitopshq';
        const github = await env.github(await originRepository(dir, env.context.serverUrl));
        const result = await promote({
            releaseId: input.releaseId,
            to: input.to,
            wave: input.wave,
            tenants: input.tenants.length > 0 ? input.tenants : undefined,
            breakGlass: input.breakGlass,
            // The runner gives an input left empty as ''; only a given reason asks for a skip.
            skipWaves: input.skipWaves?.trim() ? input.skipWaves : undefined,
            deployWorkflow: (0, deploy_dispatch_js_1.deployWorkflowOf)(input.deployWorkflow),
            actor,
            runUrl: env.context.runUrl || undefined,
        }, {
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
        });
        if (result.value)
            env.summary.add(summary(result.value));
        const error = (0, result_js_1.stepUserError)(result);
        if (error)
            throw error;
        const v = result.value;
        if (!v?.opened || v.promotionId === undefined) {
            throw new Error(`promote ended ${result.outcome} without a release`);
        }
        return {
            promotionId: v.promotionId,
            releaseId: v.opened.releaseId,
            pullRequestNumber: v.opened.pullRequestNumber,
            matrix: v.matrix,
        };
    },
});
function summary(v) {
    const lines = [
        `## Promotion of ${(0, markdown_js_1.inlineCode)(v.sourceReleaseId)}: ${(0, markdown_js_1.inlineCode)(v.from)} to ${(0, markdown_js_1.inlineCode)(v.to)}`,
        '',
        (0, markdown_js_1.markdownTable)(['Checklist', '', ''], v.checklist.items.map((i) => [i.ok ? 'passed' : 'FAILED', i.label, i.detail])),
        '',
    ];
    const rows = [];
    if (v.promotionId)
        rows.push(['Promotion', { code: v.promotionId }]);
    if (v.promotionState)
        rows.push(['Promotion state', v.promotionState]);
    if (v.wave) {
        const who = v.wave.tenants.length === 0 ? 'the environment layer' : `${v.wave.tenants.length} tenant(s)`;
        rows.push(['Wave', `${v.wave.wave} (${who})`]);
    }
    if (v.skippedWaves)
        rows.push(['Skipped waves', (0, promotion_override_js_1.waveSkipText)(v.skippedWaves)]);
    if (v.next !== undefined)
        rows.push([
            'Next wave',
            v.next ? `${v.next.wave} (${v.next.tenants.length} tenant(s))` : 'none: this is the last',
        ]);
    if (v.opened) {
        rows.push(['Release', { code: v.opened.releaseId }]);
        rows.push(['Pull request', `#${v.opened.pullRequestNumber}`]);
        rows.push(['Release state', v.opened.state]);
        if (v.opened.deployDispatch)
            rows.push(['Deploy', v.opened.deployDispatch.message]);
    }
    if (v.note)
        rows.push(['Note', v.note]);
    if (rows.length > 0)
        lines.push((0, markdown_js_1.markdownTable)(['', ''], rows));
    return lines.join('\n');
}


/***/ }),

/***/ 78951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// promote's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
exports.inputs = {
    'release-id': { kind: 'id', required: true },
    /** Default: the next environment in gitopshq.yaml's order. */
    to: { kind: 'name', name: 'environment' },
    /** Default: the next wave not yet promoted. */
    wave: { kind: 'integer', min: 0 },
    /** Instead of the next wave: tenants that narrow or continue the plan, never ahead of an unhealthy wave. */
    tenants: { kind: 'names', name: 'tenant' },
    /** A reason to go ahead of earlier waves on purpose (admins and maintainers; recorded on the wave). */
    'skip-waves': { kind: 'string' },
    /** A reason to open the PR during a freeze (recorded; the gate still needs the break-glass approval). */
    'break-glass': { kind: 'string' },
    /** Dispatched after an auto-merge (a merge with GITHUB_TOKEN starts no workflow); `none`: nothing. */
    'deploy-workflow': { kind: 'string', default: 'gitopshq-deploy.yml' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['promotion-id', 'release-id', 'pull-request-number', 'matrix']);


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

/***/ 61926:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SKIP_REASON_MAX = exports.SKIP_REASON_MIN = exports.SKIP_WAVES_ROLES = void 0;
exports.skipReasonProblem = skipReasonProblem;
exports.skipWavesVerdict = skipWavesVerdict;
exports.skippedText = skippedText;
exports.waveSkip = waveSkip;
exports.waveSkipText = waveSkipText;
/** Repository roles that may skip waves (GitHub's: admin, maintain, write, triage, read, none). */
exports.SKIP_WAVES_ROLES = ['admin', 'maintain'];
exports.SKIP_REASON_MIN = 10;
exports.SKIP_REASON_MAX = 300;
/**
 * Why `reason` cannot be recorded as a skip-waves reason, or undefined. One line of printable text, long enough to
 * say something: it is stored in the promotion, shown in the job summary, the pull request and the dashboard.
 */
function skipReasonProblem(reason) {
    const text = reason.trim();
    if (/^(true|false|yes|no|on|off|1|0)$/i.test(text)) {
        return `skip-waves takes the reason for skipping, not ${JSON.stringify(text)}: say why the earlier waves may wait (at least ${exports.SKIP_REASON_MIN} characters)`;
    }
    if (text.length < exports.SKIP_REASON_MIN) {
        return `the skip-waves reason is too short (${text.length} characters): say why the earlier waves may wait, in at least ${exports.SKIP_REASON_MIN} characters`;
    }
    if (text.length > exports.SKIP_REASON_MAX) {
        return `the skip-waves reason is too long (${text.length} characters, at most ${exports.SKIP_REASON_MAX}): link to the incident or ticket instead`;
    }
    // Control characters (new lines included) and bidirectional overrides would let a reason forge lines of the
    // summary or hide text from the reviewer.
    const bad = [...text].find((c) => /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c));
    if (bad !== undefined) {
        const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
        return `the skip-waves reason must be one line of printable text: it contains U+${code}`;
    }
    return undefined;
}
/** Whether `actor`, whose repository role is `permission`, may skip `skipped`. */
function skipWavesVerdict(actor, permission, skipped) {
    if (exports.SKIP_WAVES_ROLES.includes(permission))
        return { ok: true, permission };
    return {
        ok: false,
        reason: `${actor} may not skip ${skippedText(skipped)}: skip-waves is allowed to repository admins and maintainers (${actor}'s role is ${permission}); promote the earlier waves first, or ask a release manager`,
    };
}
/** `wave 0 (canary)` or `wave 0 (canary) and wave 1 (acme, globex)`, at most five tenants a wave. */
function skippedText(skipped) {
    const one = (s) => {
        const names = s.tenants.length <= 5 ? s.tenants : [...s.tenants.slice(0, 5), `${s.tenants.length - 5} more`];
        return `wave ${s.wave} (${names.join(', ')})`;
    };
    return skipped.map(one).join(' and ');
}
/** The record of a skip, written on the wave it opened. */
function waveSkip(input) {
    return {
        actor: input.actor,
        at: input.at.toISOString(),
        reason: input.reason.trim(),
        permission: input.permission,
        waves: input.skipped.map((s) => ({ wave: s.wave, tenants: [...s.tenants] })),
    };
}
/** One line for a summary, the CLI and the dashboard: `skipped wave 0 (canary): by erin (maintain): "why"`. */
function waveSkipText(skip) {
    return `skipped ${skippedText(skip.waves)} on purpose: by ${skip.actor} (${skip.permission}) at ${skip.at}: "${skip.reason}"`;
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
