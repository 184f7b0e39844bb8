export const id = 3947;
export const ids = [3947];
export const modules = {

/***/ 54959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.healthCommand = void 0;
// `gitopshq health --file OBJECT.yaml`: maps assessHealthFile of src/usecases/assess-health-file.ts to one line per
// object (or JSON) and an exit code.
const errors_js_1 = __webpack_require__(10241);
const assess_health_file_js_1 = __webpack_require__(89266);
const result_js_1 = __webpack_require__(48155);
const command_js_1 = __webpack_require__(3567);
exports.healthCommand = {
    name: 'health',
    usage: 'health --file OBJECT.yaml',
    summary: 'Judge the health of Kubernetes objects read from a file',
    help: [
        'Reads Kubernetes objects (one YAML file as `kubectl get -o yaml` prints it: one object, several documents, or',
        "a List) and judges each one by the rules verify-health uses: Argo CD's health checks per kind, kstatus",
        'conditions for any other resource, and a status whose observedGeneration is below metadata.generation is',
        'Progressing (docs/architecture.md#health). Statuses: Healthy, Progressing, Degraded, Suspended, Missing,',
        'Unknown; several objects take the worst. Exit 0 when Healthy, 1 otherwise or when the file is not valid.',
        '',
        'Examples:',
        '  kubectl get deployment web -o yaml > web.yaml && gitopshq health --file web.yaml',
        '  kubectl get pods -n shop -o yaml > pods.yaml && gitopshq health --file pods.yaml --output json',
        '      # {"status": "Degraded", "message": "...", "objects": [{"kind", "name", "status", "message", ...}]}',
    ].join('\n'),
    options: { file: { type: 'string' } },
    run: async (ctx, args) => {
        const file = args.values.file;
        if (typeof file !== 'string' || file === '' || args.positionals.length > 0) {
            throw new errors_js_1.UserError('expected --file OBJECT.yaml, e.g. `gitopshq health --file deployment.yaml`', [], 'usage');
        }
        const result = await (0, assess_health_file_js_1.assessHealthFile)({ file });
        const error = (0, result_js_1.stepUserError)(result);
        const report = result.value;
        if (error || !report)
            throw error ?? new Error(`health ended ${result.outcome} without a report`);
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({ status: report.status, message: report.message, objects: report.objects }));
        }
        else {
            const width = Math.max(...report.objects.map((o) => o.status.length));
            const lines = report.objects.map((o) => `${o.status.padEnd(width)}  ${o.message}`);
            if (report.objects.length > 1)
                lines.push(`${report.status}: ${report.message}`);
            ctx.stdout(lines.join('\n'));
        }
        return report.status === 'Healthy' ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};


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

/***/ 89266:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assessHealthFile = assessHealthFile;
// `gitopshq health --file`: judge the Kubernetes objects of one YAML file by the rules verify-health uses
// (src/domain/health, docs/architecture.md#health). The file is read here so the CLI stays a thin front end.
const promises_1 = __webpack_require__(51455);
const errors_js_1 = __webpack_require__(10241);
const index_js_1 = __webpack_require__(53891);
const result_js_1 = __webpack_require__(48155);
async function assessHealthFile(req) {
    let text;
    try {
        text = await (0, promises_1.readFile)(req.file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : String(code);
        return (0, result_js_1.failed)({ kind: 'usage', message: `--file ${req.file}: ${why}` });
    }
    const { objects, findings } = (0, index_js_1.parseLiveObjects)(text, req.file);
    if (findings.length > 0) {
        return (0, result_js_1.failed)({ message: findings.map(errors_js_1.formatFinding).join('\n'), findings });
    }
    const assessed = objects.map(({ object, line }) => {
        const verdict = (0, index_js_1.assessHealth)(object);
        return {
            apiVersion: object.apiVersion,
            kind: object.kind,
            name: object.metadata.name,
            ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
            line,
            ...verdict,
        };
    });
    return (0, result_js_1.succeeded)({ file: req.file, ...(0, index_js_1.summarizeHealth)(assessed), objects: assessed });
}


/***/ }),

/***/ 48155:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.succeeded = succeeded;
exports.failed = failed;
exports.pending = pending;
exports.stepUserError = stepUserError;
// What every use case returns (docs/architecture.md): a step either succeeded, failed, or is pending (waiting for a
// person, a PR, a cluster), and says whether running it again may help. Modelled on kargo's step results: a caller
// (an action, the CLI, a scheduler) decides what to do from these two fields alone, never from a message.
const errors_js_1 = __webpack_require__(10241);
function succeeded(value) {
    return { outcome: 'succeeded', retryable: false, value };
}
function failed(error, opts = {}) {
    return {
        outcome: 'failed',
        retryable: opts.retryable ?? false,
        error: { kind: error.kind ?? 'finding', message: error.message, findings: error.findings ?? [] },
        ...(opts.value !== undefined ? { value: opts.value } : {}),
    };
}
function pending(reason, opts = {}) {
    return { outcome: 'pending', retryable: true, reason, ...opts };
}
/** The error an entry point (action wrapper, CLI) reports for a failed step; undefined when it did not fail. */
function stepUserError(result) {
    if (result.outcome !== 'failed')
        return undefined;
    const { message, findings, kind } = result.error;
    return new errors_js_1.UserError(result.retryable ? `${message} (a retry may help)` : message, findings, kind);
}


/***/ })

};
