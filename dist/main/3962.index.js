export const id = 3962;
export const ids = [3962];
export const modules = {

/***/ 87846:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_BUDGET = void 0;
exports.previewVerdict = previewVerdict;
exports.previewMarkdown = previewMarkdown;
const finding_baseline_js_1 = __webpack_require__(55913);
const markdown_js_1 = __webpack_require__(74463);
const diff_groups_js_1 = __webpack_require__(6438);
const types_js_1 = __webpack_require__(74785);
/** GitHub rejects a comment over 65,536 characters; leave room for the sticky marker and a footer. */
exports.COMMENT_BUDGET = 60_000;
const ICON = { error: '❌', warning: '⚠️', ok: '✅' };
function short(sha) {
    return sha.slice(0, 7);
}
function previewVerdict(input) {
    if (input.invalid && input.invalid.length > 0) {
        const n = input.invalid.length;
        return { state: 'error', line: `${n} problem${n === 1 ? '' : 's'} in the repository's files` };
    }
    const d = input.diff;
    if (!d)
        return { state: 'ok', line: 'nothing to render' };
    const counts = (0, finding_baseline_js_1.countFindings)(d.findings);
    const { errors, warnings } = counts;
    const t = d.totals;
    const change = t.targets === 0
        ? 'no target affected'
        : `${t.changedTargets} of ${t.targets} target${t.targets === 1 ? '' : 's'} changed (+${t.added} ~${t.changed} -${t.removed} resources)`;
    const old = errors - counts.newErrors;
    const errorText = `${errors} error${errors === 1 ? '' : 's'}${old > 0 ? ` (${old === errors ? 'all' : old} ${types_js_1.ON_BASE_NOTE})` : ''}`;
    if ((0, finding_baseline_js_1.blockingErrors)(input.failOn ?? finding_baseline_js_1.DEFAULT_FAIL_ON, counts) > 0) {
        return { state: 'error', line: `${errorText}, ${change}` };
    }
    if (errors > 0)
        return { state: 'warning', line: `${errorText}, ${change}` };
    if (warnings > 0)
        return { state: 'warning', line: `${warnings} warning${warnings === 1 ? '' : 's'}, ${change}` };
    return { state: 'ok', line: change };
}
function findingsSection(findings) {
    if (findings.length === 0)
        return [];
    // New errors first, then errors the base already had, then warnings.
    const rank = (f) => (f.severity === 'error' ? (f.onBase ? 1 : 0) : 2);
    const sorted = [...findings].sort((a, b) => rank(a) - rank(b));
    const old = findings.filter((f) => f.onBase).length;
    const code = (text) => (text ? { code: text } : '');
    return [
        '### Findings',
        '',
        ...(old > 0
            ? [
                `${old} finding${old === 1 ? ' was' : 's were'} already on the base branch before this change (marked "${types_js_1.ON_BASE_NOTE}").`,
                '',
            ]
            : []),
        (0, markdown_js_1.markdownTable)(['', 'target', 'resource', 'field', 'problem'], sorted.map((f) => [
            ICON[f.severity],
            code(f.target),
            code(f.resource),
            code(f.path),
            `${f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}` : f.message}${f.onBase ? ` (${types_js_1.ON_BASE_NOTE})` : ''}`,
        ])),
        '',
    ];
}
/** One row per upgrade: the chart versions, then each value the new chart requires that the workload does not set. */
function chartUpgradeSection(upgrades) {
    if (!upgrades || upgrades.length === 0)
        return [];
    const lines = ['### Chart upgrades', ''];
    for (const u of upgrades) {
        const where = u.targets.map(markdown_js_1.inlineCode).join(', ');
        lines.push(`${(0, markdown_js_1.inlineCode)(u.chart)} ${(0, markdown_js_1.inlineCode)(u.from)} → ${(0, markdown_js_1.inlineCode)(u.to)} for ${where}. The diff below is the template diff between the two versions with this workload's values.`, '');
        if (u.problem) {
            lines.push(`${ICON.warning} The chart's required values could not be read: ${(0, markdown_js_1.escapeText)(u.problem)}`, '');
            continue;
        }
        if (u.unset.length === 0) {
            lines.push(`${ICON.ok} The workload sets every value ${(0, markdown_js_1.inlineCode)(u.to)} requires.`, '');
            continue;
        }
        lines.push(`Values ${(0, markdown_js_1.inlineCode)(u.to)} requires that the workload does not set (values.schema.json):`, '', (0, markdown_js_1.markdownTable)(['', 'value', 'required', 'chart default'], u.unset.map((r) => [
            r.chartDefault === undefined ? ICON.error : ICON.warning,
            { code: r.path },
            r.isNew ? `new in ${u.to}` : 'already before',
            r.chartDefault === undefined
                ? 'none: set it, or the render fails'
                : { code: JSON.stringify(r.chartDefault) },
        ])), '');
    }
    return lines;
}
function targetsTable(diff, order) {
    if (diff.targets.length === 0)
        return ['No workload, environment or tenant is affected by the changed files.', ''];
    const findingsOf = (id) => diff.findings.filter((f) => f.target === id);
    const rank = (env) => (order.includes(env) ? order.indexOf(env) : order.length);
    const rows = [...diff.targets].sort((a, b) => rank(a.target.environment) - rank(b.target.environment) ||
        a.target.environment.localeCompare(b.target.environment) ||
        (a.target.tenant ?? '').localeCompare(b.target.tenant ?? '') ||
        a.target.workload.localeCompare(b.target.workload));
    return [
        (0, markdown_js_1.markdownTable)(['environment', 'tenant', 'workload', 'change', 'added', 'changed', 'removed', 'findings'], rows.map((d) => {
            const fs = findingsOf(d.id);
            const errors = fs.filter((f) => f.severity === 'error' && !f.onBase).length;
            const mark = errors > 0 ? `${ICON.error} ${errors}` : fs.length > 0 ? `${ICON.warning} ${fs.length}` : '';
            return [
                d.target.environment,
                d.target.tenant ?? '—',
                d.target.workload,
                d.status,
                String(d.added),
                String(d.changed),
                String(d.removed),
                mark,
            ];
        }), [undefined, undefined, undefined, undefined, 'right', 'right', 'right']),
        '',
    ];
}
/**
 * One collapsible block per distinct patch: the same change in fifty tenants reads as one diff naming the fifty
 * targets, which keeps a wide rollout's comment short enough to review.
 */
function diffBlocks(targets) {
    return (0, diff_groups_js_1.groupResourceDiffs)(targets).map((g) => {
        const shown = g.ids.slice(0, 3).map((id) => (0, markdown_js_1.html) `<code>${id}</code>`);
        const more = g.ids.length > 3 ? ` and ${g.ids.length - 3} more` : '';
        const where = g.ids.length > 1
            ? (0, markdown_js_1.html) `${g.ids.length} targets (${(0, markdown_js_1.joinHtml)(shown, ', ')}${more})`
            : (shown[0] ?? (0, markdown_js_1.html) ``);
        return (0, markdown_js_1.detailsBlock)((0, markdown_js_1.html) `${where} · ${g.change} <code>${g.resource}</code>`, (0, markdown_js_1.codeBlock)(g.patch, 'diff'));
    });
}
/** The markdown for a budget of `limit` characters (Infinity for the job summary). */
function previewMarkdown(input, limit = exports.COMMENT_BUDGET) {
    const verdict = previewVerdict(input);
    const lines = [
        `## ${ICON[verdict.state]} GitOpsHQ preview: ${verdict.line}`,
        '',
        `Rendered manifests of ${(0, markdown_js_1.inlineCode)(short(input.head))} compared with ${(0, markdown_js_1.inlineCode)(short(input.base))} (the merge base)${input.runUrl ? ` · ${(0, markdown_js_1.link)('run', input.runUrl)}` : ''}. Secret values are redacted.`,
        '',
    ];
    if (input.invalid && input.invalid.length > 0) {
        lines.push('### The repository does not validate', '', 'Nothing can be rendered until these are fixed:', '', ...input.invalid.map((f) => `- ${(0, markdown_js_1.inlineCode)(`${f.file}:${f.line}:${f.col}`)}: ${(0, markdown_js_1.escapeText)(f.message)}`), '');
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    }
    const diff = input.diff;
    if (!diff)
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    lines.push(...findingsSection(diff.findings), ...chartUpgradeSection(diff.chartUpgrades), '### Targets', '', ...targetsTable(diff, input.environmentOrder ?? []));
    const blocks = diffBlocks(diff.targets);
    if (blocks.length === 0)
        return { markdown: lines.join('\n'), omittedDiffs: 0 };
    lines.push('### Diff', '');
    let text = lines.join('\n');
    let shown = 0;
    const footerRoom = 300;
    for (const block of blocks) {
        if (text.length + block.length + 2 + footerRoom > limit)
            break;
        text += `${block}\n\n`;
        shown++;
    }
    const omitted = blocks.length - shown;
    if (omitted > 0) {
        text += `_${omitted} more resource diff${omitted === 1 ? '' : 's'} did not fit in a comment: see the job summary${input.runUrl ? ` of ${(0, markdown_js_1.link)('this run', input.runUrl)}` : ''}._\n`;
    }
    return { markdown: text, omittedDiffs: omitted };
}


/***/ }),

/***/ 54866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.firstChecks = firstChecks;
exports.summaryOf = summaryOf;
exports.previewPassed = previewPassed;
exports.previewVerdict = previewVerdict;
const port_js_1 = __webpack_require__(18212);
const approve_gate_js_1 = __webpack_require__(46513);
const preview_js_1 = __webpack_require__(16628);
/**
 * The first preview and approval gate of the pull request, run here because a pull request opened with
 * GITHUB_TOKEN starts no workflow (docs/architecture.md): its head gets `gitopshq/preview`, `gitopshq/approval`
 * and the sticky comment. Later pushes and reviews start the PR workflows themselves. A head that already has
 * both statuses (a re-run) is left alone, so a re-run writes nothing; a run killed in between does the rest.
 */
async function firstChecks(req, ports, clock) {
    const { github, log } = ports;
    const present = req.fresh
        ? new Set()
        : new Set((await github.getCombinedStatus(req.head)).statuses.map((s) => s.context));
    const runUrl = req.runUrl ? { runUrl: req.runUrl } : {};
    let previewRun = 'already';
    if (!present.has(port_js_1.PREVIEW_STATUS_CONTEXT)) {
        previewRun = await (0, preview_js_1.preview)({ pullRequest: req.pullRequest, comment: true, failOn: 'new-error', ...runUrl }, ports, clock);
    }
    if (present.has(port_js_1.APPROVAL_STATUS_CONTEXT))
        return { preview: previewRun, gate: 'already set' };
    const gate = await (0, approve_gate_js_1.approveGate)({ pullRequest: req.pullRequest, actor: req.actor, ...runUrl }, ports, clock);
    if (gate.outcome === 'failed') {
        log.warning(`the approval gate did not run on #${req.pullRequest}: ${gate.error.message}`);
        return { preview: previewRun, gate: `not run: ${gate.error.message}` };
    }
    const record = gate.value?.releaseId ? await ports.store.getRelease(gate.value.releaseId) : undefined;
    return { preview: previewRun, gate: gate.value?.description ?? '', ...(record ? { record } : {}) };
}
function summaryOf(run) {
    if (run === 'already')
        return 'already set';
    if (run.value)
        return run.value.verdict.line;
    return run.outcome === 'failed' ? `not run: ${run.error.message}` : 'not run';
}
/** Auto-merge's last check from the preview this run made. */
function previewPassed(run) {
    const fresh = run.value?.summary.newErrors ?? 0;
    if (run.outcome === 'failed' || fresh > 0 || run.value === undefined) {
        const why = run.outcome === 'failed' ? run.error.message : `${fresh} new error(s)`;
        return { merge: false, reason: `preview did not pass (${why}): left open` };
    }
    return { merge: true, reason: 'no approval required' };
}
/** Auto-merge's last check: the branch renders and validates with no error that the base did not have. */
async function previewVerdict(base, head, ports, clock) {
    const compared = await (0, preview_js_1.compareRefs)({ base, head, failOn: 'new-error' }, ports, clock);
    const fresh = compared.value?.summary.newErrors ?? 0;
    if (compared.outcome === 'failed' || fresh > 0) {
        const why = compared.outcome === 'failed' ? compared.error.message : `${fresh} new error(s)`;
        return { merge: false, reason: `preview did not pass (${why}): left open` };
    }
    return { merge: true, reason: 'no approval required' };
}


/***/ }),

/***/ 47787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.autoMergeVerdict = autoMergeVerdict;
exports.autoMerge = autoMerge;
exports.dispatchAgain = dispatchAgain;
// Auto-merge of a release pull request (docs/architecture.md#release-lifecycle): where the environment needs
// nobody's approval, is not frozen and the preview passed, the release moves to Approved, its pull request is
// merged, and the deploy workflow is dispatched (a merge made with GITHUB_TOKEN starts no workflow). Split from
// create-release.ts, which writes the branch, the pull request and the record.
const freeze_js_1 = __webpack_require__(96301);
const release_request_js_1 = __webpack_require__(47089);
const create_release_checks_js_1 = __webpack_require__(54866);
const deploy_dispatch_js_1 = __webpack_require__(11076);
/** Whether the environment lets this pull request merge with nobody's approval now (before the preview's say). */
function autoMergeVerdict(req, config, clock) {
    const env = config.environments.find((e) => e.name === req.environment);
    if (env === undefined)
        return { merge: false, reason: `unknown environment ${req.environment}` };
    return (0, release_request_js_1.autoMergeGate)({
        requested: req.requested ?? env.deploy.autoMerge,
        draft: req.draft,
        environment: req.environment,
        policy: env.approvals,
        freeze: (0, freeze_js_1.freezeStatus)(config.freezes, req.environment, clock.now()),
    });
}
async function autoMerge(req, config, ports, clock) {
    const { github, store, log } = ports;
    let record = req.record;
    let verdict = autoMergeVerdict({ environment: req.environment, requested: req.requested, draft: req.pullRequest.draft }, config, clock);
    if (verdict.merge) {
        verdict =
            req.preview === 'already'
                ? await (0, create_release_checks_js_1.previewVerdict)(req.baseTip, req.head, ports, clock)
                : (0, create_release_checks_js_1.previewPassed)(req.preview);
    }
    if (!verdict.merge)
        return { verdict, merged: false, record };
    if (record.state === 'PendingApproval') {
        record = await store.transitionRelease(req.releaseId, 'Approved', {
            actor: req.actor,
            note: verdict.reason,
        });
    }
    if (record.state !== 'Approved') {
        return { verdict: { merge: false, reason: `the release is ${record.state}` }, merged: false, record };
    }
    await github.mergePullRequest(req.pullRequest.number, { sha: req.head, method: 'merge' });
    log.info(`merged pull request #${req.pullRequest.number}: ${verdict.reason}`);
    const deployDispatch = req.deployWorkflow
        ? await (0, deploy_dispatch_js_1.dispatchDeploy)({
            workflow: req.deployWorkflow,
            ref: req.base,
            releaseId: req.releaseId,
            environment: req.environment,
        }, { github, log })
        : undefined;
    return { verdict, merged: true, record, ...(deployDispatch ? { deployDispatch } : {}) };
}
/**
 * A re-run over a release this job merged earlier: a run killed between its merge and its dispatch, or whose
 * dispatch failed, left the release merged and Approved, and nothing else will deploy it (the merge's push started
 * no workflow). Dispatched again when auto-merge applies to the release, GitHub says its pull request merged, and
 * the record says it is still Approved: once a deploy began (Deploying or later) there is nothing to start. A
 * workflow_dispatch is not idempotent, so a run killed right after a dispatch that succeeded dispatches a second
 * deploy on its re-run; both wait in the environment's concurrency group and the second finds the release deployed
 * and writes nothing (deploy.ts).
 */
async function dispatchAgain(req, config, ports, clock) {
    const { record, deployWorkflow } = req;
    if (!deployWorkflow || record.pullRequest === undefined)
        return undefined;
    if (record.state !== 'Approved')
        return undefined;
    const verdict = autoMergeVerdict({ environment: record.environment, requested: req.requested, draft: false }, config, clock);
    if (!verdict.merge)
        return undefined;
    const pr = await ports.github.getPullRequest(record.pullRequest.number);
    if (!pr.merged)
        return undefined;
    ports.log.info(`release ${record.id} is merged (pull request #${pr.number}) and still Approved: its deploy was never started, dispatching it again`);
    return (0, deploy_dispatch_js_1.dispatchDeploy)({ workflow: deployWorkflow, ref: req.base, releaseId: record.id, environment: record.environment }, ports);
}


/***/ }),

/***/ 83962:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRelease = createRelease;
// create-release: a value change becomes a release. Plan the edit (values layer or Kustomize overlay, comments kept),
// commit it on the branch the request maps to (same inputs, same branch), open or update that branch's pull request,
// write the release record (Draft or Pending Approval), and with auto-merge merge at once where the environment
// needs nobody's approval. Every write is found again by a re-run, so a run killed between two writes converges when
// run again: the branch by its name, the pull request by its head branch, the record by its pull request.
// The first checks on the pull request live in create-release-checks.ts, the auto-merge and the deploy dispatch
// after it in create-release-merge.ts. Flow: docs/architecture.md#release-lifecycle.
const errors_js_1 = __webpack_require__(10241);
const release_id_js_1 = __webpack_require__(1867);
const release_request_js_1 = __webpack_require__(47089);
const rollback_target_js_1 = __webpack_require__(51742);
const targets_js_1 = __webpack_require__(25630);
const release_edit_js_1 = __webpack_require__(55757);
const repo_js_1 = __webpack_require__(53413);
const create_release_checks_js_1 = __webpack_require__(54866);
const create_release_merge_js_1 = __webpack_require__(47787);
const deps_js_1 = __webpack_require__(31064);
const register_release_js_1 = __webpack_require__(35587);
const result_js_1 = __webpack_require__(48155);
/** The last line of the message of every commit create-release writes to a release branch. */
const RELEASE_BRANCH_TRAILER = 'Release branch of gitopshq create-release.';
const ID_MARKER = /<!-- gitopshq:release ([a-z0-9-]+) -->/;
async function createRelease(req, ports, deps) {
    const clock = deps.clock ?? deps_js_1.systemClock;
    const { github, store, branches, log } = ports;
    const base = req.base ?? 'main';
    if (req.updates.length === 0 && req.chartVersion === undefined) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: 'no updates: give at least one path=value line in `updates` (or a `chart-version`)',
        });
    }
    let edits;
    let chartEdit;
    let chartName;
    let config;
    try {
        const snap = await (0, repo_js_1.loadRepo)(branches.root);
        config = snap.config;
        const layers = req.tenants.length === 0 ? [undefined] : [...new Set(req.tenants)].sort();
        edits = [];
        if (req.updates.length > 0) {
            for (const tenant of layers) {
                const { workload } = (0, targets_js_1.resolveTarget)(snap, { ...req, tenant }, { tenant: 'layer' });
                edits.push(await (0, release_edit_js_1.planReleaseEdit)(branches.root, workload, req.environment, tenant, req.updates));
            }
        }
        if (req.chartVersion !== undefined) {
            // The chart version is the environment's, whatever tenants the value updates name.
            const { workload } = (0, targets_js_1.resolveTarget)(snap, { ...req, tenant: undefined }, { tenant: 'layer' });
            chartEdit = await (0, release_edit_js_1.planChartVersionEdit)(branches.root, workload, req.environment, req.chartVersion);
            chartName = workload.config.source.type === 'helm' ? chartShortName(workload.config.source.chart) : '';
        }
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            return (0, result_js_1.failed)({
                kind: e.kind === 'usage' ? 'usage' : 'finding',
                message: e.message,
                findings: e.findings,
            });
        throw e;
    }
    const files = [...(chartEdit ? [chartEdit] : []), ...edits].map((e) => ({
        path: e.file,
        content: e.after,
    }));
    const branch = (0, release_request_js_1.releaseBranchName)(req);
    const title = req.title?.trim() || (0, release_request_js_1.releaseTitle)({ ...req, chartName });
    const baseTip = await branches.tip(base);
    if (baseTip === undefined)
        return (0, result_js_1.failed)({ kind: 'usage', message: `the base branch ${base} does not exist on the remote` });
    const records = await store.listReleases();
    const ofBranch = records.filter((r) => r.pullRequest?.branch === branch);
    if (await holds(branches, baseTip, files)) {
        // Merged already (a re-run after auto-merge), or the values never needed the change.
        const done = ofBranch.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
        if (done?.pullRequest) {
            log.info(`${base} already holds these updates: release ${done.id} (${done.state})`);
            const deployDispatch = await (0, create_release_merge_js_1.dispatchAgain)({ record: done, base, requested: req.autoMerge, deployWorkflow: req.deployWorkflow }, config, ports, clock);
            return (0, result_js_1.succeeded)({
                releaseId: done.id,
                pullRequestNumber: done.pullRequest.number,
                pullRequestUrl: done.pullRequest.url,
                branch,
                state: done.state,
                head: baseTip,
                wrote: { commit: false, pullRequest: 'unchanged', record: 'unchanged' },
                merged: true,
                checks: { preview: 'not run: already merged', gate: 'not run: already merged' },
                autoMerge: { merge: false, reason: `${base} already holds these updates` },
                ...(deployDispatch ? { deployDispatch } : {}),
                title: done.title,
                files: files.map((f) => f.path),
            });
        }
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `${files.map((f) => f.path).join(', ')} already hold${files.length === 1 ? 's' : ''} these values on ${base}: nothing to release`,
        });
    }
    // The branch: a commit only when it does not hold the planned content yet; never a force push.
    const branchTip = await branches.tip(branch);
    let head = branchTip;
    let wroteCommit = false;
    // The first commit of the PR when this run writes it; on a re-run over an existing branch it is not known here.
    let firstCommitAt;
    if (head === undefined || !(await holds(branches, head, files))) {
        const parent = branchTip ?? baseTip;
        const committedAt = clock.now();
        const commit = await branches.commit(branch, parent, files, `${title}\n\n${RELEASE_BRANCH_TRAILER}`, committedAt);
        if (branchTip === undefined)
            firstCommitAt = committedAt.toISOString();
        if (!(await branches.publish(branch, commit, branchTip))) {
            return (0, result_js_1.failed)({ message: `${branch} moved while this release was written to it: run again` }, { retryable: true });
        }
        head = commit;
        wroteCommit = true;
        log.info(`pushed ${commit.slice(0, 7)} to ${branch}`);
    }
    // The pull request of the branch, and the release id it carries. A Cancelled release is final: a pull request
    // closed unmerged and reopened carries a new one (approve-gate registers it on `reopened`, else a new id here).
    let pr = await github.findOpenPullRequest(branch);
    const live = ofBranch.filter((r) => r.state !== 'Cancelled');
    const known = live.find((r) => r.pullRequest?.number === pr?.number && pr !== undefined);
    const marked = ID_MARKER.exec(pr?.body ?? '')?.[1];
    const releaseId = known?.id ??
        (marked !== undefined && !ofBranch.some((r) => r.id === marked && r.state === 'Cancelled')
            ? marked
            : undefined) ??
        (0, release_id_js_1.newReleaseId)(req.workload, req.environment, clock.now(), deps.random);
    const scope = {
        workload: req.workload,
        environment: req.environment,
        ...(req.tenants.length === 1 ? { tenant: req.tenants[0] } : {}),
    };
    const running = (0, rollback_target_js_1.runningRelease)(records.filter((r) => r.id !== releaseId), scope);
    const changes = edits.flatMap((e) => req.updates.map((u) => ({ file: e.file, path: u.path, value: u.value })));
    const body = (0, release_request_js_1.releaseBody)({
        ...req,
        releaseId,
        changes,
        notes: req.notes,
        chartFile: chartEdit?.file,
        rollbackTarget: running ? { id: running.id, title: running.title } : undefined,
    });
    let prWrite = 'unchanged';
    if (pr === undefined) {
        pr = await github.createPullRequest({ head: branch, base, title, body, draft: req.draft });
        prWrite = 'created';
        log.info(`opened pull request #${pr.number}`);
    }
    else if (pr.title !== title || pr.body !== body) {
        pr = await github.updatePullRequest(pr.number, { title, body });
        prWrite = 'updated';
    }
    // The record: created once, brought up to date on a re-run (no commit when nothing changed).
    const fields = {
        title,
        tenants: [...new Set(req.tenants)].sort(),
        changes: {
            updates: req.updates.map((u) => ({ path: u.path, value: u.value })),
            ...(req.chartVersion !== undefined ? { chartVersion: req.chartVersion } : {}),
        },
        pullRequest: { number: pr.number, url: pr.url, branch },
        ...(req.notes?.trim() ? { notes: req.notes.trim() } : {}),
        ...(running ? { rollbackTarget: running.id } : {}),
        ...(req.promotedFrom ? { promotedFrom: req.promotedFrom } : {}),
        ...(req.promotion ? { promotion: req.promotion } : {}),
    };
    let record = await store.getRelease(releaseId);
    let recordWrite = 'unchanged';
    // Where lead time starts. A re-run over a branch an earlier run wrote did not write its first commit: the pull
    // request's commits say when that was (only asked when the record does not know it yet).
    let firstCommit = req.sourceCommittedAt ?? firstCommitAt;
    // Which commit the PR's diff is exactly this change set at: the one this run wrote from base; on a re-run over a
    // branch an earlier run wrote (killed before the record), the PR's only commit when it is that run's commit and
    // still the tip (a PR of one commit diffs against its parent, on base). Else approve-gate reads the change set.
    let changeSetCommit = branchTip === undefined ? head : undefined;
    if (record === undefined && changeSetCommit === undefined && head !== undefined) {
        const commits = await github.listPullRequestCommits(pr.number);
        const only = commits.length === 1 ? commits[0] : undefined;
        if (only?.sha === head && only.message.trimEnd().endsWith(RELEASE_BRANCH_TRAILER))
            changeSetCommit = head;
        if (firstCommit === undefined)
            firstCommit = (0, register_release_js_1.firstCommitTime)(commits);
    }
    else if (firstCommit === undefined && record?.firstCommitAt === undefined) {
        firstCommit = (0, register_release_js_1.firstCommitTime)(await github.listPullRequestCommits(pr.number));
    }
    if (record === undefined) {
        const state = pr.draft ? 'Draft' : 'PendingApproval';
        const at = clock.now().toISOString();
        const fresh = {
            apiVersion: 'gitopshq.io/v1',
            kind: 'Release',
            id: releaseId,
            workload: req.workload,
            environment: req.environment,
            author: req.actor,
            createdAt: at,
            ...(firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
            state,
            history: [{ state, at, actor: req.actor, note: `pull request #${pr.number}` }],
            approvals: [],
            ...fields,
            ...(changeSetCommit !== undefined ? { changeSetCommit } : {}),
        };
        record = await store.createRelease(fresh);
        recordWrite = 'created';
    }
    else {
        const before = JSON.stringify(record);
        record = await store.updateRelease(releaseId, (r) => ({
            ...r,
            ...fields,
            ...(r.firstCommitAt === undefined && firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
        }), `release ${releaseId}: updated by create-release`);
        if (JSON.stringify(record) !== before)
            recordWrite = 'updated';
    }
    const checks = await (0, create_release_checks_js_1.firstChecks)({
        pullRequest: pr.number,
        head,
        fresh: wroteCommit || prWrite === 'created',
        actor: req.actor,
        runUrl: req.runUrl,
    }, ports, clock);
    record = checks.record ?? record;
    const merge = await (0, create_release_merge_js_1.autoMerge)({
        releaseId,
        environment: req.environment,
        pullRequest: { number: pr.number, draft: pr.draft },
        head,
        base,
        baseTip,
        requested: req.autoMerge,
        deployWorkflow: req.deployWorkflow,
        actor: req.actor,
        preview: checks.preview,
        record,
    }, config, ports, clock);
    return (0, result_js_1.succeeded)({
        releaseId,
        pullRequestNumber: pr.number,
        pullRequestUrl: pr.url,
        branch,
        state: merge.record.state,
        head,
        wrote: { commit: wroteCommit, pullRequest: prWrite, record: recordWrite },
        merged: merge.merged,
        checks: { preview: (0, create_release_checks_js_1.summaryOf)(checks.preview), gate: checks.gate },
        autoMerge: merge.verdict,
        ...(merge.deployDispatch ? { deployDispatch: merge.deployDispatch } : {}),
        title,
        files: files.map((f) => f.path),
    });
}
/** `podinfo` for `podinfo` in a repository and for `oci://ghcr.io/stefanprodan/charts/podinfo`. */
function chartShortName(chart) {
    return chart.replace(/\/+$/, '').split('/').pop() ?? chart;
}
/** Whether `commit` already holds every file as planned. */
async function holds(branches, commit, files) {
    for (const f of files)
        if ((await branches.read(commit, f.path)) !== f.content)
            return false;
    return true;
}


/***/ }),

/***/ 16628:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STICKY_PURPOSE = exports.FAIL_ON = exports.DEFAULT_FAIL_ON = void 0;
exports.compareRefs = compareRefs;
exports.preview = preview;
// preview: on a pull request, render the final manifests of every affected (workload, environment, tenant) at the
// merge base and at the head, validate them, and put the diff where reviewers look: one sticky PR comment and the
// `gitopshq/preview` commit status; the caller shows the returned report in the job summary (or a terminal).
// `compareRefs` is the part without GitHub, shared with `gitopshq diff`. Flow: docs/architecture.md.
const errors_js_1 = __webpack_require__(10241);
const finding_baseline_js_1 = __webpack_require__(55913);
const layout_js_1 = __webpack_require__(89128);
const port_js_1 = __webpack_require__(18212);
const diff_snapshots_js_1 = __webpack_require__(15293);
const markdown_report_js_1 = __webpack_require__(87846);
const types_js_1 = __webpack_require__(74785);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
var finding_baseline_js_2 = __webpack_require__(55913);
Object.defineProperty(exports, "DEFAULT_FAIL_ON", ({ enumerable: true, get: function () { return finding_baseline_js_2.DEFAULT_FAIL_ON; } }));
Object.defineProperty(exports, "FAIL_ON", ({ enumerable: true, get: function () { return finding_baseline_js_2.FAIL_ON; } }));
exports.STICKY_PURPOSE = 'preview';
/** Base vs head in the checkout: render, validate, diff, place findings in files, judge by `failOn`. */
async function compareRefs(req, ports, clock = deps_js_1.systemClock) {
    const { checkout, renderer, log } = ports;
    const title = `Render ${req.base.slice(0, 7)}..${req.head.slice(0, 7)}`;
    const sides = await log.group(title, async () => {
        const started = clock.now().getTime();
        try {
            return await checkout.snapshots(req.base, req.head, async (s) => {
                const diff = await renderer.diffSnapshots(s.baseSnap, s.headSnap, s.changed);
                const seconds = ((clock.now().getTime() - started) / 1000).toFixed(1);
                log.info(`${diff.stats.renders} distinct render(s) for ${diff.stats.targets} target render(s) at base and head in ${seconds} s`);
                const environmentOrder = s.headSnap.config.environments.map((e) => e.name);
                return { base: s.base, head: s.head, changedFiles: s.changed, diff, environmentOrder };
            });
        }
        catch (e) {
            if (!(e instanceof errors_js_1.ValidationError))
                throw e;
            return { invalid: e.findings };
        }
    });
    const base = 'base' in sides ? sides.base : req.base;
    const head = 'head' in sides ? sides.head : req.head;
    const diff = 'diff' in sides ? sides.diff : undefined;
    const invalid = 'invalid' in sides ? sides.invalid : undefined;
    const report = {
        diff,
        invalid,
        base,
        head,
        runUrl: req.runUrl,
        environmentOrder: 'environmentOrder' in sides ? sides.environmentOrder : [],
        failOn: req.failOn,
    };
    const findings = invalid ?? (await placeFindings(checkout, base, head, diff?.findings ?? []));
    const errors = findings.filter((f) => (f.severity ?? 'error') === 'error').length;
    const warnings = findings.length - errors;
    // A repository that does not validate cannot be rendered at all: that is never "already on base".
    const judged = invalid
        ? findings.map((f) => ({ severity: f.severity ?? 'error' }))
        : (diff?.findings ?? []);
    const totals = diff?.totals ?? { targets: 0, changedTargets: 0, added: 0, changed: 0, removed: 0 };
    const verdict = (0, markdown_report_js_1.previewVerdict)(report);
    const comparison = {
        base,
        head,
        changedFiles: 'changedFiles' in sides ? sides.changedFiles : [],
        diff,
        invalid,
        findings,
        verdict,
        report,
        changed: totals.changedTargets > 0,
        targets: (diff?.targets ?? []).map((d) => ({
            workload: d.target.workload,
            environment: d.target.environment,
            ...(d.target.tenant ? { tenant: d.target.tenant } : {}),
            status: d.status,
            added: d.added,
            changed: d.changed,
            removed: d.removed,
        })),
        summary: {
            ...totals,
            errors,
            newErrors: (0, finding_baseline_js_1.countFindings)(judged).newErrors,
            warnings,
            valid: invalid === undefined,
        },
        markdown: (0, markdown_report_js_1.previewMarkdown)(report, Number.POSITIVE_INFINITY).markdown,
        text: diff ? (0, diff_snapshots_js_1.formatSnapshotDiff)(diff) : '',
    };
    if ((0, finding_baseline_js_1.failsOn)(req.failOn, judged)) {
        return (0, result_js_1.failed)({ message: verdict.line, findings }, { value: comparison });
    }
    return (0, result_js_1.succeeded)(comparison);
}
/** The preview step on a pull request: compare its merge base with its head, report on the PR. */
async function preview(req, ports, clock = deps_js_1.systemClock) {
    const { github, checkout, log } = ports;
    const pr = await github.getPullRequest(req.pullRequest);
    const base = await log.group('Fetch base and head', async () => {
        const { missing, reason } = await checkout.ensureCommits([pr.base.sha, pr.head.sha]);
        if (missing.length === 0)
            return (await checkout.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
        return { missing, reason: reason ?? 'no reason given' };
    });
    if (typeof base !== 'string') {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `the checkout at ${checkout.where} lacks commits ${base.missing.join(', ')} and fetching them failed (${base.reason}): use actions/checkout with fetch-depth: 0`,
        });
    }
    const compared = await compareRefs({ base, head: pr.head.sha, failOn: req.failOn, runUrl: req.runUrl }, ports, clock);
    const c = compared.value;
    if (c === undefined)
        return (0, result_js_1.failed)(compared.outcome === 'failed' ? compared.error : { message: 'no report' });
    if (req.comment) {
        const body = (0, markdown_report_js_1.previewMarkdown)(c.report).markdown;
        await github.upsertStickyComment(req.pullRequest, exports.STICKY_PURPOSE, body, {
            ...(req.runUrl ? { summaryUrl: req.runUrl } : {}),
        });
    }
    await github.createCommitStatus(pr.head.sha, {
        context: port_js_1.PREVIEW_STATUS_CONTEXT,
        state: c.verdict.state === 'error' ? 'failure' : 'success',
        description: c.verdict.line.slice(0, 140),
        ...(req.runUrl ? { targetUrl: req.runUrl } : {}),
    });
    const value = { ...c, pullRequest: req.pullRequest };
    if (compared.outcome !== 'failed')
        return (0, result_js_1.succeeded)(value);
    const message = `${compared.error.message}; see the pull request comment and the job summary`;
    return (0, result_js_1.failed)({ ...compared.error, message }, { value });
}
/**
 * Render findings placed in files for annotations: a finding with its own line (a template error) keeps it; the
 * others land on the first line this change touched in the values layer that feeds the target.
 */
async function placeFindings(checkout, base, head, findings) {
    if (findings.length === 0)
        return [];
    const changedLines = await checkout.firstChangedLines(base, head);
    return findings.map((f) => {
        // A template error has its own line; a policy or schema finding is caused by values: point at the change.
        if (f.file && f.line)
            return (0, types_js_1.toFinding)(f, f.file);
        const [workload = '', environment = '', tenant] = f.target.split('/');
        const candidates = [
            ...(0, layout_js_1.valuesLayerFiles)(workload, environment, tenant),
            // A chart or template file this change touched (a Helm failure has no line of its own).
            ...[...changedLines.keys()].filter((p) => p.startsWith(`${(0, layout_js_1.workloadDir)(workload)}/`)).sort(),
            (0, layout_js_1.workloadFile)(workload),
            layout_js_1.CONFIG_FILE,
        ];
        const file = candidates.find((c) => changedLines.has(c)) ?? layout_js_1.CONFIG_FILE;
        return { ...(0, types_js_1.toFinding)({ ...f, file: undefined }, file), line: changedLines.get(file) ?? 1, col: 1 };
    });
}


/***/ })

};
