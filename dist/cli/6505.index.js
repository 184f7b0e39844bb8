export const id = 6505;
export const ids = [6505];
export const modules = {

/***/ 42463:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __webpack_require__(63893);
const draft7_1 = __webpack_require__(39941);
const discriminator_1 = __webpack_require__(28886);
const draft7MetaSchema = __webpack_require__(72079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __webpack_require__(87881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __webpack_require__(81436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __webpack_require__(33021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __webpack_require__(53162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 39941:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(97397);
const validation_1 = __webpack_require__(85481);
const applicator_1 = __webpack_require__(28775);
const format_1 = __webpack_require__(72601);
const metadata_1 = __webpack_require__(56620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 89377:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeReviewState = normalizeReviewState;
exports.latestOpinions = latestOpinions;
const STATES = new Set([
    'APPROVED',
    'CHANGES_REQUESTED',
    'COMMENTED',
    'DISMISSED',
    'PENDING',
]);
/** The REST spelling of a review state, or undefined for a state GitHub does not have. */
function normalizeReviewState(state) {
    const upper = state.trim().toUpperCase();
    return STATES.has(upper) ? upper : undefined;
}
/**
 * The latest APPROVED or CHANGES_REQUESTED review of each reviewer, oldest opinion first.
 * `reviews` must be in the order GitHub lists them (oldest first). Logins compare case-insensitively, as GitHub's do.
 */
function latestOpinions(reviews) {
    const byReviewer = new Map();
    for (const review of reviews) {
        const state = normalizeReviewState(review.state);
        const key = review.reviewer.toLowerCase();
        if (state === 'APPROVED' || state === 'CHANGES_REQUESTED') {
            // Delete first so a reviewer who changes their mind moves to the end, like their newest review.
            byReviewer.delete(key);
            byReviewer.set(key, {
                reviewer: review.reviewer,
                state,
                commit: review.commitId,
                at: review.submittedAt ?? '',
            });
        }
        else if (state === 'DISMISSED') {
            byReviewer.delete(key);
        }
    }
    return [...byReviewer.values()];
}


/***/ }),

/***/ 18212:
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

/***/ 77582:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SCHEMA_MODULES = void 0;
// Generated from the kubernetes-models package (each group/version/Kind.js names its _schemas module).
// Lazy: a schema module loads the first time a rendered set contains that kind.
exports.SCHEMA_MODULES = {
    'v1 ConfigMap': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3152)]).then(__webpack_require__.bind(__webpack_require__, 23152)),
    'v1 Endpoints': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9026)]).then(__webpack_require__.bind(__webpack_require__, 69026)),
    'v1 Event': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5797)]).then(__webpack_require__.bind(__webpack_require__, 95797)),
    'v1 LimitRange': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4286)]).then(__webpack_require__.bind(__webpack_require__, 74286)),
    'v1 Namespace': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7163)]).then(__webpack_require__.bind(__webpack_require__, 37163)),
    'v1 Node': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6339)]).then(__webpack_require__.bind(__webpack_require__, 86339)),
    'v1 PersistentVolume': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(6161)]).then(__webpack_require__.bind(__webpack_require__, 86161)),
    'v1 PersistentVolumeClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9413)]).then(__webpack_require__.bind(__webpack_require__, 39413)),
    'v1 Pod': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4537)]).then(__webpack_require__.bind(__webpack_require__, 44537)),
    'v1 PodTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(4397)]).then(__webpack_require__.bind(__webpack_require__, 24397)),
    'v1 ReplicationController': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1730)]).then(__webpack_require__.bind(__webpack_require__, 31730)),
    'v1 ResourceQuota': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4944)]).then(__webpack_require__.bind(__webpack_require__, 94944)),
    'v1 Secret': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6758)]).then(__webpack_require__.bind(__webpack_require__, 56758)),
    'v1 Service': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8748)]).then(__webpack_require__.bind(__webpack_require__, 78748)),
    'v1 ServiceAccount': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9740)]).then(__webpack_require__.bind(__webpack_require__, 9740)),
    'apps/v1 ControllerRevision': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9156)]).then(__webpack_require__.bind(__webpack_require__, 29156)),
    'apps/v1 DaemonSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(6333)]).then(__webpack_require__.bind(__webpack_require__, 86333)),
    'apps/v1 Deployment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1205)]).then(__webpack_require__.bind(__webpack_require__, 51205)),
    'apps/v1 ReplicaSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(5831)]).then(__webpack_require__.bind(__webpack_require__, 65831)),
    'apps/v1 StatefulSet': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(123)]).then(__webpack_require__.bind(__webpack_require__, 90123)),
    'batch/v1 CronJob': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(4698)]).then(__webpack_require__.bind(__webpack_require__, 14698)),
    'batch/v1 Job': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(8945), __webpack_require__.e(1480), __webpack_require__.e(1144)]).then(__webpack_require__.bind(__webpack_require__, 21144)),
    'networking.k8s.io/v1 IPAddress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7910)]).then(__webpack_require__.bind(__webpack_require__, 17910)),
    'networking.k8s.io/v1 Ingress': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7952)]).then(__webpack_require__.bind(__webpack_require__, 27952)),
    'networking.k8s.io/v1 IngressClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2084)]).then(__webpack_require__.bind(__webpack_require__, 29703)),
    'networking.k8s.io/v1 NetworkPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8794)]).then(__webpack_require__.bind(__webpack_require__, 18794)),
    'networking.k8s.io/v1 ServiceCIDR': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9594)]).then(__webpack_require__.bind(__webpack_require__, 69594)),
    'rbac.authorization.k8s.io/v1 ClusterRole': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(476)]).then(__webpack_require__.bind(__webpack_require__, 70476)),
    'rbac.authorization.k8s.io/v1 ClusterRoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9858)]).then(__webpack_require__.bind(__webpack_require__, 69858)),
    'rbac.authorization.k8s.io/v1 Role': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3233)]).then(__webpack_require__.bind(__webpack_require__, 33233)),
    'rbac.authorization.k8s.io/v1 RoleBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7928)]).then(__webpack_require__.bind(__webpack_require__, 97928)),
    'policy/v1 PodDisruptionBudget': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9811)]).then(__webpack_require__.bind(__webpack_require__, 59811)),
    'autoscaling/v2 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5272)]).then(__webpack_require__.bind(__webpack_require__, 55272)),
    'autoscaling/v1 HorizontalPodAutoscaler': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2335)]).then(__webpack_require__.bind(__webpack_require__, 22335)),
    'storage.k8s.io/v1 CSIDriver': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2466)]).then(__webpack_require__.bind(__webpack_require__, 32466)),
    'storage.k8s.io/v1 CSINode': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 40119)),
    'storage.k8s.io/v1 CSIStorageCapacity': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(88)]).then(__webpack_require__.bind(__webpack_require__, 50088)),
    'storage.k8s.io/v1 StorageClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1407)]).then(__webpack_require__.bind(__webpack_require__, 31407)),
    'storage.k8s.io/v1 VolumeAttachment': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6925), __webpack_require__.e(285), __webpack_require__.e(1544)]).then(__webpack_require__.bind(__webpack_require__, 91544)),
    'storage.k8s.io/v1 VolumeAttributesClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1841)]).then(__webpack_require__.bind(__webpack_require__, 1841)),
    'scheduling.k8s.io/v1 PriorityClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 343)),
    'apiextensions.k8s.io/v1 CustomResourceDefinition': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(6852)]).then(__webpack_require__.bind(__webpack_require__, 36852)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1003)]).then(__webpack_require__.bind(__webpack_require__, 61003)),
    'admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(2530)]).then(__webpack_require__.bind(__webpack_require__, 72530)),
    'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1864)]).then(__webpack_require__.bind(__webpack_require__, 61864)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1153)]).then(__webpack_require__.bind(__webpack_require__, 61153)),
    'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7722)]).then(__webpack_require__.bind(__webpack_require__, 57722)),
    'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9144)]).then(__webpack_require__.bind(__webpack_require__, 49144)),
    'apiregistration.k8s.io/v1 APIService': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(3653)]).then(__webpack_require__.bind(__webpack_require__, 3653)),
    'coordination.k8s.io/v1 Lease': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7817)]).then(__webpack_require__.bind(__webpack_require__, 67817)),
    'discovery.k8s.io/v1 EndpointSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9650)]).then(__webpack_require__.bind(__webpack_require__, 99650)),
    'node.k8s.io/v1 RuntimeClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9220)]).then(__webpack_require__.bind(__webpack_require__, 79220)),
    'certificates.k8s.io/v1 CertificateSigningRequest': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(8993)]).then(__webpack_require__.bind(__webpack_require__, 68993)),
    'flowcontrol.apiserver.k8s.io/v1 FlowSchema': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(7955)]).then(__webpack_require__.bind(__webpack_require__, 57955)),
    'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(9237)]).then(__webpack_require__.bind(__webpack_require__, 79237)),
    'resource.k8s.io/v1 DeviceClass': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(4879)]).then(__webpack_require__.bind(__webpack_require__, 44879)),
    'resource.k8s.io/v1 ResourceClaim': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(8126)]).then(__webpack_require__.bind(__webpack_require__, 48126)),
    'resource.k8s.io/v1 ResourceClaimTemplate': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(5609), __webpack_require__.e(9336)]).then(__webpack_require__.bind(__webpack_require__, 39336)),
    'resource.k8s.io/v1 ResourceSlice': () => Promise.all(/* import() */[__webpack_require__.e(3215), __webpack_require__.e(1458)]).then(__webpack_require__.bind(__webpack_require__, 31458)),
};


/***/ }),

/***/ 62827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createKubeSchemaValidator = createKubeSchemaValidator;
exports.fieldPath = fieldPath;
exports.explainSchemaErrors = explainSchemaErrors;
const kube_schema_table_js_1 = __webpack_require__(77582);
function createKubeSchemaValidator() {
    const loaded = new Map();
    const load = (key) => {
        const importer = kube_schema_table_js_1.SCHEMA_MODULES[key];
        if (!importer)
            return undefined;
        let p = loaded.get(key);
        if (!p) {
            p = importer().then((m) => m.validate);
            loaded.set(key, p);
        }
        return p;
    };
    return {
        knows: (apiVersion, kind) => `${apiVersion} ${kind}` in kube_schema_table_js_1.SCHEMA_MODULES,
        async validate(o) {
            const fn = await load(`${String(o.apiVersion)} ${String(o.kind)}`);
            if (!fn || fn(o))
                return [];
            return explainSchemaErrors(o, fn.errors ?? []);
        },
    };
}
/** `/spec/template/spec/containers/0/image` -> `spec.template.spec.containers[0].image`. */
function fieldPath(pointer) {
    let out = '';
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (/^\d+$/.test(seg))
            out += `[${seg}]`;
        else
            out += out ? `.${seg}` : seg;
    }
    return out;
}
function valueAt(o, pointer) {
    let cur = o;
    for (const raw of pointer.split('/').slice(1)) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        cur = cur !== null && typeof cur === 'object' ? cur[seg] : undefined;
    }
    return cur;
}
function show(v) {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
/** One finding per offending field; `type` alternatives at one field (int-or-string) are merged. */
function explainSchemaErrors(o, errors) {
    const byPath = new Map();
    for (const e of errors) {
        const path = e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
        const list = byPath.get(path) ?? [];
        list.push(e);
        byPath.set(path, list);
    }
    const out = [];
    for (const [pointer, errs] of byPath) {
        const specific = errs.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
        const use = specific.length > 0 ? specific : errs;
        const types = use.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
        const value = valueAt(o, pointer);
        let message;
        if (types.length > 0) {
            const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
            message = `must be ${[...new Set(types)].join(' or ')}, not ${got} ${show(value)}`;
        }
        else {
            const e = use[0];
            if (e.keyword === 'required')
                message = 'is required';
            else if (e.keyword === 'enum')
                message = `must be one of ${e.params.allowedValues.map(show).join(', ')}, not ${show(value)}`;
            else if (e.keyword === 'format')
                message = `must be a valid ${String(e.params.format)}, not ${show(value)}`;
            else
                message = `fails the schema rule '${e.keyword}' (${show(e.params)}) with ${show(value)}`;
        }
        out.push({ severity: 'error', rule: 'schema', path: fieldPath(pointer), message });
    }
    return out;
}


/***/ }),

/***/ 31706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ACTIVITY_ROUTES = exports.ReceivePackCommands = void 0;
exports.activitiesOf = activitiesOf;
exports.recordActivity = recordActivity;
exports.recordPushes = recordPushes;
// The repository activity GitHub keeps for every ref (GET /repos/{owner}/{repo}/activity): who pushed, force-pushed,
// created or deleted a branch, or merged a pull request into it. The actor is the account whose token did it, never
// a name written in a commit, which is what makes it the gate's source for who pushed to a pull request.
const factories_js_1 = __webpack_require__(42981);
const http_js_1 = __webpack_require__(72767);
const ZERO = '0'.repeat(40);
function activitiesOf(repo) {
    repo.activities ??= [];
    return repo.activities;
}
function recordActivity(repo, id, a) {
    const row = { id, timestamp: (0, http_js_1.now)(), ...a };
    activitiesOf(repo).push(row);
    return row;
}
/**
 * Reads the ref updates a `git-receive-pack` request asks for: the pkt-lines before the first flush (`old new
 * ref`, the first one followed by NUL and capabilities), ahead of the pack. Fed the request body as it streams.
 */
class ReceivePackCommands {
    head = Buffer.alloc(0);
    done = false;
    updates = [];
    feed(chunk) {
        if (this.done)
            return;
        this.head = Buffer.concat([this.head, chunk]);
        let pos = 0;
        const found = [];
        while (pos + 4 <= this.head.length) {
            const len = Number.parseInt(this.head.subarray(pos, pos + 4).toString('latin1'), 16);
            if (Number.isNaN(len) || len === 0 || len < 4) {
                this.done = true;
                break;
            }
            if (pos + len > this.head.length)
                break;
            const line = this.head
                .subarray(pos + 4, pos + len)
                .toString('utf8')
                .split('\0')[0]
                ?.trimEnd();
            const m = /^([0-9a-f]{40}) ([0-9a-f]{40}) (refs\/\S+)$/.exec(line ?? '');
            if (m)
                found.push({ before: m[1] ?? '', after: m[2] ?? '', ref: m[3] ?? '' });
            pos += len;
        }
        if (this.done) {
            this.updates.push(...found);
            this.head = Buffer.alloc(0);
        }
        else if (this.head.length > 1 << 20) {
            this.done = true; // not a command list git sends: record nothing rather than buffer a pack
        }
    }
}
exports.ReceivePackCommands = ReceivePackCommands;
/** The activity a push made: one row per branch update git accepted (the ref now points where it asked). */
async function recordPushes(repo, git, updates, actor, nextId) {
    let n = 0;
    for (const u of updates) {
        if (!u.ref.startsWith('refs/heads/'))
            continue;
        const now = await git.refSha(u.ref);
        if (u.after === ZERO ? now !== undefined : now !== u.after)
            continue; // rejected (or moved again since)
        const type = u.before === ZERO
            ? 'branch_creation'
            : u.after === ZERO
                ? 'branch_deletion'
                : (await git.isAncestor(u.before, u.after))
                    ? 'push'
                    : 'force_push';
        recordActivity(repo, nextId(), { type, ref: u.ref, before: u.before, after: u.after, actor });
        n++;
    }
    return n;
}
const PERIOD_DAYS = { day: 1, week: 7, month: 30, quarter: 91, year: 365 };
const cursorOf = (a) => Buffer.from(`activity:${a.id}`).toString('base64url');
function idOfCursor(cursor) {
    const m = /^activity:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!m)
        throw new http_js_1.HttpError(422, 'Invalid cursor');
    return Number(m[1]);
}
/** GitHub's filters, then cursor paging (`before`/`after` from the Link header; there is no `page` here). */
async function listActivities(ctx) {
    const q = ctx.query;
    const ref = q.get('ref');
    const full = ref === null ? undefined : ref.startsWith('refs/') ? ref : `refs/heads/${ref}`;
    const actor = q.get('actor')?.toLowerCase();
    const type = q.get('activity_type');
    const period = q.get('time_period');
    const since = period ? Date.now() - (PERIOD_DAYS[period] ?? 0) * 86_400_000 : undefined;
    let rows = activitiesOf(ctx.repo).filter((a) => (full === undefined || a.ref === full) &&
        (actor === undefined || a.actor.toLowerCase() === actor) &&
        (type === null || a.type === type) &&
        (since === undefined || Date.parse(a.timestamp) >= since));
    rows = q.get('direction') === 'asc' ? rows : [...rows].reverse();
    const perPage = Math.min(Math.max(Number(q.get('per_page') ?? 30) || 30, 1), ctx.world.maxPerPage);
    const after = q.get('after');
    const before = q.get('before');
    let start = 0;
    let end = rows.length;
    if (after)
        start = rows.findIndex((a) => a.id === idOfCursor(after)) + 1;
    if (before)
        end = Math.max(rows.findIndex((a) => a.id === idOfCursor(before)), 0);
    const slice = before ? rows.slice(Math.max(end - perPage, start), end) : rows.slice(start, start + perPage);
    const first = slice[0];
    const last = slice.at(-1);
    const link = (cursor, which, rel) => {
        const u = new URL(ctx.url);
        for (const k of ['after', 'before', 'page'])
            u.searchParams.delete(k);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set(which, cursor);
        return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (last && rows.indexOf(last) < rows.length - 1)
        links.push(link(cursorOf(last), 'after', 'next'));
    if (first && rows.indexOf(first) > 0)
        links.push(link(cursorOf(first), 'before', 'prev'));
    return {
        status: 200,
        body: slice.map((a) => ({
            id: a.id,
            node_id: Buffer.from(`0:Activity${a.id}`).toString('base64').replace(/=+$/, ''),
            before: a.before,
            after: a.after,
            ref: a.ref,
            timestamp: a.timestamp,
            activity_type: a.type,
            actor: (0, factories_js_1.simpleUser)(ctx.world.urls, ctx.world.account(a.actor)),
        })),
        headers: links.length ? { link: links.join(', ') } : {},
    };
}
exports.ACTIVITY_ROUTES = [
    { method: 'GET', path: '/repos/{owner}/{repo}/activity', access: 'read', handle: listActivities },
];


/***/ }),

/***/ 46612:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addUser = addUser;
exports.addTeam = addTeam;
exports.createRepo = createRepo;
exports.setPullRequestDraft = setPullRequestDraft;
// Setting up the simulated GitHub: users with tokens, organizations and teams, repositories backed by bare git
// repositories. Idempotent by name, so `sandbox up` on an existing --dir finds everything (and every token) again.
const node_crypto_1 = __webpack_require__(77598);
const git_js_1 = __webpack_require__(10308);
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
function ensureOrg(store, login) {
    if (!store.state.orgs[login])
        store.state.orgs[login] = { id: store.nextId(), login, createdAt: now() };
}
function addUser(store, u) {
    const existing = store.user(u.login);
    if (existing)
        return existing;
    const user = {
        id: store.nextId(),
        login: u.login,
        token: u.token ?? `ghs_${(0, node_crypto_1.randomBytes)(18).toString('hex')}`,
        name: u.name ?? u.login,
        email: u.email ?? `${u.login}@users.noreply.sandbox`,
        type: u.type ?? 'User',
        membersRead: u.membersRead ?? true,
        createdAt: now(),
    };
    store.state.users[user.login] = user;
    store.save();
    return user;
}
function addTeam(store, t) {
    ensureOrg(store, t.org);
    let team = store.team(t.org, t.slug);
    if (!team) {
        team = { id: store.nextId(), org: t.org, slug: t.slug, name: t.name ?? t.slug, members: [] };
        store.state.teams.push(team);
    }
    team.members = [...new Set([...team.members, ...t.members])];
    store.save();
    return team;
}
async function createRepo(store, r) {
    const existing = store.repo(r.owner, r.name);
    if (existing)
        return existing;
    if (!store.user(r.owner))
        ensureOrg(store, r.owner);
    const t = now();
    const repo = {
        id: store.nextId(),
        owner: r.owner,
        name: r.name,
        private: r.private ?? true,
        defaultBranch: r.defaultBranch ?? 'main',
        description: null,
        createdAt: t,
        pushedAt: t,
        collaborators: { ...r.collaborators },
        protectedBranches: { ...r.protectedBranches },
        nextNumber: 1,
        pulls: [],
        comments: [],
        statuses: [],
        deployments: [],
        labels: [],
        dispatches: [],
    };
    const bare = store.bareDir(repo);
    await new git_js_1.Git(store.dir).exec(['init', '-q', '--bare', `--initial-branch=${repo.defaultBranch}`, bare]);
    if (r.seedFrom) {
        const push = await new git_js_1.Git(r.seedFrom).push(bare, ['refs/heads/*:refs/heads/*']);
        if (push.exitCode !== 0)
            throw new Error(`seeding ${r.owner}/${r.name} failed: ${push.stderr}`);
    }
    store.state.repos[`${repo.owner}/${repo.name}`] = repo;
    store.save();
    return repo;
}
/**
 * A person marks a pull request ready for review (`draft: false`) or converts it to a draft (`draft: true`) in the
 * web UI. GitHub does this through GraphQL (markPullRequestReadyForReview, convertPullRequestToDraft), which is
 * outside the REST description the simulator serves, so tests reach it here.
 */
function setPullRequestDraft(store, p) {
    const pull = store.repo(p.owner, p.repo)?.pulls.find((x) => x.number === p.number);
    if (!pull)
        throw new Error(`no pull request ${p.owner}/${p.repo}#${p.number}`);
    if (pull.state !== 'open')
        throw new Error(`pull request #${p.number} is closed`);
    pull.draft = p.draft;
    pull.updatedAt = now();
    store.save();
}


/***/ }),

/***/ 69413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tokenOf = tokenOf;
exports.authenticate = authenticate;
exports.authorize = authorize;
exports.isReply = isReply;
exports.authorizeGit = authorizeGit;
const http_policy_js_1 = __webpack_require__(43958);
const http_js_1 = __webpack_require__(72767);
const state_js_1 = __webpack_require__(6586);
/** The token of `token X`, `bearer X` or basic auth's password; '' for another scheme; undefined for none. */
function tokenOf(req) {
    const h = req.headers.authorization;
    if (!h)
        return undefined;
    const [scheme = '', value = ''] = h.split(/\s+/, 2);
    if (/^(token|bearer)$/i.test(scheme))
        return value;
    if (/^basic$/i.test(scheme)) {
        const decoded = Buffer.from(value, 'base64').toString('utf8');
        return decoded.slice(decoded.indexOf(':') + 1);
    }
    return '';
}
const deny = (status, message) => ({ status, body: (0, http_js_1.errorBody)(status, message) });
/** The API's caller: a user, nobody (no credentials), or a 401 for credentials that match no one. */
function authenticate(store, req) {
    const token = tokenOf(req);
    if (token === undefined)
        return {};
    const user = store.userByToken(token);
    return user ? { user } : deny(401, http_policy_js_1.GITHUB_MESSAGES.badCredentials);
}
/** Whether `user` may call a route of this access level; for repository routes, the repository and permission. */
function authorize(store, access, params, user) {
    if (access === 'user') {
        return user ? {} : deny(401, http_policy_js_1.GITHUB_MESSAGES.requiresAuthentication);
    }
    const repo = store.repo(params.owner ?? '', params.repo ?? '');
    const permission = repo && user ? store.permission(repo, user.login) : undefined;
    const canRead = repo && (!repo.private || permission !== undefined);
    if (!repo || !canRead)
        return deny(404, http_policy_js_1.GITHUB_MESSAGES.notFound);
    if (access !== 'read') {
        if (!user)
            return deny(401, http_policy_js_1.GITHUB_MESSAGES.requiresAuthentication);
        if (!(0, state_js_1.permits)(permission, access))
            return deny(403, http_policy_js_1.GITHUB_MESSAGES.notAccessibleByIntegration);
    }
    return permission === undefined ? { repo } : { repo, permission };
}
function isReply(v) {
    return 'status' in v;
}
function authorizeGit(store, req, git) {
    const challenge = { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' };
    const plain = { 'content-type': 'text/plain' };
    const token = tokenOf(req);
    const user = token ? store.userByToken(token) : undefined;
    const repo = store.repo(git.owner, git.name);
    const permission = repo && user ? store.permission(repo, user.login) : undefined;
    const who = { ...(user ? { user } : {}), ...(repo ? { repo } : {}) };
    const deny = (status, headers, text) => ({
        ...who,
        denied: { status, headers, text },
    });
    if (token !== undefined && !user)
        return deny(401, challenge, 'Invalid username or token.\n');
    if ((git.push || !repo || repo.private) && !user)
        return deny(401, challenge, 'Authentication required.\n');
    if (!repo || (repo.private && !permission))
        return deny(404, plain, 'Repository not found.\n');
    if (git.push && !(0, state_js_1.permits)(permission, 'write')) {
        return deny(403, plain, `Permission to ${repo.owner}/${repo.name}.git denied to ${user?.login}.\n`);
    }
    return who;
}


/***/ }),

/***/ 87040:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BareRepo = exports.SHA = void 0;
// What the simulator does inside a bare repository: read refs, files and history, and merge a pull request the
// way GitHub does (a merge or squash commit written with plumbing, no worktree). Client-supplied names only ever
// reach git behind a `refs/heads/` prefix or after matching a SHA pattern, so none can pass for an option.
const git_js_1 = __webpack_require__(10308);
const ref_files_js_1 = __webpack_require__(94192);
exports.SHA = /^[0-9a-f]{4,40}$/;
class BareRepo {
    dir;
    git;
    constructor(dir) {
        this.dir = dir;
        this.git = new git_js_1.Git(dir);
    }
    async branchSha(branch) {
        return this.refSha(`refs/heads/${branch}`);
    }
    /**
     * The commit a full ref name points to, or undefined, as `git rev-parse --verify REF^{commit}` answers. Read from
     * the ref files when they say for certain (git refuses a non-commit on a branch; pull refs are the simulator's own
     * commits, and a pushed non-commit there only makes the caller recompute it), otherwise asked of git.
     */
    async refSha(ref) {
        const known = (0, ref_files_js_1.refFromFiles)(this.dir, ref);
        if (known === null)
            return undefined;
        if (known !== undefined && (ref.startsWith('refs/heads/') || ref.startsWith('refs/pull/')))
            return known;
        return this.git.tryRevParse(ref);
    }
    /** A branch, a tag or a (possibly abbreviated) commit SHA, as GitHub resolves `ref` parameters. */
    async resolve(ref) {
        const name = ref.replace(/^refs\/(heads|tags)\//, '');
        const candidates = [`refs/heads/${name}`, `refs/tags/${name}`];
        if (exports.SHA.test(ref))
            candidates.push(ref);
        for (const c of candidates) {
            const sha = c.startsWith('refs/') ? await this.refSha(c) : await this.objectCommit(c);
            if (sha)
                return sha;
        }
        return undefined;
    }
    /** A commit named by a (possibly abbreviated) SHA; a full SHA found once is remembered (objects never change). */
    async objectCommit(sha) {
        return remembered(this.dir, 'commit-of', [sha], () => this.git.tryRevParse(sha), false);
    }
    async branches() {
        const r = await this.git.exec(['for-each-ref', '--format=%(objectname) %(refname)', 'refs/heads/']);
        return r.stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [sha = '', ref = ''] = line.split(' ');
            return { name: ref.replace(/^refs\/heads\//, ''), sha };
        });
    }
    async isAncestor(ancestor, of) {
        return remembered(this.dir, 'is-ancestor', [ancestor, of], async () => {
            const r = await this.git.exec(['merge-base', '--is-ancestor', ancestor, of], { allowFail: true });
            return r.exitCode === 0;
        }, false);
    }
    async mergeBase(a, b) {
        return remembered(this.dir, 'merge-base', [a, b], async () => {
            const r = await this.git.exec(['merge-base', a, b], { allowFail: true });
            return r.exitCode === 0 ? r.stdout.trim() : undefined;
        }, false);
    }
    /** The merged tree of two commits, or undefined on a conflict. */
    async mergeTree(base, head) {
        return remembered(this.dir, 'merge-tree', [base, head], async () => {
            const r = await this.git.exec(['merge-tree', '--write-tree', '--no-messages', base, head], {
                allowFail: true,
            });
            if (r.exitCode === 0)
                return r.stdout.split('\n')[0]?.trim();
            if (r.exitCode === 1)
                return undefined;
            throw new Error(`git merge-tree failed: ${r.stderr}`);
        });
    }
    async commitTree(tree, parents, message, author) {
        const git = new git_js_1.Git(this.dir, {
            env: {
                GIT_AUTHOR_NAME: author.name,
                GIT_AUTHOR_EMAIL: author.email,
                GIT_COMMITTER_NAME: 'GitHub',
                GIT_COMMITTER_EMAIL: 'noreply@github.com',
            },
        });
        const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
        return (await git.exec(args, { input: message })).stdout.trim();
    }
    /** Moves a branch only if it still points at `expected` (a push in between makes this fail, not clobber). */
    async updateBranch(branch, sha, expected) {
        const r = await this.git.exec(['update-ref', `refs/heads/${branch}`, sha, expected], { allowFail: true });
        return r.exitCode === 0;
    }
    async changedFiles(base, head) {
        return remembered(this.dir, 'changed-files', [base, head], () => this.diffFiles(base, head));
    }
    async diffFiles(base, head) {
        const from = (await this.mergeBase(base, head)) ?? base;
        const raw = (await this.git.exec(['diff', '--raw', '-z', '-M', '--no-abbrev', from, head])).stdout;
        const numstat = (await this.git.exec(['diff', '--numstat', '-z', '-M', from, head])).stdout;
        const counts = parseNumstat(numstat);
        const files = [];
        const parts = raw.split('\0');
        for (let i = 0; i < parts.length - 1;) {
            const meta = parts[i++] ?? '';
            const [, , , newSha = '', letterScore = ''] = meta.slice(1).split(' ');
            const letter = letterScore[0] ?? 'M';
            const first = parts[i++] ?? '';
            const second = letter === 'R' || letter === 'C' ? (parts[i++] ?? '') : undefined;
            const filename = second ?? first;
            const c = counts.get(filename) ?? { additions: 0, deletions: 0 };
            const status = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied' }[letter] ?? 'changed';
            files.push({
                filename,
                ...(second !== undefined ? { previousFilename: first } : {}),
                status,
                sha: /^0+$/.test(newSha) ? null : newSha,
                ...c,
            });
        }
        return files;
    }
    /** Commits reachable from `head` but not `base`, oldest first. */
    async commits(base, head) {
        return remembered(this.dir, 'commits', [base, head], async () => parseLog((await this.git.exec(['log', '--reverse', LOG_FORMAT, `${base}..${head}`])).stdout));
    }
    async commit(sha) {
        return remembered(this.dir, 'commit', [sha], async () => {
            const r = await this.git.exec(['log', '-1', LOG_FORMAT, sha, '--'], { allowFail: true });
            return r.exitCode === 0 ? parseLog(r.stdout)[0] : undefined;
        }, false);
    }
    /** A file's bytes at a commit, a directory listing, or undefined when the path does not exist. */
    async read(sha, path) {
        const clean = path.replace(/^\/+|\/+$/g, '');
        const spec = `${sha}:${clean}`;
        const type = await this.git.exec(['cat-file', '-t', spec], { allowFail: true });
        if (type.exitCode !== 0)
            return undefined;
        const objectSha = (await this.git.exec(['rev-parse', spec])).stdout.trim();
        if (type.stdout.trim() === 'blob') {
            const r = await this.git.exec(['cat-file', '-p', objectSha]);
            return { type: 'file', sha: objectSha, content: Buffer.from(r.stdout, 'utf8') };
        }
        const r = await this.git.exec(['ls-tree', '-l', '-z', objectSha]);
        const entries = r.stdout
            .split('\0')
            .filter(Boolean)
            .map((line) => {
            const [meta = '', name = ''] = line.split('\t');
            const [, kind = '', objSha = '', size = '0'] = meta.split(/\s+/);
            return {
                type: kind === 'tree' ? 'dir' : 'file',
                name,
                sha: objSha,
                size: Number(size) || 0,
            };
        });
        return { type: 'dir', entries };
    }
}
exports.BareRepo = BareRepo;
/**
 * Answers about commits named by full SHAs never change (the simulator never rewrites an object), and the simulator
 * asks the same ones for every request about a pull request: each is computed by git once per repository. Answers
 * are copied out, so no caller can change what the next one gets. Bounded: a long-running sandbox starts over.
 */
const answers = new Map();
const MAX_ANSWERS = 5000;
async function remembered(dir, op, shas, compute, 
// A negative answer may be about an object not pushed yet: kept only when the caller says it is final.
keepNegative = true) {
    if (!shas.every((s) => /^[0-9a-f]{40}$/.test(s)))
        return compute();
    const key = `${dir}\0${op}\0${shas.join(' ')}`;
    if (answers.has(key))
        return structuredClone(answers.get(key));
    const value = await compute();
    if (!keepNegative && (value === undefined || value === false))
        return value;
    if (answers.size >= MAX_ANSWERS)
        answers.clear();
    answers.set(key, structuredClone(value));
    return value;
}
const LOG_FORMAT = `--format=${['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')}%x1e`;
function parseLog(out) {
    return out
        .split('\x1e')
        .map((s) => s.replace(/^\n/, ''))
        .filter(Boolean)
        .map((rec) => {
        const [sha = '', tree = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', message = '',] = rec.split('\0');
        return {
            sha,
            tree,
            parents: parents.split(' ').filter(Boolean),
            authorName: an,
            authorEmail: ae,
            authorDate: ad,
            committerName: cn,
            committerEmail: ce,
            committerDate: cd,
            message: message.replace(/\n+$/, ''),
        };
    });
}
function parseNumstat(out) {
    const map = new Map();
    const parts = out.split('\0');
    for (let i = 0; i < parts.length;) {
        const line = parts[i++] ?? '';
        if (!line)
            continue;
        const [a = '0', d = '0', path = ''] = line.split('\t');
        // A rename is `a\td\t` then the old and new paths as separate fields.
        let name = path;
        if (path === '') {
            i++;
            name = parts[i++] ?? '';
        }
        map.set(name, { additions: Number(a) || 0, deletions: Number(d) || 0 });
    }
    return map;
}


/***/ }),

/***/ 48305:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkpoint = checkpoint;
// A checkpoint of everything the simulator holds (its API state and every ref of every repository), so a test can
// run a step many times from the same starting point without starting a new simulator each time. Git objects
// written since are left in place (unreachable, as after a force push): only refs say what a repository holds.
const run_process_js_1 = __webpack_require__(25820);
async function refsOf(dir) {
    const r = await (0, run_process_js_1.runProcess)('git', ['for-each-ref', '--format=%(objectname) %(refname)'], { cwd: dir });
    if (r.exitCode !== 0)
        throw new Error(`git for-each-ref in ${dir}: ${r.stderr}`);
    const refs = new Map();
    for (const line of r.stdout.split('\n')) {
        const [sha, ref] = line.split(' ');
        if (sha && ref)
            refs.set(ref, sha);
    }
    return refs;
}
/** Saves the simulator's state now; the function returned puts it back exactly. */
async function checkpoint(store) {
    const saved = JSON.stringify(store.state);
    const repos = Object.values(store.state.repos).map((r) => store.bareDir(r));
    const refs = new Map();
    for (const dir of repos)
        refs.set(dir, await refsOf(dir));
    return async () => {
        const state = store.state;
        for (const key of Object.keys(state))
            delete state[key];
        Object.assign(state, JSON.parse(saved));
        store.save();
        for (const [dir, want] of refs) {
            const now = await refsOf(dir);
            const lines = [...want].map(([ref, sha]) => `update ${ref} ${sha}`);
            for (const ref of now.keys())
                if (!want.has(ref))
                    lines.push(`delete ${ref}`);
            const r = await (0, run_process_js_1.runProcess)('git', ['update-ref', '--stdin'], {
                cwd: dir,
                input: `${lines.join('\n')}\n`,
            });
            if (r.exitCode !== 0)
                throw new Error(`git update-ref in ${dir}: ${r.stderr}`);
        }
    };
}


/***/ }),

/***/ 42981:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repoWeb = exports.repoApi = void 0;
exports.simpleUser = simpleUser;
exports.privateUser = privateUser;
exports.minimalRepository = minimalRepository;
exports.repository = repository;
exports.label = label;
exports.pullRequest = pullRequest;
exports.review = review;
exports.issueComment = issueComment;
exports.commitStatus = commitStatus;
exports.deployment = deployment;
exports.deploymentStatus = deploymentStatus;
exports.commit = commit;
const nodeId = (kind, id) => Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');
function simpleUser(u, a) {
    const url = `${u.api}/users/${a.login}`;
    return {
        login: a.login,
        id: a.id,
        node_id: nodeId(a.type, a.id),
        avatar_url: `${u.web}/avatars/${a.login}`,
        gravatar_id: '',
        url,
        html_url: `${u.web}/${a.login}`,
        followers_url: `${url}/followers`,
        following_url: `${url}/following{/other_user}`,
        gists_url: `${url}/gists{/gist_id}`,
        starred_url: `${url}/starred{/owner}{/repo}`,
        subscriptions_url: `${url}/subscriptions`,
        organizations_url: `${url}/orgs`,
        repos_url: `${url}/repos`,
        events_url: `${url}/events{/privacy}`,
        received_events_url: `${url}/received_events`,
        type: a.type,
        site_admin: false,
        user_view_type: 'public',
    };
}
function privateUser(u, a) {
    return {
        ...simpleUser(u, a),
        user_view_type: 'private',
        name: a.name,
        company: null,
        blog: '',
        location: null,
        email: a.email,
        hireable: null,
        bio: null,
        public_repos: 0,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: a.createdAt,
        updated_at: a.createdAt,
        private_gists: 0,
        total_private_repos: 0,
        owned_private_repos: 0,
        disk_usage: 0,
        collaborators: 0,
        two_factor_authentication: false,
    };
}
const REPO_URLS = [
    ['archive_url', '/{archive_format}{/ref}'],
    ['assignees_url', '/assignees{/user}'],
    ['blobs_url', '/git/blobs{/sha}'],
    ['branches_url', '/branches{/branch}'],
    ['collaborators_url', '/collaborators{/collaborator}'],
    ['comments_url', '/comments{/number}'],
    ['commits_url', '/commits{/sha}'],
    ['compare_url', '/compare/{base}...{head}'],
    ['contents_url', '/contents/{+path}'],
    ['contributors_url', '/contributors'],
    ['deployments_url', '/deployments'],
    ['downloads_url', '/downloads'],
    ['events_url', '/events'],
    ['forks_url', '/forks'],
    ['git_commits_url', '/git/commits{/sha}'],
    ['git_refs_url', '/git/refs{/sha}'],
    ['git_tags_url', '/git/tags{/sha}'],
    ['hooks_url', '/hooks'],
    ['issue_comment_url', '/issues/comments{/number}'],
    ['issue_events_url', '/issues/events{/number}'],
    ['issues_url', '/issues{/number}'],
    ['keys_url', '/keys{/key_id}'],
    ['labels_url', '/labels{/name}'],
    ['languages_url', '/languages'],
    ['merges_url', '/merges'],
    ['milestones_url', '/milestones{/number}'],
    ['notifications_url', '/notifications{?since,all,participating}'],
    ['pulls_url', '/pulls{/number}'],
    ['releases_url', '/releases{/id}'],
    ['stargazers_url', '/stargazers'],
    ['statuses_url', '/statuses/{sha}'],
    ['subscribers_url', '/subscribers'],
    ['subscription_url', '/subscription'],
    ['tags_url', '/tags'],
    ['teams_url', '/teams'],
    ['trees_url', '/git/trees{/sha}'],
];
const repoApi = (u, r) => `${u.api}/repos/${r.owner}/${r.name}`;
exports.repoApi = repoApi;
const repoWeb = (u, r) => `${u.web}/${r.owner}/${r.name}`;
exports.repoWeb = repoWeb;
/** `minimal-repository`: what lists and nested objects carry. */
function minimalRepository(u, r, owner) {
    const api = (0, exports.repoApi)(u, r);
    return {
        id: r.id,
        node_id: nodeId('Repository', r.id),
        name: r.name,
        full_name: `${r.owner}/${r.name}`,
        owner: simpleUser(u, owner),
        private: r.private,
        html_url: (0, exports.repoWeb)(u, r),
        description: r.description,
        fork: false,
        url: api,
        ...Object.fromEntries(REPO_URLS.map(([k, suffix]) => [k, api + suffix])),
    };
}
/** `repository` (inside a PR's head and base) and, with `full`, `full-repository` (GET /repos/{o}/{r}). */
function repository(u, r, owner, extra) {
    const p = extra.permission;
    return {
        ...minimalRepository(u, r, owner),
        clone_url: `${(0, exports.repoWeb)(u, r)}.git`,
        git_url: `${(0, exports.repoWeb)(u, r).replace(/^https?:/, 'git:')}.git`,
        ssh_url: `git@${new URL(u.web).host}:${r.owner}/${r.name}.git`,
        svn_url: (0, exports.repoWeb)(u, r),
        mirror_url: null,
        homepage: null,
        language: null,
        license: null,
        size: 0,
        forks: 0,
        forks_count: 0,
        stargazers_count: 0,
        watchers: 0,
        watchers_count: 0,
        open_issues: extra.openIssues,
        open_issues_count: extra.openIssues,
        default_branch: r.defaultBranch,
        visibility: r.private ? 'private' : 'public',
        has_issues: true,
        has_projects: false,
        has_wiki: false,
        has_pages: false,
        has_downloads: false,
        has_discussions: false,
        archived: false,
        disabled: false,
        is_template: false,
        topics: [],
        allow_forking: false,
        web_commit_signoff_required: false,
        pushed_at: extra.pushedAt,
        created_at: r.createdAt,
        updated_at: extra.pushedAt,
        ...(p
            ? {
                permissions: {
                    admin: p === 'admin',
                    maintain: ['admin', 'maintain'].includes(p),
                    push: ['admin', 'maintain', 'write'].includes(p),
                    triage: p !== 'read',
                    pull: true,
                },
            }
            : {}),
        ...(extra.full ? { network_count: 0, subscribers_count: 0 } : {}),
    };
}
function label(u, r, l) {
    return {
        id: l.id,
        node_id: nodeId('Label', l.id),
        url: `${(0, exports.repoApi)(u, r)}/labels/${encodeURIComponent(l.name)}`,
        name: l.name,
        description: l.description,
        color: l.color,
        default: false,
    };
}
/** `pull-request-simple` (lists); with `view.mergeable` etc. also `pull-request` (one PR). */
function pullRequest(c, v, full) {
    const { urls: u, repo: r } = c;
    const p = v.pull;
    const api = `${(0, exports.repoApi)(u, r)}/pulls/${p.number}`;
    const issue = `${(0, exports.repoApi)(u, r)}/issues/${p.number}`;
    const html = `${(0, exports.repoWeb)(u, r)}/pull/${p.number}`;
    const repoObj = repository(u, r, c.owner, { pushedAt: c.pushedAt, openIssues: c.openIssues });
    const side = (ref, sha) => ({
        label: `${r.owner}:${ref}`,
        ref,
        sha,
        user: simpleUser(u, c.owner),
        repo: repoObj,
    });
    const simple = {
        url: api,
        id: p.id,
        node_id: nodeId('PullRequest', p.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issue,
        commits_url: `${api}/commits`,
        review_comments_url: `${api}/comments`,
        review_comment_url: `${(0, exports.repoApi)(u, r)}/pulls/comments{/number}`,
        comments_url: `${issue}/comments`,
        statuses_url: `${(0, exports.repoApi)(u, r)}/statuses/${v.headSha}`,
        number: p.number,
        state: p.state,
        locked: false,
        title: p.title,
        user: simpleUser(u, c.account(p.user)),
        body: p.body,
        labels: c.labels.filter((l) => p.labels.includes(l.name)).map((l) => label(u, r, l)),
        milestone: null,
        active_lock_reason: null,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
        closed_at: p.closedAt,
        merged_at: p.mergedAt,
        merge_commit_sha: p.mergeCommitSha,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        head: side(p.head, v.headSha),
        base: side(p.base, v.baseSha),
        _links: {
            self: { href: api },
            html: { href: html },
            issue: { href: issue },
            comments: { href: `${issue}/comments` },
            review_comments: { href: `${api}/comments` },
            review_comment: { href: `${(0, exports.repoApi)(u, r)}/pulls/comments{/number}` },
            commits: { href: `${api}/commits` },
            statuses: { href: `${(0, exports.repoApi)(u, r)}/statuses/${v.headSha}` },
        },
        author_association: c.association(p.user),
        auto_merge: null,
        draft: p.draft,
    };
    if (!full)
        return simple;
    const merged = p.mergedAt !== null;
    return {
        ...simple,
        merged,
        mergeable: merged || p.state === 'closed' ? null : v.mergeable,
        rebaseable: null,
        mergeable_state: merged ? 'unknown' : v.mergeable === false ? 'dirty' : v.mergeable ? 'clean' : 'unknown',
        merged_by: p.mergedBy ? simpleUser(u, c.account(p.mergedBy)) : null,
        comments: v.comments,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: v.commits,
        additions: v.additions,
        deletions: v.deletions,
        changed_files: v.changedFiles,
    };
}
function review(u, r, prNumber, rv, user, association) {
    const html = `${(0, exports.repoWeb)(u, r)}/pull/${prNumber}#pullrequestreview-${rv.id}`;
    return {
        id: rv.id,
        node_id: nodeId('PullRequestReview', rv.id),
        user: simpleUser(u, user),
        body: rv.body,
        state: rv.state,
        html_url: html,
        pull_request_url: `${(0, exports.repoApi)(u, r)}/pulls/${prNumber}`,
        _links: { html: { href: html }, pull_request: { href: `${(0, exports.repoApi)(u, r)}/pulls/${prNumber}` } },
        submitted_at: rv.submittedAt,
        commit_id: rv.commitId,
        author_association: association,
    };
}
function issueComment(u, r, c, user, association) {
    return {
        id: c.id,
        node_id: nodeId('IssueComment', c.id),
        url: `${(0, exports.repoApi)(u, r)}/issues/comments/${c.id}`,
        html_url: `${(0, exports.repoWeb)(u, r)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
        body: c.body,
        user: simpleUser(u, user),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        issue_url: `${(0, exports.repoApi)(u, r)}/issues/${c.issueNumber}`,
        author_association: association,
    };
}
function commitStatus(u, r, s, creator) {
    return {
        url: `${(0, exports.repoApi)(u, r)}/statuses/${s.sha}`,
        avatar_url: `${u.web}/avatars/${creator.login}`,
        id: s.id,
        node_id: nodeId('StatusContext', s.id),
        state: s.state,
        description: s.description,
        target_url: s.targetUrl,
        context: s.context,
        created_at: s.createdAt,
        updated_at: s.createdAt,
        creator: simpleUser(u, creator),
    };
}
function deployment(u, r, d, creator) {
    const url = `${(0, exports.repoApi)(u, r)}/deployments/${d.id}`;
    return {
        url,
        id: d.id,
        node_id: nodeId('Deployment', d.id),
        sha: d.sha,
        ref: d.ref,
        task: d.task,
        payload: d.payload,
        original_environment: d.environment,
        environment: d.environment,
        description: d.description,
        creator: simpleUser(u, creator),
        created_at: d.createdAt,
        updated_at: d.statuses[d.statuses.length - 1]?.createdAt ?? d.createdAt,
        statuses_url: `${url}/statuses`,
        repository_url: (0, exports.repoApi)(u, r),
        transient_environment: d.transientEnvironment,
        production_environment: d.productionEnvironment,
    };
}
function deploymentStatus(u, r, d, s, creator) {
    const deploymentUrl = `${(0, exports.repoApi)(u, r)}/deployments/${d.id}`;
    return {
        url: `${deploymentUrl}/statuses/${s.id}`,
        id: s.id,
        node_id: nodeId('DeploymentStatus', s.id),
        state: s.state,
        creator: simpleUser(u, creator),
        description: s.description,
        environment: d.environment,
        target_url: s.logUrl,
        log_url: s.logUrl,
        environment_url: s.environmentUrl,
        created_at: s.createdAt,
        updated_at: s.createdAt,
        deployment_url: deploymentUrl,
        repository_url: (0, exports.repoApi)(u, r),
    };
}
function commit(u, r, c, author, committer) {
    const api = `${(0, exports.repoApi)(u, r)}/commits/${c.sha}`;
    return {
        url: api,
        sha: c.sha,
        node_id: nodeId('Commit', Number.parseInt(c.sha.slice(0, 8), 16)),
        html_url: `${(0, exports.repoWeb)(u, r)}/commit/${c.sha}`,
        comments_url: `${api}/comments`,
        commit: {
            url: `${(0, exports.repoApi)(u, r)}/git/commits/${c.sha}`,
            author: { name: c.authorName, email: c.authorEmail, date: c.authorDate },
            committer: { name: c.committerName, email: c.committerEmail, date: c.committerDate },
            message: c.message,
            comment_count: 0,
            tree: { sha: c.tree, url: `${(0, exports.repoApi)(u, r)}/git/trees/${c.tree}` },
            verification: {
                verified: false,
                reason: 'unsigned',
                payload: null,
                signature: null,
                verified_at: null,
            },
        },
        author: author ? simpleUser(u, author) : null,
        committer: committer ? simpleUser(u, committer) : null,
        parents: c.parents.map((p) => ({
            sha: p,
            url: `${(0, exports.repoApi)(u, r)}/commits/${p}`,
            html_url: `${(0, exports.repoWeb)(u, r)}/commit/${p}`,
        })),
    };
}


/***/ }),

/***/ 76280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GIT_PATH = void 0;
exports.parseGitPath = parseGitPath;
exports.serveGit = serveGit;
exports.serveGitRequest = serveGitRequest;
// git over smart HTTP, served as `git http-backend` serves it (the git service spawned with an argument array), so
// `git clone http://x-access-token:TOKEN@HOST/OWNER/REPO.git` behaves like github.com.
const node_child_process_1 = __webpack_require__(31421);
const node_path_1 = __webpack_require__(76760);
const node_zlib_1 = __webpack_require__(38522);
const activity_js_1 = __webpack_require__(31706);
const auth_js_1 = __webpack_require__(69413);
const bare_repo_js_1 = __webpack_require__(87040);
const pull_refs_js_1 = __webpack_require__(48083);
exports.GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;
function parseGitPath(pathname, query) {
    const m = exports.GIT_PATH.exec(pathname);
    if (!m)
        return undefined;
    const [, owner = '', name = '', rest = ''] = m;
    const push = rest === 'git-receive-pack' || (rest === 'info/refs' && query.get('service') === 'git-receive-pack');
    return { owner, name, rest, push };
}
/**
 * Serves one smart-HTTP request against the bare repository `<projectRoot>/<owner>/<name>.git` the way
 * `git http-backend` does, but runs the service itself (`git upload-pack|receive-pack --stateless-rpc`) instead of
 * a CGI program that runs it: one process per request instead of two, and none for a protocol v2 capability
 * advertisement, which names no refs and so is the same for every repository (cached). Fifty action runs fetching
 * and pushing the state branch at once spend most of their time starting processes on a busy runner.
 */
function serveGit(req, res, opts) {
    const service = opts.git.push ? 'receive-pack' : 'upload-pack';
    const dir = (0, node_path_1.join)(opts.projectRoot, opts.git.owner, `${opts.git.name}.git`);
    const protocol = req.headers['git-protocol'];
    const v2 = typeof protocol === 'string' && /(^|:)version=2(:|$)/.test(protocol);
    const advertise = opts.git.rest === 'info/refs';
    const noCache = {
        expires: 'Fri, 01 Jan 1980 00:00:00 GMT',
        pragma: 'no-cache',
        'cache-control': 'no-cache, max-age=0, must-revalidate',
    };
    const contentType = `application/x-git-${service}-${advertise ? 'advertisement' : 'result'}`;
    const cacheKey = `${opts.projectRoot}\0${protocol}`;
    const cached = advertise && v2 && service === 'upload-pack' ? v2Advertisements.get(cacheKey) : undefined;
    if (cached) {
        res.writeHead(200, { 'content-type': contentType, ...noCache }).end(cached);
        return Promise.resolve(200);
    }
    const env = {
        PATH: process.env.PATH,
        // Who pushed, for the repository's reflogs (http-backend's names for them).
        GIT_COMMITTER_NAME: opts.remoteUser || 'anonymous',
        GIT_COMMITTER_EMAIL: `${opts.remoteUser || 'anonymous'}@http.${req.socket.remoteAddress ?? '127.0.0.1'}`,
        // GitHub never collects garbage while a push waits for its answer.
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'receive.autogc',
        GIT_CONFIG_VALUE_0: 'false',
    };
    if (typeof protocol === 'string')
        env.GIT_PROTOCOL = protocol;
    const args = [service, '--stateless-rpc', ...(advertise ? ['--http-backend-info-refs'] : []), dir];
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)('git', args, { env, stdio: [advertise ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout?.on('data', (d) => out.push(d));
        child.stderr?.on('data', (d) => err.push(d));
        child.on('error', reject);
        if (child.stdin) {
            // A client sends a large request body gzipped (git's http.postBuffer logic); the service wants it plain.
            const body = req.headers['content-encoding'] === 'gzip' ? req.pipe((0, node_zlib_1.createGunzip)()) : req;
            body.on('error', () => child.kill());
            if (opts.onBody)
                body.on('data', opts.onBody);
            child.stdin.on('error', () => { }); // the service may answer and exit before reading everything
            body.pipe(child.stdin);
        }
        child.on('close', (code) => {
            if (code !== 0) {
                res.writeHead(500, { 'content-type': 'text/plain' });
                res.end(`git ${service} failed: ${Buffer.concat(err).toString('utf8')}`);
                resolve(500);
                return;
            }
            // Protocol v0/v1 advertisements start with the service line; v2 ones do not (as http-backend writes them).
            const head = advertise && !v2 ? Buffer.from(`${pktLine(`# service=git-${service}\n`)}0000`) : undefined;
            const body = head ? Buffer.concat([head, ...out]) : Buffer.concat(out);
            if (advertise && v2 && service === 'upload-pack')
                v2Advertisements.set(cacheKey, body);
            res.writeHead(200, { 'content-type': contentType, ...noCache }).end(body);
            resolve(200);
        });
    });
}
const v2Advertisements = new Map();
function pktLine(text) {
    return (Buffer.byteLength(text) + 4).toString(16).padStart(4, '0') + text;
}
/**
 * Serves a git request with GitHub's access rules; the HTTP status it answered, or undefined when the path is
 * not a git one. A push records the repository's pushed_at and, per branch it moved, an activity row naming the
 * pusher by the token it pushed with (activity.ts), as GitHub does.
 */
async function serveGitRequest(x, store) {
    const git = parseGitPath(x.url.pathname, x.url.searchParams);
    if (!git)
        return undefined;
    const access = (0, auth_js_1.authorizeGit)(store, x.req, git);
    if (access.user)
        x.log.user = access.user.login;
    if (access.denied || !access.repo) {
        const d = access.denied ?? { status: 404, headers: {}, text: '' };
        x.res.writeHead(d.status, d.headers).end(d.text);
        return d.status;
    }
    const repo = access.repo;
    if (!git.push && git.rest === 'info/refs')
        await (0, pull_refs_js_1.syncPullRefs)(new bare_repo_js_1.BareRepo(store.bareDir(repo)), repo);
    const receive = git.push && git.rest === 'git-receive-pack';
    const commands = receive ? new activity_js_1.ReceivePackCommands() : undefined;
    const status = await serveGit(x.req, x.res, {
        projectRoot: (0, node_path_1.join)(store.dir, 'git'),
        git: { ...git, owner: repo.owner, name: repo.name },
        remoteUser: access.user?.login ?? '',
        ...(commands ? { onBody: (chunk) => commands.feed(chunk) } : {}),
    });
    if (commands && status === 200) {
        repo.pushedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        const bare = new bare_repo_js_1.BareRepo(store.bareDir(repo));
        await (0, activity_js_1.recordPushes)(repo, bare, commands.updates, access.user?.login ?? '', () => store.nextId());
        store.save();
    }
    return status;
}


/***/ }),

/***/ 72767:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HttpError = exports.DOCS_URL = void 0;
exports.errorBody = errorBody;
exports.validationFailed = validationFailed;
exports.page = page;
exports.now = now;
exports.findPull = findPull;
exports.DOCS_URL = 'https://docs.github.com/rest';
class HttpError extends Error {
    status;
    extra;
    constructor(status, message, extra = {}) {
        super(message);
        this.status = status;
        this.extra = extra;
    }
}
exports.HttpError = HttpError;
function errorBody(status, message, extra = {}) {
    return { message, documentation_url: exports.DOCS_URL, status: String(status), ...extra };
}
/** 422 as GitHub words it: `Validation Failed` plus what was wrong. */
function validationFailed(errors) {
    return new HttpError(422, 'Validation Failed', { errors });
}
/** One page of `items` per GitHub's `per_page`/`page`, with the Link header Octokit's paginate follows. */
function page(ctx, items, mapper = (i) => i) {
    const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30) || 30, 1), ctx.world.maxPerPage);
    const current = Math.max(Number(ctx.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const slice = items.slice((current - 1) * perPage, current * perPage);
    const link = (n, rel) => {
        const u = new URL(ctx.url);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(n));
        return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (current < last)
        links.push(link(current + 1, 'next'), link(last, 'last'));
    if (current > 1)
        links.push(link(1, 'first'), link(current - 1, 'prev'));
    return { status: 200, body: slice.map(mapper), headers: links.length ? { link: links.join(', ') } : {} };
}
function now() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function findPull(ctx) {
    const n = Number(ctx.params.pull_number ?? ctx.params.issue_number);
    const pull = ctx.repo.pulls.find((p) => p.number === n);
    if (!pull)
        throw new HttpError(404, 'Not Found');
    return pull;
}


/***/ }),

/***/ 41107:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OpenApiChecker = void 0;
exports.githubOpenApi = githubOpenApi;
// Checks the simulator's traffic against GitHub's own OpenAPI description (@octokit/openapi, pinned exactly in
// package.json), so the simulator cannot drift from the real API unnoticed. The description (13 MB) is parsed once
// per process and each operation's schemas are compiled on first use; ajv resolves the description's $refs itself,
// which is why we read api.github.com.json rather than the 73 MB .deref.json (2 s to parse, no shared code).
const node_fs_1 = __webpack_require__(73024);
const node_module_1 = __webpack_require__(98995);
const node_path_1 = __webpack_require__(76760);
const ajv_1 = __webpack_require__(42463);
const errors_js_1 = __webpack_require__(10241);
const esc = (s) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const JSON_CT = 'application/json';
// GitHub's description uses oneOf where branches overlap (private-user ⊇ public-user), which no real response could
// satisfy, and `nullable` next to oneOf without a type, which ajv rejects. Rewrite both the way GitHub means them.
function loosen(node) {
    if (Array.isArray(node)) {
        for (const n of node)
            loosen(n);
        return;
    }
    if (node === null || typeof node !== 'object')
        return;
    if (node.oneOf !== undefined) {
        node.anyOf = node.oneOf;
        delete node.oneOf;
        delete node.discriminator;
    }
    if (node.nullable === true && node.type === undefined) {
        const { nullable: _n, ...rest } = node;
        for (const k of Object.keys(node))
            delete node[k];
        node.anyOf = [rest, { type: 'null' }];
    }
    for (const v of Object.values(node))
        loosen(v);
}
// Where GitHub's real answers contradict its description, the simulator answers as GitHub does, and the checker
// accepts exactly these contradictions (every one observed on api.github.com); nothing else is relaxed.
// - A `format: uri` string whose documented default is "" is "" when unset (deployment statuses without
//   target_url/log_url/environment_url answer ""), though "" is not a URI.
// - A label's description is null when the label has none; pull-request-simple's inline label schema says string
//   (the shared `label` schema already says nullable).
const NULLABLE_STRINGS = [
    '/components/schemas/pull-request-simple/properties/labels/items/properties/description',
];
function relax(doc, node = doc) {
    if (Array.isArray(node)) {
        for (const n of node)
            relax(doc, n);
        return;
    }
    if (node === null || typeof node !== 'object')
        return;
    if (node.type === 'string' && node.format === 'uri' && node.default === '') {
        const { format: _f, ...rest } = node;
        for (const k of Object.keys(node))
            delete node[k];
        node.anyOf = [
            { ...rest, format: 'uri' },
            { type: 'string', maxLength: 0 },
        ];
        return;
    }
    for (const v of Object.values(node))
        relax(doc, v);
}
function relaxPointers(doc) {
    for (const pointer of NULLABLE_STRINGS) {
        let node = doc;
        for (const part of pointer.split('/').slice(1))
            node = node?.[part];
        if (node && typeof node === 'object' && !Array.isArray(node))
            node.nullable = true;
        else
            throw new Error(`the OpenAPI relaxation ${pointer} no longer matches the description: review it`);
    }
}
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const FORMATS = {
    'date-time': (s) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
    date: /^\d{4}-\d{2}-\d{2}$/,
    uri: (s) => URL.canParse(s),
    email: /^[^\s@]+@[^\s@]+$/,
    int32: { type: 'number', validate: (n) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 },
    int64: { type: 'number', validate: (n) => Number.isSafeInteger(n) },
};
class OpenApiChecker {
    version;
    doc;
    ajv;
    compiled = new Map();
    operations = new Map();
    constructor(file) {
        this.doc = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
        this.version = String(this.doc.info.version);
        loosen(this.doc.paths ?? null);
        loosen(this.doc.components ?? null);
        relaxPointers(this.doc);
        relax(this.doc);
        // Formats ajv does not know (uri-template, repo.nwo, …) are documentation, not constraints: not logged.
        this.ajv = new ajv_1.Ajv({
            strict: false,
            validateSchema: false,
            allErrors: true,
            formats: FORMATS,
            logger: false,
        });
        this.ajv.addSchema(this.doc, 'gh');
    }
    at(pointer) {
        let node = this.doc;
        for (const part of pointer.split('/').slice(1)) {
            if (node === null || typeof node !== 'object' || Array.isArray(node))
                return undefined;
            node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
        }
        return node;
    }
    /** Follows a `$ref` inside the description; returns the object and its pointer. */
    deref(node, pointer) {
        let current = node;
        let at = pointer;
        for (let i = 0; i < 10 && current && typeof current === 'object' && !Array.isArray(current); i++) {
            const ref = current.$ref;
            if (typeof ref !== 'string')
                return { node: current, pointer: at };
            at = ref.slice(1);
            current = this.at(at);
        }
        return undefined;
    }
    operation(method, path) {
        const key = `${method} ${path}`;
        const cached = this.operations.get(key);
        if (cached)
            return cached;
        const opPointer = `/paths/${esc(path)}/${method.toLowerCase()}`;
        const op = this.at(opPointer);
        if (!op)
            throw new Error(`@octokit/openapi ${this.version} has no operation ${method} ${path}`);
        const parameters = [];
        (op.parameters ?? []).forEach((p, i) => {
            const r = this.deref(p, `${opPointer}/parameters/${i}`);
            if (!r)
                return;
            const schema = this.deref(r.node.schema, `${r.pointer}/schema`);
            parameters.push({
                name: String(r.node.name),
                in: r.node.in,
                required: r.node.required === true,
                pointer: r.pointer,
                type: typeof schema?.node.type === 'string' ? schema.node.type : undefined,
            });
        });
        const body = this.deref(op.requestBody, `${opPointer}/requestBody`);
        const responses = new Map();
        for (const status of Object.keys(op.responses ?? {})) {
            const r = this.deref(op.responses[status], `${opPointer}/responses/${status}`);
            const hasJson = Boolean(r && r.node.content?.[JSON_CT]?.schema);
            responses.set(status, hasJson && r ? `${r.pointer}/content/${esc(JSON_CT)}/schema` : undefined);
        }
        const operation = {
            operationId: String(op.operationId),
            method,
            path,
            parameters,
            hasJsonBody: Boolean(body?.node.content?.[JSON_CT]),
            bodyRequired: body?.node.required === true,
            responses,
        };
        if (operation.hasJsonBody && body) {
            operation.responses.set('__body', `${body.pointer}/content/${esc(JSON_CT)}/schema`);
        }
        this.operations.set(key, operation);
        return operation;
    }
    validator(pointer) {
        let v = this.compiled.get(pointer);
        if (!v) {
            v = this.ajv.compile({ $ref: `gh#${pointer}` });
            this.compiled.set(pointer, v);
        }
        return v;
    }
    check(pointer, value, where) {
        const v = this.validator(pointer);
        if (v(value))
            return undefined;
        return (v.errors ?? [])
            .slice(0, 5)
            .map((e) => `${where}${e.instancePath} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
            .join('; ');
    }
    /** Problems with a request (path params, query, JSON body); undefined when it conforms. */
    checkRequest(op, pathParams, query, body) {
        const problems = [];
        for (const p of op.parameters) {
            if (p.in !== 'path' && p.in !== 'query')
                continue;
            const raw = p.in === 'path' ? pathParams[p.name] : (query.get(p.name) ?? undefined);
            if (raw === undefined) {
                if (p.required)
                    problems.push(`${p.in} parameter ${p.name} is required`);
                continue;
            }
            const problem = this.check(`${p.pointer}/schema`, coerce(raw, p.type), `${p.in}.${p.name}`);
            if (problem)
                problems.push(problem);
        }
        if (op.hasJsonBody) {
            if (body === undefined) {
                if (op.bodyRequired)
                    problems.push('a JSON request body is required');
            }
            else {
                const problem = this.check(op.responses.get('__body'), body, 'body');
                if (problem)
                    problems.push(problem);
            }
        }
        return problems.length ? problems.join('; ') : undefined;
    }
    /** Problems with a response; undefined when it conforms. */
    checkResponse(op, status, body) {
        const key = String(status);
        if (!op.responses.has(key)) {
            // Any endpoint may answer 401/403/404/5xx for reasons of auth, rate limits or outages, and 422 for input
            // GitHub rejects (a SHA that does not exist); GitHub documents those once for the whole API and leaves many
            // out per operation, so such answers only need GitHub's error shapes.
            if (status === 401 || status === 403 || status === 404 || status >= 500) {
                return this.check('/components/schemas/basic-error', body, 'response');
            }
            if (status === 422)
                return this.check('/components/schemas/validation-error', body, 'response');
            return `status ${status} is not a documented response (documented: ${[...op.responses.keys()]
                .filter((s) => s !== '__body')
                .join(', ')})`;
        }
        const pointer = op.responses.get(key);
        if (pointer === undefined)
            return undefined;
        return this.check(pointer, body, 'response');
    }
}
exports.OpenApiChecker = OpenApiChecker;
function coerce(raw, type) {
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw))
        return Number(raw);
    if (type === 'boolean' && (raw === 'true' || raw === 'false'))
        return raw === 'true';
    return raw;
}
let shared;
/** The description of api.github.com from the installed @octokit/openapi, loaded once per process. */
function githubOpenApi() {
    if (!shared) {
        const require = (0, node_module_1.createRequire)(import.meta.url);
        let pkg;
        try {
            pkg = require.resolve('@octokit/openapi/package.json');
        }
        catch {
            // The published CLI carries no devDependencies; the sandbox checks every exchange against this 13 MB file.
            throw new errors_js_1.UserError("the sandbox needs GitHub's OpenAPI description (@octokit/openapi), a development dependency: run it from a clone of gitopshq-actions (`npm ci && npm run demo`), or add it next to gitopshq with `npm i -D @octokit/openapi@23.0.2`", [], 'usage');
        }
        shared = new OpenApiChecker((0, node_path_1.join)((0, node_path_1.dirname)(pkg), 'generated', 'api.github.com.json'));
    }
    return shared;
}


/***/ }),

/***/ 48083:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syncPullRefs = syncPullRefs;
async function syncPullRefs(git, repo) {
    for (const pull of repo.pulls) {
        const open = pull.state === 'open';
        const head = (open ? await git.branchSha(pull.head) : undefined) ?? pull.closedHeadSha;
        const base = (open ? await git.branchSha(pull.base) : undefined) ?? pull.closedBaseSha;
        if (!head)
            continue;
        const headRef = `refs/pull/${pull.number}/head`;
        if ((await git.refSha(headRef)) !== head)
            await git.git.exec(['update-ref', headRef, head]);
        // A closed PR keeps its last merge ref, as on GitHub.
        if (!open || !base)
            continue;
        const mergeRef = `refs/pull/${pull.number}/merge`;
        const current = await git.refSha(mergeRef);
        if (current && (await git.commit(current))?.parents.join(' ') === `${base} ${head}`)
            continue;
        const tree = await git.mergeTree(base, head);
        if (!tree) {
            // GitHub drops the merge ref of a PR that conflicts with its base.
            if (current)
                await git.git.exec(['update-ref', '-d', mergeRef]);
            continue;
        }
        const sha = await git.commitTree(tree, [base, head], `Merge ${head} into ${base}\n`, {
            name: 'GitHub',
            email: 'noreply@github.com',
        });
        await git.git.exec(['update-ref', mergeRef, sha]);
    }
}


/***/ }),

/***/ 94192:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.refFromFiles = refFromFiles;
// A bare repository's refs read from its ref files (loose, then packed-refs, as git reads them) instead of a
// `git rev-parse` process: the simulator looks up a branch or a pull ref several times for every API request and
// every fetch, and a process spawned by a large process (a test runner's worker) costs tens of milliseconds of
// kernel time. Only the answers the files give for certain are used; anything else is left to git.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const SHA40 = /^[0-9a-f]{40}$/;
/** Names whose file path is the ref itself: no `..`, no empty or dot-led component, no lock file. */
const PLAIN_REF = /^refs\/(?:heads|tags|pull)\/(?:[A-Za-z0-9_+-][A-Za-z0-9._+-]*\/)*[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/;
/**
 * The object a ref points to as its files say: a SHA, `null` when the ref does not exist, `undefined` when only git
 * can tell (a symbolic ref, a name outside the plain form, the reftable format, a file being written).
 */
function refFromFiles(gitDir, ref) {
    if (!PLAIN_REF.test(ref) || ref.includes('..') || ref.endsWith('.lock') || ref.endsWith('.'))
        return undefined;
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(gitDir, 'reftable')) || !(0, node_fs_1.existsSync)((0, node_path_1.join)(gitDir, 'refs')))
        return undefined;
    const loose = (0, node_path_1.join)(gitDir, ref);
    try {
        if ((0, node_fs_1.statSync)(loose).isFile()) {
            const text = (0, node_fs_1.readFileSync)(loose, 'utf8').trim();
            return SHA40.test(text) ? text : undefined;
        }
    }
    catch (e) {
        if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')
            return undefined;
    }
    let packed;
    try {
        packed = (0, node_fs_1.readFileSync)((0, node_path_1.join)(gitDir, 'packed-refs'), 'utf8');
    }
    catch (e) {
        return e.code === 'ENOENT' ? null : undefined;
    }
    for (const line of packed.split('\n')) {
        if (line.length === 41 + ref.length && line.endsWith(ref) && line[40] === ' ') {
            const sha = line.slice(0, 40);
            return SHA40.test(sha) ? sha : undefined;
        }
    }
    return null;
}


/***/ }),

/***/ 25138:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ISSUE_TRACKER_ROUTES = void 0;
// Issues (not pull requests): list, create, update, as GitHub answers them. verify-health keeps one drift issue per
// environment with these. Issues share their numbers with pull requests, and the list endpoint returns pull
// requests too (with a `pull_request` key), as GitHub's does, so a client that forgets to drop them is caught here.
const factories_js_1 = __webpack_require__(42981);
const http_js_1 = __webpack_require__(72767);
function issuesOf(repo) {
    const r = repo;
    r.issues ??= [];
    return r.issues;
}
function render(ctx, i) {
    const { world: w, repo } = ctx;
    const api = `${(0, factories_js_1.repoApi)(w.urls, repo)}/issues/${i.number}`;
    const html = `${(0, factories_js_1.repoWeb)(w.urls, repo)}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
    return {
        id: i.id,
        node_id: Buffer.from(`0:Issue${i.id}`).toString('base64').replace(/=+$/, ''),
        url: api,
        repository_url: (0, factories_js_1.repoApi)(w.urls, repo),
        labels_url: `${api}/labels{/name}`,
        comments_url: `${api}/comments`,
        events_url: `${api}/events`,
        html_url: html,
        number: i.number,
        state: i.state,
        // The description allows only the four reasons (no null): an open issue never closed has none.
        ...(i.stateReason ? { state_reason: i.stateReason } : {}),
        title: i.title,
        body: i.body,
        user: (0, factories_js_1.simpleUser)(w.urls, w.account(i.user)),
        labels: repo.labels.filter((l) => i.labels.includes(l.name)).map((l) => (0, factories_js_1.label)(w.urls, repo, l)),
        assignee: null,
        assignees: [],
        milestone: null,
        locked: false,
        active_lock_reason: null,
        comments: repo.comments.filter((c) => c.issueNumber === i.number).length,
        created_at: i.createdAt,
        updated_at: i.updatedAt,
        closed_at: i.closedAt,
        author_association: w.association(repo, i.user),
        ...(i.pull
            ? {
                pull_request: {
                    url: `${(0, factories_js_1.repoApi)(w.urls, repo)}/pulls/${i.number}`,
                    html_url: html,
                    diff_url: `${html}.diff`,
                    patch_url: `${html}.patch`,
                    merged_at: i.pull.mergedAt,
                },
            }
            : {}),
    };
}
function ensureLabels(ctx, names) {
    for (const name of names) {
        if (!ctx.repo.labels.some((l) => l.name === name)) {
            ctx.repo.labels.push({ id: ctx.world.store.nextId(), name, color: 'ededed', description: null });
        }
    }
}
function labelNames(v) {
    return Array.isArray(v)
        ? v.map((l) => (typeof l === 'string' ? l : String(l.name)))
        : [];
}
async function listIssues(ctx) {
    const q = ctx.query;
    const state = q.get('state') ?? 'open';
    const wanted = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
    const pulls = ctx.repo.pulls.map((p) => ({
        id: p.id,
        number: p.number,
        title: p.title,
        body: p.body,
        user: p.user,
        state: p.state,
        stateReason: null,
        labels: p.labels,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
        closedAt: p.closedAt,
        pull: { mergedAt: p.mergedAt },
    }));
    const all = [...issuesOf(ctx.repo), ...pulls]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((l) => i.labels.includes(l)));
    const asc = q.get('direction') === 'asc';
    const key = q.get('sort') === 'updated' ? 'updatedAt' : 'createdAt';
    all.sort((a, b) => (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1) * (asc ? 1 : -1));
    return (0, http_js_1.page)(ctx, all, (i) => render(ctx, i));
}
async function createIssue(ctx) {
    const b = ctx.body;
    const title = String(b.title ?? '');
    if (title.trim() === '')
        throw (0, http_js_1.validationFailed)([{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
    // Labels on a new issue need push access; GitHub drops them silently otherwise.
    const names = ctx.permission === 'read' ? [] : labelNames(b.labels);
    ensureLabels(ctx, names);
    const t = (0, http_js_1.now)();
    const issue = {
        id: ctx.world.store.nextId(),
        number: ctx.repo.nextNumber++,
        title,
        body: b.body ?? null,
        user: ctx.user?.login ?? '',
        state: 'open',
        stateReason: null,
        labels: [...new Set(names)],
        createdAt: t,
        updatedAt: t,
        closedAt: null,
    };
    issuesOf(ctx.repo).push(issue);
    ctx.world.save();
    return { status: 201, body: render(ctx, issue) };
}
async function updateIssue(ctx) {
    const n = Number(ctx.params.issue_number);
    const issue = issuesOf(ctx.repo).find((i) => i.number === n);
    if (!issue) {
        // A pull request's number: GitHub edits the PR as an issue; the simulator's PR routes do that instead.
        throw new http_js_1.HttpError(404, 'Not Found');
    }
    const b = ctx.body;
    if (issue.user !== ctx.user?.login && ctx.permission === 'read') {
        throw new http_js_1.HttpError(403, 'Resource not accessible by integration');
    }
    if (b.title !== undefined && b.title !== null)
        issue.title = String(b.title);
    if (b.body !== undefined)
        issue.body = b.body;
    if (b.labels !== undefined) {
        const names = labelNames(b.labels);
        ensureLabels(ctx, names);
        issue.labels = [...new Set(names)];
    }
    const t = (0, http_js_1.now)();
    if (b.state !== undefined && b.state !== issue.state) {
        issue.state = b.state;
        issue.closedAt = b.state === 'closed' ? t : null;
        issue.stateReason = b.state === 'closed' ? (b.state_reason ?? 'completed') : 'reopened';
    }
    issue.updatedAt = t;
    ctx.world.save();
    return { status: 200, body: render(ctx, issue) };
}
const R = '/repos/{owner}/{repo}';
exports.ISSUE_TRACKER_ROUTES = [
    { method: 'GET', path: `${R}/issues`, access: 'read', handle: listIssues },
    { method: 'POST', path: `${R}/issues`, access: 'read', handle: createIssue },
    { method: 'PATCH', path: `${R}/issues/{issue_number}`, access: 'read', handle: updateIssue },
];


/***/ }),

/***/ 31618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ISSUE_ROUTES = void 0;
exports.combined = combined;
// PR conversation comments, labels, commit statuses and deployments.
const factories_js_1 = __webpack_require__(42981);
const http_js_1 = __webpack_require__(72767);
const state_js_1 = __webpack_require__(6586);
function renderComment(ctx, c) {
    const w = ctx.world;
    return (0, factories_js_1.issueComment)(w.urls, ctx.repo, c, w.account(c.user), w.association(ctx.repo, c.user));
}
async function listComments(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    return (0, http_js_1.page)(ctx, ctx.repo.comments.filter((c) => c.issueNumber === pull.number), (c) => renderComment(ctx, c));
}
async function createComment(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const t = (0, http_js_1.now)();
    const c = {
        id: ctx.world.store.nextId(),
        issueNumber: pull.number,
        user: ctx.user?.login ?? '',
        body: ctx.body.body,
        createdAt: t,
        updatedAt: t,
    };
    ctx.repo.comments.push(c);
    ctx.world.save();
    return { status: 201, body: renderComment(ctx, c) };
}
async function updateComment(ctx) {
    const c = ctx.repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
    if (!c)
        throw new http_js_1.HttpError(404, 'Not Found');
    // Authors edit their own comments; editing someone else's needs write access.
    if (c.user !== ctx.user?.login && !(0, state_js_1.permits)(ctx.permission, 'write')) {
        throw new http_js_1.HttpError(403, 'Resource not accessible by integration');
    }
    c.body = ctx.body.body;
    c.updatedAt = (0, http_js_1.now)();
    ctx.world.save();
    return { status: 200, body: renderComment(ctx, c) };
}
function labelNames(body) {
    if (Array.isArray(body))
        return body.map((l) => (typeof l === 'string' ? l : String(l.name)));
    const labels = body?.labels ?? [];
    return labels.map((l) => (typeof l === 'string' ? l : String(l.name)));
}
function issueLabels(ctx, names) {
    const labels = ctx.repo.labels.filter((l) => names.includes(l.name));
    return { status: 200, body: labels.map((l) => (0, factories_js_1.label)(ctx.world.urls, ctx.repo, l)) };
}
function ensureLabels(ctx, names) {
    for (const name of names) {
        if (!ctx.repo.labels.some((l) => l.name === name)) {
            ctx.repo.labels.push({ id: ctx.world.store.nextId(), name, color: 'ededed', description: null });
        }
    }
}
async function addLabels(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const names = labelNames(ctx.body);
    if (names.length === 0)
        throw (0, http_js_1.validationFailed)([{ resource: 'Label', field: 'labels', code: 'missing_field' }]);
    ensureLabels(ctx, names);
    pull.labels = [...new Set([...pull.labels, ...names])];
    ctx.world.save();
    return issueLabels(ctx, pull.labels);
}
async function setLabels(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const names = labelNames(ctx.body);
    ensureLabels(ctx, names);
    pull.labels = [...new Set(names)];
    ctx.world.save();
    return issueLabels(ctx, pull.labels);
}
async function removeAllLabels(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    pull.labels = [];
    ctx.world.save();
    return { status: 204 };
}
async function removeLabel(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const name = ctx.params.name ?? '';
    if (!pull.labels.includes(name))
        throw new http_js_1.HttpError(404, 'Label does not exist');
    pull.labels = pull.labels.filter((l) => l !== name);
    ctx.world.save();
    return issueLabels(ctx, pull.labels);
}
async function createStatus(ctx) {
    const b = ctx.body;
    const sha = ctx.params.sha ?? '';
    const full = /^[0-9a-f]{40}$/.test(sha) ? await ctx.world.bare(ctx.repo).resolve(sha) : undefined;
    if (!full)
        throw (0, http_js_1.validationFailed)([
            { resource: 'Status', code: 'custom', message: `No commit found for SHA: ${sha}` },
        ]);
    const s = {
        id: ctx.world.store.nextId(),
        sha: full,
        state: b.state,
        context: b.context ?? 'default',
        description: b.description ?? null,
        targetUrl: b.target_url ?? null,
        creator: ctx.user?.login ?? '',
        createdAt: (0, http_js_1.now)(),
    };
    ctx.repo.statuses.push(s);
    ctx.world.save();
    return { status: 201, body: (0, factories_js_1.commitStatus)(ctx.world.urls, ctx.repo, s, ctx.world.account(s.creator)) };
}
/** The latest status of each context on `sha`, newest first, and GitHub's roll-up of them. */
function combined(statuses, sha) {
    const latest = new Map();
    for (const s of statuses.filter((x) => x.sha === sha))
        latest.set(s.context, s);
    const list = [...latest.values()].reverse();
    const state = list.some((s) => s.state === 'error' || s.state === 'failure')
        ? 'failure'
        : list.length === 0 || list.some((s) => s.state === 'pending')
            ? 'pending'
            : 'success';
    return { state, latest: list };
}
async function combinedStatus(ctx) {
    const { world: w, repo } = ctx;
    const ref = ctx.params.ref ?? '';
    const sha = await w.bare(repo).resolve(ref);
    if (!sha)
        throw new http_js_1.HttpError(404, `No commit found for SHA: ${ref}`);
    const { state, latest } = combined(repo.statuses, sha);
    const api = (0, factories_js_1.repoApi)(w.urls, repo);
    return {
        status: 200,
        body: {
            state,
            sha,
            total_count: latest.length,
            statuses: latest.map((s) => {
                const { creator: _c, ...simple } = (0, factories_js_1.commitStatus)(w.urls, repo, s, w.account(s.creator));
                return simple;
            }),
            repository: (0, factories_js_1.minimalRepository)(w.urls, repo, w.account(repo.owner)),
            commit_url: `${api}/commits/${sha}`,
            url: `${api}/commits/${sha}/status`,
        },
    };
}
async function createDeployment(ctx) {
    const b = ctx.body;
    const { world: w, repo } = ctx;
    const git = w.bare(repo);
    const sha = await git.resolve(b.ref);
    if (!sha)
        throw (0, http_js_1.validationFailed)([
            { resource: 'Deployment', field: 'ref', code: 'invalid', message: `No ref found for: ${b.ref}` },
        ]);
    const autoMerge = b.auto_merge ?? true;
    const defaultSha = await git.branchSha(repo.defaultBranch);
    if (autoMerge && defaultSha && !(await git.isAncestor(defaultSha, sha))) {
        // GitHub would merge the default branch into `ref` here: the surprise docs/architecture.md#github-facts avoids.
        return {
            status: 202,
            body: { message: `Auto-merged ${repo.defaultBranch} into ${b.ref} on deployment.` },
        };
    }
    const { latest } = combined(repo.statuses, sha);
    const needed = b.required_contexts ?? latest.map((s) => s.context);
    const failing = needed.filter((c) => latest.find((s) => s.context === c)?.state !== 'success');
    if (failing.length > 0) {
        return {
            status: 409,
            body: {
                message: `Conflict: Commit status checks failed for ${b.ref}.`,
                documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
                errors: [
                    {
                        contexts: failing.map((context) => ({ context, state: 'missing' })),
                        resource: 'Deployment',
                        field: 'required_contexts',
                    },
                ],
            },
        };
    }
    const environment = b.environment ?? 'production';
    const d = {
        id: w.store.nextId(),
        sha,
        ref: b.ref,
        task: b.task ?? 'deploy',
        environment,
        description: b.description ?? null,
        payload: b.payload ?? {},
        creator: ctx.user?.login ?? '',
        createdAt: (0, http_js_1.now)(),
        productionEnvironment: b.production_environment ?? environment === 'production',
        transientEnvironment: b.transient_environment ?? false,
        autoMerge,
        requiredContexts: b.required_contexts ?? null,
        statuses: [],
    };
    repo.deployments.push(d);
    w.save();
    return { status: 201, body: (0, factories_js_1.deployment)(w.urls, repo, d, w.account(d.creator)) };
}
async function listDeployments(ctx) {
    const q = ctx.query;
    const list = ctx.repo.deployments
        .filter((d) => (!q.get('sha') || d.sha === q.get('sha')) && (!q.get('ref') || d.ref === q.get('ref')))
        .filter((d) => (!q.get('task') || d.task === q.get('task')) &&
        (!q.get('environment') || d.environment === q.get('environment')))
        .reverse();
    return (0, http_js_1.page)(ctx, list, (d) => (0, factories_js_1.deployment)(ctx.world.urls, ctx.repo, d, ctx.world.account(d.creator)));
}
function findDeployment(ctx) {
    const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
    if (!d)
        throw new http_js_1.HttpError(404, 'Not Found');
    return d;
}
async function createDeploymentStatus(ctx) {
    const d = findDeployment(ctx);
    const b = ctx.body;
    const { world: w, repo } = ctx;
    const t = (0, http_js_1.now)();
    const add = (state, target) => {
        const s = {
            id: w.store.nextId(),
            state,
            description: state === b.state ? (b.description ?? '') : 'A newer deployment of this environment succeeded.',
            environmentUrl: state === b.state ? (b.environment_url ?? '') : '',
            logUrl: state === b.state ? (b.log_url ?? b.target_url ?? '') : '',
            creator: ctx.user?.login ?? '',
            createdAt: t,
        };
        target.statuses.push(s);
        return s;
    };
    const s = add(b.state, d);
    if (b.state === 'success' && b.auto_inactive !== false) {
        // GitHub marks earlier successful deployments of the same environment inactive.
        for (const other of repo.deployments) {
            if (other !== d && other.environment === d.environment && other.statuses.at(-1)?.state === 'success')
                add('inactive', other);
        }
    }
    w.save();
    return { status: 201, body: (0, factories_js_1.deploymentStatus)(w.urls, repo, d, s, w.account(s.creator)) };
}
async function listDeploymentStatuses(ctx) {
    const d = findDeployment(ctx);
    const w = ctx.world;
    return (0, http_js_1.page)(ctx, [...d.statuses].reverse(), (s) => (0, factories_js_1.deploymentStatus)(w.urls, ctx.repo, d, s, w.account(s.creator)));
}
const R = '/repos/{owner}/{repo}';
exports.ISSUE_ROUTES = [
    { method: 'GET', path: `${R}/issues/{issue_number}/comments`, access: 'read', handle: listComments },
    { method: 'POST', path: `${R}/issues/{issue_number}/comments`, access: 'read', handle: createComment },
    { method: 'PATCH', path: `${R}/issues/comments/{comment_id}`, access: 'read', handle: updateComment },
    { method: 'POST', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: addLabels },
    { method: 'PUT', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: setLabels },
    { method: 'DELETE', path: `${R}/issues/{issue_number}/labels`, access: 'write', handle: removeAllLabels },
    {
        method: 'DELETE',
        path: `${R}/issues/{issue_number}/labels/{name}`,
        access: 'write',
        handle: removeLabel,
    },
    { method: 'POST', path: `${R}/statuses/{sha}`, access: 'write', handle: createStatus },
    { method: 'GET', path: `${R}/commits/{ref}/status`, access: 'read', handle: combinedStatus },
    { method: 'POST', path: `${R}/deployments`, access: 'write', handle: createDeployment },
    { method: 'GET', path: `${R}/deployments`, access: 'read', handle: listDeployments },
    {
        method: 'POST',
        path: `${R}/deployments/{deployment_id}/statuses`,
        access: 'write',
        handle: createDeploymentStatus,
    },
    {
        method: 'GET',
        path: `${R}/deployments/{deployment_id}/statuses`,
        access: 'read',
        handle: listDeploymentStatuses,
    },
];


/***/ }),

/***/ 76052:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PULL_ROUTES = void 0;
exports.pullContext = pullContext;
exports.renderPull = renderPull;
exports.commitView = commitView;
// Pull requests, their files, commits, reviews and merges. Head and base SHAs come from the bare repository's refs
// on every read, so a `git push` to the head branch moves the PR like on GitHub.
const activity_js_1 = __webpack_require__(31706);
const factories_js_1 = __webpack_require__(42981);
const http_js_1 = __webpack_require__(72767);
function pullContext(ctx) {
    const { world: w, repo } = ctx;
    return {
        urls: w.urls,
        repo,
        owner: w.account(repo.owner),
        account: (login) => w.account(login),
        labels: repo.labels,
        association: (login) => w.association(repo, login),
        pushedAt: repo.pushedAt,
        openIssues: repo.pulls.filter((p) => p.state === 'open').length,
    };
}
async function renderPull(ctx, pull, full) {
    return (0, factories_js_1.pullRequest)(pullContext(ctx), await ctx.world.pullView(ctx.repo, pull, full), full);
}
const branchOf = (_repo, head) => head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
async function createPull(ctx) {
    const b = ctx.body;
    const { repo, world } = ctx;
    const git = world.bare(repo);
    const head = branchOf(repo, b.head);
    if (b.head.includes(':') && b.head.split(':')[0]?.toLowerCase() !== repo.owner.toLowerCase()) {
        throw (0, http_js_1.validationFailed)([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    }
    const headSha = await git.branchSha(head);
    const baseSha = await git.branchSha(b.base);
    if (!baseSha)
        throw (0, http_js_1.validationFailed)([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    if (!headSha)
        throw (0, http_js_1.validationFailed)([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === b.base)) {
        throw (0, http_js_1.validationFailed)([
            {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${repo.owner}:${head}.`,
            },
        ]);
    }
    if (await git.isAncestor(headSha, baseSha)) {
        throw (0, http_js_1.validationFailed)([
            { resource: 'PullRequest', code: 'custom', message: `No commits between ${b.base} and ${head}` },
        ]);
    }
    const t = (0, http_js_1.now)();
    const pull = {
        id: world.store.nextId(),
        number: repo.nextNumber++,
        title: b.title ?? head,
        body: b.body ?? null,
        state: 'open',
        draft: b.draft ?? false,
        head,
        base: b.base,
        user: ctx.user?.login ?? '',
        labels: [],
        createdAt: t,
        updatedAt: t,
        closedAt: null,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        closedHeadSha: null,
        closedBaseSha: null,
        reviews: [],
    };
    repo.pulls.push(pull);
    world.save();
    return { status: 201, body: await renderPull(ctx, pull, true) };
}
async function listPulls(ctx) {
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    const pulls = ctx.repo.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !head ||
        (head.includes(':')
            ? `${ctx.repo.owner}:${p.head}`.toLowerCase() === head.toLowerCase()
            : p.head === head))
        .filter((p) => !base || p.base === base)
        .sort((a, b) => b.number - a.number);
    const reply = (0, http_js_1.page)(ctx, pulls);
    reply.body = await Promise.all(reply.body.map((p) => renderPull(ctx, p, false)));
    return reply;
}
async function closeWithShas(ctx, pull) {
    const git = ctx.world.bare(ctx.repo);
    pull.closedHeadSha = (await git.branchSha(pull.head)) ?? pull.closedHeadSha;
    pull.closedBaseSha = (await git.branchSha(pull.base)) ?? pull.closedBaseSha;
}
async function updatePull(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const b = ctx.body;
    if (b.title !== undefined)
        pull.title = b.title;
    if (b.body !== undefined)
        pull.body = b.body;
    if (b.base !== undefined) {
        if (!(await ctx.world.bare(ctx.repo).branchSha(b.base))) {
            throw (0, http_js_1.validationFailed)([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
        }
        pull.base = b.base;
    }
    if (b.state && b.state !== pull.state && pull.mergedAt === null) {
        if (b.state === 'closed') {
            await closeWithShas(ctx, pull);
            pull.closedAt = (0, http_js_1.now)();
        }
        else {
            pull.closedAt = null;
            pull.closedHeadSha = null;
            pull.closedBaseSha = null;
        }
        pull.state = b.state;
    }
    pull.updatedAt = (0, http_js_1.now)();
    ctx.world.save();
    return { status: 200, body: await renderPull(ctx, pull, true) };
}
async function pullFiles(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const v = await ctx.world.pullView(ctx.repo, pull, false);
    const files = await ctx.world.bare(ctx.repo).changedFiles(v.baseSha, v.headSha);
    const { api, web } = ctx.world.urls;
    const base = `${ctx.repo.owner}/${ctx.repo.name}`;
    return (0, http_js_1.page)(ctx, files, (f) => ({
        sha: f.sha,
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: `${web}/${base}/blob/${v.headSha}/${f.filename}`,
        raw_url: `${web}/${base}/raw/${v.headSha}/${f.filename}`,
        contents_url: `${api}/repos/${base}/contents/${f.filename}?ref=${v.headSha}`,
        ...(f.previousFilename ? { previous_filename: f.previousFilename } : {}),
    }));
}
function commitView(ctx) {
    const byEmail = (email) => {
        const u = Object.values(ctx.world.store.state.users).find((x) => x.email.toLowerCase() === email.toLowerCase());
        return u ? ctx.world.account(u.login) : null;
    };
    return (c) => (0, factories_js_1.commit)(ctx.world.urls, ctx.repo, c, byEmail(c.authorEmail), byEmail(c.committerEmail));
}
async function pullCommits(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const v = await ctx.world.pullView(ctx.repo, pull, false);
    const git = ctx.world.bare(ctx.repo);
    const from = (await git.mergeBase(v.baseSha, v.headSha)) ?? v.baseSha;
    return (0, http_js_1.page)(ctx, await git.commits(from, v.headSha), commitView(ctx));
}
async function pullsOfCommit(ctx) {
    const sha = ctx.params.commit_sha ?? '';
    const git = ctx.world.bare(ctx.repo);
    const full = await git.resolve(sha);
    if (!full)
        throw new http_js_1.HttpError(422, `No commit found for SHA: ${sha}`);
    const found = [];
    for (const p of ctx.repo.pulls) {
        const v = await ctx.world.pullView(ctx.repo, p, false);
        if (p.mergeCommitSha === full || v.headSha === full)
            found.push(p);
    }
    const reply = (0, http_js_1.page)(ctx, found);
    reply.body = await Promise.all(reply.body.map((p) => renderPull(ctx, p, false)));
    return reply;
}
async function mergePull(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const b = (ctx.body ?? {});
    const { repo, world } = ctx;
    const git = world.bare(repo);
    if (pull.state !== 'open')
        throw new http_js_1.HttpError(405, 'Pull Request is not mergeable');
    const v = await world.pullView(repo, pull, false);
    if (b.sha && b.sha !== v.headSha)
        throw new http_js_1.HttpError(409, 'Head branch was modified. Review and try the merge again.');
    const method = b.merge_method ?? 'merge';
    if (method === 'rebase')
        throw new http_js_1.HttpError(405, 'Rebase merges are not allowed on this repository.');
    const required = repo.protectedBranches[pull.base]?.requiredContexts ?? [];
    for (const context of required) {
        const latest = repo.statuses.filter((s) => s.sha === v.headSha && s.context === context).at(-1);
        if (latest?.state !== 'success')
            throw new http_js_1.HttpError(405, `Required status check "${context}" is expected.`);
    }
    const tree = await git.mergeTree(v.baseSha, v.headSha);
    if (!tree)
        throw new http_js_1.HttpError(405, 'Pull Request is not mergeable');
    const merger = ctx.user ?? world.store.user(pull.user);
    const author = { name: merger?.name ?? 'GitHub', email: merger?.email ?? 'noreply@github.com' };
    let message;
    let parents;
    if (method === 'squash') {
        const commits = await git.commits((await git.mergeBase(v.baseSha, v.headSha)) ?? v.baseSha, v.headSha);
        message = `${b.commit_title ?? `${pull.title} (#${pull.number})`}\n\n${b.commit_message ?? commits.map((c) => `* ${c.message}`).join('\n\n')}`;
        parents = [v.baseSha];
    }
    else {
        message = `${b.commit_title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`}\n\n${b.commit_message ?? pull.title}`;
        parents = [v.baseSha, v.headSha];
    }
    const sha = await git.commitTree(tree, parents, message, author);
    if (!(await git.updateBranch(pull.base, sha, v.baseSha))) {
        throw new http_js_1.HttpError(409, 'Base branch was modified. Review and try the merge again.');
    }
    const t = (0, http_js_1.now)();
    Object.assign(pull, {
        state: 'closed',
        closedAt: t,
        mergedAt: t,
        updatedAt: t,
        mergedBy: merger?.login ?? null,
        mergeCommitSha: sha,
        closedHeadSha: v.headSha,
        closedBaseSha: v.baseSha,
    });
    repo.pushedAt = t;
    (0, activity_js_1.recordActivity)(repo, world.store.nextId(), {
        type: 'pr_merge',
        ref: `refs/heads/${pull.base}`,
        before: v.baseSha,
        after: sha,
        actor: merger?.login ?? pull.user,
    });
    world.save();
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}
function renderReview(ctx, pull, r) {
    const w = ctx.world;
    return (0, factories_js_1.review)(w.urls, ctx.repo, pull.number, r, w.account(r.user), w.association(ctx.repo, r.user));
}
async function listReviews(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    // PENDING reviews are visible to their author only.
    const visible = pull.reviews.filter((r) => r.state !== 'PENDING' || r.user === ctx.user?.login);
    return (0, http_js_1.page)(ctx, visible, (r) => renderReview(ctx, pull, r));
}
const EVENT_STATE = {
    APPROVE: 'APPROVED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
    COMMENT: 'COMMENTED',
};
async function createReview(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const b = (ctx.body ?? {});
    const login = ctx.user?.login ?? '';
    const state = b.event ? EVENT_STATE[b.event] : 'PENDING';
    if (pull.state !== 'open')
        throw new http_js_1.HttpError(422, 'Unprocessable Entity', { errors: ['Can not review a closed pull request'] });
    if (login === pull.user && (state === 'APPROVED' || state === 'CHANGES_REQUESTED')) {
        const what = state === 'APPROVED' ? 'approve' : 'request changes on';
        throw new http_js_1.HttpError(422, 'Unprocessable Entity', {
            errors: [`Review Can not ${what} your own pull request`],
        });
    }
    if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !b.body) {
        throw new http_js_1.HttpError(422, 'Unprocessable Entity', { errors: ['Review Body is required'] });
    }
    const v = await ctx.world.pullView(ctx.repo, pull, false);
    const commitId = b.commit_id ? await ctx.world.bare(ctx.repo).resolve(b.commit_id) : v.headSha;
    if (!commitId)
        throw new http_js_1.HttpError(422, 'Unprocessable Entity', {
            errors: ['Commit ID is not part of the pull request'],
        });
    const r = {
        id: ctx.world.store.nextId(),
        user: login,
        state,
        body: b.body ?? '',
        commitId,
        submittedAt: (0, http_js_1.now)(),
    };
    pull.reviews.push(r);
    ctx.world.save();
    return { status: 200, body: renderReview(ctx, pull, r) };
}
async function dismissReview(ctx) {
    const pull = (0, http_js_1.findPull)(ctx);
    const r = pull.reviews.find((x) => x.id === Number(ctx.params.review_id));
    if (!r)
        throw new http_js_1.HttpError(404, 'Not Found');
    if (r.state !== 'APPROVED' && r.state !== 'CHANGES_REQUESTED') {
        throw new http_js_1.HttpError(422, 'Unprocessable Entity', {
            errors: ['Can not dismiss a commented pull request review'],
        });
    }
    r.state = 'DISMISSED';
    ctx.world.save();
    return { status: 200, body: renderReview(ctx, pull, r) };
}
async function getPull(ctx) {
    return { status: 200, body: await renderPull(ctx, (0, http_js_1.findPull)(ctx), true) };
}
const P = '/repos/{owner}/{repo}/pulls';
exports.PULL_ROUTES = [
    { method: 'POST', path: P, access: 'write', handle: createPull },
    { method: 'GET', path: P, access: 'read', handle: listPulls },
    { method: 'GET', path: `${P}/{pull_number}`, access: 'read', handle: getPull },
    { method: 'PATCH', path: `${P}/{pull_number}`, access: 'write', handle: updatePull },
    { method: 'GET', path: `${P}/{pull_number}/files`, access: 'read', handle: pullFiles },
    { method: 'GET', path: `${P}/{pull_number}/commits`, access: 'read', handle: pullCommits },
    { method: 'PUT', path: `${P}/{pull_number}/merge`, access: 'write', handle: mergePull },
    { method: 'GET', path: `${P}/{pull_number}/reviews`, access: 'read', handle: listReviews },
    { method: 'POST', path: `${P}/{pull_number}/reviews`, access: 'read', handle: createReview },
    {
        method: 'PUT',
        path: `${P}/{pull_number}/reviews/{review_id}/dismissals`,
        access: 'write',
        handle: dismissReview,
    },
    {
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        access: 'read',
        handle: pullsOfCommit,
    },
];


/***/ }),

/***/ 78946:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.REPO_ROUTES = void 0;
// The authenticated user, repositories, branches, refs, file contents, permissions, teams and dispatches.
const factories_js_1 = __webpack_require__(42981);
const http_js_1 = __webpack_require__(72767);
const routes_pulls_js_1 = __webpack_require__(76052);
const workflow_file_js_1 = __webpack_require__(95777);
async function getUser(ctx) {
    const u = ctx.user;
    if (!u)
        throw new http_js_1.HttpError(401, 'Requires authentication');
    return { status: 200, body: (0, factories_js_1.privateUser)(ctx.world.urls, { ...u, type: u.type }) };
}
async function getRepo(ctx) {
    const { world: w, repo } = ctx;
    return {
        status: 200,
        body: (0, factories_js_1.repository)(w.urls, repo, w.account(repo.owner), {
            pushedAt: repo.pushedAt,
            openIssues: repo.pulls.filter((p) => p.state === 'open').length,
            ...(ctx.permission ? { permission: ctx.permission } : {}),
            full: true,
        }),
    };
}
async function listBranches(ctx) {
    const branches = await ctx.world.bare(ctx.repo).branches();
    return (0, http_js_1.page)(ctx, branches, (b) => ({
        name: b.name,
        commit: { sha: b.sha, url: `${(0, factories_js_1.repoApi)(ctx.world.urls, ctx.repo)}/commits/${b.sha}` },
        protected: Object.hasOwn(ctx.repo.protectedBranches, b.name),
    }));
}
async function getBranch(ctx) {
    const name = ctx.params.branch ?? '';
    const git = ctx.world.bare(ctx.repo);
    const sha = await git.branchSha(name);
    const info = sha ? await git.commit(sha) : undefined;
    if (!sha || !info)
        throw new http_js_1.HttpError(404, 'Branch not found');
    const api = `${(0, factories_js_1.repoApi)(ctx.world.urls, ctx.repo)}/branches/${encodeURIComponent(name)}`;
    return {
        status: 200,
        body: {
            name,
            commit: (0, routes_pulls_js_1.commitView)(ctx)(info),
            _links: { html: `${(0, factories_js_1.repoWeb)(ctx.world.urls, ctx.repo)}/tree/${name}`, self: api },
            protected: Object.hasOwn(ctx.repo.protectedBranches, name),
            protection: { enabled: Object.hasOwn(ctx.repo.protectedBranches, name) },
            protection_url: `${api}/protection`,
        },
    };
}
async function getRef(ctx) {
    const ref = ctx.params.ref ?? '';
    if (!/^(heads|tags)\/./.test(ref))
        throw new http_js_1.HttpError(404, 'Not Found');
    const sha = await ctx.world.bare(ctx.repo).refSha(`refs/${ref}`);
    if (!sha)
        throw new http_js_1.HttpError(404, 'Not Found');
    const api = (0, factories_js_1.repoApi)(ctx.world.urls, ctx.repo);
    return {
        status: 200,
        body: {
            ref: `refs/${ref}`,
            node_id: Buffer.from(`Ref:${ref}`).toString('base64'),
            url: `${api}/git/refs/${ref}`,
            object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
        },
    };
}
async function getContent(ctx) {
    const { world: w, repo } = ctx;
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const refName = ctx.query.get('ref') ?? repo.defaultBranch;
    const sha = await w.bare(repo).resolve(refName);
    if (!sha)
        throw new http_js_1.HttpError(404, `No commit found for the ref ${refName}`);
    const found = await w.bare(repo).read(sha, path);
    if (!found)
        throw new http_js_1.HttpError(404, 'Not Found');
    const api = (0, factories_js_1.repoApi)(w.urls, repo);
    const web = (0, factories_js_1.repoWeb)(w.urls, repo);
    const entry = (type, p, objSha, size) => {
        const self = `${api}/contents/${p}?ref=${encodeURIComponent(refName)}`;
        const html = `${web}/${type === 'dir' ? 'tree' : 'blob'}/${refName}/${p}`;
        const git = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${objSha}`;
        return {
            type,
            size,
            name: p.split('/').pop() ?? p,
            path: p,
            sha: objSha,
            url: self,
            git_url: git,
            html_url: html,
            download_url: type === 'file' ? `${web}/raw/${refName}/${p}` : null,
            _links: { self, git, html },
        };
    };
    if (found.type === 'dir') {
        return {
            status: 200,
            body: found.entries.map((e) => entry(e.type, path ? `${path}/${e.name}` : e.name, e.sha, e.size)),
        };
    }
    // GitHub wraps the base64 at 60 characters.
    const content = (found.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return {
        status: 200,
        body: {
            ...entry('file', path, found.sha, found.content.length),
            content: `${content}\n`,
            encoding: 'base64',
        },
    };
}
async function collaboratorPermission(ctx) {
    const { world: w, repo } = ctx;
    const user = w.store.user(ctx.params.username ?? '');
    if (!user)
        throw new http_js_1.HttpError(404, 'Not Found');
    const role = w.store.permission(repo, user.login) ?? 'none';
    const permission = {
        admin: 'admin',
        maintain: 'write',
        write: 'write',
        triage: 'read',
        read: 'read',
        none: 'none',
    }[role];
    return {
        status: 200,
        body: {
            permission,
            role_name: role,
            user: { ...(0, factories_js_1.simpleUser)(w.urls, w.account(user.login)), role_name: role },
        },
    };
}
async function teamMembership(ctx) {
    const { world: w, user } = ctx;
    const org = ctx.params.org ?? '';
    if (!w.store.isOrg(org))
        throw new http_js_1.HttpError(404, 'Not Found');
    // GITHUB_TOKEN and other tokens without the organization's Members read permission cannot see memberships.
    if (!user?.membersRead || !w.store.isOrgMember(org, user.login)) {
        throw new http_js_1.HttpError(403, 'Resource not accessible by integration');
    }
    const team = w.store.team(org, ctx.params.team_slug ?? '');
    const member = ctx.params.username ?? '';
    if (!team?.members.some((m) => m.toLowerCase() === member.toLowerCase())) {
        throw new http_js_1.HttpError(404, 'Not Found');
    }
    return {
        status: 200,
        body: {
            url: `${w.urls.api}/organizations/${w.account(org).id}/team/${team.id}/memberships/${member}`,
            role: 'member',
            state: 'active',
        },
    };
}
async function workflowDispatch(ctx) {
    const b = ctx.body;
    const { world: w, repo } = ctx;
    const sha = await w.bare(repo).resolve(b.ref);
    if (!sha)
        throw (0, http_js_1.validationFailed)([
            { resource: 'WorkflowDispatch', field: 'ref', code: 'invalid', message: `No ref found for: ${b.ref}` },
        ]);
    const workflow = ctx.params.workflow_id ?? '';
    // A numeric id names no file the simulator knows: its dispatch is taken as given.
    if (!/^\d+$/.test(workflow)) {
        const file = await w.bare(repo).read(sha, `.github/workflows/${workflow}`);
        if (file?.type !== 'file')
            throw new http_js_1.HttpError(404, 'Not Found');
        // GitHub reads the workflow as the ref holds it: 422 without a dispatch trigger or for undeclared inputs.
        const declared = (0, workflow_file_js_1.dispatchInputsOf)(file.content.toString('utf8'));
        if (declared === undefined)
            throw new http_js_1.HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
        const unexpected = (0, workflow_file_js_1.unexpectedInputs)(declared, b.inputs ?? {});
        if (unexpected !== undefined)
            throw new http_js_1.HttpError(422, unexpected);
    }
    repo.dispatches.push({
        kind: 'workflow',
        workflow,
        ref: b.ref,
        inputs: b.inputs ?? {},
        actor: ctx.user?.login ?? '',
        at: (0, http_js_1.now)(),
    });
    w.save();
    return { status: 204 };
}
async function repositoryDispatch(ctx) {
    const b = ctx.body;
    ctx.repo.dispatches.push({
        kind: 'repository',
        eventType: b.event_type,
        clientPayload: b.client_payload ?? {},
        actor: ctx.user?.login ?? '',
        at: (0, http_js_1.now)(),
    });
    ctx.world.save();
    return { status: 204 };
}
const R = '/repos/{owner}/{repo}';
exports.REPO_ROUTES = [
    { method: 'GET', path: '/user', access: 'user', handle: getUser },
    { method: 'GET', path: R, access: 'read', handle: getRepo },
    { method: 'GET', path: `${R}/branches`, access: 'read', handle: listBranches },
    { method: 'GET', path: `${R}/branches/{branch}`, access: 'read', handle: getBranch },
    { method: 'GET', path: `${R}/git/ref/{ref}`, access: 'read', handle: getRef },
    { method: 'GET', path: `${R}/contents/{path}`, access: 'read', handle: getContent },
    {
        method: 'GET',
        path: `${R}/collaborators/{username}/permission`,
        access: 'read',
        handle: collaboratorPermission,
    },
    {
        method: 'GET',
        path: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
        access: 'user',
        handle: teamMembership,
    },
    {
        method: 'POST',
        path: `${R}/actions/workflows/{workflow_id}/dispatches`,
        access: 'write',
        handle: workflowDispatch,
    },
    { method: 'POST', path: `${R}/dispatches`, access: 'write', handle: repositoryDispatch },
];


/***/ }),

/***/ 21297:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROUTES = void 0;
exports.matchRoute = matchRoute;
// Which route serves a request: the OpenAPI path templates of every endpoint the simulator serves, matched the
// way GitHub matches them.
const activity_js_1 = __webpack_require__(31706);
const routes_issue_tracker_js_1 = __webpack_require__(25138);
const routes_issues_js_1 = __webpack_require__(31618);
const routes_pulls_js_1 = __webpack_require__(76052);
const routes_repo_js_1 = __webpack_require__(78946);
exports.ROUTES = [
    ...routes_repo_js_1.REPO_ROUTES,
    ...routes_pulls_js_1.PULL_ROUTES,
    ...routes_issues_js_1.ISSUE_ROUTES,
    // verify-health's drift issue (issue 10).
    ...routes_issue_tracker_js_1.ISSUE_TRACKER_ROUTES,
    // Who pushed to a pull request's branch, for approve-gate.
    ...activity_js_1.ACTIVITY_ROUTES,
];
function compile(route) {
    const names = [];
    const source = route.path.replace(/\{(\w+)\}/g, (_m, name) => {
        names.push(name);
        // File paths and refs contain slashes; Octokit may or may not encode them.
        return name === 'path' || (name === 'ref' && route.path.includes('/git/ref/')) ? '(.+)' : '([^/]+)';
    });
    return { route, regex: new RegExp(`^${source}$`), names };
}
const COMPILED = exports.ROUTES.map(compile);
/** The route for `method path` (the path after /api/v3) and its decoded path parameters. */
function matchRoute(method, path) {
    for (const c of COMPILED) {
        if (c.route.method !== method)
            continue;
        const m = c.regex.exec(path);
        if (!m)
            continue;
        const params = {};
        c.names.forEach((n, i) => {
            params[n] = decodeURIComponent(m[i + 1] ?? '');
        });
        return { route: c.route, params };
    }
    return undefined;
}


/***/ }),

/***/ 75993:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.API_PREFIX = void 0;
exports.startGitHubSimulator = startGitHubSimulator;
// The local GitHub: a server on 127.0.0.1 serving the REST endpoints the actions use (under /api/v3, the GitHub
// Enterprise Server layout, so GITHUB_API_URL with a path is exercised) and git over smart HTTP, with every
// request and response checked against GitHub's OpenAPI description. A violation answers 500 naming the operation
// and is recorded in `violations`, so tests can assert none happened.
//
// A request goes through the shared pipeline (src/sandbox/http: log, injected fault) and then, for the API:
// route, authentication, authorization, OpenAPI check of the request, the route's handler, tampering (tests
// only), OpenAPI check of the response. Git requests go to git-http.ts after the same access rules.
const node_crypto_1 = __webpack_require__(77598);
const http_policy_js_1 = __webpack_require__(43958);
const faults_js_1 = __webpack_require__(2811);
const pipeline_js_1 = __webpack_require__(52468);
const request_log_js_1 = __webpack_require__(37514);
const server_js_1 = __webpack_require__(24833);
const admin_js_1 = __webpack_require__(46612);
const auth_js_1 = __webpack_require__(69413);
const checkpoint_js_1 = __webpack_require__(48305);
const git_http_js_1 = __webpack_require__(76280);
const http_js_1 = __webpack_require__(72767);
const openapi_js_1 = __webpack_require__(41107);
const routing_js_1 = __webpack_require__(21297);
const state_js_1 = __webpack_require__(6586);
const world_js_1 = __webpack_require__(82859);
exports.API_PREFIX = '/api/v3';
const isApiPath = (pathname) => pathname === exports.API_PREFIX || pathname.startsWith(`${exports.API_PREFIX}/`);
/** A fault worded as GitHub words it: 403 and 429 are the secondary rate limit, with a retry-after. */
function faultReply(fault) {
    const secondary = fault.status === 403 || fault.status === 429;
    const message = fault.message ??
        (secondary
            ? http_policy_js_1.GITHUB_MESSAGES.secondaryRateLimit
            : fault.status === 404
                ? http_policy_js_1.GITHUB_MESSAGES.notFound
                : 'Server Error');
    return {
        status: fault.status,
        body: (0, http_js_1.errorBody)(fault.status, message),
        headers: { ...(secondary ? { 'retry-after': '1' } : {}), ...fault.headers },
    };
}
async function startGitHubSimulator(opts) {
    const openapi = (0, openapi_js_1.githubOpenApi)();
    const store = new state_js_1.SimStore(opts.dir);
    const urls = { api: '', web: '' };
    const violations = [];
    const faults = [];
    const tampers = [];
    const cut = new faults_js_1.WriteCut();
    const requests = [];
    const unserved = [];
    const settings = { maxPerPage: 100 };
    const world = (0, world_js_1.createWorld)(store, urls, settings);
    async function serveApi(x) {
        const { req, url, method, path, log } = x;
        const match = (0, routing_js_1.matchRoute)(method, path);
        if (!match) {
            await (0, server_js_1.readBody)(req);
            unserved.push(`${method} ${path}`);
            return {
                status: 404,
                body: (0, http_js_1.errorBody)(404, http_policy_js_1.GITHUB_MESSAGES.notFound),
                headers: { 'x-simulator-unserved': '1' },
            };
        }
        const { route, params } = match;
        const op = openapi.operation(method, route.path);
        log.operation = op.operationId;
        // Read the body before any early answer, so the connection stays usable for the next request.
        const raw = await (0, server_js_1.readBody)(req);
        const caller = (0, auth_js_1.authenticate)(store, req);
        if ((0, auth_js_1.isReply)(caller))
            return caller;
        if (caller.user)
            log.user = caller.user.login;
        let body;
        if (raw.trim()) {
            try {
                body = JSON.parse(raw);
            }
            catch {
                return { status: 400, body: (0, http_js_1.errorBody)(400, 'Problems parsing JSON') };
            }
        }
        const access = (0, auth_js_1.authorize)(store, route.access, params, caller.user);
        if ((0, auth_js_1.isReply)(access))
            return access;
        const about = { operation: op.operationId, method, path, template: route.path };
        const problem = openapi.checkRequest(op, params, url.searchParams, body);
        if (problem)
            return (0, request_log_js_1.violationReply)(violations, { ...about, direction: 'request', error: problem });
        const ctx = {
            world,
            params,
            query: url.searchParams,
            body,
            user: caller.user,
            // Only 'user' routes run without a repository, and they do not read it.
            repo: access.repo,
            permission: access.permission,
            url,
        };
        let reply;
        try {
            reply = await route.handle(ctx);
        }
        catch (e) {
            if (!(e instanceof http_js_1.HttpError))
                throw e;
            reply = { status: e.status, body: (0, http_js_1.errorBody)(e.status, e.message, e.extra) };
        }
        reply.body = (0, faults_js_1.tamperWith)(tampers, method, path, reply.body);
        const bad = openapi.checkResponse(op, reply.status, reply.body);
        if (bad) {
            return (0, request_log_js_1.violationReply)(violations, {
                ...about,
                direction: 'response',
                status: reply.status,
                error: bad,
            });
        }
        return reply;
    }
    const server = await (0, server_js_1.listenLocal)((0, pipeline_js_1.requestPipeline)({
        origin: () => urls.web,
        pathOf: (url) => isApiPath(url.pathname) ? url.pathname.slice(exports.API_PREFIX.length) || '/' : url.pathname,
        requests,
        faults,
        cut,
        faultReply,
        headers: () => ({
            'x-github-media-type': 'github.v3',
            'x-github-request-id': (0, node_crypto_1.randomBytes)(8).toString('hex').toUpperCase(),
        }),
        handle: async (x) => {
            if (isApiPath(x.url.pathname))
                return serveApi(x);
            const status = await (0, git_http_js_1.serveGitRequest)(x, store);
            if (status !== undefined)
                return { written: status };
            x.req.resume();
            return { status: 404, body: (0, http_js_1.errorBody)(404, http_policy_js_1.GITHUB_MESSAGES.notFound) };
        },
    }), opts.port);
    urls.web = server.origin;
    urls.api = `${urls.web}${exports.API_PREFIX}`;
    return {
        apiUrl: urls.api,
        gitUrl: urls.web,
        port: server.port,
        openApiVersion: openapi.version,
        violations,
        faults,
        tampers,
        cut,
        requests,
        unserved,
        settings,
        store,
        endpoints: routing_js_1.ROUTES.map((r) => `${r.method} ${r.path}`),
        addUser: (u) => (0, admin_js_1.addUser)(store, u),
        addTeam: (t) => (0, admin_js_1.addTeam)(store, t),
        createRepo: (r) => (0, admin_js_1.createRepo)(store, r),
        bare: (owner, name) => world.bare({ owner, name }),
        checkpoint: () => (0, checkpoint_js_1.checkpoint)(store),
        close: () => server.close(),
        setPullRequestDraft: (p) => (0, admin_js_1.setPullRequestDraft)(store, p),
    };
}


/***/ }),

/***/ 6586:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SimStore = exports.PERMISSION_ORDER = void 0;
exports.permits = permits;
// What the simulated GitHub remembers, as one JSON file next to the bare repositories, so `sandbox up --dir DIR`
// comes back with the same users, tokens, pull requests and reviews after a restart. Git data lives in the bare
// repositories only: PR head and base SHAs are read from their refs, never stored while the PR is open.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
exports.PERMISSION_ORDER = ['read', 'triage', 'write', 'maintain', 'admin'];
function permits(have, need) {
    return have !== undefined && exports.PERMISSION_ORDER.indexOf(have) >= exports.PERMISSION_ORDER.indexOf(need);
}
class SimStore {
    dir;
    state;
    file;
    constructor(dir) {
        this.dir = dir;
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'git'), { recursive: true });
        this.file = (0, node_path_1.join)(dir, 'github-state.json');
        this.state = (0, node_fs_1.existsSync)(this.file)
            ? JSON.parse((0, node_fs_1.readFileSync)(this.file, 'utf8'))
            : { version: 1, nextId: 1000, users: {}, orgs: {}, teams: [], repos: {} };
    }
    save() {
        // Write-then-rename: a crash mid-write leaves the previous state, never half a file.
        const tmp = `${this.file}.tmp`;
        (0, node_fs_1.writeFileSync)(tmp, `${JSON.stringify(this.state, null, 1)}\n`);
        (0, node_fs_1.renameSync)(tmp, this.file);
    }
    nextId() {
        this.state.nextId += 1;
        return this.state.nextId;
    }
    userByToken(token) {
        return Object.values(this.state.users).find((u) => u.token === token);
    }
    user(login) {
        const lower = login.toLowerCase();
        return Object.values(this.state.users).find((u) => u.login.toLowerCase() === lower);
    }
    repo(owner, name) {
        const lower = `${owner}/${name}`.toLowerCase();
        return Object.values(this.state.repos).find((r) => `${r.owner}/${r.name}`.toLowerCase() === lower);
    }
    bareDir(repo) {
        return (0, node_path_1.join)(this.dir, 'git', repo.owner, `${repo.name}.git`);
    }
    isOrg(login) {
        return Object.hasOwn(this.state.orgs, login);
    }
    team(org, slug) {
        return this.state.teams.find((t) => t.org.toLowerCase() === org.toLowerCase() && t.slug.toLowerCase() === slug.toLowerCase());
    }
    /** An organization's members: everyone in one of its teams, or with access to one of its repositories. */
    isOrgMember(org, login) {
        const lower = login.toLowerCase();
        return (this.state.teams.some((t) => t.org === org && t.members.some((m) => m.toLowerCase() === lower)) ||
            Object.values(this.state.repos).some((r) => r.owner === org && Object.keys(r.collaborators).some((c) => c.toLowerCase() === lower)));
    }
    permission(repo, login) {
        const entry = Object.entries(repo.collaborators).find(([l]) => l.toLowerCase() === login.toLowerCase());
        return entry?.[1];
    }
}
exports.SimStore = SimStore;


/***/ }),

/***/ 95777:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dispatchInputsOf = dispatchInputsOf;
exports.unexpectedInputs = unexpectedInputs;
// What a workflow file on a ref lets a workflow_dispatch pass, as GitHub reads it when it answers
// POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: a file without a `workflow_dispatch`
// trigger takes no dispatch, and inputs its `on.workflow_dispatch.inputs` does not declare are refused (422).
const yaml_1 = __webpack_require__(38815);
/** The inputs a workflow's dispatch declares; undefined when it has no workflow_dispatch trigger (or no YAML). */
function dispatchInputsOf(text) {
    let doc;
    try {
        doc = (0, yaml_1.parse)(text);
    }
    catch {
        return undefined;
    }
    if (!isObject(doc))
        return undefined;
    const on = doc.on;
    if (on === 'workflow_dispatch')
        return new Set();
    if (Array.isArray(on))
        return on.includes('workflow_dispatch') ? new Set() : undefined;
    if (!isObject(on) || !Object.hasOwn(on, 'workflow_dispatch'))
        return undefined;
    const trigger = on.workflow_dispatch;
    const inputs = isObject(trigger) ? trigger.inputs : undefined;
    return new Set(isObject(inputs) ? Object.keys(inputs) : []);
}
/** GitHub's 422 message for inputs the workflow does not declare, in the order given; undefined when none. */
function unexpectedInputs(declared, given) {
    const extra = Object.keys(given).filter((k) => !declared.has(k));
    return extra.length === 0
        ? undefined
        : `Unexpected inputs provided: [${extra.map((k) => JSON.stringify(k)).join(', ')}]`;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 82859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createWorld = createWorld;
// The view of the simulator's state that route handlers share: accounts, associations, bare repositories, and a
// pull request as GitHub computes it on read (head and base from the refs, mergeability, counts).
const bare_repo_js_1 = __webpack_require__(87040);
function createWorld(store, urls, settings) {
    const bares = new Map();
    const bareOf = (r) => {
        const dir = store.bareDir(r);
        const b = bares.get(dir) ?? new bare_repo_js_1.BareRepo(dir);
        bares.set(dir, b);
        return b;
    };
    const account = (login) => {
        const u = store.user(login);
        if (u)
            return { id: u.id, login: u.login, type: u.type };
        const org = store.state.orgs[login];
        if (org)
            return { id: org.id, login: org.login, type: 'Organization' };
        return { id: 0, login: login || 'ghost', type: 'User' };
    };
    return {
        store,
        urls,
        get maxPerPage() {
            return settings.maxPerPage;
        },
        bare: bareOf,
        account,
        association: (repo, login) => {
            if (login === repo.owner)
                return 'OWNER';
            if (store.isOrg(repo.owner) && store.isOrgMember(repo.owner, login))
                return 'MEMBER';
            return store.permission(repo, login) ? 'COLLABORATOR' : 'NONE';
        },
        pullView: async (repo, pull, full) => {
            const git = bareOf(repo);
            const open = pull.state === 'open';
            const headSha = (open ? await git.branchSha(pull.head) : undefined) ?? pull.closedHeadSha ?? '';
            const baseSha = (open ? await git.branchSha(pull.base) : undefined) ?? pull.closedBaseSha ?? '';
            const view = {
                pull,
                headSha,
                baseSha,
                mergeable: null,
                commits: 0,
                additions: 0,
                deletions: 0,
                changedFiles: 0,
                comments: 0,
            };
            if (!full || !headSha || !baseSha)
                return view;
            if (open)
                view.mergeable = (await git.mergeTree(baseSha, headSha)) !== undefined;
            const from = (await git.mergeBase(baseSha, headSha)) ?? baseSha;
            const files = await git.changedFiles(baseSha, headSha);
            view.commits = (await git.commits(from, headSha)).length;
            view.changedFiles = files.length;
            view.additions = files.reduce((n, f) => n + f.additions, 0);
            view.deletions = files.reduce((n, f) => n + f.deletions, 0);
            view.comments = repo.comments.filter((c) => c.issueNumber === pull.number).length;
            return view;
        },
        save: () => store.save(),
    };
}


/***/ }),

/***/ 2811:
/***/ ((__unused_webpack_module, exports) => {


// Failures a test injects into a simulator: an answer that fails (a status, after a delay, a given number of
// times) and a response body that is corrupted before it is checked (to prove the contract check catches drift).
// What a failing answer says is the simulated service's business (see the GitHub simulator's `faultReply`).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WriteCut = void 0;
exports.takeFault = takeFault;
exports.tamperWith = tamperWith;
exports.isWrite = isWrite;
function matches(rule, method, path) {
    return (!rule.method || rule.method.toUpperCase() === method) && rule.path.test(path);
}
/** The first fault with uses left that matches, counted as used; undefined when the request should go through. */
function takeFault(faults, method, path) {
    const fault = faults.find((f) => matches(f, method, path) && (f.times ?? 1) > 0);
    if (fault)
        fault.times = (fault.times ?? 1) - 1;
    return fault;
}
/** `body` after every matching tamper has had its way with it. */
function tamperWith(tampers, method, path, body) {
    let out = body;
    for (const t of tampers)
        if (matches(t, method, path))
            out = t.mutate(out);
    return out;
}
/** A request that changes the service's state: any API method but GET/HEAD, and a git push (`git-receive-pack`). */
function isWrite(method, path) {
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS')
        return false;
    // git fetches POST to git-upload-pack: a read.
    return !path.endsWith('/git-upload-pack');
}
/**
 * A client killed right after one of its writes, as a crash of the runner would leave things: write number `at`
 * (counted from `arm`) is performed, its answer is never sent, `onCut` runs (a test kills the client there), and
 * from then on every request has its connection dropped, so nothing more of that run reaches the service, until
 * `disarm`. Unarmed, it only counts writes (how many an uninterrupted run makes).
 */
class WriteCut {
    /** Writes since the last `arm`/`count`. */
    writes = 0;
    at;
    onCut;
    /** True once the cut happened: requests are being dropped. */
    cut = false;
    /** Starts counting writes from zero, cutting nothing. */
    count() {
        this.writes = 0;
        this.at = undefined;
        this.onCut = undefined;
        this.cut = false;
    }
    arm(at, onCut) {
        this.count();
        this.at = at;
        this.onCut = onCut;
    }
    disarm() {
        this.count();
    }
    /** Called for each request before it is served: true when this request is the write to cut after. */
    seen(method, path) {
        if (!isWrite(method, path))
            return false;
        this.writes += 1;
        return this.at !== undefined && this.writes === this.at;
    }
    /** The write was performed: from now on the client is gone. */
    trip() {
        this.cut = true;
        this.onCut?.();
    }
}
exports.WriteCut = WriteCut;


/***/ }),

/***/ 52468:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requestPipeline = requestPipeline;
const faults_js_1 = __webpack_require__(2811);
const server_js_1 = __webpack_require__(24833);
function requestPipeline(o) {
    const send = (res, reply) => (0, server_js_1.sendReply)(res, reply, o.headers?.() ?? {});
    return (req, res) => {
        const url = new URL(req.url ?? '/', o.origin());
        const method = (req.method ?? 'GET').toUpperCase();
        const path = o.pathOf(url);
        const log = { method, path, status: 0 };
        o.requests.push(log);
        void (async () => {
            if (o.cut?.cut) {
                // The client was killed: nothing it sent after that reaches the service.
                log.status = 0;
                log.fault = true;
                req.socket.destroy();
                return;
            }
            if (o.cut?.seen(method, path)) {
                await serveThenCut(o, { req, res, url, method, path, log }, o.cut);
                return;
            }
            const fault = (0, faults_js_1.takeFault)(o.faults, method, path);
            if (fault?.performed) {
                await serveThenDrop(o, { req, res, url, method, path, log });
                return;
            }
            if (fault) {
                if (fault.delayMs)
                    await new Promise((r) => setTimeout(r, fault.delayMs));
                log.status = fault.status;
                log.fault = true;
                req.resume();
                if (fault.hang) {
                    await new Promise((r) => {
                        const limit = setTimeout(r, 60_000);
                        res.once('close', () => {
                            clearTimeout(limit);
                            r();
                        });
                    });
                    req.socket.destroy();
                    return;
                }
                if (fault.drop) {
                    req.socket.destroy();
                    return;
                }
                send(res, o.faultReply(fault));
                return;
            }
            const answer = await o.handle({ req, res, url, method, path, log });
            if ('written' in answer) {
                log.status = answer.written;
                return;
            }
            log.status = answer.status;
            send(res, answer);
        })().catch((e) => {
            log.status = 500;
            if (!res.headersSent)
                send(res, { status: 500, body: { message: `simulator bug: ${e.stack ?? String(e)}` } });
            else
                res.end();
        });
    };
}
/**
 * Performs the request (its write lands), swallowing whatever the handler answers, then trips the cut (the test
 * kills the client) and drops the connection: the client never learns that its write succeeded.
 */
async function serveThenCut(o, x, cut) {
    await serveThenDrop(o, x, () => cut.trip());
}
/** Performs the request, swallowing its answer, and drops the connection: the write lands, its answer is lost. */
async function serveThenDrop(o, x, beforeDrop) {
    const res = x.res;
    // A git handler streams its answer through writeHead/end: keep both from reaching the socket.
    res.writeHead = ((status) => {
        x.log.status = status;
        return res;
    });
    res.end = (() => res);
    const answer = await o.handle(x);
    if (!('written' in answer))
        x.log.status = answer.status;
    x.log.fault = true;
    beforeDrop?.();
    x.req.socket.destroy();
}


/***/ }),

/***/ 37514:
/***/ ((__unused_webpack_module, exports) => {


// What a simulator saw, for tests to assert on: every request with how it was answered, and every breach of the
// API's published contract (a request or response its OpenAPI description rejects).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.violationReply = violationReply;
/** Records a violation and the 500 reply that names it, so the client's error says what drifted. */
function violationReply(violations, v) {
    const { template, ...violation } = v;
    violations.push(violation);
    const which = v.direction === 'request' ? 'the request' : `the ${v.status} response`;
    return {
        status: 500,
        body: {
            message: `OpenAPI violation in ${which} of ${v.operation} (${v.method} ${template}) at ${v.path}: ${v.error}`,
        },
    };
}


/***/ }),

/***/ 24833:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listenLocal = listenLocal;
exports.sendReply = sendReply;
exports.readBody = readBody;
// The HTTP plumbing every simulator shares (the GitHub one now, the cluster one next): a node:http server on
// 127.0.0.1 with a random or given port, JSON replies, and request bodies read whole.
const node_http_1 = __webpack_require__(37067);
/** Listens on 127.0.0.1 only: a simulator holds tokens and must not be reachable from the network. */
async function listenLocal(handler, port = 0) {
    const server = (0, node_http_1.createServer)(handler);
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
    const bound = server.address().port;
    return {
        port: bound,
        origin: `http://127.0.0.1:${bound}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
function sendReply(res, reply, headers = {}) {
    const all = { ...headers, ...reply.headers };
    if (reply.body === undefined) {
        res.writeHead(reply.status, all);
        res.end();
        return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...all });
    res.end(JSON.stringify(reply.body));
}
async function readBody(req) {
    const chunks = [];
    for await (const c of req)
        chunks.push(c);
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

/***/ 35121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergePatch = mergePatch;
exports.applyOver = applyOver;
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** RFC 7386 JSON merge patch. */
function mergePatch(target, patch) {
    if (!isObject(patch))
        return patch;
    const out = isObject(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete out[k];
        else
            out[k] = mergePatch(out[k], v);
    }
    return out;
}
/** The object after `applied` is applied over `current` (spec-like fields replaced, metadata maps merged). */
function applyOver(current, applied) {
    const out = {
        apiVersion: current.apiVersion,
        kind: current.kind,
        metadata: { ...current.metadata },
    };
    if (current.status !== undefined)
        out.status = current.status;
    for (const [k, v] of Object.entries(applied)) {
        if (!['apiVersion', 'kind', 'metadata', 'status'].includes(k))
            out[k] = v;
    }
    const meta = applied.metadata;
    if (meta.labels)
        out.metadata.labels = { ...current.metadata.labels, ...meta.labels };
    if (meta.annotations)
        out.metadata.annotations = { ...current.metadata.annotations, ...meta.annotations };
    if (meta.ownerReferences)
        out.metadata.ownerReferences = meta.ownerReferences;
    return out;
}


/***/ }),

/***/ 76135:
/***/ ((__unused_webpack_module, exports) => {


// The simulated Argo CD's and Flux's own health checks, written after Argo CD's built-in assessments (not the
// project's src/domain/health rules: verify-health must be tested against an independent judge, not itself).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.simHealth = simHealth;
exports.worst = worst;
const conds = (o) => (o.status?.conditions ?? []);
const num = (v) => (typeof v === 'number' ? v : 0);
function simHealth(o) {
    if (!o)
        return { status: 'Missing' };
    const s = (o.status ?? {});
    const gen = o.metadata.generation ?? 0;
    const stale = typeof s.observedGeneration === 'number' && s.observedGeneration < gen;
    const replicas = num(o.spec?.replicas ?? 1);
    switch (`${o.apiVersion} ${o.kind}`) {
        case 'apps/v1 Deployment': {
            if (o.spec.paused)
                return { status: 'Suspended', message: 'Deployment is paused' };
            if (stale || s.observedGeneration === undefined)
                return {
                    status: 'Progressing',
                    message: 'Waiting for rollout to finish: observed deployment generation less than desired generation',
                };
            const p = conds(o).find((c) => c.type === 'Progressing');
            if (p?.reason === 'ProgressDeadlineExceeded')
                return {
                    status: 'Degraded',
                    message: `Deployment "${o.metadata.name}" exceeded its progress deadline`,
                };
            if (num(s.updatedReplicas) < replicas)
                return {
                    status: 'Progressing',
                    message: `Waiting for rollout to finish: ${num(s.updatedReplicas)} out of ${replicas} new replicas have been updated...`,
                };
            if (num(s.replicas) > num(s.updatedReplicas))
                return {
                    status: 'Progressing',
                    message: `Waiting for rollout to finish: ${num(s.replicas) - num(s.updatedReplicas)} old replicas are pending termination...`,
                };
            if (num(s.availableReplicas) < num(s.updatedReplicas))
                return {
                    status: 'Progressing',
                    message: `Waiting for rollout to finish: ${num(s.availableReplicas)} of ${num(s.updatedReplicas)} updated replicas are available...`,
                };
            return { status: 'Healthy' };
        }
        case 'apps/v1 StatefulSet':
            if (stale || s.observedGeneration === undefined)
                return { status: 'Progressing', message: 'Waiting for statefulset spec update to be observed...' };
            if (num(s.readyReplicas) < replicas || num(s.updatedReplicas) < replicas)
                return {
                    status: 'Progressing',
                    message: `Waiting for ${replicas - num(s.readyReplicas)} pods to be ready...`,
                };
            return { status: 'Healthy' };
        case 'apps/v1 DaemonSet':
            if (stale || s.observedGeneration === undefined)
                return { status: 'Progressing', message: 'Waiting for daemon set spec update to be observed...' };
            if (num(s.numberAvailable) < num(s.desiredNumberScheduled) ||
                num(s.updatedNumberScheduled) < num(s.desiredNumberScheduled))
                return { status: 'Progressing', message: 'Waiting for daemon set rollout to finish' };
            return { status: 'Healthy' };
        case 'apps/v1 ReplicaSet':
            return num(s.availableReplicas) < replicas ? { status: 'Progressing' } : { status: 'Healthy' };
        case 'batch/v1 Job': {
            if (o.spec.suspend)
                return { status: 'Suspended', message: 'Job is suspended' };
            const failed = conds(o).find((c) => c.type === 'Failed' && c.status === 'True');
            if (failed)
                return { status: 'Degraded', message: failed.message };
            if (conds(o).some((c) => c.type === 'Complete' && c.status === 'True'))
                return { status: 'Healthy' };
            return { status: 'Progressing' };
        }
        case 'v1 Pod': {
            const waiting = (s.containerStatuses ?? []).find((c) => c.state?.waiting?.reason === 'CrashLoopBackOff' || c.state?.waiting?.reason === 'ImagePullBackOff');
            if (waiting)
                return { status: 'Degraded', message: waiting.state?.waiting?.message };
            if (s.phase === 'Failed')
                return { status: 'Degraded' };
            if (s.phase === 'Succeeded' || conds(o).some((c) => c.type === 'Ready' && c.status === 'True'))
                return { status: 'Healthy' };
            return { status: 'Progressing' };
        }
        case 'v1 PersistentVolumeClaim':
            return s.phase === 'Bound' ? { status: 'Healthy' } : { status: 'Progressing' };
        case 'v1 Service':
            if (o.spec.type !== 'LoadBalancer')
                return { status: 'Healthy' };
            return (s.loadBalancer?.ingress?.length ?? 0) > 0
                ? { status: 'Healthy' }
                : { status: 'Progressing' };
        case 'networking.k8s.io/v1 Ingress':
            return (s.loadBalancer?.ingress?.length ?? 0) > 0
                ? { status: 'Healthy' }
                : { status: 'Progressing' };
        default:
            return { status: 'Healthy' };
    }
}
const ORDER = ['Degraded', 'Missing', 'Progressing', 'Suspended', 'Healthy'];
function worst(list) {
    return list.reduce((w, s) => (ORDER.indexOf(s) < ORDER.indexOf(w) ? s : w), 'Healthy');
}


/***/ }),

/***/ 91868:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.branchTips = branchTips;
// The deploy branches' tips, read from a bare repository's ref files instead of a `git for-each-ref` process: the
// syncer looks every 250 ms, and spawning git that often costs a busy machine more than the rest of the simulator.
// Loose refs win over packed ones, as in git; anything unexpected falls back to git itself.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const SHA = /^[0-9a-f]{40}$/;
function readLoose(gitDir, prefix) {
    const out = new Map();
    const base = (0, node_path_1.join)(gitDir, 'refs', 'heads');
    const walk = (rel) => {
        const abs = (0, node_path_1.join)(base, rel);
        if (!(0, node_fs_1.existsSync)(abs))
            return true;
        let sha;
        try {
            if ((0, node_fs_1.statSync)(abs).isDirectory())
                return (0, node_fs_1.readdirSync)(abs).every((e) => walk(rel ? `${rel}/${e}` : e));
            sha = (0, node_fs_1.readFileSync)(abs, 'utf8').trim();
        }
        catch {
            return false; // a ref (or its lock) git removed between the listing and the read: let git answer
        }
        if (!SHA.test(sha))
            return false; // a symbolic ref or a lock being written: let git answer
        if (rel.startsWith(prefix))
            out.set(rel, sha);
        return true;
    };
    return walk(prefix.replace(/\/+$/, '')) ? out : undefined;
}
/** branch -> tip for every branch under `prefix` (e.g. `gitopshq/deploy/`). */
async function branchTips(git, prefix) {
    const gitDir = git.cwd;
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(gitDir, 'HEAD')) && (0, node_fs_1.existsSync)((0, node_path_1.join)(gitDir, 'refs'))) {
        const loose = readLoose(gitDir, prefix);
        if (loose) {
            const packed = (0, node_path_1.join)(gitDir, 'packed-refs');
            if ((0, node_fs_1.existsSync)(packed)) {
                for (const line of (0, node_fs_1.readFileSync)(packed, 'utf8').split('\n')) {
                    const [sha = '', ref = ''] = line.split(' ');
                    const branch = ref.replace(/^refs\/heads\//, '');
                    if (SHA.test(sha) && ref.startsWith(`refs/heads/${prefix}`) && !loose.has(branch))
                        loose.set(branch, sha);
                }
            }
            return loose;
        }
    }
    const r = await git.exec(['for-each-ref', '--format=%(objectname) %(refname)', `refs/heads/${prefix}`]);
    const out = new Map();
    for (const line of r.stdout.split('\n').filter(Boolean)) {
        const [sha = '', ref = ''] = line.split(' ');
        out.set(ref.replace(/^refs\/heads\//, ''), sha);
    }
    return out;
}


/***/ }),

/***/ 80179:
/***/ ((__unused_webpack_module, exports) => {


// The simulated cluster's time: real time times a speed-up, plus manual jumps, so a test can watch a 10-minute
// progress deadline pass in a second while the same controllers run at real speed under `gitopshq sandbox up`.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createSimClock = createSimClock;
function createSimClock(opts = {}) {
    const speed = opts.speed ?? 1;
    const start = opts.start ?? Date.now();
    const t0 = performance.now();
    let offset = 0;
    return {
        speed,
        now: () => Math.floor(start + offset + (performance.now() - t0) * speed),
        advance: (ms) => {
            offset += ms;
        },
    };
}


/***/ }),

/***/ 17391:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startClusterSimulator = startClusterSimulator;
// The cluster simulator assembled: the API server, the controllers and (given a repository) the GitOps syncer,
// on one simulated clock. `gitopshq sandbox up` starts one on the sandbox's acme/gitops; tests start their own with
// a faster clock.
const cluster_wiring_js_1 = __webpack_require__(61665);
const clock_js_1 = __webpack_require__(80179);
const controllers_js_1 = __webpack_require__(4244);
const kubeconfig_js_1 = __webpack_require__(58498);
const simulator_js_1 = __webpack_require__(24639);
const store_js_1 = __webpack_require__(13172);
const syncer_js_1 = __webpack_require__(44245);
async function startClusterSimulator(opts) {
    const clock = (0, clock_js_1.createSimClock)({ speed: opts.speed ?? 1 });
    const store = new store_js_1.ObjectStore(clock.now);
    const timings = opts.timings ? { timings: opts.timings } : {};
    const clusters = new Map();
    // A pod's status follows from its age on the simulated clock (pods.ts), so how often a control loop passes decides
    // only how soon a change shows (within 100 ms of real time), not what shows. Every cluster passes whether or not
    // anything moved, and the demo has ten (the one Argo CD runs in and nine destinations): at 25 and 50 ms these
    // passes were the largest part of the demo process's own JavaScript time (about a fifth of its CPU).
    const LOOP_MS = 100;
    for (const name of new Set(opts.clusterNames ?? [])) {
        if (name === cluster_wiring_js_1.IN_CLUSTER_SERVER)
            continue;
        const s = new store_js_1.ObjectStore(clock.now);
        clusters.set(name, {
            store: s,
            controllers: (0, controllers_js_1.startControllers)(s, clock, { ...timings, intervalMs: LOOP_MS }),
        });
    }
    const api = await (0, simulator_js_1.startKubeApiServer)({
        now: clock.now,
        store,
        clusters: new Map([...clusters].map(([n, c]) => [n, c.store])),
        allowAnonymous: opts.allowAnonymous ?? false,
        ...(opts.port !== undefined ? { port: opts.port } : {}),
    });
    // The schemas load in the background (seconds under tsx): the first sync need not pay for them, nor startup wait.
    void store.warmUp().catch(() => undefined);
    for (const c of clusters.values())
        void c.store.warmUp().catch(() => undefined);
    const controllers = (0, controllers_js_1.startControllers)(store, clock, { ...timings, intervalMs: LOOP_MS });
    const destinations = opts.destinations;
    const syncer = opts.gitops
        ? (0, syncer_js_1.startSyncer)({
            store,
            clock,
            git: opts.gitops.git,
            repoURL: opts.gitops.repoURL,
            ...(opts.gitops.modes ? { modes: opts.gitops.modes } : {}),
            ...(opts.gitops.intervalMs ? { intervalMs: opts.gitops.intervalMs } : {}),
            ...(destinations
                ? {
                    destination: (env, tenant) => {
                        const d = destinations(env, tenant);
                        const named = clusters.get(d.cluster);
                        return {
                            store: named?.store ?? store,
                            ...(named ? { cluster: d.cluster } : {}),
                            ...(d.namespace ? { namespace: d.namespace } : {}),
                        };
                    },
                }
                : {}),
        })
        : undefined;
    return {
        api,
        url: api.url,
        clock,
        controllers,
        ...(syncer ? { syncer } : {}),
        kubeconfig: clusters.size > 0
            ? (0, kubeconfig_js_1.kubeconfigForClusters)(api.url, api.token, [...clusters.keys()])
            : (0, simulator_js_1.kubeconfigFor)(api.url, api.token),
        clusters,
        crashloop: (cluster, tag) => {
            const c = cluster === undefined ? controllers : clusters.get(cluster)?.controllers;
            if (!c)
                throw new Error(`no cluster ${cluster} in this simulator (${[...clusters.keys()].join(', ')})`);
            c.ctx.crashTags.add(tag);
        },
        problems: () => [
            ...controllers.errors,
            ...[...clusters.values()].flatMap((c) => c.controllers.errors),
            ...(syncer?.errors ?? []),
        ],
        close: async () => {
            controllers.stop();
            for (const c of clusters.values())
                c.controllers.stop();
            syncer?.stop();
            await api.close();
        },
    };
}


/***/ }),

/***/ 36028:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.condition = void 0;
exports.newContext = newContext;
exports.listKind = listKind;
exports.ownedBy = ownedBy;
exports.tolerant = tolerant;
exports.setStatus = setStatus;
exports.createPod = createPod;
exports.deletePod = deletePod;
exports.reconcilePods = reconcilePods;
exports.memoryOf = memoryOf;
exports.intOrPercent = intOrPercent;
exports.since = since;
const kinds_js_1 = __webpack_require__(6318);
const object_index_js_1 = __webpack_require__(23743);
const pods_js_1 = __webpack_require__(39317);
const store_js_1 = __webpack_require__(13172);
function newContext(store, clock, timings = {}) {
    return {
        store,
        clock,
        timings: { ...pods_js_1.DEFAULT_TIMINGS, ...timings },
        born: new Map(),
        memory: new Map(),
        crashTags: new Set(),
    };
}
function listKind(ctx, apiVersion, kind, namespace, where) {
    const info = (0, kinds_js_1.kindInfo)(apiVersion, kind);
    if (!info)
        return [];
    return ctx.store.list({ info, ...(namespace !== undefined ? { namespace } : {}) }, where);
}
/** The objects of a kind `owner` controls (frozen, as every object the store hands out: spread to change). */
function ownedBy(ctx, owner, apiVersion, kind) {
    return ctx.store.controlledBy(owner, apiVersion, kind);
}
/** Runs a write; a conflict or a vanished object is left for the next pass, as real controllers requeue. */
async function tolerant(write) {
    try {
        return await write();
    }
    catch (e) {
        if (e instanceof store_js_1.KubeError && (e.code === 409 || e.code === 404))
            return undefined;
        throw e;
    }
}
async function setStatus(ctx, o, status) {
    if ((0, object_index_js_1.jsonOf)(o.status ?? {}) === JSON.stringify(status))
        return;
    await tolerant(() => ctx.store.setStatus(o, status));
}
async function createPod(ctx, pod) {
    const created = await tolerant(() => ctx.store.create(pod));
    if (created)
        ctx.born.set(created.metadata.uid, ctx.clock.now());
}
function deletePod(ctx, pod) {
    try {
        ctx.store.delete('v1', 'Pod', pod.metadata.namespace, pod.metadata.name);
    }
    catch (e) {
        if (!(e instanceof store_js_1.KubeError && e.code === 404))
            throw e;
    }
    ctx.born.delete(pod.metadata.uid);
}
/** The kubelet: every pod's status from its age. */
async function reconcilePods(ctx) {
    const now = ctx.clock.now();
    for (const pod of listKind(ctx, 'v1', 'Pod')) {
        const uid = pod.metadata.uid;
        let born = ctx.born.get(uid);
        if (born === undefined) {
            born = now;
            ctx.born.set(uid, born);
        }
        await setStatus(ctx, pod, (0, pods_js_1.podStatus)(pod, born, now, ctx.timings, ctx.crashTags));
    }
}
function memoryOf(ctx, o) {
    const uid = o.metadata.uid;
    let m = ctx.memory.get(uid);
    if (!m) {
        m = {};
        ctx.memory.set(uid, m);
    }
    return m;
}
/** `25%` of `total`, rounded as Kubernetes does for maxSurge (up) or maxUnavailable (down). */
function intOrPercent(v, total, roundUp, fallback) {
    const s = v === undefined || v === null ? fallback : String(v);
    if (s.endsWith('%')) {
        const x = (Number(s.slice(0, -1)) * total) / 100;
        return roundUp ? Math.ceil(x) : Math.floor(x);
    }
    return Number(s) || 0;
}
const condition = (type, ok, reason, message, since, updated) => ({
    type,
    status: ok === 'Unknown' ? 'Unknown' : ok ? 'True' : 'False',
    ...(updated ? { lastUpdateTime: updated } : {}),
    lastTransitionTime: since,
    reason,
    message,
});
exports.condition = condition;
/** The transition time to keep: the previous one when the condition's status did not change. */
function since(prev, type, status, nowTime) {
    const c = (prev.status?.conditions ?? []).find((x) => x.type === type);
    return c && c.status === status && c.lastTransitionTime ? c.lastTransitionTime : nowTime;
}


/***/ }),

/***/ 4244:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startControllers = startControllers;
const controller_kit_js_1 = __webpack_require__(36028);
const deployments_js_1 = __webpack_require__(52801);
const workloads_js_1 = __webpack_require__(74667);
function startControllers(store, clock, opts = {}) {
    const ctx = (0, controller_kit_js_1.newContext)(store, clock, opts.timings);
    const errors = [];
    let running;
    const once = async () => {
        for (const step of [
            controller_kit_js_1.reconcilePods,
            deployments_js_1.reconcileReplicaSets,
            deployments_js_1.reconcileDeployments,
            workloads_js_1.reconcileStatefulSets,
            workloads_js_1.reconcileDaemonSets,
            workloads_js_1.reconcileJobs,
            workloads_js_1.reconcileOthers,
        ]) {
            try {
                await step(ctx);
            }
            catch (e) {
                errors.push(`${step.name}: ${e.message}`);
            }
        }
    };
    const pass = async () => {
        while (running)
            await running;
        running = once().finally(() => {
            running = undefined;
        });
        await running;
    };
    const timer = opts.autostart === false
        ? undefined
        : setInterval(() => {
            if (!running)
                void pass();
        }, opts.intervalMs ?? 50);
    timer?.unref();
    return { ctx, pass, errors, stop: () => timer && clearInterval(timer) };
}


/***/ }),

/***/ 52801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reconcileReplicaSets = reconcileReplicaSets;
exports.reconcileDeployments = reconcileDeployments;
const controller_kit_js_1 = __webpack_require__(36028);
const pods_js_1 = __webpack_require__(39317);
const store_js_1 = __webpack_require__(13172);
const REVISION = 'deployment.kubernetes.io/revision';
const live = (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const specReplicas = (o) => Number(o.spec.replicas ?? 1);
const omitZero = (fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== 0));
async function reconcileReplicaSets(ctx) {
    for (const rs of (0, controller_kit_js_1.listKind)(ctx, 'apps/v1', 'ReplicaSet')) {
        const want = specReplicas(rs);
        const pods = (0, controller_kit_js_1.ownedBy)(ctx, rs, 'v1', 'Pod').filter(live);
        const template = rs.spec.template;
        for (let i = pods.length; i < want; i++) {
            await (0, controller_kit_js_1.createPod)(ctx, (0, pods_js_1.newPod)(rs, template, {
                name: `${rs.metadata.name}-${(0, pods_js_1.randomSuffix)()}`,
                nodeName: pods_js_1.NODES[i % pods_js_1.NODES.length],
            }));
        }
        if (pods.length > want) {
            // Not-ready pods go first, then the youngest (the controller's ranking, simplified).
            const ranked = [...pods].sort((a, b) => Number((0, pods_js_1.podReady)(a)) - Number((0, pods_js_1.podReady)(b)) ||
                (ctx.born.get(b.metadata.uid) ?? 0) - (ctx.born.get(a.metadata.uid) ?? 0));
            for (const p of ranked.slice(0, pods.length - want))
                (0, controller_kit_js_1.deletePod)(ctx, p);
        }
        const now = (0, controller_kit_js_1.ownedBy)(ctx, rs, 'v1', 'Pod').filter(live);
        const ready = now.filter(pods_js_1.podReady).length;
        await (0, controller_kit_js_1.setStatus)(ctx, rs, {
            replicas: now.length,
            ...omitZero({ fullyLabeledReplicas: now.length, readyReplicas: ready, availableReplicas: ready }),
            observedGeneration: rs.metadata.generation,
        });
    }
}
async function reconcileDeployments(ctx) {
    for (const d of (0, controller_kit_js_1.listKind)(ctx, 'apps/v1', 'Deployment'))
        await reconcileDeployment(ctx, d);
}
async function scale(ctx, rs, replicas) {
    await (0, controller_kit_js_1.tolerant)(() => ctx.store.update({ ...rs, spec: { ...rs.spec, replicas } }));
}
async function reconcileDeployment(ctx, d) {
    const spec = d.spec;
    const now = ctx.clock.now();
    const mem = (0, controller_kit_js_1.memoryOf)(ctx, d);
    const desired = spec.replicas ?? 1;
    const hash = (0, pods_js_1.templateHash)(spec.template);
    const owned = (0, controller_kit_js_1.ownedBy)(ctx, d, 'apps/v1', 'ReplicaSet');
    let newRs = owned.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const olds = owned.filter((rs) => rs !== newRs);
    const recreate = spec.strategy?.type === 'Recreate';
    let maxSurge = recreate ? 0 : (0, controller_kit_js_1.intOrPercent)(spec.strategy?.rollingUpdate?.maxSurge, desired, true, '25%');
    let maxUnavailable = recreate
        ? desired
        : (0, controller_kit_js_1.intOrPercent)(spec.strategy?.rollingUpdate?.maxUnavailable, desired, false, '25%');
    if (maxSurge === 0 && maxUnavailable === 0)
        maxUnavailable = 1;
    if (maxSurge < 0)
        maxSurge = 0;
    if (!newRs && !spec.paused) {
        const revision = Math.max(0, ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION] ?? 0))) + 1;
        const labels = { ...spec.template.metadata?.labels, 'pod-template-hash': hash };
        const created = await (0, controller_kit_js_1.tolerant)(() => ctx.store.create({
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            metadata: {
                name: `${d.metadata.name}-${hash}`,
                namespace: d.metadata.namespace,
                labels,
                annotations: {
                    [REVISION]: String(revision),
                    'deployment.kubernetes.io/desired-replicas': String(desired),
                    'deployment.kubernetes.io/max-replicas': String(desired + maxSurge),
                },
                ownerReferences: [
                    {
                        apiVersion: 'apps/v1',
                        kind: 'Deployment',
                        name: d.metadata.name,
                        uid: d.metadata.uid,
                        controller: true,
                        blockOwnerDeletion: true,
                    },
                ],
            },
            spec: {
                replicas: olds.length === 0 || recreate
                    ? recreate && olds.some((o) => specReplicas(o) > 0)
                        ? 0
                        : desired
                    : 0,
                selector: { matchLabels: { ...spec.selector?.matchLabels, 'pod-template-hash': hash } },
                template: { ...spec.template, metadata: { ...spec.template.metadata, labels } },
            },
        }));
        if (!created)
            return;
        newRs = created;
        mem.progressAt = now;
        mem.created = true;
    }
    const podsOf = (rs) => (0, controller_kit_js_1.ownedBy)(ctx, rs, 'v1', 'Pod').filter(live);
    const availableOf = (rs) => podsOf(rs).filter(pods_js_1.podReady).length;
    if (newRs && !spec.paused) {
        const rsAll = owned.includes(newRs) ? owned : [...owned, newRs];
        const total = rsAll.reduce((n, rs) => n + specReplicas(rs), 0);
        const newReplicas = specReplicas(newRs);
        const oldReplicas = olds.reduce((n, rs) => n + specReplicas(rs), 0);
        if (recreate) {
            for (const rs of olds)
                if (specReplicas(rs) > 0)
                    await scale(ctx, rs, 0);
            const oldPods = olds.reduce((n, rs) => n + podsOf(rs).length, 0);
            if (oldPods === 0 && newReplicas !== desired)
                await scale(ctx, newRs, desired);
        }
        else {
            if (newReplicas > desired)
                await scale(ctx, newRs, desired);
            else if (newReplicas < desired) {
                const up = Math.min(desired + maxSurge - total, desired - newReplicas);
                if (up > 0)
                    await scale(ctx, newRs, newReplicas + up);
            }
            if (oldReplicas > 0) {
                const minAvailable = desired - maxUnavailable;
                const newAvailable = availableOf(newRs);
                const newUnavailable = newReplicas - newAvailable;
                let maxScaledDown = total - minAvailable - newUnavailable;
                // First the old pods that are not available anyway, then healthy ones as far as availability allows.
                const allAvailable = rsAll.reduce((n, rs) => n + availableOf(rs), 0);
                let healthyBudget = allAvailable - minAvailable;
                for (const rs of olds) {
                    const cur = specReplicas(rs);
                    if (cur === 0 || maxScaledDown <= 0)
                        continue;
                    const unhealthy = Math.min(maxScaledDown, cur - availableOf(rs));
                    const healthy = Math.max(0, Math.min(cur - unhealthy, healthyBudget, maxScaledDown - unhealthy));
                    const down = unhealthy + healthy;
                    if (down > 0) {
                        await scale(ctx, rs, cur - down);
                        maxScaledDown -= down;
                        healthyBudget -= healthy;
                    }
                }
            }
        }
    }
    // Status, from the ReplicaSets' pods as they are now.
    const all = (0, controller_kit_js_1.ownedBy)(ctx, d, 'apps/v1', 'ReplicaSet');
    const current = all.find((rs) => rs.metadata.labels?.['pod-template-hash'] === hash);
    const replicas = all.reduce((n, rs) => n + podsOf(rs).length, 0);
    const updated = current ? podsOf(current).length : 0;
    const available = all.reduce((n, rs) => n + availableOf(rs), 0);
    const signature = [hash, updated, available, replicas, current ? specReplicas(current) : 0].join('/');
    // Progress is any change in the new ReplicaSet's scale or in the updated/available/total pod counts.
    if (mem.signature !== signature) {
        mem.progressAt = now;
        mem.signature = signature;
    }
    const deadlineMs = (spec.progressDeadlineSeconds ?? 600) * 1000;
    const complete = updated === desired && replicas === desired && available === desired;
    const nowTime = (0, store_js_1.kubeTime)(now);
    const rsName = current?.metadata.name ?? d.metadata.name;
    let progressing;
    if (spec.paused) {
        progressing = (0, controller_kit_js_1.condition)('Progressing', 'Unknown', 'DeploymentPaused', 'Deployment is paused', (0, controller_kit_js_1.since)(d, 'Progressing', 'Unknown', nowTime), nowTime);
    }
    else if (complete) {
        progressing = (0, controller_kit_js_1.condition)('Progressing', true, 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`, (0, controller_kit_js_1.since)(d, 'Progressing', 'True', nowTime), (0, store_js_1.kubeTime)(mem.progressAt ?? now));
    }
    else if (now - (mem.progressAt ?? now) > deadlineMs) {
        progressing = (0, controller_kit_js_1.condition)('Progressing', false, 'ProgressDeadlineExceeded', `ReplicaSet "${rsName}" has timed out progressing.`, (0, controller_kit_js_1.since)(d, 'Progressing', 'False', nowTime), nowTime);
    }
    else {
        const reason = mem.created && updated === 0 ? 'NewReplicaSetCreated' : 'ReplicaSetUpdated';
        const message = reason === 'NewReplicaSetCreated'
            ? `Created new replica set "${rsName}"`
            : `ReplicaSet "${rsName}" is progressing.`;
        progressing = (0, controller_kit_js_1.condition)('Progressing', true, reason, message, (0, controller_kit_js_1.since)(d, 'Progressing', 'True', nowTime), (0, store_js_1.kubeTime)(mem.progressAt ?? now));
    }
    const minAvailable = desired - maxUnavailable;
    const isAvailable = available >= minAvailable;
    const availableCond = (0, controller_kit_js_1.condition)('Available', isAvailable, isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', (0, controller_kit_js_1.since)(d, 'Available', isAvailable ? 'True' : 'False', nowTime), nowTime);
    // lastUpdateTime of Available moves only with its status, so an idle Deployment's status stays put.
    const prevAvail = (d.status?.conditions ?? []).find((c) => c.type === 'Available');
    if (prevAvail && prevAvail.status === availableCond.status && prevAvail.lastUpdateTime)
        availableCond.lastUpdateTime = prevAvail.lastUpdateTime;
    await (0, controller_kit_js_1.setStatus)(ctx, d, {
        observedGeneration: d.metadata.generation,
        ...omitZero({
            replicas,
            updatedReplicas: updated,
            readyReplicas: available,
            availableReplicas: available,
            unavailableReplicas: Math.max(0, desired - available),
        }),
        conditions: [availableCond, progressing],
    });
}


/***/ }),

/***/ 97384:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fluxRevision = void 0;
exports.applicationObject = applicationObject;
exports.gitRepositoryObject = gitRepositoryObject;
exports.kustomizationObject = kustomizationObject;
const store_js_1 = __webpack_require__(13172);
const groupVersion = (apiVersion) => {
    const [g, v] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return { group: g, version: v };
};
function applicationObject(name, f, repoURL, resources, health, now, images, previous) {
    const source = { repoURL, targetRevision: f.branch, path: f.folder };
    const destination = f.destinationCluster
        ? { name: f.destinationCluster, namespace: f.destinationNamespace }
        : { server: 'https://kubernetes.default.svc', namespace: f.destinationNamespace };
    const synced = !f.error && resources.every((r) => r.synced);
    const time = (ms) => (0, store_js_1.kubeTime)(ms);
    const prevHealth = previous?.status?.health;
    return {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: {
            name,
            namespace: 'argocd',
            labels: {
                'gitopshq.io/environment': f.env,
                'gitopshq.io/workload': f.workload,
                ...(f.tenant ? { 'gitopshq.io/tenant': f.tenant } : {}),
            },
        },
        spec: {
            project: 'default',
            source,
            destination,
            syncPolicy: { automated: { prune: true, selfHeal: false }, syncOptions: ['CreateNamespace=true'] },
        },
        status: {
            sync: {
                status: synced ? 'Synced' : 'OutOfSync',
                revision: f.revision,
                comparedTo: { source, destination },
            },
            health: {
                status: health.status,
                ...(health.message ? { message: health.message } : {}),
                lastTransitionTime: prevHealth?.status === health.status && prevHealth.lastTransitionTime
                    ? prevHealth.lastTransitionTime
                    : time(now),
            },
            resources: resources.map((r) => ({
                ...groupVersion(r.apiVersion),
                kind: r.kind,
                ...(r.namespace ? { namespace: r.namespace } : {}),
                name: r.name,
                status: r.synced ? 'Synced' : 'OutOfSync',
                health: r.health,
            })),
            operationState: {
                operation: {
                    sync: { revision: f.revision, prune: true, syncOptions: ['CreateNamespace=true'] },
                    initiatedBy: { automated: true },
                },
                phase: f.error ? 'Failed' : 'Succeeded',
                message: f.error
                    ? `one or more objects failed to apply, reason: ${f.error}`
                    : 'successfully synced (all tasks run)',
                startedAt: time(f.startedAt),
                finishedAt: time(f.finishedAt),
                syncResult: {
                    revision: f.revision,
                    source,
                    resources: resources.map((r) => ({
                        ...groupVersion(r.apiVersion),
                        kind: r.kind,
                        namespace: r.namespace ?? '',
                        name: r.name,
                        status: 'Synced',
                        message: `${r.kind.toLowerCase()}/${r.name} serverside-applied`,
                        hookPhase: 'Running',
                        syncPhase: 'Sync',
                    })),
                },
            },
            history: f.history.map((h) => ({ ...h, source, initiatedBy: { automated: true } })),
            reconciledAt: time(now),
            sourceType: 'Directory',
            summary: { images: [...new Set(images)].sort() },
            ...(f.sharedWith.length > 0
                ? {
                    conditions: [
                        {
                            type: 'SharedResourceWarning',
                            message: `Resources are also managed by application(s) ${f.sharedWith.join(', ')}: one cluster per tenant, or a namespace per tenant, avoids this`,
                            lastTransitionTime: time(f.finishedAt),
                        },
                    ],
                }
                : {}),
        },
    };
}
const fluxRevision = (branch, sha) => `${branch}@sha1:${sha}`;
exports.fluxRevision = fluxRevision;
function gitRepositoryObject(name, branch, sha, repoURL, generation, now) {
    const revision = (0, exports.fluxRevision)(branch, sha);
    const msg = `stored artifact for revision '${revision}'`;
    const c = (type) => ({
        type,
        status: 'True',
        reason: 'Succeeded',
        message: msg,
        observedGeneration: generation,
        lastTransitionTime: (0, store_js_1.kubeTime)(now),
    });
    return {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'GitRepository',
        metadata: { name, namespace: 'flux-system' },
        spec: { interval: '1m0s', url: repoURL, ref: { branch }, timeout: '60s' },
        status: {
            observedGeneration: generation,
            artifact: {
                path: `gitrepository/flux-system/${name}/${sha}.tar.gz`,
                url: `http://source-controller.flux-system.svc.cluster.local./gitrepository/flux-system/${name}/${sha}.tar.gz`,
                revision,
                lastUpdateTime: (0, store_js_1.kubeTime)(now),
            },
            conditions: [c('Ready'), c('ArtifactInStorage')],
        },
    };
}
/** Flux's Ready after apply and health check (`wait: true`): True, Unknown while progressing, False on failure. */
function kustomizationObject(name, f, sourceName, resources, health, previous, generation, now) {
    const revision = (0, exports.fluxRevision)(f.branch, f.revision);
    const prevApplied = previous?.status?.lastAppliedRevision;
    let ready;
    let applied = prevApplied;
    if (f.error)
        ready = { status: 'False', reason: 'ReconciliationFailed', message: f.error };
    else if (health.status === 'Degraded')
        ready = {
            status: 'False',
            reason: 'HealthCheckFailed',
            message: `health check failed: ${health.message ?? 'a resource is degraded'}`,
        };
    else if (health.status === 'Healthy') {
        ready = { status: 'True', reason: 'ReconciliationSucceeded', message: `Applied revision: ${revision}` };
        applied = revision;
    }
    else
        ready = { status: 'Unknown', reason: 'Progressing', message: 'Reconciliation in progress' };
    const prevReady = (previous?.status?.conditions ?? []).find((c) => c.type === 'Ready');
    const since = prevReady && prevReady.status === ready.status && prevReady.lastTransitionTime
        ? prevReady.lastTransitionTime
        : (0, store_js_1.kubeTime)(now);
    return {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
        kind: 'Kustomization',
        metadata: { name, namespace: 'flux-system' },
        spec: {
            interval: '5m0s',
            path: `./${f.folder}`,
            prune: true,
            wait: true,
            timeout: '5m0s',
            sourceRef: { kind: 'GitRepository', name: sourceName },
        },
        status: {
            observedGeneration: generation,
            lastAttemptedRevision: revision,
            ...(applied ? { lastAppliedRevision: applied } : {}),
            inventory: {
                entries: resources.map((r) => ({
                    id: `${r.namespace ?? ''}_${r.name}_${groupVersion(r.apiVersion).group}_${r.kind}`,
                    v: groupVersion(r.apiVersion).version,
                })),
            },
            conditions: [{ type: 'Ready', ...ready, observedGeneration: generation, lastTransitionTime: since }],
        },
    };
}


/***/ }),

/***/ 6318:
/***/ ((__unused_webpack_module, exports) => {


// The kinds the cluster simulator serves, and the discovery documents client-node reads to find them
// (KubernetesObjectApi asks `/api/v1` or `/apis/<group>/<version>` for a kind's plural and scope).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiVersionOf = exports.KINDS = void 0;
exports.kindInfo = kindInfo;
exports.byPlural = byPlural;
exports.coreVersions = coreVersions;
exports.groupList = groupList;
exports.resourceList = resourceList;
const SHORT = {
    Namespace: ['ns'],
    Pod: ['po'],
    Service: ['svc'],
    PersistentVolumeClaim: ['pvc'],
    ConfigMap: ['cm'],
    ServiceAccount: ['sa'],
    Deployment: ['deploy'],
    ReplicaSet: ['rs'],
    StatefulSet: ['sts'],
    DaemonSet: ['ds'],
    Ingress: ['ing'],
    HorizontalPodAutoscaler: ['hpa'],
    Application: ['app', 'apps'],
    Kustomization: ['ks'],
    HelmRelease: ['hr'],
    GitRepository: ['gitrepo'],
};
const k = (group, version, kind, plural, namespaced = true, custom = false) => ({
    group,
    version,
    kind,
    plural,
    namespaced,
    ...(custom ? { custom } : {}),
});
exports.KINDS = [
    k('', 'v1', 'Namespace', 'namespaces', false),
    k('', 'v1', 'Pod', 'pods'),
    k('', 'v1', 'Service', 'services'),
    k('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'),
    k('', 'v1', 'ConfigMap', 'configmaps'),
    k('', 'v1', 'Secret', 'secrets'),
    k('', 'v1', 'ServiceAccount', 'serviceaccounts'),
    k('apps', 'v1', 'Deployment', 'deployments'),
    k('apps', 'v1', 'ReplicaSet', 'replicasets'),
    k('apps', 'v1', 'StatefulSet', 'statefulsets'),
    k('apps', 'v1', 'DaemonSet', 'daemonsets'),
    k('batch', 'v1', 'Job', 'jobs'),
    k('networking.k8s.io', 'v1', 'Ingress', 'ingresses'),
    k('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'),
    k('argoproj.io', 'v1alpha1', 'Application', 'applications', true, true),
    k('kustomize.toolkit.fluxcd.io', 'v1', 'Kustomization', 'kustomizations', true, true),
    k('helm.toolkit.fluxcd.io', 'v2', 'HelmRelease', 'helmreleases', true, true),
    k('source.toolkit.fluxcd.io', 'v1', 'GitRepository', 'gitrepositories', true, true),
];
const apiVersionOf = (i) => i.group ? `${i.group}/${i.version}` : i.version;
exports.apiVersionOf = apiVersionOf;
function kindInfo(apiVersion, kind) {
    return exports.KINDS.find((i) => (0, exports.apiVersionOf)(i) === apiVersion && i.kind === kind);
}
function byPlural(group, version, plural) {
    return exports.KINDS.find((i) => i.group === group && i.version === version && i.plural === plural);
}
/** `GET /api`. */
function coreVersions(serverAddress) {
    return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
    };
}
/** `GET /apis`. */
function groupList() {
    const groups = [...new Set(exports.KINDS.filter((i) => i.group).map((i) => i.group))];
    return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: groups.map((name) => {
            const versions = [...new Set(exports.KINDS.filter((i) => i.group === name).map((i) => i.version))].map((version) => ({ groupVersion: `${name}/${version}`, version }));
            return { name, versions, preferredVersion: versions[0] };
        }),
    };
}
/** `GET /api/v1` or `/apis/<group>/<version>`; undefined when that group/version is not served. */
function resourceList(group, version) {
    const kinds = exports.KINDS.filter((i) => i.group === group && i.version === version);
    if (kinds.length === 0)
        return undefined;
    const verbs = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
    return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: (0, exports.apiVersionOf)({ group, version }),
        resources: kinds.flatMap((i) => [
            {
                name: i.plural,
                singularName: i.kind.toLowerCase(),
                namespaced: i.namespaced,
                kind: i.kind,
                verbs,
                ...(SHORT[i.kind] ? { shortNames: SHORT[i.kind] } : {}),
            },
            {
                name: `${i.plural}/status`,
                singularName: '',
                namespaced: i.namespaced,
                kind: i.kind,
                verbs: ['get', 'patch', 'update'],
            },
        ]),
    };
}


/***/ }),

/***/ 58498:
/***/ ((__unused_webpack_module, exports) => {


// The kubeconfig `gitopshq sandbox up` writes and tests hand to the client-node adapter.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kubeconfigFor = kubeconfigFor;
exports.kubeconfigForClusters = kubeconfigForClusters;
exports.withCurrentContext = withCurrentContext;
/** A kubeconfig for the simulator (token auth, plain HTTP on 127.0.0.1). */
function kubeconfigFor(url, token, context = 'gitopshq-sandbox') {
    return [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: ${context}`,
        '  cluster:',
        `    server: ${url}`,
        // client-node refuses plain http:// unless TLS checks are off; the simulator listens on 127.0.0.1 only.
        '    insecure-skip-tls-verify: true',
        'users:',
        `- name: ${context}`,
        '  user:',
        `    token: ${token}`,
        'contexts:',
        `- name: ${context}`,
        '  context:',
        `    cluster: ${context}`,
        `    user: ${context}`,
        '    namespace: default',
        `current-context: ${context}`,
        '',
    ].join('\n');
}
/**
 * A kubeconfig with one context per cluster of a multi-cluster simulator: `main` (current: the cluster Argo CD and
 * Flux run in, where their Applications and Kustomizations are) and one per destination cluster, named as
 * gitopshq.yaml names it (`tenants[].destinations`), at `<url>/clusters/<name>`, as `kubectl config get-contexts`
 * lists the clusters a team's Argo CD deploys to.
 */
function kubeconfigForClusters(url, token, clusters, main = 'gitopshq-sandbox') {
    const all = [
        { name: main, server: url },
        ...clusters.map((name) => ({ name, server: `${url}/clusters/${encodeURIComponent(name)}` })),
    ];
    return [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        ...all.flatMap((c) => [
            `- name: ${c.name}`,
            '  cluster:',
            `    server: ${c.server}`,
            '    insecure-skip-tls-verify: true',
        ]),
        'users:',
        `- name: ${main}`,
        '  user:',
        `    token: ${token}`,
        'contexts:',
        ...all.flatMap((c) => [
            `- name: ${c.name}`,
            '  context:',
            `    cluster: ${c.name}`,
            `    user: ${main}`,
            '    namespace: default',
        ]),
        `current-context: ${main}`,
        '',
    ].join('\n');
}
/** The same kubeconfig with `context` current: what a workflow hands verify-health for one tenant's cluster. */
function withCurrentContext(kubeconfig, context) {
    return kubeconfig.replace(/^current-context: .*$/m, `current-context: ${context}`);
}


/***/ }),

/***/ 23743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ObjectIndex = exports.kindKeyOf = void 0;
exports.deepFreeze = deepFreeze;
exports.jsonOf = jsonOf;
/** Freezes `o` and everything under it; a part already frozen (shared with an older version) is left as it is. */
function deepFreeze(o) {
    if (o === null || typeof o !== 'object' || Object.isFrozen(o))
        return o;
    Object.freeze(o);
    for (const v of Object.values(o))
        deepFreeze(v);
    return o;
}
const texts = new WeakMap();
/**
 * `JSON.stringify(v)`, remembered for a frozen object: a frozen object never changes, so its text does not either.
 * The controllers compare the status they computed with the stored one on every pass; the stored side is this.
 */
function jsonOf(v) {
    if (v === null || typeof v !== 'object' || !Object.isFrozen(v))
        return JSON.stringify(v);
    let text = texts.get(v);
    if (text === undefined) {
        text = JSON.stringify(v);
        texts.set(v, text);
    }
    return text;
}
const kindKeyOf = (apiVersion, kind) => `${apiVersion}|${kind}`;
exports.kindKeyOf = kindKeyOf;
/** The order a list answers in: by `<namespace>/<name>` (a cluster-scoped object's namespace reads "undefined"). */
const sortName = (o) => `${o.metadata.namespace}/${o.metadata.name}`;
/**
 * Objects by key, with two indexes kept on every write: the keys of each kind in list order (sorted once per
 * creation or deletion of that kind, not per list), and the keys of the objects each uid is an owner of.
 */
class ObjectIndex {
    objects = new Map();
    /** Creation order (the Map's own order), which the garbage collector deletes dependents in. */
    seq = new Map();
    nextSeq = 0;
    kinds = new Map();
    owners = new Map();
    get(key) {
        return this.objects.get(key);
    }
    has(key) {
        return this.objects.has(key);
    }
    values() {
        return this.objects.values();
    }
    /** Stores a frozen object under `key` (a new one, or the next version of the one there). */
    set(key, o) {
        const prev = this.objects.get(key);
        this.objects.set(key, o);
        if (prev) {
            this.unindexOwners(key, prev);
        }
        else {
            this.seq.set(key, this.nextSeq++);
            const kind = this.kindOf(o.apiVersion, o.kind);
            kind.keys.add(key);
            kind.sorted = undefined;
        }
        for (const r of o.metadata.ownerReferences ?? []) {
            let keys = this.owners.get(r.uid);
            if (!keys) {
                keys = new Set();
                this.owners.set(r.uid, keys);
            }
            keys.add(key);
        }
    }
    delete(key) {
        const prev = this.objects.get(key);
        if (!prev)
            return;
        this.objects.delete(key);
        this.seq.delete(key);
        this.unindexOwners(key, prev);
        const kind = this.kinds.get((0, exports.kindKeyOf)(prev.apiVersion, prev.kind));
        if (kind) {
            kind.keys.delete(key);
            kind.sorted = undefined;
        }
    }
    /** The objects of one kind in list order. */
    ofKind(apiVersion, kind) {
        const k = this.kinds.get((0, exports.kindKeyOf)(apiVersion, kind));
        if (!k)
            return [];
        if (!k.sorted) {
            k.sorted = [...k.keys]
                .map((key) => ({ key, name: sortName(this.objects.get(key)) }))
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((x) => x.key);
        }
        return k.sorted.map((key) => this.objects.get(key));
    }
    /** The objects that name `uid` among their ownerReferences, in list order. */
    ownedBy(uid) {
        const keys = this.owners.get(uid);
        if (!keys || keys.size === 0)
            return [];
        return [...keys]
            .map((key) => this.objects.get(key))
            .sort((a, b) => sortName(a).localeCompare(sortName(b)));
    }
    /** The keys of the objects that name `uid` among their ownerReferences, in creation order. */
    dependentsOf(uid) {
        const keys = this.owners.get(uid);
        if (!keys)
            return [];
        return [...keys].sort((a, b) => (this.seq.get(a) ?? 0) - (this.seq.get(b) ?? 0));
    }
    kindOf(apiVersion, kind) {
        const k = (0, exports.kindKeyOf)(apiVersion, kind);
        let entry = this.kinds.get(k);
        if (!entry) {
            entry = { keys: new Set() };
            this.kinds.set(k, entry);
        }
        return entry;
    }
    unindexOwners(key, o) {
        for (const r of o.metadata.ownerReferences ?? []) {
            const keys = this.owners.get(r.uid);
            keys?.delete(key);
            if (keys?.size === 0)
                this.owners.delete(r.uid);
        }
    }
}
exports.ObjectIndex = ObjectIndex;


/***/ }),

/***/ 39317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.podReady = exports.NODES = exports.DEFAULT_TIMINGS = void 0;
exports.imageTag = imageTag;
exports.templateHash = templateHash;
exports.randomSuffix = randomSuffix;
exports.newPod = newPod;
exports.podStatus = podStatus;
// Pods as the kubelet would report them, computed from their age on the simulated clock: scheduled, containers
// created, running, then ready. An image whose tag is `crashloop` starts, exits 1 and is restarted with the
// kubelet's back-off (10 s doubling to 5 min), so its status reads CrashLoopBackOff with a growing restartCount.
// Pods of Jobs (restartPolicy Never/OnFailure) run for a while and succeed, or fail with a `crashloop` image.
const node_crypto_1 = __webpack_require__(77598);
const object_index_js_1 = __webpack_require__(23743);
const store_js_1 = __webpack_require__(13172);
exports.DEFAULT_TIMINGS = { scheduleMs: 500, startMs: 2000, readyMs: 1500, jobRunMs: 5000 };
exports.NODES = ['sim-node-1', 'sim-node-2'];
function imageTag(image) {
    const ref = (image ?? '').split('@')[0] ?? '';
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : 'latest';
}
const crashesWith = (extra) => (c) => {
    const tag = imageTag(c.image);
    return tag === 'crashloop' || extra.has(tag);
};
/** Restarts after running for `ms` with the kubelet's back-off: 10 s, 20 s, 40 s, ... capped at 5 min. */
function restartsAfter(ms) {
    let n = 0;
    let at = 0;
    while (n < 10_000) {
        at += Math.min(10_000 * 2 ** n, 300_000);
        if (at > ms)
            return n;
        n++;
    }
    return n;
}
/** A short stable hash, as Kubernetes names pod-template-hash and controller revisions. */
// The controllers hash every workload's template on every pass (20 times a second per cluster): each distinct
// template is hashed once. Bounded, so a long-running sandbox starts over.
const hashes = new Map();
function templateHash(template) {
    const text = (0, object_index_js_1.jsonOf)(template ?? {});
    const known = hashes.get(text);
    if (known !== undefined)
        return known;
    const hex = (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
    const hash = BigInt(`0x${hex.slice(0, 12)}`)
        .toString(36)
        .slice(0, 10)
        .replace(/^[0-9]/, 'c');
    if (hashes.size >= 1000)
        hashes.clear();
    hashes.set(text, hash);
    return hash;
}
// The kubelet pass computes every pod's status many times a second; its image and container ids are sha256 digests,
// each computed once per distinct input (bounded as above).
const digests = new Map();
function sha256(text) {
    const known = digests.get(text);
    if (known !== undefined)
        return known;
    const hex = (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
    if (digests.size >= 5000)
        digests.clear();
    digests.set(text, hex);
    return hex;
}
function randomSuffix(n = 5) {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let s = '';
    for (let i = 0; i < n; i++)
        s += alphabet[Math.floor(Math.random() * alphabet.length)];
    return s;
}
/** A new pod from a pod template, owned by `owner`. */
function newPod(owner, template, opts) {
    return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
            name: opts.name,
            namespace: owner.metadata.namespace,
            labels: { ...template.metadata?.labels, ...opts.labels },
            ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
            ownerReferences: [
                {
                    apiVersion: owner.apiVersion,
                    kind: owner.kind,
                    name: owner.metadata.name,
                    uid: owner.metadata.uid,
                    controller: true,
                    blockOwnerDeletion: true,
                },
            ],
        },
        spec: { ...template.spec, nodeName: opts.nodeName },
    };
}
/** The pod's status `ageMs` after it was created (ready and phase as the kubelet would report them). */
function podStatus(pod, bornAt, now, t, 
/** Further tags that crash-loop here: a fault a test or the demo sets on one cluster (ClusterSimulator.crashloop). */
crashTags = new Set()) {
    const crashes = crashesWith(crashTags);
    const spec = (pod.spec ?? {});
    const containers = spec.containers ?? [];
    const age = now - bornAt;
    const at = (ms) => (0, store_js_1.kubeTime)(bornAt + ms);
    const podIP = `10.244.${(bornAt >> 8) & 255}.${bornAt & 255 || 1}`;
    const base = { hostIP: '172.18.0.2', startTime: at(0), qosClass: 'BestEffort' };
    const cond = (type, ok, sinceMs, reason) => ({
        type,
        status: ok ? 'True' : 'False',
        lastTransitionTime: at(sinceMs),
        ...(reason ? { reason } : {}),
    });
    const cs = (c, state, extra = {}) => ({
        name: c.name,
        image: c.image ?? '',
        imageID: `${(c.image ?? '').split(':')[0]}@sha256:${sha256(c.image ?? '')}`,
        containerID: `containerd://${sha256(`${pod.metadata.uid}/${c.name}`)}`,
        ready: false,
        restartCount: 0,
        started: false,
        state,
        ...extra,
    });
    if (age < t.scheduleMs) {
        return { phase: 'Pending', conditions: [cond('PodScheduled', true, 0)], ...base, qosClass: 'BestEffort' };
    }
    if (age < t.startMs) {
        return {
            phase: 'Pending',
            conditions: [
                cond('PodScheduled', true, 0),
                cond('Initialized', true, t.scheduleMs),
                cond('ContainersReady', false, t.scheduleMs, 'ContainersNotReady'),
                cond('Ready', false, t.scheduleMs, 'ContainersNotReady'),
            ],
            containerStatuses: containers.map((c) => cs(c, { waiting: { reason: 'ContainerCreating' } })),
            ...base,
            podIP,
        };
    }
    const runMs = age - t.startMs;
    const job = spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure';
    if (job && runMs >= t.jobRunMs) {
        const failedJob = containers.some(crashes);
        const end = at(t.startMs + t.jobRunMs);
        return {
            phase: failedJob ? 'Failed' : 'Succeeded',
            conditions: [
                cond('PodScheduled', true, 0),
                cond('Initialized', true, t.scheduleMs),
                cond('ContainersReady', false, t.startMs + t.jobRunMs, 'PodCompleted'),
                cond('Ready', false, t.startMs + t.jobRunMs, 'PodCompleted'),
            ],
            containerStatuses: containers.map((c) => cs(c, {
                terminated: {
                    exitCode: crashes(c) ? 1 : 0,
                    reason: crashes(c) ? 'Error' : 'Completed',
                    startedAt: at(t.startMs),
                    finishedAt: end,
                },
            })),
            ...base,
            podIP,
        };
    }
    const crashing = !job && containers.some(crashes);
    const ready = !crashing && runMs >= t.readyMs;
    const statuses = containers.map((c) => {
        if (!crashes(c) || job) {
            return cs(c, { running: { startedAt: at(t.startMs) } }, { ready: ready, started: true });
        }
        const restarts = restartsAfter(runMs);
        return cs(c, restarts === 0 && runMs < 1000
            ? { running: { startedAt: at(t.startMs) } }
            : {
                waiting: {
                    reason: 'CrashLoopBackOff',
                    message: `back-off ${Math.min(10 * 2 ** restarts, 300)}s restarting failed container=${c.name} pod=${pod.metadata.name}`,
                },
            }, {
            restartCount: Math.max(restarts, runMs >= 1000 ? 1 : 0),
            lastState: runMs >= 1000
                ? {
                    terminated: {
                        exitCode: 1,
                        reason: 'Error',
                        startedAt: at(t.startMs),
                        finishedAt: at(t.startMs + 1000),
                    },
                }
                : {},
        });
    });
    const readySince = t.startMs + t.readyMs;
    return {
        phase: 'Running',
        conditions: [
            cond('PodReadyToStartContainers', true, t.scheduleMs),
            cond('Initialized', true, t.scheduleMs),
            cond('Ready', ready, ready ? readySince : t.scheduleMs, ready ? undefined : 'ContainersNotReady'),
            cond('ContainersReady', ready, ready ? readySince : t.scheduleMs, ready ? undefined : 'ContainersNotReady'),
            cond('PodScheduled', true, 0),
        ],
        containerStatuses: statuses,
        ...base,
        podIP,
        podIPs: [{ ip: podIP }],
    };
}
const podReady = (pod) => (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
exports.podReady = podReady;


/***/ }),

/***/ 77519:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePath = parsePath;
// The Kubernetes API paths client-node uses: discovery, and the resource paths
// `/api/v1[/namespaces/<ns>]/<plural>[/<name>[/status]]` and `/apis/<group>/<version>[/namespaces/<ns>]/...`.
const kinds_js_1 = __webpack_require__(6318);
function parsePath(pathname) {
    const seg = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (seg.length === 1 && seg[0] === 'version')
        return { type: 'version' };
    let group;
    let version;
    let rest;
    if (seg[0] === 'api') {
        if (seg.length === 1)
            return { type: 'discovery', root: 'api' };
        group = '';
        version = seg[1];
        rest = seg.slice(2);
    }
    else if (seg[0] === 'apis') {
        if (seg.length === 1)
            return { type: 'discovery', root: 'apis' };
        if (seg.length === 2)
            return { type: 'discovery', root: 'apis', group: seg[1] };
        group = seg[1];
        version = seg[2];
        rest = seg.slice(3);
    }
    else
        return { type: 'unknown' };
    if (rest.length === 0)
        return { type: 'discovery', root: seg[0], group, version };
    let namespace;
    if (rest[0] === 'namespaces' && rest.length >= 3) {
        namespace = rest[1];
        rest = rest.slice(2);
    }
    const [plural = '', name, sub, ...extra] = rest;
    const info = (0, kinds_js_1.byPlural)(group, version, plural);
    if (!info || extra.length > 0 || (sub !== undefined && sub !== 'status'))
        return { type: 'unknown' };
    if (namespace !== undefined && !info.namespaced)
        return { type: 'unknown' };
    return {
        type: 'resource',
        info,
        ...(namespace !== undefined ? { namespace } : {}),
        ...(name !== undefined ? { name } : {}),
        ...(sub === 'status' ? { subresource: 'status' } : {}),
    };
}


/***/ }),

/***/ 24639:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kubeconfigFor = void 0;
exports.statusBody = statusBody;
exports.startKubeApiServer = startKubeApiServer;
// The local Kubernetes API server: what @kubernetes/client-node (verify-health's adapter) and kubectl-style
// clients use — discovery, get, list, watch (JSON lines from a resourceVersion), create, update, server-side
// apply, merge patch, delete — for the kinds in kinds.ts, over the shared simulator pipeline (src/sandbox/http:
// request log, injected faults). Controllers (controllers.ts) and the GitOps syncer (syncer.ts) act on the same
// store the API serves, so a client sees status move as on a real cluster.
const node_crypto_1 = __webpack_require__(77598);
const yaml_1 = __webpack_require__(38815);
const pipeline_js_1 = __webpack_require__(52468);
const server_js_1 = __webpack_require__(24833);
const apply_js_1 = __webpack_require__(35121);
const kinds_js_1 = __webpack_require__(6318);
const routes_js_1 = __webpack_require__(77519);
const store_js_1 = __webpack_require__(13172);
var kubeconfig_js_1 = __webpack_require__(58498);
Object.defineProperty(exports, "kubeconfigFor", ({ enumerable: true, get: function () { return kubeconfig_js_1.kubeconfigFor; } }));
function statusBody(code, reason, message) {
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
}
const failure = (e) => ({ status: e.code, body: statusBody(e.code, e.reason, e.message) });
/** Built-in lists carry no apiVersion/kind on their items; custom resources' do. */
function listItem(o, custom) {
    if (custom)
        return o;
    const { apiVersion: _a, kind: _k, ...rest } = o;
    return rest;
}
async function startKubeApiServer(opts) {
    const token = opts.token ?? (0, node_crypto_1.randomBytes)(20).toString('hex');
    const store = opts.store ?? new store_js_1.ObjectStore(opts.now);
    const requests = [];
    const faults = [];
    const streams = new Set();
    let origin = '';
    for (const [s, names] of [
        [store, ['default', 'kube-system', 'argocd', 'flux-system']],
        ...[...(opts.clusters?.values() ?? [])].map((c) => [c, ['default', 'kube-system']]),
    ]) {
        for (const ns of names) {
            if (!s.get('v1', 'Namespace', undefined, ns)) {
                await s.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
            }
        }
    }
    function watch(x, store, sel, custom) {
        const q = x.url.searchParams;
        const from = q.get('resourceVersion');
        const timeoutS = Number(q.get('timeoutSeconds') ?? '1800');
        const { res } = x;
        res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
        // Headers now, as a real API server sends them: a client's watch is established before any event.
        res.flushHeaders();
        const send = (type, object) => res.write(`${JSON.stringify({ type, object })}\n`);
        streams.add(res);
        let pending = [];
        try {
            if (!from || from === '0') {
                // No resourceVersion: the current state as ADDED events, then changes.
                pending = store.list(sel).map((object) => ({ type: 'ADDED', object }));
            }
            else {
                pending = store.since(Number(from)).filter((e) => (0, store_js_1.selects)(sel, e.object));
            }
        }
        catch (e) {
            if (!(e instanceof store_js_1.KubeError))
                throw e;
            send('ERROR', statusBody(e.code, e.reason, e.message));
            res.end();
            streams.delete(res);
            return { written: 200 };
        }
        for (const e of pending)
            send(e.type, listItem(e.object, custom));
        const unsubscribe = store.subscribe((e) => {
            if ((0, store_js_1.selects)(sel, e.object))
                send(e.type, listItem(e.object, custom));
        });
        const timer = setTimeout(() => res.end(), Math.max(1, timeoutS) * 1000);
        const stop = () => {
            clearTimeout(timer);
            unsubscribe();
            streams.delete(res);
        };
        res.on('close', stop);
        x.req.on('close', () => res.end());
        return { written: 200 };
    }
    /**
     * Argo CD's REST API (`argocd-server`), on the same server: `GET /api/v1/applications/<name>` with the same token,
     * answered as Argo CD does (the Application without apiVersion/kind; errors as gRPC-gateway bodies).
     */
    function argoCdApplication(name, appNamespace, auth) {
        if (auth !== `Bearer ${token}`) {
            return {
                status: 401,
                body: {
                    error: 'invalid session: token is malformed',
                    code: 16,
                    message: 'invalid session: token is malformed',
                },
            };
        }
        const app = store.get('argoproj.io/v1alpha1', 'Application', appNamespace || 'argocd', name);
        if (!app) {
            const message = `applications.argoproj.io "${name}" not found`;
            return { status: 404, body: { error: message, code: 5, message } };
        }
        const { apiVersion: _a, kind: _k, ...rest } = app;
        return { status: 200, body: rest };
    }
    async function handle(x) {
        const { req, url } = x;
        const routed = url.pathname.match(/^\/clusters\/([^/]+)(\/.*)?$/);
        const named = routed ? opts.clusters?.get(decodeURIComponent(routed[1])) : undefined;
        if (routed && !named) {
            await (0, server_js_1.readBody)(req);
            return { status: 404, body: statusBody(404, 'NotFound', `no cluster ${routed[1]} in this simulator`) };
        }
        return serve(x, named ?? store, routed ? (routed[2] ?? '/') : url.pathname);
    }
    async function serve(x, store, pathname) {
        const { req, url, method } = x;
        const raw = await (0, server_js_1.readBody)(req);
        const auth = req.headers.authorization;
        // Argo CD's REST API is served by the cluster it runs in only.
        const argo = pathname === url.pathname && pathname.match(/^\/api\/v1\/applications\/([^/]+)$/);
        if (argo)
            return argoCdApplication(decodeURIComponent(argo[1]), url.searchParams.get('appNamespace'), auth);
        if (auth !== `Bearer ${token}` && !(opts.allowAnonymous && auth === undefined)) {
            return { status: 401, body: statusBody(401, 'Unauthorized', 'Unauthorized') };
        }
        const p = (0, routes_js_1.parsePath)(pathname);
        if (p.type === 'version') {
            return {
                status: 200,
                body: { major: '1', minor: '33', gitVersion: 'v1.33.0-gitopshq-sim', platform: 'linux/amd64' },
            };
        }
        if (p.type === 'discovery') {
            if (method !== 'GET')
                return { status: 405, body: statusBody(405, 'MethodNotAllowed', 'method not allowed') };
            if (p.root === 'api' && p.version === undefined)
                return { status: 200, body: (0, kinds_js_1.coreVersions)(origin) };
            if (p.root === 'apis' && p.group === undefined)
                return { status: 200, body: (0, kinds_js_1.groupList)() };
            const list = p.version !== undefined ? (0, kinds_js_1.resourceList)(p.group ?? '', p.version) : undefined;
            if (list)
                return { status: 200, body: list };
            return {
                status: 404,
                body: statusBody(404, 'NotFound', 'the server could not find the requested resource'),
            };
        }
        if (p.type !== 'resource') {
            return {
                status: 404,
                body: statusBody(404, 'NotFound', 'the server could not find the requested resource'),
            };
        }
        const { info } = p;
        const apiVersion = (0, kinds_js_1.apiVersionOf)(info);
        const ns = info.namespaced ? p.namespace : undefined;
        const body = () => {
            const ct = req.headers['content-type'] ?? '';
            try {
                const parsed = (ct.includes('yaml') ? (0, yaml_1.parse)(raw) : JSON.parse(raw));
                if (parsed === null || typeof parsed !== 'object')
                    throw new Error('not an object');
                return parsed;
            }
            catch (e) {
                throw new store_js_1.KubeError(400, 'BadRequest', `the body of the request was in an unknown format: ${e.message}`);
            }
        };
        try {
            if (p.name === undefined) {
                if (method === 'GET') {
                    const sel = {
                        info,
                        ...(ns !== undefined ? { namespace: ns } : {}),
                        labelSelector: url.searchParams.get('labelSelector') ?? undefined,
                    };
                    if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1')
                        return watch(x, store, sel, !!info.custom);
                    const items = store.list(sel).map((o) => listItem(o, !!info.custom));
                    return {
                        status: 200,
                        body: {
                            apiVersion,
                            kind: `${info.kind}List`,
                            metadata: { resourceVersion: store.resourceVersion },
                            items,
                        },
                    };
                }
                if (method === 'POST') {
                    const o = body();
                    if (o.apiVersion !== apiVersion || o.kind !== info.kind) {
                        throw new store_js_1.KubeError(400, 'BadRequest', `the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersion})`);
                    }
                    const { status: _s, ...spec } = o;
                    const meta = { ...o.metadata, ...(ns !== undefined ? { namespace: ns } : {}) };
                    return { status: 201, body: await store.create({ ...spec, metadata: meta }) };
                }
                return {
                    status: 405,
                    body: statusBody(405, 'MethodNotAllowed', `${method} is not allowed on a collection`),
                };
            }
            const name = p.name;
            const current = store.get(apiVersion, info.kind, ns, name);
            const notFound = () => new store_js_1.KubeError(404, 'NotFound', `${info.plural}${info.group ? `.${info.group}` : ''} "${name}" not found`);
            const status = p.subresource === 'status';
            switch (method) {
                case 'GET':
                    if (!current)
                        throw notFound();
                    return { status: 200, body: current };
                case 'DELETE':
                    if (!current)
                        throw notFound();
                    store.delete(apiVersion, info.kind, ns, name);
                    return {
                        status: 200,
                        body: {
                            kind: 'Status',
                            apiVersion: 'v1',
                            metadata: {},
                            status: 'Success',
                            details: { name, kind: info.plural, uid: current.metadata.uid },
                        },
                    };
                case 'PUT': {
                    if (!current)
                        throw notFound();
                    const o = body();
                    if (status)
                        return {
                            status: 200,
                            body: await store.setStatus(current, (o.status ?? {})),
                        };
                    return {
                        status: 200,
                        body: await store.update({
                            ...o,
                            apiVersion,
                            kind: info.kind,
                            metadata: { ...o.metadata, name, ...(ns !== undefined ? { namespace: ns } : {}) },
                        }),
                    };
                }
                case 'PATCH': {
                    const ct = (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
                    const o = body();
                    if (ct === 'application/apply-patch+yaml') {
                        if (!url.searchParams.get('fieldManager')) {
                            throw new store_js_1.KubeError(422, 'Invalid', 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
                        }
                        if (o.metadata?.name !== name)
                            throw new store_js_1.KubeError(400, 'BadRequest', `the name of the object (${o.metadata?.name}) does not match the name on the URL (${name})`);
                        if (status) {
                            if (!current)
                                throw notFound();
                            return {
                                status: 200,
                                body: await store.setStatus(current, (o.status ?? {})),
                            };
                        }
                        const applied = {
                            ...o,
                            metadata: { ...o.metadata, ...(ns !== undefined ? { namespace: ns } : {}) },
                        };
                        if (!current) {
                            const { status: _s, ...rest } = applied;
                            return { status: 201, body: await store.create(rest) };
                        }
                        return { status: 200, body: await store.update((0, apply_js_1.applyOver)(current, applied)) };
                    }
                    if (ct === 'application/merge-patch+json' || ct === 'application/strategic-merge-patch+json') {
                        if (!current)
                            throw notFound();
                        const next = (0, apply_js_1.mergePatch)(current, o);
                        if (status)
                            return {
                                status: 200,
                                body: await store.setStatus(current, (next.status ?? {})),
                            };
                        return {
                            status: 200,
                            body: await store.update({
                                ...next,
                                metadata: { ...next.metadata, resourceVersion: undefined },
                            }),
                        };
                    }
                    return {
                        status: 415,
                        body: statusBody(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/apply-patch+yaml (got ${ct})`),
                    };
                }
                default:
                    return { status: 405, body: statusBody(405, 'MethodNotAllowed', `${method} is not allowed`) };
            }
        }
        catch (e) {
            if (e instanceof store_js_1.KubeError)
                return failure(e);
            throw e;
        }
    }
    const server = await (0, server_js_1.listenLocal)((0, pipeline_js_1.requestPipeline)({
        origin: () => origin,
        pathOf: (url) => url.pathname,
        requests,
        faults,
        faultReply: (f) => ({
            status: f.status,
            body: statusBody(f.status, f.status === 429 ? 'TooManyRequests' : 'InternalError', f.message ?? 'injected fault'),
            headers: { ...(f.status === 429 ? { 'retry-after': '1' } : {}), ...f.headers },
        }),
        handle,
    }), opts.port);
    origin = server.origin;
    return {
        url: server.origin,
        port: server.port,
        token,
        store,
        requests,
        faults,
        watchers: () => streams.size,
        close: async () => {
            for (const s of streams)
                s.end();
            await server.close();
        },
    };
}


/***/ }),

/***/ 13172:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ObjectStore = exports.kubeTime = exports.keyOf = exports.KubeError = void 0;
exports.matchesLabels = matchesLabels;
exports.selects = selects;
exports.applyDefaults = applyDefaults;
// The cluster simulator's etcd: objects by identity, one resourceVersion counter for all of them, and the recent
// history of changes so a watch can start after any resourceVersion a list returned. Every object is checked
// before it is stored with the same Kubernetes schemas the generator uses (src/render/kube-schema.ts): a status a
// controller of ours invents that a real API server would refuse throws here, so a test meets it.
// Stored objects are frozen (object-index.ts) and handed out as they are: `get`, `list`, `since`, the events and
// what a write returns are never to be mutated (spread them to change one); writes copy what they are given.
const node_crypto_1 = __webpack_require__(77598);
const kube_schema_js_1 = __webpack_require__(62827);
const kinds_js_1 = __webpack_require__(6318);
const object_index_js_1 = __webpack_require__(23743);
/** An answer the API server gives as a `Status` (404, 409, 410, 422, ...). */
class KubeError extends Error {
    code;
    reason;
    constructor(code, reason, message) {
        super(message);
        this.code = code;
        this.reason = reason;
    }
}
exports.KubeError = KubeError;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HISTORY = 5000;
const keyOf = (apiVersion, kind, namespace, name) => `${apiVersion}|${kind}|${namespace ?? ''}|${name}`;
exports.keyOf = keyOf;
/** `2026-11-30T06:52:47Z`: the API server's timestamps have whole seconds. */
const kubeTime = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
exports.kubeTime = kubeTime;
const clone = (o) => structuredClone(o);
function matchesLabels(selector, labels = {}) {
    if (!selector)
        return true;
    return selector
        .split(/,(?![^(]*\))/)
        .map((t) => t.trim())
        .filter(Boolean)
        .every((term) => matchesTerm(term, labels));
}
function matchesTerm(term, labels) {
    const eq = term.match(/^([^!=\s]+)\s*(==|=|!=)\s*(.*)$/);
    if (eq) {
        const [, key = '', op, value] = eq;
        return op === '!=' ? labels[key] !== value : labels[key] === value;
    }
    const set = term.match(/^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/);
    if (set) {
        const [, key = '', op, list = ''] = set;
        const has = key in labels &&
            list
                .split(',')
                .map((v) => v.trim())
                .includes(labels[key]);
        return op === 'in' ? has : !has;
    }
    return term.startsWith('!') ? !(term.slice(1) in labels) : term in labels;
}
function selects(sel, o) {
    return (o.apiVersion === (0, kinds_js_1.apiVersionOf)(sel.info) &&
        o.kind === sel.info.kind &&
        (sel.namespace === undefined || o.metadata.namespace === sel.namespace) &&
        matchesLabels(sel.labelSelector, o.metadata.labels));
}
/**
 * The defaults the API server fills in that the controllers read (a subset of Kubernetes' defaulting). The spec is
 * replaced by a copy when a default is missing, never changed in place: it may be a stored (frozen) object's.
 */
function applyDefaults(o) {
    const spec = o.spec;
    if (!spec)
        return;
    const wanted = [];
    if (o.apiVersion === 'apps/v1' && ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(o.kind)) {
        wanted.push(['replicas', 1], ['revisionHistoryLimit', 10]);
    }
    if (o.apiVersion === 'apps/v1' && o.kind === 'Deployment') {
        wanted.push(['progressDeadlineSeconds', 600], ['strategy', { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }]);
    }
    if (o.apiVersion === 'batch/v1' && o.kind === 'Job') {
        wanted.push(['backoffLimit', 6], ['completions', 1], ['parallelism', 1]);
    }
    if (wanted.every(([field]) => spec[field] !== undefined && spec[field] !== null))
        return;
    const filled = { ...spec };
    for (const [field, value] of wanted)
        filled[field] ??= value;
    o.spec = filled;
}
/** What an update compares to tell a real change from a no-op: the spec-like fields, and everything but the rv. */
const specOf = (x) => JSON.stringify(Object.fromEntries(Object.entries(x).filter(([f]) => !['apiVersion', 'kind', 'metadata', 'status'].includes(f))));
const withoutRv = (x) => JSON.stringify({ ...x, metadata: { ...x.metadata, resourceVersion: undefined } });
/** The same texts of a stored (frozen, never changing) object, computed once per version. */
const storedTexts = new WeakMap();
function textsOf(stored) {
    let t = storedTexts.get(stored);
    if (!t) {
        t = { spec: specOf(stored), all: withoutRv(stored) };
        storedTexts.set(stored, t);
    }
    return t;
}
class ObjectStore {
    now;
    historyLimit;
    objects = new object_index_js_1.ObjectIndex();
    history = [];
    listeners = new Set();
    schema = (0, kube_schema_js_1.createKubeSchemaValidator)();
    rv = 100;
    /** Objects refused by validation (a controller bug when it is ours): tests assert it stays empty. */
    refusals = [];
    constructor(now, 
    /** Changes kept for watches (etcd's compaction window): a watch from before them is answered 410 Expired. */
    historyLimit = HISTORY) {
        this.now = now;
        this.historyLimit = historyLimit;
    }
    /** Loads the schema of every built-in kind served, so the first write of a kind does not pay for it. */
    async warmUp() {
        await Promise.all(kinds_js_1.KINDS.filter((k) => !k.custom).map((k) => this.schema.validate({ apiVersion: (0, kinds_js_1.apiVersionOf)(k), kind: k.kind, metadata: { name: 'warm-up' } })));
    }
    get resourceVersion() {
        return String(this.rv);
    }
    /** The stored object (frozen: spread it to change it), or undefined. */
    get(apiVersion, kind, namespace, name) {
        return this.objects.get((0, exports.keyOf)(apiVersion, kind, namespace, name));
    }
    /** The selected objects (frozen), by namespace and name. `where` narrows the selection further. */
    list(sel, where) {
        return this.objects
            .ofKind((0, kinds_js_1.apiVersionOf)(sel.info), sel.info.kind)
            .filter((o) => (sel.namespace === undefined || o.metadata.namespace === sel.namespace) &&
            matchesLabels(sel.labelSelector, o.metadata.labels) &&
            (where === undefined || where(o)));
    }
    /**
     * The objects of one kind whose controller (ownerReference with `controller: true`) is `owner`, in its namespace,
     * in list order: what the controllers ask for many times a second, answered from the owner index.
     */
    controlledBy(owner, apiVersion, kind) {
        const uid = owner.metadata.uid;
        if (uid === undefined)
            return [];
        const ns = owner.metadata.namespace;
        return this.objects
            .ownedBy(uid)
            .filter((o) => o.apiVersion === apiVersion &&
            o.kind === kind &&
            (ns === undefined || o.metadata.namespace === ns) &&
            (o.metadata.ownerReferences ?? []).some((r) => r.uid === uid && r.controller));
    }
    /** Every change after `rv`, or a 410 when the history no longer reaches back that far (the client lists again). */
    since(rv) {
        const oldest = this.history[0];
        if (oldest && rv < oldest.rv - 1 && rv < this.rv) {
            throw new KubeError(410, 'Expired', `too old resource version: ${rv} (${oldest.rv - 1})`);
        }
        return this.history.filter((e) => e.rv > rv);
    }
    subscribe(fn) {
        this.listeners.add(fn);
        return () => this.listeners.delete(fn);
    }
    async create(input) {
        const info = this.infoOf(input);
        const ns = info.namespaced ? input.metadata.namespace || 'default' : undefined;
        const key = (0, exports.keyOf)(input.apiVersion, input.kind, ns, input.metadata.name);
        if (this.objects.has(key)) {
            throw new KubeError(409, 'AlreadyExists', `${info.plural}.${info.group || 'core'} "${input.metadata.name}" already exists`);
        }
        if (ns !== undefined && !this.objects.has((0, exports.keyOf)('v1', 'Namespace', undefined, ns))) {
            throw new KubeError(404, 'NotFound', `namespaces "${ns}" not found`);
        }
        const o = clone(input);
        const { resourceVersion: _rv, ...meta } = o.metadata;
        o.metadata = {
            ...meta,
            ...(ns !== undefined ? { namespace: ns } : {}),
            uid: (0, node_crypto_1.randomUUID)(),
            creationTimestamp: (0, exports.kubeTime)(this.now()),
            generation: 1,
        };
        return this.commit(key, o, 'ADDED', undefined);
    }
    /**
     * Replaces an object's spec/metadata (`status` kept unless `withStatus`). generation moves only when the spec
     * does, as on a real API server, so observedGeneration means what controllers and the health rules think.
     */
    async update(next, opts = {}) {
        const info = this.infoOf(next);
        const ns = info.namespaced ? next.metadata.namespace || 'default' : undefined;
        const key = (0, exports.keyOf)(next.apiVersion, next.kind, ns, next.metadata.name);
        const cur = this.objects.get(key);
        if (!cur)
            throw new KubeError(404, 'NotFound', `${info.plural}.${info.group || 'core'} "${next.metadata.name}" not found`);
        if (next.metadata.resourceVersion && next.metadata.resourceVersion !== cur.metadata.resourceVersion) {
            throw new KubeError(409, 'Conflict', `Operation cannot be fulfilled on ${info.plural} "${next.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`);
        }
        // Shallow until it is known to be a real write: most updates (the syncer's every pass) change nothing.
        const o = { ...next };
        applyDefaults(o);
        if (!opts.withStatus) {
            if (cur.status === undefined)
                delete o.status;
            else
                o.status = cur.status; // frozen: the new version shares it
        }
        const stored = textsOf(cur);
        const generation = (cur.metadata.generation ?? 1) + (specOf(o) !== stored.spec ? 1 : 0);
        o.metadata = {
            ...o.metadata,
            ...(ns !== undefined ? { namespace: ns } : {}),
            uid: cur.metadata.uid,
            creationTimestamp: cur.metadata.creationTimestamp,
            generation,
        };
        if (withoutRv(o) === stored.all) {
            return cur; // a no-op write makes no event, as on a real API server
        }
        // The stored version owns its parts: the caller may go on changing what it passed.
        return this.commit(key, clone(o), 'MODIFIED', cur.metadata.resourceVersion);
    }
    /** Sets `status` only (the `/status` subresource controllers write). */
    async setStatus(current, status) {
        const cur = this.get(current.apiVersion, current.kind, current.metadata.namespace, current.metadata.name);
        if (!cur)
            throw new KubeError(404, 'NotFound', `${current.kind} "${current.metadata.name}" not found`);
        return this.update({ ...cur, status }, { withStatus: true });
    }
    delete(apiVersion, kind, namespace, name) {
        const key = (0, exports.keyOf)(apiVersion, kind, namespace, name);
        const cur = this.objects.get(key);
        if (!cur)
            throw new KubeError(404, 'NotFound', `${kind.toLowerCase()}s "${name}" not found`);
        this.objects.delete(key);
        this.rv++;
        const gone = (0, object_index_js_1.deepFreeze)({ ...cur, metadata: { ...cur.metadata, resourceVersion: String(this.rv) } });
        this.emit({ rv: this.rv, type: 'DELETED', object: gone });
        // The garbage collector (background propagation): dependents go with their owner, oldest first.
        for (const childKey of cur.metadata.uid ? this.objects.dependentsOf(cur.metadata.uid) : []) {
            const child = this.objects.get(childKey);
            if (child)
                this.delete(child.apiVersion, child.kind, child.metadata.namespace, child.metadata.name);
        }
        if (kind === 'Namespace') {
            for (const child of [...this.objects.values()]) {
                if (child.metadata.namespace === name &&
                    this.objects.has((0, exports.keyOf)(child.apiVersion, child.kind, name, child.metadata.name))) {
                    this.delete(child.apiVersion, child.kind, name, child.metadata.name);
                }
            }
        }
        return gone;
    }
    /** Throws the 422 a real API server answers for an object its schema refuses. */
    async validate(o) {
        const info = this.infoOf(o);
        const problems = [];
        const name = o.metadata?.name;
        if (typeof name !== 'string' || name.length > 253 || !DNS_SUBDOMAIN.test(name)) {
            problems.push(`metadata.name: Invalid value: ${JSON.stringify(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`);
        }
        if (info.custom) {
            for (const f of ['spec', 'status']) {
                const v = o[f];
                if (v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v)))
                    problems.push(`${f}: Invalid value: must be an object`);
            }
        }
        else {
            for (const f of await this.schema.validate(o))
                problems.push(`${f.path}: ${f.message}`);
        }
        if (problems.length > 0) {
            const message = `${o.kind}.${info.group || 'core'} "${String(name)}" is invalid: ${problems.join('; ')}`;
            this.refusals.push(message);
            throw new KubeError(422, 'Invalid', message);
        }
    }
    infoOf(o) {
        const info = (0, kinds_js_1.kindInfo)(String(o.apiVersion), String(o.kind));
        if (!info)
            throw new KubeError(404, 'NotFound', `the server could not find the requested resource (${o.apiVersion} ${o.kind})`);
        return info;
    }
    /** Stores `o` if the object is still at `expectedRv` (undefined: must not exist) once validated. */
    async commit(key, o, type, expectedRv) {
        applyDefaults(o);
        await this.validate(o);
        // Validation awaited: another writer may have moved the object meanwhile (optimistic concurrency, as etcd).
        if (this.objects.get(key)?.metadata.resourceVersion !== expectedRv) {
            if (expectedRv === undefined)
                throw new KubeError(409, 'AlreadyExists', `${o.kind} "${o.metadata.name}" already exists`);
            throw new KubeError(409, 'Conflict', `Operation cannot be fulfilled on ${o.kind} "${o.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`);
        }
        this.rv++;
        o.metadata.resourceVersion = String(this.rv);
        (0, object_index_js_1.deepFreeze)(o);
        this.objects.set(key, o);
        this.emit({ rv: this.rv, type, object: o });
        return o;
    }
    emit(e) {
        this.history.push(Object.freeze(e));
        if (this.history.length > this.historyLimit) {
            this.history.splice(0, this.history.length - this.historyLimit);
        }
        for (const fn of this.listeners)
            fn(e);
    }
}
exports.ObjectStore = ObjectStore;


/***/ }),

/***/ 44245:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startSyncer = startSyncer;
// A GitOps syncer like Argo CD and Flux, reading the deploy branches (`gitopshq/deploy/<env>`, folders
// `<tenant>/<workload>/manifests.yaml`) from the sandbox's git: each new branch commit is applied to the simulated
// cluster (server-side apply, namespaces created, objects dropped from a folder pruned), and every pass refreshes an
// Argo CD Application per folder and a Flux GitRepository per branch plus a Kustomization per folder, with the
// revision applied and the resources' health, so verify-health can read either. Like Argo CD's automated sync
// without self-heal, a change made to a live object by hand is reported OutOfSync, not reverted.
const yaml_1 = __webpack_require__(38815);
const cluster_wiring_js_1 = __webpack_require__(61665);
const layout_js_1 = __webpack_require__(89128);
const apply_js_1 = __webpack_require__(35121);
const argo_health_js_1 = __webpack_require__(76135);
const branch_tips_js_1 = __webpack_require__(91868);
const gitops_status_js_1 = __webpack_require__(97384);
const kinds_js_1 = __webpack_require__(6318);
const store_js_1 = __webpack_require__(13172);
const TRACKING = 'argocd.argoproj.io/tracking-id';
const MANIFEST = /^([^/]+)\/([^/]+)\/manifests\.yaml$/;
function startSyncer(o) {
    const prefix = o.branchPrefix ?? 'gitopshq/deploy/';
    const modes = new Set(o.modes ?? ['argocd', 'flux']);
    const errors = [];
    const tips = new Map();
    /** `<env>/<folder>` -> what was applied and how it went. */
    const folders = new Map();
    const destinationOf = (env, tenant) => o.destination?.(env, tenant) ?? { store: o.store };
    let running;
    const git = async (args) => (await o.git.exec(args)).stdout;
    async function applyFolder(appName, f, desired, previous) {
        const problems = [];
        const shared = new Set();
        // Namespaces first, as Argo CD's sync order does; CreateNamespace=true for the rest.
        const ordered = [...desired].sort((a, b) => Number(b.object.kind === 'Namespace') - Number(a.object.kind === 'Namespace'));
        const store = f.store;
        for (const { object, namespaced } of ordered) {
            const ns = namespaced ? object.metadata.namespace : undefined;
            try {
                if (ns && !store.get('v1', 'Namespace', undefined, ns)) {
                    await store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
                }
                const current = store.get(object.apiVersion, object.kind, ns, object.metadata.name);
                const owner = current?.metadata.annotations?.[TRACKING]?.split(':')[0];
                if (owner && owner !== appName)
                    shared.add(owner);
                if (current)
                    await store.update((0, apply_js_1.applyOver)(current, object));
                else
                    await store.create(object);
            }
            catch (e) {
                if (!(e instanceof store_js_1.KubeError))
                    throw e;
                problems.push(`${object.kind}/${object.metadata.name}: ${e.message}`);
            }
        }
        const keep = new Set(desired.map((d) => idOf(d.object)));
        for (const { object } of previous) {
            if (keep.has(idOf(object)))
                continue;
            const live = store.get(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
            if (live?.metadata.annotations?.[TRACKING]?.startsWith(`${appName}:`)) {
                store.delete(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
            }
        }
        f.error = problems.length > 0 ? problems.join('; ') : undefined;
        f.sharedWith = [...shared].sort();
    }
    function parseFolder(text, appName, folder, namespace) {
        const desired = [];
        let error;
        for (const doc of (0, yaml_1.parseAllDocuments)(text)) {
            if (doc.errors.length > 0) {
                error = `${folder}/manifests.yaml: ${doc.errors[0]?.message}`;
                continue;
            }
            const obj = doc.toJS();
            if (!obj || typeof obj !== 'object')
                continue;
            const info = (0, kinds_js_1.kindInfo)(String(obj.apiVersion), String(obj.kind));
            if (!info) {
                error = `${folder}/manifests.yaml: ${obj.apiVersion} ${obj.kind} ${obj.metadata?.name}: the server could not find the requested resource`;
                continue;
            }
            desired.push({ object: obj, namespaced: info.namespaced });
        }
        const destination = namespace ??
            desired.find((d) => d.namespaced && d.object.metadata.namespace)?.object.metadata.namespace ??
            'default';
        for (const d of desired) {
            const meta = d.object.metadata;
            if (d.namespaced)
                meta.namespace ??= destination;
            const group = d.object.apiVersion.includes('/') ? d.object.apiVersion.split('/')[0] : '';
            meta.annotations = {
                ...meta.annotations,
                [TRACKING]: `${appName}:${group}/${d.object.kind}:${meta.namespace ?? ''}/${meta.name}`,
            };
        }
        return { desired, destination, ...(error ? { error } : {}) };
    }
    async function syncBranches() {
        const branches = await (0, branch_tips_js_1.branchTips)(o.git, prefix);
        const now = o.clock.now();
        const seen = new Set();
        for (const [branch, sha] of [...branches].sort()) {
            const env = branch.slice(prefix.length);
            if (!env || env.includes('/'))
                continue;
            if (tips.get(env) === sha) {
                for (const key of folders.keys())
                    if (key.startsWith(`${env}/`))
                        seen.add(key);
                continue;
            }
            const tree = await git(['ls-tree', '-r', '-z', sha]);
            for (const entry of tree.split('\0').filter(Boolean)) {
                const [meta = '', path = ''] = entry.split('\t');
                const m = path.match(MANIFEST);
                if (!m)
                    continue;
                const blob = meta.split(' ')[2] ?? '';
                const tenant = m[1] === layout_js_1.NO_TENANT ? undefined : m[1];
                const workload = m[2];
                const folder = `${m[1]}/${workload}`;
                const key = `${env}/${folder}`;
                seen.add(key);
                const appName = (0, cluster_wiring_js_1.argoApplicationName)(env, tenant, workload);
                const prev = folders.get(key);
                if (prev && prev.blob === blob && !prev.error) {
                    prev.revision = sha; // Argo CD reports the branch's HEAD as the revision of every app on it
                    continue;
                }
                const dest = destinationOf(env, tenant);
                const parsed = parseFolder(await git(['cat-file', 'blob', blob]), appName, folder, dest.namespace);
                const f = {
                    env,
                    branch,
                    folder,
                    ...(tenant ? { tenant } : {}),
                    workload,
                    destinationNamespace: parsed.destination,
                    ...(dest.cluster ? { destinationCluster: dest.cluster } : {}),
                    store: dest.store,
                    revision: sha,
                    startedAt: now,
                    finishedAt: now,
                    historyId: (prev?.historyId ?? -1) + 1,
                    history: prev?.history ?? [],
                    sharedWith: [],
                    blob,
                    desired: parsed.desired,
                };
                await applyFolder(appName, f, parsed.desired, prev?.desired ?? []);
                if (parsed.error)
                    f.error = f.error ? `${parsed.error}; ${f.error}` : parsed.error;
                f.finishedAt = o.clock.now();
                f.history = [
                    ...f.history,
                    {
                        id: f.historyId,
                        revision: sha,
                        deployedAt: new Date(f.finishedAt).toISOString().replace(/\.\d+Z$/, 'Z'),
                    },
                ].slice(-10);
                folders.set(key, f);
            }
            tips.set(env, sha);
        }
        // A folder gone from its branch: the ApplicationSet drops its Application, whose finalizer prunes its objects.
        for (const [key, f] of folders) {
            if (seen.has(key))
                continue;
            await applyFolder((0, cluster_wiring_js_1.argoApplicationName)(f.env, f.tenant, f.workload), f, [], f.desired);
            for (const [av, kind, ns, name] of [
                [
                    'argoproj.io/v1alpha1',
                    'Application',
                    cluster_wiring_js_1.ARGOCD_NAMESPACE,
                    (0, cluster_wiring_js_1.argoApplicationName)(f.env, f.tenant, f.workload),
                ],
                [
                    'kustomize.toolkit.fluxcd.io/v1',
                    'Kustomization',
                    cluster_wiring_js_1.FLUX_NAMESPACE,
                    (0, cluster_wiring_js_1.fluxKustomizationName)(f.env, f.tenant, f.workload),
                ],
            ]) {
                if (o.store.get(av, kind, ns, name))
                    o.store.delete(av, kind, ns, name);
            }
            folders.delete(key);
        }
    }
    async function put(next) {
        const cur = o.store.get(next.apiVersion, next.kind, next.metadata.namespace, next.metadata.name);
        if (!cur) {
            const { status, ...rest } = next;
            const created = await o.store.create(rest);
            if (status)
                await o.store.setStatus(created, status);
            return;
        }
        const { status, ...rest } = next;
        const updated = await o.store.update((0, apply_js_1.applyOver)(cur, rest));
        // Timestamps alone do not make a write: a status that only says "checked again" would wake every watcher.
        if (status && untimedStored(updated.status ?? {}) !== untimed(status))
            await o.store.setStatus(updated, status);
    }
    async function refreshStatus() {
        const now = o.clock.now();
        for (const f of folders.values()) {
            const resources = f.desired.map(({ object }) => {
                const live = f.store.get(object.apiVersion, object.kind, object.metadata.namespace, object.metadata.name);
                const merged = live && (0, apply_js_1.applyOver)(live, object);
                if (merged)
                    (0, store_js_1.applyDefaults)(merged);
                const synced = merged !== undefined && JSON.stringify(strip(merged)) === strippedText(live);
                return {
                    apiVersion: object.apiVersion,
                    kind: object.kind,
                    ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
                    name: object.metadata.name,
                    health: (0, argo_health_js_1.simHealth)(live),
                    synced,
                };
            });
            const unhealthy = resources.filter((r) => r.health.status !== 'Healthy');
            const status = (0, argo_health_js_1.worst)(resources.map((r) => r.health.status));
            const first = unhealthy.find((r) => r.health.status === status);
            const health = {
                status,
                ...(first
                    ? { message: `${first.kind}/${first.name}: ${first.health.message ?? first.health.status}` }
                    : {}),
            };
            const images = f.desired.flatMap(({ object }) => {
                const spec = object.spec?.template?.spec;
                return (spec?.containers ?? []).map((c) => c.image ?? '').filter(Boolean);
            });
            if (modes.has('argocd')) {
                const name = (0, cluster_wiring_js_1.argoApplicationName)(f.env, f.tenant, f.workload);
                const previous = o.store.get('argoproj.io/v1alpha1', 'Application', cluster_wiring_js_1.ARGOCD_NAMESPACE, name);
                await put((0, gitops_status_js_1.applicationObject)(name, f, o.repoURL, resources, health, now, images, previous));
            }
            if (modes.has('flux')) {
                const source = (0, cluster_wiring_js_1.fluxSourceName)(f.env);
                const gr = o.store.get('source.toolkit.fluxcd.io/v1', 'GitRepository', cluster_wiring_js_1.FLUX_NAMESPACE, source);
                await put((0, gitops_status_js_1.gitRepositoryObject)(source, f.branch, f.revision, o.repoURL, gr?.metadata.generation ?? 1, now));
                const name = (0, cluster_wiring_js_1.fluxKustomizationName)(f.env, f.tenant, f.workload);
                const prev = o.store.get('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', cluster_wiring_js_1.FLUX_NAMESPACE, name);
                await put((0, gitops_status_js_1.kustomizationObject)(name, f, source, resources, health, prev, prev?.metadata.generation ?? 1, now));
            }
        }
    }
    const once = async () => {
        try {
            await syncBranches();
            await refreshStatus();
        }
        catch (e) {
            errors.push(e.stack ?? String(e));
        }
    };
    const pass = async () => {
        while (running)
            await running;
        running = once().finally(() => {
            running = undefined;
        });
        await running;
    };
    const timer = o.autostart === false
        ? undefined
        : setInterval(() => {
            if (!running)
                void pass();
        }, o.intervalMs ?? 250);
    timer?.unref();
    return { pass, errors, stop: () => timer && clearInterval(timer) };
}
const TIME_FIELDS = new Set([
    'reconciledAt',
    'lastUpdateTime',
    'lastTransitionTime',
    'startedAt',
    'finishedAt',
    'deployedAt',
]);
const untimed = (v) => JSON.stringify(v, (k, x) => (TIME_FIELDS.has(k) ? undefined : x));
// Texts of stored objects, which are frozen: computed once per version, not on every pass over every folder.
const untimedTexts = new WeakMap();
function untimedStored(status) {
    let text = untimedTexts.get(status);
    if (text === undefined) {
        text = untimed(status);
        if (Object.isFrozen(status))
            untimedTexts.set(status, text);
    }
    return text;
}
const strippedTexts = new WeakMap();
function strippedText(live) {
    let text = strippedTexts.get(live);
    if (text === undefined) {
        text = JSON.stringify(strip(live));
        if (Object.isFrozen(live))
            strippedTexts.set(live, text);
    }
    return text;
}
function idOf(o) {
    return `${o.apiVersion}|${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`;
}
/** What a sync compares: the object without server-managed metadata and status. */
function strip(o) {
    const { resourceVersion: _r, generation: _g, uid: _u, creationTimestamp: _c, ...meta } = o.metadata;
    const { status: _s, ...rest } = o;
    return { ...rest, metadata: meta };
}


/***/ }),

/***/ 74667:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reconcileStatefulSets = reconcileStatefulSets;
exports.reconcileDaemonSets = reconcileDaemonSets;
exports.reconcileJobs = reconcileJobs;
exports.reconcileOthers = reconcileOthers;
const controller_kit_js_1 = __webpack_require__(36028);
const pods_js_1 = __webpack_require__(39317);
const store_js_1 = __webpack_require__(13172);
const REV = 'controller-revision-hash';
const live = (p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
const omitZero = (fields) => Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== 0));
async function reconcileStatefulSets(ctx) {
    for (const s of (0, controller_kit_js_1.listKind)(ctx, 'apps/v1', 'StatefulSet')) {
        const spec = s.spec;
        const want = spec.replicas ?? 1;
        const revision = `${s.metadata.name}-${(0, pods_js_1.templateHash)(spec.template)}`;
        const podName = (i) => `${s.metadata.name}-${i}`;
        const pods = (0, controller_kit_js_1.ownedBy)(ctx, s, 'v1', 'Pod');
        const byName = new Map(pods.map((p) => [p.metadata.name, p]));
        let acted = false;
        for (let i = 0; i < want && !acted; i++) {
            const p = byName.get(podName(i));
            if (!p) {
                for (const t of spec.volumeClaimTemplates ?? []) {
                    const claim = `${t.metadata.name}-${podName(i)}`;
                    if (!ctx.store.get('v1', 'PersistentVolumeClaim', s.metadata.namespace, claim)) {
                        await (0, controller_kit_js_1.tolerant)(() => ctx.store.create({
                            apiVersion: 'v1',
                            kind: 'PersistentVolumeClaim',
                            metadata: { name: claim, namespace: s.metadata.namespace, labels: t.metadata.labels },
                            spec: t.spec,
                        }));
                    }
                }
                const labels = {
                    [REV]: revision,
                    'statefulset.kubernetes.io/pod-name': podName(i),
                    'apps.kubernetes.io/pod-index': String(i),
                };
                await (0, controller_kit_js_1.createPod)(ctx, (0, pods_js_1.newPod)(s, spec.template, { name: podName(i), labels, nodeName: pods_js_1.NODES[i % pods_js_1.NODES.length] }));
                acted = true;
            }
            else if (!(0, pods_js_1.podReady)(p))
                acted = true; // OrderedReady: wait for this one
        }
        const extra = pods
            .filter((p) => Number(p.metadata.name.slice(s.metadata.name.length + 1)) >= want)
            .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, 'en', { numeric: true }));
        if (!acted && extra[0]) {
            (0, controller_kit_js_1.deletePod)(ctx, extra[0]);
            acted = true;
        }
        if (!acted) {
            // Rolling update, highest ordinal first, once every pod is Ready.
            const stale = pods
                .filter((p) => p.metadata.labels?.[REV] !== revision)
                .sort((a, b) => b.metadata.name.localeCompare(a.metadata.name, 'en', { numeric: true }));
            if (stale[0])
                (0, controller_kit_js_1.deletePod)(ctx, stale[0]);
        }
        const now = (0, controller_kit_js_1.ownedBy)(ctx, s, 'v1', 'Pod');
        const ready = now.filter(pods_js_1.podReady).length;
        const updated = now.filter((p) => p.metadata.labels?.[REV] === revision).length;
        const prevCurrent = s.status?.currentRevision;
        const currentRevision = updated === want && now.length === want ? revision : (prevCurrent ?? revision);
        await (0, controller_kit_js_1.setStatus)(ctx, s, {
            observedGeneration: s.metadata.generation,
            replicas: now.length,
            ...omitZero({
                readyReplicas: ready,
                currentReplicas: currentRevision === revision ? updated : now.length - updated,
                updatedReplicas: updated,
            }),
            availableReplicas: ready,
            currentRevision,
            updateRevision: revision,
            collisionCount: 0,
        });
    }
}
async function reconcileDaemonSets(ctx) {
    for (const ds of (0, controller_kit_js_1.listKind)(ctx, 'apps/v1', 'DaemonSet')) {
        const spec = ds.spec;
        const hash = (0, pods_js_1.templateHash)(spec.template);
        const pods = (0, controller_kit_js_1.ownedBy)(ctx, ds, 'v1', 'Pod').filter(live);
        for (const node of pods_js_1.NODES) {
            if (!pods.some((p) => p.spec.nodeName === node)) {
                await (0, controller_kit_js_1.createPod)(ctx, (0, pods_js_1.newPod)(ds, spec.template, {
                    name: `${ds.metadata.name}-${(0, pods_js_1.randomSuffix)()}`,
                    labels: { [REV]: hash },
                    nodeName: node,
                }));
            }
        }
        // RollingUpdate with maxUnavailable 1: replace one stale pod only while every other pod is Ready.
        const stale = pods.filter((p) => p.metadata.labels?.[REV] !== hash);
        if (stale[0] && pods.every(pods_js_1.podReady))
            (0, controller_kit_js_1.deletePod)(ctx, stale[0]);
        const now = (0, controller_kit_js_1.ownedBy)(ctx, ds, 'v1', 'Pod').filter(live);
        const ready = now.filter(pods_js_1.podReady).length;
        await (0, controller_kit_js_1.setStatus)(ctx, ds, {
            currentNumberScheduled: now.length,
            desiredNumberScheduled: pods_js_1.NODES.length,
            numberMisscheduled: 0,
            numberReady: ready,
            observedGeneration: ds.metadata.generation,
            ...omitZero({
                updatedNumberScheduled: now.filter((p) => p.metadata.labels?.[REV] === hash).length,
                numberAvailable: ready,
                numberUnavailable: pods_js_1.NODES.length - ready,
            }),
        });
    }
}
async function reconcileJobs(ctx) {
    const nowMs = ctx.clock.now();
    const nowTime = (0, store_js_1.kubeTime)(nowMs);
    for (const job of (0, controller_kit_js_1.listKind)(ctx, 'batch/v1', 'Job')) {
        const spec = job.spec;
        const prev = (job.status ?? {});
        const finished = (prev.conditions ?? []).some((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
        if (finished)
            continue;
        const pods = (0, controller_kit_js_1.ownedBy)(ctx, job, 'v1', 'Pod');
        const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
        const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
        const active = pods.filter(live);
        const counts = omitZero({
            active: active.length,
            succeeded,
            failed,
            ready: active.filter(pods_js_1.podReady).length,
        });
        if (spec.suspend) {
            for (const p of active)
                (0, controller_kit_js_1.deletePod)(ctx, p);
            await (0, controller_kit_js_1.setStatus)(ctx, job, {
                ...(prev.startTime ? { startTime: prev.startTime } : {}),
                conditions: [
                    (0, controller_kit_js_1.condition)('Suspended', true, 'JobSuspended', 'Job suspended', (0, controller_kit_js_1.since)(job, 'Suspended', 'True', nowTime)),
                ],
            });
            continue;
        }
        const startTime = prev.startTime ?? nowTime;
        const base = { startTime, ...counts, terminating: 0, uncountedTerminatedPods: {} };
        if (succeeded >= (spec.completions ?? 1)) {
            const done = { ...base };
            delete done.active;
            await (0, controller_kit_js_1.setStatus)(ctx, job, {
                ...done,
                completionTime: nowTime,
                conditions: [
                    (0, controller_kit_js_1.condition)('SuccessCriteriaMet', true, 'CompletionsReached', 'Reached expected number of succeeded pods', nowTime),
                    (0, controller_kit_js_1.condition)('Complete', true, 'CompletionsReached', 'Reached expected number of succeeded pods', nowTime),
                ],
            });
            continue;
        }
        if (failed > (spec.backoffLimit ?? 6)) {
            for (const p of active)
                (0, controller_kit_js_1.deletePod)(ctx, p);
            await (0, controller_kit_js_1.setStatus)(ctx, job, {
                ...base,
                conditions: [
                    (0, controller_kit_js_1.condition)('FailureTarget', true, 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', nowTime),
                    (0, controller_kit_js_1.condition)('Failed', true, 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', nowTime),
                ],
            });
            continue;
        }
        const need = Math.min(spec.parallelism ?? 1, (spec.completions ?? 1) - succeeded) - active.length;
        for (let i = 0; i < need; i++) {
            const labels = { 'batch.kubernetes.io/job-name': job.metadata.name, 'job-name': job.metadata.name };
            await (0, controller_kit_js_1.createPod)(ctx, (0, pods_js_1.newPod)(job, spec.template, {
                name: `${job.metadata.name}-${(0, pods_js_1.randomSuffix)()}`,
                labels,
                nodeName: pods_js_1.NODES[i % pods_js_1.NODES.length],
            }));
        }
        await (0, controller_kit_js_1.setStatus)(ctx, job, base);
    }
}
/** The small controllers: what the health rules of these kinds read, filled in as a cluster would. */
async function reconcileOthers(ctx) {
    for (const ns of (0, controller_kit_js_1.listKind)(ctx, 'v1', 'Namespace'))
        await (0, controller_kit_js_1.setStatus)(ctx, ns, { phase: 'Active' });
    const address = { loadBalancer: { ingress: [{ ip: '172.18.255.200', ipMode: 'VIP' }] } };
    for (const svc of (0, controller_kit_js_1.listKind)(ctx, 'v1', 'Service')) {
        const lb = svc.spec.type === 'LoadBalancer';
        await (0, controller_kit_js_1.setStatus)(ctx, svc, lb ? address : { loadBalancer: {} });
    }
    for (const ing of (0, controller_kit_js_1.listKind)(ctx, 'networking.k8s.io/v1', 'Ingress'))
        await (0, controller_kit_js_1.setStatus)(ctx, ing, { loadBalancer: { ingress: [{ ip: '172.18.255.200' }] } });
    for (const pvc of (0, controller_kit_js_1.listKind)(ctx, 'v1', 'PersistentVolumeClaim')) {
        const spec = pvc.spec;
        await (0, controller_kit_js_1.setStatus)(ctx, pvc, {
            phase: 'Bound',
            ...(spec.accessModes ? { accessModes: spec.accessModes } : {}),
            capacity: { storage: spec.resources?.requests?.storage ?? '1Gi' },
        });
    }
    for (const hpa of (0, controller_kit_js_1.listKind)(ctx, 'autoscaling/v2', 'HorizontalPodAutoscaler')) {
        const spec = hpa.spec;
        const target = ctx.store.get(spec.scaleTargetRef.apiVersion ?? 'apps/v1', spec.scaleTargetRef.kind, hpa.metadata.namespace, spec.scaleTargetRef.name);
        const current = Number(target?.status?.replicas ?? 0);
        const desired = Math.min(spec.maxReplicas, Math.max(spec.minReplicas ?? 1, current));
        const t = (type, ok, reason, message) => (0, controller_kit_js_1.condition)(type, ok, reason, message, (0, controller_kit_js_1.since)(hpa, type, ok ? 'True' : 'False', (0, store_js_1.kubeTime)(ctx.clock.now())));
        await (0, controller_kit_js_1.setStatus)(ctx, hpa, {
            currentReplicas: current,
            desiredReplicas: desired,
            conditions: target
                ? [
                    t('AbleToScale', true, 'ReadyForNewScale', 'recommended size matches current size'),
                    t('ScalingActive', true, 'ValidMetricFound', 'the HPA was able to successfully calculate a replica count'),
                    t('ScalingLimited', false, 'DesiredWithinRange', 'the desired count is within the acceptable range'),
                ]
                : [
                    t('AbleToScale', false, 'FailedGetScale', `the HPA controller was unable to get the target's current scale: ${spec.scaleTargetRef.kind.toLowerCase()}s "${spec.scaleTargetRef.name}" not found`),
                ],
        });
    }
}


/***/ }),

/***/ 27304:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SANDBOX_USERS = exports.SANDBOX_REPO = void 0;
exports.startSandbox = startSandbox;
// The built-in sandbox: the GitHub simulator with the cast of docs/architecture.md#sandbox and acme/gitops seeded
// from `gitopshq init`'s example repository. Used by `gitopshq sandbox up`, the demo and the end-to-end tests. State
// lives in `dir`, so a restart keeps users, tokens, pull requests and reviews.
const node_fs_1 = __webpack_require__(73024);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const cluster_objects_js_1 = __webpack_require__(29167);
const layout_js_1 = __webpack_require__(89128);
const git_js_1 = __webpack_require__(10308);
const octokit_adapter_js_1 = __webpack_require__(73060);
const defaults_js_1 = __webpack_require__(29883);
const example_repo_js_1 = __webpack_require__(40000);
const simulator_js_1 = __webpack_require__(75993);
const cluster_js_1 = __webpack_require__(17391);
exports.SANDBOX_REPO = { owner: 'acme', name: 'gitops' };
/** login -> what the user is, their permission on acme/gitops, their teams. */
exports.SANDBOX_USERS = [
    { login: 'dev-alice', role: 'developer', permission: 'write', teams: [] },
    { login: 'rev-bob', role: 'reviewer', permission: 'write', teams: ['platform'] },
    { login: 'rev-carol', role: 'reviewer', permission: 'write', teams: ['platform'] },
    { login: 'sre-dave', role: 'SRE', permission: 'write', teams: ['sre'] },
    { login: 'release-erin', role: 'release manager', permission: 'maintain', teams: [] },
    // The actions' token. Like a GitHub App token with Members read, so team policies can be evaluated.
    { login: 'gitopshq-bot', role: 'the actions', permission: 'write', teams: [], bot: true },
];
async function startSandbox(opts) {
    const sim = await (0, simulator_js_1.startGitHubSimulator)({ dir: opts.dir, port: opts.port ?? 0 });
    let cluster;
    try {
        const users = {};
        for (const u of exports.SANDBOX_USERS) {
            users[u.login] = sim.addUser({ login: u.login, type: u.bot ? 'Bot' : 'User', membersRead: true }).token;
        }
        for (const slug of ['platform', 'sre']) {
            sim.addTeam({
                org: exports.SANDBOX_REPO.owner,
                slug,
                members: exports.SANDBOX_USERS.filter((u) => u.teams.includes(slug)).map((u) => u.login),
            });
        }
        if (!sim.store.repo(exports.SANDBOX_REPO.owner, exports.SANDBOX_REPO.name)) {
            const seed = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(opts.dir, 'seed-'));
            try {
                await (0, example_repo_js_1.writeExampleRepo)(seed, { git: true });
                await sim.createRepo({
                    ...exports.SANDBOX_REPO,
                    private: true,
                    seedFrom: seed,
                    collaborators: Object.fromEntries(exports.SANDBOX_USERS.map((u) => [u.login, u.permission])),
                });
            }
            finally {
                (0, node_fs_1.rmSync)(seed, { recursive: true, force: true });
            }
        }
        const repo = `${exports.SANDBOX_REPO.owner}/${exports.SANDBOX_REPO.name}`;
        let kubeconfigPath;
        if (opts.cluster) {
            const c = opts.cluster === true ? {} : opts.cluster;
            const bare = sim.bare(exports.SANDBOX_REPO.owner, exports.SANDBOX_REPO.name).git;
            // Where each tenant runs, read from gitopshq.yaml on main as the sandbox starts (a destination cluster of its
            // own per name there), as the clusters/argocd ApplicationSets `gitopshq init` writes send each tenant there.
            const shown = await bare.exec(['show', `HEAD:${layout_js_1.CONFIG_FILE}`]);
            const config = (0, defaults_js_1.withConfigDefaults)((0, yaml_1.parse)(shown.stdout));
            const clusterNames = config.tenants.flatMap((t) => Object.values(t.destinations ?? {}).map((d) => d.cluster));
            cluster = await (0, cluster_js_1.startClusterSimulator)({
                ...c,
                allowAnonymous: true,
                clusterNames,
                destinations: (env, tenant) => (0, cluster_objects_js_1.destinationOf)(config, env, tenant),
                gitops: {
                    git: bare,
                    repoURL: `${sim.gitUrl.replace(/\/+$/, '')}/${repo}.git`,
                },
            });
            kubeconfigPath = (0, node_path_1.join)(opts.dir, 'kubeconfig');
            (0, node_fs_1.writeFileSync)(kubeconfigPath, cluster.kubeconfig, { mode: 0o600 });
        }
        const cloneUrl = (login) => {
            const token = users[login];
            if (!token)
                throw new Error(`no sandbox user ${login}`);
            const url = new URL(`${sim.gitUrl.replace(/\/+$/, '')}/${repo}.git`);
            url.username = 'x-access-token';
            url.password = token;
            return url.toString();
        };
        return {
            sim,
            users,
            repo,
            cloneUrl,
            github: (login) => new octokit_adapter_js_1.OctokitGitHub({
                token: users[login] ?? '',
                baseUrl: sim.apiUrl,
                repository: { owner: exports.SANDBOX_REPO.owner, repo: exports.SANDBOX_REPO.name },
                policy: { pacing: 'none' },
            }),
            clone: async (login, dir) => {
                await new git_js_1.Git((0, node_path_1.dirname)(dir)).clone(cloneUrl(login), dir);
                return new git_js_1.Git(dir, {
                    env: { GIT_AUTHOR_NAME: login, GIT_AUTHOR_EMAIL: `${login}@example.com` },
                });
            },
            ...(cluster ? { cluster, kubeconfigPath } : {}),
            close: async () => {
                await cluster?.close();
                await sim.close();
            },
        };
    }
    catch (e) {
        await cluster?.close();
        await sim.close();
        throw e;
    }
}


/***/ }),

/***/ 72079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

};
