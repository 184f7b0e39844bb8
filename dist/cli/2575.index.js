export const id = 2575;
export const ids = [2575];
export const modules = {

/***/ 12575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateCommand = void 0;
// `gitopshq validate`: maps validateRepo of src/usecases/validate-repo.ts to `file:line:col` lines (or JSON).
const errors_js_1 = __webpack_require__(10241);
const validate_repo_js_1 = __webpack_require__(40309);
const command_js_1 = __webpack_require__(3567);
exports.validateCommand = {
    name: 'validate',
    readsRepo: true,
    usage: 'validate',
    summary: 'Check gitopshq.yaml, every workload and values file against their schemas',
    help: [
        'Checks every file of the repository (gitopshq.yaml, workloads/*/workload.yaml and every values file) against',
        'its JSON Schema and the rules between files (known environments and tenants, folders that must exist), and',
        'prints one `file:line:col: message` line per problem. Exit 0 when valid, 1 when there are problems.',
        'Values literals that Helm (YAML 1.1) reads differently from YAML 1.2 (`0644`, `yes`, `on`, `1_000`) are',
        'printed as `file:line:col: warning: ...` and do not fail validation.',
        '',
        'Examples:',
        '  gitopshq validate',
        '  gitopshq validate --repo ../gitops',
        '  gitopshq validate --output json    # {"valid": false, "findings": [{"file", "line", "col", "message"}], ...}',
    ].join('\n'),
    async run(ctx) {
        const result = await (0, validate_repo_js_1.validateRepo)({ repo: ctx.repo });
        if (!result.value)
            throw new Error('validate returned no result');
        const { findings, files, warnings } = result.value;
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({
                valid: findings.length === 0,
                findings,
                ...(warnings.length > 0 ? { warnings } : {}),
                files: files.length,
            }));
            return findings.length === 0 ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
        }
        // Warnings (a values literal Helm reads as YAML 1.1) never fail validation but are printed first.
        if (warnings.length > 0)
            ctx.stdout(warnings.map((w) => (0, errors_js_1.formatFinding)({ ...w, message: `warning: ${w.message}` })).join('\n'));
        if (findings.length === 0) {
            ctx.stdout(`ok: ${files.length} files valid${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`);
        }
        else {
            ctx.stdout(findings.map(errors_js_1.formatFinding).join('\n'));
            const inFiles = new Set(findings.map((f) => f.file)).size;
            ctx.stderr(`${findings.length} problem${findings.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'}`);
        }
        return findings.length === 0 ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};


/***/ }),

/***/ 40309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateRepo = validateRepo;
const repo_js_1 = __webpack_require__(53413);
const result_js_1 = __webpack_require__(48155);
async function validateRepo(req) {
    const { findings, files, warnings } = await (0, repo_js_1.inspectRepo)(req.repo);
    const value = { findings, warnings, files };
    if (findings.length === 0)
        return (0, result_js_1.succeeded)(value);
    const s = findings.length === 1 ? '' : 's';
    return (0, result_js_1.failed)({ message: `${findings.length} problem${s} in the repository`, findings }, { value });
}


/***/ })

};
