export const id = 3094;
export const ids = [3094];
export const modules = {

/***/ 57344:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeMessageHints = mergeMessageHints;
exports.hintedReleases = hintedReleases;
exports.newestFirst = newestFirst;
exports.parseCommitObject = parseCommitObject;
// GitHub's merge commit subject. The head is `owner/branch`; a branch may hold slashes, an owner may not.
const GITHUB_MERGE = /^Merge pull request #(\d+) from ([^\s/]+)\/(\S+)$/;
// GitHub's squash subject ends with the number in parentheses; only the last one counts ("fix #3 (#12)" is #12).
const SQUASH = /\(#(\d+)\)$/;
// git's own merge subjects, for a release branch merged by hand and pushed ("Merge remote-tracking branch
// 'origin/x'", "Merge branch 'x' into main", "Merge branch 'x' of https://…").
const GIT_MERGE = /^Merge (?:remote-tracking )?branch '([^']+)'/;
/** Reads the subject line only: GitHub writes its number there, and a body may quote any number of others. */
function mergeMessageHints(message) {
    const subject = (message.split('\n', 1)[0] ?? '').trim();
    const merge = GITHUB_MERGE.exec(subject);
    if (merge)
        return { number: Number(merge[1]), branch: merge[3] };
    const local = GIT_MERGE.exec(subject);
    if (local?.[1])
        return { branch: local[1] };
    const squash = SQUASH.exec(subject);
    if (squash)
        return { number: Number(squash[1]) };
    return {};
}
/** A git branch as a merge message names it, remote or not: `origin/<b>` and `<b>` both name `<b>`. */
function namesBranch(named, branch) {
    return named === branch || named.endsWith(`/${branch}`);
}
/**
 * The releases the commit says it merged, strongest first: the pull request number in its message, the branch in its
 * message, a merged head some approval on the record was given to (the commit's second parent). Each must still be
 * confirmed by asking its pull request. At most one release per hint, so a forged message costs a call or two.
 */
function hintedReleases(commit, releases) {
    const hints = mergeMessageHints(commit.message);
    const head = commit.parents.length === 2 ? commit.parents[1] : undefined;
    // A Cancelled release never merged: a PR closed unmerged and reopened names its live release too, found first.
    const pool = [
        ...releases.filter((r) => r.state !== 'Cancelled'),
        ...releases.filter((r) => r.state === 'Cancelled'),
    ];
    const picks = [
        hints.number === undefined ? undefined : pool.find((r) => r.pullRequest?.number === hints.number),
        hints.branch === undefined
            ? undefined
            : pool.find((r) => r.pullRequest && namesBranch(hints.branch ?? '', r.pullRequest.branch)),
        head === undefined ? undefined : pool.find((r) => r.approvals.some((a) => a.commit === head)),
    ];
    const out = [];
    for (const r of picks)
        if (r && !out.includes(r))
            out.push(r);
    return out;
}
/** When the release last entered its current state (its newest history entry), for ordering; '' when unknown. */
function lastMove(r) {
    return r.history.at(-1)?.at ?? '';
}
/** Newest move first: the release approved last is the likeliest to have merged just now. */
function newestFirst(releases) {
    return [...releases].sort((a, b) => lastMove(b).localeCompare(lastMove(a)));
}
/** A raw commit object (`git cat-file commit`): its parent lines and the message after the header's blank line. */
function parseCommitObject(text) {
    const end = text.indexOf('\n\n');
    const header = end < 0 ? text : text.slice(0, end);
    const parents = header
        .split('\n')
        .filter((l) => l.startsWith('parent '))
        .map((l) => l.slice('parent '.length).trim());
    // "author Name <email> 1700000000 +0100": the time is the second field from the end, whatever the name holds.
    const author = header.split('\n').find((l) => l.startsWith('author '));
    const time = author === undefined ? Number.NaN : Number(author.trim().split(' ').at(-2));
    const message = end < 0 ? '' : text.slice(end + 2);
    return Number.isFinite(time) ? { parents, message, authorTime: time } : { parents, message };
}


/***/ }),

/***/ 64692:
/***/ ((__unused_webpack_module, exports) => {


// Which GitHub repository a git remote URL names. The application-repository template runs create-release from the
// application's workflow with `repo-path` pointing at a checkout of the GitOps repository: the pull request belongs
// in the repository that checkout came from, not in GITHUB_REPOSITORY. Pure: the URL is given.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubRepoFromRemote = githubRepoFromRemote;
const SEGMENT = /^[A-Za-z0-9_.-]+$/;
/**
 * `owner/repo` of `url` when it points at the same server as `serverUrl` (https://github.com, a GHES host, the
 * simulator): `https://[user@]host/owner/repo[.git]`, `ssh://git@host/owner/repo.git`, `git@host:owner/repo.git`.
 * Undefined for any other host or shape (a local path, a mirror elsewhere).
 */
function githubRepoFromRemote(url, serverUrl) {
    let server;
    try {
        server = new URL(serverUrl);
    }
    catch {
        return undefined;
    }
    let host;
    let path;
    const scp = /^[A-Za-z0-9_.-]+@([^:/]+):(?!\/)(.+)$/.exec(url);
    if (scp) {
        host = scp[1] ?? '';
        path = scp[2] ?? '';
        if (host.toLowerCase() !== server.hostname.toLowerCase())
            return undefined;
    }
    else {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return undefined;
        }
        if (u.protocol === 'ssh:') {
            if (u.hostname.toLowerCase() !== server.hostname.toLowerCase())
                return undefined;
        }
        else if (u.protocol === 'https:' || u.protocol === 'http:') {
            if (u.protocol !== server.protocol || u.host.toLowerCase() !== server.host.toLowerCase())
                return undefined;
        }
        else {
            return undefined;
        }
        path = u.pathname;
        // A server under a path prefix (GHES behind a proxy, the simulator's git root): strip that prefix.
        const prefix = server.pathname.replace(/\/+$/, '');
        if (u.protocol !== 'ssh:' && prefix && path.startsWith(`${prefix}/`))
            path = path.slice(prefix.length);
    }
    const parts = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (parts.length !== 2)
        return undefined;
    const [owner = '', repo = ''] = parts;
    if (!SEGMENT.test(owner) || !SEGMENT.test(repo) || repo === '.' || repo === '..')
        return undefined;
    return { owner, repo };
}


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

/***/ 51859:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitDeployBranches = void 0;
// The deploy branches (`gitopshq/deploy/<env>`, docs/architecture.md#state-repo-layout): the rendered manifests
// Argo CD or Flux sync, one `<tenant>/<workload>/manifests.yaml` per target. Written like the state branch
// (state-branch.ts): plumbing only, a commit on the tip that was read, a push that is never forced, and a retry
// when another writer moved the branch first. Every commit names what it did in a trailer, so a re-run finds the
// commit it made before it was killed instead of writing a second one.
const errors_js_1 = __webpack_require__(10241);
const state_branch_js_1 = __webpack_require__(71201);
class GitDeployBranches {
    opts;
    branches = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    of(branch) {
        let b = this.branches.get(branch);
        if (!b) {
            b = new state_branch_js_1.StateBranch({ git: this.opts.git, remote: this.opts.remote, branch, actor: this.opts.actor });
            this.branches.set(branch, b);
        }
        return b;
    }
    async findCommit(branch, key, value) {
        const b = this.of(branch);
        const tip = await b.refresh();
        if (tip === undefined)
            return undefined;
        const r = await b.git.exec(['log', '--format=%H%x00%B%x01', tip], { allowFail: true });
        for (const entry of r.stdout.split('\x01')) {
            const [sha, body = ''] = entry.trim().split('\x00');
            if (sha && body.split('\n').some((line) => line.trim() === `${key}: ${value}`))
                return sha;
        }
        return undefined;
    }
    async readFiles(commit, paths) {
        const b = new state_branch_js_1.StateBranch({ git: this.opts.git, branch: 'unused' });
        return b.readMany(commit, [...paths]);
    }
    async list(commit) {
        const r = await this.opts.git.exec(['ls-tree', '-r', '--name-only', '-z', commit]);
        return r.stdout.split('\0').filter(Boolean);
    }
    tip(branch) {
        return this.of(branch).refresh();
    }
    async write(branch, files, message, at, startFrom) {
        const b = this.of(branch);
        const attempts = this.opts.maxAttempts ?? 10;
        for (let i = 0; i < attempts; i++) {
            const tip = await b.refresh();
            const commit = await b.commitFiles(tip ?? startFrom, files, message, at);
            // publish's compare-and-swap is on `tip`: undefined means "the branch must not exist yet".
            if (commit !== undefined && (await b.publish(commit, tip)))
                return commit;
            await new Promise((r) => setTimeout(r, Math.random() * 50 * 2 ** i));
        }
        throw new errors_js_1.UserError(`could not write ${b.where}: another writer moved it first ${attempts} times in a row; re-run the deploy`, [], 'usage');
    }
}
exports.GitDeployBranches = GitDeployBranches;


/***/ }),

/***/ 25924:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitCheckout = void 0;
exports.withRefSnapshots = withRefSnapshots;
// The GitOps repository as it was at two commits, for everything that compares a change (gitopshq diff, the
// preview action): each side checked out with `git worktree add --detach` into a temporary folder, loaded and
// validated, then removed. The working tree of the checkout itself is never touched.
const promises_1 = __webpack_require__(51455);
const node_os_1 = __webpack_require__(48161);
const node_path_1 = __webpack_require__(76760);
const errors_js_1 = __webpack_require__(10241);
const git_js_1 = __webpack_require__(10308);
const repo_js_1 = __webpack_require__(53413);
/**
 * Resolves `baseRef` and `headRef` in the repository at `repoDir`, loads both sides and calls `fn`; temporary
 * worktrees are removed afterwards whatever happens. An invalid head throws the ValidationError of loadRepo.
 */
async function withRefSnapshots(repoDir, baseRef, headRef, fn) {
    const git = new git_js_1.Git(repoDir);
    if ((await git.exec(['rev-parse', '--git-dir'], { allowFail: true })).exitCode !== 0) {
        throw new errors_js_1.UserError(`${repoDir} is not inside a git repository`, [], 'usage');
    }
    const base = await git.tryRevParse(baseRef);
    const head = await git.tryRevParse(headRef);
    if (!base)
        throw new errors_js_1.UserError(`base ${baseRef}: no such commit in ${repoDir}`, [], 'usage');
    if (!head)
        throw new errors_js_1.UserError(`head ${headRef}: no such commit in ${repoDir}`, [], 'usage');
    // The GitOps repository may be a folder inside the git repository.
    const prefix = (await git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
    const changed = (await git.diffNames(base, head))
        .filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length));
    const tmp = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'gitopshq-refs-'));
    const trees = [];
    const checkout = async (sha, name) => {
        const dir = (0, node_path_1.join)(tmp, name);
        await git.worktreeAdd(dir, sha);
        trees.push(dir);
        return (0, node_path_1.join)(dir, prefix);
    };
    try {
        const headSnap = await (0, repo_js_1.loadRepo)(await checkout(head, 'head'));
        const baseSnap = await (0, repo_js_1.loadRepo)(await checkout(base, 'base')).catch(() => undefined);
        return await fn({ base, head, changed, baseSnap, headSnap });
    }
    finally {
        for (const dir of trees)
            await git.worktreeRemove(dir);
        await (0, promises_1.rm)(tmp, { recursive: true, force: true });
        await git.exec(['worktree', 'prune'], { allowFail: true });
    }
}
/** The checkout port of src/usecases/deps.ts over real git: the action's workspace or the CLI's --repo. */
class GitCheckout {
    dir;
    where;
    git;
    constructor(dir, opts = {}) {
        this.dir = dir;
        this.git = new git_js_1.Git(dir, { token: opts.token });
        this.where = opts.where ?? dir;
    }
    async ensureCommits(shas) {
        const missing = [];
        for (const sha of shas)
            if (!(await this.git.hasCommit(sha)))
                missing.push(sha);
        if (missing.length === 0)
            return { missing };
        const fetched = await this.git.fetch('origin', missing, { allowFail: true });
        return fetched.exitCode === 0 ? { missing: [] } : { missing, reason: fetched.stderr.trim() };
    }
    mergeBase(a, b) {
        return this.git.mergeBase(a, b);
    }
    async changedFiles(base, head) {
        const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
        if ((await this.git.mergeBase(base, head)) === undefined)
            return { prefix, files: undefined };
        // Three dots: from the merge base, as GitHub lists a pull request's files. No rename detection, so a policy
        // file moved away is listed under its old name too.
        const r = await this.git.exec(['diff', '--name-only', '--no-renames', '-z', `${base}...${head}`, '--']);
        return { prefix, files: r.stdout.split('\0').filter(Boolean) };
    }
    async firstChangedLines(base, head) {
        // The GitOps repository may be a folder inside the git repository; its paths are relative to that folder.
        const prefix = (await this.git.exec(['rev-parse', '--show-prefix'])).stdout.trim();
        return new Map([...(await this.git.firstChangedLines(base, head))]
            .filter(([p]) => p.startsWith(prefix))
            .map(([p, line]) => [p.slice(prefix.length), line]));
    }
    snapshots(baseRef, headRef, fn) {
        return withRefSnapshots(this.dir, baseRef, headRef, fn);
    }
}
exports.GitCheckout = GitCheckout;


/***/ }),

/***/ 78217:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gitReleaseBranches = gitReleaseBranches;
// A release's pull-request branch, written with git plumbing (see state-branch.ts) so the user's checkout is never
// touched: no work tree, no index, no HEAD. The base branch and the release branch are read from private mirrors
// (refs/gitopshq/fetched/...); a commit goes on top of the tip that was read and is pushed without force, so a
// branch someone else moved is never overwritten.
const git_js_1 = __webpack_require__(10308);
const state_branch_js_1 = __webpack_require__(71201);
/** The release branches of the checkout at `dir`, pushed to `remote` with `token` (through git's environment). */
function gitReleaseBranches(dir, opts = {}) {
    const git = new git_js_1.Git(dir, { token: opts.token });
    const branches = new Map();
    const on = (branch) => {
        let b = branches.get(branch);
        if (!b) {
            b = new state_branch_js_1.StateBranch({ git, remote: opts.remote ?? 'origin', branch, actor: opts.actor });
            branches.set(branch, b);
        }
        return b;
    };
    return {
        root: dir,
        tip: (branch) => on(branch).refresh(),
        read: (commit, path) => git.show(commit, path),
        async commit(branch, parent, files, message, at) {
            for (let attempt = 0; attempt < 5; attempt++) {
                const sha = await on(branch).commitFiles(parent, files, message, at);
                if (sha !== undefined)
                    return sha;
                await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
            }
            throw new Error(`could not write a commit for ${branch}: its scratch ref stayed locked`);
        },
        publish: (branch, commit, parent) => on(branch).publish(commit, parent),
    };
}


/***/ }),

/***/ 43094:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.originRemote = exports.localRecordStore = exports.localReadingStore = void 0;
exports.localRenderer = localRenderer;
exports.localPorts = localPorts;
exports.localReleaseSource = localReleaseSource;
exports.localDeployBranches = localDeployBranches;
exports.localReleaseBranches = localReleaseBranches;
exports.originRepository = originRepository;
// The ports that run on this machine, whoever calls: the real git checkout and the real renderer (helm, kustomize,
// templates, the Kubernetes schemas). The GitHub port comes from the caller; the record store from local-store.ts,
// re-exported here for the callers that take both.
const errors_js_1 = __webpack_require__(10241);
const merge_commit_js_1 = __webpack_require__(57344);
const remote_url_js_1 = __webpack_require__(64692);
const git_js_1 = __webpack_require__(10308);
const diff_snapshots_js_1 = __webpack_require__(15293);
const kube_schema_js_1 = __webpack_require__(62827);
const planner_js_1 = __webpack_require__(32512);
const targets_js_1 = __webpack_require__(25630);
const deploy_branch_js_1 = __webpack_require__(51859);
const ref_snapshots_js_1 = __webpack_require__(25924);
const release_branch_js_1 = __webpack_require__(78217);
var local_store_js_1 = __webpack_require__(4151);
Object.defineProperty(exports, "localReadingStore", ({ enumerable: true, get: function () { return local_store_js_1.localReadingStore; } }));
Object.defineProperty(exports, "localRecordStore", ({ enumerable: true, get: function () { return local_store_js_1.localRecordStore; } }));
Object.defineProperty(exports, "originRemote", ({ enumerable: true, get: function () { return local_store_js_1.originRemote; } }));
/**
 * `isolation`: render in the isolated renderer (docs/architecture.md#untrusted-input), for a pull request's
 * input; omitted: in this process, for trusted input (main, a developer's own checkout).
 */
function localRenderer(opts = {}) {
    const kubeSchema = (0, kube_schema_js_1.createKubeSchemaValidator)();
    const isolation = opts.isolation ? { isolation: opts.isolation } : {};
    return {
        diffSnapshots: (base, head, changed) => (0, diff_snapshots_js_1.diffSnapshots)(base, head, changed, { kubeSchema, ...isolation }),
    };
}
/**
 * `token`: fetches authenticate with it (through git's environment); `where`: how messages name the checkout;
 * `isolation`: see localRenderer.
 */
function localPorts(dir, opts = {}) {
    const { isolation, ...checkout } = opts;
    return {
        checkout: new ref_snapshots_js_1.GitCheckout(dir, checkout),
        renderer: localRenderer(isolation ? { isolation } : {}),
    };
}
/** The repository at a commit, loaded from a temporary worktree of the checkout at `dir`, rendered for real. */
function localReleaseSource(dir) {
    const kubeSchema = (0, kube_schema_js_1.createKubeSchemaValidator)();
    return {
        // The raw object, not `git log`: a shallow checkout (actions/checkout's default) hides a commit's parents from
        // log but keeps them in the object.
        commit: async (sha) => {
            if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
                return undefined;
            const r = await new git_js_1.Git(dir).exec(['cat-file', 'commit', sha], { allowFail: true });
            return r.exitCode === 0 ? (0, merge_commit_js_1.parseCommitObject)(r.stdout) : undefined;
        },
        // The policy from `policyRef` (the base the gate judged by), everything rendered from `ref` (the release).
        open: (ref, policyRef, fn) => (0, ref_snapshots_js_1.withRefSnapshots)(dir, policyRef, ref, ({ baseSnap: policy, headSnap: snap }) => {
            if (policy === undefined) {
                throw new errors_js_1.UserError(`gitopshq.yaml at ${policyRef.slice(0, 7)} (the base the release merged onto, whose policy its gate judged by) does not load: run gitopshq validate there`, [], 'usage');
            }
            return fn({
                freezes: policy.config.freezes,
                deployBranch: (env) => policy.config.environments.find((e) => e.name === env)?.deploy.branch,
                targets: (release) => {
                    const w = snap.workloads.get(release.workload);
                    if (!w)
                        return [];
                    return (0, targets_js_1.workloadTargets)(snap.config, w.config).filter((t) => t.environment === release.environment &&
                        (release.tenants.length === 0 ||
                            (t.tenant !== undefined && release.tenants.includes(t.tenant))));
                },
                render: async (targets) => {
                    const { sets } = await (0, planner_js_1.renderTargets)(targets.map((target) => ({ target, snapshot: snap })), { kubeSchema });
                    return sets.map((s) => ({ target: s.target, manifests: s.manifests, findings: s.findings }));
                },
            });
        }),
    };
}
/** The deploy branches of the GitOps repository at `dir`, pushed to `remote` (undefined: local branches). */
function localDeployBranches(dir, opts = {}) {
    return new deploy_branch_js_1.GitDeployBranches({
        git: new git_js_1.Git(dir, { token: opts.token }),
        remote: opts.remote,
        actor: opts.actor,
    });
}
/** The release branches of the checkout at `dir` (create-release), pushed to `origin` with `token`. */
function localReleaseBranches(dir, opts = {}) {
    return (0, release_branch_js_1.gitReleaseBranches)(dir, { remote: 'origin', ...opts });
}
/**
 * The GitHub repository the checkout at `dir` came from (its `origin`), when that is a repository on `serverUrl`;
 * undefined otherwise (no origin, another host), and the caller keeps GITHUB_REPOSITORY.
 */
async function originRepository(dir, serverUrl) {
    const r = await new git_js_1.Git(dir).exec(['remote', 'get-url', 'origin'], { allowFail: true });
    return r.exitCode === 0 ? (0, remote_url_js_1.githubRepoFromRemote)(r.stdout.trim(), serverUrl) : undefined;
}


/***/ })

};
