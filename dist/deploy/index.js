import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9111:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.action = void 0;
// deploy: maps the inputs to src/usecases/deploy.ts (or, with rollback-to, src/usecases/rollback.ts) and the
// result to outputs, summary and annotations.
const node_path_1 = __nccwpck_require__(6760);
const action_js_1 = __nccwpck_require__(5605);
const errors_js_1 = __nccwpck_require__(241);
const result_js_1 = __nccwpck_require__(8155);
const inputs_js_1 = __nccwpck_require__(5422);
exports.action = (0, action_js_1.defineAction)({
    name: 'deploy',
    inputs: inputs_js_1.inputs,
    outputs: inputs_js_1.outputs,
    async run(input, env) {
        // Checked before anything is loaded or written. A dispatch names what to deploy: without either input it would
        // deploy whatever main's tip merged, which is not what a person running the workflow by hand asked for.
        if (input.releaseId !== undefined && input.rollbackTo !== undefined) {
            throw new errors_js_1.UserError('release-id and rollback-to were both given: give release-id to deploy that release, or rollback-to to roll the environment back to that release, not both', [], 'usage');
        }
        if (env.context.eventName === 'workflow_dispatch' &&
            input.releaseId === undefined &&
            input.rollbackTo === undefined) {
            throw new errors_js_1.UserError('a run by hand (workflow_dispatch) needs release-id (the Approved or Failed release to deploy) or rollback-to (the release to roll back to)', [], 'usage');
        }
        if (input.reason !== undefined && input.rollbackTo === undefined) {
            env.log.warning('reason is recorded only with rollback-to (why the environment is rolled back): ignored');
        }
        const dir = (0, node_path_1.resolve)(env.context.workspace, input.repoPath);
        const actor = env.context.actor || 'gitopshq-bot';
        const remote = 'origin';
        // The GitHub client first: a run without a repository or token fails before anything heavy is loaded.
        const github = await env.github();
        // Loaded only once the inputs are valid: a run that fails validation starts as fast as bare node.
        const [{ deploy }, { rollback }, { localDeployBranches, localRecordStore, localReleaseSource }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(7042), __nccwpck_require__.e(9377)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9377)),
            Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(7042), __nccwpck_require__.e(9377), __nccwpck_require__.e(9691), __nccwpck_require__.e(8678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8678)),
            Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(7042), __nccwpck_require__.e(5045), __nccwpck_require__.e(9691), __nccwpck_require__.e(3094)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3094)),
        ]);
        const store = await localRecordStore(dir, {
            stateBranch: input.stateBranch,
            token: input.token,
            actor,
            remote,
        });
        const ports = {
            github,
            store,
            log: env.log,
            source: localReleaseSource(dir),
            branches: localDeployBranches(dir, { token: input.token, remote, actor }),
        };
        const runUrl = env.context.runUrl || undefined;
        let result;
        if (input.rollbackTo !== undefined) {
            if (input.environment === undefined) {
                throw new errors_js_1.UserError('rollback-to needs the environment input: the environment to roll back', [], 'usage');
            }
            result = await rollback({
                environment: input.environment,
                to: input.rollbackTo,
                actor,
                reason: input.reason?.trim() || `rollback by ${actor}`,
                runUrl,
            }, { ...ports, pulls: github, valuesRepo: ports.branches });
        }
        else {
            result = await deploy({
                ...(input.releaseId !== undefined ? { releaseId: input.releaseId } : {}),
                ...(input.environment !== undefined ? { environment: input.environment } : {}),
                // A named release deploys what its own merge produced, not whatever main holds at dispatch time.
                ...(env.context.sha && input.releaseId === undefined ? { sha: env.context.sha } : {}),
                actor,
                ...(runUrl ? { runUrl } : {}),
            }, ports);
        }
        const v = result.value;
        if (v)
            env.summary.add(summaryOf(v, result.outcome === 'pending' ? result.reason : undefined));
        else if (result.outcome === 'pending')
            env.summary.add(result.reason);
        // The environment's last 7 days (deploy frequency, failed rate), from the few release files that may count.
        const metricsLine = v?.environment
            ? await (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(2210), __nccwpck_require__.e(5045), __nccwpck_require__.e(2470)]).then(__nccwpck_require__.bind(__nccwpck_require__, 109))).environmentMetricsSummary(store, v.environment, {
                repo: dir,
            })
            : undefined;
        if (metricsLine)
            env.summary.add(metricsLine);
        const error = (0, result_js_1.stepUserError)(result);
        // run-action annotates the error's findings.
        if (error)
            throw error;
        if (result.outcome === 'pending')
            env.log.warning(result.reason);
        return {
            releaseId: v?.releaseId ?? '',
            environment: v?.environment ?? '',
            deployCommit: v?.deployCommit ?? '',
            deploymentId: v?.deploymentId ?? '',
            state: v?.state ?? '',
        };
    },
});
function summaryOf(v, held) {
    const lines = [`### deploy: release ${v.releaseId} in ${v.environment} is ${v.state}`];
    if (held)
        lines.push('', held);
    if (v.unchanged)
        lines.push('', 'Nothing to do: already deployed.');
    if (v.deployCommit)
        lines.push('', `Deploy commit \`${v.deployCommit}\` on \`${v.branch ?? ''}\``);
    if (v.files.length > 0)
        lines.push('', ...v.files.map((f) => `- \`${f}\``));
    return lines.join('\n');
}


/***/ }),

/***/ 5422:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.outputs = exports.inputs = void 0;
// deploy's public interface (docs/architecture.md#contracts).
const contract_js_1 = __nccwpck_require__(2013);
exports.inputs = {
    /** Default: the release whose pull request was merged as GITHUB_SHA. */
    'release-id': { kind: 'id' },
    environment: { kind: 'name', name: 'environment' },
    'rollback-to': { kind: 'id' },
    /** With rollback-to: why (recorded on the releases and in the rollback pull request). */
    reason: { kind: 'string' },
    ...contract_js_1.COMMON_INPUTS,
};
exports.outputs = (0, contract_js_1.defineOutputs)([
    'release-id',
    'environment',
    'deploy-commit',
    'deployment-id',
    'state',
]);


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineAction = defineAction;
/** Keeps the literal types of the spec and outputs so the handler's `inputs` and return value are checked. */
function defineAction(handler) {
    return handler;
}


/***/ }),

/***/ 8480:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_EVENT_BYTES = void 0;
exports.readContext = readContext;
exports.eventPullRequestNumber = eventPullRequestNumber;
exports.requireRepository = requireRepository;
// The workflow run's context, read from the runner's environment and event file. We read it ourselves rather
// than through @actions/github so that a bundle that only validates inputs does not load Octokit at startup.
const node_fs_1 = __nccwpck_require__(3024);
const errors_js_1 = __nccwpck_require__(241);
const plain_object_js_1 = __nccwpck_require__(7134);
const size_text_js_1 = __nccwpck_require__(3975);
/** GitHub caps a webhook payload at 25 MB; a bigger event file is not one GitHub wrote, and is not read. */
exports.MAX_EVENT_BYTES = 25 * 1024 * 1024;
function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    return {
        owner,
        repo,
        repository,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload: readPayload(env.GITHUB_EVENT_PATH),
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        runId,
        runAttempt,
        runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}/attempts/${runAttempt}` : '',
    };
}
function readPayload(path) {
    if (!path)
        return {};
    let text;
    try {
        const { size } = (0, node_fs_1.statSync)(path);
        if (size > exports.MAX_EVENT_BYTES) {
            throw new errors_js_1.UserError(`the event payload GITHUB_EVENT_PATH=${path} is ${(0, size_text_js_1.sizeText)(size)}, more than GitHub ever sends (${(0, size_text_js_1.sizeText)(exports.MAX_EVENT_BYTES)}): it is not read`);
        }
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            throw e;
        throw new errors_js_1.UserError(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${e.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (e) {
        // The runner writes this file; garbage in it means the step runs somewhere that is not a runner (or a broken one).
        throw new errors_js_1.UserError(`the event payload GITHUB_EVENT_PATH=${path} is not JSON (${e.message}): run the step on a GitHub Actions runner, or point GITHUB_EVENT_PATH at the event's JSON`);
    }
    return (0, plain_object_js_1.isPlainObject)(parsed) ? parsed : {};
}
/** The pull request the event is about (pull_request, pull_request_review, issue_comment on a PR), if any. */
function eventPullRequestNumber(ctx) {
    const pr = ctx.payload.pull_request;
    if (pr && typeof pr === 'object' && 'number' in pr && typeof pr.number === 'number')
        return pr.number;
    const issue = ctx.payload.issue;
    if (issue && typeof issue === 'object' && 'pull_request' in issue && 'number' in issue) {
        return typeof issue.number === 'number' ? issue.number : undefined;
    }
    return undefined;
}
/** The repository and API the GitHub port should talk to; fails with what to set when outside a runner. */
function requireRepository(ctx) {
    if (!ctx.owner || !ctx.repo) {
        throw new errors_js_1.UserError('GITHUB_REPOSITORY is not set (owner/repo): run inside GitHub Actions or set it', [], 'usage');
    }
    return { owner: ctx.owner, repo: ctx.repo };
}


/***/ }),

/***/ 2013:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PREVIEW_STATUS_CONTEXT = exports.APPROVAL_STATUS_CONTEXT = exports.GITHUB_TOKEN_DEFAULT = exports.COMMON_INPUTS = exports.STATE_BRANCH_INPUT = exports.REPO_PATH_INPUT = exports.TOKEN_INPUT = exports.COMMAND_INPUT = exports.ACTION_NAMES = void 0;
exports.isActionName = isActionName;
exports.defineOutputs = defineOutputs;
exports.ACTION_NAMES = [
    'create-release',
    'preview',
    'approve-gate',
    'deploy',
    'promote',
    'verify-health',
];
function isActionName(s) {
    return exports.ACTION_NAMES.includes(s);
}
/** The root action's dispatch input. */
exports.COMMAND_INPUT = 'command';
exports.TOKEN_INPUT = 'token';
exports.REPO_PATH_INPUT = 'repo-path';
exports.STATE_BRANCH_INPUT = 'state-branch';
/** Inputs every action takes (docs/architecture.md#contracts). */
exports.COMMON_INPUTS = {
    [exports.TOKEN_INPUT]: { kind: 'secret', githubToken: true },
    [exports.REPO_PATH_INPUT]: { kind: 'path', default: '.' },
    // No default here: unset, the branch comes from gitopshq.yaml (resolveStateBranch in src/state).
    [exports.STATE_BRANCH_INPUT]: { kind: 'branch' },
};
/** The text action.yml must declare as the default of a `githubToken` secret. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a JS template
exports.GITHUB_TOKEN_DEFAULT = '${{ github.token }}';
/** Declares an action's outputs; the names are the contract, handlers return them in camelCase. */
function defineOutputs(names) {
    return names;
}
// The commit status contexts branch protection requires (docs/architecture.md#contracts) live with the GitHub port,
// where the use cases see them.
var port_js_1 = __nccwpck_require__(8212);
Object.defineProperty(exports, "APPROVAL_STATUS_CONTEXT", ({ enumerable: true, get: function () { return port_js_1.APPROVAL_STATUS_CONTEXT; } }));
Object.defineProperty(exports, "PREVIEW_STATUS_CONTEXT", ({ enumerable: true, get: function () { return port_js_1.PREVIEW_STATUS_CONTEXT; } }));


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputError = exports.envInputSource = void 0;
exports.camelCase = camelCase;
exports.inputEnvName = inputEnvName;
exports.parseDuration = parseDuration;
exports.secretValues = secretValues;
exports.readInputs = readInputs;
// The one place that turns the runner's INPUT_* strings into a typed settings object. Every input is checked
// and every problem collected, so a user with three mistakes fixes them in one round trip, not three.
const errors_js_1 = __nccwpck_require__(241);
const names_js_1 = __nccwpck_require__(8800);
const path_syntax_js_1 = __nccwpck_require__(6633);
const release_dispatch_js_1 = __nccwpck_require__(8332);
const release_id_js_1 = __nccwpck_require__(1867);
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** The environment variable the runner sets for an input: upper-cased, spaces to `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
const envInputSource = (env = process.env) => (name) => env[inputEnvName(name)] ?? '';
exports.envInputSource = envInputSource;
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
// git check-ref-format's rules, restricted further to what is safe to show in a path and a URL.
const BRANCH = /^[A-Za-z0-9._/-]{1,200}$/;
/** Milliseconds in `90s`, `10m`, `1h30m`; undefined when the text is not such a duration. */
function parseDuration(text) {
    const m = DURATION.exec(text);
    if (!m || text === '')
        return undefined;
    const [, h = '0', min = '0', s = '0'] = m;
    return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000;
}
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((t) => t.trim())
        .filter((t) => t !== '');
}
function parseKind(def, raw) {
    const shown = JSON.stringify(raw.length > 80 ? `${raw.slice(0, 77)}...` : raw);
    switch (def.kind) {
        case 'string':
        case 'secret':
            return { value: raw };
        case 'boolean':
            if (TRUE.includes(raw))
                return { value: true };
            if (FALSE.includes(raw))
                return { value: false };
            return { problem: `${shown} is not a boolean: use true or false` };
        case 'enum':
            return def.values.includes(raw)
                ? { value: raw }
                : { problem: `${shown} is not one of ${def.values.join(', ')}` };
        case 'duration': {
            const ms = parseDuration(raw);
            return ms === undefined || ms === 0
                ? { problem: `${shown} is not a duration: write it like 90s, 10m, 1h or 1h30m` }
                : { value: ms };
        }
        case 'json':
            try {
                return { value: JSON.parse(raw) };
            }
            catch (e) {
                return { problem: `is not valid JSON (${e.message})` };
            }
        case 'integer': {
            const min = def.min ?? 1;
            return /^\d+$/.test(raw) && Number(raw) >= min && Number.isSafeInteger(Number(raw))
                ? { value: Number(raw) }
                : { problem: `${shown} is not a whole number >= ${min}` };
        }
        case 'updates':
            return parseUpdatesInput(raw);
        case 'name': {
            const problem = (0, names_js_1.checkName)(def.name, raw);
            return problem ? { problem } : { value: raw };
        }
        case 'names': {
            const names = splitList(raw);
            const problems = names.map((n) => (0, names_js_1.checkName)(def.name, n)).filter((p) => p !== undefined);
            return problems.length ? { problem: problems.join('; ') } : { value: [...new Set(names)] };
        }
        case 'id': {
            const problem = (0, release_id_js_1.checkRecordId)(raw);
            return problem ? { problem: `${shown} is not a release id: it ${problem}` } : { value: raw };
        }
        case 'path':
            return raw.includes('\0') ? { problem: 'contains a NUL character' } : { value: raw };
        case 'branch':
            return BRANCH.test(raw) && !raw.includes('..') && !raw.startsWith('/') && !raw.endsWith('/')
                ? { value: raw }
                : { problem: `${shown} is not a branch name: letters, digits, '.', '_', '-' and '/' only` };
        case 'time': {
            const at = (0, release_dispatch_js_1.commitTime)(raw);
            return at === undefined ? { problem: `${shown} ${release_dispatch_js_1.COMMIT_TIME_PROBLEM}` } : { value: at };
        }
    }
}
function parseUpdatesInput(raw) {
    try {
        return { value: (0, path_syntax_js_1.parseUpdateLines)(raw) };
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            return { problem: e.message };
        throw e;
    }
}
/**
 * The runner masks a multi-line value only where it appears whole, so each line's secret part is masked too.
 * For `key: value` lines only the value is masked, and short ones not at all: masking `apiVersion: v1` would
 * turn every later mention of it in the log into `***`.
 */
function secretLines(raw) {
    const out = [];
    for (const line of raw.split('\n')) {
        const text = line.trim().replace(/^- /, '');
        const kv = /^[\w.-]+:\s*(.*)$/.exec(text);
        const candidate = (kv ? (kv[1] ?? '') : text).replace(/^(["'])(.*)\1$/, '$2');
        if (candidate.length >= 8)
            out.push(candidate);
    }
    return out;
}
/** The raw text of every credential input, for masking before anything else happens. */
function secretValues(spec, source) {
    const values = [];
    for (const [name, def] of Object.entries(spec)) {
        if (def.kind !== 'secret')
            continue;
        const raw = source(name).trim();
        if (raw === '')
            continue;
        values.push(raw);
        if (def.multiline)
            values.push(...secretLines(raw));
    }
    return values;
}
/**
 * Reads and checks every input of `spec`. Throws one UserError listing every problem (`- draft: "yes" is not a
 * boolean: use true or false`), kind `usage`, with the problems in `problems` for callers that want them.
 */
function readInputs(spec, source = (0, exports.envInputSource)(), 
/** Rules across inputs; gets the inputs that parsed (a bad one is undefined) so its problems join the rest. */
check) {
    const out = {};
    const problems = [];
    for (const [name, def] of Object.entries(spec)) {
        const given = source(name).trim();
        const fromDefault = given === '' && def.kind !== 'secret' && def.default !== undefined;
        const raw = fromDefault ? def.default : given;
        const key = camelCase(name);
        if (raw === '') {
            if (def.required)
                problems.push({ input: name, problem: "is required: set it in the step's `with:`" });
            if (def.kind === 'updates' || def.kind === 'names')
                out[key] = [];
            else if (def.kind === 'boolean')
                out[key] = false;
            else
                out[key] = undefined;
            continue;
        }
        const parsed = parseKind(def, raw);
        if ('problem' in parsed) {
            problems.push({ input: name, problem: fromDefault ? `default ${parsed.problem}` : parsed.problem });
        }
        else
            out[key] = parsed.value;
    }
    if (check)
        problems.push(...check(out));
    if (problems.length)
        throw new InputError(problems);
    return out;
}
class InputError extends errors_js_1.UserError {
    problems;
    name = 'InputError';
    constructor(problems) {
        const head = problems.length === 1 ? '1 input needs changing' : `${problems.length} inputs need changing`;
        super(`${head}:\n${problems.map((p) => `- ${p.input}: ${p.problem}`).join('\n')}`, [], 'usage');
        this.problems = problems;
    }
}
exports.InputError = InputError;


/***/ }),

/***/ 4325:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


// Log output for an action: titled groups that are always closed (even when a phase throws), and annotations
// that never exceed what GitHub shows (10 of each type per step), with the rest summarised.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ActionLogger = exports.ANNOTATIONS_SHOWN_PER_TYPE = void 0;
exports.splitForAnnotations = splitForAnnotations;
const errors_js_1 = __nccwpck_require__(241);
const core = __importStar(__nccwpck_require__(8708));
/** GitHub shows at most this many annotations of each type per step and silently drops the rest. */
exports.ANNOTATIONS_SHOWN_PER_TYPE = 10;
class ActionLogger {
    #open = 0;
    info(message) {
        core.info(message);
    }
    debug(message) {
        core.debug(message);
    }
    warning(message) {
        core.warning(message);
    }
    async group(title, fn) {
        core.startGroup(title);
        this.#open++;
        try {
            return await fn();
        }
        finally {
            this.#closeOne();
        }
    }
    #closeOne() {
        if (this.#open === 0)
            return;
        this.#open--;
        core.endGroup();
    }
    /** Groups are not nested in the runner's log, but a handler may have opened one without `group`. */
    closeAll() {
        while (this.#open > 0)
            this.#closeOne();
    }
    findings(findings, reserve = {}) {
        for (const severity of ['error', 'warning']) {
            const ofType = findings.filter((f) => (f.severity ?? 'error') === severity);
            const budget = exports.ANNOTATIONS_SHOWN_PER_TYPE - (reserve[severity] ?? 0);
            const { shown, rest } = splitForAnnotations(ofType, budget);
            const annotate = severity === 'error' ? core.error : core.warning;
            for (const f of shown) {
                annotate(f.message, { file: f.file, startLine: f.line, startColumn: f.col });
            }
            if (rest.length) {
                annotate(`${rest.length} more ${severity}${rest.length === 1 ? '' : 's'} not shown as annotations ` +
                    `(GitHub shows ${exports.ANNOTATIONS_SHOWN_PER_TYPE} per step): see the log and the job summary`);
                for (const f of rest)
                    core.info(`${severity}: ${(0, errors_js_1.formatFinding)(f)}`);
            }
        }
    }
}
exports.ActionLogger = ActionLogger;
/** Every item fits when there are at most `budget`; otherwise one slot goes to the "N more" note. */
function splitForAnnotations(items, budget) {
    if (items.length <= budget)
        return { shown: [...items], rest: [] };
    const keep = Math.max(0, budget - 1);
    return { shown: items.slice(0, keep), rest: items.slice(keep) };
}


/***/ }),

/***/ 4119:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lazyGitHubPort = lazyGitHubPort;
// How an action gets its ports. The GitHub port is created lazily, on first use, and its module is loaded with a
// dynamic import: a run that fails input validation never pays for loading Octokit.
const errors_js_1 = __nccwpck_require__(241);
const contract_js_1 = __nccwpck_require__(2013);
async function loadAdapter() {
    // A literal specifier: ncc puts the adapter and Octokit in a chunk that loads only here.
    const { OctokitGitHub } = await Promise.all(/* import() */[__nccwpck_require__.e(9167), __nccwpck_require__.e(3060)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3060, 23));
    return (options) => new OctokitGitHub(options);
}
/** One port per action run, created on the first call. */
function lazyGitHubPort(options, load = loadAdapter) {
    let port;
    return () => {
        port ??= (async () => {
            const opts = options();
            if (!opts.token) {
                throw new errors_js_1.UserError(`the token input is empty: leave its default (${contract_js_1.GITHUB_TOKEN_DEFAULT}) or pass a token with the permissions the action needs`, [], 'usage');
            }
            const create = await load();
            return create(opts);
        })();
        return port;
    };
}


/***/ }),

/***/ 4117:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


// The wrapper every action runs in: read inputs once, run the handler, set all outputs together, write the
// summary; a UserError becomes "<action> failed: <what to change>" plus file annotations, anything else is a bug
// reported with its stack in the debug log. Masking comes first, before any line is logged.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAction = runAction;
const errors_js_1 = __nccwpck_require__(241);
const failure_js_1 = __nccwpck_require__(8881);
const context_js_1 = __nccwpck_require__(8480);
const contract_js_1 = __nccwpck_require__(2013);
const inputs_js_1 = __nccwpck_require__(9114);
const log_js_1 = __nccwpck_require__(4325);
const ports_js_1 = __nccwpck_require__(4119);
const core = __importStar(__nccwpck_require__(8708));
const summary_js_1 = __nccwpck_require__(1363);
async function runAction(handler, options = {}) {
    const env = options.env ?? process.env;
    // Bundled dependencies (kubernetes-models' ajv formats) use node's deprecated punycode: a warning in the step
    // log that no user can act on.
    process.noDeprecation = true;
    const log = new log_js_1.ActionLogger();
    const summary = new summary_js_1.SummaryBuilder();
    let port;
    let onFailure = {};
    try {
        const source = (0, inputs_js_1.envInputSource)(env);
        const secrets = new Set((0, inputs_js_1.secretValues)(handler.inputs, source));
        if (env.GITHUB_TOKEN)
            secrets.add(env.GITHUB_TOKEN);
        for (const secret of secrets)
            core.setSecret(secret);
        const inputs = (0, inputs_js_1.readInputs)(handler.inputs, source, handler.check);
        const context = (0, context_js_1.readContext)(env);
        // One port per repository: create-release from an application repository talks to the GitOps repository.
        const lazyPorts = new Map();
        const github = async (repository) => {
            const repo = repository ?? (0, context_js_1.requireRepository)(context);
            const key = `${repo.owner}/${repo.repo}`;
            let lazy = lazyPorts.get(key);
            if (!lazy) {
                lazy = (0, ports_js_1.lazyGitHubPort)(() => ({
                    token: source(contract_js_1.TOKEN_INPUT).trim(),
                    baseUrl: context.apiUrl,
                    repository: repo,
                    warn: (message) => log.warning(message),
                }), options.loadGitHub);
                lazyPorts.set(key, lazy);
            }
            port = await lazy();
            return port;
        };
        const outputsOnFailure = (o) => {
            onFailure = o;
        };
        const outputs = await handler.run(inputs, {
            context,
            log,
            summary,
            github,
            outputsOnFailure,
        });
        log.closeAll();
        // Set only after the handler succeeded, so a failed run never leaves half its outputs behind.
        setOutputs(handler.outputs, outputs);
    }
    catch (e) {
        log.closeAll();
        reportFailure(handler.name, e, log, summary);
        // Only what the handler chose to leave for `if: failure()` steps, complete as it gave it.
        setOutputs(handler.outputs, onFailure);
    }
    finally {
        log.closeAll();
        // Every run says what it cost of the repository's API budget (GITHUB_TOKEN: 1,000 requests an hour).
        if (port)
            summary.paragraph(`<sub>GitHub API requests in this step: ${port.requestCount}</sub>`);
        summary.write(env);
    }
}
function setOutputs(names, outputs) {
    for (const name of names) {
        const value = outputs[(0, inputs_js_1.camelCase)(name)];
        if (value !== undefined)
            core.setOutput(name, value);
    }
}
function reportFailure(action, e, log, summary) {
    if ((0, errors_js_1.isUserError)(e)) {
        const findings = e.findings;
        // setFailed is itself an error annotation: leave it one of the ten slots.
        log.findings(findings, { error: 1 });
        const first = e.message.split('\n')[0] ?? '';
        const message = findings.length > 1
            ? `${first} (and ${findings.length - 1} more: see the annotations and the job summary)`
            : e.message;
        core.setFailed(`${action} failed: ${message}`);
        summary.heading(`${action} failed`, 2).code(e.message);
        if (findings.length)
            summary.add(findingsTable(findings));
        return;
    }
    const github = (0, failure_js_1.explainGitHubFailure)(e);
    if (github !== undefined) {
        // GitHub failing is not a bug of ours: say what it answered, and that a re-run converges.
        core.setFailed(`${action} failed: ${github}`);
        summary.heading(`${action} failed`, 2).paragraph(github);
        return;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    core.setFailed(`${action} failed: unexpected error (a bug: please report it with the debug log): ${err.message}`);
    core.debug(err.stack ?? err.message);
    summary
        .heading(`${action} failed`, 2)
        .paragraph('Unexpected error (a bug). Re-run with debug logging for the stack.');
}
function findingsTable(findings) {
    return new summary_js_1.SummaryBuilder()
        .table(['where', 'severity', 'problem'], findings.map((f) => [
        (0, errors_js_1.formatFinding)({ ...f, message: '' }).replace(/: $/, ''),
        f.severity ?? 'error',
        f.message,
    ]))
        .toMarkdown();
}


/***/ }),

/***/ 8708:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.notice = exports.warning = exports.error = void 0;
exports.issueCommand = issueCommand;
exports.guardCommands = guardCommands;
exports.info = info;
exports.debug = debug;
exports.startGroup = startGroup;
exports.endGroup = endGroup;
exports.setSecret = setSecret;
exports.setFailed = setFailed;
exports.setOutput = setOutput;
// The runner's protocol (workflow commands on stdout, file commands in GITHUB_OUTPUT), written the way
// @actions/core writes it. Why not @actions/core itself: its entry point loads @actions/http-client and undici
// for OIDC, which we never use, and that alone costs ~150 ms of CPU at startup, most of the 250 ms budget
// (measured, see the ACTIONS-RUNTIME report). test/unit/core/runner-commands.test.ts checks that both write
// byte-identical commands.
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(toCommandValue(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(toCommandValue(message))}${node_os_1.EOL}`);
}
function annotation(kind, message, p) {
    issueCommand(kind, {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    }, message);
}
const error = (message, p = {}) => annotation('error', message, p);
exports.error = error;
const warning = (message, p = {}) => annotation('warning', message, p);
exports.warning = warning;
const notice = (message, p = {}) => annotation('notice', message, p);
exports.notice = notice;
/**
 * A line the runner would take for a workflow command: `::name` after any leading whitespace, or the legacy
 * `##[name` anywhere. The runner (ActionCommand.TryParseV2) trims with .NET's String.TrimStart, whose whitespace is
 * Unicode's: tab, vertical tab, form feed, NBSP, the U+2000 spaces, U+3000, and NEL (U+0085), which JavaScript's
 * `\s` lacks; `\s` also has U+FEFF, which .NET keeps: guarding one line too many is harmless.
 */
const COMMAND_LIKE = /^[\s\u0085]*::[A-Za-z]|##\[[A-Za-z]/m;
/**
 * Text for the log that may carry untrusted parts (a file's content, a title, a name from a payload): if a line of
 * it would start a workflow command (`::add-mask::`, `::stop-commands::`, `::set-output`), it is wrapped in
 * `::stop-commands::TOKEN` ... `::TOKEN::` with a token nobody can guess, so the runner shows it and acts on
 * none of it. Text without such a line is returned as is.
 */
function guardCommands(text) {
    if (!COMMAND_LIKE.test(text))
        return text;
    const token = `gitopshq-${(0, node_crypto_1.randomUUID)()}`;
    return `::stop-commands::${token}${node_os_1.EOL}${text}${node_os_1.EOL}::${token}::`;
}
function info(message) {
    process.stdout.write(guardCommands(message) + node_os_1.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setFailed(message) {
    process.exitCode = 1;
    (0, exports.error)(message);
}
/** GITHUB_OUTPUT's `name<<DELIMITER` form, with a delimiter the value cannot contain. */
function setOutput(name, value) {
    const text = toCommandValue(value);
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os_1.EOL);
        issueCommand('set-output', { name }, text);
        return;
    }
    const delimiter = `ghadelimiter_${(0, node_crypto_1.randomUUID)()}`;
    if (name.includes(delimiter) || text.includes(delimiter)) {
        throw new Error(`output ${name}: the value contains the delimiter ${delimiter}`);
    }
    (0, node_fs_1.appendFileSync)(file, `${name}<<${delimiter}${node_os_1.EOL}${text}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`, { encoding: 'utf8' });
}


/***/ }),

/***/ 1363:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SummaryBuilder = exports.SUMMARY_LIMIT_BYTES = void 0;
exports.fitSummary = fitSummary;
// The job summary: markdown built up by the handler and written once at the end, kept under GitHub's 1 MiB
// per-step limit (a bigger summary is rejected whole, so we cut it ourselves and say so).
const node_fs_1 = __nccwpck_require__(3024);
const markdown_js_1 = __nccwpck_require__(4463);
exports.SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Cuts `text` to at most `limit` UTF-8 bytes at a line boundary, noting what was cut. */
function fitSummary(text, limit = exports.SUMMARY_LIMIT_BYTES) {
    const size = Buffer.byteLength(text);
    if (size <= limit)
        return text;
    const note = `\n\n> [!WARNING]\n> The summary was cut: it was ${Math.ceil(size / 1024)} KiB and GitHub accepts at most ${Math.floor(limit / 1024)} KiB per step. The full output is in the log.\n`;
    const room = limit - Buffer.byteLength(note);
    let cut = Buffer.from(text).subarray(0, Math.max(0, room)).toString('utf8');
    // A cut in the middle of a multi-byte character leaves U+FFFD; a cut mid-line leaves broken markdown.
    cut = cut.replace(/\uFFFD$/, '');
    const lastNewline = cut.lastIndexOf('\n');
    if (lastNewline > 0)
        cut = cut.slice(0, lastNewline);
    return cut + note;
}
class SummaryBuilder {
    #parts = [];
    /** `heading`, `paragraph`, `list` and `add` take markdown: escape untrusted parts with `escapeText`. */
    heading(text, level = 2) {
        return this.add(`${'#'.repeat(level)} ${text}`);
    }
    paragraph(text) {
        return this.add(text);
    }
    /** Cells are plain text (escaped) or `{ code }`; see `markdownTable`. */
    table(headers, rows, align) {
        return this.add((0, markdown_js_1.markdownTable)(headers, rows, align));
    }
    details(summary, body, open = false) {
        return this.add((0, markdown_js_1.detailsBlock)(summary, body, open));
    }
    code(text, lang = '') {
        return this.add((0, markdown_js_1.codeBlock)(text, lang));
    }
    list(items) {
        return items.length ? this.add((0, markdown_js_1.bulletList)(items)) : this;
    }
    add(markdown) {
        this.#parts.push(markdown);
        return this;
    }
    isEmpty() {
        return this.#parts.length === 0;
    }
    toMarkdown() {
        return this.#parts.length ? `${this.#parts.join('\n\n')}\n` : '';
    }
    /** Appends to GITHUB_STEP_SUMMARY; a no-op outside a runner. Returns what was written. */
    write(env = process.env) {
        const file = env.GITHUB_STEP_SUMMARY;
        const text = fitSummary(this.toMarkdown());
        if (file && text)
            (0, node_fs_1.appendFileSync)(file, text);
        return text;
    }
}
exports.SummaryBuilder = SummaryBuilder;


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, exports) => {


// Errors that carry what the user must change. Everything else that escapes an action or the CLI is a bug.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NameError = exports.ValidationError = exports.UserError = void 0;
exports.formatFinding = formatFinding;
exports.isUserError = isUserError;
function formatFinding(f) {
    return `${f.file}:${f.line}:${f.col}: ${f.message}`;
}
/** The user can fix this (bad input, invalid file, policy says no). Exit code 1 in the CLI unless `usage`. */
class UserError extends Error {
    findings;
    kind;
    name = 'UserError';
    constructor(message, findings = [], 
    /** `usage`: a wrong command line or environment (exit 2); `finding`: the repository or policy (exit 1). */
    kind = 'finding') {
        super(message);
        this.findings = findings;
        this.kind = kind;
    }
}
exports.UserError = UserError;
/** A file (or several) failed validation: one finding per problem, all reported together. */
class ValidationError extends UserError {
    name = 'ValidationError';
    constructor(findings) {
        super(findings.map(formatFinding).join('\n'), findings, 'finding');
    }
}
exports.ValidationError = ValidationError;
/** Input that names something we must turn into a path (workload, environment, tenant) was unsafe or malformed. */
class NameError extends UserError {
    name = 'NameError';
}
exports.NameError = NameError;
function isUserError(e) {
    return e instanceof UserError;
}


/***/ }),

/***/ 4463:
/***/ ((__unused_webpack_module, exports) => {


// Markdown primitives for everything we show on GitHub (job summaries, PR comments). Pure strings, no I/O, so the
// core wrapper and the render reports share one set; see docs/architecture.md for why it sits in the domain.
//
// Untrusted text (PR titles, values, file contents, manifest names) reaches a comment only through `escapeText`,
// `inlineCode`, `codeBlock`, a plain table cell or the `html` template, each of which makes it show literally
// where it is put: it can neither close a fence, split a table row, open an HTML comment that hides the rest
// of the comment, nor become a link, emphasis or math.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeHtml = escapeHtml;
exports.escapeText = escapeText;
exports.inlineCode = inlineCode;
exports.codeBlock = codeBlock;
exports.html = html;
exports.joinHtml = joinHtml;
exports.detailsBlock = detailsBlock;
exports.markdownTable = markdownTable;
exports.link = link;
exports.bulletList = bulletList;
/** HTML text content: `&`, `<`, `>` and `"` as entities. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Markdown punctuation that can start markup inline: emphasis, code, links, tables, strike-through, headings,
 * GitHub math (`$x$`). A backslash before any ASCII punctuation is an escape in CommonMark, so this is safe.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~#$]/g;
/**
 * Text shown literally in a paragraph, a list item or a table cell. Line breaks become `<br>`: a blank line
 * would end the paragraph (or the table) and let the rest of the text start a block of its own.
 */
function escapeText(text) {
    return escapeHtml(text)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(LINE_START_MARKER, '$1\\$2')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** What starts a list item or a heading underline at the start of a line: `- x`, `+ x`, `= x`, `1. x`, `1) x`. */
const LINE_START_MARKER = /^(\d*)([-+=.)])/;
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * An inline code span, delimited by more backticks than any run inside. Padded with a space where the text
 * starts or ends with a backtick or a space, which the parser would otherwise eat or read as a delimiter.
 * A code span has no line breaks: they become spaces, as GitHub would show them anyway.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    if (flat === '')
        return '';
    const ticks = '`'.repeat(longestBacktickRun(flat) + 1);
    const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/**
 * A fenced block whose fence is longer than any backtick run inside (at least three), so the content cannot
 * close it. One trailing newline is dropped (it would show as an empty last line). `lang` must be a plain word.
 */
function codeBlock(text, lang = '') {
    if (!/^[\w+.-]*$/.test(lang))
        throw new Error(`code block language must be a plain word, not '${lang}'`);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${lang}\n${text.replace(/\r?\n$/, '')}\n${fence}`;
}
/**
 * A tagged template for HTML: every interpolated value is escaped unless it is itself `Html`.
 * `html\`<code>${name}</code>\`` is safe whatever `name` holds.
 */
function html(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((v, i) => {
        out += typeof v === 'object' ? v.html : escapeHtml(String(v));
        out += strings[i + 1] ?? '';
    });
    return { html: out };
}
/** Joins pieces of HTML, escaping plain strings. */
function joinHtml(parts, separator = '') {
    return { html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : p.html)).join(separator) };
}
/**
 * A collapsed block with a markdown body. The `<summary>` line is raw HTML, where markdown escapes do not apply:
 * a plain string is HTML-escaped, and line breaks are flattened because a blank line would end the HTML block.
 */
function detailsBlock(summary, body, open = false) {
    const head = (typeof summary === 'string' ? escapeHtml(summary) : summary.html).replace(/\s*[\r\n]+\s*/g, ' ');
    return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}
function cell(c) {
    if (typeof c === 'string')
        return escapeText(c);
    if (c.code === '')
        return '';
    if (/\\\|/.test(c.code))
        return `<code>${escapeText(c.code)}</code>`;
    return inlineCode(c.code).replace(/\|/g, '\\|');
}
const RULE = { left: ':---', right: '---:', center: ':---:' };
/** A GitHub table; `align` gives a column's alignment by index (default: left, unmarked). */
function markdownTable(headers, rows, align = []) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    const rule = `| ${headers
        .map((_, i) => {
        const a = align[i];
        return a ? RULE[a] : '---';
    })
        .join(' | ')} |`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
/**
 * A link whose text is escaped and whose destination cannot break out of the parentheses: spaces, `<`, `>`,
 * parentheses and backslashes are percent-encoded. Only http(s) destinations are linked; anything else is text.
 */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return escapeText(text);
    const dest = url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${dest})`;
}
/** A bullet list of markdown items (escape untrusted parts first). */
function bulletList(items) {
    return items.map((i) => `- ${i}`).join('\n');
}


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_NAME_LENGTH = void 0;
exports.isDnsLabel = isDnsLabel;
exports.checkName = checkName;
exports.assertName = assertName;
exports.suggestName = suggestName;
const errors_js_1 = __nccwpck_require__(241);
exports.MAX_NAME_LENGTH = 63;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Used when nothing sensible can be derived from the rejected value. */
const EXAMPLE_NAMES = {
    workload: 'web-api',
    environment: 'staging',
    tenant: 'acme',
};
function isDnsLabel(value) {
    return DNS_LABEL.test(value);
}
/** The problem with `value` as a `kind` name, or undefined when it is a valid DNS-1123 label. */
function checkName(kind, value) {
    if (isDnsLabel(value))
        return undefined;
    const shown = quoteForMessage(value);
    const advice = `use a DNS-1123 label (lowercase letters, digits and '-') such as '${suggestName(kind, value)}'`;
    if (value === '')
        return `${kind} name is empty; ${advice}`;
    // Path-like values are reported on their own: they are the dangerous ones, the rest is noise.
    const escapes = [];
    if (isAbsolutePath(value))
        escapes.push('it is an absolute path');
    const seps = ['/', '\\'].filter((s) => value.includes(s));
    const parts = [...seps, ...(value.includes('..') ? ['..'] : [])].map((s) => `'${s}'`);
    if (parts.length > 0)
        escapes.push(`it contains ${joinAnd(parts)}`);
    if (escapes.length > 0) {
        return `${kind} ${shown} is not a valid name: ${joinAnd(escapes)}, which would escape the repository; ${advice}`;
    }
    const problems = [];
    if (value.length > exports.MAX_NAME_LENGTH) {
        problems.push(`it is ${value.length} characters long, over the limit of ${exports.MAX_NAME_LENGTH}`);
    }
    if (/[A-Z]/.test(value))
        problems.push('it contains uppercase letters');
    const bad = [...new Set([...value].filter((c) => !/[a-zA-Z0-9-]/.test(c)))];
    if (bad.length > 0) {
        const listed = bad.slice(0, 5).map((c) => quoteForMessage(c));
        problems.push(`it contains ${joinAnd(listed)}${bad.length > 5 ? ' and more' : ''}, which is not allowed`);
    }
    if (/^-|-$/.test(value))
        problems.push("it must start and end with a letter or digit, not '-'");
    if (problems.length === 0)
        problems.push('it is not a DNS-1123 label');
    return `${kind} ${shown} is not a valid name: ${joinAnd(problems)}; ${advice}`;
}
/** Throws NameError (a UserError) naming the kind, the value and what to change. */
function assertName(kind, value) {
    const problem = checkName(kind, value);
    if (problem !== undefined)
        throw new errors_js_1.NameError(problem, [], 'usage');
}
/**
 * A valid label close to what the user typed: the lowercased form when that is the only problem,
 * otherwise the first path component cleaned up. Always returns a valid label.
 */
function suggestName(kind, value) {
    const first = value.split(/[\\/]|\.\./).find((p) => p !== '' && p !== '.') ?? '';
    const cleaned = first
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .slice(0, exports.MAX_NAME_LENGTH)
        .replace(/^-+|-+$/g, '');
    return isDnsLabel(cleaned) ? cleaned : EXAMPLE_NAMES[kind];
}
function isAbsolutePath(value) {
    return value.startsWith('/') || value.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(value);
}
function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** Quotes a value for a message, escaping control characters and cutting very long input. */
function quoteForMessage(value) {
    const cut = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
    const escaped = cut.replace(/[\u0000-\u001f\u007f]/g, (c) => {
        const j = JSON.stringify(c);
        return j.slice(1, -1);
    });
    return `'${escaped}'`;
}


/***/ }),

/***/ 6633:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseValuePath = parseValuePath;
exports.formatValuePath = formatValuePath;
exports.parseUpdate = parseUpdate;
exports.parseUpdateLines = parseUpdateLines;
const errors_js_1 = __nccwpck_require__(241);
/** Characters a bare (unquoted) key may not contain. */
const NOT_BARE = /[.[\]"'=\s]/;
/** Keys written bare by formatValuePath; everything else is bracket-quoted. */
const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;
function pathError(path, col, problem) {
    return new errors_js_1.UserError(`invalid value path '${path}' at column ${col}: ${problem}`, [], 'usage');
}
/** `a.b[2].c` -> ['a', 'b', 2, 'c']; throws UserError on malformed paths. */
function parseValuePath(path) {
    if (path === '')
        throw pathError(path, 1, 'the path is empty; write a key such as image.tag');
    const segments = [];
    let i = 0;
    // True where a key must start: at the beginning and right after a dot.
    let expectKey = true;
    while (i < path.length) {
        const c = path[i];
        if (c === '.') {
            if (i === 0)
                throw pathError(path, 1, "it starts with '.'; remove the leading dot");
            if (expectKey)
                throw pathError(path, i + 1, "empty key between two dots; remove one '.'");
            expectKey = true;
            i++;
            continue;
        }
        if (c === '[') {
            if (expectKey && segments.length > 0) {
                throw pathError(path, i + 1, "'[' right after '.'; write a[0] or a[\"key\"], not a.[0]");
            }
            i = parseBracket(path, i, segments);
            expectKey = false;
            continue;
        }
        if (!expectKey)
            throw pathError(path, i + 1, misplaced(path, i));
        let j = i;
        while (j < path.length && !NOT_BARE.test(path[j]))
            j++;
        if (j === i)
            throw pathError(path, i + 1, misplaced(path, i));
        segments.push(path.slice(i, j));
        expectKey = false;
        i = j;
    }
    if (expectKey)
        throw pathError(path, path.length, "it ends with '.'; remove the trailing dot or add a key");
    return segments;
}
function showChar(c) {
    return /\s/.test(c) ? `whitespace (${JSON.stringify(c)})` : `'${c}'`;
}
/** Why the character at `i` cannot be there. */
function misplaced(path, i) {
    const c = path[i];
    if (path[i - 1] === ']')
        return `unexpected ${showChar(c)} after ']'; add a '.' before a key`;
    if (c === ']')
        return "unmatched ']'; remove it or add the '['";
    return `${showChar(c)} cannot appear in a bare key; quote the key as a["..."]`;
}
/** Parses `[...]` starting at `start`; returns the index after `]`. */
function parseBracket(path, start, out) {
    const close = (at) => {
        if (path[at] !== ']')
            throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
    };
    const q = path[start + 1];
    if (q === '"' || q === "'") {
        let j = start + 2;
        let key = '';
        for (;;) {
            const c = path[j];
            if (c === undefined)
                throw pathError(path, start + 2, `unclosed quote ${q}; add the closing ${q}]`);
            if (c === q)
                break;
            if (c === '\\' && q === '"') {
                const n = path[j + 1];
                if (n !== '"' && n !== '\\')
                    throw pathError(path, j + 1, 'only \\" and \\\\ may be escaped in a quoted key');
                key += n;
                j += 2;
                continue;
            }
            key += c;
            j++;
        }
        close(j + 1);
        out.push(key);
        return j + 2;
    }
    const end = path.indexOf(']', start);
    if (end < 0)
        throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
    const inner = path.slice(start + 1, end);
    if (/^-\d+$/.test(inner)) {
        throw pathError(path, start + 2, `negative index ${inner}; list indexes start at 0`);
    }
    if (!/^\d+$/.test(inner)) {
        throw pathError(path, start + 2, `'[${inner}]' is not a list index; write [0], [1], ... or quote a key as ["${inner}"]`);
    }
    const index = Number(inner);
    if (!Number.isSafeInteger(index))
        throw pathError(path, start + 2, `index ${inner} is too large`);
    out.push(index);
    return end + 1;
}
/** The inverse of parseValuePath: ['a', 'b.c', 2] -> `a["b.c"][2]`. */
function formatValuePath(segments) {
    let out = '';
    for (const seg of segments) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (SIMPLE_KEY.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `["${seg.replace(/[\\"]/g, '\\$&')}"]`;
    }
    return out;
}
const EXPECTED = 'expected PATH=VALUE, e.g. image.tag=1.2.3';
/** `image.tag=1.2.3` -> { path: 'image.tag', value: '1.2.3' }; throws UserError naming the argument. */
function parseUpdate(arg) {
    const eq = firstEqualsOutsideQuotes(arg);
    if (eq < 0)
        throw new errors_js_1.UserError(`'${arg}' has no '=': ${EXPECTED}`, [], 'usage');
    const path = arg.slice(0, eq).trim();
    if (path === '')
        throw new errors_js_1.UserError(`'${arg}' has no path before '=': ${EXPECTED}`, [], 'usage');
    parseValuePath(path);
    return { path, value: arg.slice(eq + 1).trim() };
}
/** The first '=' that is not inside a quoted key such as `a["x=y"]`. */
function firstEqualsOutsideQuotes(arg) {
    let quote;
    for (let i = 0; i < arg.length; i++) {
        const c = arg[i];
        if (quote !== undefined) {
            if (c === '\\' && quote === '"')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if ((c === '"' || c === "'") && arg[i - 1] === '[')
            quote = c;
        else if (c === '=')
            return i;
    }
    return -1;
}
/**
 * Parses every line of an `updates` input (blank lines and `#` comments skipped). Every bad line is reported in
 * one error, each named by its line number, so a user with three typos fixes them in one round trip.
 */
function parseUpdateLines(text) {
    const out = [];
    const problems = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            return;
        try {
            out.push(parseUpdate(t));
        }
        catch (e) {
            if (!(e instanceof errors_js_1.UserError))
                throw e;
            problems.push(new errors_js_1.UserError(`line ${i + 1}: ${e.message}`, e.findings, e.kind));
        }
    });
    const [first] = problems;
    if (first) {
        throw new errors_js_1.UserError(problems.map((p) => p.message).join('; '), problems.flatMap((p) => p.findings), first.kind);
    }
    return out;
}


/***/ }),

/***/ 7134:
/***/ ((__unused_webpack_module, exports) => {


// A module of its own so that code which needs only this check (the action entry's context) does not bundle the
// whole values module.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPlainObject = isPlainObject;
/**
 * A mapping as JSON or YAML parsing makes it (the one check of its kind; render's `isObject` is deliberately
 * looser, so that redaction also catches a Map). Arrays, Maps, Dates and class instances are not.
 */
function isPlainObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}


/***/ }),

/***/ 8332:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMIT_TIME_PROBLEM = void 0;
exports.parseReleaseDispatch = parseReleaseDispatch;
exports.commitTime = commitTime;
// The `client_payload` of a `repository_dispatch` that asks for a release (the application repository's "PATCH
// values" webhook, documented in README.md): `{workload, environment, updates: [{path, value}], tenants?, notes?,
// chartVersion?, committedAt?}` (a chart upgrade may come with no value updates at all; `committedAt`: when the
// application commit that asked for the release was made, e.g. `github.event.head_commit.timestamp`; the release's
// lead time starts there).
// Anyone who can dispatch to the repository writes it, so every field is checked before it names a file or a branch,
// and every problem is reported at once.
const errors_js_1 = __nccwpck_require__(241);
const names_js_1 = __nccwpck_require__(8800);
const path_syntax_js_1 = __nccwpck_require__(6633);
const MAX_VALUE = 1024;
const MAX_NOTES = 20_000;
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Validates a dispatch payload; throws one usage UserError listing every problem (`client_payload.<field>: ...`). */
function parseReleaseDispatch(payload) {
    const problems = [];
    const p = isRecord(payload) ? payload : {};
    if (!isRecord(payload))
        problems.push('client_payload: must be an object');
    const name = (field) => {
        const v = p[field];
        if (typeof v !== 'string') {
            problems.push(`client_payload.${field}: is required, a string`);
            return '';
        }
        const problem = (0, names_js_1.checkName)(field, v);
        if (problem)
            problems.push(`client_payload.${field}: ${problem}`);
        return v;
    };
    const workload = name('workload');
    const environment = name('environment');
    let chartVersion;
    if (p.chartVersion !== undefined) {
        // The same shape create-release checks for the `chart-version` input; it becomes a YAML string in workload.yaml.
        if (typeof p.chartVersion !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$/.test(p.chartVersion))
            problems.push('client_payload.chartVersion: must be a chart version such as "1.2.3"');
        else
            chartVersion = p.chartVersion;
    }
    const updates = [];
    if (p.updates === undefined && p.chartVersion !== undefined) {
        // A chart upgrade alone.
    }
    else if (!Array.isArray(p.updates) || p.updates.length === 0) {
        problems.push('client_payload.updates: is required, a non-empty list of {path, value} (or give chartVersion for a chart upgrade)');
    }
    else {
        p.updates.forEach((u, i) => {
            const checked = checkUpdate(u, `client_payload.updates[${i}]`);
            if (typeof checked === 'string')
                problems.push(checked);
            else
                updates.push(checked);
        });
    }
    const tenants = [];
    if (p.tenants !== undefined) {
        if (!Array.isArray(p.tenants))
            problems.push('client_payload.tenants: must be a list of tenant names');
        else
            p.tenants.forEach((t, i) => {
                const problem = typeof t === 'string' ? (0, names_js_1.checkName)('tenant', t) : 'must be a string';
                if (problem)
                    problems.push(`client_payload.tenants[${i}]: ${problem}`);
                else
                    tenants.push(t);
            });
    }
    let notes;
    if (p.notes !== undefined) {
        if (typeof p.notes !== 'string')
            problems.push('client_payload.notes: must be a string');
        else if (p.notes.length > MAX_NOTES)
            problems.push(`client_payload.notes: longer than ${MAX_NOTES} characters`);
        else
            notes = p.notes;
    }
    let sourceCommittedAt;
    if (p.committedAt !== undefined) {
        sourceCommittedAt = commitTime(p.committedAt);
        if (sourceCommittedAt === undefined)
            problems.push(`client_payload.committedAt: ${exports.COMMIT_TIME_PROBLEM}`);
    }
    if (problems.length > 0) {
        const n = problems.length;
        throw new errors_js_1.UserError(`the repository_dispatch payload has ${n} problem${n === 1 ? '' : 's'}:\n${problems.map((x) => `- ${x}`).join('\n')}`, [], 'usage');
    }
    return {
        workload,
        environment,
        updates,
        tenants,
        ...(notes !== undefined ? { notes } : {}),
        ...(chartVersion !== undefined ? { chartVersion } : {}),
        ...(sourceCommittedAt !== undefined ? { sourceCommittedAt } : {}),
    };
}
exports.COMMIT_TIME_PROBLEM = 'must be a time such as 2026-11-30T09:15:00Z';
/**
 * A commit time as the payload's `committedAt` and create-release's `committed-at` input give it (such as
 * `github.event.head_commit.timestamp`, `2026-11-30T10:15:00+01:00`), as ISO 8601 UTC; undefined: not a time.
 */
function commitTime(value) {
    const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
/** One `{path, value}` of the payload, or the problem with it. */
function checkUpdate(u, at) {
    if (!isRecord(u))
        return `${at}: must be an object {path, value}`;
    const { path, value } = u;
    if (typeof path !== 'string' || path.trim() === '')
        return `${at}.path: is required, a string`;
    try {
        (0, path_syntax_js_1.parseValuePath)(path);
    }
    catch (e) {
        return `${at}.path: ${e.message}`;
    }
    if (typeof value === 'number' && Number.isFinite(value))
        return { path, value: String(value) };
    if (typeof value === 'boolean')
        return { path, value: String(value) };
    if (typeof value !== 'string')
        return `${at}.value: must be a string, a number or a boolean`;
    if (/[\r\n]/.test(value))
        return `${at}.value: must be a single line`;
    if (value.length > MAX_VALUE)
        return `${at}.value: longer than ${MAX_VALUE} characters`;
    // A string stays a string in YAML (`"1.10"`, not the number 1.1), as the application sent it.
    return { path, value: JSON.stringify(value) };
}


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkRecordId = checkRecordId;
exports.assertRecordId = assertRecordId;
exports.isReleaseId = isReleaseId;
exports.newReleaseId = newReleaseId;
exports.newPromotionId = newPromotionId;
// Ids of records on the state branch. A release id reads as what it is, `payment-api-prod-20261126-a1b2c3`
// (workload, environment, UTC date, 6 random hex digits), and becomes a file name (`releases/<id>.yaml`) and part
// of branch names, so every id that reaches the store must be a safe path component: no `/`, no `..`, no leading
// `-` (it could read as an option), no upper case (case-insensitive file systems would merge two ids).
// Pure: the clock and the random source are parameters.
const errors_js_1 = __nccwpck_require__(241);
// Git refuses ref components ending in `.lock`, file systems choke on very long names: 200 leaves room for
// `releases/` and `.yaml` and for branch prefixes under the usual 255-byte limit.
const MAX_ID_LENGTH = 200;
const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const RELEASE_ID = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(\d{4})(\d{2})(\d{2})-[0-9a-f]{6}$/;
/** The problem with `id` as a record id (a file name on the state branch), or undefined when it is safe. */
function checkRecordId(id) {
    if (id.length === 0)
        return 'must not be empty';
    if (id.length > MAX_ID_LENGTH)
        return `must be at most ${MAX_ID_LENGTH} characters (it has ${id.length})`;
    if (id.includes('/') || id.includes('\\'))
        return 'must not contain a slash';
    if (id.includes('..'))
        return "must not contain '..'";
    if (!SAFE_ID.test(id)) {
        return 'must use only lower-case letters, digits and hyphens, and start and end with a letter or digit';
    }
    return undefined;
}
/** Throws NameError when `id` cannot be a record file name; `kind` names the record in the message. */
function assertRecordId(kind, id) {
    const problem = checkRecordId(id);
    if (problem)
        throw new errors_js_1.NameError(`${kind} id '${id}' ${problem}`, [], 'usage');
}
function isRealDate(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
/** True for ids made by newReleaseId: `<workload>-<env>-<YYYYMMDD>-<6 hex>` with a real calendar date. */
function isReleaseId(s) {
    if (checkRecordId(s) !== undefined)
        return false;
    const m = RELEASE_ID.exec(s);
    if (!m)
        return false;
    // The prefix must hold at least a workload and an environment, each a non-empty label.
    if (!m[1]?.includes('-'))
        return false;
    return isRealDate(Number(m[2]), Number(m[3]), Number(m[4]));
}
function utcDate(at) {
    if (Number.isNaN(at.getTime()))
        throw new RangeError('release id needs a valid date');
    const y = at.getUTCFullYear();
    if (y < 1000 || y > 9999)
        throw new RangeError(`release id needs a four-digit year, not ${y}`);
    return `${y}${String(at.getUTCMonth() + 1).padStart(2, '0')}${String(at.getUTCDate()).padStart(2, '0')}`;
}
function hex(random, bytes) {
    const b = random(bytes);
    if (b.length < bytes)
        throw new RangeError(`random source returned ${b.length} bytes, wanted ${bytes}`);
    return Array.from(b.subarray(0, bytes), (x) => x.toString(16).padStart(2, '0')).join('');
}
/**
 * `payment-api-prod-20261126-a1b2c3`. Throws NameError when workload or environment would make an unsafe id
 * (callers normally validated them as names already; this is the last line before they become a path).
 */
function newReleaseId(workload, environment, at, random) {
    const id = `${workload}-${environment}-${utcDate(at)}-${hex(random, 3)}`;
    if (!SAFE_ID.test(workload) || !SAFE_ID.test(environment) || !isReleaseId(id)) {
        throw new errors_js_1.NameError(`cannot make a release id from workload '${workload}' and environment '${environment}': both must be ` +
            'lower-case letters, digits and hyphens, starting and ending with a letter or digit', [], 'usage');
    }
    return id;
}
/** `payment-api-staging-to-prod-20261126-a1b2c3`: the promotion of a workload from one environment to the next. */
function newPromotionId(workload, from, to, at, random) {
    const id = `${workload}-${from}-to-${to}-${utcDate(at)}-${hex(random, 3)}`;
    if (![workload, from, to].every((n) => SAFE_ID.test(n)) || checkRecordId(id) !== undefined) {
        throw new errors_js_1.NameError(`cannot make a promotion id from workload '${workload}', '${from}' and '${to}': each must be lower-case ` +
            'letters, digits and hyphens, starting and ending with a letter or digit', [], 'usage');
    }
    return id;
}


/***/ }),

/***/ 3975:
/***/ ((__unused_webpack_module, exports) => {


// Sizes in messages, shared by the readers that refuse a file for its size before reading it.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sizeText = sizeText;
/** `4 MiB`, `100.0 MiB`, `512 KiB`: what a person compares at a glance. */
function sizeText(bytes) {
    const mib = bytes / (1024 * 1024);
    if (mib >= 1)
        return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
    return `${Math.ceil(bytes / 1024)} KiB`;
}


/***/ }),

/***/ 8881:
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

/***/ 8212:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TeamMembershipUnreadableError = exports.RefActivityUnreadableError = exports.HeadChangedError = exports.PullRequestNotMergeableError = exports.GitHubError = exports.APPROVAL_STATUS_CONTEXT = exports.PREVIEW_STATUS_CONTEXT = void 0;
/** Commit status contexts that branch protection requires (part of the public contract: never rename). */
exports.PREVIEW_STATUS_CONTEXT = 'gitopshq/preview';
exports.APPROVAL_STATUS_CONTEXT = 'gitopshq/approval';
/** A GitHub API call failed in a way the caller may want to tell apart. */
class GitHubError extends Error {
    status;
    route;
    name = 'GitHubError';
    constructor(message, status, route) {
        super(message);
        this.status = status;
        this.route = route;
    }
}
exports.GitHubError = GitHubError;
class PullRequestNotMergeableError extends GitHubError {
    name = 'PullRequestNotMergeableError';
}
exports.PullRequestNotMergeableError = PullRequestNotMergeableError;
class HeadChangedError extends GitHubError {
    name = 'HeadChangedError';
}
exports.HeadChangedError = HeadChangedError;
/** The repository activity API answered 403 or 404: who pushed can only be read from the commits (forgeable). */
class RefActivityUnreadableError extends GitHubError {
    name = 'RefActivityUnreadableError';
}
exports.RefActivityUnreadableError = RefActivityUnreadableError;
/** The token may not read team memberships (organization Members read permission): team policies fail closed. */
class TeamMembershipUnreadableError extends GitHubError {
    org;
    team;
    name = 'TeamMembershipUnreadableError';
    constructor(org, team, route) {
        super(`cannot read membership of team ${org}/${team}: the token lacks the organization "Members: read" permission ` +
            '(GITHUB_TOKEN never has it). Use a GitHub App token with Members read, or drop the team rule; ' +
            'until then the policy is treated as not met.', 403, route);
        this.org = org;
        this.team = team;
    }
}
exports.TeamMembershipUnreadableError = TeamMembershipUnreadableError;


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.succeeded = succeeded;
exports.failed = failed;
exports.pending = pending;
exports.stepUserError = stepUserError;
// What every use case returns (docs/architecture.md): a step either succeeded, failed, or is pending (waiting for a
// person, a PR, a cluster), and says whether running it again may help. Modelled on kargo's step results: a caller
// (an action, the CLI, a scheduler) decides what to do from these two fields alone, never from a message.
const errors_js_1 = __nccwpck_require__(241);
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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("domain");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const index_js_1 = __nccwpck_require__(9111);
const run_action_js_1 = __nccwpck_require__(4117);
void (0, run_action_js_1.runAction)(index_js_1.action);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
