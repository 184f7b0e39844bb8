export const id = 4533;
export const ids = [4533];
export const modules = {

/***/ 34533:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackCommand = void 0;
// `gitopshq rollback --env E --to ID [--reason TEXT]`: what the deploy action does with `rollback-to`, from a
// terminal (src/usecases/rollback.ts). GitHub comes from GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY;
// without a token the deploy branch is still rolled back and the record written, and it says the values PR and the
// Deployment could not be made.
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const local_ports_js_1 = __webpack_require__(43094);
const result_js_1 = __webpack_require__(48155);
const rollback_js_1 = __webpack_require__(98678);
const command_js_1 = __webpack_require__(3567);
const terminal_js_1 = __webpack_require__(71028);
const USAGE = 'rollback --env E --to RELEASE-ID [--tenants T1,T2] [--reason TEXT] [--allow-unverified] [--state-branch B]';
exports.rollbackCommand = {
    name: 'rollback',
    readsRepo: true,
    usage: USAGE,
    summary: "Put an earlier release's manifests back on an environment's deploy branch",
    help: [
        'Commits the manifests release RELEASE-ID deployed to environment E again (read from the deploy branch at that',
        "release's deploy commit, byte for byte) as a new commit, marks the running release Rolled Back with who, when",
        "and why, records a GitHub Deployment and opens a pull request on main restoring that release's values, so the",
        'next deploy cannot bring the bad change back. Run it in a clone of the GitOps repository (pushes go to origin).',
        'GitHub: GITHUB_TOKEN, GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY (owner/name); without',
        'a token the deploy branch and the record are still written and the missing pull request is reported.',
        '--tenants: only those tenants (default: every tenant RELEASE-ID deployed); a release that also runs for a tenant',
        'left out is refused, not marked Rolled Back. RELEASE-ID must have been Healthy; --allow-unverified also accepts',
        'one deployed but never verified (Deployed or Synced).',
        '',
        'Examples:',
        '  gitopshq rollback --env prod --to payment-api-prod-20261126-a1b2c3 --reason "5xx after 2.5.0"',
    ].join('\n'),
    options: {
        env: { type: 'string' },
        to: { type: 'string' },
        reason: { type: 'string' },
        tenants: { type: 'string' },
        'allow-unverified': { type: 'boolean' },
        'state-branch': { type: 'string' },
    },
    async run(ctx, args) {
        const env = (0, command_js_1.stringOpt)(args, 'env');
        const to = (0, command_js_1.stringOpt)(args, 'to');
        if (env === undefined || to === undefined || args.positionals.length > 0) {
            throw new errors_js_1.UserError(`expected --env E --to RELEASE-ID\nUsage: gitopshq ${USAGE}`, [], 'usage');
        }
        (0, names_js_1.assertName)('environment', env);
        const tenantList = (0, command_js_1.stringOpt)(args, 'tenants');
        const tenants = tenantList
            ?.split(',')
            .map((t) => t.trim())
            .filter((t) => t !== '');
        for (const t of tenants ?? [])
            (0, names_js_1.assertName)('tenant', t);
        const actor = (0, terminal_js_1.terminalActor)(ctx);
        const reason = (0, command_js_1.stringOpt)(args, 'reason') ?? `rollback by ${actor} from a terminal`;
        const token = ctx.env.GITHUB_TOKEN || undefined;
        const remote = await (0, local_ports_js_1.originRemote)(ctx.repo);
        const store = await (0, local_ports_js_1.localRecordStore)(ctx.repo, {
            stateBranch: (0, command_js_1.stringOpt)(args, 'state-branch'),
            remote,
            actor,
            ...(token ? { token } : {}),
        });
        const branches = (0, local_ports_js_1.localDeployBranches)(ctx.repo, { remote, actor, ...(token ? { token } : {}) });
        const github = token ? await (0, terminal_js_1.githubFromEnv)(ctx, token) : undefined;
        const log = (0, terminal_js_1.terminalLog)(ctx);
        const result = await (0, rollback_js_1.rollback)({
            environment: env,
            to,
            actor,
            reason,
            ...(tenants ? { tenants } : {}),
            allowUnverified: args.values['allow-unverified'] === true,
        }, { store, branches, valuesRepo: branches, log, ...(github ? { github, pulls: github } : {}) });
        const error = (0, result_js_1.stepUserError)(result);
        if (error)
            throw error;
        const v = result.value;
        if (ctx.output === 'json')
            ctx.stdout(JSON.stringify(v));
        else if (v) {
            ctx.stdout([
                `${v.rolledBack} rolled back to ${to} in ${env}: ${v.branch} at ${v.deployCommit?.slice(0, 7)}`,
                v.valuesPullRequest
                    ? `values pull request: #${v.valuesPullRequest.number} ${v.valuesPullRequest.url}`
                    : `no values pull request: ${v.valuesNote ?? 'not needed'}`,
            ].join('\n'));
        }
        return command_js_1.EXIT_OK;
    },
};


/***/ })

};
