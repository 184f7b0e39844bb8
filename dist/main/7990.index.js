export const id = 7990;
export const ids = [7990];
export const modules = {

/***/ 46788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LifecycleBypassError = exports.INITIAL_STATES = exports.IllegalTransitionError = exports.STATE_LABELS = void 0;
exports.nextStates = nextStates;
exports.canTransition = canTransition;
exports.isTerminal = isTerminal;
exports.transition = transition;
exports.parseState = parseState;
exports.lifecycleBypass = lifecycleBypass;
const errors_js_1 = __webpack_require__(10241);
const model_js_1 = __webpack_require__(45529);
// The release state machine of docs/architecture.md#release-lifecycle. Every other module asks this one whether a
// move is legal, so the table below is the single source of truth for the lifecycle.
exports.STATE_LABELS = {
    Draft: 'Draft',
    PendingApproval: 'Pending Approval',
    Approved: 'Approved',
    Deploying: 'Deploying',
    Deployed: 'Deployed',
    Synced: 'Synced',
    Healthy: 'Healthy',
    Failed: 'Failed',
    RolledBack: 'Rolled Back',
    Cancelled: 'Cancelled',
};
const TRANSITIONS = {
    Draft: ['PendingApproval', 'Cancelled'],
    // Back to Draft: the author converted the PR to a draft.
    PendingApproval: ['Approved', 'Draft', 'Cancelled'],
    // Back to PendingApproval: a new commit dismissed the approval.
    Approved: ['Deploying', 'PendingApproval', 'Cancelled'],
    Deploying: ['Deployed', 'Failed'],
    // -> RolledBack: an operator rolls back a release before it was Healthy, in one step (who and why in the entry).
    Deployed: ['Synced', 'Failed', 'RolledBack'],
    Synced: ['Healthy', 'Failed', 'RolledBack'],
    Healthy: ['RolledBack'],
    // Failed -> Deploying is a retry of the same release.
    Failed: ['Deploying', 'RolledBack'],
    RolledBack: [],
    Cancelled: [],
};
class IllegalTransitionError extends errors_js_1.UserError {
    from;
    to;
    constructor(from, to) {
        super(illegalMessage(from, to));
        this.from = from;
        this.to = to;
    }
}
exports.IllegalTransitionError = IllegalTransitionError;
function describe(state) {
    const label = exports.STATE_LABELS[state];
    return label === state ? `'${label}'` : `'${label}' (${state})`;
}
function illegalMessage(from, to) {
    const head = `illegal release transition: ${describe(from)} -> ${describe(to)}`;
    if (from === to)
        return `${head}: the release is already ${describe(from)}`;
    const next = TRANSITIONS[from];
    if (next.length === 0)
        return `${head}: ${describe(from)} is final, no transition leaves it`;
    return `${head}: from ${describe(from)} a release can only move to ${next.map(describe).join(', ')}`;
}
function nextStates(from) {
    return TRANSITIONS[from];
}
function canTransition(from, to) {
    return TRANSITIONS[from].includes(to);
}
/** A state no transition leaves: the release's story is over. */
function isTerminal(state) {
    return TRANSITIONS[state].length === 0;
}
/** Returns a new record with `state` = to and the entry appended to `history`; throws IllegalTransitionError. */
function transition(record, to, actor, note, at = new Date()) {
    if (!canTransition(record.state, to))
        throw new IllegalTransitionError(record.state, to);
    const entry = { state: to, at: at.toISOString(), actor };
    if (note !== undefined)
        entry.note = note;
    return { ...record, state: to, history: [...record.history, entry] };
}
/** Accepts `PendingApproval`, `Pending Approval`, `pending-approval` (any case, `_` too). */
function parseState(text) {
    const key = normalise(text);
    const found = model_js_1.RELEASE_STATES.find((s) => normalise(s) === key);
    if (found !== undefined && key !== '')
        return found;
    const forms = model_js_1.RELEASE_STATES.map((s) => kebab(s)).join(', ');
    throw new errors_js_1.UserError(`unknown release state '${text}': expected one of ${forms}`, [], 'usage');
}
function normalise(text) {
    return text
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '');
}
function kebab(state) {
    return state.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}
/** States a release record may be created in: opened as a draft, or ready for review at once. */
exports.INITIAL_STATES = ['Draft', 'PendingApproval'];
/**
 * Why writing `after` over `before` would change a release's state outside `transition()`; undefined when it does
 * not. The record store asks this inside its write loop, on the record as stored and as about to be written:
 * - a new record (`before` undefined) starts with exactly one entry, in an initial state;
 * - a plain update keeps the state and every history entry as they were;
 * - a transition to `to` keeps every entry and appends exactly one, a legal move to `to`.
 */
function lifecycleBypass(before, after, to) {
    if (before === undefined) {
        const [first, ...rest] = after.history;
        if (!exports.INITIAL_STATES.includes(after.state)) {
            return `a release is created in ${exports.INITIAL_STATES.map(describe).join(' or ')}, not ${describe(after.state)}: create it there and move it with transitionRelease`;
        }
        if (first?.state !== after.state || rest.length > 0) {
            return `a new release's history must be one entry for its state ${describe(after.state)}`;
        }
        return undefined;
    }
    const kept = after.history.slice(0, before.history.length);
    if (kept.length < before.history.length || !kept.every((e, i) => sameEntry(e, before.history[i]))) {
        return 'the history of a release is append-only: an entry was removed or rewritten';
    }
    const added = after.history.slice(before.history.length);
    if (to === undefined) {
        if (after.state !== before.state || added.length > 0) {
            return `the state of a release changes only through transitionRelease (${describe(before.state)} -> ${describe(after.state)}, ${added.length} entr${added.length === 1 ? 'y' : 'ies'} appended)`;
        }
        return undefined;
    }
    if (!canTransition(before.state, to))
        return illegalMessage(before.state, to);
    if (after.state !== to || added.length !== 1 || added[0]?.state !== to) {
        return `a transition to ${describe(to)} must set that state and append exactly one entry for it`;
    }
    return undefined;
}
function sameEntry(a, b) {
    return b !== undefined && a.state === b.state && a.at === b.at && a.actor === b.actor && a.note === b.note;
}
/** A write that would change a release's state around the lifecycle: a bug in the caller, never user input. */
class LifecycleBypassError extends Error {
    recordId;
    name = 'LifecycleBypassError';
    constructor(recordId, reason) {
        super(`release ${recordId}: ${reason}; nothing was written`);
        this.recordId = recordId;
    }
}
exports.LifecycleBypassError = LifecycleBypassError;


/***/ }),

/***/ 45529:
/***/ ((__unused_webpack_module, exports) => {


// The shapes of every file in the user's GitOps repository (docs/architecture.md#state-repo-layout). The JSON Schemas
// in schemas/ are the authority on what a valid file is; these types describe a file after it has passed its schema
// and had its defaults applied (see src/state/repo.ts). Pure types: no I/O, no imports of ours.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HEALTH_STATUSES = exports.RELEASE_STATES = void 0;
/**
 * The nine lifecycle states of docs/architecture.md#release-lifecycle, plus Cancelled for a release whose PR
 * closed unmerged.
 */
exports.RELEASE_STATES = [
    'Draft',
    'PendingApproval',
    'Approved',
    'Deploying',
    'Deployed',
    'Synced',
    'Healthy',
    'Failed',
    'RolledBack',
    'Cancelled',
];
/** The six health statuses of Argo CD's assessment (docs/architecture.md#health); the worst wins an aggregate. */
exports.HEALTH_STATUSES = [
    'Healthy',
    'Progressing',
    'Degraded',
    'Suspended',
    'Missing',
    'Unknown',
];


/***/ }),

/***/ 80665:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planPromotion = planPromotion;
exports.promotionOutcome = promotionOutcome;
// What a promotion does next: which environment it targets (only the next one in order) and which tenants it
// reaches now (the next wave, canary first), or why it may not go on. A wave that Failed or was Rolled Back halts
// the promotion: no later tenant gets the change.
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
        const first = remaining[0];
        if (first !== undefined && first.wave < wanted) {
            return refuse(`wave ${first.wave} (${tenantsText(first.tenants)}) comes first; waves go in ascending order`);
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
    return { ok: true, from: req.from, to, ...chosen, next: after[0] ?? null, remaining: after };
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
