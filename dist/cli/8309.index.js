export const id = 8309;
export const ids = [8309];
export const modules = {

/***/ 68309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promoteCommand = void 0;
// `gitopshq promote RELEASE-ID [--to E] [--wave N] [--tenants A,B] [--skip-waves REASON] [--break-glass REASON]`: what the promote action
// does, from a terminal (src/usecases/promote.ts). GitHub comes from GITHUB_TOKEN, GITHUB_API_URL and
// GITHUB_REPOSITORY: the release pull request cannot be opened without them.
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const promotion_override_js_1 = __webpack_require__(61926);
const local_ports_js_1 = __webpack_require__(43094);
const promote_js_1 = __webpack_require__(33776);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const terminal_js_1 = __webpack_require__(71028);
const USAGE = 'promote RELEASE-ID [--to E] [--wave N] [--tenants A,B] [--skip-waves REASON] [--break-glass REASON] [--state-branch B]';
exports.promoteCommand = {
    name: 'promote',
    readsRepo: true,
    usage: USAGE,
    summary: 'Open the release of a Healthy release for the next environment, wave by wave (canary first)',
    help: [
        'Checks the promotion checklist (the release is Healthy with no drift, a rollback target exists in the target,',
        'the target is the next environment, it is not frozen, the previous wave is Healthy), prints every item, and when',
        "all pass applies the release's change set to the target's layer (or the wave's tenant layers) as one pull",
        'request, recorded in promotions/<id>.yaml on the state branch. Run it in a clone of the GitOps repository.',
        'GitHub: GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY (owner/name).',
        '',
        '--wave and --tenants may narrow or continue the plan (some tenants of the next wave now, the rest later), never',
        'jump ahead of the canary or an earlier wave that is not promoted and Healthy. --skip-waves REASON does so on',
        'purpose: only for an actor with the admin or maintain role on the repository, and the wave records who skipped',
        'which waves and why (promotions/<id>.yaml, the output, the pull request, the dashboard). The reason is one line',
        "of 10 to 300 characters. The pull request still needs the target environment's approvals.",
        '',
        'Examples:',
        '  gitopshq promote payment-api-staging-20261126-a1b2c3',
        '  gitopshq promote payment-api-staging-20261126-a1b2c3 --to prod --wave 1',
        '  gitopshq promote payment-api-staging-20261126-a1b2c3 --tenants acme --skip-waves "INC-4211: acme outage fix"',
    ].join('\n'),
    options: {
        to: { type: 'string' },
        wave: { type: 'string' },
        tenants: { type: 'string' },
        'break-glass': { type: 'string' },
        'skip-waves': { type: 'string' },
        'state-branch': { type: 'string' },
    },
    async run(ctx, args) {
        const [releaseId, ...extra] = args.positionals;
        if (releaseId === undefined || extra.length > 0) {
            throw new errors_js_1.UserError(`expected one RELEASE-ID\nUsage: gitopshq ${USAGE}`, [], 'usage');
        }
        const to = (0, command_js_1.stringOpt)(args, 'to');
        if (to !== undefined)
            (0, names_js_1.assertName)('environment', to);
        const waveText = (0, command_js_1.stringOpt)(args, 'wave');
        if (waveText !== undefined && !/^\d+$/.test(waveText)) {
            throw new errors_js_1.UserError(`--wave ${JSON.stringify(waveText)} is not a whole number >= 0`, [], 'usage');
        }
        const tenants = ((0, command_js_1.stringOpt)(args, 'tenants') ?? '')
            .split(',')
            .map((t) => t.trim())
            .filter((t) => t !== '');
        for (const t of tenants)
            (0, names_js_1.assertName)('tenant', t);
        const token = ctx.env.GITHUB_TOKEN || undefined;
        if (!token || !(0, terminal_js_1.repositoryFromEnv)(ctx)) {
            throw new errors_js_1.UserError('promote opens a pull request: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)', [], 'usage');
        }
        const actor = (0, terminal_js_1.terminalActor)(ctx);
        const github = await (0, terminal_js_1.githubFromEnv)(ctx, token);
        const log = (0, terminal_js_1.terminalLog)(ctx);
        const result = await (0, promote_js_1.promote)({
            releaseId,
            to,
            wave: waveText === undefined ? undefined : Number(waveText),
            tenants: tenants.length > 0 ? tenants : undefined,
            breakGlass: (0, command_js_1.stringOpt)(args, 'break-glass'),
            skipWaves: (0, command_js_1.stringOpt)(args, 'skip-waves'),
            actor,
        }, {
            github,
            log,
            store: await (0, local_ports_js_1.localRecordStore)(ctx.repo, {
                stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'),
                remote: 'origin',
                actor,
                token,
            }),
            branches: (0, local_ports_js_1.localReleaseBranches)(ctx.repo, { token, actor }),
            ...(0, local_ports_js_1.localPorts)(ctx.repo, { token }),
        });
        const v = result.value;
        if (ctx.output === 'json')
            ctx.stdout(JSON.stringify({ outcome: result.outcome, ...v }));
        else if (v) {
            const lines = v.checklist.items.map((i) => `${i.ok ? 'ok  ' : 'FAIL'} ${i.label}: ${i.detail}`);
            if (v.opened) {
                lines.push(`${v.promotionId}: wave ${v.wave?.wave ?? '?'} is release ${v.opened.releaseId}, pull request #${v.opened.pullRequestNumber} ${v.opened.pullRequestUrl}`);
            }
            if (v.skippedWaves)
                lines.push(`WARNING wave ${v.wave?.wave ?? '?'} ${(0, promotion_override_js_1.waveSkipText)(v.skippedWaves)}`);
            if (v.note)
                lines.push(v.note);
            ctx.stdout(lines.join('\n'));
        }
        const error = (0, result_js_1.stepUserError)(result);
        if (error && ctx.output === 'json')
            return error.kind === 'usage' ? 2 : command_js_1.EXIT_FINDING;
        if (error)
            throw error;
        return command_js_1.EXIT_OK;
    },
};


/***/ }),

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

/***/ 28881:
/***/ ((__unused_webpack_module, exports) => {


// A failed GitHub call as a step reports it: what GitHub answered to which request, or that it did not answer, after
// the HTTP policy's retries (http-policy.ts). No Octokit import: the action runtime reads it on every failure, and
// a run that never talked to GitHub must not load the client for it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statusOf = statusOf;
exports.messageOf = messageOf;
exports.explainGitHubFailure = explainGitHubFailure;
/** The HTTP status of a failed Octokit call, or undefined for anything else. */
function statusOf(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's own message of a failed call (`response.data.message`), falling back to the error's. */
function messageOf(e) {
    const data = e?.response?.data;
    if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
        return data.message;
    }
    const m = e?.message;
    return typeof m === 'string' ? m : String(e);
}
/**
 * `GitHub answered 502 to POST /repos/acme/gitops/deployments: Server Error; …`, or undefined for anything that is
 * not a failed HTTP call. The writes made before the call stand and every step finds them again on a re-run, so
 * the advice is always the same.
 */
function explainGitHubFailure(e) {
    const err = e;
    const status = err?.status;
    const method = err?.request?.method;
    const url = err?.request?.url;
    if (typeof status !== 'number' || typeof method !== 'string' || typeof url !== 'string')
        return undefined;
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // A relative URL is already a path.
    }
    const said = messageOf(e);
    const what = `${method.toUpperCase()} ${path}`;
    const advice = 'the writes before it stand; re-run the step (it picks up where this run stopped)';
    if (err?.response === undefined)
        return `GitHub did not answer ${what} (${said}) after retries: ${advice}`;
    return `GitHub answered ${status} to ${what}: ${said}; ${advice}`;
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


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settlePromotionOf = exports.haltPromotionOf = exports.matrixOf = void 0;
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
Object.defineProperty(exports, "matrixOf", ({ enumerable: true, get: function () { return promote_waves_js_2.matrixOf; } }));
// Settling a promotion from a wave's release lives in promotion-settle.ts; verify-health and older callers import
// these two from here as well.
var promotion_settle_js_2 = __webpack_require__(55609);
Object.defineProperty(exports, "haltPromotionOf", ({ enumerable: true, get: function () { return promotion_settle_js_2.haltPromotionOf; } }));
Object.defineProperty(exports, "settlePromotionOf", ({ enumerable: true, get: function () { return promotion_settle_js_2.settlePromotionOf; } }));
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
