export const id = 9456;
export const ids = [9456];
export const modules = {

/***/ 49456:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// preview: maps the inputs to a request of src/usecases/preview.ts and its result to outputs, summary and annotations.
const node_path_1 = __webpack_require__(76760);
const action_js_1 = __webpack_require__(45605);
const context_js_1 = __webpack_require__(78480);
const errors_js_1 = __webpack_require__(10241);
const local_ports_js_1 = __webpack_require__(43094);
const preview_js_1 = __webpack_require__(16628);
const result_js_1 = __webpack_require__(48155);
const inputs_js_1 = __webpack_require__(92559);
exports.action = (0, action_js_1.defineAction)({
    name: 'preview',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        const pullRequest = input.pullRequest ?? (0, context_js_1.eventPullRequestNumber)(env.context);
        if (pullRequest === undefined) {
            const event = env.context.eventName || 'none';
            const message = `no pull request: run preview on a pull_request event, or set the pull-request input (event: ${event})`;
            throw new errors_js_1.UserError(message, [], 'usage');
        }
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const ports = {
            github: await env.github(),
            log: env.log,
            // A pull request's charts, templates and kustomizations are the author's, and a fork's author is anyone:
            // every preview renders in the isolated renderer (docs/architecture.md#untrusted-input).
            ...(0, local_ports_js_1.localPorts)(dir, { token: input.token, where: input.repoPath, isolation: {} }),
        };
        const { comment, failOn } = input;
        const result = await (0, preview_js_1.preview)({ pullRequest, comment, failOn, runUrl: env.context.runUrl }, ports);
        const r = result.value;
        if (r)
            env.summary.add(r.markdown);
        const error = (0, result_js_1.stepUserError)(result);
        if (error || !r)
            throw error ?? new Error(`preview ended ${result.outcome} without a report`);
        env.log.findings(r.findings);
        return { changed: r.changed, targets: r.targets, summary: r.summary, errors: r.summary.errors };
    },
});


/***/ }),

/***/ 92559:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// preview's public interface (docs/architecture.md#contracts).
const contract_js_1 = __webpack_require__(2013);
const preview_js_1 = __webpack_require__(16628);
exports.inputs = {
    /** Default: the pull request of the triggering event. */
    'pull-request': { kind: 'integer' },
    comment: { kind: 'boolean', default: 'true' },
    'fail-on': { kind: 'enum', values: preview_js_1.FAIL_ON, default: preview_js_1.DEFAULT_FAIL_ON },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)(['changed', 'targets', 'summary', 'errors']);


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
