export const id = 3412;
export const ids = [3412];
export const modules = {

/***/ 63412:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyCommand = void 0;
// `gitopshq verify --release ID | --env E --source S [--kubeconfig FILE]`: what the verify-health action does, from
// a terminal (src/usecases/verify-health.ts). The cluster is the kubeconfig's current context (--kubeconfig, else
// the first file of $KUBECONFIG); the Argo CD API is --argocd-server with the token in $ARGOCD_TOKEN (never an
// argument: arguments show in `ps`). GitHub (the Deployment status, the drift issue, a rollback's PR) comes from
// GITHUB_TOKEN, GITHUB_API_URL and GITHUB_REPOSITORY, and is skipped without a token.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const inputs_js_1 = __webpack_require__(89114);
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const cluster_ports_js_1 = __webpack_require__(47963);
const local_ports_js_1 = __webpack_require__(43094);
const result_js_1 = __webpack_require__(48155);
const verify_health_js_1 = __webpack_require__(28074);
const verify_health_report_js_1 = __webpack_require__(36401);
const command_js_1 = __webpack_require__(3567);
const terminal_js_1 = __webpack_require__(71028);
const USAGE = 'verify (--release ID | --env E) [--source argocd|flux|kubernetes] [--kubeconfig FILE] [--argocd-server URL] [--timeout 10m] [--auto-rollback]';
const SOURCES = ['argocd', 'flux', 'kubernetes'];
const usage = (why) => new errors_js_1.UserError(`${why}\nUsage: gitopshq ${USAGE}`, [], 'usage');
exports.verifyCommand = {
    name: 'verify',
    readsRepo: true,
    usage: USAGE,
    summary: 'Wait until a release runs and is healthy (or check an environment for drift)',
    help: [
        "Waits until Argo CD, Flux or the cluster runs the release's deploy commit, judges its health, and moves the",
        'release Synced -> Healthy, or Failed with what is unhealthy and why (--auto-rollback then rolls it back). With',
        "--env and no --release it checks the environment's running releases once, for drift. Exit 0 healthy, 1 not.",
        'The cluster: --kubeconfig FILE (default: the first file of $KUBECONFIG). Argo CD API: --argocd-server URL with',
        'the token in $ARGOCD_TOKEN. GitHub: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY (optional).',
        '',
        'Examples:',
        '  gitopshq verify --release payment-api-dev-20261130-a1b2c3 --source kubernetes --kubeconfig ~/.kube/dev',
        '  ARGOCD_TOKEN=... gitopshq verify --env prod --argocd-server https://argocd.example.com',
    ].join('\n'),
    options: {
        release: { type: 'string' },
        env: { type: 'string' },
        source: { type: 'string' },
        kubeconfig: { type: 'string' },
        'argocd-server': { type: 'string' },
        timeout: { type: 'string' },
        'auto-rollback': { type: 'boolean' },
        'state-branch': { type: 'string' },
    },
    async run(ctx, args) {
        const releaseId = (0, command_js_1.stringOpt)(args, 'release');
        const environment = (0, command_js_1.stringOpt)(args, 'env');
        if ((releaseId === undefined && environment === undefined) || args.positionals.length > 0) {
            throw usage('expected --release ID or --env E');
        }
        if (environment !== undefined)
            (0, names_js_1.assertName)('environment', environment);
        const source = ((0, command_js_1.stringOpt)(args, 'source') ?? 'argocd');
        if (!SOURCES.includes(source))
            throw usage(`--source ${source}: expected argocd, flux or kubernetes`);
        const timeoutText = (0, command_js_1.stringOpt)(args, 'timeout') ?? '10m';
        const timeoutMs = (0, inputs_js_1.parseDuration)(timeoutText);
        if (timeoutMs === undefined)
            throw usage(`--timeout ${timeoutText}: write it like 90s, 10m or 1h`);
        const kubeconfigFile = (0, command_js_1.stringOpt)(args, 'kubeconfig') ?? (ctx.env.KUBECONFIG?.split(node_path_1.delimiter).find(Boolean) || undefined);
        const kubeconfig = kubeconfigFile
            ? await (0, promises_1.readFile)(kubeconfigFile, 'utf8').catch(() => {
                throw usage(`cannot read the kubeconfig ${kubeconfigFile}`);
            })
            : undefined;
        const argocdServer = (0, command_js_1.stringOpt)(args, 'argocd-server');
        const argocdToken = ctx.env.ARGOCD_TOKEN || undefined;
        if (argocdServer !== undefined && argocdToken === undefined) {
            throw usage('--argocd-server needs the Argo CD token in $ARGOCD_TOKEN');
        }
        const actor = (0, terminal_js_1.terminalActor)(ctx);
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
        const cluster = await (0, cluster_ports_js_1.openClusterPorts)({
            kubeconfig,
            kubeconfigName: kubeconfigFile,
            argocdServer,
            argocdToken,
        });
        try {
            const result = await (0, verify_health_js_1.verifyHealth)({
                ...(releaseId !== undefined ? { releaseId } : {}),
                ...(environment !== undefined ? { environment } : {}),
                source,
                timeoutMs,
                autoRollback: args.values['auto-rollback'] === true,
                actor,
            }, {
                store,
                branches,
                ...(github ? { github } : {}),
                log: (0, terminal_js_1.terminalLog)(ctx),
                ...cluster,
            });
            const v = result.value;
            if (v)
                ctx.stdout(ctx.output === 'json' ? JSON.stringify(v) : (0, verify_health_report_js_1.verifyHealthMarkdown)(v));
            const error = (0, result_js_1.stepUserError)(result);
            if (error)
                throw error;
            return command_js_1.EXIT_OK;
        }
        finally {
            await cluster.close();
        }
    },
};


/***/ }),

/***/ 89114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputError = exports.envInputSource = void 0;
exports.camelCase = camelCase;
exports.inputEnvName = inputEnvName;
exports.parseDuration = parseDuration;
exports.secretValues = secretValues;
exports.readInputs = readInputs;
// The one place that turns the runner's INPUT_* strings into a typed settings object. Every input is checked
// and every problem collected, so a user with three mistakes fixes them in one round trip, not three.
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const path_syntax_js_1 = __webpack_require__(26633);
const release_dispatch_js_1 = __webpack_require__(58332);
const release_id_js_1 = __webpack_require__(1867);
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

/***/ 15127:
/***/ ((__unused_webpack_module, exports) => {


// Drift between a deployed manifest and the live object (docs/architecture.md#health). Only the fields the manifest
// sets are compared: the API server and controllers add defaults, status and bookkeeping that no manifest names, and
// those are not drift. Pure: two plain objects in, the differing paths out.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.manifestDrift = manifestDrift;
exports.describeDrift = describeDrift;
/** Top-level fields that never count: identity, server bookkeeping, and what controllers write. */
const SKIPPED_TOP = new Set(['apiVersion', 'kind', 'status']);
/** Of metadata, only what a person sets and a controller acts on. */
const COMPARED_METADATA = new Set(['labels', 'annotations']);
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Scalars match when equal as written or as text: the API server turns an int-or-string `"80"` into 80 and YAML
 * 1.1 readers disagree about `"true"`, neither of which a person changed.
 */
function sameScalar(want, got) {
    if (want === got)
        return true;
    if (got === undefined || got === null)
        return false;
    return typeof want !== 'object' && typeof got !== 'object' && String(want) === String(got);
}
function walk(want, got, path, out, limit) {
    if (out.length >= limit || want === null || want === undefined)
        return;
    if (Array.isArray(want)) {
        if (!Array.isArray(got) || got.length !== want.length) {
            out.push({ path, want, got });
            return;
        }
        for (const [i, w] of want.entries())
            walk(w, got[i], `${path}[${i}]`, out, limit);
        return;
    }
    if (isRecord(want)) {
        if (!isRecord(got)) {
            // An empty map in the manifest (`resources: {}`) and nothing live say the same thing.
            if (Object.keys(want).length > 0 || (got !== undefined && got !== null))
                out.push({ path, want, got });
            return;
        }
        for (const [key, w] of Object.entries(want))
            walk(w, got[key], path ? `${path}.${key}` : key, out, limit);
        return;
    }
    if (!sameScalar(want, got))
        out.push({ path, want, got });
}
/**
 * The fields of `manifest` whose live value differs, at most `limit` of them (a person reads the first few; the
 * count says the rest). A Secret's `stringData` is written into `data` by the API server, so it is not compared.
 */
function manifestDrift(manifest, live, limit = 20) {
    const out = [];
    for (const [key, want] of Object.entries(manifest)) {
        if (SKIPPED_TOP.has(key) || (key === 'stringData' && manifest.kind === 'Secret'))
            continue;
        if (key === 'metadata') {
            if (!isRecord(want))
                continue;
            const got = isRecord(live.metadata) ? live.metadata : {};
            for (const [m, w] of Object.entries(want)) {
                if (COMPARED_METADATA.has(m))
                    walk(w, got[m], `metadata.${m}`, out, limit);
            }
            continue;
        }
        walk(want, live[key], key, out, limit);
    }
    return out;
}
/** `spec.replicas: want 3, live 5` for a summary line; secrets' values are never shown. */
function describeDrift(d, secret = false) {
    if (secret)
        return `${d.path} differs`;
    const show = (v) => {
        const text = v === undefined ? 'absent' : JSON.stringify(v);
        return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    };
    return `${d.path}: want ${show(d.want)}, live ${show(d.got)}`;
}


/***/ }),

/***/ 74463:
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

/***/ 58332:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


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
const errors_js_1 = __webpack_require__(10241);
const names_js_1 = __webpack_require__(78800);
const path_syntax_js_1 = __webpack_require__(26633);
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

/***/ 83269:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitOf = commitOf;
exports.argoSyncVerdict = argoSyncVerdict;
exports.fluxSyncVerdict = fluxSyncVerdict;
exports.chartVersionCommit = chartVersionCommit;
exports.fluxHelmReleaseSyncVerdict = fluxHelmReleaseSyncVerdict;
const SHA = /([0-9a-f]{40})$/;
const HEALTH = new Set([
    'Healthy',
    'Progressing',
    'Degraded',
    'Suspended',
    'Missing',
    'Unknown',
]);
function record(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function text(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
const short = (sha) => (sha === undefined ? 'no revision' : sha.slice(0, 7));
/** The commit in a revision as Argo CD or Flux spell it: `abc...`, `main@sha1:abc...`, `main/abc...`. */
function commitOf(revision) {
    return revision === undefined ? undefined : SHA.exec(revision)?.[1];
}
/**
 * An Argo CD Application against the deploy commit. `sameContent(rev)`: whether another revision carries the same
 * manifests for this Application (a later deploy of another workload moved the branch); absent, only the exact
 * commit counts.
 */
function argoSyncVerdict(app, deployCommit, sameContent = () => false) {
    const none = { drifted: false, outOfSync: [] };
    if (!app)
        return { synced: false, ...none, message: 'Application not found' };
    const status = record(app.status);
    const sync = record(status.sync);
    const sources = Array.isArray(sync.revisions) ? sync.revisions.filter((r) => typeof r === 'string') : [];
    const revision = commitOf(text(sync.revision) ?? sources[0]);
    const syncStatus = text(sync.status) ?? 'Unknown';
    const healthText = text(record(status.health).status);
    const health = healthText && HEALTH.has(healthText) ? healthText : undefined;
    const atCommit = revision !== undefined && (revision === deployCommit || sameContent(revision));
    const outOfSync = (Array.isArray(status.resources) ? status.resources : [])
        .map(record)
        .filter((r) => r.status === 'OutOfSync')
        .map((r) => ({
        kind: String(r.kind ?? ''),
        name: String(r.name ?? ''),
        ...(text(r.namespace) ? { namespace: String(r.namespace) } : {}),
    }));
    const phase = text(record(status.operationState).phase);
    const base = { ...(revision ? { revision } : {}), ...(health ? { health } : {}), outOfSync };
    if (atCommit && syncStatus === 'Synced') {
        return { ...base, synced: true, drifted: false, message: `Synced at ${short(revision)}` };
    }
    if (atCommit && syncStatus === 'OutOfSync' && phase !== 'Running') {
        const what = outOfSync.map((r) => `${r.kind}/${r.name}`).join(', ');
        return {
            ...base,
            synced: false,
            drifted: true,
            message: `OutOfSync at the deploy commit ${short(revision)}${what ? `: ${what}` : ''}`,
        };
    }
    return {
        ...base,
        synced: false,
        drifted: false,
        message: `${syncStatus} at ${short(revision)}, waiting for ${short(deployCommit)}${phase ? ` (sync ${phase})` : ''}`,
    };
}
function conditionOf(obj, type) {
    const list = Array.isArray(obj.status?.conditions) ? obj.status.conditions : [];
    return list.map(record).find((c) => c.type === type);
}
/**
 * A Flux Kustomization (or HelmRelease) against the deploy commit: Ready at the current generation, with
 * lastAppliedRevision at the commit. Flux reconciles drift away by itself, so a Flux object never reports drift.
 */
function fluxSyncVerdict(obj, deployCommit, sameContent = () => false) {
    const none = { drifted: false, outOfSync: [] };
    if (!obj)
        return { synced: false, ...none, message: 'not found' };
    const status = record(obj.status);
    const applied = commitOf(text(status.lastAppliedRevision));
    const attempted = commitOf(text(status.lastAttemptedRevision));
    const generation = obj.metadata.generation;
    const observed = status.observedGeneration;
    const ready = conditionOf(obj, 'Ready');
    const matches = (r) => r !== undefined && (r === deployCommit || sameContent(r));
    const base = { ...none, ...(applied ? { revision: applied } : {}) };
    if (typeof generation === 'number' && (typeof observed !== 'number' || observed < generation)) {
        return { ...base, synced: false, message: `generation ${generation} not observed yet` };
    }
    const why = String(ready?.message ?? ready?.reason ?? '');
    if (matches(applied) && ready?.status === 'True') {
        return { ...base, synced: true, health: 'Healthy', message: `Ready at ${short(applied)}` };
    }
    if (matches(applied) || matches(attempted)) {
        // The commit was tried: Ready False is the apply or health check failing on it, not a wait for the source.
        if (ready?.status === 'False') {
            return {
                ...base,
                synced: matches(applied),
                health: 'Degraded',
                message: `not Ready at ${short(attempted ?? applied)}: ${why}`,
            };
        }
        return {
            ...base,
            synced: matches(applied),
            health: 'Progressing',
            message: `reconciling ${short(attempted ?? applied)}`,
        };
    }
    return {
        ...base,
        synced: false,
        message: `applied ${short(applied)}, waiting for ${short(deployCommit)}${ready?.status === 'False' ? ` (${why})` : ''}`,
    };
}
/**
 * The commit in a HelmRelease's chart version: a chart built from a Git source with `reconcileStrategy: Revision`
 * carries the source commit (its first 12 hex digits) as SemVer build metadata, `1.2.3+a1b2c3d4e5f6`. A chart from a
 * Helm or OCI repository carries none: its version says nothing about a deploy commit.
 */
function chartVersionCommit(version) {
    const meta = version?.split('+')[1];
    return meta !== undefined && /^[0-9a-f]{7,40}$/.test(meta) ? meta : undefined;
}
/**
 * A Flux HelmRelease (helm.toolkit.fluxcd.io/v2) against the deploy commit, or undefined when its chart version ties
 * to no commit (then the Kustomization that applied it says whether the commit is applied). Applied means the newest
 * Helm release, `status.history[0]`, is `deployed` with a chart version built from the deploy commit; attempted,
 * `status.lastAttemptedRevision` is. Ready at the current generation (and `lastAttemptedGeneration`, when set) as for
 * a Kustomization; a failed install or upgrade of the commit is Degraded with Flux's reason.
 */
function fluxHelmReleaseSyncVerdict(hr, deployCommit, sameContent = () => false) {
    const status = record(hr.status);
    const history = Array.isArray(status.history) ? status.history.map(record) : [];
    const latest = history[0];
    const attemptedVersion = text(status.lastAttemptedRevision);
    const latestVersion = text(latest?.chartVersion);
    const attempted = chartVersionCommit(attemptedVersion);
    const latestCommit = chartVersionCommit(latestVersion);
    if (attempted === undefined && latestCommit === undefined)
        return undefined;
    const applied = latest?.status === 'deployed' ? latestCommit : undefined;
    const matches = (c) => c !== undefined && (deployCommit.startsWith(c) || sameContent(c));
    const none = { drifted: false, outOfSync: [] };
    const base = { ...none, ...(applied ? { revision: applied } : {}) };
    const generation = hr.metadata.generation;
    const observed = status.observedGeneration;
    const tried = status.lastAttemptedGeneration;
    if (typeof generation === 'number' &&
        (typeof observed !== 'number' ||
            observed < generation ||
            (typeof tried === 'number' && tried < generation))) {
        return { ...base, synced: false, message: `generation ${generation} not observed yet` };
    }
    const ready = conditionOf(hr, 'Ready');
    const why = String(ready?.message ?? ready?.reason ?? '');
    const release = latest
        ? `Helm release v${String(latest.version ?? '?')} (${latestVersion})`
        : 'no Helm release';
    if (matches(applied) && ready?.status === 'True') {
        return { ...base, synced: true, health: 'Healthy', message: `Ready: ${release} deployed` };
    }
    if (matches(attempted) || matches(applied)) {
        if (ready?.status === 'False') {
            return {
                ...base,
                synced: matches(applied),
                health: 'Degraded',
                message: `not Ready at ${attemptedVersion ?? latestVersion}: ${why}`,
            };
        }
        return {
            ...base,
            synced: false,
            health: 'Progressing',
            message: `installing or upgrading to ${attemptedVersion ?? latestVersion}${why ? `: ${why}` : ''}`,
        };
    }
    return {
        ...base,
        synced: false,
        message: `${release}, waiting for a chart built from ${short(deployCommit)}`,
    };
}


/***/ }),

/***/ 47963:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openClusterPorts = openClusterPorts;
// The cluster ports verify-health runs with, made from its inputs: the @kubernetes/client-node adapter for a
// kubeconfig and the Argo CD REST adapter for a server and token. Both are imported here, lazily, and nowhere else,
// so no other bundle carries the client and verify-health loads it only once its inputs have passed (the bundle
// starts as fast as the others: docs/architecture.md#budgets).
const errors_js_1 = __webpack_require__(10241);
async function openClusterPorts(inputs) {
    let kube;
    let argocd;
    if (inputs.argocdServer && inputs.argocdToken) {
        const { ArgoCdApi } = await __webpack_require__.e(/* import() */ 1752).then(__webpack_require__.bind(__webpack_require__, 1752));
        argocd = new ArgoCdApi({ server: inputs.argocdServer, token: inputs.argocdToken });
    }
    if (inputs.kubeconfig) {
        const { createClientNodeKube } = await Promise.all(/* import() */[__webpack_require__.e(9655), __webpack_require__.e(8821)]).then(__webpack_require__.bind(__webpack_require__, 68821));
        try {
            kube = createClientNodeKube({ kubeconfig: inputs.kubeconfig });
        }
        catch (e) {
            // The client's message may quote the file; say what is wrong with it, never what it holds.
            const why = e instanceof Error ? e.name : 'invalid';
            throw new errors_js_1.UserError(`${inputs.kubeconfigName ?? 'the kubeconfig'} is not a kubeconfig the Kubernetes client can load (${why}): pass the file's whole content (apiVersion: v1, kind: Config, clusters, users, contexts, current-context)`, [], 'usage');
        }
    }
    return {
        ...(kube ? { kube } : {}),
        ...(argocd ? { argocd } : {}),
        close: async () => {
            await kube?.close();
        },
    };
}


/***/ }),

/***/ 77853:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DRIFT_LABEL = void 0;
exports.driftMarker = driftMarker;
exports.syncDriftIssue = syncDriftIssue;
exports.DRIFT_LABEL = 'gitopshq-drift';
const CHECKED = '\n\n_Last checked';
const MAX_RESOURCES = 20;
/** The hidden line that tells this environment's issue from another's. */
function driftMarker(environment) {
    return `<!-- gitopshq:drift environment=${environment} -->`;
}
function driftBody(environment, verdicts, source) {
    const lines = [
        driftMarker(environment),
        `The cluster of **${environment}** differs from what its deploy branch says it should run (source \`${source}\`).`,
        'Someone changed it by hand, or a controller is fighting the manifests. Put the change in Git (a release), or',
        'let Argo CD / Flux sync the deploy branch again. This issue closes itself once the drift is gone.',
    ];
    for (const v of verdicts.filter((x) => x.drift)) {
        lines.push('', `### ${v.workload}: release \`${v.releaseId}\``, '');
        const drifted = (v.resources ?? []).filter((r) => r.drift);
        for (const r of drifted.slice(0, MAX_RESOURCES)) {
            const where = r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
            lines.push(`- \`${where}\`: ${r.message.replaceAll('\n', ' ')}`);
        }
        if (drifted.length > MAX_RESOURCES)
            lines.push(`- ... and ${drifted.length - MAX_RESOURCES} more`);
        if (drifted.length === 0)
            lines.push(`- ${v.message}`);
    }
    return lines.join('\n');
}
async function syncDriftIssue(github, opts) {
    const { environment } = opts;
    const marker = driftMarker(environment);
    const open = (await github.listIssues({ labels: [exports.DRIFT_LABEL], state: 'open' })).find((i) => i.body.includes(marker));
    const checked = `${CHECKED} ${opts.at.toISOString()}${opts.runUrl ? ` by [this run](${opts.runUrl})` : ''}._`;
    if (!opts.verdicts.some((v) => v.drift)) {
        if (!open)
            return { action: 'none' };
        const body = `${marker}\nThe drift in **${environment}** is gone: the cluster matches its deploy branch again.${checked}`;
        const closed = await github.updateIssue(open.number, { state: 'closed', body });
        return { action: 'closed', number: closed.number, url: closed.url };
    }
    const content = driftBody(environment, opts.verdicts, opts.source);
    if (open) {
        if (open.body.split(CHECKED)[0] === content)
            return { action: 'unchanged', number: open.number, url: open.url };
        const updated = await github.updateIssue(open.number, { body: `${content}${checked}` });
        return { action: 'updated', number: updated.number, url: updated.url };
    }
    const created = await github.createIssue({
        title: `Drift in ${environment}: the cluster differs from the deploy branch`,
        body: `${content}${checked}`,
        labels: [exports.DRIFT_LABEL],
    });
    return { action: 'opened', number: created.number, url: created.url };
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


/***/ }),

/***/ 23989:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.workloadTenantsOnMain = workloadTenantsOnMain;
// The tenants a promotion of a workload must reach, as promote plans them, read from workload.yaml on main through
// the deploy-branches port (verify-health has no loaded repository snapshot). A Kustomize workload's tenants share
// one overlay and are promoted in one step: none listed.
const layout_js_1 = __webpack_require__(89128);
const workload_fields_js_1 = __webpack_require__(62083);
/** undefined when main or the workload's workload.yaml cannot be read: the promotion is then settled by promote. */
async function workloadTenantsOnMain(repo, workload, mainBranch = 'main') {
    const tip = await repo.tip(mainBranch);
    if (tip === undefined)
        return undefined;
    const file = (0, layout_js_1.workloadFile)(workload);
    const [text] = await repo.readFiles(tip, [file]);
    const fields = (0, workload_fields_js_1.readWorkloadFields)(text, file);
    if (fields === undefined)
        return undefined;
    if (fields.source?.type === 'kustomize')
        return [];
    const { tenants } = fields;
    if (tenants === undefined)
        return [];
    if (!Array.isArray(tenants) || !tenants.every((t) => typeof t === 'string'))
        return undefined;
    return tenants;
}


/***/ }),

/***/ 9924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLUX_HELM_RELEASE = void 0;
exports.fluxObserver = fluxObserver;
// verify-health's `flux` source (docs/architecture.md#health): per target, the Kustomization `gitopshq init` wires
// to its deploy folder and, when a team's Flux installs the workload's chart with one, the HelmRelease of the same
// name (src/domain/cluster-wiring.ts). A HelmRelease whose chart version carries the deploy commit (a chart built
// from the deploy branch with `reconcileStrategy: Revision`) must have released that commit; one whose version ties
// to no commit (a chart from a Helm repository) is judged for health only, and the Kustomization says whether the
// commit is applied. One list per kind and observation, whatever the number of targets.
const cluster_wiring_js_1 = __webpack_require__(61665);
const index_js_1 = __webpack_require__(53891);
const sync_verdict_js_1 = __webpack_require__(83269);
const verify_health_observe_js_1 = __webpack_require__(88831);
exports.FLUX_HELM_RELEASE = { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease' };
/** The sync verdict and health of one target from its Kustomization and HelmRelease, either possibly absent. */
async function judgeTarget(ctx, file, names, ks, hr) {
    const ksRev = ks?.status?.lastAppliedRevision;
    const ksVerdict = ks
        ? (0, sync_verdict_js_1.fluxSyncVerdict)(ks, ctx.deployCommit, await (0, verify_health_observe_js_1.contentMatcher)(ctx, [ksRev], file))
        : undefined;
    const history = Array.isArray(hr?.status?.history)
        ? hr.status.history
        : [];
    const hrCommits = [hr?.status?.lastAttemptedRevision, history[0]?.chartVersion].map((v) => (0, sync_verdict_js_1.chartVersionCommit)(typeof v === 'string' ? v : undefined));
    const hrVerdict = hr
        ? (0, sync_verdict_js_1.fluxHelmReleaseSyncVerdict)(hr, ctx.deployCommit, await (0, verify_health_observe_js_1.contentMatcher)(ctx, hrCommits, file))
        : undefined;
    const parts = [ksVerdict, hrVerdict].filter((v) => v !== undefined);
    const bad = [];
    const judge = (obj, v, kind, name) => {
        if (!obj)
            return undefined;
        const s = (0, index_js_1.worstStatus)([(0, index_js_1.assessHealth)(obj).status, ...(v?.health ? [v.health] : [])]);
        if (s !== 'Healthy')
            bad.push({ kind, name, status: s });
        return s;
    };
    const statuses = [
        judge(ks, ksVerdict, verify_health_observe_js_1.FLUX_KUSTOMIZATION.kind, names.kustomization),
        judge(hr, hrVerdict, exports.FLUX_HELM_RELEASE.kind, names.helmRelease),
    ].filter((s) => s !== undefined);
    if (!ks && !hr) {
        const message = `no Kustomization or HelmRelease ${names.kustomization} found`;
        bad.push({ kind: verify_health_observe_js_1.FLUX_KUSTOMIZATION.kind, name: names.kustomization, status: 'Missing' });
        return { verdict: { synced: false, drifted: false, outOfSync: [], message }, status: 'Missing', bad };
    }
    if (parts.length === 0) {
        const message = `HelmRelease ${names.helmRelease}'s chart version ties to no commit (a chart from a Helm repository) and no Kustomization ${names.kustomization} applies the deploy folder: nothing says the deploy commit runs`;
        return {
            verdict: { synced: false, drifted: false, outOfSync: [], message },
            status: (0, index_js_1.worstStatus)(statuses),
            bad,
        };
    }
    const waiting = parts.find((v) => !v.synced);
    const degraded = parts.find((v) => v.health === 'Degraded');
    const verdict = {
        synced: waiting === undefined,
        drifted: false,
        outOfSync: [],
        message: (degraded ?? waiting ?? hrVerdict ?? ksVerdict)?.message ?? '',
    };
    return { verdict, status: (0, index_js_1.worstStatus)(statuses), bad };
}
/** Flux Kustomizations, and HelmReleases when the cluster serves them: one list of the namespace per kind. */
function fluxObserver(ctx, from) {
    const names = ctx.targets.map((t) => ({
        kustomization: (0, cluster_wiring_js_1.fluxKustomizationName)(ctx.environment, t.tenant, t.workload),
        helmRelease: (0, cluster_wiring_js_1.fluxHelmReleaseName)(ctx.environment, t.tenant, t.workload),
    }));
    let helmServed;
    return {
        async observe() {
            const ksQuery = { ...verify_health_observe_js_1.FLUX_KUSTOMIZATION, namespace: from.namespace };
            const hrQuery = { ...exports.FLUX_HELM_RELEASE, namespace: from.namespace };
            helmServed ??= from.kube.servesKind(exports.FLUX_HELM_RELEASE.apiVersion, exports.FLUX_HELM_RELEASE.kind);
            const [ksList, hrList] = await Promise.all([
                from.kube.list(ksQuery),
                (await helmServed) ? from.kube.list(hrQuery) : undefined,
            ]);
            const verdicts = [];
            const statuses = [];
            const resources = [];
            for (const [i, n] of names.entries()) {
                const ks = ksList.items.find((o) => o.metadata.name === n.kustomization);
                const hr = hrList?.items.find((o) => o.metadata.name === n.helmRelease);
                const judged = await judgeTarget(ctx, ctx.targets[i]?.file ?? '', n, ks, hr);
                verdicts.push(judged.verdict);
                statuses.push(judged.status);
                for (const b of judged.bad) {
                    const kind = b.kind === exports.FLUX_HELM_RELEASE.kind ? exports.FLUX_HELM_RELEASE : verify_health_observe_js_1.FLUX_KUSTOMIZATION;
                    resources.push({
                        ...kind,
                        name: b.name,
                        namespace: from.namespace,
                        status: b.status,
                        message: judged.verdict.message,
                    });
                }
            }
            const synced = verdicts.every((v) => v.synced);
            const status = (0, index_js_1.worstStatus)(statuses);
            const labels = names.map((n) => n.kustomization);
            return {
                synced,
                status,
                message: synced
                    ? `${names.length} target(s) Ready at the deploy commit, ${status}`
                    : (0, verify_health_observe_js_1.summarize)({ synced, verdicts, names: labels }),
                drift: false,
                resources,
                checked: names.length,
                watch: [
                    { query: ksQuery, resourceVersion: ksList.resourceVersion },
                    ...(hrList ? [{ query: hrQuery, resourceVersion: hrList.resourceVersion }] : []),
                ],
            };
        },
    };
}


/***/ }),

/***/ 88831:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLUX_KUSTOMIZATION = exports.ARGO_APPLICATION = void 0;
exports.contentMatcher = contentMatcher;
exports.summarize = summarize;
exports.argoObserver = argoObserver;
exports.kubernetesObserver = kubernetesObserver;
// What verify-health looks at, per source (docs/architecture.md#health): one observation is "is the deploy commit
// applied, how healthy is it, what drifted", plus what to watch for the next change. Each observation lists kinds,
// never gets object by object, so its API calls grow with the kinds in a release, not with its objects or tenants.
const cluster_wiring_js_1 = __webpack_require__(61665);
const drift_js_1 = __webpack_require__(15127);
const index_js_1 = __webpack_require__(53891);
const model_js_1 = __webpack_require__(45529);
const sync_verdict_js_1 = __webpack_require__(83269);
const normalize_js_1 = __webpack_require__(12991);
const deploy_js_1 = __webpack_require__(79377);
exports.ARGO_APPLICATION = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application' };
exports.FLUX_KUSTOMIZATION = {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
};
const label = (o) => o.namespace ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
/** Revisions another deploy moved the branch to, checked once each: whether they carry this target's manifests. */
async function contentMatcher(ctx, revisions, file) {
    const same = new Set();
    for (const r of revisions) {
        if (r && r !== ctx.deployCommit && (await ctx.sameContent(r, file)))
            same.add(r);
    }
    return (r) => same.has(r);
}
function summarize(parts) {
    const waiting = parts.verdicts
        .map((v, i) => (v.synced ? undefined : `${parts.names[i]}: ${v.message}`))
        .filter((x) => x !== undefined);
    return parts.synced ? `${parts.names.length} synced at the deploy commit` : waiting.join('; ');
}
/** Argo CD Applications, read as Kubernetes objects (one list) or through the Argo CD REST API (one get each). */
function argoObserver(ctx, from) {
    const names = ctx.targets.map((t) => (0, cluster_wiring_js_1.argoApplicationName)(ctx.environment, t.tenant, t.workload));
    let seenSynced = ctx.wasSynced;
    return {
        async observe() {
            let apps;
            let watch;
            if ('kube' in from) {
                const query = { ...exports.ARGO_APPLICATION, namespace: from.namespace };
                const list = await from.kube.list(query);
                apps = names.map((n) => list.items.find((a) => a.metadata.name === n));
                watch = [{ query, resourceVersion: list.resourceVersion }];
            }
            else {
                const opts = from.namespace ? { appNamespace: from.namespace } : undefined;
                apps = await Promise.all(names.map((n) => from.api.getApplication(n, opts)));
            }
            const verdicts = [];
            for (const [i, app] of apps.entries()) {
                const rev = app?.status?.sync?.revision;
                const same = await contentMatcher(ctx, [rev], ctx.targets[i]?.file ?? '');
                verdicts.push((0, sync_verdict_js_1.argoSyncVerdict)(app, ctx.deployCommit, same));
            }
            // Drifted after it was Synced still runs the deploy commit: a health verdict, plus the drift.
            const synced = verdicts.every((v) => v.synced || (v.drifted && seenSynced));
            const resources = [];
            const statuses = [];
            let drift = false;
            for (const [i, app] of apps.entries()) {
                const v = verdicts[i];
                const name = names[i];
                if (!app) {
                    statuses.push('Missing');
                    resources.push({
                        ...exports.ARGO_APPLICATION,
                        name,
                        status: 'Missing',
                        message: `Application ${name} not found`,
                    });
                    continue;
                }
                const own = (0, index_js_1.assessHealth)(app);
                const status = (0, index_js_1.worstStatus)([own.status, ...(v.health ? [v.health] : [])]);
                statuses.push(status);
                const driftHere = v.drifted && seenSynced;
                drift ||= driftHere;
                for (const r of appResources(app, driftHere))
                    if (r.status !== 'Healthy' || r.drift)
                        resources.push(r);
                if (status !== 'Healthy' || driftHere) {
                    resources.push({
                        ...exports.ARGO_APPLICATION,
                        name,
                        ...(app.metadata.namespace ? { namespace: app.metadata.namespace } : {}),
                        status,
                        message: driftHere ? `drift: ${v.message}` : own.status === status ? own.message : v.message,
                        ...(driftHere ? { drift: true } : {}),
                    });
                }
            }
            if (synced)
                seenSynced = true;
            const status = (0, index_js_1.worstStatus)(statuses);
            return {
                synced,
                status,
                message: synced
                    ? `${names.length} Application(s) synced, ${status}`
                    : summarize({ synced, verdicts, names }),
                drift,
                resources,
                checked: apps.length,
                ...(watch ? { watch } : {}),
            };
        },
    };
}
/** The objects an Application lists with their health (Argo CD's own per-resource assessment). */
function appResources(app, drifted) {
    const list = Array.isArray(app.status?.resources) ? app.status.resources : [];
    return list.flatMap((raw) => {
        const r = raw;
        if (!r.kind || !r.name || !r.health?.status)
            return [];
        // A status this version does not know (a newer Argo CD) is Unknown, never a value the record schema refuses.
        const status = model_js_1.HEALTH_STATUSES.includes(r.health.status)
            ? r.health.status
            : 'Unknown';
        return [
            {
                kind: r.kind,
                name: r.name,
                ...(r.namespace ? { namespace: r.namespace } : {}),
                status,
                message: r.health.message ?? `${r.kind.toLowerCase()} ${r.name}: ${status}`,
                ...(drifted && r.status === 'OutOfSync' ? { drift: true } : {}),
            },
        ];
    });
}
function namespaceOf(m) {
    if (normalize_js_1.CLUSTER_SCOPED.has(m.kind) || (!m.metadata.namespace && normalize_js_1.CLUSTER_PREFIX.test(m.kind)))
        return undefined;
    return m.metadata.namespace || undefined;
}
/**
 * Every rendered object of the release, live: it exists, carries the release annotation deploy stamped, is judged
 * by the health rules, and matches its manifest in the fields the manifest sets. One list per (kind, namespace).
 */
function kubernetesObserver(ctx, kube) {
    const groups = new Map();
    const wanted = [];
    for (const t of ctx.targets) {
        for (const m of t.manifests) {
            // Hooks and ignore-healthcheck objects are not part of the workload's health, as in Argo CD.
            if ((0, index_js_1.healthExemption)(m))
                continue;
            const query = { apiVersion: m.apiVersion, kind: m.kind };
            const ns = namespaceOf(m);
            if (ns)
                query.namespace = ns;
            const group = `${query.apiVersion} ${query.kind} ${query.namespace ?? ''}`;
            groups.set(group, query);
            wanted.push({ manifest: m, group });
        }
    }
    const served = new Map();
    return {
        async observe() {
            const lists = new Map();
            const skipped = new Set();
            await Promise.all([...groups].map(async ([group, query]) => {
                const kindKey = `${query.apiVersion} ${query.kind}`;
                if (!served.has(kindKey))
                    served.set(kindKey, await kube.servesKind(query.apiVersion, query.kind));
                if (!served.get(kindKey))
                    skipped.add(group);
                else
                    lists.set(group, await kube.list(query));
            }));
            const resources = [];
            const statuses = [];
            let synced = true;
            let drift = false;
            let behind = 0;
            for (const { manifest: m, group } of wanted) {
                if (skipped.has(group))
                    continue;
                const id = {
                    apiVersion: m.apiVersion,
                    kind: m.kind,
                    name: m.metadata.name,
                    ...(namespaceOf(m) ? { namespace: namespaceOf(m) } : {}),
                };
                const live = lists
                    .get(group)
                    ?.items.find((o) => o.metadata.name === m.metadata.name && (!id.namespace || o.metadata.namespace === id.namespace));
                if (!live) {
                    synced = false;
                    statuses.push('Missing');
                    resources.push({ ...id, status: 'Missing', message: `${label(id)} does not exist in the cluster` });
                    continue;
                }
                const runs = live.metadata.annotations?.[deploy_js_1.RELEASE_ANNOTATION];
                if (runs !== ctx.releaseId) {
                    synced = false;
                    behind++;
                    statuses.push('Progressing');
                    resources.push({
                        ...id,
                        status: 'Progressing',
                        message: `${label(id)} runs ${runs ? `release ${runs}` : 'no gitopshq release'}, not ${ctx.releaseId} yet`,
                    });
                    continue;
                }
                const verdict = (0, index_js_1.assessHealth)(live);
                statuses.push(verdict.status);
                const fields = (0, drift_js_1.manifestDrift)(m, live);
                if (fields.length > 0)
                    drift = true;
                if (verdict.status !== 'Healthy' || fields.length > 0) {
                    const shown = fields.slice(0, 3).map((f) => (0, drift_js_1.describeDrift)(f, m.kind === 'Secret'));
                    const more = fields.length > 3 ? ` (+${fields.length - 3} more)` : '';
                    resources.push({
                        ...id,
                        status: verdict.status,
                        message: fields.length > 0 ? `${verdict.message}; drift: ${shown.join('; ')}${more}` : verdict.message,
                        ...(fields.length > 0 ? { drift: true } : {}),
                    });
                }
            }
            // A workload still rolling out: its pods say why (CrashLoopBackOff long before the progress deadline).
            const podWatch = synced ? await explainPods(kube, wanted, resources, statuses) : [];
            const status = (0, index_js_1.worstStatus)(statuses);
            const checked = statuses.length;
            const notes = skipped.size > 0 ? ` (not served, not checked: ${[...skipped].join(', ')})` : '';
            return {
                synced,
                status,
                message: synced
                    ? `${checked} object(s) carry ${ctx.releaseId}, ${status}${notes}`
                    : `${behind} object(s) do not run ${ctx.releaseId} yet, ${statuses.filter((s) => s === 'Missing').length} missing${notes}`,
                drift,
                resources,
                checked,
                watch: [
                    ...[...lists].map(([group, list]) => ({
                        query: groups.get(group),
                        resourceVersion: list.resourceVersion,
                    })),
                    ...podWatch,
                ],
            };
        },
    };
}
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const POD = { apiVersion: 'v1', kind: 'Pod' };
/**
 * The pods of each workload that is not Healthy yet, judged by the rules: one list per workload (its manifest's
 * selector), only while something rolls out. A Degraded pod makes the verdict Degraded, so a crash loop fails the
 * release after the grace period instead of at the progress deadline.
 */
async function explainPods(kube, wanted, resources, statuses) {
    const watch = [];
    const seen = new Set();
    for (const { manifest: m } of wanted) {
        const ns = namespaceOf(m);
        const labels = m.spec?.selector?.matchLabels;
        const pending = resources.some((r) => r.kind === m.kind && r.name === m.metadata.name && r.status !== 'Healthy');
        if (!WORKLOADS.has(m.kind) || !ns || !labels || !pending)
            continue;
        const labelSelector = Object.entries(labels)
            .map(([k, v]) => `${k}=${v}`)
            .sort()
            .join(',');
        if (seen.has(`${ns} ${labelSelector}`))
            continue;
        seen.add(`${ns} ${labelSelector}`);
        const query = { ...POD, namespace: ns, labelSelector };
        const list = await kube.list(query);
        watch.push({ query, resourceVersion: list.resourceVersion });
        for (const pod of list.items) {
            const v = (0, index_js_1.assessHealth)(pod);
            if (v.status === 'Healthy')
                continue;
            statuses.push(v.status);
            resources.push({
                ...POD,
                kind: 'Pod',
                name: pod.metadata.name,
                namespace: ns,
                status: v.status,
                message: v.message,
            });
        }
    }
    return watch;
}


/***/ }),

/***/ 36401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyHealthMarkdown = verifyHealthMarkdown;
exports.verifyHealthReport = verifyHealthReport;
// verify-health's report for people (the job summary, the CLI's text output) and for machines (the `report` output):
// per release its verdict and state, and what is unhealthy or drifted, with the reason.
const markdown_js_1 = __webpack_require__(74463);
const MAX_ROWS = 50;
/** The job summary: one line per release, then a table of what is not Healthy or drifted. */
function verifyHealthMarkdown(v, held) {
    const lines = [`### verify-health (${v.source}): ${v.status}${v.drift ? ', drift' : ''}`];
    if (held)
        lines.push('', held);
    if (v.releases.length === 0)
        lines.push('', 'No release runs here yet: nothing to verify.');
    for (const r of v.releases) {
        lines.push('', `- \`${r.releaseId}\` in ${r.environment}: **${r.status}**, ${r.state}${r.drift ? ', drift' : ''}: ${r.message}${r.undecided ? ' (within its timeout: left to its post-deploy verification)' : ''}`);
    }
    const rows = v.releases.flatMap((r) => (r.resources ?? []).map((x) => [
        r.releaseId,
        x.namespace ? `${x.kind}/${x.namespace}/${x.name}` : `${x.kind}/${x.name}`,
        x.status,
        x.drift ? 'yes' : '',
        x.message,
    ]));
    if (rows.length > 0) {
        lines.push('', (0, markdown_js_1.markdownTable)(['release', 'object', 'health', 'drift', 'why'], rows.slice(0, MAX_ROWS)));
        if (rows.length > MAX_ROWS)
            lines.push('', `... and ${rows.length - MAX_ROWS} more (see the \`report\` output).`);
    }
    if (v.rollback) {
        const rb = v.rollback;
        lines.push('', rb.state === 'RolledBack'
            ? `Rolled back \`${rb.releaseId}\` to \`${rb.to}\`${rb.pullRequest ? `; values pull request #${rb.pullRequest}` : ''}.`
            : `No automatic rollback: ${rb.note ?? 'unknown reason'}`);
    }
    if (v.driftIssue && v.driftIssue.action !== 'none') {
        lines.push('', `Drift issue #${v.driftIssue.number} ${v.driftIssue.action}: ${v.driftIssue.url}`);
    }
    lines.push('', `<sub>${v.clusterCalls} cluster API call(s) in ${(v.elapsedMs / 1000).toFixed(1)} s</sub>`);
    return lines.join('\n');
}
/** The `report` output: the whole verdict, as JSON. */
function verifyHealthReport(v) {
    return JSON.stringify(v);
}


/***/ }),

/***/ 19426:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyOne = verifyOne;
// The wait of one verify-health run (docs/architecture.md#health): the release's targets read from its deploy commit,
// an observer for the source, and the loop that observes, moves the state on, and waits for the next change (a watch
// on what was listed, or a capped backoff) until the verdict or the timeout. verify-health.ts drives it.
const yaml_1 = __webpack_require__(38815);
const index_js_1 = __webpack_require__(53891);
const lifecycle_js_1 = __webpack_require__(46788);
const verify_health_flux_js_1 = __webpack_require__(9924);
const verify_health_observe_js_1 = __webpack_require__(88831);
/** A watch is re-listed at least this often, in case a watch event was lost on the way. */
const MAX_WAIT_MS = 60_000;
const POLL_START_MS = 250;
const POLL_CAP_MS = 5_000;
const duration = (ms) => {
    if (ms < 1000)
        return `${ms}ms`;
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s}s`;
    const m = Math.round(s / 60);
    return m < 120 ? `${m}m` : `${Math.round(m / 60)}h`;
};
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
/** The `<tenant>/<workload>` folders of the release at its deploy commit, with their objects when needed. */
async function targetsOf(release, branches, withManifests) {
    const commit = release.deploy?.commit ?? '';
    // A checkout made before the deploy (a scheduled run's shallow one) lacks the commit: fetch its branch once.
    const listed = await branches.list(commit).catch(async () => {
        await branches.tip(release.deploy?.branch ?? '');
        return branches.list(commit);
    });
    const files = listed.filter((p) => {
        const [tenant, workload, file, extra] = p.split('/');
        if (extra !== undefined || file !== 'manifests.yaml' || workload !== release.workload)
            return false;
        return release.tenants.length === 0 || (tenant !== undefined && release.tenants.includes(tenant));
    });
    const contents = withManifests ? await branches.readFiles(commit, files) : [];
    return files.map((file, i) => {
        const tenant = file.split('/')[0];
        const manifests = withManifests ? parseManifests(contents[i] ?? '') : [];
        return { ...(tenant && tenant !== '_' ? { tenant } : {}), workload: release.workload, file, manifests };
    });
}
function parseManifests(text) {
    return (0, yaml_1.parseAllDocuments)(text, { version: '1.1' })
        .map((d) => d.toJS())
        .filter((o) => {
        const x = o;
        return (typeof x?.kind === 'string' &&
            typeof x.apiVersion === 'string' &&
            typeof x.metadata?.name === 'string');
    });
}
function observerFor(req, ports, ctx) {
    if (req.source === 'argocd') {
        const namespace = req.argocdNamespace ?? 'argocd';
        return ports.argocd
            ? (0, verify_health_observe_js_1.argoObserver)(ctx, { api: ports.argocd, namespace })
            : (0, verify_health_observe_js_1.argoObserver)(ctx, { kube: ports.kube, namespace });
    }
    if (req.source === 'flux') {
        return (0, verify_health_flux_js_1.fluxObserver)(ctx, { kube: ports.kube, namespace: req.fluxNamespace ?? 'flux-system' });
    }
    return (0, verify_health_observe_js_1.kubernetesObserver)(ctx, ports.kube);
}
/** When the release entered Deployed (its last time): a catch-up's timeout counts from there. */
function deployedAt(release, fallback) {
    const at = release.history.findLast((h) => h.state === 'Deployed')?.at;
    const t = at === undefined ? Number.NaN : Date.parse(at);
    return Number.isFinite(t) ? t : fallback;
}
async function verifyOne(req, ports, clock, release, mode) {
    const { log } = ports;
    const waitForIt = mode !== 'observe';
    const catchUp = mode === 'catch-up';
    const commit = release.deploy?.commit ?? '';
    const targets = await targetsOf(release, ports.branches, req.source === 'kubernetes');
    const base = { releaseId: release.id, environment: release.environment, workload: release.workload };
    if (targets.length === 0) {
        const message = `the deploy commit ${commit.slice(0, 7)} has no manifests of ${release.workload}`;
        return finish(req, ports, clock, release, { ...base, synced: false, status: 'Missing', message, drift: false, resources: [], checked: 0 }, waitForIt);
    }
    const sameCache = new Map();
    const ctx = {
        releaseId: release.id,
        environment: release.environment,
        deployCommit: commit,
        targets,
        wasSynced: release.state === 'Synced' || release.state === 'Healthy',
        sameContent: (revision, file) => {
            const key = `${revision} ${file}`;
            let p = sameCache.get(key);
            if (!p) {
                p = ports.branches
                    .readFiles(revision, [file])
                    .then(async ([there]) => there !== undefined && there === (await ports.branches.readFiles(commit, [file]))[0])
                    .catch(() => false);
                sameCache.set(key, p);
            }
            return p;
        },
    };
    const observer = observerFor(req, ports, ctx);
    const since = catchUp ? deployedAt(release, clock.now().getTime()) : clock.now().getTime();
    const deadline = since + req.timeoutMs;
    const grace = req.degradedGraceMs ?? Math.min(60_000, Math.max(1_000, req.timeoutMs / 5));
    let state = release.state;
    let degradedSince;
    let poll = POLL_START_MS;
    let obs;
    let timedOut = false;
    let undecided = false;
    let overtaken = false;
    for (;;) {
        obs = await observer.observe();
        log.debug(`${release.id}: ${obs.message}`);
        if (obs.synced && state === 'Deployed' && waitForIt) {
            const moved = await moveOrOvertaken(ports, release.id, 'Synced', {
                actor: req.actor,
                note: `${req.source}: ${obs.message}`,
            });
            state = moved.state;
            overtaken = moved.overtaken;
            if (!overtaken)
                log.info(`${release.id} is Synced: ${obs.message}`);
        }
        if (!waitForIt || overtaken || (obs.synced && obs.status === 'Healthy'))
            break;
        const now = clock.now().getTime();
        degradedSince = obs.status === 'Degraded' ? (degradedSince ?? now) : undefined;
        if (degradedSince !== undefined && now - degradedSince >= grace)
            break;
        // A schedule finds a release long after its deploy: a Degraded still gets its grace (a pod restarting once is
        // not a failure), but a rollout within its timeout is not waited out: its post-deploy run (or the next schedule)
        // judges it.
        const left = catchUp && degradedSince !== undefined ? MAX_WAIT_MS : deadline - now;
        if (left <= 0) {
            timedOut = true;
            break;
        }
        if (catchUp && degradedSince === undefined) {
            undecided = true;
            break;
        }
        const until = Math.min(left, MAX_WAIT_MS, degradedSince !== undefined ? degradedSince + grace - now : MAX_WAIT_MS);
        if (obs.watch && ports.kube) {
            await ports.kube.waitForChange(obs.watch, { timeoutMs: Math.max(1, until) });
        }
        else {
            await (ports.sleep ?? wait)(Math.min(poll, Math.max(1, until)));
            poll = Math.min(poll * 2, POLL_CAP_MS);
        }
    }
    const not = `not ${obs.synced ? 'Healthy' : 'synced'}`;
    const message = timedOut
        ? catchUp
            ? `${not} ${duration(clock.now().getTime() - since)} after its deploy (timeout ${duration(req.timeoutMs)}): ${worstReason(obs)}`
            : `${not} after ${duration(req.timeoutMs)}: ${worstReason(obs)}`
        : obs.synced && obs.status === 'Healthy'
            ? obs.message
            : worstReason(obs);
    const verdict = await finish(req, ports, clock, { ...release, state }, { ...base, ...obs, message }, waitForIt && !undecided && !overtaken);
    return undecided ? { ...verdict, undecided: true } : verdict;
}
/**
 * A transition that another run may have made first (a schedule catching up while the post-deploy run moves the
 * same release): the state that run left is taken as it is, and this run stops moving the release.
 */
async function moveOrOvertaken(ports, id, to, opts) {
    try {
        return { state: (await ports.store.transitionRelease(id, to, opts)).state, overtaken: false };
    }
    catch (e) {
        const latest = e instanceof lifecycle_js_1.IllegalTransitionError ? await ports.store.getRelease(id) : undefined;
        if (!latest)
            throw e;
        ports.log.info(`${id} is ${latest.state} already (another run moved it): left as it is`);
        return { state: latest.state, overtaken: true };
    }
}
/** The worst status and the object to read first: among the worst, a pod's own reason before its controller's. */
function worstReason(obs) {
    const bad = (0, index_js_1.causeFirst)(obs.resources?.filter((r) => r.status === obs.status) ?? []);
    const first = bad[0]?.message ?? obs.message;
    return bad.length > 1 ? `${obs.status}: ${first} (+${bad.length - 1} more)` : `${obs.status}: ${first}`;
}
/** Writes the verdict: the state move with its health, or the health alone when the state stays. */
async function finish(req, ports, clock, release, v, moves = true) {
    const health = {
        status: v.synced ? v.status : v.status === 'Healthy' ? 'Progressing' : v.status,
        source: req.source,
        checkedAt: clock.now().toISOString(),
        message: v.message,
        drift: v.drift,
        ...(v.resources && v.resources.length > 0 ? { resources: v.resources.slice(0, 50) } : {}),
    };
    const healthy = v.synced && v.status === 'Healthy';
    const actor = req.actor;
    let state = release.state;
    if (moves && healthy && state === 'Synced') {
        state = (await moveOrOvertaken(ports, release.id, 'Healthy', { actor, note: v.message, patch: { health } })).state;
    }
    else if (moves && !healthy && (state === 'Deployed' || state === 'Synced')) {
        // GitHub first: a run that stops between the two leaves a failure status on a release still Deployed, which a
        // re-run verifies again; the other order would leave a Failed record GitHub shows as a success, never re-verified.
        // A release another run already moved on (a schedule catching up) gets no status from this one.
        const latest = await ports.store.getRelease(release.id);
        const overtaken = latest !== undefined && latest.state !== 'Deployed' && latest.state !== 'Synced';
        const deploymentId = release.deploy?.deploymentId;
        if (ports.github && deploymentId !== undefined && !overtaken) {
            await ports.github.createDeploymentStatus(deploymentId, {
                state: 'failure',
                description: `unhealthy: ${v.message}`.slice(0, 140),
                ...(req.runUrl ? { logUrl: req.runUrl } : {}),
            });
        }
        state = (await moveOrOvertaken(ports, release.id, 'Failed', { actor, note: v.message, patch: { health } })).state;
    }
    else {
        await ports.store.updateRelease(release.id, (r) => ({ ...r, health }), `release ${release.id}: health ${health.status}`);
    }
    return { ...v, status: health.status, state };
}


/***/ }),

/***/ 28074:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyHealth = verifyHealth;
exports.runningReleases = runningReleases;
// verify-health: waits until Argo CD, Flux or the cluster runs a release's deploy commit, judges its health with the
// rules of src/domain/health, and moves the release Deployed -> Synced -> Healthy, or to Failed with the report of
// what is unhealthy and why (then, when asked, rolls it back). Waiting is a watch on what it listed (or, for the
// Argo CD REST API, a capped backoff), never a fixed sleep, so the verdict follows the cluster's change at once.
// On a schedule (an environment, no release) it checks the environment's running releases once for drift and keeps
// one GitHub issue per environment open while there is drift. Flow: docs/architecture.md#health.
const index_js_1 = __webpack_require__(53891);
const rollback_target_js_1 = __webpack_require__(51742);
const deps_js_1 = __webpack_require__(31064);
const drift_issue_js_1 = __webpack_require__(77853);
const promotion_settle_js_1 = __webpack_require__(55609);
const promotion_tenants_js_1 = __webpack_require__(23989);
const result_js_1 = __webpack_require__(48155);
const rollback_js_1 = __webpack_require__(98678);
const verify_health_run_js_1 = __webpack_require__(19426);
const WATCHED_STATES = new Set(['Deployed', 'Synced', 'Healthy']);
async function verifyHealth(req, ports, clock = deps_js_1.systemClock) {
    const started = clock.now().getTime();
    const counted = countCalls(ports);
    const sourceProblem = checkSource(req.source, ports);
    if (sourceProblem)
        return (0, result_js_1.failed)({ kind: 'usage', message: sourceProblem });
    const c = { ...ports, ...counted.ports };
    let releases;
    if (req.releaseId !== undefined) {
        const r = await ports.store.getRelease(req.releaseId);
        if (!r)
            return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.releaseId} does not exist` });
        if (req.environment !== undefined && req.environment !== r.environment) {
            return (0, result_js_1.failed)({
                kind: 'usage',
                message: `release ${r.id} is for ${r.environment}, not ${req.environment}`,
            });
        }
        // A release whose automatic rollback did not finish (GitHub failed it midway: still Failed, or Rolled Back
        // without its values pull request): a re-run picks the rollback up where it stopped.
        const resume = (r.state === 'Failed' || r.state === 'RolledBack') && req.autoRollback && r.deploy !== undefined;
        if (!resume && (!WATCHED_STATES.has(r.state) || !r.deploy)) {
            return (0, result_js_1.failed)({
                kind: 'usage',
                message: `release ${r.id} is ${r.state}: only a Deployed, Synced or Healthy release is verified (deploy it first)`,
            });
        }
        releases = [r];
    }
    else {
        releases = runningReleases(await ports.store.listReleases(), req.environment ?? '');
        if (releases.length === 0)
            ports.log.info(`nothing runs in ${req.environment} yet: nothing to verify`);
    }
    const scheduled = req.releaseId === undefined;
    const verdicts = [];
    let rolled;
    for (const r of releases) {
        const v = r.state === 'Failed' || r.state === 'RolledBack'
            ? failedVerdict(r)
            : await ports.log.group(`Verify ${r.id} (${req.source})`, () => (0, verify_health_run_js_1.verifyOne)(req, c, clock, r, modeOf(scheduled, r.state)));
        if ((v.state === 'Failed' || v.state === 'RolledBack') && req.autoRollback) {
            rolled = await autoRollback(req, ports, clock, r, v);
            if (rolled.state)
                v.state = rolled.state;
            if (rolled.to && rolled.state === 'RolledBack')
                v.rolledBackTo = rolled.to;
        }
        // A promoted release that failed halts its promotion at once: no later wave may start from it.
        if (v.state === 'Failed' || v.state === 'RolledBack') {
            const halted = await (0, promotion_settle_js_1.haltPromotionOf)({ ...r, state: v.state }, ports.store, req.actor, clock);
            if (halted) {
                v.promotionHalted = halted.id;
                ports.log.warning(`promotion ${halted.id} halted: ${r.id} is ${v.state}; no later tenant gets the change`);
            }
        }
        // A promoted release now Healthy may be its promotion's last wave: the promotion completes now, not when
        // someone next runs promote.
        if (v.state === 'Healthy' && r.promotion !== undefined) {
            const tenants = await (0, promotion_tenants_js_1.workloadTenantsOnMain)(ports.valuesRepo ?? ports.branches, r.workload);
            const settled = tenants === undefined
                ? undefined
                : await (0, promotion_settle_js_1.settlePromotionOf)({ ...r, state: 'Healthy' }, tenants, ports.store, req.actor, clock);
            if (settled) {
                v.promotionSettled = { id: settled.id, state: settled.state };
                ports.log.info(`promotion ${settled.id} is ${settled.state === 'Completed' ? 'complete' : settled.state}`);
            }
        }
        verdicts.push(v);
    }
    const status = worst(verdicts);
    const drift = verdicts.some((v) => v.drift);
    const value = {
        status,
        ...(verdicts[0] ? { state: verdicts[0].state } : {}),
        drift,
        releases: verdicts,
        source: req.source,
        checkedAt: clock.now().toISOString(),
        elapsedMs: clock.now().getTime() - started,
        clusterCalls: counted.calls(),
        ...(rolled ? { rollback: rolled } : {}),
    };
    if (scheduled && req.environment !== undefined && ports.github) {
        value.driftIssue = await (0, drift_issue_js_1.syncDriftIssue)(ports.github, {
            environment: req.environment,
            verdicts,
            source: req.source,
            runUrl: req.runUrl,
            at: clock.now(),
        });
    }
    const failedOnes = verdicts.filter((v) => v.state === 'Failed' || v.rolledBackTo !== undefined);
    const unhealthy = verdicts.filter((v) => v.status !== 'Healthy' && !v.undecided);
    if (failedOnes.length > 0 || (scheduled && unhealthy.length > 0)) {
        const first = failedOnes[0] ?? unhealthy[0];
        const what = first ? `${first.releaseId}: ${first.message}` : status;
        return (0, result_js_1.failed)({ message: `release ${what}` }, { value });
    }
    return (0, result_js_1.succeeded)(value);
}
/**
 * After a deploy: wait for the verdict. On a schedule: a Healthy release is observed (its health recorded, drift
 * reported); one still Deployed or Synced is caught up through the lifecycle with the same guards (src/usecases/
 * verify-health-run.ts), so a post-deploy run that never ran does not leave it there for ever.
 */
function modeOf(scheduled, state) {
    if (state === 'Healthy')
        return 'observe';
    return scheduled ? 'catch-up' : 'wait';
}
function checkSource(source, ports) {
    if (source === 'argocd' && !ports.kube && !ports.argocd) {
        return 'the argocd source needs argocd-server and argocd-token (the Argo CD API), or a kubeconfig (its Application objects)';
    }
    if (source !== 'argocd' && !ports.kube)
        return `the ${source} source needs a kubeconfig`;
    return undefined;
}
/** Each running release of the environment: per workload (and tenant), what its deploy branch holds now. */
function runningReleases(records, environment) {
    const scopes = new Map();
    for (const r of records) {
        if (r.environment !== environment)
            continue;
        if (r.tenants.length === 0)
            scopes.set(`${r.workload}/`, { workload: r.workload, environment });
        for (const tenant of r.tenants)
            scopes.set(`${r.workload}/${tenant}`, { workload: r.workload, environment, tenant });
    }
    const found = new Map();
    for (const scope of scopes.values()) {
        const r = (0, rollback_target_js_1.runningRelease)(records, scope);
        if (r?.deploy && WATCHED_STATES.has(r.state))
            found.set(r.id, r);
    }
    return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}
async function autoRollback(req, ports, clock, release, v) {
    const records = await ports.store.listReleases();
    const scope = { workload: release.workload, environment: release.environment };
    const running = (0, rollback_target_js_1.runningRelease)(records, scope);
    // Rolled Back already: what runs is its target; the rollback's re-run only finishes what it left undone.
    if (release.state !== 'RolledBack' && running?.id !== release.id) {
        // A later deploy replaced it while it was verified: rolling back now would undo that one instead.
        const note = `${release.id} no longer runs (${running?.id ?? 'nothing'} does): no automatic rollback`;
        ports.log.warning(note);
        return { releaseId: release.id, note };
    }
    const to = release.rolledBackTo ?? release.rollbackTarget ?? (0, rollback_target_js_1.defaultRollbackTarget)(records, scope)?.id;
    if (!to) {
        const note = `no rollback target for ${release.id}: nothing Healthy ran before it, so it stays Failed`;
        ports.log.warning(note);
        return { releaseId: release.id, note };
    }
    const result = await (0, rollback_js_1.rollback)({
        environment: release.environment,
        to,
        // Only the tenants this release went to: a rollback leaves other tenants' releases alone.
        ...(release.tenants.length > 0 ? { tenants: release.tenants } : {}),
        actor: req.actor,
        reason: `verify-health: ${v.message}`,
        runUrl: req.runUrl,
    }, {
        ...(ports.github ? { github: ports.github, pulls: ports.github } : {}),
        store: ports.store,
        branches: ports.branches,
        valuesRepo: ports.valuesRepo ?? ports.branches,
        log: ports.log,
    }, clock);
    if (result.outcome !== 'succeeded') {
        const note = `automatic rollback to ${to} failed: ${result.outcome === 'failed' ? result.error.message : result.reason}`;
        ports.log.warning(note);
        return { releaseId: release.id, to, note };
    }
    ports.log.info(`rolled ${release.id} back to ${to}`);
    return {
        releaseId: release.id,
        to,
        state: result.value.state,
        ...(result.value.valuesPullRequest ? { pullRequest: result.value.valuesPullRequest.number } : {}),
        ...(result.value.valuesNote ? { note: result.value.valuesNote } : {}),
    };
}
/** The verdict a Failed release already holds (its recorded health), for a re-run that resumes its rollback. */
function failedVerdict(r) {
    return {
        releaseId: r.id,
        environment: r.environment,
        workload: r.workload,
        state: r.state,
        ...(r.rolledBackTo ? { rolledBackTo: r.rolledBackTo } : {}),
        status: r.health?.status ?? 'Degraded',
        synced: false,
        drift: r.health?.drift ?? false,
        message: r.health?.message ?? 'Failed',
        checked: 0,
        resources: r.health?.resources,
    };
}
function worst(verdicts) {
    return (0, index_js_1.worstStatus)(verdicts.map((v) => v.status));
}
/** The cluster ports wrapped to count every call this verification makes (the report's `clusterCalls`). */
function countCalls(ports) {
    let n = 0;
    const tick = (call) => {
        n++;
        return call;
    };
    const kube = ports.kube;
    const argocd = ports.argocd;
    const counted = {};
    if (kube) {
        counted.kube = {
            get: (ref) => tick(kube.get(ref)),
            list: (q) => tick(kube.list(q)),
            waitForChange: (q, o) => tick(kube.waitForChange(q, o)),
            servesKind: (a, k) => tick(kube.servesKind(a, k)),
            close: () => kube.close(),
        };
    }
    if (argocd)
        counted.argocd = { getApplication: (name, o) => tick(argocd.getApplication(name, o)) };
    return { ports: counted, calls: () => n };
}


/***/ })

};
