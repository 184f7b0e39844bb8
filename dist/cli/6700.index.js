export const id = 6700;
export const ids = [6700];
export const modules = {

/***/ 78800:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_NAME_LENGTH = void 0;
exports.isDnsLabel = isDnsLabel;
exports.checkName = checkName;
exports.assertName = assertName;
exports.suggestName = suggestName;
const errors_js_1 = __webpack_require__(10241);
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

/***/ 17134:
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

/***/ 8597:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AJV_OPTIONS = void 0;
exports.AJV_OPTIONS = {
    strict: true,
    // The freeze window's if/then/else names keys declared by its parent object, which strictRequired rejects.
    strictRequired: false,
    // values files may be empty (null) as well as a mapping.
    allowUnionTypes: true,
    discriminator: true,
};


/***/ }),

/***/ 17613:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMAS = void 0;
const gitopshq_schema_json_1 = __importDefault(__webpack_require__(79893));
const promotion_schema_json_1 = __importDefault(__webpack_require__(95225));
const release_schema_json_1 = __importDefault(__webpack_require__(37945));
const values_schema_json_1 = __importDefault(__webpack_require__(96626));
const workload_schema_json_1 = __importDefault(__webpack_require__(22467));
exports.SCHEMAS = {
    gitopshq: gitopshq_schema_json_1.default,
    workload: workload_schema_json_1.default,
    values: values_schema_json_1.default,
    release: release_schema_json_1.default,
    promotion: promotion_schema_json_1.default,
};


/***/ }),

/***/ 4501:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


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
exports.FORMAT_VERSION = void 0;
exports.schemaFor = schemaFor;
exports.validateDocument = validateDocument;
exports.isValidValue = isValidValue;
exports.checkDocument = checkDocument;
exports.sortFindings = sortFindings;
// Validates a state-repo file against its JSON Schema and says what is wrong the way a person reads the file:
// positioned at the key or value to edit, in words (`environments[2].approvals.required must be >= 0`), every
// problem at once. Whether a document is valid is answered by validators compiled at build time
// (schema-validators.generated.ts, no compile at run time); ajv compiles its message-giving validator (all errors,
// with the schema beside each) only when a document is invalid, and then only for that schema.
const _2020_js_1 = __webpack_require__(52210);
const names_js_1 = __webpack_require__(78800);
const schema_options_js_1 = __webpack_require__(8597);
const schema_sources_js_1 = __webpack_require__(17613);
const precompiled = __importStar(__webpack_require__(11099));
const yaml_source_js_1 = __webpack_require__(362);
/** Valid or not, with no compile: the build-time validators (scripts/generate-validators.ts). */
const VALID = {
    gitopshq: precompiled.gitopshq,
    workload: precompiled.workload,
    values: precompiled.values,
    release: precompiled.release,
    promotion: precompiled.promotion,
};
/** The JSON Schema of a file kind, e.g. for documentation or editors. */
function schemaFor(name) {
    return schema_sources_js_1.SCHEMAS[name];
}
let ajv;
const compiled = new Map();
/** The run-time validator that explains: every error, each with its schema (for the messages). */
function explainer(name) {
    let fn = compiled.get(name);
    if (!fn) {
        // parentSchema (verbose) lets messages list the allowed keys and the discriminator's choices.
        ajv ??= new _2020_js_1.Ajv2020({ ...schema_options_js_1.AJV_OPTIONS, allErrors: true, verbose: true });
        fn = ajv.compile(schema_sources_js_1.SCHEMAS[name]);
        compiled.set(name, fn);
    }
    return fn;
}
/**
 * Parses YAML `text` (named `file` in findings) and validates it against schemas/<name>.schema.json.
 * Returns every problem at once, each positioned at the offending key or value; `value` is the parsed document
 * (undefined when the YAML itself could not be parsed).
 */
function validateDocument(text, file, schema) {
    const { source, findings } = checkDocument(text, file, schema);
    return { value: source.value, findings };
}
/** Whether an already parsed value passes schemas/<name>.schema.json (no positions: see validateDocument). */
function isValidValue(schema, value) {
    return VALID[schema](value) === true;
}
/** validateDocument, also returning the parsed source so callers can position findings of their own. */
function checkDocument(text, file, schema) {
    const source = (0, yaml_source_js_1.parseYamlSource)(text, file);
    if (source.findings.length > 0)
        return { source, findings: source.findings };
    if (VALID[schema](source.value) === true)
        return { source, findings: [] };
    const newer = newerFormat(source);
    if (newer)
        return { source, findings: [newer] };
    const validate = explainer(schema);
    validate(source.value);
    return { source, findings: explain(validate.errors ?? [], source, schema_sources_js_1.SCHEMAS[schema]) };
}
/** The one format version this gitopshq reads (docs/architecture.md#compatibility: a major version reads its own). */
exports.FORMAT_VERSION = 'gitopshq.io/v1';
/**
 * A file in a later format than this gitopshq reads (`apiVersion: gitopshq.io/v2`) gets one finding saying so, rather
 * than a list of schema errors about fields it has never heard of: the fix is upgrading gitopshq, not the file.
 */
function newerFormat(source) {
    const value = source.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const apiVersion = value.apiVersion;
    const m = typeof apiVersion === 'string' ? /^gitopshq\.io\/v(\d+)(?:[a-z]+\d*)?$/.exec(apiVersion) : null;
    if (!m || apiVersion === exports.FORMAT_VERSION || Number(m[1]) < 1)
        return undefined;
    const at = source.locate(['apiVersion']);
    return {
        file: source.file,
        line: at.line,
        col: at.col,
        message: `apiVersion ${apiVersion} is a format this gitopshq does not read (it reads ${exports.FORMAT_VERSION}): the file was written by a newer gitopshq; upgrade gitopshq to the major version that wrote it (see CHANGELOG.md)`,
    };
}
function explain(errors, source, root) {
    const problems = [];
    const missing = new Map();
    for (const e of errors) {
        const path = (0, yaml_source_js_1.pointerToPath)(e.instancePath);
        if (e.keyword === 'required') {
            // One line per object listing every missing key reads better than one line per key.
            const entry = missing.get(e.instancePath) ?? { path, keys: [], freeze: false };
            const key = e.params.missingProperty;
            if (!entry.keys.includes(key))
                entry.keys.push(key);
            entry.freeze ||= isFreeze(root, e.instancePath) && e.schemaPath.endsWith('/else/required');
            missing.set(e.instancePath, entry);
            continue;
        }
        const p = explainOne(e, path, source, root);
        if (p)
            problems.push(p);
    }
    for (const { path, keys, freeze } of missing.values()) {
        const list = keys.map((k) => `'${k}'`).join(', ');
        let message = `${prefix(path)}missing required key${keys.length > 1 ? 's' : ''} ${list}`;
        if (freeze)
            message += ": a freeze needs 'start' and 'end' (one-off) or 'weekly' (recurring)";
        problems.push({ path, key: false, message });
    }
    const seen = new Set();
    const findings = [];
    for (const p of problems) {
        const pos = source.locate(p.path, { key: p.key });
        const id = `${pos.line}:${pos.col}:${p.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push({ file: source.file, ...pos, message: p.message });
    }
    return sortFindings(findings);
}
function sortFindings(findings) {
    return findings.sort((a, b) => a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.col - b.col);
}
/** `environments[0]: ` — or nothing at the top level. */
function prefix(path) {
    return path.length ? `${(0, yaml_source_js_1.formatPath)(path)}: ` : '';
}
function subject(path) {
    return path.length ? (0, yaml_source_js_1.formatPath)(path) : 'the file';
}
// Which schema definitions are names, by object identity: ajv reports schemaPath relative to a $ref target it
// compiled on its own, so the path is not a reliable way to tell.
const NAME_DEFS = new Map();
for (const schema of [schema_sources_js_1.SCHEMAS.gitopshq, schema_sources_js_1.SCHEMAS.workload]) {
    const defs = (schema.$defs ?? {});
    for (const [def, kind] of [
        ['environmentName', 'environment'],
        ['tenantName', 'tenant'],
        ['workloadName', 'workload'],
    ]) {
        if (defs[def])
            NAME_DEFS.set(defs[def], kind);
    }
}
/** What each pattern in schemas/ means, in words. */
const PATTERN_WORDS = {
    '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$': "a DNS-1123 label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
    '^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$': "a Helm release name: lowercase letters, digits and '-', at most 53 characters",
    '^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$': "a git branch name: letters, digits, '.', '_', '-' and '/', without '..', '//' or a '.lock' suffix",
    '^[A-Za-z0-9][A-Za-z0-9_.-]*$': 'a GitHub team slug such as platform',
    '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$': 'a local date and time such as 2026-12-24T00:00, or an instant such as 2026-12-24T00:00Z',
    '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time of day as HH:MM, e.g. 18:00',
    '^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$': "a time of day as HH:MM, optionally after a day: '18:00' or 'fri 18:00'",
    '^1\\.[0-9]+$': "a Kubernetes minor version such as '1.33' (quoted)",
    '^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))': 'an https:// URL (http:// only for 127.0.0.1, localhost or [::1])',
    '^(?![/\\\\])(?![A-Za-z]:)': 'a path relative to the workload folder',
    '^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$': "a record id: lowercase letters, digits and '-', at most 200 characters",
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$': 'an ISO 8601 UTC timestamp such as 2026-11-26T21:35:57Z',
    '^[1-9][0-9]*(s|m|h|d)$': 'a duration such as 90s, 30m, 1h or 2d (or a number of seconds)',
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a full git commit id: 40 (or 64) lowercase hexadecimal digits',
};
function explainOne(e, path, source, root) {
    const at = (0, yaml_source_js_1.formatPath)(path);
    const params = e.params;
    const propertyName = typeof params.propertyName === 'string' ? params.propertyName : undefined;
    // `propertyNames` itself only says "some key is bad"; the error under it says which and why.
    if (e.keyword === 'propertyNames')
        return undefined;
    if (propertyName !== undefined)
        return explainKey(e, [...path, propertyName], propertyName);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            const allowed = Object.keys(e.parentSchema?.properties ?? {});
            return {
                path: [...path, key],
                key: true,
                message: `${prefix(path)}unknown key '${key}' (allowed: ${allowed.join(', ')})`,
            };
        }
        case 'type':
            return { path, key: false, message: typeMessage(path, String(params.type), source) };
        case 'const':
            return { path, key: false, message: `${subject(path)} must be '${String(params.allowedValue)}'` };
        case 'enum':
            return {
                path,
                key: false,
                message: `${subject(path)} must be one of ${params.allowedValues.join(', ')}`,
            };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return {
                path,
                key: false,
                message: `${at} must be ${String(params.comparison)} ${String(params.limit)}`,
            };
        case 'minItems':
            return {
                path,
                key: false,
                message: `${at} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
            };
        case 'minLength':
            return {
                path,
                key: false,
                message: params.limit === 1
                    ? `${at} must not be empty`
                    : `${at} must be at least ${String(params.limit)} characters`,
            };
        case 'uniqueItems': {
            const [first, again] = [Number(params.j), Number(params.i)].sort((a, b) => a - b);
            return {
                path: [...path, again],
                key: false,
                message: `${(0, yaml_source_js_1.formatPath)([...path, again])} repeats ${(0, yaml_source_js_1.formatPath)([...path, first])}`,
            };
        }
        case 'pattern':
            return { path, key: false, message: patternMessage(e, path, source.sourceAt(path) ?? '') };
        case 'discriminator':
            return discriminatorProblem(e, path, root);
        case 'false schema':
            return { path, key: true, message: falseSchemaMessage(e, path, root) };
        case 'if':
            // Says only "must match then/else"; the error inside the branch is reported on its own.
            return undefined;
        default:
            return { path, key: false, message: `${subject(path)} ${e.message ?? 'is not valid'}` };
    }
}
function explainKey(e, path, key) {
    const kind = nameKindOf(e);
    const nameProblem = kind ? (0, names_js_1.checkName)(kind, key) : undefined;
    const parent = (0, yaml_source_js_1.formatPath)(path.slice(0, -1));
    const words = PATTERN_WORDS[String(e.params.pattern)];
    return {
        path,
        key: true,
        message: nameProblem !== undefined
            ? `${parent}: ${nameProblem}`
            : `${parent}: key '${key}' is not valid${words ? `: expected ${words}` : ''}`,
    };
}
function nameKindOf(e) {
    return NAME_DEFS.get(e.parentSchema);
}
function patternMessage(e, path, written) {
    const kind = nameKindOf(e);
    const value = String(e.data);
    // Names become paths: the domain's own rule (and wording) decides, the schema pattern is its mirror.
    const nameProblem = kind ? (0, names_js_1.checkName)(kind, value) : undefined;
    if (nameProblem !== undefined)
        return `${(0, yaml_source_js_1.formatPath)(path)}: ${nameProblem}`;
    const words = PATTERN_WORDS[String(e.params.pattern)];
    const shown = `'${written && !/^['"]/.test(written) ? written : value}'`;
    return words
        ? `${(0, yaml_source_js_1.formatPath)(path)} ${shown} is not valid: expected ${words}`
        : `${(0, yaml_source_js_1.formatPath)(path)} ${shown} must match ${String(e.params.pattern)}`;
}
function typeMessage(path, type, source) {
    const expected = type
        .split(',')
        .map((t) => ({ object: 'a mapping', array: 'a list', integer: 'an integer', null: 'empty' })[t] ?? `a ${t}`)
        .join(' or ');
    const value = lookup(source.value, path);
    const got = value === null
        ? 'empty'
        : Array.isArray(value)
            ? 'a list'
            : typeof value === 'object'
                ? 'a mapping'
                : `a ${typeof value}`;
    const written = source.sourceAt(path);
    // YAML reads 1.10 as the number 1.1 and yes as a string: quoting keeps a version as written.
    const hint = type === 'string' && (typeof value === 'number' || typeof value === 'boolean') && written
        ? ` (quote it to keep it as written: "${written}")`
        : '';
    if (path.length === 0)
        return value === null ? `the file must be ${expected}` : `the file must be ${expected}, not ${got}`;
    return `${(0, yaml_source_js_1.formatPath)(path)} must be ${expected}, not ${got}${hint}`;
}
function lookup(value, path) {
    let v = value;
    for (const seg of path)
        v = v?.[seg];
    return v;
}
function discriminatorProblem(e, path, root) {
    const params = e.params;
    const branches = (e.parentSchema?.oneOf ?? []).map((b) => resolve(root, b));
    const choices = branches
        .map((b) => b.properties?.[params.tag]?.const)
        .filter((c) => c !== undefined)
        .join(', ');
    if (params.tagValue === undefined) {
        return {
            path,
            key: false,
            message: `${prefix(path)}missing required key '${params.tag}' (one of ${choices})`,
        };
    }
    const tagPath = [...path, params.tag];
    return { path: tagPath, key: false, message: `${(0, yaml_source_js_1.formatPath)(tagPath)} must be one of ${choices}` };
}
function resolve(root, schema) {
    if (!schema.$ref?.startsWith('#/'))
        return schema;
    let s = root;
    for (const seg of schema.$ref.slice(2).split('/'))
        s = s[seg];
    return s;
}
/** A freeze window's if/then/else (start+end or weekly) deserves its own words; found by where the data is. */
function isFreeze(root, instancePath) {
    return root === schema_sources_js_1.SCHEMAS.gitopshq && /^\/freezes\/\d+(\/(start|end))?$/.test(instancePath);
}
function falseSchemaMessage(e, path, root) {
    if (isFreeze(root, e.instancePath)) {
        return `${(0, yaml_source_js_1.formatPath)(path)} cannot be combined with weekly: a freeze is either one-off (start and end) or recurring (weekly)`;
    }
    return `${(0, yaml_source_js_1.formatPath)(path)} is not allowed here`;
}


/***/ }),

/***/ 11099:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promotion = exports.release = exports.values = exports.workload = exports.gitopshq = void 0;
// @ts-nocheck
// Generated by scripts/generate-validators.ts from schemas/*.schema.json: edit those, then run `npm run build`.
const equal_js_1 = __importDefault(__webpack_require__(24951));
const ajvRuntime_equal = equal_js_1.default.default ?? equal_js_1.default;
const ucs2length_js_1 = __importDefault(__webpack_require__(36214));
const ajvRuntime_ucs2length = ucs2length_js_1.default.default ?? ucs2length_js_1.default;
exports.gitopshq = validate20;
const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/gitopshq.schema.json", "title": "gitopshq.yaml", "description": "The root configuration of a GitOpsHQ repository: environments in promotion order, tenants, approval policies, freeze windows and render settings.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "environments"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Config for gitopshq.yaml.", "const": "Config" }, "environments": { "description": "Environments in promotion order: a release is promoted from environments[i] to environments[i + 1].", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/environment" } }, "tenants": { "description": "Tenants that workloads can be bound to; promoted wave by wave.", "type": "array", "default": [], "items": { "$ref": "#/$defs/tenant" } }, "freezes": { "description": "Windows during which releases to the listed environments are blocked.", "type": "array", "default": [], "items": { "$ref": "#/$defs/freeze" } }, "render": { "description": "How manifests are rendered and which policies they must satisfy.", "$ref": "#/$defs/render" }, "stateBranch": { "description": "The branch that holds releases/ and promotions/.", "$ref": "#/$defs/branch", "default": "gitopshq/state" }, "metrics": { "description": "Delivery metrics (gitopshq metrics, the dashboard, the job-summary line).", "type": "object", "additionalProperties": false, "properties": { "targets": { "description": "Healthy ranges that replace the playbook's; a key left out keeps its default.", "type": "object", "additionalProperties": false, "properties": { "deployFrequencyPerDay": { "description": "Healthy above this many deployments a day (default 1: multiple per day).", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "leadTime": { "description": "Healthy when the median from PR opened to Healthy is below this.", "$ref": "#/$defs/metricDuration", "default": "1h" }, "failedDeploymentRate": { "description": "Healthy below this share of finished deployments that failed.", "$ref": "#/$defs/metricRatio", "default": 0.05 }, "recoveryTime": { "description": "Healthy when the median from Failed to the next Healthy is below this.", "$ref": "#/$defs/metricDuration", "default": "1h" }, "rollbackRate": { "description": "Healthy below this share of finished deployments rolled back.", "$ref": "#/$defs/metricRatio", "default": 0.02 }, "approvalLatency": { "description": "Healthy when the median from Pending Approval to Approved is below this.", "$ref": "#/$defs/metricDuration", "default": "30m" }, "promotionCompletionRate": { "description": "Healthy above this share of finished promotions that completed.", "$ref": "#/$defs/metricRatio", "default": 0.95 } } } } } }, "$defs": { "metricDuration": { "description": "A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.", "type": ["integer", "string"], "minimum": 1, "pattern": "^[1-9][0-9]*(s|m|h|d)$" }, "metricRatio": { "description": "A share between 0 and 1 (0.05 is 5%).", "type": "number", "minimum": 0, "maximum": 1 }, "environmentName": { "description": "An environment name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "tenantName": { "description": "A tenant name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "team": { "description": "A GitHub team slug in the repository's organisation, e.g. platform.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "branch": { "description": "A git branch name (letters, digits, '.', '_', '-', '/'; no '..', '//' or '.lock').", "type": "string", "pattern": "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, "environment": { "description": "One environment and its policies.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The environment name, e.g. prod.", "$ref": "#/$defs/environmentName" }, "approvals": { "description": "What reviews a release to this environment needs.", "$ref": "#/$defs/approvals" }, "deploy": { "description": "Where rendered manifests for this environment go.", "$ref": "#/$defs/deploy" }, "render": { "description": "Render settings of this environment that replace the ones of render.", "type": "object", "additionalProperties": false, "properties": { "apiVersions": { "description": "Replaces render.apiVersions for this environment's cluster.", "$ref": "#/$defs/apiVersions" } } } } }, "approvals": { "description": "What reviews a release to this environment needs before it may be merged.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "required": { "description": "Distinct approving reviewers needed (0: no approval needed).", "type": "integer", "minimum": 0, "default": 0 }, "teams": { "description": "Each listed team (slug) must have at least one approving member.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } }, "codeowners": { "description": "When true, an approval from a CODEOWNERS owner of every changed file is needed.", "type": "boolean", "default": false }, "allowSelfApproval": { "description": "Whether the release author's own approval counts.", "type": "boolean", "default": false }, "dismissStaleApprovals": { "description": "A new commit pushed after an approval dismisses it.", "type": "boolean", "default": true } } }, "deploy": { "description": "Where and how rendered manifests for this environment are delivered.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "branch": { "description": "Branch that receives the rendered manifests (default gitopshq/deploy/<env>).", "$ref": "#/$defs/branch" }, "autoMerge": { "description": "Merge the release PR without waiting for a person when the policy needs no approval.", "type": "boolean", "default": false } } }, "tenant": { "description": "One tenant (a customer, region or cluster) that workloads are deployed to.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The tenant name, e.g. acme.", "$ref": "#/$defs/tenantName" }, "wave": { "description": "Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.", "type": "integer", "minimum": 0, "default": 0 }, "canary": { "description": "Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).", "type": "boolean", "default": false }, "destinations": { "description": "Where this tenant's targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.", "type": "object", "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The destination in one environment.", "type": "object", "additionalProperties": false, "required": ["cluster"], "properties": { "cluster": { "description": "An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.", "type": "string", "pattern": "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, "namespace": { "description": "The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload's namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } } } } } }, "localDateTime": { "description": "A date and time: local in the freeze's time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, "clockTime": { "description": "A local time of day, HH:MM (24-hour clock).", "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" }, "freeze": { "description": "A freeze window: either a one-off window (start and end) or a recurring one (weekly).", "type": "object", "additionalProperties": false, "required": ["name", "timezone"], "properties": { "name": { "description": "A short name shown when the freeze blocks a release.", "type": "string", "minLength": 1 }, "environments": { "description": "Environments this freeze blocks (empty: all).", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/environmentName" } }, "timezone": { "description": "IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "start": { "description": "Start of a one-off window (local time in timezone, or an instant with Z or an offset).", "$ref": "#/$defs/localDateTime" }, "end": { "description": "End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.", "$ref": "#/$defs/localDateTime" }, "weekly": { "description": "A recurring window (instead of start and end).", "$ref": "#/$defs/weekly" }, "reason": { "description": "Why the freeze exists, shown to the people it blocks.", "type": "string" }, "breakGlass": { "description": "How a release may pass this freeze in an emergency.", "$ref": "#/$defs/breakGlass" } }, "if": { "required": ["weekly"] }, "then": { "properties": { "start": false, "end": false } }, "else": { "required": ["start", "end"] } }, "weekly": { "description": "A recurring window. Either one span a week with days in from and to ({from: 'fri 18:00', to: 'mon 07:00'}), or a daily window on each of days ({days: [mon, tue], from: '22:00', to: '06:00'}; to at or before from wraps past midnight).", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "days": { "description": "Days on which a daily window starts (only when from and to name no day).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A day of the week.", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } }, "from": { "description": "Local start: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" }, "to": { "description": "Local end: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" } } }, "weeklyTime": { "description": "A local time of day HH:MM, optionally after a day of the week: 'fri 18:00'.", "type": "string", "pattern": "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, "breakGlass": { "description": "The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "allowed": { "description": "Whether break-glass is possible for this freeze.", "type": "boolean", "default": false }, "label": { "description": "The pull-request label that asks for break-glass.", "type": "string", "minLength": 1, "default": "break-glass" }, "teams": { "description": "Teams whose approval lets a release through the freeze.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } } } }, "apiVersions": { "description": "API versions as Helm's --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" } }, "render": { "description": "How manifests are rendered and which policies they must satisfy.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "apiVersions": { "description": "API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.", "$ref": "#/$defs/apiVersions" }, "kubernetesVersion": { "description": "Kubernetes minor version whose schemas validate built-in kinds, e.g. '1.33' (quote it).", "type": "string", "pattern": "^1\\.[0-9]+$", "default": "1.33" }, "policies": { "description": "Checks every rendered manifest must pass.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "forbidLatestTag": { "description": "Reject container images tagged latest or without a tag.", "type": "boolean", "default": true }, "requireResourceLimits": { "description": "Reject containers without CPU and memory limits.", "type": "boolean", "default": true }, "forbidPrivileged": { "description": "Reject privileged containers.", "type": "boolean", "default": true } } } } } } };
const schema37 = { "description": "A git branch name (letters, digits, '.', '_', '-', '/'; no '..', '//' or '.lock').", "type": "string", "pattern": "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" };
const schema54 = { "description": "A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.", "type": ["integer", "string"], "minimum": 1, "pattern": "^[1-9][0-9]*(s|m|h|d)$" };
const schema55 = { "description": "A share between 0 and 1 (0.05 is 5%).", "type": "number", "minimum": 0, "maximum": 1 };
const schema32 = { "description": "One environment and its policies.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The environment name, e.g. prod.", "$ref": "#/$defs/environmentName" }, "approvals": { "description": "What reviews a release to this environment needs.", "$ref": "#/$defs/approvals" }, "deploy": { "description": "Where rendered manifests for this environment go.", "$ref": "#/$defs/deploy" }, "render": { "description": "Render settings of this environment that replace the ones of render.", "type": "object", "additionalProperties": false, "properties": { "apiVersions": { "description": "Replaces render.apiVersions for this environment's cluster.", "$ref": "#/$defs/apiVersions" } } } } };
const schema33 = { "description": "An environment name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema38 = { "description": "API versions as Helm's --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" } };
const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
const pattern7 = new RegExp("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$", "u");
const schema34 = { "description": "What reviews a release to this environment needs before it may be merged.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "required": { "description": "Distinct approving reviewers needed (0: no approval needed).", "type": "integer", "minimum": 0, "default": 0 }, "teams": { "description": "Each listed team (slug) must have at least one approving member.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } }, "codeowners": { "description": "When true, an approval from a CODEOWNERS owner of every changed file is needed.", "type": "boolean", "default": false }, "allowSelfApproval": { "description": "Whether the release author's own approval counts.", "type": "boolean", "default": false }, "dismissStaleApprovals": { "description": "A new commit pushed after an approval dismisses it.", "type": "boolean", "default": true } } };
const schema35 = { "description": "A GitHub team slug in the repository's organisation, e.g. platform.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" };
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const func0 = ajvRuntime_equal;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate22.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((((key0 === "required") || (key0 === "teams")) || (key0 === "codeowners")) || (key0 === "allowSelfApproval")) || (key0 === "dismissStaleApprovals"))) {
                validate22.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.required !== undefined) {
                let data0 = data.required;
                const _errs2 = errors;
                if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                    validate22.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                    return false;
                }
                if (errors === _errs2) {
                    if ((typeof data0 == "number") && (isFinite(data0))) {
                        if (data0 < 0 || isNaN(data0)) {
                            validate22.errors = [{ instancePath: instancePath + "/required", schemaPath: "#/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                        }
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.teams !== undefined) {
                    let data1 = data.teams;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (Array.isArray(data1)) {
                            var valid1 = true;
                            const len0 = data1.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data2 = data1[i0];
                                const _errs6 = errors;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data2 === "string") {
                                        if (!pattern5.test(data2)) {
                                            validate22.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate22.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid1 = _errs6 === errors;
                                if (!valid1) {
                                    break;
                                }
                            }
                            if (valid1) {
                                let i1 = data1.length;
                                let j0;
                                if (i1 > 1) {
                                    outer0: for (; i1--;) {
                                        for (j0 = i1; j0--;) {
                                            if (func0(data1[i1], data1[j0])) {
                                                validate22.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                return false;
                                                break outer0;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            validate22.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.codeowners !== undefined) {
                        const _errs9 = errors;
                        if (typeof data.codeowners !== "boolean") {
                            validate22.errors = [{ instancePath: instancePath + "/codeowners", schemaPath: "#/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                            return false;
                        }
                        var valid0 = _errs9 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.allowSelfApproval !== undefined) {
                            const _errs11 = errors;
                            if (typeof data.allowSelfApproval !== "boolean") {
                                validate22.errors = [{ instancePath: instancePath + "/allowSelfApproval", schemaPath: "#/properties/allowSelfApproval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                            }
                            var valid0 = _errs11 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.dismissStaleApprovals !== undefined) {
                                const _errs13 = errors;
                                if (typeof data.dismissStaleApprovals !== "boolean") {
                                    validate22.errors = [{ instancePath: instancePath + "/dismissStaleApprovals", schemaPath: "#/properties/dismissStaleApprovals/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                }
                                var valid0 = _errs13 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate22.errors = vErrors; return errors === 0; }
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema36 = { "description": "Where and how rendered manifests for this environment are delivered.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "branch": { "description": "Branch that receives the rendered manifests (default gitopshq/deploy/<env>).", "$ref": "#/$defs/branch" }, "autoMerge": { "description": "Merge the release PR without waiting for a person when the policy needs no approval.", "type": "boolean", "default": false } } };
const pattern6 = new RegExp("^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$", "u");
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate24.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!((key0 === "branch") || (key0 === "autoMerge"))) {
                validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.branch !== undefined) {
                let data0 = data.branch;
                const _errs2 = errors;
                const _errs3 = errors;
                if (errors === _errs3) {
                    if (typeof data0 === "string") {
                        if (!pattern6.test(data0)) {
                            validate24.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/$defs/branch/pattern", keyword: "pattern", params: { pattern: "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: "must match pattern \"" + "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" + "\"" }];
                            return false;
                        }
                    }
                    else {
                        validate24.errors = [{ instancePath: instancePath + "/branch", schemaPath: "#/$defs/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.autoMerge !== undefined) {
                    const _errs5 = errors;
                    if (typeof data.autoMerge !== "boolean") {
                        validate24.errors = [{ instancePath: instancePath + "/autoMerge", schemaPath: "#/properties/autoMerge/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                        return false;
                    }
                    var valid0 = _errs5 === errors;
                }
                else {
                    var valid0 = true;
                }
            }
        }
    }
    else {
        validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate24.errors = vErrors; return errors === 0; }
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate21.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.name === undefined) && (missing0 = "name")) {
            validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((key0 === "name") || (key0 === "approvals")) || (key0 === "deploy")) || (key0 === "render"))) {
                    validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.name !== undefined) {
                    let data0 = data.name;
                    const _errs2 = errors;
                    const _errs3 = errors;
                    if (errors === _errs3) {
                        if (typeof data0 === "string") {
                            if (!pattern4.test(data0)) {
                                validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.approvals !== undefined) {
                        const _errs5 = errors;
                        if (!(validate22(data.approvals, { instancePath: instancePath + "/approvals", parentData: data, parentDataProperty: "approvals", rootData, dynamicAnchors }))) {
                            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                            errors = vErrors.length;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.deploy !== undefined) {
                            const _errs6 = errors;
                            if (!(validate24(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                                errors = vErrors.length;
                            }
                            var valid0 = _errs6 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.render !== undefined) {
                                let data3 = data.render;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                        const _errs9 = errors;
                                        for (const key1 in data3) {
                                            if (!(key1 === "apiVersions")) {
                                                validate21.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                            }
                                        }
                                        if (_errs9 === errors) {
                                            if (data3.apiVersions !== undefined) {
                                                let data4 = data3.apiVersions;
                                                const _errs11 = errors;
                                                if (errors === _errs11) {
                                                    if (Array.isArray(data4)) {
                                                        var valid4 = true;
                                                        const len0 = data4.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                            let data5 = data4[i0];
                                                            const _errs13 = errors;
                                                            if (errors === _errs13) {
                                                                if (typeof data5 === "string") {
                                                                    if (!pattern7.test(data5)) {
                                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" }, message: "must match pattern \"" + "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" + "\"" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                else {
                                                                    validate21.errors = [{ instancePath: instancePath + "/render/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid4 = _errs13 === errors;
                                                            if (!valid4) {
                                                                break;
                                                            }
                                                        }
                                                        if (valid4) {
                                                            let i1 = data4.length;
                                                            let j0;
                                                            if (i1 > 1) {
                                                                const indices0 = {};
                                                                for (; i1--;) {
                                                                    let item0 = data4[i1];
                                                                    if (typeof item0 !== "string") {
                                                                        continue;
                                                                    }
                                                                    if (typeof indices0[item0] == "number") {
                                                                        j0 = indices0[item0];
                                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions", schemaPath: "#/$defs/apiVersions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                        return false;
                                                                        break;
                                                                    }
                                                                    indices0[item0] = i1;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate21.errors = [{ instancePath: instancePath + "/render/apiVersions", schemaPath: "#/$defs/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate21.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate21.errors = vErrors; return errors === 0; }
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema39 = { "description": "One tenant (a customer, region or cluster) that workloads are deployed to.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "description": "The tenant name, e.g. acme.", "$ref": "#/$defs/tenantName" }, "wave": { "description": "Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.", "type": "integer", "minimum": 0, "default": 0 }, "canary": { "description": "Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).", "type": "boolean", "default": false }, "destinations": { "description": "Where this tenant's targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.", "type": "object", "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The destination in one environment.", "type": "object", "additionalProperties": false, "required": ["cluster"], "properties": { "cluster": { "description": "An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.", "type": "string", "pattern": "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, "namespace": { "description": "The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload's namespace.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" } } } } } };
const schema40 = { "description": "A tenant name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const pattern10 = new RegExp("^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$", "u");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate27.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.name === undefined) && (missing0 = "name")) {
            validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((key0 === "name") || (key0 === "wave")) || (key0 === "canary")) || (key0 === "destinations"))) {
                    validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.name !== undefined) {
                    let data0 = data.name;
                    const _errs2 = errors;
                    const _errs3 = errors;
                    if (errors === _errs3) {
                        if (typeof data0 === "string") {
                            if (!pattern4.test(data0)) {
                                validate27.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/tenantName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate27.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/tenantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.wave !== undefined) {
                        let data1 = data.wave;
                        const _errs5 = errors;
                        if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                            validate27.errors = [{ instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                        }
                        if (errors === _errs5) {
                            if ((typeof data1 == "number") && (isFinite(data1))) {
                                if (data1 < 0 || isNaN(data1)) {
                                    validate27.errors = [{ instancePath: instancePath + "/wave", schemaPath: "#/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                }
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.canary !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.canary !== "boolean") {
                                validate27.errors = [{ instancePath: instancePath + "/canary", schemaPath: "#/properties/canary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.destinations !== undefined) {
                                let data3 = data.destinations;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                        for (const key1 in data3) {
                                            const _errs11 = errors;
                                            const _errs12 = errors;
                                            if (errors === _errs12) {
                                                if (typeof key1 === "string") {
                                                    if (!pattern4.test(key1)) {
                                                        const err0 = { instancePath: instancePath + "/destinations", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                        if (vErrors === null) {
                                                            vErrors = [err0];
                                                        }
                                                        else {
                                                            vErrors.push(err0);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                else {
                                                    const err1 = { instancePath: instancePath + "/destinations", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                    if (vErrors === null) {
                                                        vErrors = [err1];
                                                    }
                                                    else {
                                                        vErrors.push(err1);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            var valid2 = _errs11 === errors;
                                            if (!valid2) {
                                                const err2 = { instancePath: instancePath + "/destinations", schemaPath: "#/properties/destinations/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                                if (vErrors === null) {
                                                    vErrors = [err2];
                                                }
                                                else {
                                                    vErrors.push(err2);
                                                }
                                                errors++;
                                                validate27.errors = vErrors;
                                                return false;
                                                break;
                                            }
                                        }
                                        if (valid2) {
                                            for (const key2 in data3) {
                                                let data4 = data3[key2];
                                                const _errs15 = errors;
                                                if (errors === _errs15) {
                                                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                        let missing1;
                                                        if ((data4.cluster === undefined) && (missing1 = "cluster")) {
                                                            validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                        }
                                                        else {
                                                            const _errs17 = errors;
                                                            for (const key3 in data4) {
                                                                if (!((key3 === "cluster") || (key3 === "namespace"))) {
                                                                    validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                }
                                                            }
                                                            if (_errs17 === errors) {
                                                                if (data4.cluster !== undefined) {
                                                                    let data5 = data4.cluster;
                                                                    const _errs18 = errors;
                                                                    if (errors === _errs18) {
                                                                        if (typeof data5 === "string") {
                                                                            if (!pattern10.test(data5)) {
                                                                                validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/cluster", schemaPath: "#/properties/destinations/additionalProperties/properties/cluster/pattern", keyword: "pattern", params: { pattern: "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" }, message: "must match pattern \"" + "^(https://\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$" + "\"" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/cluster", schemaPath: "#/properties/destinations/additionalProperties/properties/cluster/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid5 = _errs18 === errors;
                                                                }
                                                                else {
                                                                    var valid5 = true;
                                                                }
                                                                if (valid5) {
                                                                    if (data4.namespace !== undefined) {
                                                                        let data6 = data4.namespace;
                                                                        const _errs20 = errors;
                                                                        if (errors === _errs20) {
                                                                            if (typeof data6 === "string") {
                                                                                if (!pattern4.test(data6)) {
                                                                                    validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/properties/destinations/additionalProperties/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/namespace", schemaPath: "#/properties/destinations/additionalProperties/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid5 = _errs20 === errors;
                                                                    }
                                                                    else {
                                                                        var valid5 = true;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate27.errors = [{ instancePath: instancePath + "/destinations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/destinations/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid4 = _errs15 === errors;
                                                if (!valid4) {
                                                    break;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate27.errors = [{ instancePath: instancePath + "/destinations", schemaPath: "#/properties/destinations/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate27.errors = vErrors; return errors === 0; }
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema42 = { "description": "A freeze window: either a one-off window (start and end) or a recurring one (weekly).", "type": "object", "additionalProperties": false, "required": ["name", "timezone"], "properties": { "name": { "description": "A short name shown when the freeze blocks a release.", "type": "string", "minLength": 1 }, "environments": { "description": "Environments this freeze blocks (empty: all).", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/environmentName" } }, "timezone": { "description": "IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.", "type": "string", "minLength": 1 }, "start": { "description": "Start of a one-off window (local time in timezone, or an instant with Z or an offset).", "$ref": "#/$defs/localDateTime" }, "end": { "description": "End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.", "$ref": "#/$defs/localDateTime" }, "weekly": { "description": "A recurring window (instead of start and end).", "$ref": "#/$defs/weekly" }, "reason": { "description": "Why the freeze exists, shown to the people it blocks.", "type": "string" }, "breakGlass": { "description": "How a release may pass this freeze in an emergency.", "$ref": "#/$defs/breakGlass" } }, "if": { "required": ["weekly"] }, "then": { "properties": { "start": false, "end": false } }, "else": { "required": ["start", "end"] } };
const schema44 = { "description": "A date and time: local in the freeze's time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).", "type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" };
const func2 = ajvRuntime_ucs2length;
const pattern13 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$", "u");
const schema46 = { "description": "A recurring window. Either one span a week with days in from and to ({from: 'fri 18:00', to: 'mon 07:00'}), or a daily window on each of days ({days: [mon, tue], from: '22:00', to: '06:00'}; to at or before from wraps past midnight).", "type": "object", "additionalProperties": false, "required": ["from", "to"], "properties": { "days": { "description": "Days on which a daily window starts (only when from and to name no day).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A day of the week.", "enum": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] } }, "from": { "description": "Local start: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" }, "to": { "description": "Local end: 'DAY HH:MM' for a weekly span, or HH:MM with days.", "$ref": "#/$defs/weeklyTime" } } };
const schema47 = { "description": "A local time of day HH:MM, optionally after a day of the week: 'fri 18:00'.", "type": "string", "pattern": "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" };
const pattern15 = new RegExp("^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate30.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (((data.from === undefined) && (missing0 = "from")) || ((data.to === undefined) && (missing0 = "to"))) {
            validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(((key0 === "days") || (key0 === "from")) || (key0 === "to"))) {
                    validate30.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.days !== undefined) {
                    let data0 = data.days;
                    const _errs2 = errors;
                    if (errors === _errs2) {
                        if (Array.isArray(data0)) {
                            if (data0.length < 1) {
                                validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                return false;
                            }
                            else {
                                var valid1 = true;
                                const len0 = data0.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data1 = data0[i0];
                                    const _errs4 = errors;
                                    if (!(((((((data1 === "mon") || (data1 === "tue")) || (data1 === "wed")) || (data1 === "thu")) || (data1 === "fri")) || (data1 === "sat")) || (data1 === "sun"))) {
                                        validate30.errors = [{ instancePath: instancePath + "/days/" + i0, schemaPath: "#/properties/days/items/enum", keyword: "enum", params: { allowedValues: schema46.properties.days.items.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                    }
                                    var valid1 = _errs4 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                                if (valid1) {
                                    let i1 = data0.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data0[i1], data0[j0])) {
                                                    validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                        else {
                            validate30.errors = [{ instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                        }
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.from !== undefined) {
                        let data2 = data.from;
                        const _errs5 = errors;
                        const _errs6 = errors;
                        if (errors === _errs6) {
                            if (typeof data2 === "string") {
                                if (!pattern15.test(data2)) {
                                    validate30.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/weeklyTime/pattern", keyword: "pattern", params: { pattern: "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: "must match pattern \"" + "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate30.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/weeklyTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.to !== undefined) {
                            let data3 = data.to;
                            const _errs8 = errors;
                            const _errs9 = errors;
                            if (errors === _errs9) {
                                if (typeof data3 === "string") {
                                    if (!pattern15.test(data3)) {
                                        validate30.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/weeklyTime/pattern", keyword: "pattern", params: { pattern: "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" }, message: "must match pattern \"" + "^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate30.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/weeklyTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs8 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
    }
    else {
        validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate30.errors = vErrors; return errors === 0; }
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema49 = { "description": "The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "allowed": { "description": "Whether break-glass is possible for this freeze.", "type": "boolean", "default": false }, "label": { "description": "The pull-request label that asks for break-glass.", "type": "string", "minLength": 1, "default": "break-glass" }, "teams": { "description": "Teams whose approval lets a release through the freeze.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/team" } } } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate32.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((key0 === "allowed") || (key0 === "label")) || (key0 === "teams"))) {
                validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.allowed !== undefined) {
                const _errs2 = errors;
                if (typeof data.allowed !== "boolean") {
                    validate32.errors = [{ instancePath: instancePath + "/allowed", schemaPath: "#/properties/allowed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.label !== undefined) {
                    let data1 = data.label;
                    const _errs4 = errors;
                    if (errors === _errs4) {
                        if (typeof data1 === "string") {
                            if (func2(data1) < 1) {
                                validate32.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                            }
                        }
                        else {
                            validate32.errors = [{ instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.teams !== undefined) {
                        let data2 = data.teams;
                        const _errs6 = errors;
                        if (errors === _errs6) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data3 = data2[i0];
                                    const _errs8 = errors;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (typeof data3 === "string") {
                                            if (!pattern5.test(data3)) {
                                                validate32.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9_.-]*$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate32.errors = [{ instancePath: instancePath + "/teams/" + i0, schemaPath: "#/$defs/team/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid1 = _errs8 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                                if (valid1) {
                                    let i1 = data2.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data2[i1], data2[j0])) {
                                                    validate32.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate32.errors = [{ instancePath: instancePath + "/teams", schemaPath: "#/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs6 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate32.errors = vErrors; return errors === 0; }
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate29.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} const _errs1 = errors; let valid0 = true; const _errs2 = errors; if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.weekly === undefined) && (missing0 = "weekly")) {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
} var _valid0 = _errs2 === errors; errors = _errs1; if (vErrors !== null) {
    if (_errs1) {
        vErrors.length = _errs1;
    }
    else {
        vErrors = null;
    }
} let ifClause0; if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.start !== undefined) {
            var valid1 = false;
            validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/then/properties/start/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
            return false;
        }
        else {
            var valid1 = true;
        }
        if (valid1) {
            if (data.end !== undefined) {
                var valid1 = false;
                validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/then/properties/end/false schema", keyword: "false schema", params: {}, message: "boolean schema is false" }];
                return false;
            }
            else {
                var valid1 = true;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
        var props0 = {};
        props0.start = true;
        props0.end = true;
    }
    ifClause0 = "then";
}
else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (((data.start === undefined) && (missing1 = "start")) || ((data.end === undefined) && (missing1 = "end"))) {
            validate29.errors = [{ instancePath, schemaPath: "#/else/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
            return false;
        }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
} if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
    validate29.errors = vErrors;
    return false;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (((data.name === undefined) && (missing2 = "name")) || ((data.timezone === undefined) && (missing2 = "timezone"))) {
            validate29.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
        }
        else {
            const _errs5 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "name") || (key0 === "environments")) || (key0 === "timezone")) || (key0 === "start")) || (key0 === "end")) || (key0 === "weekly")) || (key0 === "reason")) || (key0 === "breakGlass"))) {
                    validate29.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs5 === errors) {
                if (data.name !== undefined) {
                    let data2 = data.name;
                    const _errs6 = errors;
                    if (errors === _errs6) {
                        if (typeof data2 === "string") {
                            if (func2(data2) < 1) {
                                validate29.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                            }
                        }
                        else {
                            validate29.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid2 = _errs6 === errors;
                }
                else {
                    var valid2 = true;
                }
                if (valid2) {
                    if (data.environments !== undefined) {
                        let data3 = data.environments;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                            if (Array.isArray(data3)) {
                                var valid3 = true;
                                const len0 = data3.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data4 = data3[i0];
                                    const _errs10 = errors;
                                    const _errs11 = errors;
                                    if (errors === _errs11) {
                                        if (typeof data4 === "string") {
                                            if (!pattern4.test(data4)) {
                                                validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate29.errors = [{ instancePath: instancePath + "/environments/" + i0, schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid3 = _errs10 === errors;
                                    if (!valid3) {
                                        break;
                                    }
                                }
                                if (valid3) {
                                    let i1 = data3.length;
                                    let j0;
                                    if (i1 > 1) {
                                        outer0: for (; i1--;) {
                                            for (j0 = i1; j0--;) {
                                                if (func0(data3[i1], data3[j0])) {
                                                    validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                    return false;
                                                    break outer0;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate29.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid2 = _errs8 === errors;
                    }
                    else {
                        var valid2 = true;
                    }
                    if (valid2) {
                        if (data.timezone !== undefined) {
                            let data5 = data.timezone;
                            const _errs13 = errors;
                            if (errors === _errs13) {
                                if (typeof data5 === "string") {
                                    if (func2(data5) < 1) {
                                        validate29.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate29.errors = [{ instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid2 = _errs13 === errors;
                        }
                        else {
                            var valid2 = true;
                        }
                        if (valid2) {
                            if (data.start !== undefined) {
                                let data6 = data.start;
                                const _errs15 = errors;
                                const _errs16 = errors;
                                if (errors === _errs16) {
                                    if (typeof data6 === "string") {
                                        if (!pattern13.test(data6)) {
                                            validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate29.errors = [{ instancePath: instancePath + "/start", schemaPath: "#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid2 = _errs15 === errors;
                            }
                            else {
                                var valid2 = true;
                            }
                            if (valid2) {
                                if (data.end !== undefined) {
                                    let data7 = data.end;
                                    const _errs18 = errors;
                                    const _errs19 = errors;
                                    if (errors === _errs19) {
                                        if (typeof data7 === "string") {
                                            if (!pattern13.test(data7)) {
                                                validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/$defs/localDateTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate29.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/$defs/localDateTime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid2 = _errs18 === errors;
                                }
                                else {
                                    var valid2 = true;
                                }
                                if (valid2) {
                                    if (data.weekly !== undefined) {
                                        const _errs21 = errors;
                                        if (!(validate30(data.weekly, { instancePath: instancePath + "/weekly", parentData: data, parentDataProperty: "weekly", rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                            errors = vErrors.length;
                                        }
                                        var valid2 = _errs21 === errors;
                                    }
                                    else {
                                        var valid2 = true;
                                    }
                                    if (valid2) {
                                        if (data.reason !== undefined) {
                                            const _errs22 = errors;
                                            if (typeof data.reason !== "string") {
                                                validate29.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid2 = _errs22 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data.breakGlass !== undefined) {
                                                const _errs24 = errors;
                                                if (!(validate32(data.breakGlass, { instancePath: instancePath + "/breakGlass", parentData: data, parentDataProperty: "breakGlass", rootData, dynamicAnchors }))) {
                                                    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                    errors = vErrors.length;
                                                }
                                                var valid2 = _errs24 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate29.errors = vErrors; return errors === 0; }
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema51 = { "description": "How manifests are rendered and which policies they must satisfy.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "apiVersions": { "description": "API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.", "$ref": "#/$defs/apiVersions" }, "kubernetesVersion": { "description": "Kubernetes minor version whose schemas validate built-in kinds, e.g. '1.33' (quote it).", "type": "string", "pattern": "^1\\.[0-9]+$", "default": "1.33" }, "policies": { "description": "Checks every rendered manifest must pass.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "forbidLatestTag": { "description": "Reject container images tagged latest or without a tag.", "type": "boolean", "default": true }, "requireResourceLimits": { "description": "Reject containers without CPU and memory limits.", "type": "boolean", "default": true }, "forbidPrivileged": { "description": "Reject privileged containers.", "type": "boolean", "default": true } } } } };
const pattern19 = new RegExp("^1\\.[0-9]+$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate35.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
            if (!(((key0 === "apiVersions") || (key0 === "kubernetesVersion")) || (key0 === "policies"))) {
                validate35.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                return false;
                break;
            }
        }
        if (_errs1 === errors) {
            if (data.apiVersions !== undefined) {
                let data0 = data.apiVersions;
                const _errs2 = errors;
                const _errs3 = errors;
                if (errors === _errs3) {
                    if (Array.isArray(data0)) {
                        var valid2 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data1 = data0[i0];
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data1 === "string") {
                                    if (!pattern7.test(data1)) {
                                        validate35.errors = [{ instancePath: instancePath + "/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" }, message: "must match pattern \"" + "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate35.errors = [{ instancePath: instancePath + "/apiVersions/" + i0, schemaPath: "#/$defs/apiVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid2 = _errs5 === errors;
                            if (!valid2) {
                                break;
                            }
                        }
                        if (valid2) {
                            let i1 = data0.length;
                            let j0;
                            if (i1 > 1) {
                                const indices0 = {};
                                for (; i1--;) {
                                    let item0 = data0[i1];
                                    if (typeof item0 !== "string") {
                                        continue;
                                    }
                                    if (typeof indices0[item0] == "number") {
                                        j0 = indices0[item0];
                                        validate35.errors = [{ instancePath: instancePath + "/apiVersions", schemaPath: "#/$defs/apiVersions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                        return false;
                                        break;
                                    }
                                    indices0[item0] = i1;
                                }
                            }
                        }
                    }
                    else {
                        validate35.errors = [{ instancePath: instancePath + "/apiVersions", schemaPath: "#/$defs/apiVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kubernetesVersion !== undefined) {
                    let data2 = data.kubernetesVersion;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                        if (typeof data2 === "string") {
                            if (!pattern19.test(data2)) {
                                validate35.errors = [{ instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^1\\.[0-9]+$" }, message: "must match pattern \"" + "^1\\.[0-9]+$" + "\"" }];
                                return false;
                            }
                        }
                        else {
                            validate35.errors = [{ instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                    }
                    var valid0 = _errs7 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.policies !== undefined) {
                        let data3 = data.policies;
                        const _errs9 = errors;
                        if (errors === _errs9) {
                            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                const _errs11 = errors;
                                for (const key1 in data3) {
                                    if (!(((key1 === "forbidLatestTag") || (key1 === "requireResourceLimits")) || (key1 === "forbidPrivileged"))) {
                                        validate35.errors = [{ instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                    }
                                }
                                if (_errs11 === errors) {
                                    if (data3.forbidLatestTag !== undefined) {
                                        const _errs12 = errors;
                                        if (typeof data3.forbidLatestTag !== "boolean") {
                                            validate35.errors = [{ instancePath: instancePath + "/policies/forbidLatestTag", schemaPath: "#/properties/policies/properties/forbidLatestTag/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                        }
                                        var valid4 = _errs12 === errors;
                                    }
                                    else {
                                        var valid4 = true;
                                    }
                                    if (valid4) {
                                        if (data3.requireResourceLimits !== undefined) {
                                            const _errs14 = errors;
                                            if (typeof data3.requireResourceLimits !== "boolean") {
                                                validate35.errors = [{ instancePath: instancePath + "/policies/requireResourceLimits", schemaPath: "#/properties/policies/properties/requireResourceLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                            }
                                            var valid4 = _errs14 === errors;
                                        }
                                        else {
                                            var valid4 = true;
                                        }
                                        if (valid4) {
                                            if (data3.forbidPrivileged !== undefined) {
                                                const _errs16 = errors;
                                                if (typeof data3.forbidPrivileged !== "boolean") {
                                                    validate35.errors = [{ instancePath: instancePath + "/policies/forbidPrivileged", schemaPath: "#/properties/policies/properties/forbidPrivileged/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                    return false;
                                                }
                                                var valid4 = _errs16 === errors;
                                            }
                                            else {
                                                var valid4 = true;
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate35.errors = [{ instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs9 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate35.errors = vErrors; return errors === 0; }
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const pattern21 = new RegExp("^[1-9][0-9]*(s|m|h|d)$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/gitopshq.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate20.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.environments === undefined) && (missing0 = "environments"))) {
            validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "environments")) || (key0 === "tenants")) || (key0 === "freezes")) || (key0 === "render")) || (key0 === "stateBranch")) || (key0 === "metrics"))) {
                    validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.apiVersion !== undefined) {
                    const _errs2 = errors;
                    if ("gitopshq.io/v1" !== data.apiVersion) {
                        validate20.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.kind !== undefined) {
                        const _errs3 = errors;
                        if ("Config" !== data.kind) {
                            validate20.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.environments !== undefined) {
                            let data2 = data.environments;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (Array.isArray(data2)) {
                                    if (data2.length < 1) {
                                        validate20.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                        return false;
                                    }
                                    else {
                                        var valid1 = true;
                                        const len0 = data2.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs6 = errors;
                                            if (!(validate21(data2[i0], { instancePath: instancePath + "/environments/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid1 = _errs6 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate20.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.tenants !== undefined) {
                                let data4 = data.tenants;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (Array.isArray(data4)) {
                                        var valid2 = true;
                                        const len1 = data4.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs9 = errors;
                                            if (!(validate27(data4[i1], { instancePath: instancePath + "/tenants/" + i1, parentData: data4, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid2 = _errs9 === errors;
                                            if (!valid2) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate20.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.freezes !== undefined) {
                                    let data6 = data.freezes;
                                    const _errs10 = errors;
                                    if (errors === _errs10) {
                                        if (Array.isArray(data6)) {
                                            var valid3 = true;
                                            const len2 = data6.length;
                                            for (let i2 = 0; i2 < len2; i2++) {
                                                const _errs12 = errors;
                                                if (!(validate29(data6[i2], { instancePath: instancePath + "/freezes/" + i2, parentData: data6, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                                                    vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                                    errors = vErrors.length;
                                                }
                                                var valid3 = _errs12 === errors;
                                                if (!valid3) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate20.errors = [{ instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs10 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.render !== undefined) {
                                        const _errs13 = errors;
                                        if (!(validate35(data.render, { instancePath: instancePath + "/render", parentData: data, parentDataProperty: "render", rootData, dynamicAnchors }))) {
                                            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
                                            errors = vErrors.length;
                                        }
                                        var valid0 = _errs13 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.stateBranch !== undefined) {
                                            let data9 = data.stateBranch;
                                            const _errs14 = errors;
                                            const _errs15 = errors;
                                            if (errors === _errs15) {
                                                if (typeof data9 === "string") {
                                                    if (!pattern6.test(data9)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/stateBranch", schemaPath: "#/$defs/branch/pattern", keyword: "pattern", params: { pattern: "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" }, message: "must match pattern \"" + "^(?!.*(\\.\\.|//|/\\.|\\.lock/|\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$" + "\"" }];
                                                        return false;
                                                    }
                                                }
                                                else {
                                                    validate20.errors = [{ instancePath: instancePath + "/stateBranch", schemaPath: "#/$defs/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs14 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.metrics !== undefined) {
                                                let data10 = data.metrics;
                                                const _errs17 = errors;
                                                if (errors === _errs17) {
                                                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                        const _errs19 = errors;
                                                        for (const key1 in data10) {
                                                            if (!(key1 === "targets")) {
                                                                validate20.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                            }
                                                        }
                                                        if (_errs19 === errors) {
                                                            if (data10.targets !== undefined) {
                                                                let data11 = data10.targets;
                                                                const _errs20 = errors;
                                                                if (errors === _errs20) {
                                                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                                        const _errs22 = errors;
                                                                        for (const key2 in data11) {
                                                                            if (!(((((((key2 === "deployFrequencyPerDay") || (key2 === "leadTime")) || (key2 === "failedDeploymentRate")) || (key2 === "recoveryTime")) || (key2 === "rollbackRate")) || (key2 === "approvalLatency")) || (key2 === "promotionCompletionRate"))) {
                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets", schemaPath: "#/properties/metrics/properties/targets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                                                return false;
                                                                                break;
                                                                            }
                                                                        }
                                                                        if (_errs22 === errors) {
                                                                            if (data11.deployFrequencyPerDay !== undefined) {
                                                                                let data12 = data11.deployFrequencyPerDay;
                                                                                const _errs23 = errors;
                                                                                if (errors === _errs23) {
                                                                                    if ((typeof data12 == "number") && (isFinite(data12))) {
                                                                                        if (data12 <= 0 || isNaN(data12)) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/deployFrequencyPerDay", schemaPath: "#/properties/metrics/properties/targets/properties/deployFrequencyPerDay/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/deployFrequencyPerDay", schemaPath: "#/properties/metrics/properties/targets/properties/deployFrequencyPerDay/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid6 = _errs23 === errors;
                                                                            }
                                                                            else {
                                                                                var valid6 = true;
                                                                            }
                                                                            if (valid6) {
                                                                                if (data11.leadTime !== undefined) {
                                                                                    let data13 = data11.leadTime;
                                                                                    const _errs25 = errors;
                                                                                    const _errs26 = errors;
                                                                                    if ((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (typeof data13 !== "string")) {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                        return false;
                                                                                    }
                                                                                    if (errors === _errs26) {
                                                                                        if ((typeof data13 == "number") && (isFinite(data13))) {
                                                                                            if (data13 < 1 || isNaN(data13)) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        if (errors === _errs26) {
                                                                                            if (typeof data13 === "string") {
                                                                                                if (!pattern21.test(data13)) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/leadTime", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    var valid6 = _errs25 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid6 = true;
                                                                                }
                                                                                if (valid6) {
                                                                                    if (data11.failedDeploymentRate !== undefined) {
                                                                                        let data14 = data11.failedDeploymentRate;
                                                                                        const _errs28 = errors;
                                                                                        const _errs29 = errors;
                                                                                        if (errors === _errs29) {
                                                                                            if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                                                if (data14 > 1 || isNaN(data14)) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    if (data14 < 0 || isNaN(data14)) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/failedDeploymentRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid6 = _errs28 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid6 = true;
                                                                                    }
                                                                                    if (valid6) {
                                                                                        if (data11.recoveryTime !== undefined) {
                                                                                            let data15 = data11.recoveryTime;
                                                                                            const _errs31 = errors;
                                                                                            const _errs32 = errors;
                                                                                            if ((!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))) && (typeof data15 !== "string")) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                                return false;
                                                                                            }
                                                                                            if (errors === _errs32) {
                                                                                                if ((typeof data15 == "number") && (isFinite(data15))) {
                                                                                                    if (data15 < 1 || isNaN(data15)) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                if (errors === _errs32) {
                                                                                                    if (typeof data15 === "string") {
                                                                                                        if (!pattern21.test(data15)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/recoveryTime", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            var valid6 = _errs31 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid6 = true;
                                                                                        }
                                                                                        if (valid6) {
                                                                                            if (data11.rollbackRate !== undefined) {
                                                                                                let data16 = data11.rollbackRate;
                                                                                                const _errs34 = errors;
                                                                                                const _errs35 = errors;
                                                                                                if (errors === _errs35) {
                                                                                                    if ((typeof data16 == "number") && (isFinite(data16))) {
                                                                                                        if (data16 > 1 || isNaN(data16)) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (data16 < 0 || isNaN(data16)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/rollbackRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid6 = _errs34 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid6 = true;
                                                                                            }
                                                                                            if (valid6) {
                                                                                                if (data11.approvalLatency !== undefined) {
                                                                                                    let data17 = data11.approvalLatency;
                                                                                                    const _errs37 = errors;
                                                                                                    const _errs38 = errors;
                                                                                                    if ((!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))) && (typeof data17 !== "string")) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/type", keyword: "type", params: { type: schema54.type }, message: "must be integer,string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    if (errors === _errs38) {
                                                                                                        if ((typeof data17 == "number") && (isFinite(data17))) {
                                                                                                            if (data17 < 1 || isNaN(data17)) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        if (errors === _errs38) {
                                                                                                            if (typeof data17 === "string") {
                                                                                                                if (!pattern21.test(data17)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/approvalLatency", schemaPath: "#/$defs/metricDuration/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*(s|m|h|d)$" }, message: "must match pattern \"" + "^[1-9][0-9]*(s|m|h|d)$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    var valid6 = _errs37 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid6 = true;
                                                                                                }
                                                                                                if (valid6) {
                                                                                                    if (data11.promotionCompletionRate !== undefined) {
                                                                                                        let data18 = data11.promotionCompletionRate;
                                                                                                        const _errs40 = errors;
                                                                                                        const _errs41 = errors;
                                                                                                        if (errors === _errs41) {
                                                                                                            if ((typeof data18 == "number") && (isFinite(data18))) {
                                                                                                                if (data18 > 1 || isNaN(data18)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                else {
                                                                                                                    if (data18 < 0 || isNaN(data18)) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/metrics/targets/promotionCompletionRate", schemaPath: "#/$defs/metricRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid6 = _errs40 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid6 = true;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate20.errors = [{ instancePath: instancePath + "/metrics/targets", schemaPath: "#/properties/metrics/properties/targets/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate20.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs17 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate20.errors = vErrors; return errors === 0; }
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.workload = validate37;
const schema60 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/workload.schema.json", "title": "workload.yaml", "description": "One workload (an application deployed to Kubernetes): where its chart comes from, its namespace and where it runs.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "name", "namespace", "source"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Workload for workload.yaml.", "const": "Workload" }, "name": { "description": "The workload name; must equal its folder name under workloads/.", "$ref": "#/$defs/workloadName" }, "namespace": { "description": "Kubernetes namespace the workload is deployed to: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "source": { "description": "Where the manifests come from: the built-in template format, a Helm chart or a Kustomize overlay.", "type": "object", "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/templateSource" }, { "$ref": "#/$defs/helmSource" }, { "$ref": "#/$defs/kustomizeSource" }] }, "tenants": { "description": "Tenants this workload is deployed to; empty means one target per environment with no tenant.", "type": "array", "uniqueItems": true, "default": [], "items": { "$ref": "#/$defs/tenantName" } }, "environments": { "description": "Environments this workload runs in (default: every environment of gitopshq.yaml).", "type": "array", "uniqueItems": true, "minItems": 1, "items": { "$ref": "#/$defs/environmentName" } }, "render": { "description": "How this workload's render becomes the deploy branch's manifests.", "type": "object", "additionalProperties": false, "properties": { "hooks": { "description": "Helm hooks (helm.sh/hook): keep them, annotated as the Argo CD hooks Argo CD maps them to (default), or drop them from the rendered output. Flux and kubectl apply do not run hooks: they apply kept hooks as plain objects.", "enum": ["keep", "drop"], "default": "keep" } } } }, "$defs": { "workloadName": { "description": "A workload name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "environmentName": { "description": "An environment name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "tenantName": { "description": "A tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "relativePath": { "description": "A folder relative to the workload folder (no absolute paths).", "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)" }, "templateSource": { "description": "The built-in chart format: a folder of nunjucks templates.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "template" }, "path": { "description": "Folder of templates relative to the workload folder.", "$ref": "#/$defs/relativePath", "default": "templates" } } }, "helmSource": { "description": "A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.", "type": "object", "additionalProperties": false, "required": ["type", "chart"], "properties": { "type": { "description": "The source kind.", "const": "helm" }, "chart": { "description": "A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.", "type": "string", "minLength": 1 }, "repository": { "description": "An https chart repository URL, when chart is a name in it (plain http only on this machine's loopback: 127.0.0.1, localhost or [::1]).", "type": "string", "pattern": "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, "version": { "description": "Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.", "type": "string", "minLength": 1 }, "versions": { "description": "Per-environment chart version overrides, e.g. { prod: '1.1.0' }.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The chart version for that environment.", "type": "string", "minLength": 1 } }, "releaseName": { "description": "Helm release name (default: the workload name).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" } } }, "kustomizeSource": { "description": "A Kustomize overlay per environment.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "kustomize" }, "overlay": { "description": "Overlay folder per environment relative to the workload folder; {env} is replaced.", "$ref": "#/$defs/relativePath", "default": "overlays/{env}" }, "overlays": { "description": "Overlay folders whose name is not their environment's, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "$ref": "#/$defs/relativePath" } } } } } };
const schema61 = { "description": "A workload name: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema70 = { "description": "A tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema65 = { "description": "An environment name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema62 = { "description": "The built-in chart format: a folder of nunjucks templates.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "template" }, "path": { "description": "Folder of templates relative to the workload folder.", "$ref": "#/$defs/relativePath", "default": "templates" } } };
const schema63 = { "description": "A folder relative to the workload folder (no absolute paths).", "type": "string", "minLength": 1, "pattern": "^(?![/\\\\])(?![A-Za-z]:)" };
const pattern26 = new RegExp("^(?![/\\\\])(?![A-Za-z]:)", "u");
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate38.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.type === undefined) && (missing0 = "type")) {
            validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((key0 === "type") || (key0 === "path"))) {
                    validate38.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("template" !== data.type) {
                        validate38.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "template" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.path !== undefined) {
                        let data1 = data.path;
                        const _errs3 = errors;
                        const _errs4 = errors;
                        if (errors === _errs4) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                                else {
                                    if (!pattern26.test(data1)) {
                                        validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate38.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
    }
    else {
        validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate38.errors = vErrors; return errors === 0; }
validate38.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema64 = { "description": "A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.", "type": "object", "additionalProperties": false, "required": ["type", "chart"], "properties": { "type": { "description": "The source kind.", "const": "helm" }, "chart": { "description": "A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.", "type": "string", "minLength": 1 }, "repository": { "description": "An https chart repository URL, when chart is a name in it (plain http only on this machine's loopback: 127.0.0.1, localhost or [::1]).", "type": "string", "pattern": "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, "version": { "description": "Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.", "type": "string", "minLength": 1 }, "versions": { "description": "Per-environment chart version overrides, e.g. { prod: '1.1.0' }.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "description": "The chart version for that environment.", "type": "string", "minLength": 1 } }, "releaseName": { "description": "Helm release name (default: the workload name).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" } } };
const pattern27 = new RegExp("^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))", "u");
const pattern29 = new RegExp("^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$", "u");
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate39.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (((data.type === undefined) && (missing0 = "type")) || ((data.chart === undefined) && (missing0 = "chart"))) {
            validate39.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((key0 === "type") || (key0 === "chart")) || (key0 === "repository")) || (key0 === "version")) || (key0 === "versions")) || (key0 === "releaseName"))) {
                    validate39.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("helm" !== data.type) {
                        validate39.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "helm" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.chart !== undefined) {
                        let data1 = data.chart;
                        const _errs3 = errors;
                        if (errors === _errs3) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate39.errors = [{ instancePath: instancePath + "/chart", schemaPath: "#/properties/chart/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                            }
                            else {
                                validate39.errors = [{ instancePath: instancePath + "/chart", schemaPath: "#/properties/chart/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.repository !== undefined) {
                            let data2 = data.repository;
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data2 === "string") {
                                    if (!pattern27.test(data2)) {
                                        validate39.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/pattern", keyword: "pattern", params: { pattern: "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" }, message: "must match pattern \"" + "^(https://|http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:[0-9]{1,5})?(/|$))" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate39.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.version !== undefined) {
                                let data3 = data.version;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data3 === "string") {
                                        if (func2(data3) < 1) {
                                            validate39.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate39.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.versions !== undefined) {
                                    let data4 = data.versions;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                            for (const key1 in data4) {
                                                const _errs11 = errors;
                                                const _errs12 = errors;
                                                if (errors === _errs12) {
                                                    if (typeof key1 === "string") {
                                                        if (!pattern4.test(key1)) {
                                                            const err0 = { instancePath: instancePath + "/versions", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                            if (vErrors === null) {
                                                                vErrors = [err0];
                                                            }
                                                            else {
                                                                vErrors.push(err0);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    else {
                                                        const err1 = { instancePath: instancePath + "/versions", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                        if (vErrors === null) {
                                                            vErrors = [err1];
                                                        }
                                                        else {
                                                            vErrors.push(err1);
                                                        }
                                                        errors++;
                                                    }
                                                }
                                                var valid1 = _errs11 === errors;
                                                if (!valid1) {
                                                    const err2 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                                    if (vErrors === null) {
                                                        vErrors = [err2];
                                                    }
                                                    else {
                                                        vErrors.push(err2);
                                                    }
                                                    errors++;
                                                    validate39.errors = vErrors;
                                                    return false;
                                                    break;
                                                }
                                            }
                                            if (valid1) {
                                                for (const key2 in data4) {
                                                    let data5 = data4[key2];
                                                    const _errs15 = errors;
                                                    if (errors === _errs15) {
                                                        if (typeof data5 === "string") {
                                                            if (func2(data5) < 1) {
                                                                validate39.errors = [{ instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate39.errors = [{ instancePath: instancePath + "/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid3 = _errs15 === errors;
                                                    if (!valid3) {
                                                        break;
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate39.errors = [{ instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.releaseName !== undefined) {
                                        let data6 = data.releaseName;
                                        const _errs17 = errors;
                                        if (errors === _errs17) {
                                            if (typeof data6 === "string") {
                                                if (!pattern29.test(data6)) {
                                                    validate39.errors = [{ instancePath: instancePath + "/releaseName", schemaPath: "#/properties/releaseName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$" + "\"" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate39.errors = [{ instancePath: instancePath + "/releaseName", schemaPath: "#/properties/releaseName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate39.errors = vErrors; return errors === 0; }
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
const schema66 = { "description": "A Kustomize overlay per environment.", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "description": "The source kind.", "const": "kustomize" }, "overlay": { "description": "Overlay folder per environment relative to the workload folder; {env} is replaced.", "$ref": "#/$defs/relativePath", "default": "overlays/{env}" }, "overlays": { "description": "Overlay folders whose name is not their environment's, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.", "type": "object", "default": {}, "propertyNames": { "$ref": "#/$defs/environmentName" }, "additionalProperties": { "$ref": "#/$defs/relativePath" } } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate40.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.type === undefined) && (missing0 = "type")) {
            validate40.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!(((key0 === "type") || (key0 === "overlay")) || (key0 === "overlays"))) {
                    validate40.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.type !== undefined) {
                    const _errs2 = errors;
                    if ("kustomize" !== data.type) {
                        validate40.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "kustomize" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.overlay !== undefined) {
                        let data1 = data.overlay;
                        const _errs3 = errors;
                        const _errs4 = errors;
                        if (errors === _errs4) {
                            if (typeof data1 === "string") {
                                if (func2(data1) < 1) {
                                    validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                                else {
                                    if (!pattern26.test(data1)) {
                                        validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                        return false;
                                    }
                                }
                            }
                            else {
                                validate40.errors = [{ instancePath: instancePath + "/overlay", schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.overlays !== undefined) {
                            let data2 = data.overlays;
                            const _errs6 = errors;
                            if (errors === _errs6) {
                                if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                                    for (const key1 in data2) {
                                        const _errs8 = errors;
                                        const _errs9 = errors;
                                        if (errors === _errs9) {
                                            if (typeof key1 === "string") {
                                                if (!pattern4.test(key1)) {
                                                    const err0 = { instancePath: instancePath + "/overlays", schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"", propertyName: key1 };
                                                    if (vErrors === null) {
                                                        vErrors = [err0];
                                                    }
                                                    else {
                                                        vErrors.push(err0);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err1 = { instancePath: instancePath + "/overlays", schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                                                if (vErrors === null) {
                                                    vErrors = [err1];
                                                }
                                                else {
                                                    vErrors.push(err1);
                                                }
                                                errors++;
                                            }
                                        }
                                        var valid2 = _errs8 === errors;
                                        if (!valid2) {
                                            const err2 = { instancePath: instancePath + "/overlays", schemaPath: "#/properties/overlays/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                            if (vErrors === null) {
                                                vErrors = [err2];
                                            }
                                            else {
                                                vErrors.push(err2);
                                            }
                                            errors++;
                                            validate40.errors = vErrors;
                                            return false;
                                            break;
                                        }
                                    }
                                    if (valid2) {
                                        for (const key2 in data2) {
                                            let data3 = data2[key2];
                                            const _errs12 = errors;
                                            const _errs13 = errors;
                                            if (errors === _errs13) {
                                                if (typeof data3 === "string") {
                                                    if (func2(data3) < 1) {
                                                        validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (!pattern26.test(data3)) {
                                                            validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(?![/\\\\])(?![A-Za-z]:)" }, message: "must match pattern \"" + "^(?![/\\\\])(?![A-Za-z]:)" + "\"" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate40.errors = [{ instancePath: instancePath + "/overlays/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid4 = _errs12 === errors;
                                            if (!valid4) {
                                                break;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate40.errors = [{ instancePath: instancePath + "/overlays", schemaPath: "#/properties/overlays/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs6 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
    }
    else {
        validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate40.errors = vErrors; return errors === 0; }
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/workload.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate37.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.name === undefined) && (missing0 = "name"))) || ((data.namespace === undefined) && (missing0 = "namespace"))) || ((data.source === undefined) && (missing0 = "source"))) {
            validate37.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            const _errs1 = errors;
            for (const key0 in data) {
                if (!((((((((key0 === "apiVersion") || (key0 === "kind")) || (key0 === "name")) || (key0 === "namespace")) || (key0 === "source")) || (key0 === "tenants")) || (key0 === "environments")) || (key0 === "render"))) {
                    validate37.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                }
            }
            if (_errs1 === errors) {
                if (data.apiVersion !== undefined) {
                    const _errs2 = errors;
                    if ("gitopshq.io/v1" !== data.apiVersion) {
                        validate37.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs2 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.kind !== undefined) {
                        const _errs3 = errors;
                        if ("Workload" !== data.kind) {
                            validate37.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Workload" }, message: "must be equal to constant" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.name !== undefined) {
                            let data2 = data.name;
                            const _errs4 = errors;
                            const _errs5 = errors;
                            if (errors === _errs5) {
                                if (typeof data2 === "string") {
                                    if (!pattern4.test(data2)) {
                                        validate37.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/workloadName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate37.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/$defs/workloadName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.namespace !== undefined) {
                                let data3 = data.namespace;
                                const _errs7 = errors;
                                if (errors === _errs7) {
                                    if (typeof data3 === "string") {
                                        if (!pattern4.test(data3)) {
                                            validate37.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate37.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.source !== undefined) {
                                    let data4 = data.source;
                                    const _errs9 = errors;
                                    if (errors === _errs9) {
                                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                            const tag0 = data4.type;
                                            if (typeof tag0 == "string") {
                                                if (tag0 === "template") {
                                                    if (!(validate38(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    var props0 = true;
                                                }
                                                else if (tag0 === "helm") {
                                                    if (!(validate39(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    if (props0 !== true) {
                                                        props0 = true;
                                                    }
                                                }
                                                else if (tag0 === "kustomize") {
                                                    if (!(validate40(data4, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    if (props0 !== true) {
                                                        props0 = true;
                                                    }
                                                }
                                                else {
                                                    validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: "value of tag \"type\" must be in oneOf" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: "tag \"type\" must be string" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate37.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.tenants !== undefined) {
                                        let data5 = data.tenants;
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                            if (Array.isArray(data5)) {
                                                var valid6 = true;
                                                const len0 = data5.length;
                                                for (let i0 = 0; i0 < len0; i0++) {
                                                    let data6 = data5[i0];
                                                    const _errs17 = errors;
                                                    const _errs18 = errors;
                                                    if (errors === _errs18) {
                                                        if (typeof data6 === "string") {
                                                            if (!pattern4.test(data6)) {
                                                                validate37.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/tenantName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate37.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/tenantName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid6 = _errs17 === errors;
                                                    if (!valid6) {
                                                        break;
                                                    }
                                                }
                                                if (valid6) {
                                                    let i1 = data5.length;
                                                    let j0;
                                                    if (i1 > 1) {
                                                        outer0: for (; i1--;) {
                                                            for (j0 = i1; j0--;) {
                                                                if (func0(data5[i1], data5[j0])) {
                                                                    validate37.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                    return false;
                                                                    break outer0;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                            else {
                                                validate37.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs15 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.environments !== undefined) {
                                            let data7 = data.environments;
                                            const _errs20 = errors;
                                            if (errors === _errs20) {
                                                if (Array.isArray(data7)) {
                                                    if (data7.length < 1) {
                                                        validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                        return false;
                                                    }
                                                    else {
                                                        var valid9 = true;
                                                        const len1 = data7.length;
                                                        for (let i2 = 0; i2 < len1; i2++) {
                                                            let data8 = data7[i2];
                                                            const _errs22 = errors;
                                                            const _errs23 = errors;
                                                            if (errors === _errs23) {
                                                                if (typeof data8 === "string") {
                                                                    if (!pattern4.test(data8)) {
                                                                        validate37.errors = [{ instancePath: instancePath + "/environments/" + i2, schemaPath: "#/$defs/environmentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                else {
                                                                    validate37.errors = [{ instancePath: instancePath + "/environments/" + i2, schemaPath: "#/$defs/environmentName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid9 = _errs22 === errors;
                                                            if (!valid9) {
                                                                break;
                                                            }
                                                        }
                                                        if (valid9) {
                                                            let i3 = data7.length;
                                                            let j1;
                                                            if (i3 > 1) {
                                                                outer1: for (; i3--;) {
                                                                    for (j1 = i3; j1--;) {
                                                                        if (func0(data7[i3], data7[j1])) {
                                                                            validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                                                            return false;
                                                                            break outer1;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                                else {
                                                    validate37.errors = [{ instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.render !== undefined) {
                                                let data9 = data.render;
                                                const _errs25 = errors;
                                                if (errors === _errs25) {
                                                    if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                                        const _errs27 = errors;
                                                        for (const key1 in data9) {
                                                            if (!(key1 === "hooks")) {
                                                                validate37.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                            }
                                                        }
                                                        if (_errs27 === errors) {
                                                            if (data9.hooks !== undefined) {
                                                                let data10 = data9.hooks;
                                                                if (!((data10 === "keep") || (data10 === "drop"))) {
                                                                    validate37.errors = [{ instancePath: instancePath + "/render/hooks", schemaPath: "#/properties/render/properties/hooks/enum", keyword: "enum", params: { allowedValues: schema60.properties.render.properties.hooks.enum }, message: "must be equal to one of the allowed values" }];
                                                                    return false;
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate37.errors = [{ instancePath: instancePath + "/render", schemaPath: "#/properties/render/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs25 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate37.errors = vErrors; return errors === 0; }
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.values = validate44;
const schema72 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/values.schema.json", "title": "values file", "description": "A values layer (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml): any mapping, layered base -> environment -> tenant. An empty file (comments only) is an empty mapping.", "type": ["object", "null"] };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/values.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate44.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema72.type }, message: "must be object,null" }];
    return false;
} validate44.errors = vErrors; return errors === 0; }
validate44.evaluated = { "dynamicProps": false, "dynamicItems": false };
exports.release = validate45;
const schema73 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/release.schema.json", "title": "release record", "description": "releases/<id>.yaml on the state branch: one release of one workload to one environment, written by the actions only.", "type": "object", "additionalProperties": true, "required": ["apiVersion", "kind", "id", "workload", "environment", "tenants", "title", "author", "createdAt", "state", "history", "changes", "approvals"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Release for a release record.", "const": "Release" }, "id": { "description": "The release id; also the file name.", "$ref": "#/$defs/recordId" }, "workload": { "description": "The workload released.", "$ref": "#/$defs/name" }, "environment": { "description": "The environment released to.", "$ref": "#/$defs/name" }, "tenants": { "description": "Tenants this release targets (empty: the workload's tenant-less target, or all bound tenants via the base layer).", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/name" } }, "title": { "description": "Title of the release and its pull request.", "type": "string", "minLength": 1 }, "notes": { "description": "Release notes.", "type": "string" }, "author": { "description": "GitHub login of whoever created the release.", "type": "string", "minLength": 1 }, "createdAt": { "description": "When the release was created.", "$ref": "#/$defs/timestamp" }, "firstCommitAt": { "description": "When the change was first committed: the source commit's time when the pipeline passed one, else the first commit of the release's pull request. Lead time starts here when present.", "$ref": "#/$defs/timestamp" }, "state": { "description": "The current lifecycle state.", "$ref": "#/$defs/state" }, "history": { "description": "Every transition, oldest first.", "type": "array", "minItems": 1, "items": { "description": "One transition.", "type": "object", "additionalProperties": true, "required": ["state", "at", "actor"], "properties": { "state": { "description": "The state entered.", "$ref": "#/$defs/state" }, "at": { "description": "When it was entered.", "$ref": "#/$defs/timestamp" }, "actor": { "description": "Who or what caused the transition.", "type": "string", "minLength": 1 }, "note": { "description": "Why, in a sentence.", "type": "string" } } } }, "changes": { "description": "The change set: value updates to the environment's (or tenants') values layer.", "type": "object", "additionalProperties": true, "required": ["updates"], "properties": { "updates": { "description": "Value updates in order.", "type": "array", "items": { "description": "One update: a dotted path and the value as written.", "type": "object", "additionalProperties": true, "required": ["path", "value"], "properties": { "path": { "description": "A dotted path such as image.tag or env[0].value.", "type": "string", "minLength": 1 }, "value": { "description": "The value as the user wrote it; typed by YAML rules when applied.", "type": "string" } } } }, "chartVersion": { "description": "For chart upgrades: the new chart version for this environment.", "type": "string", "minLength": 1 } } }, "changeSetCommit": { "description": "The pull request's head commit the change set was read from; approve-gate re-reads the change set when the head is another commit.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "rollbackTarget": { "description": "Release id to roll back to if this one misbehaves.", "$ref": "#/$defs/recordId" }, "rolledBackTo": { "description": "Set when this release was rolled back: the release whose manifests replaced it.", "$ref": "#/$defs/recordId" }, "pullRequest": { "description": "The release's pull request.", "type": "object", "additionalProperties": true, "required": ["number", "url", "branch"], "properties": { "number": { "description": "Pull request number.", "type": "integer", "minimum": 1 }, "url": { "description": "Pull request web URL.", "type": "string", "minLength": 1 }, "branch": { "description": "The pull request's head branch.", "type": "string", "minLength": 1 } } }, "approvals": { "description": "Reviews seen by the approval gate.", "type": "array", "items": { "description": "One review.", "type": "object", "additionalProperties": true, "required": ["reviewer", "state", "commit", "at"], "properties": { "reviewer": { "description": "GitHub login of the reviewer.", "type": "string", "minLength": 1 }, "state": { "description": "The review's verdict.", "enum": ["APPROVED", "CHANGES_REQUESTED"] }, "commit": { "description": "The commit the review was for.", "type": "string", "minLength": 1 }, "at": { "description": "When the review was submitted.", "$ref": "#/$defs/timestamp" }, "comment": { "description": "The review's body, as the reviewer wrote it.", "type": "string" } } } }, "affects": { "description": "Every environment whose policy judges the release, its own first, when its pull request changes a layer they share (base values, chart, workload.yaml); absent: only environment's.", "type": "array", "items": { "$ref": "#/$defs/name" }, "uniqueItems": true }, "approvalMissing": { "description": "What approve-gate found missing at its latest verdict, in words; empty when it approved.", "type": "array", "items": { "description": "One missing requirement.", "type": "string", "minLength": 1 } }, "promotedFrom": { "description": "The release this one was promoted from.", "$ref": "#/$defs/recordId" }, "promotion": { "description": "The promotion record that created this release.", "$ref": "#/$defs/recordId" }, "deploy": { "description": "Where the release was deployed.", "type": "object", "additionalProperties": true, "required": ["commit", "branch"], "properties": { "commit": { "description": "The deploy-branch commit holding the rendered manifests.", "type": "string", "minLength": 1 }, "deploymentId": { "description": "The GitHub Deployment id.", "type": "integer", "minimum": 1 }, "branch": { "description": "The deploy branch.", "type": "string", "minLength": 1 } } }, "breakGlass": { "description": "Set when the approval gate was passed through a freeze by break-glass.", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason"], "properties": { "actor": { "description": "Who broke the glass.", "type": "string", "minLength": 1 }, "at": { "description": "When.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why.", "type": "string" }, "freezes": { "description": "The freezes broken, by name (occurrences says which occurrence of each).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "occurrences": { "description": "The freeze occurrences broken; deploy holds for any other freeze in force, and for a later occurrence of the same freeze. Absent on records written before it was kept, which break no freeze.", "type": "array", "items": { "type": "object", "additionalProperties": true, "required": ["freeze", "from"], "properties": { "freeze": { "description": "The freeze's name.", "type": "string", "minLength": 1 }, "from": { "description": "When this occurrence began.", "$ref": "#/$defs/timestamp" }, "until": { "description": "When it ends; absent when it did not end within a year of the gate's run.", "$ref": "#/$defs/timestamp" } } } } } }, "health": { "description": "Set by verify-health: its latest verdict on the running release.", "type": "object", "additionalProperties": true, "required": ["status", "source", "checkedAt", "message", "drift"], "properties": { "status": { "description": "The worst status of the release's objects.", "enum": ["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"] }, "source": { "description": "What was asked: Argo CD, Flux or the objects themselves.", "enum": ["argocd", "flux", "kubernetes"] }, "checkedAt": { "description": "When the verdict was reached.", "$ref": "#/$defs/timestamp" }, "message": { "description": "What a person should know, e.g. the first unhealthy object and why.", "type": "string" }, "drift": { "description": "Live objects differ from the deployed manifests.", "type": "boolean" }, "resources": { "description": "Objects that are not Healthy, or that drifted.", "type": "array", "items": { "type": "object", "additionalProperties": true, "required": ["kind", "name", "status", "message"], "properties": { "apiVersion": { "description": "The object's apiVersion.", "type": "string" }, "kind": { "description": "The object's kind.", "type": "string" }, "name": { "description": "The object's name.", "type": "string" }, "namespace": { "description": "The object's namespace (absent: cluster-scoped).", "type": "string" }, "status": { "description": "Its health.", "enum": ["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"] }, "message": { "description": "Why, for a person.", "type": "string" }, "drift": { "description": "The live object differs from the deployed manifest.", "type": "boolean" } } } } } } }, "$defs": { "name": { "description": "A workload, environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "recordId": { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, "timestamp": { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "state": { "description": "A release lifecycle state.", "enum": ["Draft", "PendingApproval", "Approved", "Deploying", "Deployed", "Synced", "Healthy", "Failed", "RolledBack", "Cancelled"] } } };
const schema74 = { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" };
const schema75 = { "description": "A workload, environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema78 = { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" };
const schema80 = { "description": "A release lifecycle state.", "enum": ["Draft", "PendingApproval", "Approved", "Deploying", "Deployed", "Synced", "Healthy", "Failed", "RolledBack", "Cancelled"] };
const pattern35 = new RegExp("^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$", "u");
const pattern39 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", "u");
const pattern42 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/release.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate45.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.workload === undefined) && (missing0 = "workload"))) || ((data.environment === undefined) && (missing0 = "environment"))) || ((data.tenants === undefined) && (missing0 = "tenants"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.author === undefined) && (missing0 = "author"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.history === undefined) && (missing0 = "history"))) || ((data.changes === undefined) && (missing0 = "changes"))) || ((data.approvals === undefined) && (missing0 = "approvals"))) {
            validate45.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            if (data.apiVersion !== undefined) {
                const _errs2 = errors;
                if ("gitopshq.io/v1" !== data.apiVersion) {
                    validate45.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kind !== undefined) {
                    const _errs3 = errors;
                    if ("Release" !== data.kind) {
                        validate45.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Release" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.id !== undefined) {
                        let data2 = data.id;
                        const _errs4 = errors;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (typeof data2 === "string") {
                                if (!pattern35.test(data2)) {
                                    validate45.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate45.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs4 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.workload !== undefined) {
                            let data3 = data.workload;
                            const _errs7 = errors;
                            const _errs8 = errors;
                            if (errors === _errs8) {
                                if (typeof data3 === "string") {
                                    if (!pattern4.test(data3)) {
                                        validate45.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate45.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.environment !== undefined) {
                                let data4 = data.environment;
                                const _errs10 = errors;
                                const _errs11 = errors;
                                if (errors === _errs11) {
                                    if (typeof data4 === "string") {
                                        if (!pattern4.test(data4)) {
                                            validate45.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate45.errors = [{ instancePath: instancePath + "/environment", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs10 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.tenants !== undefined) {
                                    let data5 = data.tenants;
                                    const _errs13 = errors;
                                    if (errors === _errs13) {
                                        if (Array.isArray(data5)) {
                                            var valid4 = true;
                                            const len0 = data5.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                let data6 = data5[i0];
                                                const _errs15 = errors;
                                                const _errs16 = errors;
                                                if (errors === _errs16) {
                                                    if (typeof data6 === "string") {
                                                        if (!pattern4.test(data6)) {
                                                            validate45.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                            return false;
                                                        }
                                                    }
                                                    else {
                                                        validate45.errors = [{ instancePath: instancePath + "/tenants/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                }
                                                var valid4 = _errs15 === errors;
                                                if (!valid4) {
                                                    break;
                                                }
                                            }
                                            if (valid4) {
                                                let i1 = data5.length;
                                                let j0;
                                                if (i1 > 1) {
                                                    outer0: for (; i1--;) {
                                                        for (j0 = i1; j0--;) {
                                                            if (func0(data5[i1], data5[j0])) {
                                                                validate45.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                                                return false;
                                                                break outer0;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate45.errors = [{ instancePath: instancePath + "/tenants", schemaPath: "#/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.title !== undefined) {
                                        let data7 = data.title;
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                            if (typeof data7 === "string") {
                                                if (func2(data7) < 1) {
                                                    validate45.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate45.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs18 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.notes !== undefined) {
                                            const _errs20 = errors;
                                            if (typeof data.notes !== "string") {
                                                validate45.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.author !== undefined) {
                                                let data9 = data.author;
                                                const _errs22 = errors;
                                                if (errors === _errs22) {
                                                    if (typeof data9 === "string") {
                                                        if (func2(data9) < 1) {
                                                            validate45.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/properties/author/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                            return false;
                                                        }
                                                    }
                                                    else {
                                                        validate45.errors = [{ instancePath: instancePath + "/author", schemaPath: "#/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs22 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.createdAt !== undefined) {
                                                    let data10 = data.createdAt;
                                                    const _errs24 = errors;
                                                    const _errs25 = errors;
                                                    if (errors === _errs25) {
                                                        if (typeof data10 === "string") {
                                                            if (!pattern39.test(data10)) {
                                                                validate45.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                return false;
                                                            }
                                                        }
                                                        else {
                                                            validate45.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs24 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.firstCommitAt !== undefined) {
                                                        let data11 = data.firstCommitAt;
                                                        const _errs27 = errors;
                                                        const _errs28 = errors;
                                                        if (errors === _errs28) {
                                                            if (typeof data11 === "string") {
                                                                if (!pattern39.test(data11)) {
                                                                    validate45.errors = [{ instancePath: instancePath + "/firstCommitAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                    return false;
                                                                }
                                                            }
                                                            else {
                                                                validate45.errors = [{ instancePath: instancePath + "/firstCommitAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs27 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.state !== undefined) {
                                                            let data12 = data.state;
                                                            const _errs30 = errors;
                                                            if (!((((((((((data12 === "Draft") || (data12 === "PendingApproval")) || (data12 === "Approved")) || (data12 === "Deploying")) || (data12 === "Deployed")) || (data12 === "Synced")) || (data12 === "Healthy")) || (data12 === "Failed")) || (data12 === "RolledBack")) || (data12 === "Cancelled"))) {
                                                                validate45.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema80.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs30 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.history !== undefined) {
                                                                let data13 = data.history;
                                                                const _errs32 = errors;
                                                                if (errors === _errs32) {
                                                                    if (Array.isArray(data13)) {
                                                                        if (data13.length < 1) {
                                                                            validate45.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            var valid10 = true;
                                                                            const len1 = data13.length;
                                                                            for (let i2 = 0; i2 < len1; i2++) {
                                                                                let data14 = data13[i2];
                                                                                const _errs34 = errors;
                                                                                if (errors === _errs34) {
                                                                                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                                                        let missing1;
                                                                                        if ((((data14.state === undefined) && (missing1 = "state")) || ((data14.at === undefined) && (missing1 = "at"))) || ((data14.actor === undefined) && (missing1 = "actor"))) {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/history/" + i2, schemaPath: "#/properties/history/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (data14.state !== undefined) {
                                                                                                let data15 = data14.state;
                                                                                                const _errs37 = errors;
                                                                                                if (!((((((((((data15 === "Draft") || (data15 === "PendingApproval")) || (data15 === "Approved")) || (data15 === "Deploying")) || (data15 === "Deployed")) || (data15 === "Synced")) || (data15 === "Healthy")) || (data15 === "Failed")) || (data15 === "RolledBack")) || (data15 === "Cancelled"))) {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema80.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid11 = _errs37 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid11 = true;
                                                                                            }
                                                                                            if (valid11) {
                                                                                                if (data14.at !== undefined) {
                                                                                                    let data16 = data14.at;
                                                                                                    const _errs39 = errors;
                                                                                                    const _errs40 = errors;
                                                                                                    if (errors === _errs40) {
                                                                                                        if (typeof data16 === "string") {
                                                                                                            if (!pattern39.test(data16)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid11 = _errs39 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid11 = true;
                                                                                                }
                                                                                                if (valid11) {
                                                                                                    if (data14.actor !== undefined) {
                                                                                                        let data17 = data14.actor;
                                                                                                        const _errs42 = errors;
                                                                                                        if (errors === _errs42) {
                                                                                                            if (typeof data17 === "string") {
                                                                                                                if (func2(data17) < 1) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/actor", schemaPath: "#/properties/history/items/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/actor", schemaPath: "#/properties/history/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid11 = _errs42 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid11 = true;
                                                                                                    }
                                                                                                    if (valid11) {
                                                                                                        if (data14.note !== undefined) {
                                                                                                            const _errs44 = errors;
                                                                                                            if (typeof data14.note !== "string") {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/history/" + i2 + "/note", schemaPath: "#/properties/history/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid11 = _errs44 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid11 = true;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/history/" + i2, schemaPath: "#/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid10 = _errs34 === errors;
                                                                                if (!valid10) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate45.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid0 = _errs32 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.changes !== undefined) {
                                                                    let data19 = data.changes;
                                                                    const _errs46 = errors;
                                                                    if (errors === _errs46) {
                                                                        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                                            let missing2;
                                                                            if ((data19.updates === undefined) && (missing2 = "updates")) {
                                                                                validate45.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                if (data19.updates !== undefined) {
                                                                                    let data20 = data19.updates;
                                                                                    const _errs49 = errors;
                                                                                    if (errors === _errs49) {
                                                                                        if (Array.isArray(data20)) {
                                                                                            var valid15 = true;
                                                                                            const len2 = data20.length;
                                                                                            for (let i3 = 0; i3 < len2; i3++) {
                                                                                                let data21 = data20[i3];
                                                                                                const _errs51 = errors;
                                                                                                if (errors === _errs51) {
                                                                                                    if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                                                                        let missing3;
                                                                                                        if (((data21.path === undefined) && (missing3 = "path")) || ((data21.value === undefined) && (missing3 = "value"))) {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3, schemaPath: "#/properties/changes/properties/updates/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        else {
                                                                                                            if (data21.path !== undefined) {
                                                                                                                let data22 = data21.path;
                                                                                                                const _errs54 = errors;
                                                                                                                if (errors === _errs54) {
                                                                                                                    if (typeof data22 === "string") {
                                                                                                                        if (func2(data22) < 1) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/path", schemaPath: "#/properties/changes/properties/updates/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/path", schemaPath: "#/properties/changes/properties/updates/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid16 = _errs54 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid16 = true;
                                                                                                            }
                                                                                                            if (valid16) {
                                                                                                                if (data21.value !== undefined) {
                                                                                                                    const _errs56 = errors;
                                                                                                                    if (typeof data21.value !== "string") {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3 + "/value", schemaPath: "#/properties/changes/properties/updates/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid16 = _errs56 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid16 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/changes/updates/" + i3, schemaPath: "#/properties/changes/properties/updates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid15 = _errs51 === errors;
                                                                                                if (!valid15) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/changes/updates", schemaPath: "#/properties/changes/properties/updates/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid14 = _errs49 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid14 = true;
                                                                                }
                                                                                if (valid14) {
                                                                                    if (data19.chartVersion !== undefined) {
                                                                                        let data24 = data19.chartVersion;
                                                                                        const _errs58 = errors;
                                                                                        if (errors === _errs58) {
                                                                                            if (typeof data24 === "string") {
                                                                                                if (func2(data24) < 1) {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/changes/chartVersion", schemaPath: "#/properties/changes/properties/chartVersion/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/changes/chartVersion", schemaPath: "#/properties/changes/properties/chartVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid14 = _errs58 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid14 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate45.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs46 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.changeSetCommit !== undefined) {
                                                                        let data25 = data.changeSetCommit;
                                                                        const _errs60 = errors;
                                                                        if (errors === _errs60) {
                                                                            if (typeof data25 === "string") {
                                                                                if (!pattern42.test(data25)) {
                                                                                    validate45.errors = [{ instancePath: instancePath + "/changeSetCommit", schemaPath: "#/properties/changeSetCommit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate45.errors = [{ instancePath: instancePath + "/changeSetCommit", schemaPath: "#/properties/changeSetCommit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid0 = _errs60 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.rollbackTarget !== undefined) {
                                                                            let data26 = data.rollbackTarget;
                                                                            const _errs62 = errors;
                                                                            const _errs63 = errors;
                                                                            if (errors === _errs63) {
                                                                                if (typeof data26 === "string") {
                                                                                    if (!pattern35.test(data26)) {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/rollbackTarget", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate45.errors = [{ instancePath: instancePath + "/rollbackTarget", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid0 = _errs62 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.rolledBackTo !== undefined) {
                                                                                let data27 = data.rolledBackTo;
                                                                                const _errs65 = errors;
                                                                                const _errs66 = errors;
                                                                                if (errors === _errs66) {
                                                                                    if (typeof data27 === "string") {
                                                                                        if (!pattern35.test(data27)) {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/rolledBackTo", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate45.errors = [{ instancePath: instancePath + "/rolledBackTo", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs65 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.pullRequest !== undefined) {
                                                                                    let data28 = data.pullRequest;
                                                                                    const _errs68 = errors;
                                                                                    if (errors === _errs68) {
                                                                                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                                                                            let missing4;
                                                                                            if ((((data28.number === undefined) && (missing4 = "number")) || ((data28.url === undefined) && (missing4 = "url"))) || ((data28.branch === undefined) && (missing4 = "branch"))) {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                if (data28.number !== undefined) {
                                                                                                    let data29 = data28.number;
                                                                                                    const _errs71 = errors;
                                                                                                    if (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))) {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/pullRequest/number", schemaPath: "#/properties/pullRequest/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    if (errors === _errs71) {
                                                                                                        if ((typeof data29 == "number") && (isFinite(data29))) {
                                                                                                            if (data29 < 1 || isNaN(data29)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest/number", schemaPath: "#/properties/pullRequest/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    var valid19 = _errs71 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid19 = true;
                                                                                                }
                                                                                                if (valid19) {
                                                                                                    if (data28.url !== undefined) {
                                                                                                        let data30 = data28.url;
                                                                                                        const _errs73 = errors;
                                                                                                        if (errors === _errs73) {
                                                                                                            if (typeof data30 === "string") {
                                                                                                                if (func2(data30) < 1) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/pullRequest/url", schemaPath: "#/properties/pullRequest/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/pullRequest/url", schemaPath: "#/properties/pullRequest/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid19 = _errs73 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid19 = true;
                                                                                                    }
                                                                                                    if (valid19) {
                                                                                                        if (data28.branch !== undefined) {
                                                                                                            let data31 = data28.branch;
                                                                                                            const _errs75 = errors;
                                                                                                            if (errors === _errs75) {
                                                                                                                if (typeof data31 === "string") {
                                                                                                                    if (func2(data31) < 1) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/pullRequest/branch", schemaPath: "#/properties/pullRequest/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/pullRequest/branch", schemaPath: "#/properties/pullRequest/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid19 = _errs75 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid19 = true;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate45.errors = [{ instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid0 = _errs68 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data.approvals !== undefined) {
                                                                                        let data32 = data.approvals;
                                                                                        const _errs77 = errors;
                                                                                        if (errors === _errs77) {
                                                                                            if (Array.isArray(data32)) {
                                                                                                var valid20 = true;
                                                                                                const len3 = data32.length;
                                                                                                for (let i4 = 0; i4 < len3; i4++) {
                                                                                                    let data33 = data32[i4];
                                                                                                    const _errs79 = errors;
                                                                                                    if (errors === _errs79) {
                                                                                                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                                                                            let missing5;
                                                                                                            if (((((data33.reviewer === undefined) && (missing5 = "reviewer")) || ((data33.state === undefined) && (missing5 = "state"))) || ((data33.commit === undefined) && (missing5 = "commit"))) || ((data33.at === undefined) && (missing5 = "at"))) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4, schemaPath: "#/properties/approvals/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                if (data33.reviewer !== undefined) {
                                                                                                                    let data34 = data33.reviewer;
                                                                                                                    const _errs82 = errors;
                                                                                                                    if (errors === _errs82) {
                                                                                                                        if (typeof data34 === "string") {
                                                                                                                            if (func2(data34) < 1) {
                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/reviewer", schemaPath: "#/properties/approvals/items/properties/reviewer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/reviewer", schemaPath: "#/properties/approvals/items/properties/reviewer/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid21 = _errs82 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid21 = true;
                                                                                                                }
                                                                                                                if (valid21) {
                                                                                                                    if (data33.state !== undefined) {
                                                                                                                        let data35 = data33.state;
                                                                                                                        const _errs84 = errors;
                                                                                                                        if (!((data35 === "APPROVED") || (data35 === "CHANGES_REQUESTED"))) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/state", schemaPath: "#/properties/approvals/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema73.properties.approvals.items.properties.state.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid21 = _errs84 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid21 = true;
                                                                                                                    }
                                                                                                                    if (valid21) {
                                                                                                                        if (data33.commit !== undefined) {
                                                                                                                            let data36 = data33.commit;
                                                                                                                            const _errs85 = errors;
                                                                                                                            if (errors === _errs85) {
                                                                                                                                if (typeof data36 === "string") {
                                                                                                                                    if (func2(data36) < 1) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/commit", schemaPath: "#/properties/approvals/items/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid21 = _errs85 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid21 = true;
                                                                                                                        }
                                                                                                                        if (valid21) {
                                                                                                                            if (data33.at !== undefined) {
                                                                                                                                let data37 = data33.at;
                                                                                                                                const _errs87 = errors;
                                                                                                                                const _errs88 = errors;
                                                                                                                                if (errors === _errs88) {
                                                                                                                                    if (typeof data37 === "string") {
                                                                                                                                        if (!pattern39.test(data37)) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid21 = _errs87 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid21 = true;
                                                                                                                            }
                                                                                                                            if (valid21) {
                                                                                                                                if (data33.comment !== undefined) {
                                                                                                                                    const _errs90 = errors;
                                                                                                                                    if (typeof data33.comment !== "string") {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4 + "/comment", schemaPath: "#/properties/approvals/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid21 = _errs90 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid21 = true;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/approvals/" + i4, schemaPath: "#/properties/approvals/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid20 = _errs79 === errors;
                                                                                                    if (!valid20) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate45.errors = [{ instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs77 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.affects !== undefined) {
                                                                                            let data39 = data.affects;
                                                                                            const _errs92 = errors;
                                                                                            if (errors === _errs92) {
                                                                                                if (Array.isArray(data39)) {
                                                                                                    var valid23 = true;
                                                                                                    const len4 = data39.length;
                                                                                                    for (let i5 = 0; i5 < len4; i5++) {
                                                                                                        let data40 = data39[i5];
                                                                                                        const _errs94 = errors;
                                                                                                        const _errs95 = errors;
                                                                                                        if (errors === _errs95) {
                                                                                                            if (typeof data40 === "string") {
                                                                                                                if (!pattern4.test(data40)) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/affects/" + i5, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/affects/" + i5, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid23 = _errs94 === errors;
                                                                                                        if (!valid23) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    if (valid23) {
                                                                                                        let i6 = data39.length;
                                                                                                        let j1;
                                                                                                        if (i6 > 1) {
                                                                                                            outer1: for (; i6--;) {
                                                                                                                for (j1 = i6; j1--;) {
                                                                                                                    if (func0(data39[i6], data39[j1])) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)" }];
                                                                                                                        return false;
                                                                                                                        break outer1;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate45.errors = [{ instancePath: instancePath + "/affects", schemaPath: "#/properties/affects/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs92 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                        if (valid0) {
                                                                                            if (data.approvalMissing !== undefined) {
                                                                                                let data41 = data.approvalMissing;
                                                                                                const _errs97 = errors;
                                                                                                if (errors === _errs97) {
                                                                                                    if (Array.isArray(data41)) {
                                                                                                        var valid26 = true;
                                                                                                        const len5 = data41.length;
                                                                                                        for (let i7 = 0; i7 < len5; i7++) {
                                                                                                            let data42 = data41[i7];
                                                                                                            const _errs99 = errors;
                                                                                                            if (errors === _errs99) {
                                                                                                                if (typeof data42 === "string") {
                                                                                                                    if (func2(data42) < 1) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvalMissing/" + i7, schemaPath: "#/properties/approvalMissing/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/approvalMissing/" + i7, schemaPath: "#/properties/approvalMissing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid26 = _errs99 === errors;
                                                                                                            if (!valid26) {
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate45.errors = [{ instancePath: instancePath + "/approvalMissing", schemaPath: "#/properties/approvalMissing/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid0 = _errs97 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid0 = true;
                                                                                            }
                                                                                            if (valid0) {
                                                                                                if (data.promotedFrom !== undefined) {
                                                                                                    let data43 = data.promotedFrom;
                                                                                                    const _errs101 = errors;
                                                                                                    const _errs102 = errors;
                                                                                                    if (errors === _errs102) {
                                                                                                        if (typeof data43 === "string") {
                                                                                                            if (!pattern35.test(data43)) {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/promotedFrom", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate45.errors = [{ instancePath: instancePath + "/promotedFrom", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid0 = _errs101 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid0 = true;
                                                                                                }
                                                                                                if (valid0) {
                                                                                                    if (data.promotion !== undefined) {
                                                                                                        let data44 = data.promotion;
                                                                                                        const _errs104 = errors;
                                                                                                        const _errs105 = errors;
                                                                                                        if (errors === _errs105) {
                                                                                                            if (typeof data44 === "string") {
                                                                                                                if (!pattern35.test(data44)) {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/promotion", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            else {
                                                                                                                validate45.errors = [{ instancePath: instancePath + "/promotion", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        var valid0 = _errs104 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid0 = true;
                                                                                                    }
                                                                                                    if (valid0) {
                                                                                                        if (data.deploy !== undefined) {
                                                                                                            let data45 = data.deploy;
                                                                                                            const _errs107 = errors;
                                                                                                            if (errors === _errs107) {
                                                                                                                if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                                                                                                    let missing6;
                                                                                                                    if (((data45.commit === undefined) && (missing6 = "commit")) || ((data45.branch === undefined) && (missing6 = "branch"))) {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        if (data45.commit !== undefined) {
                                                                                                                            let data46 = data45.commit;
                                                                                                                            const _errs110 = errors;
                                                                                                                            if (errors === _errs110) {
                                                                                                                                if (typeof data46 === "string") {
                                                                                                                                    if (func2(data46) < 1) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/deploy/commit", schemaPath: "#/properties/deploy/properties/commit/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy/commit", schemaPath: "#/properties/deploy/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid29 = _errs110 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid29 = true;
                                                                                                                        }
                                                                                                                        if (valid29) {
                                                                                                                            if (data45.deploymentId !== undefined) {
                                                                                                                                let data47 = data45.deploymentId;
                                                                                                                                const _errs112 = errors;
                                                                                                                                if (!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))) {
                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy/deploymentId", schemaPath: "#/properties/deploy/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                if (errors === _errs112) {
                                                                                                                                    if ((typeof data47 == "number") && (isFinite(data47))) {
                                                                                                                                        if (data47 < 1 || isNaN(data47)) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/deploy/deploymentId", schemaPath: "#/properties/deploy/properties/deploymentId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid29 = _errs112 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid29 = true;
                                                                                                                            }
                                                                                                                            if (valid29) {
                                                                                                                                if (data45.branch !== undefined) {
                                                                                                                                    let data48 = data45.branch;
                                                                                                                                    const _errs114 = errors;
                                                                                                                                    if (errors === _errs114) {
                                                                                                                                        if (typeof data48 === "string") {
                                                                                                                                            if (func2(data48) < 1) {
                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/deploy/branch", schemaPath: "#/properties/deploy/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/deploy/branch", schemaPath: "#/properties/deploy/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid29 = _errs114 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid29 = true;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid0 = _errs107 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid0 = true;
                                                                                                        }
                                                                                                        if (valid0) {
                                                                                                            if (data.breakGlass !== undefined) {
                                                                                                                let data49 = data.breakGlass;
                                                                                                                const _errs116 = errors;
                                                                                                                if (errors === _errs116) {
                                                                                                                    if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                                                                                                                        let missing7;
                                                                                                                        if ((((data49.actor === undefined) && (missing7 = "actor")) || ((data49.at === undefined) && (missing7 = "at"))) || ((data49.reason === undefined) && (missing7 = "reason"))) {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            if (data49.actor !== undefined) {
                                                                                                                                let data50 = data49.actor;
                                                                                                                                const _errs119 = errors;
                                                                                                                                if (errors === _errs119) {
                                                                                                                                    if (typeof data50 === "string") {
                                                                                                                                        if (func2(data50) < 1) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid30 = _errs119 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid30 = true;
                                                                                                                            }
                                                                                                                            if (valid30) {
                                                                                                                                if (data49.at !== undefined) {
                                                                                                                                    let data51 = data49.at;
                                                                                                                                    const _errs121 = errors;
                                                                                                                                    const _errs122 = errors;
                                                                                                                                    if (errors === _errs122) {
                                                                                                                                        if (typeof data51 === "string") {
                                                                                                                                            if (!pattern39.test(data51)) {
                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid30 = _errs121 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid30 = true;
                                                                                                                                }
                                                                                                                                if (valid30) {
                                                                                                                                    if (data49.reason !== undefined) {
                                                                                                                                        const _errs124 = errors;
                                                                                                                                        if (typeof data49.reason !== "string") {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        var valid30 = _errs124 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid30 = true;
                                                                                                                                    }
                                                                                                                                    if (valid30) {
                                                                                                                                        if (data49.freezes !== undefined) {
                                                                                                                                            let data53 = data49.freezes;
                                                                                                                                            const _errs126 = errors;
                                                                                                                                            if (errors === _errs126) {
                                                                                                                                                if (Array.isArray(data53)) {
                                                                                                                                                    var valid32 = true;
                                                                                                                                                    const len6 = data53.length;
                                                                                                                                                    for (let i8 = 0; i8 < len6; i8++) {
                                                                                                                                                        let data54 = data53[i8];
                                                                                                                                                        const _errs128 = errors;
                                                                                                                                                        if (errors === _errs128) {
                                                                                                                                                            if (typeof data54 === "string") {
                                                                                                                                                                if (func2(data54) < 1) {
                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i8, schemaPath: "#/properties/breakGlass/properties/freezes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i8, schemaPath: "#/properties/breakGlass/properties/freezes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        var valid32 = _errs128 === errors;
                                                                                                                                                        if (!valid32) {
                                                                                                                                                            break;
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/freezes", schemaPath: "#/properties/breakGlass/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid30 = _errs126 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid30 = true;
                                                                                                                                        }
                                                                                                                                        if (valid30) {
                                                                                                                                            if (data49.occurrences !== undefined) {
                                                                                                                                                let data55 = data49.occurrences;
                                                                                                                                                const _errs130 = errors;
                                                                                                                                                if (errors === _errs130) {
                                                                                                                                                    if (Array.isArray(data55)) {
                                                                                                                                                        var valid33 = true;
                                                                                                                                                        const len7 = data55.length;
                                                                                                                                                        for (let i9 = 0; i9 < len7; i9++) {
                                                                                                                                                            let data56 = data55[i9];
                                                                                                                                                            const _errs132 = errors;
                                                                                                                                                            if (errors === _errs132) {
                                                                                                                                                                if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                                                                                                                                                                    let missing8;
                                                                                                                                                                    if (((data56.freeze === undefined) && (missing8 = "freeze")) || ((data56.from === undefined) && (missing8 = "from"))) {
                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9, schemaPath: "#/properties/breakGlass/properties/occurrences/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        if (data56.freeze !== undefined) {
                                                                                                                                                                            let data57 = data56.freeze;
                                                                                                                                                                            const _errs135 = errors;
                                                                                                                                                                            if (errors === _errs135) {
                                                                                                                                                                                if (typeof data57 === "string") {
                                                                                                                                                                                    if (func2(data57) < 1) {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/freeze", schemaPath: "#/properties/breakGlass/properties/occurrences/items/properties/freeze/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/freeze", schemaPath: "#/properties/breakGlass/properties/occurrences/items/properties/freeze/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var valid34 = _errs135 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid34 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid34) {
                                                                                                                                                                            if (data56.from !== undefined) {
                                                                                                                                                                                let data58 = data56.from;
                                                                                                                                                                                const _errs137 = errors;
                                                                                                                                                                                const _errs138 = errors;
                                                                                                                                                                                if (errors === _errs138) {
                                                                                                                                                                                    if (typeof data58 === "string") {
                                                                                                                                                                                        if (!pattern39.test(data58)) {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/from", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/from", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                var valid34 = _errs137 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid34 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid34) {
                                                                                                                                                                                if (data56.until !== undefined) {
                                                                                                                                                                                    let data59 = data56.until;
                                                                                                                                                                                    const _errs140 = errors;
                                                                                                                                                                                    const _errs141 = errors;
                                                                                                                                                                                    if (errors === _errs141) {
                                                                                                                                                                                        if (typeof data59 === "string") {
                                                                                                                                                                                            if (!pattern39.test(data59)) {
                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/until", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9 + "/until", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid34 = _errs140 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid34 = true;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences/" + i9, schemaPath: "#/properties/breakGlass/properties/occurrences/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid33 = _errs132 === errors;
                                                                                                                                                            if (!valid33) {
                                                                                                                                                                break;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass/occurrences", schemaPath: "#/properties/breakGlass/properties/occurrences/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                var valid30 = _errs130 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid30 = true;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid0 = _errs116 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid0 = true;
                                                                                                            }
                                                                                                            if (valid0) {
                                                                                                                if (data.health !== undefined) {
                                                                                                                    let data60 = data.health;
                                                                                                                    const _errs143 = errors;
                                                                                                                    if (errors === _errs143) {
                                                                                                                        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                                                                                                            let missing9;
                                                                                                                            if ((((((data60.status === undefined) && (missing9 = "status")) || ((data60.source === undefined) && (missing9 = "source"))) || ((data60.checkedAt === undefined) && (missing9 = "checkedAt"))) || ((data60.message === undefined) && (missing9 = "message"))) || ((data60.drift === undefined) && (missing9 = "drift"))) {
                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health", schemaPath: "#/properties/health/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (data60.status !== undefined) {
                                                                                                                                    let data61 = data60.status;
                                                                                                                                    const _errs146 = errors;
                                                                                                                                    if (!((((((data61 === "Healthy") || (data61 === "Progressing")) || (data61 === "Degraded")) || (data61 === "Suspended")) || (data61 === "Missing")) || (data61 === "Unknown"))) {
                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/status", schemaPath: "#/properties/health/properties/status/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid37 = _errs146 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid37 = true;
                                                                                                                                }
                                                                                                                                if (valid37) {
                                                                                                                                    if (data60.source !== undefined) {
                                                                                                                                        let data62 = data60.source;
                                                                                                                                        const _errs147 = errors;
                                                                                                                                        if (!(((data62 === "argocd") || (data62 === "flux")) || (data62 === "kubernetes"))) {
                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/source", schemaPath: "#/properties/health/properties/source/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        var valid37 = _errs147 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid37 = true;
                                                                                                                                    }
                                                                                                                                    if (valid37) {
                                                                                                                                        if (data60.checkedAt !== undefined) {
                                                                                                                                            let data63 = data60.checkedAt;
                                                                                                                                            const _errs148 = errors;
                                                                                                                                            const _errs149 = errors;
                                                                                                                                            if (errors === _errs149) {
                                                                                                                                                if (typeof data63 === "string") {
                                                                                                                                                    if (!pattern39.test(data63)) {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/checkedAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/checkedAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid37 = _errs148 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid37 = true;
                                                                                                                                        }
                                                                                                                                        if (valid37) {
                                                                                                                                            if (data60.message !== undefined) {
                                                                                                                                                const _errs151 = errors;
                                                                                                                                                if (typeof data60.message !== "string") {
                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/message", schemaPath: "#/properties/health/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                var valid37 = _errs151 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid37 = true;
                                                                                                                                            }
                                                                                                                                            if (valid37) {
                                                                                                                                                if (data60.drift !== undefined) {
                                                                                                                                                    const _errs153 = errors;
                                                                                                                                                    if (typeof data60.drift !== "boolean") {
                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/drift", schemaPath: "#/properties/health/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    var valid37 = _errs153 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid37 = true;
                                                                                                                                                }
                                                                                                                                                if (valid37) {
                                                                                                                                                    if (data60.resources !== undefined) {
                                                                                                                                                        let data66 = data60.resources;
                                                                                                                                                        const _errs155 = errors;
                                                                                                                                                        if (errors === _errs155) {
                                                                                                                                                            if (Array.isArray(data66)) {
                                                                                                                                                                var valid39 = true;
                                                                                                                                                                const len8 = data66.length;
                                                                                                                                                                for (let i10 = 0; i10 < len8; i10++) {
                                                                                                                                                                    let data67 = data66[i10];
                                                                                                                                                                    const _errs157 = errors;
                                                                                                                                                                    if (errors === _errs157) {
                                                                                                                                                                        if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                                                                                                                                                                            let missing10;
                                                                                                                                                                            if (((((data67.kind === undefined) && (missing10 = "kind")) || ((data67.name === undefined) && (missing10 = "name"))) || ((data67.status === undefined) && (missing10 = "status"))) || ((data67.message === undefined) && (missing10 = "message"))) {
                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10, schemaPath: "#/properties/health/properties/resources/items/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                if (data67.apiVersion !== undefined) {
                                                                                                                                                                                    const _errs160 = errors;
                                                                                                                                                                                    if (typeof data67.apiVersion !== "string") {
                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/apiVersion", schemaPath: "#/properties/health/properties/resources/items/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid40 = _errs160 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid40 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid40) {
                                                                                                                                                                                    if (data67.kind !== undefined) {
                                                                                                                                                                                        const _errs162 = errors;
                                                                                                                                                                                        if (typeof data67.kind !== "string") {
                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/kind", schemaPath: "#/properties/health/properties/resources/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid40 = _errs162 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid40 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                    if (valid40) {
                                                                                                                                                                                        if (data67.name !== undefined) {
                                                                                                                                                                                            const _errs164 = errors;
                                                                                                                                                                                            if (typeof data67.name !== "string") {
                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/name", schemaPath: "#/properties/health/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            var valid40 = _errs164 === errors;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            var valid40 = true;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (valid40) {
                                                                                                                                                                                            if (data67.namespace !== undefined) {
                                                                                                                                                                                                const _errs166 = errors;
                                                                                                                                                                                                if (typeof data67.namespace !== "string") {
                                                                                                                                                                                                    validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/namespace", schemaPath: "#/properties/health/properties/resources/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                    return false;
                                                                                                                                                                                                }
                                                                                                                                                                                                var valid40 = _errs166 === errors;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                var valid40 = true;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (valid40) {
                                                                                                                                                                                                if (data67.status !== undefined) {
                                                                                                                                                                                                    let data72 = data67.status;
                                                                                                                                                                                                    const _errs168 = errors;
                                                                                                                                                                                                    if (!((((((data72 === "Healthy") || (data72 === "Progressing")) || (data72 === "Degraded")) || (data72 === "Suspended")) || (data72 === "Missing")) || (data72 === "Unknown"))) {
                                                                                                                                                                                                        validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/status", schemaPath: "#/properties/health/properties/resources/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema73.properties.health.properties.resources.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var valid40 = _errs168 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid40 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                                if (valid40) {
                                                                                                                                                                                                    if (data67.message !== undefined) {
                                                                                                                                                                                                        const _errs169 = errors;
                                                                                                                                                                                                        if (typeof data67.message !== "string") {
                                                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/message", schemaPath: "#/properties/health/properties/resources/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                                            return false;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        var valid40 = _errs169 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid40 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid40) {
                                                                                                                                                                                                        if (data67.drift !== undefined) {
                                                                                                                                                                                                            const _errs171 = errors;
                                                                                                                                                                                                            if (typeof data67.drift !== "boolean") {
                                                                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10 + "/drift", schemaPath: "#/properties/health/properties/resources/items/properties/drift/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                                                                                                                return false;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            var valid40 = _errs171 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid40 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health/resources/" + i10, schemaPath: "#/properties/health/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    var valid39 = _errs157 === errors;
                                                                                                                                                                    if (!valid39) {
                                                                                                                                                                        break;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                validate45.errors = [{ instancePath: instancePath + "/health/resources", schemaPath: "#/properties/health/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                        var valid37 = _errs155 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid37 = true;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate45.errors = [{ instancePath: instancePath + "/health", schemaPath: "#/properties/health/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid0 = _errs143 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid0 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate45.errors = vErrors; return errors === 0; }
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.promotion = validate46;
const schema93 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gitopshq.io/schemas/v1/promotion.schema.json", "title": "promotion record", "description": "promotions/<id>.yaml on the state branch: one promotion of a Healthy release to the next environment, wave by wave.", "type": "object", "additionalProperties": true, "required": ["apiVersion", "kind", "id", "source", "from", "to", "actor", "createdAt", "state", "waves", "history"], "properties": { "apiVersion": { "description": "Version of this file format.", "const": "gitopshq.io/v1" }, "kind": { "description": "Always Promotion for a promotion record.", "const": "Promotion" }, "id": { "description": "The promotion id; also the file name.", "$ref": "#/$defs/recordId" }, "source": { "description": "The Healthy release being promoted.", "$ref": "#/$defs/recordId" }, "from": { "description": "The environment promoted from.", "$ref": "#/$defs/name" }, "to": { "description": "The environment promoted to.", "$ref": "#/$defs/name" }, "actor": { "description": "Who started the promotion.", "type": "string", "minLength": 1 }, "createdAt": { "description": "When the promotion started.", "$ref": "#/$defs/timestamp" }, "state": { "description": "The promotion's state.", "$ref": "#/$defs/state" }, "waves": { "description": "Tenant waves in promotion order.", "type": "array", "items": { "description": "One wave.", "type": "object", "additionalProperties": true, "required": ["wave", "tenants", "releases"], "properties": { "wave": { "description": "The wave number (0 first).", "type": "integer", "minimum": 0 }, "tenants": { "description": "Tenants in this wave.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/$defs/name" } }, "releases": { "description": "Releases opened for this wave.", "type": "array", "items": { "$ref": "#/$defs/recordId" } }, "skippedWaves": { "description": "Set when this wave was opened before earlier waves were complete and Healthy, on purpose (promote's skip-waves input): who, when, why, and what was not verified.", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason", "permission", "waves"], "properties": { "actor": { "description": "Who skipped the waves.", "type": "string", "minLength": 1 }, "at": { "description": "When the wave was opened.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why, as given with the request: one line of 10 to 300 characters.", "type": "string", "minLength": 10, "maxLength": 300 }, "permission": { "description": "The actor's repository role that allowed it (admin or maintain).", "type": "string", "minLength": 1 }, "waves": { "description": "Each earlier wave that was not complete and Healthy, with its tenants not yet Healthy.", "type": "array", "minItems": 1, "items": { "description": "One skipped wave.", "type": "object", "additionalProperties": true, "required": ["wave", "tenants"], "properties": { "wave": { "description": "The wave number.", "type": "integer", "minimum": 0 }, "tenants": { "description": "Its tenants not yet Healthy.", "type": "array", "items": { "$ref": "#/$defs/name" } } } } } } } } } }, "history": { "description": "Every transition, oldest first.", "type": "array", "minItems": 1, "items": { "description": "One transition.", "type": "object", "additionalProperties": true, "required": ["state", "at", "actor"], "properties": { "state": { "description": "The state entered.", "$ref": "#/$defs/state" }, "at": { "description": "When it was entered.", "$ref": "#/$defs/timestamp" }, "actor": { "description": "Who or what caused the transition.", "type": "string", "minLength": 1 }, "note": { "description": "Why, in a sentence.", "type": "string" } } } }, "breakGlass": { "description": "Set when a wave was opened during a freeze by break-glass (the gate still needs the freeze's break-glass approval).", "type": "object", "additionalProperties": true, "required": ["actor", "at", "reason", "freezes"], "properties": { "actor": { "description": "Who asked for break-glass.", "type": "string", "minLength": 1 }, "at": { "description": "When.", "$ref": "#/$defs/timestamp" }, "reason": { "description": "Why, as given with the request.", "type": "string", "minLength": 1 }, "freezes": { "description": "The freezes in force that were broken.", "type": "array", "items": { "type": "string", "description": "A freeze name." } } } } }, "$defs": { "name": { "description": "An environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, "recordId": { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, "timestamp": { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "state": { "description": "A promotion state.", "enum": ["InProgress", "Completed", "Failed", "Cancelled"] } } };
const schema94 = { "description": "A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and '-', usable as a file name.", "type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" };
const schema96 = { "description": "An environment or tenant name: a DNS-1123 label.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" };
const schema98 = { "description": "An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.", "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" };
const schema99 = { "description": "A promotion state.", "enum": ["InProgress", "Completed", "Failed", "Cancelled"] };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { /*# sourceURL="https://gitopshq.io/schemas/v1/promotion.schema.json" */ ; let vErrors = null; let errors = 0; const evaluated0 = validate46.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((((((((((((data.apiVersion === undefined) && (missing0 = "apiVersion")) || ((data.kind === undefined) && (missing0 = "kind"))) || ((data.id === undefined) && (missing0 = "id"))) || ((data.source === undefined) && (missing0 = "source"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.actor === undefined) && (missing0 = "actor"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.state === undefined) && (missing0 = "state"))) || ((data.waves === undefined) && (missing0 = "waves"))) || ((data.history === undefined) && (missing0 = "history"))) {
            validate46.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
            return false;
        }
        else {
            if (data.apiVersion !== undefined) {
                const _errs2 = errors;
                if ("gitopshq.io/v1" !== data.apiVersion) {
                    validate46.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "gitopshq.io/v1" }, message: "must be equal to constant" }];
                    return false;
                }
                var valid0 = _errs2 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.kind !== undefined) {
                    const _errs3 = errors;
                    if ("Promotion" !== data.kind) {
                        validate46.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Promotion" }, message: "must be equal to constant" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.id !== undefined) {
                        let data2 = data.id;
                        const _errs4 = errors;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (typeof data2 === "string") {
                                if (!pattern35.test(data2)) {
                                    validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                    return false;
                                }
                            }
                            else {
                                validate46.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs4 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.source !== undefined) {
                            let data3 = data.source;
                            const _errs7 = errors;
                            const _errs8 = errors;
                            if (errors === _errs8) {
                                if (typeof data3 === "string") {
                                    if (!pattern35.test(data3)) {
                                        validate46.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                        return false;
                                    }
                                }
                                else {
                                    validate46.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.from !== undefined) {
                                let data4 = data.from;
                                const _errs10 = errors;
                                const _errs11 = errors;
                                if (errors === _errs11) {
                                    if (typeof data4 === "string") {
                                        if (!pattern4.test(data4)) {
                                            validate46.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                            return false;
                                        }
                                    }
                                    else {
                                        validate46.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs10 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.to !== undefined) {
                                    let data5 = data.to;
                                    const _errs13 = errors;
                                    const _errs14 = errors;
                                    if (errors === _errs14) {
                                        if (typeof data5 === "string") {
                                            if (!pattern4.test(data5)) {
                                                validate46.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                return false;
                                            }
                                        }
                                        else {
                                            validate46.errors = [{ instancePath: instancePath + "/to", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.actor !== undefined) {
                                        let data6 = data.actor;
                                        const _errs16 = errors;
                                        if (errors === _errs16) {
                                            if (typeof data6 === "string") {
                                                if (func2(data6) < 1) {
                                                    validate46.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                }
                                            }
                                            else {
                                                validate46.errors = [{ instancePath: instancePath + "/actor", schemaPath: "#/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs16 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.createdAt !== undefined) {
                                            let data7 = data.createdAt;
                                            const _errs18 = errors;
                                            const _errs19 = errors;
                                            if (errors === _errs19) {
                                                if (typeof data7 === "string") {
                                                    if (!pattern39.test(data7)) {
                                                        validate46.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                        return false;
                                                    }
                                                }
                                                else {
                                                    validate46.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                            }
                                            var valid0 = _errs18 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.state !== undefined) {
                                                let data8 = data.state;
                                                const _errs21 = errors;
                                                if (!((((data8 === "InProgress") || (data8 === "Completed")) || (data8 === "Failed")) || (data8 === "Cancelled"))) {
                                                    validate46.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema99.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                }
                                                var valid0 = _errs21 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.waves !== undefined) {
                                                    let data9 = data.waves;
                                                    const _errs23 = errors;
                                                    if (errors === _errs23) {
                                                        if (Array.isArray(data9)) {
                                                            var valid7 = true;
                                                            const len0 = data9.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                let data10 = data9[i0];
                                                                const _errs25 = errors;
                                                                if (errors === _errs25) {
                                                                    if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                                        let missing1;
                                                                        if ((((data10.wave === undefined) && (missing1 = "wave")) || ((data10.tenants === undefined) && (missing1 = "tenants"))) || ((data10.releases === undefined) && (missing1 = "releases"))) {
                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0, schemaPath: "#/properties/waves/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            if (data10.wave !== undefined) {
                                                                                let data11 = data10.wave;
                                                                                const _errs28 = errors;
                                                                                if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/wave", schemaPath: "#/properties/waves/items/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                    return false;
                                                                                }
                                                                                if (errors === _errs28) {
                                                                                    if ((typeof data11 == "number") && (isFinite(data11))) {
                                                                                        if (data11 < 0 || isNaN(data11)) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/wave", schemaPath: "#/properties/waves/items/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                var valid8 = _errs28 === errors;
                                                                            }
                                                                            else {
                                                                                var valid8 = true;
                                                                            }
                                                                            if (valid8) {
                                                                                if (data10.tenants !== undefined) {
                                                                                    let data12 = data10.tenants;
                                                                                    const _errs30 = errors;
                                                                                    if (errors === _errs30) {
                                                                                        if (Array.isArray(data12)) {
                                                                                            var valid9 = true;
                                                                                            const len1 = data12.length;
                                                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                                                                let data13 = data12[i1];
                                                                                                const _errs32 = errors;
                                                                                                const _errs33 = errors;
                                                                                                if (errors === _errs33) {
                                                                                                    if (typeof data13 === "string") {
                                                                                                        if (!pattern4.test(data13)) {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants/" + i1, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid9 = _errs32 === errors;
                                                                                                if (!valid9) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            if (valid9) {
                                                                                                let i2 = data12.length;
                                                                                                let j0;
                                                                                                if (i2 > 1) {
                                                                                                    outer0: for (; i2--;) {
                                                                                                        for (j0 = i2; j0--;) {
                                                                                                            if (func0(data12[i2], data12[j0])) {
                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants", schemaPath: "#/properties/waves/items/properties/tenants/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" }];
                                                                                                                return false;
                                                                                                                break outer0;
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/tenants", schemaPath: "#/properties/waves/items/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid8 = _errs30 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid8 = true;
                                                                                }
                                                                                if (valid8) {
                                                                                    if (data10.releases !== undefined) {
                                                                                        let data14 = data10.releases;
                                                                                        const _errs35 = errors;
                                                                                        if (errors === _errs35) {
                                                                                            if (Array.isArray(data14)) {
                                                                                                var valid12 = true;
                                                                                                const len2 = data14.length;
                                                                                                for (let i3 = 0; i3 < len2; i3++) {
                                                                                                    let data15 = data14[i3];
                                                                                                    const _errs37 = errors;
                                                                                                    const _errs38 = errors;
                                                                                                    if (errors === _errs38) {
                                                                                                        if (typeof data15 === "string") {
                                                                                                            if (!pattern35.test(data15)) {
                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases/" + i3, schemaPath: "#/$defs/recordId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$" + "\"" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases/" + i3, schemaPath: "#/$defs/recordId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid12 = _errs37 === errors;
                                                                                                    if (!valid12) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/releases", schemaPath: "#/properties/waves/items/properties/releases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid8 = _errs35 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid8 = true;
                                                                                    }
                                                                                    if (valid8) {
                                                                                        if (data10.skippedWaves !== undefined) {
                                                                                            let data16 = data10.skippedWaves;
                                                                                            const _errs40 = errors;
                                                                                            if (errors === _errs40) {
                                                                                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                                                                                    let missing2;
                                                                                                    if ((((((data16.actor === undefined) && (missing2 = "actor")) || ((data16.at === undefined) && (missing2 = "at"))) || ((data16.reason === undefined) && (missing2 = "reason"))) || ((data16.permission === undefined) && (missing2 = "permission"))) || ((data16.waves === undefined) && (missing2 = "waves"))) {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves", schemaPath: "#/properties/waves/items/properties/skippedWaves/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        if (data16.actor !== undefined) {
                                                                                                            let data17 = data16.actor;
                                                                                                            const _errs43 = errors;
                                                                                                            if (errors === _errs43) {
                                                                                                                if (typeof data17 === "string") {
                                                                                                                    if (func2(data17) < 1) {
                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/actor", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                else {
                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/actor", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                            }
                                                                                                            var valid14 = _errs43 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid14 = true;
                                                                                                        }
                                                                                                        if (valid14) {
                                                                                                            if (data16.at !== undefined) {
                                                                                                                let data18 = data16.at;
                                                                                                                const _errs45 = errors;
                                                                                                                const _errs46 = errors;
                                                                                                                if (errors === _errs46) {
                                                                                                                    if (typeof data18 === "string") {
                                                                                                                        if (!pattern39.test(data18)) {
                                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid14 = _errs45 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid14 = true;
                                                                                                            }
                                                                                                            if (valid14) {
                                                                                                                if (data16.reason !== undefined) {
                                                                                                                    let data19 = data16.reason;
                                                                                                                    const _errs48 = errors;
                                                                                                                    if (errors === _errs48) {
                                                                                                                        if (typeof data19 === "string") {
                                                                                                                            if (func2(data19) > 300) {
                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (func2(data19) < 10) {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/reason", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid14 = _errs48 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid14 = true;
                                                                                                                }
                                                                                                                if (valid14) {
                                                                                                                    if (data16.permission !== undefined) {
                                                                                                                        let data20 = data16.permission;
                                                                                                                        const _errs50 = errors;
                                                                                                                        if (errors === _errs50) {
                                                                                                                            if (typeof data20 === "string") {
                                                                                                                                if (func2(data20) < 1) {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/permission", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/permission/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/permission", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/permission/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        var valid14 = _errs50 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid14 = true;
                                                                                                                    }
                                                                                                                    if (valid14) {
                                                                                                                        if (data16.waves !== undefined) {
                                                                                                                            let data21 = data16.waves;
                                                                                                                            const _errs52 = errors;
                                                                                                                            if (errors === _errs52) {
                                                                                                                                if (Array.isArray(data21)) {
                                                                                                                                    if (data21.length < 1) {
                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid16 = true;
                                                                                                                                        const len3 = data21.length;
                                                                                                                                        for (let i4 = 0; i4 < len3; i4++) {
                                                                                                                                            let data22 = data21[i4];
                                                                                                                                            const _errs54 = errors;
                                                                                                                                            if (errors === _errs54) {
                                                                                                                                                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                                                                                                                                                    let missing3;
                                                                                                                                                    if (((data22.wave === undefined) && (missing3 = "wave")) || ((data22.tenants === undefined) && (missing3 = "tenants"))) {
                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4, schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        if (data22.wave !== undefined) {
                                                                                                                                                            let data23 = data22.wave;
                                                                                                                                                            const _errs57 = errors;
                                                                                                                                                            if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                                                                                                                                                validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/wave", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/wave/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            if (errors === _errs57) {
                                                                                                                                                                if ((typeof data23 == "number") && (isFinite(data23))) {
                                                                                                                                                                    if (data23 < 0 || isNaN(data23)) {
                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/wave", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/wave/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid17 = _errs57 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid17 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid17) {
                                                                                                                                                            if (data22.tenants !== undefined) {
                                                                                                                                                                let data24 = data22.tenants;
                                                                                                                                                                const _errs59 = errors;
                                                                                                                                                                if (errors === _errs59) {
                                                                                                                                                                    if (Array.isArray(data24)) {
                                                                                                                                                                        var valid18 = true;
                                                                                                                                                                        const len4 = data24.length;
                                                                                                                                                                        for (let i5 = 0; i5 < len4; i5++) {
                                                                                                                                                                            let data25 = data24[i5];
                                                                                                                                                                            const _errs61 = errors;
                                                                                                                                                                            const _errs62 = errors;
                                                                                                                                                                            if (errors === _errs62) {
                                                                                                                                                                                if (typeof data25 === "string") {
                                                                                                                                                                                    if (!pattern4.test(data25)) {
                                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants/" + i5, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$" + "\"" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants/" + i5, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var valid18 = _errs61 === errors;
                                                                                                                                                                            if (!valid18) {
                                                                                                                                                                                break;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4 + "/tenants", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                var valid17 = _errs59 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid17 = true;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves/" + i4, schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            var valid16 = _errs54 === errors;
                                                                                                                                            if (!valid16) {
                                                                                                                                                break;
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves/waves", schemaPath: "#/properties/waves/items/properties/skippedWaves/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid14 = _errs52 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid14 = true;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate46.errors = [{ instancePath: instancePath + "/waves/" + i0 + "/skippedWaves", schemaPath: "#/properties/waves/items/properties/skippedWaves/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid8 = _errs40 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid8 = true;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate46.errors = [{ instancePath: instancePath + "/waves/" + i0, schemaPath: "#/properties/waves/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid7 = _errs25 === errors;
                                                                if (!valid7) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate46.errors = [{ instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs23 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.history !== undefined) {
                                                        let data26 = data.history;
                                                        const _errs64 = errors;
                                                        if (errors === _errs64) {
                                                            if (Array.isArray(data26)) {
                                                                if (data26.length < 1) {
                                                                    validate46.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    var valid20 = true;
                                                                    const len5 = data26.length;
                                                                    for (let i6 = 0; i6 < len5; i6++) {
                                                                        let data27 = data26[i6];
                                                                        const _errs66 = errors;
                                                                        if (errors === _errs66) {
                                                                            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                                                let missing4;
                                                                                if ((((data27.state === undefined) && (missing4 = "state")) || ((data27.at === undefined) && (missing4 = "at"))) || ((data27.actor === undefined) && (missing4 = "actor"))) {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/history/" + i6, schemaPath: "#/properties/history/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    if (data27.state !== undefined) {
                                                                                        let data28 = data27.state;
                                                                                        const _errs69 = errors;
                                                                                        if (!((((data28 === "InProgress") || (data28 === "Completed")) || (data28 === "Failed")) || (data28 === "Cancelled"))) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/state", schemaPath: "#/$defs/state/enum", keyword: "enum", params: { allowedValues: schema99.enum }, message: "must be equal to one of the allowed values" }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid21 = _errs69 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid21 = true;
                                                                                    }
                                                                                    if (valid21) {
                                                                                        if (data27.at !== undefined) {
                                                                                            let data29 = data27.at;
                                                                                            const _errs71 = errors;
                                                                                            const _errs72 = errors;
                                                                                            if (errors === _errs72) {
                                                                                                if (typeof data29 === "string") {
                                                                                                    if (!pattern39.test(data29)) {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid21 = _errs71 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid21 = true;
                                                                                        }
                                                                                        if (valid21) {
                                                                                            if (data27.actor !== undefined) {
                                                                                                let data30 = data27.actor;
                                                                                                const _errs74 = errors;
                                                                                                if (errors === _errs74) {
                                                                                                    if (typeof data30 === "string") {
                                                                                                        if (func2(data30) < 1) {
                                                                                                            validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/actor", schemaPath: "#/properties/history/items/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    else {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/actor", schemaPath: "#/properties/history/items/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                }
                                                                                                var valid21 = _errs74 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid21 = true;
                                                                                            }
                                                                                            if (valid21) {
                                                                                                if (data27.note !== undefined) {
                                                                                                    const _errs76 = errors;
                                                                                                    if (typeof data27.note !== "string") {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/history/" + i6 + "/note", schemaPath: "#/properties/history/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid21 = _errs76 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid21 = true;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate46.errors = [{ instancePath: instancePath + "/history/" + i6, schemaPath: "#/properties/history/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid20 = _errs66 === errors;
                                                                        if (!valid20) {
                                                                            break;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate46.errors = [{ instancePath: instancePath + "/history", schemaPath: "#/properties/history/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs64 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.breakGlass !== undefined) {
                                                            let data32 = data.breakGlass;
                                                            const _errs78 = errors;
                                                            if (errors === _errs78) {
                                                                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                                                                    let missing5;
                                                                    if (((((data32.actor === undefined) && (missing5 = "actor")) || ((data32.at === undefined) && (missing5 = "at"))) || ((data32.reason === undefined) && (missing5 = "reason"))) || ((data32.freezes === undefined) && (missing5 = "freezes"))) {
                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (data32.actor !== undefined) {
                                                                            let data33 = data32.actor;
                                                                            const _errs81 = errors;
                                                                            if (errors === _errs81) {
                                                                                if (typeof data33 === "string") {
                                                                                    if (func2(data33) < 1) {
                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate46.errors = [{ instancePath: instancePath + "/breakGlass/actor", schemaPath: "#/properties/breakGlass/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid24 = _errs81 === errors;
                                                                        }
                                                                        else {
                                                                            var valid24 = true;
                                                                        }
                                                                        if (valid24) {
                                                                            if (data32.at !== undefined) {
                                                                                let data34 = data32.at;
                                                                                const _errs83 = errors;
                                                                                const _errs84 = errors;
                                                                                if (errors === _errs84) {
                                                                                    if (typeof data34 === "string") {
                                                                                        if (!pattern39.test(data34)) {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" + "\"" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/at", schemaPath: "#/$defs/timestamp/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid24 = _errs83 === errors;
                                                                            }
                                                                            else {
                                                                                var valid24 = true;
                                                                            }
                                                                            if (valid24) {
                                                                                if (data32.reason !== undefined) {
                                                                                    let data35 = data32.reason;
                                                                                    const _errs86 = errors;
                                                                                    if (errors === _errs86) {
                                                                                        if (typeof data35 === "string") {
                                                                                            if (func2(data35) < 1) {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate46.errors = [{ instancePath: instancePath + "/breakGlass/reason", schemaPath: "#/properties/breakGlass/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid24 = _errs86 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid24 = true;
                                                                                }
                                                                                if (valid24) {
                                                                                    if (data32.freezes !== undefined) {
                                                                                        let data36 = data32.freezes;
                                                                                        const _errs88 = errors;
                                                                                        if (errors === _errs88) {
                                                                                            if (Array.isArray(data36)) {
                                                                                                var valid26 = true;
                                                                                                const len6 = data36.length;
                                                                                                for (let i7 = 0; i7 < len6; i7++) {
                                                                                                    const _errs90 = errors;
                                                                                                    if (typeof data36[i7] !== "string") {
                                                                                                        validate46.errors = [{ instancePath: instancePath + "/breakGlass/freezes/" + i7, schemaPath: "#/properties/breakGlass/properties/freezes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid26 = _errs90 === errors;
                                                                                                    if (!valid26) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate46.errors = [{ instancePath: instancePath + "/breakGlass/freezes", schemaPath: "#/properties/breakGlass/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid24 = _errs88 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid24 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate46.errors = [{ instancePath: instancePath + "/breakGlass", schemaPath: "#/properties/breakGlass/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid0 = _errs78 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    else {
        validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
    }
} validate46.errors = vErrors; return errors === 0; }
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };


/***/ }),

/***/ 362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_YAML_DEPTH = exports.MAX_YAML_BYTES = void 0;
exports.parseYamlSource = parseYamlSource;
exports.formatPath = formatPath;
exports.pointerToPath = pointerToPath;
// A parsed YAML file that remembers where everything came from, so a problem found in the plain JS value (by the
// schema or a cross-file check) can be reported at the line and column a person has to edit.
const yaml_1 = __webpack_require__(38815);
const size_text_js_1 = __webpack_require__(3975);
/**
 * The largest file of the repository or the state branch that is parsed at all. The biggest real values files are
 * tens of KiB; a 100 MB file is an attack on the runner's memory and time (the parser needs seconds per MiB).
 */
exports.MAX_YAML_BYTES = 4 * 1024 * 1024;
/** Deeper than any chart's values; the parser and the schema check recurse, so depth is bounded before they run. */
exports.MAX_YAML_DEPTH = 64;
/** Tags a plain-data file may carry: the YAML core schema's. `!!js/function`, `!!binary`, `!Ref` are refused. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`).concat('!'));
/** Where the first character YAML forbids in a stream is (C0 controls but tab, LF and CR; DEL), or -1. A NUL is
 * the usual smuggler. */
function firstControl(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f)
            return i;
    }
    return -1;
}
function parseYamlSource(text, file) {
    const refused = refuseBeforeParsing(text, file);
    if (refused)
        return refused;
    const lineCounter = new yaml_1.LineCounter();
    const doc = (0, yaml_1.parseDocument)(text, { lineCounter, prettyErrors: false });
    const toPos = (offset) => {
        const p = lineCounter.linePos(offset);
        // linePos reports line 0 for an offset before the first newline was seen (a one-line file).
        return p.line === 0 ? { line: 1, col: offset + 1 } : p;
    };
    const findings = [];
    for (const e of doc.errors) {
        // The parser recurses per level: a file nested thousands deep overflows its stack at every level. One
        // finding says it, at the first place.
        if (/call stack/i.test(e.message)) {
            if (!findings.some((f) => f.message.startsWith('nested'))) {
                findings.push({ file, ...toPos(e.pos[0]), message: tooDeep() });
            }
            continue;
        }
        findings.push({ file, ...toPos(e.pos[0]), message: `invalid YAML: ${plainMessage(e.message)}` });
    }
    if (findings.length === 0)
        findings.push(...shapeFindings(doc, file, toPos));
    let value;
    if (findings.length === 0) {
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            findings.push({
                file,
                line: 1,
                col: 1,
                message: `invalid YAML: ${plainMessage(e.message)}`,
            });
        }
    }
    return {
        file,
        text,
        value: findings.length === 0 ? (value ?? null) : undefined,
        findings,
        locate: (path, opts = {}) => toPos(offsetOf(doc, path, opts.key ?? false)),
        sourceAt: (path) => {
            const node = doc.getIn(path, true);
            return (0, yaml_1.isScalar)(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
        },
    };
}
function emptySource(text, file, finding) {
    return {
        file,
        text,
        value: undefined,
        findings: [finding],
        locate: () => ({ line: finding.line, col: finding.col }),
        sourceAt: () => undefined,
    };
}
/** Too big to parse, or holding characters no YAML file may: refused without running the parser. */
function refuseBeforeParsing(text, file) {
    // UTF-16 code units >= UTF-8 bytes / 3: a cheap bound first, the exact size only near the limit.
    if (text.length * 3 > exports.MAX_YAML_BYTES && Buffer.byteLength(text) > exports.MAX_YAML_BYTES) {
        return emptySource(text, file, {
            file,
            line: 1,
            col: 1,
            message: `the file is ${(0, size_text_js_1.sizeText)(Buffer.byteLength(text))}, over the ${(0, size_text_js_1.sizeText)(exports.MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`,
        });
    }
    const bad = firstControl(text);
    if (bad >= 0) {
        const before = text.slice(0, bad);
        const line = before.split('\n').length;
        const col = bad - before.lastIndexOf('\n');
        const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
        const name = code === '0000' ? 'a NUL byte (U+0000)' : `the control character U+${code}`;
        return emptySource(text, file, {
            file,
            line,
            col,
            message: `invalid YAML: ${name}, which a YAML file may not contain: remove it (write \\x${code.slice(2)} inside a double-quoted string if the value needs it)`,
        });
    }
    const deep = flowNestingBeyond(text, exports.MAX_YAML_DEPTH);
    if (deep !== undefined) {
        const before = text.slice(0, deep);
        return emptySource(text, file, {
            file,
            line: before.split('\n').length,
            col: deep - before.lastIndexOf('\n'),
            message: tooDeep(),
        });
    }
    return undefined;
}
/**
 * Where `[`/`{` nesting first exceeds `max`, by a linear scan that skips quoted strings and comments. The parser
 * takes seconds (and overflows its stack) on `[[[[...` 100,000 deep; this takes milliseconds. A bracket inside a
 * block scalar is counted too: it takes more than `max` unclosed ones in a row to matter.
 */
function flowNestingBeyond(text, max) {
    let depth = 0;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === '"') {
            if (c === '\\')
                i++;
            else if (c === '"')
                quote = undefined;
        }
        else if (quote === "'") {
            if (c === "'")
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
            const end = text.indexOf('\n', i);
            if (end < 0)
                break;
            i = end;
        }
        else if (c === '[' || c === '{') {
            if (++depth > max)
                return i;
        }
        else if (c === ']' || c === '}')
            depth = Math.max(0, depth - 1);
    }
    return undefined;
}
const tooDeep = () => `nested more than ${exports.MAX_YAML_DEPTH} levels deep, which no GitOpsHQ file needs: flatten it (the file is not read)`;
const tagName = (tag) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
/** A tag outside plain data, or nesting deeper than MAX_YAML_DEPTH; walked without recursion. */
function shapeFindings(doc, file, toPos) {
    const out = [];
    const stack = [{ node: doc.contents, depth: 1 }];
    let deep = false;
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!(0, yaml_1.isNode)(node))
            continue;
        const at = toPos(node.range?.[0] ?? 0);
        if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
            out.push({
                file,
                ...at,
                message: `the tag ${tagName(node.tag)} is not allowed: GitOpsHQ files hold plain data (maps, lists, strings, numbers, booleans, null); remove the tag`,
            });
        }
        if (!(0, yaml_1.isCollection)(node))
            continue;
        if (depth > exports.MAX_YAML_DEPTH) {
            if (!deep)
                out.push({ file, ...at, message: tooDeep() });
            deep = true;
            continue;
        }
        for (const item of node.items) {
            if ((0, yaml_1.isPair)(item)) {
                stack.push({ node: item.value, depth: depth + 1 });
                stack.push({ node: item.key, depth: depth + 1 });
            }
            else
                stack.push({ node: item, depth: depth + 1 });
        }
    }
    return out;
}
/** The parser's message, in the words of someone editing the file rather than calling the library. */
function plainMessage(message) {
    const first = firstLine(message);
    if (/multiple documents/i.test(first)) {
        return 'a second document (after ---) follows the first: this file holds one document; remove the --- and what follows it';
    }
    if (/excessive alias count/i.test(first)) {
        return 'anchors and aliases expand to too many nodes (an alias bomb): write the values out instead of repeating aliases';
    }
    return first;
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function offsetOf(doc, path, key) {
    let node = doc.contents;
    let offset = rangeStart(node) ?? 0;
    let keyOffset = offset;
    for (const seg of path) {
        if ((0, yaml_1.isAlias)(node))
            node = node.resolve(doc);
        if ((0, yaml_1.isMap)(node)) {
            const pair = node.items.find((p) => (0, yaml_1.isPair)(p) && keyText(p.key) === String(seg));
            if (!pair)
                return offset;
            keyOffset = rangeStart(pair.key) ?? offset;
            node = pair.value;
            // `key:` with nothing after it has no value node: the key is the best place to point at.
            offset = rangeStart(node) ?? keyOffset;
        }
        else if ((0, yaml_1.isSeq)(node)) {
            const item = node.items[typeof seg === 'number' ? seg : Number(seg)];
            if (item === undefined)
                return offset;
            node = item;
            offset = rangeStart(node) ?? offset;
            keyOffset = offset;
        }
        else {
            return offset;
        }
    }
    return key ? keyOffset : offset;
}
function keyText(key) {
    if ((0, yaml_1.isScalar)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** `['environments', 2, 'approvals']` -> `environments[2].approvals`. */
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/** A JSON pointer (`/environments/2/name`) as path segments; digits become numbers. */
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
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


/***/ }),

/***/ 79893:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/gitopshq.schema.json","title":"gitopshq.yaml","description":"The root configuration of a GitOpsHQ repository: environments in promotion order, tenants, approval policies, freeze windows and render settings.","type":"object","additionalProperties":false,"required":["apiVersion","kind","environments"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Config for gitopshq.yaml.","const":"Config"},"environments":{"description":"Environments in promotion order: a release is promoted from environments[i] to environments[i + 1].","type":"array","minItems":1,"items":{"$ref":"#/$defs/environment"}},"tenants":{"description":"Tenants that workloads can be bound to; promoted wave by wave.","type":"array","default":[],"items":{"$ref":"#/$defs/tenant"}},"freezes":{"description":"Windows during which releases to the listed environments are blocked.","type":"array","default":[],"items":{"$ref":"#/$defs/freeze"}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","$ref":"#/$defs/render"},"stateBranch":{"description":"The branch that holds releases/ and promotions/.","$ref":"#/$defs/branch","default":"gitopshq/state"},"metrics":{"description":"Delivery metrics (gitopshq metrics, the dashboard, the job-summary line).","type":"object","additionalProperties":false,"properties":{"targets":{"description":"Healthy ranges that replace the playbook\'s; a key left out keeps its default.","type":"object","additionalProperties":false,"properties":{"deployFrequencyPerDay":{"description":"Healthy above this many deployments a day (default 1: multiple per day).","type":"number","exclusiveMinimum":0,"default":1},"leadTime":{"description":"Healthy when the median from PR opened to Healthy is below this.","$ref":"#/$defs/metricDuration","default":"1h"},"failedDeploymentRate":{"description":"Healthy below this share of finished deployments that failed.","$ref":"#/$defs/metricRatio","default":0.05},"recoveryTime":{"description":"Healthy when the median from Failed to the next Healthy is below this.","$ref":"#/$defs/metricDuration","default":"1h"},"rollbackRate":{"description":"Healthy below this share of finished deployments rolled back.","$ref":"#/$defs/metricRatio","default":0.02},"approvalLatency":{"description":"Healthy when the median from Pending Approval to Approved is below this.","$ref":"#/$defs/metricDuration","default":"30m"},"promotionCompletionRate":{"description":"Healthy above this share of finished promotions that completed.","$ref":"#/$defs/metricRatio","default":0.95}}}}}},"$defs":{"metricDuration":{"description":"A duration: seconds as a number, or a number and a unit: 90s, 30m, 1h, 2d.","type":["integer","string"],"minimum":1,"pattern":"^[1-9][0-9]*(s|m|h|d)$"},"metricRatio":{"description":"A share between 0 and 1 (0.05 is 5%).","type":"number","minimum":0,"maximum":1},"environmentName":{"description":"An environment name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"team":{"description":"A GitHub team slug in the repository\'s organisation, e.g. platform.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"branch":{"description":"A git branch name (letters, digits, \'.\', \'_\', \'-\', \'/\'; no \'..\', \'//\' or \'.lock\').","type":"string","pattern":"^(?!.*(\\\\.\\\\.|//|/\\\\.|\\\\.lock/|\\\\.lock$|/$))[A-Za-z0-9][A-Za-z0-9._/-]*$"},"environment":{"description":"One environment and its policies.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The environment name, e.g. prod.","$ref":"#/$defs/environmentName"},"approvals":{"description":"What reviews a release to this environment needs.","$ref":"#/$defs/approvals"},"deploy":{"description":"Where rendered manifests for this environment go.","$ref":"#/$defs/deploy"},"render":{"description":"Render settings of this environment that replace the ones of render.","type":"object","additionalProperties":false,"properties":{"apiVersions":{"description":"Replaces render.apiVersions for this environment\'s cluster.","$ref":"#/$defs/apiVersions"}}}}},"approvals":{"description":"What reviews a release to this environment needs before it may be merged.","type":"object","additionalProperties":false,"default":{},"properties":{"required":{"description":"Distinct approving reviewers needed (0: no approval needed).","type":"integer","minimum":0,"default":0},"teams":{"description":"Each listed team (slug) must have at least one approving member.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}},"codeowners":{"description":"When true, an approval from a CODEOWNERS owner of every changed file is needed.","type":"boolean","default":false},"allowSelfApproval":{"description":"Whether the release author\'s own approval counts.","type":"boolean","default":false},"dismissStaleApprovals":{"description":"A new commit pushed after an approval dismisses it.","type":"boolean","default":true}}},"deploy":{"description":"Where and how rendered manifests for this environment are delivered.","type":"object","additionalProperties":false,"default":{},"properties":{"branch":{"description":"Branch that receives the rendered manifests (default gitopshq/deploy/<env>).","$ref":"#/$defs/branch"},"autoMerge":{"description":"Merge the release PR without waiting for a person when the policy needs no approval.","type":"boolean","default":false}}},"tenant":{"description":"One tenant (a customer, region or cluster) that workloads are deployed to.","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The tenant name, e.g. acme.","$ref":"#/$defs/tenantName"},"wave":{"description":"Promotion wave; waves go in ascending order, wave 0 (by convention the canary wave) first, each only once the previous one is Healthy. Tenants without a wave are in wave 0.","type":"integer","minimum":0,"default":0},"canary":{"description":"Canary tenants lead their wave (listed first, reported as its canaries). A wave is one pull request: to promote a canary before everyone else, give it a wave of its own (wave 0).","type":"boolean","default":false},"destinations":{"description":"Where this tenant\'s targets run, per environment: a tenant is a deployment target. An environment not listed deploys to the cluster Argo CD or Flux runs in (https://kubernetes.default.svc). gitopshq init writes the Argo CD ApplicationSet and Flux objects from it.","type":"object","propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"description":"The destination in one environment.","type":"object","additionalProperties":false,"required":["cluster"],"properties":{"cluster":{"description":"An API server URL (https://...) or a cluster name as registered in Argo CD. For Flux, any cluster but https://kubernetes.default.svc is reached through the kubeconfig in the Secret <env>-<tenant>-kubeconfig in flux-system.","type":"string","pattern":"^(https://\\\\S+|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$"},"namespace":{"description":"The namespace objects that name none are put in (Argo CD destination namespace, Flux targetNamespace). Default: the workload\'s namespace.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"}}}}}},"localDateTime":{"description":"A date and time: local in the freeze\'s time zone (2026-12-24T00:00), or an instant when it ends in Z or an offset (2026-12-24T00:00Z, 2026-12-24T00:00+01:00).","type":"string","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$"},"clockTime":{"description":"A local time of day, HH:MM (24-hour clock).","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"freeze":{"description":"A freeze window: either a one-off window (start and end) or a recurring one (weekly).","type":"object","additionalProperties":false,"required":["name","timezone"],"properties":{"name":{"description":"A short name shown when the freeze blocks a release.","type":"string","minLength":1},"environments":{"description":"Environments this freeze blocks (empty: all).","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/environmentName"}},"timezone":{"description":"IANA time zone in which start/end and weekly are read, e.g. Europe/Berlin.","type":"string","minLength":1},"start":{"description":"Start of a one-off window (local time in timezone, or an instant with Z or an offset).","$ref":"#/$defs/localDateTime"},"end":{"description":"End of a one-off window (local time in timezone, or an instant with Z or an offset), after start.","$ref":"#/$defs/localDateTime"},"weekly":{"description":"A recurring window (instead of start and end).","$ref":"#/$defs/weekly"},"reason":{"description":"Why the freeze exists, shown to the people it blocks.","type":"string"},"breakGlass":{"description":"How a release may pass this freeze in an emergency.","$ref":"#/$defs/breakGlass"}},"if":{"required":["weekly"]},"then":{"properties":{"start":false,"end":false}},"else":{"required":["start","end"]}},"weekly":{"description":"A recurring window. Either one span a week with days in from and to ({from: \'fri 18:00\', to: \'mon 07:00\'}), or a daily window on each of days ({days: [mon, tue], from: \'22:00\', to: \'06:00\'}; to at or before from wraps past midnight).","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"days":{"description":"Days on which a daily window starts (only when from and to name no day).","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A day of the week.","enum":["mon","tue","wed","thu","fri","sat","sun"]}},"from":{"description":"Local start: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"},"to":{"description":"Local end: \'DAY HH:MM\' for a weekly span, or HH:MM with days.","$ref":"#/$defs/weeklyTime"}}},"weeklyTime":{"description":"A local time of day HH:MM, optionally after a day of the week: \'fri 18:00\'.","type":"string","pattern":"^((mon|tue|wed|thu|fri|sat|sun) )?([01][0-9]|2[0-3]):[0-5][0-9]$"},"breakGlass":{"description":"The only way past a freeze: a PR label plus an approval from one of the teams; always recorded.","type":"object","additionalProperties":false,"default":{},"properties":{"allowed":{"description":"Whether break-glass is possible for this freeze.","type":"boolean","default":false},"label":{"description":"The pull-request label that asks for break-glass.","type":"string","minLength":1,"default":"break-glass"},"teams":{"description":"Teams whose approval lets a release through the freeze.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/team"}}}},"apiVersions":{"description":"API versions as Helm\'s --api-versions takes them: group/version (monitoring.coreos.com/v1) or group/version/Kind (monitoring.coreos.com/v1/ServiceMonitor).","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?(/[A-Z][A-Za-z0-9]*)?$"}},"render":{"description":"How manifests are rendered and which policies they must satisfy.","type":"object","additionalProperties":false,"default":{},"properties":{"apiVersions":{"description":"API versions the clusters serve beyond the built-in ones, passed to helm template as --api-versions so charts that test .Capabilities.APIVersions render as in the cluster.","$ref":"#/$defs/apiVersions"},"kubernetesVersion":{"description":"Kubernetes minor version whose schemas validate built-in kinds, e.g. \'1.33\' (quote it).","type":"string","pattern":"^1\\\\.[0-9]+$","default":"1.33"},"policies":{"description":"Checks every rendered manifest must pass.","type":"object","additionalProperties":false,"default":{},"properties":{"forbidLatestTag":{"description":"Reject container images tagged latest or without a tag.","type":"boolean","default":true},"requireResourceLimits":{"description":"Reject containers without CPU and memory limits.","type":"boolean","default":true},"forbidPrivileged":{"description":"Reject privileged containers.","type":"boolean","default":true}}}}}}}');

/***/ }),

/***/ 95225:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/promotion.schema.json","title":"promotion record","description":"promotions/<id>.yaml on the state branch: one promotion of a Healthy release to the next environment, wave by wave.","type":"object","additionalProperties":true,"required":["apiVersion","kind","id","source","from","to","actor","createdAt","state","waves","history"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Promotion for a promotion record.","const":"Promotion"},"id":{"description":"The promotion id; also the file name.","$ref":"#/$defs/recordId"},"source":{"description":"The Healthy release being promoted.","$ref":"#/$defs/recordId"},"from":{"description":"The environment promoted from.","$ref":"#/$defs/name"},"to":{"description":"The environment promoted to.","$ref":"#/$defs/name"},"actor":{"description":"Who started the promotion.","type":"string","minLength":1},"createdAt":{"description":"When the promotion started.","$ref":"#/$defs/timestamp"},"state":{"description":"The promotion\'s state.","$ref":"#/$defs/state"},"waves":{"description":"Tenant waves in promotion order.","type":"array","items":{"description":"One wave.","type":"object","additionalProperties":true,"required":["wave","tenants","releases"],"properties":{"wave":{"description":"The wave number (0 first).","type":"integer","minimum":0},"tenants":{"description":"Tenants in this wave.","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"releases":{"description":"Releases opened for this wave.","type":"array","items":{"$ref":"#/$defs/recordId"}},"skippedWaves":{"description":"Set when this wave was opened before earlier waves were complete and Healthy, on purpose (promote\'s skip-waves input): who, when, why, and what was not verified.","type":"object","additionalProperties":true,"required":["actor","at","reason","permission","waves"],"properties":{"actor":{"description":"Who skipped the waves.","type":"string","minLength":1},"at":{"description":"When the wave was opened.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why, as given with the request: one line of 10 to 300 characters.","type":"string","minLength":10,"maxLength":300},"permission":{"description":"The actor\'s repository role that allowed it (admin or maintain).","type":"string","minLength":1},"waves":{"description":"Each earlier wave that was not complete and Healthy, with its tenants not yet Healthy.","type":"array","minItems":1,"items":{"description":"One skipped wave.","type":"object","additionalProperties":true,"required":["wave","tenants"],"properties":{"wave":{"description":"The wave number.","type":"integer","minimum":0},"tenants":{"description":"Its tenants not yet Healthy.","type":"array","items":{"$ref":"#/$defs/name"}}}}}}}}}},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":true,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}},"breakGlass":{"description":"Set when a wave was opened during a freeze by break-glass (the gate still needs the freeze\'s break-glass approval).","type":"object","additionalProperties":true,"required":["actor","at","reason","freezes"],"properties":{"actor":{"description":"Who asked for break-glass.","type":"string","minLength":1},"at":{"description":"When.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why, as given with the request.","type":"string","minLength":1},"freezes":{"description":"The freezes in force that were broken.","type":"array","items":{"type":"string","description":"A freeze name."}}}}},"$defs":{"name":{"description":"An environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A promotion state.","enum":["InProgress","Completed","Failed","Cancelled"]}}}');

/***/ }),

/***/ 37945:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/release.schema.json","title":"release record","description":"releases/<id>.yaml on the state branch: one release of one workload to one environment, written by the actions only.","type":"object","additionalProperties":true,"required":["apiVersion","kind","id","workload","environment","tenants","title","author","createdAt","state","history","changes","approvals"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Release for a release record.","const":"Release"},"id":{"description":"The release id; also the file name.","$ref":"#/$defs/recordId"},"workload":{"description":"The workload released.","$ref":"#/$defs/name"},"environment":{"description":"The environment released to.","$ref":"#/$defs/name"},"tenants":{"description":"Tenants this release targets (empty: the workload\'s tenant-less target, or all bound tenants via the base layer).","type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/name"}},"title":{"description":"Title of the release and its pull request.","type":"string","minLength":1},"notes":{"description":"Release notes.","type":"string"},"author":{"description":"GitHub login of whoever created the release.","type":"string","minLength":1},"createdAt":{"description":"When the release was created.","$ref":"#/$defs/timestamp"},"firstCommitAt":{"description":"When the change was first committed: the source commit\'s time when the pipeline passed one, else the first commit of the release\'s pull request. Lead time starts here when present.","$ref":"#/$defs/timestamp"},"state":{"description":"The current lifecycle state.","$ref":"#/$defs/state"},"history":{"description":"Every transition, oldest first.","type":"array","minItems":1,"items":{"description":"One transition.","type":"object","additionalProperties":true,"required":["state","at","actor"],"properties":{"state":{"description":"The state entered.","$ref":"#/$defs/state"},"at":{"description":"When it was entered.","$ref":"#/$defs/timestamp"},"actor":{"description":"Who or what caused the transition.","type":"string","minLength":1},"note":{"description":"Why, in a sentence.","type":"string"}}}},"changes":{"description":"The change set: value updates to the environment\'s (or tenants\') values layer.","type":"object","additionalProperties":true,"required":["updates"],"properties":{"updates":{"description":"Value updates in order.","type":"array","items":{"description":"One update: a dotted path and the value as written.","type":"object","additionalProperties":true,"required":["path","value"],"properties":{"path":{"description":"A dotted path such as image.tag or env[0].value.","type":"string","minLength":1},"value":{"description":"The value as the user wrote it; typed by YAML rules when applied.","type":"string"}}}},"chartVersion":{"description":"For chart upgrades: the new chart version for this environment.","type":"string","minLength":1}}},"changeSetCommit":{"description":"The pull request\'s head commit the change set was read from; approve-gate re-reads the change set when the head is another commit.","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"rollbackTarget":{"description":"Release id to roll back to if this one misbehaves.","$ref":"#/$defs/recordId"},"rolledBackTo":{"description":"Set when this release was rolled back: the release whose manifests replaced it.","$ref":"#/$defs/recordId"},"pullRequest":{"description":"The release\'s pull request.","type":"object","additionalProperties":true,"required":["number","url","branch"],"properties":{"number":{"description":"Pull request number.","type":"integer","minimum":1},"url":{"description":"Pull request web URL.","type":"string","minLength":1},"branch":{"description":"The pull request\'s head branch.","type":"string","minLength":1}}},"approvals":{"description":"Reviews seen by the approval gate.","type":"array","items":{"description":"One review.","type":"object","additionalProperties":true,"required":["reviewer","state","commit","at"],"properties":{"reviewer":{"description":"GitHub login of the reviewer.","type":"string","minLength":1},"state":{"description":"The review\'s verdict.","enum":["APPROVED","CHANGES_REQUESTED"]},"commit":{"description":"The commit the review was for.","type":"string","minLength":1},"at":{"description":"When the review was submitted.","$ref":"#/$defs/timestamp"},"comment":{"description":"The review\'s body, as the reviewer wrote it.","type":"string"}}}},"affects":{"description":"Every environment whose policy judges the release, its own first, when its pull request changes a layer they share (base values, chart, workload.yaml); absent: only environment\'s.","type":"array","items":{"$ref":"#/$defs/name"},"uniqueItems":true},"approvalMissing":{"description":"What approve-gate found missing at its latest verdict, in words; empty when it approved.","type":"array","items":{"description":"One missing requirement.","type":"string","minLength":1}},"promotedFrom":{"description":"The release this one was promoted from.","$ref":"#/$defs/recordId"},"promotion":{"description":"The promotion record that created this release.","$ref":"#/$defs/recordId"},"deploy":{"description":"Where the release was deployed.","type":"object","additionalProperties":true,"required":["commit","branch"],"properties":{"commit":{"description":"The deploy-branch commit holding the rendered manifests.","type":"string","minLength":1},"deploymentId":{"description":"The GitHub Deployment id.","type":"integer","minimum":1},"branch":{"description":"The deploy branch.","type":"string","minLength":1}}},"breakGlass":{"description":"Set when the approval gate was passed through a freeze by break-glass.","type":"object","additionalProperties":true,"required":["actor","at","reason"],"properties":{"actor":{"description":"Who broke the glass.","type":"string","minLength":1},"at":{"description":"When.","$ref":"#/$defs/timestamp"},"reason":{"description":"Why.","type":"string"},"freezes":{"description":"The freezes broken, by name (occurrences says which occurrence of each).","type":"array","items":{"type":"string","minLength":1}},"occurrences":{"description":"The freeze occurrences broken; deploy holds for any other freeze in force, and for a later occurrence of the same freeze. Absent on records written before it was kept, which break no freeze.","type":"array","items":{"type":"object","additionalProperties":true,"required":["freeze","from"],"properties":{"freeze":{"description":"The freeze\'s name.","type":"string","minLength":1},"from":{"description":"When this occurrence began.","$ref":"#/$defs/timestamp"},"until":{"description":"When it ends; absent when it did not end within a year of the gate\'s run.","$ref":"#/$defs/timestamp"}}}}}},"health":{"description":"Set by verify-health: its latest verdict on the running release.","type":"object","additionalProperties":true,"required":["status","source","checkedAt","message","drift"],"properties":{"status":{"description":"The worst status of the release\'s objects.","enum":["Healthy","Progressing","Degraded","Suspended","Missing","Unknown"]},"source":{"description":"What was asked: Argo CD, Flux or the objects themselves.","enum":["argocd","flux","kubernetes"]},"checkedAt":{"description":"When the verdict was reached.","$ref":"#/$defs/timestamp"},"message":{"description":"What a person should know, e.g. the first unhealthy object and why.","type":"string"},"drift":{"description":"Live objects differ from the deployed manifests.","type":"boolean"},"resources":{"description":"Objects that are not Healthy, or that drifted.","type":"array","items":{"type":"object","additionalProperties":true,"required":["kind","name","status","message"],"properties":{"apiVersion":{"description":"The object\'s apiVersion.","type":"string"},"kind":{"description":"The object\'s kind.","type":"string"},"name":{"description":"The object\'s name.","type":"string"},"namespace":{"description":"The object\'s namespace (absent: cluster-scoped).","type":"string"},"status":{"description":"Its health.","enum":["Healthy","Progressing","Degraded","Suspended","Missing","Unknown"]},"message":{"description":"Why, for a person.","type":"string"},"drift":{"description":"The live object differs from the deployed manifest.","type":"boolean"}}}}}}},"$defs":{"name":{"description":"A workload, environment or tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"recordId":{"description":"A record id such as payment-api-prod-20261126-a1b2c3: lowercase letters, digits and \'-\', usable as a file name.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]{0,198}[a-z0-9])?$"},"timestamp":{"description":"An ISO 8601 UTC timestamp, e.g. 2026-11-26T21:35:57.123Z.","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\\\.[0-9]+)?Z$"},"state":{"description":"A release lifecycle state.","enum":["Draft","PendingApproval","Approved","Deploying","Deployed","Synced","Healthy","Failed","RolledBack","Cancelled"]}}}');

/***/ }),

/***/ 96626:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/values.schema.json","title":"values file","description":"A values layer (values.yaml, values/<env>.yaml, values/<env>/<tenant>.yaml): any mapping, layered base -> environment -> tenant. An empty file (comments only) is an empty mapping.","type":["object","null"]}');

/***/ }),

/***/ 22467:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://gitopshq.io/schemas/v1/workload.schema.json","title":"workload.yaml","description":"One workload (an application deployed to Kubernetes): where its chart comes from, its namespace and where it runs.","type":"object","additionalProperties":false,"required":["apiVersion","kind","name","namespace","source"],"properties":{"apiVersion":{"description":"Version of this file format.","const":"gitopshq.io/v1"},"kind":{"description":"Always Workload for workload.yaml.","const":"Workload"},"name":{"description":"The workload name; must equal its folder name under workloads/.","$ref":"#/$defs/workloadName"},"namespace":{"description":"Kubernetes namespace the workload is deployed to: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"source":{"description":"Where the manifests come from: the built-in template format, a Helm chart or a Kustomize overlay.","type":"object","discriminator":{"propertyName":"type"},"oneOf":[{"$ref":"#/$defs/templateSource"},{"$ref":"#/$defs/helmSource"},{"$ref":"#/$defs/kustomizeSource"}]},"tenants":{"description":"Tenants this workload is deployed to; empty means one target per environment with no tenant.","type":"array","uniqueItems":true,"default":[],"items":{"$ref":"#/$defs/tenantName"}},"environments":{"description":"Environments this workload runs in (default: every environment of gitopshq.yaml).","type":"array","uniqueItems":true,"minItems":1,"items":{"$ref":"#/$defs/environmentName"}},"render":{"description":"How this workload\'s render becomes the deploy branch\'s manifests.","type":"object","additionalProperties":false,"properties":{"hooks":{"description":"Helm hooks (helm.sh/hook): keep them, annotated as the Argo CD hooks Argo CD maps them to (default), or drop them from the rendered output. Flux and kubectl apply do not run hooks: they apply kept hooks as plain objects.","enum":["keep","drop"],"default":"keep"}}}},"$defs":{"workloadName":{"description":"A workload name: a DNS-1123 label (lowercase letters, digits and \'-\', at most 63 characters).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"environmentName":{"description":"An environment name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"tenantName":{"description":"A tenant name: a DNS-1123 label.","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"relativePath":{"description":"A folder relative to the workload folder (no absolute paths).","type":"string","minLength":1,"pattern":"^(?![/\\\\\\\\])(?![A-Za-z]:)"},"templateSource":{"description":"The built-in chart format: a folder of nunjucks templates.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"template"},"path":{"description":"Folder of templates relative to the workload folder.","$ref":"#/$defs/relativePath","default":"templates"}}},"helmSource":{"description":"A Helm chart: a local folder, a chart name in an https repository, or an oci:// reference.","type":"object","additionalProperties":false,"required":["type","chart"],"properties":{"type":{"description":"The source kind.","const":"helm"},"chart":{"description":"A chart folder relative to the workload folder, a chart name in repository, or an oci:// reference.","type":"string","minLength":1},"repository":{"description":"An https chart repository URL, when chart is a name in it (plain http only on this machine\'s loopback: 127.0.0.1, localhost or [::1]).","type":"string","pattern":"^(https://|http://(127\\\\.0\\\\.0\\\\.1|localhost|\\\\[::1\\\\])(:[0-9]{1,5})?(/|$))"},"version":{"description":"Chart version (required for repository and OCI charts); quote it so YAML keeps it a string.","type":"string","minLength":1},"versions":{"description":"Per-environment chart version overrides, e.g. { prod: \'1.1.0\' }.","type":"object","default":{},"propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"description":"The chart version for that environment.","type":"string","minLength":1}},"releaseName":{"description":"Helm release name (default: the workload name).","type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$"}}},"kustomizeSource":{"description":"A Kustomize overlay per environment.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The source kind.","const":"kustomize"},"overlay":{"description":"Overlay folder per environment relative to the workload folder; {env} is replaced.","$ref":"#/$defs/relativePath","default":"overlays/{env}"},"overlays":{"description":"Overlay folders whose name is not their environment\'s, relative to the workload folder, e.g. { prod: overlays/production }; an environment listed here ignores overlay.","type":"object","default":{},"propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"$ref":"#/$defs/relativePath"}}}}}}');

/***/ })

};
