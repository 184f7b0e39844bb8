export const id = 7598;
export const ids = [7598];
export const modules = {

/***/ 97598:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateCommand = void 0;
exports.repositoryOfRemote = repositoryOfRemote;
// `gitopshq gate --pr N [--env E] [--output json]`: what a pull request's approval gate still needs, evaluated by the
// same use case as the approve-gate action (src/usecases/approve-gate.ts) but read-only: no status, no record.
// GitHub is reached with GITHUB_TOKEN, GITHUB_API_URL (default api.github.com) and GITHUB_REPOSITORY (default: the
// owner/name of --repo's origin remote).
const node_child_process_1 = __webpack_require__(31421);
const node_util_1 = __webpack_require__(57975);
const ports_js_1 = __webpack_require__(64119);
const errors_js_1 = __webpack_require__(10241);
const approve_gate_js_1 = __webpack_require__(46513);
const local_ports_js_1 = __webpack_require__(43094);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
const USAGE = 'gate --pr N [--env E] [--output json]';
function usage(message) {
    return new errors_js_1.UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}
/** owner/name from a GitHub remote URL (https or ssh), or undefined. */
function repositoryOfRemote(url) {
    const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? `${m[1]}/${m[2]}` : undefined;
}
/** The origin remote's URL, or undefined when --repo has none (a local-only repository). */
async function originUrl(repo) {
    try {
        const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)('git', ['-C', repo, 'remote', 'get-url', 'origin']);
        return stdout.trim();
    }
    catch {
        return undefined;
    }
}
exports.gateCommand = {
    name: 'gate',
    usage: USAGE,
    summary: "Print what a pull request's approval gate still needs (read-only)",
    help: [
        "Evaluates the environment's approval policy and freeze windows (from gitopshq.yaml and CODEOWNERS on the PR's",
        'base branch) against the PR: reviews, write permissions, team memberships, who pushed. Writes nothing.',
        'Needs GITHUB_TOKEN; GITHUB_API_URL and GITHUB_REPOSITORY default to api.github.com and the origin remote.',
        'Exit 0 when the gate passes, 1 when it is blocked, 2 on a usage or environment error.',
        '',
        'Examples:',
        '  gitopshq gate --pr 42',
        '  gitopshq gate --pr 42 --env prod --output json   # {"approved", "missing": [{"rule": ...}], ...}',
    ].join('\n'),
    options: {
        pr: { type: 'string' },
        env: { type: 'string' },
    },
    async run(ctx, args) {
        if (args.positionals.length > 0)
            throw usage(`unexpected argument '${args.positionals[0]}'`);
        const prText = (0, command_js_1.stringOpt)(args, 'pr');
        if (prText === undefined)
            throw usage('--pr is required');
        if (!/^[1-9]\d*$/.test(prText))
            throw usage(`--pr '${prText}' is not a pull request number`);
        const token = ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN ?? '';
        if (!token)
            throw usage('GITHUB_TOKEN is not set: export a token that may read the repository');
        const origin = await originUrl(ctx.repo);
        const full = ctx.env.GITHUB_REPOSITORY || (origin ? repositoryOfRemote(origin) : undefined);
        const [owner, name, extra] = (full ?? '').split('/');
        if (!owner || !name || extra !== undefined) {
            throw usage('set GITHUB_REPOSITORY=owner/name (the origin remote of --repo does not name a GitHub repository)');
        }
        const github = await (0, ports_js_1.lazyGitHubPort)(() => ({
            token,
            baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            repository: { owner, repo: name },
            warn: (m) => ctx.stderr(m),
        }))();
        const { checkout } = (0, local_ports_js_1.localPorts)(ctx.repo, { token, where: ctx.repo });
        const store = await (0, local_ports_js_1.localRecordStore)(ctx.repo, {
            token,
            ...(origin ? { remote: 'origin' } : {}),
        });
        const env = (0, command_js_1.stringOpt)(args, 'env');
        const result = await (0, approve_gate_js_1.approveGate)({
            pullRequest: Number(prText),
            ...(env ? { environment: env } : {}),
            actor: 'gitopshq-cli',
            readOnly: true,
        }, {
            github,
            checkout,
            store,
            log: { info: () => { }, debug: () => { }, warning: (m) => ctx.stderr(m), group: (_t, fn) => fn() },
        });
        const error = (0, result_js_1.stepUserError)(result);
        const r = result.value;
        if (error || !r)
            throw error ?? new Error(`gate ended ${result.outcome} without a report`);
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({
                pullRequest: r.pullRequest,
                environment: r.environment,
                change: r.change,
                approved: r.approved,
                releaseId: r.releaseId ?? null,
                state: r.state ?? null,
                description: r.description,
                missing: r.missing,
                counted: r.decision.counted,
                ignored: r.decision.ignored,
                frozen: r.freeze.frozen,
                until: r.freeze.until,
                environments: r.environments,
            }, null, 2));
        }
        else {
            const head = r.change === 'release'
                ? `#${r.pullRequest} (${r.environment}${r.releaseId ? `, release ${r.releaseId} ${r.state}` : ', no release record yet'})`
                : `#${r.pullRequest} (no release: ${r.change})`;
            ctx.stdout(`${head}: ${r.approved ? 'passes' : 'blocked'}: ${r.description}`);
            ctx.stdout(`approvals that count: ${r.decision.counted.join(', ') || 'none'}`);
            for (const i of r.decision.ignored)
                ctx.stdout(`not counted: ${i.reviewer} (${i.why})`);
            if (r.environments.length > 1) {
                for (const e of r.environments) {
                    ctx.stdout(`${e.environment}'s policy: ${e.approved ? 'passes' : 'outstanding'}: ${e.description}`);
                }
            }
        }
        return r.approved ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};


/***/ })

};
