export const id = 6212;
export const ids = [6212];
export const modules = {

/***/ 10183:
/***/ ((__unused_webpack_module, exports) => {


// The one place that turns a path named by the repository (a values file, a chart folder, a kustomization's
// `resources:` entry, a file inside a templates folder) into a file to read. Everything the generator, the
// validator and preview read comes from a pull request, so a path or a symbolic link that leaves the repository
// is refused, never followed: `values/dev/acme.yaml -> /proc/self/environ` would otherwise land in the PR
// comment. Symbolic links that stay inside the repository are followed (a chart's `charts/common ->
// ../../common` is a common layout). See docs/architecture.md#layers: the logic is here, the file system is
// passed in (state and render each hand it node's `fs` and `path`), so every reader applies the same rule.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RepoPaths = void 0;
exports.outsideMessage = outsideMessage;
class RepoPaths {
    io;
    /** The root as given (callers build their paths from it) and as it really is (tmp may be a link). */
    root;
    realRoot;
    constructor(root, io) {
        this.io = io;
        this.root = io.path.resolve(root);
        this.realRoot = this.tryRealpath(this.root) ?? this.root;
    }
    toPosix(p) {
        return p.split(this.io.path.sep).join('/');
    }
    /** Repo-relative, `/`-separated form of an absolute path under the root (given or real). */
    relative(abs) {
        const { relative } = this.io.path;
        const fromReal = relative(this.realRoot, abs);
        const r = this.isInside(fromReal) ? fromReal : relative(this.root, abs);
        return this.toPosix(r);
    }
    /**
     * Resolves `path` (relative to `from`, an absolute folder inside the repository, default the root) and
     * checks every component: a `..` that climbs out, or a symbolic link whose target is outside, is `outside`.
     */
    resolve(path, from = this.root) {
        const { fs } = this.io;
        const { dirname, join, resolve } = this.io.path;
        const lexical = resolve(from, path);
        const rel = this.relative(lexical);
        if (!this.isInside(rel) && rel !== '') {
            const named = this.toPosix(path);
            return { kind: 'outside', rel: named, via: named, reason: 'is outside the repository' };
        }
        let cur = this.realRoot;
        let walked = '';
        for (const seg of rel === '' ? [] : rel.split('/')) {
            walked = walked ? `${walked}/${seg}` : seg;
            const next = join(cur, seg);
            const st = fs.lstatSync(next, { throwIfNoEntry: false });
            if (!st)
                return { kind: 'missing', rel };
            if (!st.isSymbolicLink()) {
                cur = next;
                continue;
            }
            const real = this.tryRealpath(next);
            const landing = real ?? resolve(dirname(next), this.safeReadlink(next));
            if (!this.containsReal(landing)) {
                return {
                    kind: 'outside',
                    rel,
                    via: walked,
                    reason: walked === rel
                        ? 'is a symbolic link to a path outside the repository'
                        : `is reached through ${walked}, a symbolic link to a path outside the repository`,
                };
            }
            if (real === undefined)
                return { kind: 'missing', rel };
            cur = real;
        }
        const st = fs.statSync(cur, { throwIfNoEntry: false });
        if (!st)
            return { kind: 'missing', rel };
        return { kind: st.isDirectory() ? 'dir' : 'file', abs: cur, rel };
    }
    /**
     * Every regular file under the folder `abs` (`.git` skipped), following symbolic links that stay inside
     * the repository, refusing those that leave, each real folder listed once (a link back up cannot loop).
     */
    listTree(abs) {
        const out = { files: [], refused: [] };
        const top = this.resolve(abs);
        if (top.kind === 'outside') {
            out.refused.push({ rel: top.via, reason: top.reason });
            return out;
        }
        if (top.kind !== 'dir')
            return out;
        const seen = new Set();
        const walk = (real, prefix) => {
            if (seen.has(real))
                return;
            seen.add(real);
            const entries = this.io.fs
                .readdirSync(real, { withFileTypes: true })
                .sort((a, b) => (a.name < b.name ? -1 : 1));
            for (const e of entries) {
                if (e.name === '.git')
                    continue;
                const rel = prefix ? `${prefix}/${e.name}` : e.name;
                const full = this.io.path.join(real, e.name);
                if (e.isDirectory())
                    walk(full, rel);
                else if (e.isFile())
                    out.files.push({ rel, abs: full });
                else if (e.isSymbolicLink()) {
                    const r = this.resolve(full);
                    if (r.kind === 'outside')
                        out.refused.push({ rel: this.relative(full), reason: r.reason });
                    else if (r.kind === 'dir')
                        walk(r.abs, rel);
                    else if (r.kind === 'file')
                        out.files.push({ rel, abs: r.abs });
                }
            }
        };
        walk(top.abs, '');
        return out;
    }
    containsReal(abs) {
        const r = this.io.path.relative(this.realRoot, abs);
        return r === '' || this.isInside(r);
    }
    isInside(rel) {
        const { sep, isAbsolute } = this.io.path;
        return (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith('../') && !isAbsolute(rel));
    }
    tryRealpath(p) {
        try {
            return this.io.fs.realpathSync(p);
        }
        catch {
            return undefined;
        }
    }
    safeReadlink(p) {
        try {
            return this.io.fs.readlinkSync(p);
        }
        catch {
            return p;
        }
    }
}
exports.RepoPaths = RepoPaths;
/** The sentence a finding carries: the file named, what is wrong, what to do; never the file's content. */
function outsideMessage(r, what = 'file') {
    return `${r.rel} ${r.reason}: the ${what} is not read; replace the link with the ${what} itself, inside the repository`;
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
