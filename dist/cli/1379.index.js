export const id = 1379;
export const ids = [1379];
export const modules = {

/***/ 71028:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.terminalActor = terminalActor;
exports.terminalLog = terminalLog;
exports.repositoryFromEnv = repositoryFromEnv;
exports.githubFromEnv = githubFromEnv;
// What commands that act on GitHub from a terminal share: who the actor is, a logger on stderr, and the GitHub port
// for the repository named by GITHUB_REPOSITORY with GITHUB_TOKEN (loaded lazily, like the actions do).
const ports_js_1 = __webpack_require__(64119);
const errors_js_1 = __webpack_require__(10241);
/** The login records name for a terminal run: GITHUB_ACTOR, else the OS user. */
function terminalActor(ctx) {
    return ctx.env.GITHUB_ACTOR || ctx.env.USER || 'gitopshq';
}
/** Progress and warnings on stderr, so stdout stays the command's result. */
function terminalLog(ctx) {
    return {
        info: (m) => ctx.stderr(m),
        debug: () => { },
        warning: (m) => ctx.stderr(`warning: ${m}`),
        group: (_title, fn) => fn(),
    };
}
/** `owner/name` from GITHUB_REPOSITORY, or undefined when it is not of that form. */
function repositoryFromEnv(ctx) {
    const [owner = '', repo = '', extra] = (ctx.env.GITHUB_REPOSITORY ?? '').split('/');
    return owner && repo && extra === undefined ? { owner, repo } : undefined;
}
/** The GitHub port as `token` for GITHUB_REPOSITORY; a usage error naming what to set when it is not owner/name. */
async function githubFromEnv(ctx, token) {
    const repository = repositoryFromEnv(ctx);
    if (!repository)
        throw new errors_js_1.UserError('GITHUB_REPOSITORY must be owner/name when GITHUB_TOKEN is set', [], 'usage');
    return (0, ports_js_1.lazyGitHubPort)(() => ({
        token,
        baseUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        repository,
        warn: (m) => ctx.stderr(m),
    }))();
}


/***/ }),

/***/ 28060:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRebasedCopy = isRebasedCopy;
exports.checkApprovedHead = checkApprovedHead;
exports.unapprovedHeadMessage = unapprovedHeadMessage;
exports.tenantsOverlap = tenantsOverlap;
exports.laterDeploy = laterDeploy;
exports.retryRefusedMessage = retryRefusedMessage;
exports.freezeHold = freezeHold;
// What deploy checks before it writes anything, read from the records and GitHub's answers alone
// (docs/architecture.md#release-lifecycle): which commit holds the policy the gate judged by, that the merged head is
// the commit the gate approved, that retrying a Failed release cannot put an environment behind a later release, and
// that no environment the release reaches (its own, and each one a shared layer `affects`) is frozen.
const break_glass_js_1 = __webpack_require__(6558);
const freeze_js_1 = __webpack_require__(96301);
/**
 * Whether `commit` on the base branch is a rebase merge's copy of `original`: GitHub's rebase writes a new commit with
 * the same message, author and author date. A squash or merge commit gets the merge's own time, so it never matches.
 */
function isRebasedCopy(commit, original) {
    if (commit.authorTime === undefined)
        return false;
    const at = Date.parse(original.date);
    return (Number.isFinite(at) &&
        Math.floor(at / 1000) === commit.authorTime &&
        commit.message.trimEnd() === original.message.trimEnd());
}
/**
 * Whether the merged head is what the gate approved. The commit the gate judged decides when the record names it;
 * else the commits the recorded approvals were given on (with stale approvals dismissed, every counted approval is on
 * the head the gate passed). A record naming neither (a policy that needs no approval, on a record written before the
 * gate kept its head) cannot be checked here: `basis: 'none'`, and the caller says so.
 */
function checkApprovedHead(facts) {
    if (facts.gatePassedAt !== undefined) {
        return facts.gatePassedAt === facts.mergedHead
            ? { ok: true, basis: 'gate' }
            : { ok: false, approvedAt: [facts.gatePassedAt] };
    }
    const approvedAt = [...new Set(facts.approvals.filter((a) => a.state === 'APPROVED').map((a) => a.commit))];
    if (approvedAt.length === 0)
        return { ok: true, basis: 'none' };
    return approvedAt.includes(facts.mergedHead) ? { ok: true, basis: 'approvals' } : { ok: false, approvedAt };
}
/** Why a merged head that differs from the approved one does not deploy, and what to do about it. */
function unapprovedHeadMessage(release, pr, mergedHead, approvedAt) {
    const short = (s) => s.slice(0, 7);
    return `release ${release.id} is not deployed: pull request #${pr} merged head ${short(mergedHead)}, but it was approved at ${approvedAt.map(short).join(', ')} (a commit pushed after the approval and merged before the gate judged it). Its content reached the base branch without the approval its policy needs: review it, then ship it through a new release pull request (or revert it)`;
}
/** Whether two releases of one workload and environment may write the same deploy files (no tenant listed: all). */
function tenantsOverlap(a, b) {
    if (a.tenants.length === 0 || b.tenants.length === 0)
        return true;
    return a.tenants.some((t) => b.tenants.includes(t));
}
/** When the release last began a deploy (its newest Deploying entry); undefined when it never did. */
function lastDeployStart(r) {
    return r.history.findLast((h) => h.state === 'Deploying')?.at;
}
/**
 * A release of the same workload and environment, with tenants overlapping `failed`'s, that began a deploy at or
 * after `failed`'s last one (by its history: everything past Deploying passed through it); the newest such one.
 * Retrying `failed` would write its older manifests over that release's. Undefined: nothing later, a retry is safe.
 */
function laterDeploy(failed, records) {
    const since = lastDeployStart(failed) ?? '';
    let found;
    for (const r of records) {
        if (r.id === failed.id || r.workload !== failed.workload || r.environment !== failed.environment)
            continue;
        if (!tenantsOverlap(r, failed))
            continue;
        const at = lastDeployStart(r);
        if (at === undefined || at < since)
            continue;
        if (found === undefined || at > found.at)
            found = { release: r, at };
    }
    return found;
}
/** Why a Failed release is not retried, and what to do instead. */
function retryRefusedMessage(failed, later) {
    const env = failed.environment;
    return `release ${failed.id} is Failed and is not retried: release ${later.release.id} (${later.release.state}) of ${failed.workload} began deploying to ${env} after it (${later.at}), and a retry would put ${env} back behind it. To ship ${failed.id}'s change again, open a new release (create-release, or gitopshq set); to go back to an earlier release, roll back (the deploy workflow's rollback-to, or gitopshq rollback --env ${env} --to <release-id>)`;
}
/**
 * Why deploy holds the release now, or undefined. A release that changes a layer several environments share (its
 * record's `affects`, written by the gate) reaches each of them at their next render, so a freeze in any of them holds
 * it, as a freeze of its own environment does; a break-glass covers a freeze only for the occurrence it broke
 * (freezesNotBroken). `statusOf` is the freeze status of an environment at the deploy's instant.
 */
function freezeHold(release, statusOf) {
    const own = release.environment;
    const others = (release.affects ?? []).filter((e) => e !== own);
    for (const env of [own, ...new Set(others)]) {
        const status = statusOf(env);
        const holding = (0, break_glass_js_1.freezesNotBroken)(status, release.breakGlass);
        if (holding.length === 0)
            continue;
        // Break-glass opens the freezes it broke, not a freeze that began after it.
        const broke = (0, break_glass_js_1.heldDespiteBreakGlass)(release.breakGlass, holding);
        const where = env === own
            ? ''
            : ` in ${env}, which its change reaches (a layer ${[own, ...others].join(', ')} share; it ships there with their next render)`;
        return `deploy of ${release.id} held: ${(0, freeze_js_1.describeFreeze)(status)}${where}${broke}. The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`;
    }
    return undefined;
}


/***/ }),

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

/***/ 36599:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryRefusal = retryRefusal;
exports.unapprovedHead = unapprovedHead;
exports.policyCommit = policyCommit;
// What deploy checks with GitHub and the records before it writes anything: that a retried Failed release would not
// put its environment behind a later release, that the merged head is the commit the gate approved, and which commit
// holds the policy (freezes, deploy branches) the gate judged by. Split from deploy.ts; the decisions are pure, in
// src/domain/deploy-guards.ts. Why: docs/architecture.md#release-lifecycle.
const deploy_guards_js_1 = __webpack_require__(28060);
/** Why a Failed release may not be retried now (a later release of its target began deploying); undefined: it may. */
async function retryRefusal(release, ports) {
    if (release.state !== 'Failed')
        return undefined;
    const later = (0, deploy_guards_js_1.laterDeploy)(release, await ports.store.listReleases());
    return later ? (0, deploy_guards_js_1.retryRefusedMessage)(release, later) : undefined;
}
/**
 * Why the merged pull request's head is not the commit the release was approved at; undefined when it is. The gate
 * judges a push after the approval only while the pull request is open: a push merged at once (branch protection off,
 * an admin's bypass) reached the base branch unjudged. An Approved release moves back to Pending Approval, the move the
 * lifecycle has for "a new push dismissed the approval", which is what happened: it did not deploy, so it is no failed
 * deployment, and the board shows what it lacks. A release past Approved is refused and left as it is.
 */
async function unapprovedHead(release, pr, ports, actor) {
    // changeSetCommit is the head the gate last read the pull request at; an Approved record's last verdict passed there.
    const verdict = (0, deploy_guards_js_1.checkApprovedHead)({
        mergedHead: pr.head.sha,
        gatePassedAt: release.changeSetCommit,
        approvals: release.approvals,
    });
    if (verdict.ok) {
        if (verdict.basis === 'none') {
            ports.log.info(`release ${release.id}: its record names neither the head its gate judged nor an approved commit (a record written before gitopshq kept them, under a policy that needs no approval), so the merged head ${pr.head.sha.slice(0, 7)} is not compared`);
        }
        return undefined;
    }
    const message = (0, deploy_guards_js_1.unapprovedHeadMessage)(release, pr.number, pr.head.sha, verdict.approvedAt);
    if (release.state === 'Approved') {
        await ports.store.transitionRelease(release.id, 'PendingApproval', {
            actor,
            note: `deploy refused: merged head ${pr.head.sha.slice(0, 7)} is not the approved commit`,
            patch: { approvalMissing: [`an approval of the merged head ${pr.head.sha.slice(0, 7)}`] },
        });
    }
    return message;
}
/**
 * The commit holding the policy the gate judged the release by: the base branch as it was just before the merge. A
 * merge commit's first parent, and a squash's only parent, are that tip. A rebase merge copies the pull request's
 * commits one by one onto it, so the copies (same message, author and author date as the originals GitHub lists)
 * are walked back over: an earlier copy holds the pull request's own files, gitopshq.yaml included. `missing`: why
 * none was found.
 */
async function policyCommit(ref, pr, ports) {
    const lacking = (sha) => ({
        missing: `the checkout lacks commit ${sha.slice(0, 7)} (the merge's base, where the policy the gate judged by is read): check it out with fetch-depth: 0`,
    });
    const merge = await ports.source.commit(ref);
    if (!merge)
        return lacking(ref);
    const first = merge.parents[0];
    if (first === undefined) {
        return { missing: `commit ${ref.slice(0, 7)} has no parent: no policy preceded it, so it is no merge` };
    }
    if (merge.parents.length > 1)
        return { sha: first };
    const originals = await ports.github.listPullRequestCommits(pr.number);
    const last = originals.at(-1);
    if (last === undefined || !(0, deploy_guards_js_1.isRebasedCopy)(merge, last))
        return { sha: first };
    let at = first;
    for (const original of originals.slice(0, -1).reverse()) {
        const commit = await ports.source.commit(at);
        if (!commit)
            return lacking(at);
        if (!(0, deploy_guards_js_1.isRebasedCopy)(commit, original))
            break;
        const parent = commit.parents[0];
        if (parent === undefined)
            break;
        at = parent;
    }
    return { sha: at };
}


/***/ }),

/***/ 98877:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_UNHINTED_LOOKUPS = void 0;
exports.findRelease = findRelease;
exports.deployingNote = deployingNote;
// Which release a deploy is about: the one named by release-id, else the one whose pull request merged as the pushed
// commit, found even while GitHub has not linked that commit to its pull request yet. Split from deploy.ts, which
// deploys what this finds. Flow: docs/architecture.md#release-lifecycle.
const closed_pull_request_js_1 = __webpack_require__(79536);
const merge_commit_js_1 = __webpack_require__(57344);
/**
 * Without a hint, at most this many pull requests are asked what they merged as. Each call is one more chance of a
 * rate limit, and Approved records may pile up: approve-gate cancels the release of a pull request closed without
 * merging, but only where its workflow runs on `closed` (an older copy of the template does not), and otherwise
 * nothing on the record says it closed (knowing would take a call per release, the cost this bound avoids).
 */
exports.MAX_UNHINTED_LOOKUPS = 5;
async function findRelease(req, ports) {
    if (req.releaseId !== undefined) {
        const release = await ports.store.getRelease(req.releaseId);
        return release ? { release } : `release ${req.releaseId} does not exist`;
    }
    if (req.sha === undefined)
        return 'no release-id and no pushed commit: say which release to deploy';
    const pr = await ports.github.findPullRequestForMergeCommit(req.sha);
    const records = await ports.store.listReleases();
    if (pr) {
        // A PR closed unmerged and reopened names a Cancelled release and a live one: the live one merged.
        const found = (0, closed_pull_request_js_1.releaseOfPullRequest)(records, pr.number);
        return found
            ? { release: found, pr }
            : `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
    }
    return findUnlinkedMerge(req.sha, records, ports);
}
/**
 * GitHub links a merge commit to its pull request a moment after the merge (read-after-write lag), so the push that
 * merged a release may find no pull request yet: skipping it would leave the release undeployed with a green run.
 * The commit says which pull request it merged (its message, its merged parent) and the record keeps each
 * release's pull request: one call confirms. Only a merge that names none (a rebase merge, an edited message) asks
 * the releases awaiting their merge, newest first and at most MAX_UNHINTED_LOOKUPS of them: a release merges soon
 * after its approval, so the one that merged now is among the last approved.
 */
async function findUnlinkedMerge(sha, records, ports) {
    const asked = new Set();
    // The message is untrusted (anyone can write "(#12)"): only the pull request's own answer decides.
    const mergedHere = async (r) => {
        const n = r.pullRequest?.number;
        if (n === undefined || asked.has(n))
            return undefined;
        asked.add(n);
        const own = await ports.github.getPullRequest(n);
        return own.merged && own.mergeCommitSha === sha ? { release: r, pr: own } : undefined;
    };
    // A re-run after a failure half-way: the record says its deploy of this very commit began.
    const note = deployingNote(sha);
    const began = records.filter((r) => ['Deploying', 'Failed'].includes(r.state) &&
        r.history.some((h) => h.state === 'Deploying' && h.note === note));
    const commit = await ports.source.commit(sha);
    for (const r of [...began, ...(commit ? (0, merge_commit_js_1.hintedReleases)(commit, records) : [])]) {
        const found = await mergedHere(r);
        if (found)
            return found;
    }
    const awaiting = (0, merge_commit_js_1.newestFirst)(records.filter((r) => r.state === 'Approved' && r.pullRequest && !asked.has(r.pullRequest.number)));
    for (const r of awaiting.slice(0, exports.MAX_UNHINTED_LOOKUPS)) {
        const found = await mergedHere(r);
        if (found)
            return found;
    }
    const nothing = `commit ${sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
    const unasked = awaiting.length - exports.MAX_UNHINTED_LOOKUPS;
    if (unasked <= 0)
        return nothing;
    return `${nothing} (GitHub has not linked it to a pull request yet and its message names none: asked the ${exports.MAX_UNHINTED_LOOKUPS} releases approved last, not ${unasked} older Approved one(s); if one of them merged as ${sha.slice(0, 7)}, re-run this deploy or deploy it by its release id)`;
}
/** The note of a release's move to Deploying: names the commit, so a re-run on the same push finds it. */
function deployingNote(ref) {
    return `deploying ${ref.slice(0, 7)}`;
}


/***/ }),

/***/ 79377:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_UNHINTED_LOOKUPS = exports.RELEASE_TRAILER = exports.RELEASE_ANNOTATION = void 0;
exports.annotate = annotate;
exports.deploy = deploy;
exports.ensureDeployment = ensureDeployment;
const deploy_guards_js_1 = __webpack_require__(28060);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const layout_js_1 = __webpack_require__(89128);
const normalize_js_1 = __webpack_require__(12991);
const types_js_1 = __webpack_require__(74785);
const deploy_checks_js_1 = __webpack_require__(36599);
const deploy_find_js_1 = __webpack_require__(98877);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
/** The annotation every deployed object carries: which release put it there. */
exports.RELEASE_ANNOTATION = 'gitopshq.io/release';
/** The commit trailer on the deploy branch naming the release a commit deploys (rollback.ts has its own). */
exports.RELEASE_TRAILER = 'Gitopshq-Release';
var deploy_find_js_2 = __webpack_require__(98877);
Object.defineProperty(exports, "MAX_UNHINTED_LOOKUPS", ({ enumerable: true, get: function () { return deploy_find_js_2.MAX_UNHINTED_LOOKUPS; } }));
/** Adds the release annotation to every object, leaving everything else as rendered. */
function annotate(manifests, releaseId) {
    return manifests.map((m) => {
        const metadata = (m.object.metadata ?? {});
        const annotations = (metadata.annotations ?? {});
        const object = {
            ...m.object,
            metadata: { ...metadata, annotations: { ...annotations, [exports.RELEASE_ANNOTATION]: releaseId } },
        };
        return { ...m, object };
    });
}
/** The deploy step of one release. */
async function deploy(req, ports, clock = deps_js_1.systemClock) {
    const { github, store, log } = ports;
    const found = await (0, deploy_find_js_1.findRelease)(req, ports);
    if (typeof found === 'string') {
        // A push that merged something other than a release is not an error: deploy runs on every push to main.
        if (req.releaseId === undefined)
            return (0, result_js_1.pending)(found);
        return (0, result_js_1.failed)({ kind: 'usage', message: found });
    }
    const { release } = found;
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    if (req.environment !== undefined && req.environment !== env) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${id} is for ${env}, not ${req.environment}` });
    }
    if (['Deployed', 'Synced', 'Healthy'].includes(release.state)) {
        log.info(`release ${id} is already ${release.state} (${release.deploy?.commit ?? 'no commit'}): nothing to do`);
        return (0, result_js_1.succeeded)({
            ...base,
            unchanged: true,
            ...(release.deploy
                ? {
                    deployCommit: release.deploy.commit,
                    deploymentId: release.deploy.deploymentId,
                    branch: release.deploy.branch,
                }
                : {}),
        });
    }
    if (!['Approved', 'Deploying', 'Failed'].includes(release.state)) {
        return (0, result_js_1.failed)({
            message: `release ${id} is ${release.state}: only an Approved release deploys (a Failed one may be retried)`,
        });
    }
    const refused = await (0, deploy_checks_js_1.retryRefusal)(release, ports);
    if (refused)
        return (0, result_js_1.failed)({ message: refused }, { value: base });
    // GitHub's answer now, not the record's word: what merged, as which commit, at which head.
    const pr = found.pr ?? (release.pullRequest ? await github.getPullRequest(release.pullRequest.number) : undefined);
    const ref = req.sha ?? (pr?.merged ? (pr.mergeCommitSha ?? undefined) : undefined);
    if (pr === undefined || ref === undefined) {
        return (0, result_js_1.failed)({ message: `release ${id} has no merged pull request: merge it first` });
    }
    const unapproved = await (0, deploy_checks_js_1.unapprovedHead)(release, pr, ports, req.actor);
    if (unapproved) {
        const now = (await store.getRelease(id))?.state ?? release.state;
        return (0, result_js_1.failed)({ message: unapproved }, { value: { ...base, state: now } });
    }
    const policy = await (0, deploy_checks_js_1.policyCommit)(ref, pr, ports);
    if ('missing' in policy)
        return (0, result_js_1.failed)({ message: `release ${id} is not deployed: ${policy.missing}` });
    try {
        return await openAndDeploy(req, ports, clock, release, { ref, policyRef: policy.sha });
    }
    catch (e) {
        if (!(e instanceof errors_js_1.ValidationError))
            throw e;
        // The repository at the merge commit does not load: the deploy began and failed (never a silent Approved).
        const now = await store.getRelease(id);
        if (now?.state === 'Approved')
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: (0, deploy_find_js_1.deployingNote)(ref),
            });
        const moved = await store.transitionRelease(id, 'Failed', {
            actor: req.actor,
            note: `validation error at ${ref.slice(0, 7)}: ${e.message}`,
        });
        return (0, result_js_1.failed)({ message: `release ${id} failed to deploy: ${e.message}`, findings: e.findings }, { value: { ...base, state: moved.state } });
    }
}
async function openAndDeploy(req, ports, clock, release, at) {
    const { github, store, log } = ports;
    const { ref, policyRef } = at;
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    return ports.source.open(ref, policyRef, async (repo) => {
        if (release.state !== 'Deploying') {
            // Every environment the release reaches: its own, and each one a shared layer it changes ships to.
            const now = clock.now();
            const message = (0, deploy_guards_js_1.freezeHold)(release, (e) => (0, freeze_js_1.freezeStatus)(repo.freezes, e, now));
            if (message !== undefined) {
                log.warning(message);
                return (0, result_js_1.pending)(message, { value: base });
            }
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: (0, deploy_find_js_1.deployingNote)(ref),
            });
        }
        const branch = repo.deployBranch(env);
        const fail = async (message, findings = [], deploymentId) => {
            if (deploymentId !== undefined) {
                await github.createDeploymentStatus(deploymentId, {
                    state: 'failure',
                    description: message.slice(0, 140),
                    ...(req.runUrl ? { logUrl: req.runUrl } : {}),
                });
            }
            const moved = await store.transitionRelease(id, 'Failed', { actor: req.actor, note: message });
            return (0, result_js_1.failed)({
                message: `release ${id} failed to deploy: ${message}`,
                findings: findings.map((f) => ({
                    file: f.file ?? 'gitopshq.yaml',
                    line: f.line ?? 1,
                    col: f.col ?? 1,
                    message: (0, types_js_1.formatRenderFinding)(f),
                    severity: f.severity,
                })),
            }, { value: { ...base, state: moved.state, ...(branch ? { branch } : {}) } });
        };
        if (branch === undefined) {
            return fail(`environment ${env} is not in gitopshq.yaml at ${policyRef.slice(0, 7)}, the base the release merged onto and the policy its gate judged by: no deploy branch to write to`);
        }
        const targets = repo.targets(release);
        if (targets.length === 0)
            return fail(`no target of ${release.workload} in ${env} to deploy`);
        const paths = targets.map((t) => (0, layout_js_1.manifestFile)(t.tenant, t.workload));
        let commit = await earlierCommit(ports, branch, id, paths);
        let files = [];
        if (commit === undefined) {
            const sets = await log.group(`Render ${targets.length} target(s) at ${ref.slice(0, 7)}`, () => repo.render(targets));
            const problems = sets.flatMap((s) => s.findings.filter((f) => f.severity === 'error'));
            if ((0, types_js_1.hasErrors)(problems) || sets.some((s) => s.manifests.length === 0)) {
                const first = problems[0];
                const cause = first ? (0, types_js_1.formatRenderFinding)(first) : 'a target rendered no objects';
                return fail(`render failed: ${cause}`, problems);
            }
            const writes = sets.map((s) => ({
                path: (0, layout_js_1.manifestFile)(s.target.tenant, s.target.workload),
                content: (0, normalize_js_1.stringifyManifests)(annotate(s.manifests, id)),
            }));
            files = writes.map((w) => w.path);
            const message = `deploy ${id} to ${env}\n\n${release.title}\n\n${exports.RELEASE_TRAILER}: ${id}\n`;
            try {
                commit = await ports.branches.write(branch, writes, message, clock.now());
            }
            catch (e) {
                return fail(`push to ${branch} refused: ${e instanceof Error ? e.message : String(e)}`);
            }
            log.info(`committed ${files.length} file(s) to ${branch} as ${commit.slice(0, 7)}`);
        }
        const deploymentId = await ensureDeployment(github, { env, commit, id, branch });
        await github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `release ${id} on ${branch}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
        const done = await store.transitionRelease(id, 'Deployed', {
            actor: req.actor,
            note: `deployed as ${commit.slice(0, 7)} on ${branch}`,
            patch: { deploy: { commit, deploymentId, branch } },
        });
        return (0, result_js_1.succeeded)({ ...base, state: done.state, deployCommit: commit, deploymentId, branch, files });
    });
}
/**
 * The commit an earlier run of this release left on the branch (a run killed after its push), reused only while the
 * branch still holds its content for the release's files: when a later release wrote them since, reusing it would
 * record this release as running while the branch runs the other, so the caller renders and writes anew.
 */
async function earlierCommit(ports, branch, id, paths) {
    const found = await ports.branches.findCommit(branch, exports.RELEASE_TRAILER, id);
    if (found === undefined)
        return undefined;
    const tip = await ports.branches.tip(branch);
    if (tip !== found) {
        const [mine, now] = await Promise.all([
            ports.branches.readFiles(found, paths),
            tip === undefined ? paths.map(() => undefined) : ports.branches.readFiles(tip, paths),
        ]);
        if (mine.some((content, i) => content !== now[i])) {
            ports.log.info(`${branch} has ${found.slice(0, 7)} for ${id} from an earlier run, but later commits changed its files: writing anew`);
            return undefined;
        }
    }
    ports.log.info(`${branch} already has ${found.slice(0, 7)} for ${id} (an earlier run): reusing it`);
    return found;
}
/** The Deployment of this commit in this environment: the one an earlier run made, else a new one, in progress. */
async function ensureDeployment(github, d) {
    const existing = (await github.listDeployments({ environment: d.env, sha: d.commit }))[0];
    if (existing)
        return existing.id;
    const created = await github.createDeployment({
        ref: d.commit,
        environment: d.env,
        task: d.task ?? 'deploy',
        description: `release ${d.id}`,
        payload: { release: d.id, branch: d.branch },
        requiredContexts: [],
    });
    await github.createDeploymentStatus(created.id, { state: 'in_progress', description: `release ${d.id}` });
    return created.id;
}
/** What a deploy reports before it has done anything: the release as found. */
function startValue(release) {
    return {
        releaseId: release.id,
        environment: release.environment,
        state: release.state,
        files: [],
        unchanged: false,
    };
}


/***/ }),

/***/ 98678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLLBACK_TRAILER = void 0;
exports.rollback = rollback;
// rollback: puts an earlier release's manifests back on the environment's deploy branch, exactly as they were
// deployed (read from the deploy branch at that release's deploy commit, byte for byte, never re-rendered), as a new
// commit; marks the release running for each tenant rolled back Rolled Back with who, when and why; and opens a pull
// request on main that restores the earlier release's values, so the next deploy cannot bring the bad change back.
// Tenants: only the tenants asked for (default: those the earlier release deployed) are rewritten, and a release
// that still runs for a tenant left out is refused rather than recorded as Rolled Back.
// Each write is found again on a re-run (trailers on the commits, the PR by its branch), so a killed run converges.
// Flow: docs/architecture.md#release-lifecycle.
const layout_js_1 = __webpack_require__(89128);
const rollback_target_js_1 = __webpack_require__(51742);
const release_edit_js_1 = __webpack_require__(55757);
const deploy_js_1 = __webpack_require__(79377);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
exports.ROLLBACK_TRAILER = 'Gitopshq-Rollback-Of';
async function rollback(req, ports, clock = deps_js_1.systemClock) {
    const { store, branches, log } = ports;
    const records = await store.listReleases();
    const target = records.find((r) => r.id === req.to);
    if (!target)
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.to} does not exist` });
    const deployed = target.deploy;
    if (!deployed)
        return (0, result_js_1.failed)({ message: `release ${req.to} has no recorded deploy commit to go back to` });
    const branch = deployed.branch;
    const all = await manifestsOf(branches, target);
    const plan = planRollback(records, target, req, all);
    if (!plan.ok)
        return (0, result_js_1.failed)({ kind: 'usage', message: `cannot roll back to ${req.to}: ${plan.reason}` });
    const { files, rolled } = plan;
    const key = rolled[0]?.id ?? '';
    let commit = await branches.findCommit(branch, exports.ROLLBACK_TRAILER, key);
    if (commit === undefined) {
        const contents = await branches.readFiles(deployed.commit, files);
        const writes = files.map((path, i) => ({ path, content: contents[i] ?? '' }));
        const of = rolled.map((r) => r.id).join(', ');
        const trailers = rolled.map((r) => `${exports.ROLLBACK_TRAILER}: ${r.id}\n`).join('');
        const message = `roll back ${of} to ${req.to} in ${req.environment}\n\n${req.reason}\n\n${trailers}Gitopshq-Rollback-To: ${req.to}\n`;
        commit = await branches.write(branch, writes, message, clock.now());
        log.info(`restored ${files.length} file(s) of ${req.to} on ${branch} as ${commit.slice(0, 7)}`);
    }
    let deploymentId;
    if (ports.github) {
        deploymentId = await (0, deploy_js_1.ensureDeployment)(ports.github, { env: req.environment, commit, id: req.to, branch });
        await ports.github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `rolled back to ${req.to}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
    }
    const note = `rolled back to ${req.to} by ${req.actor}: ${req.reason}`;
    let state = rolled[0]?.state ?? 'RolledBack';
    for (const current of rolled) {
        if (current.state === 'RolledBack')
            continue;
        const moved = await store.transitionRelease(current.id, 'RolledBack', {
            actor: req.actor,
            note,
            patch: { rolledBackTo: req.to },
        });
        if (current.id === key)
            state = moved.state;
    }
    const tenants = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : target.tenants;
    const values = await restoreValues(req, ports, target, key, tenants, clock);
    return (0, result_js_1.succeeded)({
        releaseId: key,
        environment: req.environment,
        state,
        deployCommit: commit,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        branch,
        files,
        unchanged: false,
        rolledBack: key,
        rolledBackReleases: rolled.map((r) => r.id),
        ...values,
    });
}
/**
 * What a rollback to `target` rewrites and records: the target's manifests of the tenants asked for (default: all
 * it deployed), and per tenant the release running there now, each to be marked Rolled Back. A release that also
 * runs for a tenant left out is refused rather than marked: its record would say Rolled Back while it still runs.
 * On a re-run, the releases already Rolled Back to the target for those tenants stand in, so it converges.
 */
function planRollback(records, target, req, all) {
    const base = { workload: target.workload, environment: req.environment };
    const tenantOf = (path) => path.split('/')[0] ?? '';
    // Every tenant the workload runs for, and those of them the target deployed (all, for an all-tenant release).
    const known = [...new Set(all.map(tenantOf))].filter((t) => t !== layout_js_1.NO_TENANT);
    const deployedTenants = target.tenants.length > 0 ? known.filter((t) => target.tenants.includes(t)) : known;
    const asked = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : deployedTenants;
    const missing = asked.filter((t) => !deployedTenants.includes(t));
    if (missing.length > 0) {
        return {
            ok: false,
            reason: `release ${target.id} deployed no manifests of ${target.workload} for tenant ${missing.join(', ')} (it deployed ${deployedTenants.join(', ') || 'no tenant'})`,
        };
    }
    const files = all.filter((p) => asked.length === 0 ? target.tenants.length === 0 : asked.includes(tenantOf(p)));
    if (files.length === 0) {
        return {
            ok: false,
            reason: `release ${target.id} has no manifests of ${target.workload} on its deploy commit`,
        };
    }
    const scopes = asked.length === 0 ? [base] : asked.map((tenant) => ({ ...base, tenant }));
    const rolled = new Map();
    let firstRefusal;
    for (const scope of scopes) {
        if ((0, rollback_target_js_1.runningRelease)(records, scope)?.id === target.id)
            continue;
        const check = (0, rollback_target_js_1.checkRollbackTo)(records, scope, req.to, { allowUnverified: req.allowUnverified === true });
        if (!check.ok)
            return check;
        rolled.set(check.current.id, check.current);
    }
    for (const current of rolled.values()) {
        // Tenants left out that this release still runs for: marking it Rolled Back would make its record lie there.
        const covers = current.tenants.length > 0 ? current.tenants : known;
        const elsewhere = covers.filter((t) => !asked.includes(t) && (0, rollback_target_js_1.runningRelease)(records, { ...base, tenant: t })?.id === current.id);
        if (asked.length > 0 && elsewhere.length > 0) {
            firstRefusal ??= `release ${current.id} also runs for tenant ${elsewhere.join(', ')}, which this rollback leaves alone (it covers ${asked.join(', ')}): roll back all of its tenants together, to a release deployed for each of them`;
        }
    }
    if (firstRefusal !== undefined)
        return { ok: false, reason: firstRefusal };
    if (rolled.size === 0) {
        // Nothing runs that is not the target: a re-run after the records moved finishes what it left undone. Only
        // the rollback since the last deploy counts, not an earlier rollback to the same release.
        const touches = (r) => r.workload === target.workload &&
            r.environment === req.environment &&
            (asked.length === 0 || r.tenants.length === 0 || r.tenants.some((t) => asked.includes(t)));
        const lastDeploy = records
            .filter((r) => r.id !== target.id && touches(r))
            .flatMap((r) => r.history.filter((h) => h.state === 'Deployed').map((h) => h.at))
            .sort()
            .at(-1) ?? '';
        for (const r of records) {
            if (r.state !== 'RolledBack' || r.rolledBackTo !== target.id || !touches(r))
                continue;
            if ((r.history.findLast((h) => h.state === 'RolledBack')?.at ?? '') >= lastDeploy)
                rolled.set(r.id, r);
        }
        if (rolled.size === 0) {
            const where = `${target.workload} in ${req.environment}`;
            return {
                ok: false,
                reason: `release ${target.id} is what runs for ${where} now; pick an earlier release`,
            };
        }
    }
    const sorted = [...rolled.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { ok: true, files, rolled: sorted };
}
/** The manifests files of the target release's workload, every tenant's, on the deploy branch at its commit. */
async function manifestsOf(branches, target) {
    const all = await branches.list(target.deploy?.commit ?? '');
    return all.filter((p) => {
        const [, workload, file, extra] = p.split('/');
        return extra === undefined && file === 'manifests.yaml' && workload === target.workload;
    });
}
/** A PR on main putting back the values files of the target release's environment as of its merge. */
async function restoreValues(req, ports, target, currentId, tenants, clock) {
    const { pulls, valuesRepo, log } = ports;
    if (!pulls)
        return { valuesNote: 'no GitHub token: the values pull request could not be opened' };
    const mergedAs = target.pullRequest
        ? (await pulls.getPullRequest(target.pullRequest.number)).mergeCommitSha
        : null;
    if (!mergedAs)
        return { valuesNote: `release ${target.id} has no merged pull request to read its values from` };
    const main = req.mainBranch ?? 'main';
    const branch = `gitopshq/rollback/${currentId}`;
    const open = await pulls.findOpenPullRequest(branch);
    if (open)
        return { valuesPullRequest: { number: open.number, url: open.url } };
    const mainTip = await valuesRepo.tip(main);
    if (!mainTip)
        return { valuesNote: `branch ${main} not found` };
    const [workloadYaml] = await valuesRepo.readFiles(mergedAs, [(0, layout_js_1.workloadFile)(target.workload)]);
    const paths = (0, release_edit_js_1.releaseEditFiles)(target.workload, workloadYaml, req.environment, tenants);
    const [then, now] = await Promise.all([
        valuesRepo.readFiles(mergedAs, paths),
        valuesRepo.readFiles(mainTip, paths),
    ]);
    const writes = paths.flatMap((path, i) => then[i] !== undefined && then[i] !== now[i] ? [{ path, content: then[i] }] : []);
    if (writes.length === 0)
        return { valuesNote: `${main} already has the values of ${target.id}` };
    const message = `${target.workload}: restore the values of ${target.id} in ${req.environment}\n\nRolled back ${currentId}: ${req.reason}\n`;
    if ((await valuesRepo.findCommit(branch, exports.ROLLBACK_TRAILER, currentId)) === undefined) {
        await valuesRepo.write(branch, writes, `${message}\n${exports.ROLLBACK_TRAILER}: ${currentId}\n`, clock.now(), mainTip);
    }
    const pr = await pulls.createPullRequest({
        head: branch,
        base: main,
        title: `${target.workload}: restore ${target.id} values in ${req.environment} (rollback of ${currentId})`,
        body: [
            `${currentId} was rolled back to ${target.id} in ${req.environment} by ${req.actor}: ${req.reason}.`,
            '',
            `Merge this so the next deploy of ${target.workload} does not bring the rolled-back change back.`,
            '',
            ...writes.map((w) => `- \`${w.path}\``),
        ].join('\n'),
    });
    log.info(`opened #${pr.number} restoring the values of ${target.id}`);
    return { valuesPullRequest: { number: pr.number, url: pr.url } };
}


/***/ })

};
