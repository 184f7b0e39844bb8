export const id = 3776;
export const ids = [3776];
export const modules = {

/***/ 66452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackReadiness = rollbackReadiness;
exports.promotionChecklist = promotionChecklist;
const lifecycle_js_1 = __webpack_require__(46788);
const promotion_override_js_1 = __webpack_require__(61926);
const rollback_target_js_1 = __webpack_require__(51742);
const LIVE = new Set(['Deployed', 'Synced', 'Healthy']);
/** For each tenant the wave reaches (none: the environment layer), what a rollback there would go back to. */
function rollbackReadiness(records, workload, environment, tenants) {
    const scopes = tenants.length === 0 ? [undefined] : tenants;
    return scopes.map((tenant) => {
        const scope = { workload, environment, ...(tenant === undefined ? {} : { tenant }) };
        const running = (0, rollback_target_js_1.runningRelease)(records, scope);
        const at = tenant === undefined ? {} : { tenant };
        if (running === undefined)
            return at;
        const shown = { id: running.id, state: running.state };
        // What runs now is what a rollback of the new release restores, when it is itself sound.
        if (LIVE.has(running.state))
            return { ...at, running: shown, target: running.id };
        const earlier = (0, rollback_target_js_1.defaultRollbackTarget)(records, scope);
        return { ...at, running: shown, ...(earlier ? { target: earlier.id } : {}) };
    });
}
const few = (xs, n = 5) => xs.length <= n ? xs.join(', ') : `${xs.slice(0, n).join(', ')} and ${xs.length - n} more`;
function promotionChecklist(input) {
    const { source, plan, freeze } = input;
    const items = [];
    const health = source.health;
    const stateOk = source.state === 'Healthy';
    const verdictOk = health === undefined || health.status === 'Healthy';
    items.push({
        id: 'source-healthy',
        label: `${source.id} is Healthy in ${source.environment}`,
        ok: stateOk && verdictOk,
        detail: !stateOk
            ? `it is ${lifecycle_js_1.STATE_LABELS[source.state]}: only a Healthy release is promoted (verify-health moves it there)`
            : !verdictOk
                ? `its latest health verdict is ${health?.status} (${health?.message}): run verify-health again once it is Healthy`
                : health === undefined
                    ? 'Healthy'
                    : `Healthy (verify-health, ${health.source}, ${health.checkedAt})`,
    });
    items.push({
        id: 'no-drift',
        label: 'no drift in the source environment',
        ok: health !== undefined && !health.drift,
        detail: health === undefined
            ? 'no health verdict is recorded, so drift is unknown: run verify-health on the release first'
            : health.drift
                ? `live objects differ from the deployed manifests (${driftNames(health)}): resolve the drift first`
                : `none at ${health.checkedAt}`,
    });
    const missing = input.rollback.filter((r) => r.running !== undefined && r.target === undefined);
    const first = input.rollback.filter((r) => r.running === undefined);
    const covered = input.rollback.filter((r) => r.target !== undefined);
    const where = (r) => r.tenant ?? input.to;
    items.push({
        id: 'rollback-target',
        label: `a rollback target in ${input.to}`,
        ok: missing.length === 0,
        detail: missing.length > 0
            ? `no release to roll back to for ${few(missing.map((r) => `${where(r)} (running ${r.running?.id} is ${lifecycle_js_1.STATE_LABELS[r.running?.state ?? 'Failed']})`))}: fix forward there first`
            : [
                covered.length > 0 ? `${few(covered.map((r) => `${where(r)} -> ${r.target}`))}` : '',
                // The first release in an environment has nothing to go back to: allowed, and said.
                first.length > 0
                    ? `first release for ${few(first.map(where))}: nothing ran there before, so a failure is rolled forward or removed`
                    : '',
            ]
                .filter((s) => s !== '')
                .join('; '),
    });
    const orderRefused = !plan.ok && plan.check === 'order';
    items.push({
        id: 'order',
        label: `${input.to} is the next environment after ${source.environment}`,
        ok: !orderRefused,
        detail: orderRefused ? plan.reason : 'environments go in the order of gitopshq.yaml',
    });
    items.push(freezeItem(input.to, freeze, input.breakGlass));
    const waveRefused = !plan.ok && plan.check === 'wave';
    const skipped = plan.ok ? (plan.skipped ?? []) : [];
    const skip = input.skip;
    const skipRefused = skipped.length > 0 && skip?.verdict.ok !== true;
    items.push({
        id: 'wave',
        label: 'the previous wave is Healthy',
        ok: (plan.ok && !skipRefused) || orderRefused,
        detail: waveRefused
            ? plan.reason
            : plan.ok
                ? skipRefused
                    ? skip?.verdict.ok === false
                        ? skip.verdict.reason
                        : `skipping ${(0, promotion_override_js_1.skippedText)(skipped)} needs skip-waves with a reason`
                    : `wave ${plan.wave}${plan.tenants.length > 0 ? ` (${few(plan.tenants)})` : ' (the environment layer)'}${plan.next ? `; then wave ${plan.next.wave}` : '; the last wave'}${skipped.length > 0 && skip?.verdict.ok ? `; SKIPS ${(0, promotion_override_js_1.skippedText)(skipped)} on purpose (${skip.verdict.permission}): "${skip.reason.trim()}"` : ''}`
                : 'not checked: the target environment is refused',
    });
    return { ok: items.every((i) => i.ok), items };
}
function driftNames(health) {
    const drifted = (health.resources ?? []).filter((r) => r.drift).map((r) => `${r.kind}/${r.name}`);
    return drifted.length > 0 ? few(drifted) : health.message;
}
function freezeItem(to, freeze, breakGlass) {
    const label = `${to} is not frozen`;
    if (!freeze.frozen)
        return { id: 'freeze', label, ok: true, detail: 'no freeze in force' };
    const until = freeze.untilLocal ?? 'further notice';
    const names = freeze.active.map((a) => a.name).join(', ');
    const closed = freeze.active.filter((a) => !a.breakGlass.allowed).map((a) => a.name);
    const needs = freeze.active
        .map((a) => `label ${a.breakGlass.label} and an approval${a.breakGlass.teams.length > 0 ? ` from ${a.breakGlass.teams.join(' or ')}` : ''}`)
        .join('; ');
    if (closed.length > 0) {
        return {
            id: 'freeze',
            label,
            ok: false,
            detail: `frozen until ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`,
        };
    }
    if (breakGlass === undefined || breakGlass.trim() === '') {
        return {
            id: 'freeze',
            label,
            ok: false,
            detail: `frozen until ${until} (${names}): promote after it, or break glass with a reason (break-glass input; the PR then needs ${needs})`,
        };
    }
    return {
        id: 'freeze',
        label,
        ok: true,
        detail: `frozen until ${until} (${names}); break-glass requested: "${breakGlass.trim()}" (the PR gets ${needs} at the gate)`,
    };
}


/***/ }),

/***/ 80665:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planPromotion = planPromotion;
exports.promotionOutcome = promotionOutcome;
// What a promotion does next: which environment it targets (only the next one in order) and which tenants it
// reaches now (the next wave, canary first), or why it may not go on. A wave that Failed or was Rolled Back halts
// the promotion: no later tenant gets the change. An explicit wave or tenant list may narrow or continue the plan,
// never jump ahead of a wave (the canary first) that is not complete and Healthy, unless the request skips waves
// on purpose (promotion-override.ts says who may, and the wave records it).
const lifecycle_js_1 = __webpack_require__(46788);
const refuse = (reason, halted = false, check = 'wave') => ({
    ok: false,
    reason,
    halted,
    check,
});
const refuseOrder = (reason) => refuse(reason, false, 'order');
const list = (xs) => xs.join(', ');
function planPromotion(req) {
    const envs = req.environments;
    const at = envs.indexOf(req.from);
    if (at < 0)
        return refuseOrder(`unknown environment '${req.from}' (environments: ${list(envs)})`);
    const next = envs[at + 1];
    if (next === undefined)
        return refuseOrder(`${req.from} is the last environment; there is nowhere to promote to`);
    const to = req.to ?? next;
    const toAt = envs.indexOf(to);
    if (toAt < 0)
        return refuseOrder(`unknown environment '${to}' (environments: ${list(envs)})`);
    if (toAt === at)
        return refuseOrder(`the release is already in ${to}; promote it to ${next}`);
    if (toAt < at)
        return refuseOrder(`promotion goes forward only: ${to} comes before ${req.from}; promote to ${next}`);
    if (toAt > at + 1) {
        const skipped = envs.slice(at + 1, toAt);
        return refuseOrder(`promoting ${req.from} to ${to} would skip ${list(skipped)}; promote to ${next} first (environments go in order: ${list(envs)})`);
    }
    const promotion = req.promotion;
    if (promotion !== undefined) {
        if (promotion.to !== to || promotion.from !== req.from) {
            return refuse(`promotion ${promotion.id} goes from ${promotion.from} to ${promotion.to}, not ${req.from} to ${to}`);
        }
        if (promotion.state === 'Completed')
            return refuse(`promotion ${promotion.id} is complete`);
        if (promotion.state === 'Cancelled')
            return refuse(`promotion ${promotion.id} was cancelled`);
        if (promotion.state === 'Failed')
            return refuse(`promotion ${promotion.id} is halted (Failed)`, true);
    }
    const steps = (promotion?.waves ?? []).map((w) => ({
        ...w,
        status: stepStatus(w.releases, req.releaseStates),
    }));
    for (const step of steps) {
        if (step.status.kind === 'failed') {
            return refuse(`wave ${step.wave} (${tenantsText(step.tenants)}) failed: release ${step.status.release} is ${label(step.status.state)}; the promotion is halted and no later tenant gets the change`, true);
        }
    }
    for (const step of steps) {
        if (step.status.kind === 'in-progress') {
            const why = step.status.release === undefined
                ? 'has no release yet'
                : `release ${step.status.release} is ${label(step.status.state)}`;
            return refuse(`wave ${step.wave} (${tenantsText(step.tenants)}) is still in progress (${why}); the next wave starts once it is Healthy`);
        }
    }
    // Tenants already reached, by a step that was not cancelled (a cancelled PR leaves its tenants to promote again).
    const live = steps.filter((s) => s.status.kind !== 'cancelled');
    const waveOf = new Map(req.tenants.map((t) => [t.name, t]));
    const allSteps = groupWaves(req.workloadTenants, waveOf);
    const done = new Set(live.flatMap((s) => s.tenants));
    const remaining = req.workloadTenants.length === 0
        ? live.length === 0
            ? allSteps
            : []
        : allSteps
            .map((s) => ({
            ...s,
            tenants: s.tenants.filter((t) => !done.has(t)),
            canary: s.canary.filter((t) => !done.has(t)),
        }))
            .filter((s) => s.tenants.length > 0);
    if (remaining.length === 0) {
        return refuse(`every wave of ${promotion?.id ?? 'the promotion'} is promoted and Healthy; the promotion is complete`);
    }
    let chosen;
    let skipped = [];
    if (req.tenantOverride !== undefined && req.tenantOverride.length > 0) {
        for (const t of req.tenantOverride) {
            if (!req.workloadTenants.includes(t)) {
                return refuse(`tenant '${t}' is not one of the workload's tenants (${list(req.workloadTenants) || 'none'})`);
            }
            if (done.has(t))
                return refuse(`tenant '${t}' was already promoted by ${promotion?.id ?? 'this promotion'}`);
        }
        const picked = new Set(req.tenantOverride);
        const ordered = req.workloadTenants.filter((t) => picked.has(t));
        const sorted = groupWaves(ordered, waveOf);
        chosen = {
            wave: sorted[0]?.wave ?? 0,
            tenants: sorted.flatMap((s) => s.tenants),
            canary: sorted.flatMap((s) => s.canary),
        };
        skipped = aheadOf(remaining, sorted);
        if (skipped.length > 0 && req.skipWaves !== true) {
            return refuse(jumpRefusal(`tenant${ordered.length === 1 ? '' : 's'} ${whereText(sorted)}`, skipped));
        }
    }
    else if (req.wave !== undefined) {
        const wanted = req.wave;
        const step = remaining.find((s) => s.wave === wanted);
        if (step === undefined) {
            const exists = allSteps.some((s) => s.wave === wanted);
            return refuse(exists
                ? `wave ${wanted} is already promoted`
                : `wave ${wanted} does not exist (waves: ${list(allSteps.map((s) => s.wave))})`);
        }
        skipped = aheadOf(remaining, [step]);
        if (skipped.length > 0 && req.skipWaves !== true) {
            return refuse(jumpRefusal(`wave ${wanted}`, skipped));
        }
        chosen = step;
    }
    else {
        chosen = remaining[0];
    }
    const picked = new Set(chosen.tenants);
    // A workload without tenants is promoted in one step: nothing comes after it.
    const after = req.workloadTenants.length === 0
        ? []
        : remaining
            .map((s) => ({
            ...s,
            tenants: s.tenants.filter((t) => !picked.has(t)),
            canary: s.canary.filter((t) => !picked.has(t)),
        }))
            .filter((s) => s.tenants.length > 0);
    return {
        ok: true,
        from: req.from,
        to,
        ...chosen,
        next: after[0] ?? null,
        remaining: after,
        ...(skipped.length > 0 ? { skipped } : {}),
    };
}
/**
 * What `picked` (grouped by wave) would go ahead of: every remaining wave below its highest wave, with its tenants
 * not yet Healthy (picked ones included: going out in the same pull request is not being verified first), and the
 * canaries of its own lowest wave that it leaves out (canaries lead their wave). Empty: it narrows or continues.
 */
function aheadOf(remaining, picked) {
    const top = Math.max(...picked.map((s) => s.wave));
    const low = Math.min(...picked.map((s) => s.wave));
    const chosen = new Set(picked.flatMap((s) => s.tenants));
    const out = [];
    for (const s of remaining) {
        if (s.wave < top)
            out.push({ wave: s.wave, tenants: [...s.tenants] });
        else if (s.wave === low) {
            const left = s.canary.filter((t) => !chosen.has(t));
            if (left.length > 0 && s.tenants.some((t) => chosen.has(t) && !s.canary.includes(t))) {
                out.push({ wave: s.wave, tenants: left });
            }
        }
    }
    return out;
}
function whereText(sorted) {
    return sorted.map((s) => `${list(s.tenants)} (wave ${s.wave})`).join(', ');
}
function jumpRefusal(what, skipped) {
    const waves = skipped.map((s) => `wave ${s.wave} (${tenantsText(s.tenants)})`).join(' and ');
    const first = skipped[0]?.wave ?? 0;
    return (`${what} would not wait for ${waves} to be promoted and Healthy: waves go in ascending order, canary first. ` +
        `Promote wave ${first} first (or narrow the tenants to it), or skip on purpose with skip-waves and a reason ` +
        '(repository admins and maintainers; recorded in the promotion)');
}
/** The workload's tenants grouped by wave, ascending; canary tenants first within their wave. */
function groupWaves(tenants, config) {
    if (tenants.length === 0)
        return [{ wave: 0, tenants: [], canary: [] }];
    const byWave = new Map();
    for (const name of tenants) {
        const t = config.get(name);
        const wave = t?.wave ?? 0;
        const step = byWave.get(wave) ?? { wave, tenants: [], canary: [] };
        step.tenants.push(name);
        if (t?.canary === true)
            step.canary.push(name);
        byWave.set(wave, step);
    }
    return [...byWave.values()]
        .sort((a, b) => a.wave - b.wave)
        .map((s) => ({ ...s, tenants: [...s.canary, ...s.tenants.filter((t) => !s.canary.includes(t))] }));
}
function stepStatus(releases, states) {
    if (releases.length === 0)
        return { kind: 'in-progress' };
    for (const id of releases) {
        const state = states[id];
        if (state === 'Failed' || state === 'RolledBack')
            return { kind: 'failed', release: id, state };
    }
    if (releases.every((id) => states[id] === 'Cancelled'))
        return { kind: 'cancelled' };
    for (const id of releases) {
        const state = states[id];
        if (state !== 'Healthy' && state !== 'Cancelled')
            return { kind: 'in-progress', release: id, ...(state ? { state } : {}) };
    }
    return { kind: 'healthy' };
}
function label(state) {
    return state === undefined ? 'unknown' : lifecycle_js_1.STATE_LABELS[state];
}
function tenantsText(tenants) {
    return tenants.length === 0 ? 'the environment layer' : list(tenants);
}
/**
 * Where a promotion stands from its waves' releases alone: Failed (halted) as soon as one wave's release Failed or
 * was Rolled Back, Completed once every tenant of the workload (or the environment layer) was reached by a wave
 * whose releases are all Healthy, InProgress otherwise. The record store moves the record to match.
 */
function promotionOutcome(promotion, workloadTenants, releaseStates) {
    const steps = promotion.waves.map((w) => ({ ...w, status: stepStatus(w.releases, releaseStates) }));
    for (const s of steps) {
        if (s.status.kind === 'failed') {
            return {
                state: 'Failed',
                reason: `wave ${s.wave} (${tenantsText(s.tenants)}): release ${s.status.release} is ${label(s.status.state)}; halted, no later tenant gets the change`,
            };
        }
    }
    const healthy = steps.filter((s) => s.status.kind === 'healthy');
    const reached = new Set(healthy.flatMap((s) => s.tenants));
    const done = workloadTenants.length === 0 ? healthy.length > 0 : workloadTenants.every((t) => reached.has(t));
    if (done) {
        return {
            state: 'Completed',
            reason: `every wave is Healthy (${healthy.map((s) => `wave ${s.wave}`).join(', ')})`,
        };
    }
    const waiting = workloadTenants.filter((t) => !reached.has(t));
    return {
        state: 'InProgress',
        reason: workloadTenants.length === 0
            ? 'the environment layer is not Healthy yet'
            : `${waiting.length} tenant(s) not Healthy yet: ${list(waiting.slice(0, 5))}${waiting.length > 5 ? ', ...' : ''}`,
    };
}


/***/ }),

/***/ 18810:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.skipRequestProblem = skipRequestProblem;
exports.judgeSkip = judgeSkip;
const promotion_override_js_1 = __webpack_require__(61926);
/** Why the request's skip-waves reason cannot be used, or undefined (also when none was given). */
function skipRequestProblem(reason) {
    return reason === undefined ? undefined : (0, promotion_override_js_1.skipReasonProblem)(reason);
}
/** The skip to judge in the checklist: undefined when the plan skips nothing. */
async function judgeSkip(plan, req, github) {
    if (!plan.ok || plan.skipped === undefined || plan.skipped.length === 0 || req.skipWaves === undefined) {
        return undefined;
    }
    const reason = req.skipWaves.trim();
    let permission;
    try {
        permission = await github.getRepositoryPermission(req.actor);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return {
            reason,
            verdict: {
                ok: false,
                reason: `${req.actor}'s repository role could not be read (${why}), so ${(0, promotion_override_js_1.skippedText)(plan.skipped)} may not be skipped: promote the earlier waves first, or run again`,
            },
        };
    }
    return { reason, verdict: (0, promotion_override_js_1.skipWavesVerdict)(req.actor, permission, plan.skipped) };
}


/***/ }),

/***/ 8731:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// promote's view of the waves already on a promotion record, and what it reports for one: the open wave a re-run
// finds, that wave planned again as the run that opened it planned it, the fan-out matrix, the refusal and the
// release notes of a wave's pull request (src/usecases/promote.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openWave = openWave;
exports.reopened = reopened;
exports.openedOf = openedOf;
exports.matrixOf = matrixOf;
exports.refusal = refusal;
exports.promotionNotes = promotionNotes;
const markdown_js_1 = __webpack_require__(74463);
const promotion_override_js_1 = __webpack_require__(61926);
const promotion_plan_js_1 = __webpack_require__(80665);
/** The wave of an InProgress promotion that is not Healthy yet (nor cancelled), if any; `index` in `p.waves`. */
function openWave(p, states) {
    for (const [index, w] of p.waves.entries()) {
        const live = w.releases.filter((r) => states[r] !== 'Cancelled');
        if (w.releases.length > 0 && live.length === 0)
            continue;
        const release = live.at(-1);
        if (release === undefined || states[release] !== 'Healthy') {
            return {
                wave: w.wave,
                tenants: w.tenants,
                index,
                ...(release ? { release } : {}),
                ...(w.skippedWaves ? { skippedWaves: w.skippedWaves } : {}),
            };
        }
    }
    return undefined;
}
/**
 * The open wave as the run that opened it planned it: planned again without it, for its tenants (skipping the
 * waves it skipped, when it recorded a skip), so its checklist (the wave after it) and so its pull request and
 * release record are the ones that run would have written.
 */
function reopened(promotion, open, planning) {
    const again = (0, promotion_plan_js_1.planPromotion)({
        ...planning,
        promotion: { ...promotion, waves: promotion.waves.filter((_, i) => i !== open.index) },
        ...(open.tenants.length > 0 ? { tenantOverride: open.tenants } : {}),
        ...(open.skippedWaves ? { skipWaves: true } : {}),
    });
    const around = again.ok
        ? { canary: again.canary, next: again.next, remaining: again.remaining }
        : { canary: [], next: null, remaining: [] };
    return { wave: open.wave, tenants: open.tenants, ...around };
}
function openedOf(r, deployDispatch) {
    if (!r.pullRequest)
        return undefined;
    return {
        releaseId: r.id,
        pullRequestNumber: r.pullRequest.number,
        pullRequestUrl: r.pullRequest.url,
        branch: r.pullRequest.branch,
        state: r.state,
        ...(deployDispatch ? { deployDispatch } : {}),
    };
}
function matrixOf(workload, environment, tenants, releaseId) {
    const rows = tenants.length === 0 ? [''] : tenants;
    return { include: rows.map((tenant) => ({ tenant, environment, workload, 'release-id': releaseId })) };
}
function refusal(checklist) {
    const failing = checklist.items.filter((i) => !i.ok);
    return `promotion refused: ${failing.map((i) => `${i.label}: ${i.detail}`).join('; ')}`;
}
function promotionNotes(source, pid, step, checklist, skip) {
    const who = step.tenants.length === 0
        ? 'the environment layer'
        : `tenants ${step.tenants.slice(0, 10).join(', ')}${step.tenants.length > 10 ? ` and ${step.tenants.length - 10} more` : ''}`;
    return [
        `Promoted from release ${source.id} (${source.environment}) by promotion ${pid}, wave ${step.wave}: ${who}.`,
        // Reviewers of the wave's pull request see that it goes out before the waves it skipped were verified.
        ...(skip
            ? [
                '',
                `**This wave goes out before ${(0, promotion_override_js_1.skippedText)(skip.waves)} is promoted and Healthy:** skipped on purpose by ${skip.actor} (${skip.permission}): ${(0, markdown_js_1.inlineCode)(skip.reason)}`,
            ]
            : []),
        '',
        'Promotion checklist:',
        ...checklist.items.map((i) => `- ${i.ok ? 'passed' : 'FAILED'}: ${i.label} (${i.detail})`),
    ].join('\n');
}


/***/ }),

/***/ 33776:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
exports.promote = promote;
// promote: a Healthy release goes to the next environment, tenant wave by tenant wave (canary first). The checklist
// (promotion-checklist.ts) is evaluated and reported in full; when it passes, the release's change set is applied to
// the target's environment layer, or to the tenant layers of the wave, and opened as ONE pull request through
// create-release (so its approvals follow the target's policy and its GitHub calls do not grow with the tenants).
// The promotion record (promotions/<id>.yaml) tracks the waves; its state moves only through
// promotion-lifecycle.ts: Failed (halted) when a wave Failed or was Rolled Back, Completed when every wave is
// Healthy. A re-run converges: an open wave is reported again, a wave whose pull request was never opened is opened.
// A wave or tenant list asked for may narrow or continue the plan, never jump ahead of an earlier wave that is not
// Healthy, unless `skipWaves` gives a reason and the actor may (promote-skip.ts); the wave then records the skip.
// Flow: docs/architecture.md#release-lifecycle.
const node_crypto_1 = __webpack_require__(77598);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const promotion_checklist_js_1 = __webpack_require__(66452);
const promotion_override_js_1 = __webpack_require__(61926);
const promotion_plan_js_1 = __webpack_require__(80665);
const release_id_js_1 = __webpack_require__(1867);
const release_request_js_1 = __webpack_require__(47089);
const repo_js_1 = __webpack_require__(53413);
const create_release_js_1 = __webpack_require__(83962);
const create_release_merge_js_1 = __webpack_require__(47787);
const deps_js_1 = __webpack_require__(31064);
const promote_skip_js_1 = __webpack_require__(18810);
const promote_waves_js_1 = __webpack_require__(8731);
const promotion_settle_js_1 = __webpack_require__(55609);
const result_js_1 = __webpack_require__(48155);
var promote_waves_js_2 = __webpack_require__(8731);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promote_waves_js_2.matrixOf; } });
// Settling a promotion from a wave's release lives in promotion-settle.ts; verify-health and older callers import
// these two from here as well.
var promotion_settle_js_2 = __webpack_require__(55609);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promotion_settle_js_2.haltPromotionOf; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promotion_settle_js_2.settlePromotionOf; } });
async function promote(req, ports, deps = {}) {
    const clock = deps.clock ?? deps_js_1.systemClock;
    const random = deps.random ?? ((n) => (0, node_crypto_1.randomBytes)(n));
    const { store, log } = ports;
    const badReason = (0, promote_skip_js_1.skipRequestProblem)(req.skipWaves);
    if (badReason !== undefined)
        return (0, result_js_1.failed)({ kind: 'usage', message: badReason });
    const source = await store.getRelease(req.releaseId);
    if (source === undefined) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.releaseId} does not exist on ${store.branch}` });
    }
    let config;
    let workloadTenants;
    let workloadEnvs;
    try {
        const snap = await (0, repo_js_1.loadRepo)(ports.branches.root);
        config = snap.config;
        const w = snap.workloads.get(source.workload);
        if (w === undefined) {
            return (0, result_js_1.failed)({ kind: 'usage', message: `workload ${source.workload} is not in the repository` });
        }
        // A Kustomize workload's tenants share one overlay: it is promoted in one step, through that overlay.
        workloadTenants = w.config.source.type === 'kustomize' ? [] : [...w.config.tenants];
        workloadEnvs = w.config.environments;
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            return (0, result_js_1.failed)({ kind: 'usage', message: e.message, findings: e.findings });
        throw e;
    }
    const envs = config.environments.map((e) => e.name);
    const to = req.to ?? envs[envs.indexOf(source.environment) + 1] ?? '';
    const base = {
        sourceReleaseId: source.id,
        workload: source.workload,
        from: source.environment,
        to,
        matrix: { include: [] },
        unchanged: false,
    };
    if (to !== '' && envs.includes(to) && !workloadEnvs.includes(to)) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `workload ${source.workload} does not run in ${to} (workload.yaml environments: ${workloadEnvs.join(', ')})`,
        });
    }
    const records = await store.listReleases();
    const states = Object.fromEntries(records.map((r) => [r.id, r.state]));
    const mine = (await store.listPromotions())
        .filter((p) => p.source === source.id && p.to === to)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    let promotion = mine.find((p) => p.state === 'InProgress') ?? mine.at(-1);
    // Settle first: a wave that Failed halts the promotion, a last wave that is Healthy completes it.
    if (promotion?.state === 'InProgress') {
        promotion =
            (await (0, promotion_settle_js_1.settlePromotion)(promotion, workloadTenants, states, { store, actor: req.actor, clock, log })) ??
                promotion;
    }
    // A re-run while a wave is open: report it (and open its pull request if a killed run never did).
    const open = promotion?.state === 'InProgress' ? (0, promote_waves_js_1.openWave)(promotion, states) : undefined;
    const sameRequest = open !== undefined &&
        (req.wave === undefined || req.wave === open.wave) &&
        (req.tenants === undefined ||
            req.tenants.length === 0 ||
            [...req.tenants].sort().join() === [...open.tenants].sort().join());
    const planning = {
        environments: envs,
        tenants: config.tenants,
        workloadTenants,
        from: source.environment,
        ...(req.to !== undefined ? { to: req.to } : {}),
        releaseStates: states,
    };
    const plan = (0, promotion_plan_js_1.planPromotion)({
        ...planning,
        ...(req.wave !== undefined ? { wave: req.wave } : {}),
        ...(req.tenants !== undefined ? { tenantOverride: req.tenants } : {}),
        ...(req.skipWaves !== undefined ? { skipWaves: true } : {}),
        // A cancelled promotion is over: the release may be promoted afresh.
        ...(promotion !== undefined && promotion.state !== 'Cancelled' ? { promotion } : {}),
    });
    const reopen = sameRequest && open && promotion ? (0, promote_waves_js_1.reopened)(promotion, open, planning) : undefined;
    const step = reopen ?? (plan.ok ? plan : undefined);
    const skip = reopen ? undefined : await (0, promote_skip_js_1.judgeSkip)(plan, req, ports.github);
    const checklist = (0, promotion_checklist_js_1.promotionChecklist)({
        source,
        to,
        plan: reopen ? { ok: true, from: source.environment, to, ...reopen } : plan,
        freeze: (0, freeze_js_1.freezeStatus)(config.freezes, to, clock.now()),
        ...(req.breakGlass !== undefined ? { breakGlass: req.breakGlass } : {}),
        rollback: (0, promotion_checklist_js_1.rollbackReadiness)(records, source.workload, to, step?.tenants ?? []),
        ...(skip ? { skip } : {}),
    });
    const value = {
        ...base,
        checklist,
        ...(promotion ? { promotionId: promotion.id, promotionState: promotion.state } : {}),
    };
    if (sameRequest && open && open.release !== undefined) {
        const r = records.find((x) => x.id === open.release);
        // A run killed after the wave's auto-merge, before its dispatch: the deploy is dispatched again.
        const again = r
            ? await (0, create_release_merge_js_1.dispatchAgain)({ record: r, base: req.base ?? 'main', deployWorkflow: req.deployWorkflow }, config, ports, clock)
            : undefined;
        const opened = r ? (0, promote_waves_js_1.openedOf)(r, again) : undefined;
        return (0, result_js_1.succeeded)({
            ...value,
            wave: { wave: open.wave, tenants: open.tenants, canary: [] },
            ...(opened ? { opened } : {}),
            ...(open.skippedWaves ? { skippedWaves: open.skippedWaves } : {}),
            matrix: (0, promote_waves_js_1.matrixOf)(source.workload, to, open.tenants, open.release),
            unchanged: true,
            note: `wave ${open.wave} is open already (release ${open.release}, ${r?.state ?? 'unknown'}); the next wave starts once it is Healthy`,
        });
    }
    if (promotion?.state === 'Completed') {
        const last = promotion.waves.at(-1)?.releases.at(-1);
        const r = records.find((x) => x.id === last);
        const opened = r ? (0, promote_waves_js_1.openedOf)(r) : undefined;
        return (0, result_js_1.succeeded)({
            ...value,
            ...(opened ? { opened } : {}),
            unchanged: true,
            note: `promotion ${promotion.id} is complete: every wave is Healthy in ${to}`,
        });
    }
    if (!checklist.ok || step === undefined) {
        return (0, result_js_1.failed)({ message: (0, promote_waves_js_1.refusal)(checklist) }, { value });
    }
    // The record first, so the release can name it; a run killed after this finds the wave open and opens its PR.
    const now = clock.now();
    if (promotion?.state !== 'InProgress') {
        const digest = (0, node_crypto_1.createHash)('sha256').update(`promotion:${source.id}:${to}:${mine.length}`).digest();
        const id = (0, release_id_js_1.newPromotionId)(source.workload, source.environment, to, now, (n) => digest.subarray(0, n));
        const fresh = {
            apiVersion: 'gitopshq.io/v1',
            kind: 'Promotion',
            id,
            source: source.id,
            from: source.environment,
            to,
            actor: req.actor,
            createdAt: now.toISOString(),
            state: 'InProgress',
            waves: [],
            history: [
                { state: 'InProgress', at: now.toISOString(), actor: req.actor, note: `promote ${source.id}` },
            ],
        };
        promotion = (await store.getPromotion(id)) ?? (await store.createPromotion(fresh));
    }
    const pid = promotion.id;
    // The skip is recorded with the wave, in the same commit: no wave goes ahead of the others unrecorded.
    const skipped = reopen !== undefined
        ? open?.skippedWaves
        : plan.ok && plan.skipped && skip?.verdict.ok
            ? (0, promotion_override_js_1.waveSkip)({
                actor: req.actor,
                at: now,
                reason: skip.reason,
                permission: skip.verdict.permission,
                skipped: plan.skipped,
            })
            : undefined;
    if (reopen === undefined) {
        const wave = { wave: step.wave, tenants: [...step.tenants], releases: [] };
        promotion = await store.updatePromotion(pid, (p) => ({ ...p, waves: [...p.waves, { ...wave, ...(skipped ? { skippedWaves: skipped } : {}) }] }), `promotion ${pid}: wave ${step.wave} opened${skipped ? ' (skipping earlier waves on purpose)' : ''}`);
        if (skipped)
            log.warning(`promotion ${pid}: wave ${step.wave} skips earlier waves: "${skipped.reason}"`);
    }
    const waveText = step.tenants.length > 0 ? `, wave ${step.wave}: ${step.tenants.length} tenant(s)` : '';
    const created = await (0, create_release_js_1.createRelease)({
        workload: source.workload,
        environment: to,
        updates: source.changes.updates,
        chartVersion: source.changes.chartVersion,
        tenants: step.tenants,
        title: `${(0, release_request_js_1.releaseTitle)({ workload: source.workload, updates: source.changes.updates })} in ${to}${waveText}`,
        notes: (0, promote_waves_js_1.promotionNotes)(source, pid, step, checklist, skipped),
        draft: false,
        // autoMerge left out: create-release takes the target environment's deploy.autoMerge.
        deployWorkflow: req.deployWorkflow,
        actor: req.actor,
        base: req.base,
        runUrl: req.runUrl,
        promotedFrom: source.id,
        promotion: pid,
    }, { ...ports, store }, { clock, random });
    if (created.outcome !== 'succeeded') {
        return created.outcome === 'failed'
            ? (0, result_js_1.failed)(created.error, { retryable: created.retryable, value: { ...value, promotionId: pid } })
            : (0, result_js_1.failed)({ message: created.reason }, { retryable: true, value: { ...value, promotionId: pid } });
    }
    const c = created.value;
    const frozen = (0, freeze_js_1.freezeStatus)(config.freezes, to, now);
    if (frozen.frozen && req.breakGlass?.trim()) {
        await ports.github.addLabels(c.pullRequestNumber, [
            ...new Set(frozen.active.map((a) => a.breakGlass.label)),
        ]);
    }
    promotion = await store.updatePromotion(pid, (p) => {
        const waves = p.waves.map((w) => ({ ...w, releases: [...w.releases] }));
        const at = waves.findLastIndex((w) => w.wave === step.wave && w.tenants.join() === step.tenants.join());
        const w = waves[at];
        if (w && !w.releases.includes(c.releaseId))
            w.releases.push(c.releaseId);
        const glass = frozen.frozen && req.breakGlass?.trim()
            ? {
                breakGlass: {
                    actor: req.actor,
                    at: now.toISOString(),
                    reason: req.breakGlass.trim(),
                    freezes: frozen.active.map((a) => a.name),
                },
            }
            : {};
        return { ...p, waves, ...glass };
    }, `promotion ${pid}: wave ${step.wave} is release ${c.releaseId}`);
    log.info(`promotion ${pid}: wave ${step.wave} opened as pull request #${c.pullRequestNumber}`);
    return (0, result_js_1.succeeded)({
        ...value,
        promotionId: pid,
        promotionState: promotion.state,
        wave: { wave: step.wave, tenants: step.tenants, canary: step.canary },
        next: reopen ? reopen.next : plan.ok ? plan.next : null,
        ...(skipped ? { skippedWaves: skipped } : {}),
        opened: {
            releaseId: c.releaseId,
            pullRequestNumber: c.pullRequestNumber,
            pullRequestUrl: c.pullRequestUrl,
            branch: c.branch,
            state: c.state,
            ...(c.deployDispatch ? { deployDispatch: c.deployDispatch } : {}),
        },
        matrix: (0, promote_waves_js_1.matrixOf)(source.workload, to, step.tenants, c.releaseId),
        unchanged: !c.wrote.commit && c.wrote.pullRequest === 'unchanged' && c.wrote.record === 'unchanged',
    });
}


/***/ }),

/***/ 55609:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settlePromotion = settlePromotion;
exports.haltPromotionOf = haltPromotionOf;
exports.settlePromotionOf = settlePromotionOf;
const promotion_plan_js_1 = __webpack_require__(80665);
const deps_js_1 = __webpack_require__(31064);
/**
 * Moves `promotion` (when InProgress) to its outcome: Failed (halted) as soon as one wave's release Failed or was
 * Rolled Back, Completed once every tenant of the workload is reached by a Healthy wave. `workloadTenants`: as
 * promote plans them (empty for a Kustomize workload); undefined when not known, and then only a halt is decided.
 * `states`: the states of the releases its waves name (one missing is not Healthy yet). Returns the promotion when
 * it moved, undefined when it stays as it is.
 */
async function settlePromotion(promotion, workloadTenants, states, ctx) {
    if (promotion.state !== 'InProgress')
        return undefined;
    const outcome = (0, promotion_plan_js_1.promotionOutcome)(promotion, workloadTenants ?? [], states);
    if (outcome.state === 'InProgress')
        return undefined;
    if (workloadTenants === undefined && outcome.state !== 'Failed')
        return undefined;
    const moved = await ctx.store.transitionPromotion(promotion.id, outcome.state, {
        actor: ctx.actor,
        note: outcome.reason,
        at: (ctx.clock ?? deps_js_1.systemClock).now(),
    });
    ctx.log?.info(`promotion ${promotion.id}: ${outcome.state} (${outcome.reason})`);
    return moved;
}
/** The InProgress promotion whose waves name `release`; undefined when it was not promoted or that one is settled. */
async function promotionOf(release, store) {
    if (release.promotion === undefined)
        return undefined;
    const promotion = await store.getPromotion(release.promotion);
    if (promotion?.state !== 'InProgress')
        return undefined;
    return promotion.waves.some((w) => w.releases.includes(release.id)) ? promotion : undefined;
}
/**
 * For the steps that move a wave's release (verify-health): a promoted release that Failed or was Rolled Back halts
 * its promotion at once (state Failed), so the record says so before anyone runs promote again. Returns the
 * promotion as it now is; undefined when the release was not promoted or the promotion is already settled.
 */
async function haltPromotionOf(release, store, actor, clock = deps_js_1.systemClock) {
    if (release.state !== 'Failed' && release.state !== 'RolledBack')
        return undefined;
    const promotion = await promotionOf(release, store);
    if (promotion === undefined)
        return undefined;
    return settlePromotion(promotion, undefined, { [release.id]: release.state }, { store, actor, clock });
}
/**
 * For verify-health: a promoted release that became Healthy may be the last wave of its promotion. The promotion is
 * settled at once (Completed, or Failed if another wave failed meanwhile) instead of reading "in progress" until
 * someone runs promote again. `workloadTenants` as promote plans them (empty for a Kustomize workload); the caller
 * reads them from the workload.yaml on main. Returns the promotion when it moved.
 */
async function settlePromotionOf(release, workloadTenants, store, actor, clock = deps_js_1.systemClock) {
    if (release.state !== 'Healthy')
        return undefined;
    const promotion = await promotionOf(release, store);
    if (promotion === undefined)
        return undefined;
    // Only the releases the waves name (a handful), not the whole state branch.
    const states = { [release.id]: 'Healthy' };
    for (const id of promotion.waves.flatMap((w) => w.releases)) {
        if (id === release.id)
            continue;
        const r = await store.getRelease(id);
        if (r)
            states[id] = r.state;
    }
    return settlePromotion(promotion, workloadTenants, states, { store, actor, clock });
}


/***/ })

};
