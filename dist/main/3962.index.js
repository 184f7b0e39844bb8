export const id = 3962;
export const ids = [3962];
export const modules = {

/***/ 51742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.wasDeployed = wasDeployed;
exports.runningRelease = runningRelease;
exports.checkRollbackTo = checkRollbackTo;
exports.defaultRollbackTarget = defaultRollbackTarget;
/** States a release keeps after its manifests reached the deploy branch, before any verdict on its health. */
const UNVERIFIED = new Set(['Deployed', 'Synced']);
function inScope(record, scope) {
    if (record.workload !== scope.workload || record.environment !== scope.environment)
        return false;
    return scope.tenant === undefined || record.tenants.length === 0 || record.tenants.includes(scope.tenant);
}
/** Whether the release's manifests ever reached the deploy branch. */
function wasDeployed(record) {
    return record.history.some((h) => h.state === 'Deployed');
}
/** The release whose manifests run for `scope` now; undefined when none was ever deployed. */
function runningRelease(records, scope) {
    const byId = new Map(records.map((r) => [r.id, r]));
    const events = [];
    let seq = 0;
    for (const record of records) {
        if (!inScope(record, scope))
            continue;
        for (const h of record.history) {
            // Each Deployed entry is a deploy (a retry after Failed deploys again); Rolled Back hands over.
            if (h.state === 'Deployed')
                events.push({ at: h.at, seq: seq++, kind: 'deploy', record });
            if (h.state === 'RolledBack')
                events.push({ at: h.at, seq: seq++, kind: 'rollback', record });
        }
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
    // Every release deployed so far, newest last: a rollback without a recorded target returns to the one before.
    const stack = [];
    for (const e of events) {
        if (e.kind === 'deploy') {
            stack.push(e.record);
            continue;
        }
        const top = stack[stack.length - 1];
        if (top?.id !== e.record.id)
            continue;
        stack.pop();
        const toId = e.record.rolledBackTo ?? e.record.rollbackTarget;
        const to = toId === undefined ? undefined : byId.get(toId);
        if (to !== undefined && inScope(to, scope))
            stack.push(to);
    }
    return stack[stack.length - 1];
}
/**
 * Whether `targetId` is a release `scope` may roll back to: it exists, belongs to the same workload, environment
 * (and tenant), was deployed there, is not what runs now, and was Healthy: a rollback goes back to what was seen
 * working. `allowUnverified` (an operator's explicit choice) also accepts one deployed but never judged (Deployed or
 * Synced); a Failed or Rolled Back release never.
 */
function checkRollbackTo(records, scope, targetId, opts = {}) {
    const where = `${scope.workload} in ${scope.environment}${scope.tenant === undefined ? '' : ` (tenant ${scope.tenant})`}`;
    const current = runningRelease(records, scope);
    if (current === undefined) {
        return {
            ok: false,
            reason: `nothing has been deployed for ${where} yet, so there is nothing to roll back`,
        };
    }
    const target = records.find((r) => r.id === targetId);
    if (target === undefined)
        return { ok: false, reason: `release ${targetId} does not exist` };
    if (target.workload !== scope.workload) {
        return {
            ok: false,
            reason: `release ${targetId} is for workload ${target.workload}, not ${scope.workload}`,
        };
    }
    if (target.environment !== scope.environment) {
        return {
            ok: false,
            reason: `release ${targetId} was for environment ${target.environment}; a rollback in ${scope.environment} must pick a release deployed there`,
        };
    }
    if (!inScope(target, scope)) {
        return {
            ok: false,
            reason: `release ${targetId} targeted tenants ${target.tenants.join(', ')}, not ${scope.tenant ?? ''}`,
        };
    }
    if (target.id === current.id) {
        return {
            ok: false,
            reason: `release ${targetId} is what runs for ${where} now; pick an earlier release`,
        };
    }
    if (!wasDeployed(target)) {
        return {
            ok: false,
            reason: `release ${targetId} was never deployed (it is ${target.state}); pick a release that ran in ${scope.environment}`,
        };
    }
    if (target.state === 'RolledBack') {
        return { ok: false, reason: `release ${targetId} was itself rolled back; pick a release that was not` };
    }
    if (target.state !== 'Healthy' && !(opts.allowUnverified === true && UNVERIFIED.has(target.state))) {
        const unverified = UNVERIFIED.has(target.state)
            ? ', never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly'
            : '; pick a release that was Healthy';
        return { ok: false, reason: `release ${targetId} is ${target.state}${unverified}` };
    }
    return { ok: true, target, current };
}
/**
 * The release a rollback goes to by default: the most recently deployed release before the running one that
 * reached Healthy and was neither rolled back nor failed. Undefined when there is none.
 */
function defaultRollbackTarget(records, scope) {
    const current = runningRelease(records, scope);
    const lastDeploy = (r) => r.history.reduce((at, h) => (h.state === 'Deployed' && h.at > at ? h.at : at), '');
    return records
        .filter((r) => inScope(r, scope) &&
        r.id !== current?.id &&
        r.state === 'Healthy' &&
        (current === undefined || lastDeploy(r) <= lastDeploy(current)))
        .sort((a, b) => (lastDeploy(a) < lastDeploy(b) ? 1 : lastDeploy(a) > lastDeploy(b) ? -1 : 0))[0];
}


/***/ }),

/***/ 83529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = exports.parseValuePath = exports.parseUpdateLines = exports.parseUpdate = exports.formatValuePath = void 0;
exports.applyValueUpdates = applyValueUpdates;
const yaml_edit_js_1 = __webpack_require__(15382);
// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.
// Parsing lives in path-syntax.ts, which does not load the yaml library: actions that only read an `updates`
// input stay fast to start.
var path_syntax_js_1 = __webpack_require__(26633);
Object.defineProperty(exports, "formatValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.formatValuePath; } }));
Object.defineProperty(exports, "parseUpdate", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdate; } }));
Object.defineProperty(exports, "parseUpdateLines", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdateLines; } }));
Object.defineProperty(exports, "parseValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.parseValuePath; } }));
var yaml_scalar_js_1 = __webpack_require__(21126);
Object.defineProperty(exports, "typeValueText", ({ enumerable: true, get: function () { return yaml_scalar_js_1.typeValueText; } }));
/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
function applyValueUpdates(text, updates, file) {
    let out = text;
    for (const u of updates)
        out = (0, yaml_edit_js_1.applyValueUpdate)(out, u, file);
    return out;
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

/***/ 55757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planReleaseEdit = planReleaseEdit;
exports.planChartVersionEdit = planChartVersionEdit;
exports.releaseEditFiles = releaseEditFiles;
exports.writeReleaseEdit = writeReleaseEdit;
// Which file a release's value updates change, and its new text: the values layer of a template or Helm workload,
// the overlay's kustomization of a Kustomize workload, workload.yaml's chart version of a chart upgrade. Shared by `gitopshq set` and create-release, so the two
// cannot disagree about where a release goes. Nothing is written here.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const kustomize_edit_js_1 = __webpack_require__(38096);
const layout_js_1 = __webpack_require__(89128);
const repo_paths_js_1 = __webpack_require__(10183);
const value_path_js_1 = __webpack_require__(83529);
const values_js_1 = __webpack_require__(34344);
const repo_paths_js_2 = __webpack_require__(66244);
const workload_fields_js_1 = __webpack_require__(62083);
/** Plans the edit of one workload's release file for `environment` (and `tenant`, for a values layer). */
async function planReleaseEdit(root, workload, environment, tenant, updates) {
    const source = workload.config.source;
    if (source.type === 'kustomize') {
        if (tenant !== undefined) {
            throw new errors_js_1.UserError(`workload '${workload.config.name}' is a Kustomize workload: every tenant of '${environment}' shares its overlay ` +
                `${(0, kustomize_edit_js_1.overlayFolder)(source, environment)}/; drop --tenant`, [], 'usage');
        }
        const folder = (0, node_path_1.join)(workload.dir, (0, kustomize_edit_js_1.overlayFolder)(source, environment));
        const rel = repoRelative(root, folder);
        if (rel === undefined) {
            throw new errors_js_1.UserError(`the overlay of '${environment}' is outside the repository; fix workload.yaml`, [], 'usage');
        }
        const found = await firstExisting(root, kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${rel}/${name}`));
        if (!found) {
            throw new errors_js_1.UserError(`no kustomization in ${rel}/ (looked for ${kustomize_edit_js_1.KUSTOMIZATION_FILES.join(', ')}); the overlay of '${environment}' needs one`, [], 'usage');
        }
        const after = (0, kustomize_edit_js_1.applyKustomizeUpdates)(found.text, updates, found.file);
        const written = updates.map((u) => {
            const change = (0, kustomize_edit_js_1.parseKustomizeUpdate)(u, found.file);
            const value = change.kind === 'replicas'
                ? change.count
                : Object.values(change.fields).length === 1
                    ? Object.values(change.fields)[0]
                    : change.fields;
            return { path: u.path, value };
        });
        return { file: found.file, kind: 'kustomization', before: found.text, after, written };
    }
    const file = (0, layout_js_1.valuesLayerFile)(workload.config.name, environment, tenant);
    const before = await readText(root, file);
    const after = (0, value_path_js_1.applyValueUpdates)(before ?? layerHeader(workload.config.name, environment, tenant), [...updates], file);
    const data = (0, yaml_1.parseDocument)(after).toJS() ?? {};
    const written = updates.map((u) => ({ path: u.path, value: (0, values_js_1.getPath)(data, (0, value_path_js_1.parseValuePath)(u.path)) }));
    return { file, kind: 'values', before, after, written };
}
/**
 * Plans a chart upgrade: `source.versions.<environment>` in the workload's workload.yaml set to `version` (a
 * string, comments kept). Only a repository or OCI chart has versions to choose; a chart folder in the repository
 * is upgraded by changing the folder, and a template or Kustomize workload has no chart at all.
 */
async function planChartVersionEdit(root, workload, environment, version) {
    const { name, source } = workload.config;
    if (source.type !== 'helm') {
        throw new errors_js_1.UserError(`workload '${name}' renders from a ${source.type === 'kustomize' ? 'Kustomize overlay' : 'template folder'}, not a Helm chart: chart-version applies to Helm workloads only; drop chart-version`, [], 'usage');
    }
    if (!source.repository && !source.chart.startsWith('oci://')) {
        throw new errors_js_1.UserError(`workload '${name}' renders the chart folder '${source.chart}' of the repository: upgrade it by changing that folder; chart-version applies to repository and oci:// charts`, [], 'usage');
    }
    if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(version)) {
        throw new errors_js_1.UserError(`chart-version '${version}' is not a chart version: use a SemVer version such as 1.2.3`, [], 'usage');
    }
    const rel = repoRelative(root, (0, node_path_1.join)(workload.dir, 'workload.yaml'));
    const before = rel === undefined ? undefined : await readText(root, rel);
    if (rel === undefined || before === undefined) {
        throw new errors_js_1.UserError(`workload '${name}' has no workload.yaml in the repository`, [], 'usage');
    }
    const path = `source.versions.${environment}`;
    const after = (0, value_path_js_1.applyValueUpdates)(before, [{ path, value: JSON.stringify(version) }], rel);
    return { file: rel, kind: 'workload', before, after, written: [{ path, value: version }] };
}
/**
 * Every file a release of `workload` in `environment` can have edited (repo-relative), from its workload.yaml text
 * as of that release: the overlay's kustomization (each name kustomize accepts) of a Kustomize workload, else the
 * environment's values layer and its tenants' layers. Rollback restores these, so the values PR puts back what
 * planReleaseEdit changed whatever the workload's kind. An unreadable workload.yaml gives the values layers.
 */
function releaseEditFiles(workload, workloadYaml, environment, tenants) {
    const source = (0, workload_fields_js_1.readWorkloadFields)(workloadYaml)?.source;
    if (source?.type === 'kustomize') {
        const folder = node_path_1.posix.normalize(`${(0, layout_js_1.workloadDir)(workload)}/${(0, kustomize_edit_js_1.overlayFolder)({ overlay: source.overlay ?? '', ...(source.overlays ? { overlays: source.overlays } : {}) }, environment)}`);
        // An overlay outside the repository is refused by planReleaseEdit: nothing of it to restore.
        if (folder.startsWith('../') || node_path_1.posix.isAbsolute(folder))
            return [];
        return kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${folder}/${name}`);
    }
    return [
        (0, layout_js_1.valuesLayerFile)(workload, environment),
        ...tenants.map((t) => (0, layout_js_1.valuesLayerFile)(workload, environment, t)),
    ];
}
/** Write-then-rename: a reader (or a crash) never sees half a file. */
async function writeReleaseEdit(root, edit) {
    const abs = (0, node_path_1.join)(root, ...edit.file.split('/'));
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(abs), { recursive: true });
    const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
    await (0, promises_1.writeFile)(tmp, edit.after);
    await (0, promises_1.rename)(tmp, abs);
}
function layerHeader(workload, env, tenant) {
    return tenant === undefined
        ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
        : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}
function repoRelative(root, abs) {
    const rel = (0, node_path_1.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        return undefined;
    return rel.split('\\').join('/');
}
/**
 * A file of the repository, or undefined when there is none. A file that resolves outside the repository (a symlink
 * out of it) is refused: its content would be copied into the repository by the write, and into a pull request.
 */
async function readText(root, file) {
    const r = (0, repo_paths_js_2.repoPaths)(root).resolve(file);
    if (r.kind === 'outside')
        throw new errors_js_1.UserError((0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }), [], 'usage');
    return r.kind === 'file' ? (0, promises_1.readFile)(r.abs, 'utf8') : undefined;
}
async function firstExisting(root, files) {
    for (const file of files) {
        const text = await readText(root, file);
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}


/***/ }),

/***/ 62083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkloadFields = readWorkloadFields;
// What a step without a loaded repository snapshot reads of one workload.yaml text: the source's kind and overlay
// (rollback: which files a past release's edit changed) and the tenants (verify-health: whom a promotion must reach,
// from main). Read with the project's YAML reader (size, depth and tag limits) but without the schema: the text may
// be of another commit than the checkout, and each caller decides what an unreadable file means.
const yaml_source_js_1 = __webpack_require__(362);
/** undefined when there is no text, or it is not YAML, or not a mapping. */
function readWorkloadFields(text, file = 'workload.yaml') {
    if (text === undefined)
        return undefined;
    const doc = (0, yaml_source_js_1.parseYamlSource)(text, file).value;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const { source, tenants } = doc;
    return {
        ...(typeof source === 'object' && source !== null ? { source: sourceFields(source) } : {}),
        ...(tenants !== undefined ? { tenants } : {}),
    };
}
function sourceFields(source) {
    const s = source;
    const overlays = typeof s.overlays === 'object' && s.overlays !== null
        ? Object.fromEntries(Object.entries(s.overlays).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return {
        type: s.type,
        ...(typeof s.overlay === 'string' ? { overlay: s.overlay } : {}),
        ...(overlays ? { overlays } : {}),
    };
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
