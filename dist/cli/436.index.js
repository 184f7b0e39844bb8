export const id = 436;
export const ids = [436];
export const modules = {

/***/ 80436:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.releaseCommand = void 0;
// `gitopshq release list|show ID`: the release records on the state branch of --repo, read by
// src/usecases/releases.ts; this file maps the command line to its requests and the records to tables and text.
const errors_js_1 = __webpack_require__(10241);
const layout_js_1 = __webpack_require__(89128);
const lifecycle_js_1 = __webpack_require__(46788);
const model_js_1 = __webpack_require__(45529);
const releases_js_1 = __webpack_require__(69083);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'release list [--env E] [--workload W] [--state S] | release show ID';
function usage(message) {
    return new errors_js_1.UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}
const stateLabel = (state) => lifecycle_js_1.STATE_LABELS[state];
/**
 * The domain's reading of a state (case, spaces, dashes and underscores ignored). The error lists the states as
 * `release list` prints them, so the one spelling a person sees is the one they are told to type.
 */
function parseStateOption(text) {
    try {
        return (0, lifecycle_js_1.parseState)(text);
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError) {
            const labels = model_js_1.RELEASE_STATES.map((s) => lifecycle_js_1.STATE_LABELS[s]).join(', ');
            throw usage(`--state: unknown release state '${text}': expected one of ${labels} (as release list prints them)`);
        }
        throw e;
    }
}
/** `2026-11-26T10:01:02.345Z` -> `2026-11-26 10:01Z`: minutes are enough to read a timeline at a glance. */
function shortTime(iso) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return m ? `${m[1]} ${m[2]}Z` : iso;
}
function lastChange(r) {
    return r.history.at(-1)?.at ?? r.createdAt;
}
function table(rows) {
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
    // The last column (title) is not padded, so lines carry no trailing blanks.
    return rows
        .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  '))
        .join('\n');
}
/** The step's value, or its error thrown for main to report (usage: exit 2, finding: exit 1). */
function stepValue(result) {
    const error = (0, result_js_1.stepUserError)(result);
    if (error || result.value === undefined)
        throw error ?? new Error('the release step returned nothing');
    return result.value;
}
async function list(ctx, args) {
    if (args.positionals.length > 1)
        throw usage(`unexpected argument '${args.positionals[1]}'`);
    const env = (0, command_js_1.stringOpt)(args, 'env');
    const workload = (0, command_js_1.stringOpt)(args, 'workload');
    const stateText = (0, command_js_1.stringOpt)(args, 'state');
    const state = stateText === undefined ? undefined : parseStateOption(stateText);
    const { branch, exists, records } = stepValue(await (0, releases_js_1.listReleases)({
        repo: ctx.repo,
        stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'),
        environment: env,
        workload,
        state,
    }));
    if (!exists) {
        if (ctx.output === 'json')
            ctx.stdout('[]');
        else
            ctx.stdout(`no releases yet (state branch ${branch} does not exist)`);
        return command_js_1.EXIT_OK;
    }
    if (ctx.output === 'json') {
        ctx.stdout(JSON.stringify(records, null, 2));
        return command_js_1.EXIT_OK;
    }
    if (records.length === 0) {
        ctx.stdout('no releases match');
        return command_js_1.EXIT_OK;
    }
    const header = ['ID', 'WORKLOAD', 'ENV', 'TENANTS', 'STATE', 'LAST CHANGE', 'TITLE'];
    const rows = records.map((r) => [
        r.id,
        r.workload,
        r.environment,
        r.tenants.length > 0 ? r.tenants.join(',') : '-',
        stateLabel(r.state),
        shortTime(lastChange(r)),
        r.title,
    ]);
    ctx.stdout(table([header, ...rows]));
    return command_js_1.EXIT_OK;
}
/**
 * The tenants a release touches: those it names (their own layers), or, when it names none, every tenant the
 * workload is bound to, since it changes the environment's layer they all read.
 */
function touchedTenants({ record: r, boundTenants: bound }) {
    if (r.tenants.length > 0)
        return r.tenants.join(', ');
    const file = `${layout_js_1.WORKLOADS_DIR}/${r.workload}/workload.yaml`;
    const layer = `values/${r.environment}.yaml`;
    if (bound === undefined)
        return `every tenant of ${r.workload} (the change is to ${layer}; ${file} not readable here)`;
    if (bound.length === 0)
        return `(none: ${r.workload} has no tenants)`;
    return `${bound.join(', ')} (every tenant of ${r.workload}: the change is to ${layer})`;
}
function describe(r, tenants) {
    const fields = [
        ['Title', r.title],
        ['Workload', r.workload],
        ['Environment', r.environment],
        ['Tenants', tenants],
        ['State', stateLabel(r.state)],
        ['Author', r.author],
        ['Created', shortTime(r.createdAt)],
        [
            'Changes',
            [
                ...r.changes.updates.map((u) => `${u.path}=${u.value}`),
                ...(r.changes.chartVersion ? [`chart version ${r.changes.chartVersion}`] : []),
            ].join(', ') || '(none)',
        ],
    ];
    if (r.pullRequest) {
        fields.push([
            'Pull request',
            `#${r.pullRequest.number} ${r.pullRequest.url} (branch ${r.pullRequest.branch})`,
        ]);
    }
    for (const a of r.approvals) {
        fields.push(['Review', `${a.reviewer} ${a.state} ${shortTime(a.at)} (commit ${a.commit.slice(0, 12)})`]);
    }
    if (r.promotedFrom)
        fields.push(['Promoted from', `${r.promotedFrom}${r.promotion ? ` (promotion ${r.promotion})` : ''}`]);
    if (r.deploy) {
        const id = r.deploy.deploymentId === undefined ? '' : `, deployment ${r.deploy.deploymentId}`;
        fields.push(['Deployed', `commit ${r.deploy.commit.slice(0, 12)} on ${r.deploy.branch}${id}`]);
    }
    if (r.breakGlass) {
        fields.push([
            'Break-glass',
            `${r.breakGlass.actor} ${shortTime(r.breakGlass.at)}: ${r.breakGlass.reason}`,
        ]);
    }
    fields.push(['Rollback target', r.rollbackTarget ?? 'none recorded']);
    const width = Math.max(...fields.map(([k]) => k.length)) + 1;
    const lines = [`Release ${r.id}`, ...fields.map(([k, v]) => `  ${`${k}:`.padEnd(width)} ${v}`)];
    if (r.notes)
        lines.push('', 'Notes:', ...r.notes.split('\n').map((l) => `  ${l}`));
    const history = r.history.map((h) => [shortTime(h.at), stateLabel(h.state), h.actor, h.note ?? '']);
    lines.push('', 'History:', ...table(history)
        .split('\n')
        .map((l) => `  ${l}`.trimEnd()));
    return lines.join('\n');
}
async function show(ctx, args) {
    const [, id, extra] = args.positionals;
    if (id === undefined)
        throw usage('release show needs a release ID');
    if (extra !== undefined)
        throw usage(`unexpected argument '${extra}'`);
    for (const filter of ['env', 'workload', 'state']) {
        if ((0, command_js_1.stringOpt)(args, filter) !== undefined)
            throw usage(`--${filter} filters 'release list', not 'release show'`);
    }
    const detail = stepValue(await (0, releases_js_1.showRelease)({ repo: ctx.repo, stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'), id }));
    ctx.stdout(ctx.output === 'json'
        ? JSON.stringify(detail.record, null, 2)
        : describe(detail.record, touchedTenants(detail)));
    return command_js_1.EXIT_OK;
}
exports.releaseCommand = {
    name: 'release',
    usage: 'release list|show ID',
    summary: 'List release records on the state branch, or show one with its history',
    help: [
        "release list [--env E] [--workload W] [--state S]   newest first; S as the list prints it: 'Pending Approval'",
        'release show ID                                      the record, its timeline and its rollback target',
        '',
        'Reads the state branch from `origin` when the repository has one (fetching it into refs/gitopshq/, never',
        'touching your checkout), else the local branch. The branch is --state-branch B, else stateBranch of',
        'gitopshq.yaml, else gitopshq/state.',
    ].join('\n'),
    options: {
        env: { type: 'string' },
        workload: { type: 'string' },
        state: { type: 'string' },
        'state-branch': { type: 'string' },
    },
    run: async (ctx, args) => {
        const sub = args.positionals[0];
        if (sub === 'list')
            return list(ctx, args);
        if (sub === 'show')
            return show(ctx, args);
        throw usage(sub === undefined ? 'release needs a subcommand' : `unknown subcommand '${sub}'`);
    },
};


/***/ }),

/***/ 69083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listReleases = listReleases;
exports.showRelease = showRelease;
// release list / show: the release records on the state branch of the GitOps repository at `repo`, read through the
// record store as the actions wrote them: from `origin` when the repository has one (fetched into a private ref,
// the checkout untouched), else the local branch. Flow: docs/architecture.md.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const layout_js_1 = __webpack_require__(89128);
const schema_validate_js_1 = __webpack_require__(4501);
const local_store_js_1 = __webpack_require__(4151);
const result_js_1 = __webpack_require__(48155);
/**
 * The cache of parsed records (src/state/record-cache.ts) that metrics and the dashboard keep: a second listing of
 * a large branch reads one local file instead of parsing every record again.
 */
function openStore(req) {
    return (0, local_store_js_1.localReadingStore)(req.repo, {
        ...(req.stateBranch !== undefined ? { stateBranch: req.stateBranch } : {}),
    });
}
const newerFirst = (a, b) => (a < b ? 1 : a > b ? -1 : 0);
async function listReleases(req) {
    const store = await openStore(req);
    if ('outcome' in store)
        return store;
    // One fetch and one read of the branch (ls-tree + cat-file --batch), promotions not even read: 10,000 releases
    // list in well under a second (npm run bench:metrics prints it).
    const { tip, releases } = await store.readAll((kind) => kind === 'release');
    if (tip === undefined) {
        return (0, result_js_1.succeeded)({ branch: store.branch, exists: false, records: [] });
    }
    const { environment, workload, state } = req;
    const records = releases
        .filter((r) => (environment === undefined || r.environment === environment) &&
        (workload === undefined || r.workload === workload))
        .filter((r) => state === undefined || r.state === state)
        // Timestamps are ISO 8601 UTC and ids lower-case ASCII: code-unit order is time order, with no locale to consult.
        .sort((a, b) => newerFirst(a.createdAt, b.createdAt) || newerFirst(a.id, b.id));
    return (0, result_js_1.succeeded)({ branch: store.branch, exists: true, records });
}
/** Failed (a finding) when no release has that ID on the state branch. */
async function showRelease(req) {
    const store = await openStore(req);
    if ('outcome' in store)
        return store;
    const record = await store.getRelease(req.id);
    if (record === undefined) {
        return (0, result_js_1.failed)({ message: `release ${req.id} not found on the state branch ${store.branch}` });
    }
    const bound = record.tenants.length > 0 ? undefined : await boundTenants(req.repo, record.workload);
    return (0, result_js_1.succeeded)({ record, boundTenants: bound });
}
async function boundTenants(repo, workload) {
    const file = `${layout_js_1.WORKLOADS_DIR}/${workload}/workload.yaml`;
    const text = await (0, promises_1.readFile)((0, node_path_1.join)(repo, file), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const { value } = (0, schema_validate_js_1.validateDocument)(text, file, 'workload');
    return Array.isArray(value?.tenants) ? value.tenants.filter((t) => typeof t === 'string') : undefined;
}


/***/ })

};
