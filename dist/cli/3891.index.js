export const id = 3891;
export const ids = [3891];
export const modules = {

/***/ 18544:
/***/ ((__unused_webpack_module, exports) => {


// Objects Argo CD leaves out of an Application's health (argo-cd controller/health.go, setApplicationHealth): hooks,
// which run around a sync and are often deleted when they succeed (`hook-delete-policy: hook-succeeded`), and
// objects annotated `argocd.argoproj.io/ignore-healthcheck: "true"`. A verification judging every rendered object
// must leave them out too, or a deleted hook reads as Missing forever.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isHook = isHook;
exports.healthExemption = healthExemption;
/** Hook as gitops-engine tells one (pkg/sync/hook): an Argo CD hook annotation other than a lone `Skip`, or a Helm
 *  hook other than `crd-install` (Helm's old way of marking CRDs). */
function isHook(annotations) {
    const argo = annotations?.['argocd.argoproj.io/hook'];
    if (argo !== undefined)
        return argo.split(',').some((t) => t.trim() !== 'Skip');
    const helm = annotations?.['helm.sh/hook'];
    return helm !== undefined && helm !== 'crd-install';
}
/** Why Argo CD would not count this object in an Application's health, or undefined when it would. */
function healthExemption(obj) {
    const annotations = obj.metadata?.annotations;
    if (annotations?.['argocd.argoproj.io/ignore-healthcheck'] === 'true') {
        return 'annotated argocd.argoproj.io/ignore-healthcheck';
    }
    const argo = annotations?.['argocd.argoproj.io/hook'];
    if (argo?.split(',').every((t) => t.trim() === 'Skip'))
        return 'a Skip hook (never applied)';
    if (isHook(annotations))
        return 'a sync hook (runs around a sync, not part of the running workload)';
    return undefined;
}


/***/ }),

/***/ 53891:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Health assessment of live Kubernetes objects (docs/architecture.md#health): Argo CD's semantics per kind, kstatus
// for any resource with a Ready condition, and one rule stricter than Argo CD for every kind: a status whose
// observedGeneration is below metadata.generation is Progressing, because the controller has not seen the change yet
// and whatever else the status says describes the previous spec. Pure: the object in, a verdict a person can act on
// out. The rules live in rules-*.ts by family; this file picks one and applies what holds for every kind.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summarizeHealth = exports.worstStatus = exports.parseLiveObjects = exports.causeFirst = exports.isHook = exports.healthExemption = void 0;
exports.healthRuleFor = healthRuleFor;
exports.healthSubject = healthSubject;
exports.assessHealth = assessHealth;
exports.missingHealth = missingHealth;
const read_js_1 = __webpack_require__(39879);
const rules_argo_js_1 = __webpack_require__(83260);
const rules_core_js_1 = __webpack_require__(31842);
const rules_crds_js_1 = __webpack_require__(37705);
const rules_flux_js_1 = __webpack_require__(10618);
const rules_kstatus_js_1 = __webpack_require__(95030);
const rules_lua_core_js_1 = __webpack_require__(87079);
const rules_pods_js_1 = __webpack_require__(36101);
const rules_workloads_js_1 = __webpack_require__(40379);
var exempt_js_1 = __webpack_require__(18544);
Object.defineProperty(exports, "healthExemption", ({ enumerable: true, get: function () { return exempt_js_1.healthExemption; } }));
Object.defineProperty(exports, "isHook", ({ enumerable: true, get: function () { return exempt_js_1.isHook; } }));
var lead_js_1 = __webpack_require__(76861);
Object.defineProperty(exports, "causeFirst", ({ enumerable: true, get: function () { return lead_js_1.causeFirst; } }));
var objects_file_js_1 = __webpack_require__(33842);
Object.defineProperty(exports, "parseLiveObjects", ({ enumerable: true, get: function () { return objects_file_js_1.parseLiveObjects; } }));
var severity_js_1 = __webpack_require__(68856);
Object.defineProperty(exports, "worstStatus", ({ enumerable: true, get: function () { return severity_js_1.worstStatus; } }));
var summary_js_1 = __webpack_require__(61803);
Object.defineProperty(exports, "summarizeHealth", ({ enumerable: true, get: function () { return summary_js_1.summarizeHealth; } }));
/** Rules by `group/Kind` (the core group is empty), whatever the version, as Argo CD picks them: its built-in checks
 *  and the Lua checks it ships for common custom resources. */
const RULES = new Map([
    ['apps/Deployment', rules_workloads_js_1.deploymentHealth],
    ['apps/StatefulSet', rules_workloads_js_1.statefulSetHealth],
    ['apps/DaemonSet', rules_workloads_js_1.daemonSetHealth],
    ['apps/ReplicaSet', rules_workloads_js_1.replicaSetHealth],
    ['/Pod', rules_pods_js_1.podHealth],
    ['batch/Job', rules_pods_js_1.jobHealth],
    ['/PersistentVolumeClaim', rules_core_js_1.pvcHealth],
    ['/Service', rules_core_js_1.serviceHealth],
    ['networking.k8s.io/Ingress', rules_core_js_1.ingressHealth],
    ['extensions/Ingress', rules_core_js_1.ingressHealth],
    ['autoscaling/HorizontalPodAutoscaler', rules_core_js_1.hpaHealth],
    ['apiregistration.k8s.io/APIService', rules_core_js_1.apiServiceHealth],
    ['argoproj.io/Application', rules_argo_js_1.applicationHealth],
    ['argoproj.io/Rollout', rules_argo_js_1.rolloutHealth],
    ...rules_lua_core_js_1.LUA_CORE_RULES,
    ...rules_flux_js_1.FLUX_RULES,
    ...rules_crds_js_1.CRD_RULES,
]);
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/** The rule that judges this kind; kstatus's generic conditions for any kind without one. */
function healthRuleFor(apiVersion, kind) {
    return RULES.get(`${groupOf(apiVersion)}/${kind}`) ?? rules_kstatus_js_1.kstatusHealth;
}
/** `deployment web`: how messages name an object. */
function healthSubject(obj) {
    // Tolerant of a hand-written object without metadata: a message is still better than a crash.
    const name = obj.metadata?.name ?? '(unnamed)';
    return `${String(obj.kind).toLowerCase()} ${name}`;
}
/** The verdict for one object. */
function assessHealth(obj) {
    const subject = healthSubject(obj);
    const metadata = obj.metadata ?? { name: '(unnamed)' };
    if (metadata.deletionTimestamp) {
        return { status: 'Progressing', message: `${subject}: being deleted (deletionTimestamp is set)` };
    }
    const judged = healthRuleFor(obj.apiVersion, obj.kind)({ ...obj, metadata }, subject);
    // A suspended object stays Suspended: Flux, for one, stops observing generations while suspended.
    if (judged.status === 'Suspended' || judged.status === 'Progressing')
        return judged;
    const generation = metadata.generation;
    const observed = (0, read_js_1.num)(obj.status?.observedGeneration);
    if (generation !== undefined && observed !== undefined && observed < generation) {
        return {
            status: 'Progressing',
            message: `${subject}: the controller has not seen generation ${generation} yet (observed ${observed})`,
        };
    }
    return judged;
}
/** The verdict for an object that should exist and does not. */
function missingHealth(kind, name) {
    return { status: 'Missing', message: `${kind.toLowerCase()} ${name}: not found in the cluster` };
}


/***/ }),

/***/ 76861:
/***/ ((__unused_webpack_module, exports) => {


// Which of several unhealthy objects a summary names first. Statuses are not touched (the worst one still decides,
// as Argo CD's aggregation does); only the order a person reads them in. Among objects of the same status a pod
// leads: its verdict names the cause (a container's waiting or terminated reason: CrashLoopBackOff,
// ImagePullBackOff, OOMKilled, an exit code), where its controller's names the symptom (a Deployment past its
// progress deadline, which itself says "its new pods say why").
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.causeFirst = causeFirst;
/** How directly an object's own verdict names a cause: lower reads first. */
function causeRank(kind) {
    return kind === 'Pod' ? 0 : 1;
}
/** `items` with pods first, otherwise in their order (a stable sort). */
function causeFirst(items) {
    return [...items].sort((a, b) => causeRank(a.kind) - causeRank(b.kind));
}


/***/ }),

/***/ 33842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Kubernetes objects read from YAML text as `kubectl get -o yaml` prints them: one object, several documents, or a
// List (`kind: List`, `DeploymentList`...) whose items are the objects. Pure: text in, objects with the line and
// column each starts at out, or findings naming file:line:col and what to change.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLiveObjects = parseLiveObjects;
const yaml_1 = __webpack_require__(38815);
function nodeAt(doc, path) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
function parseLiveObjects(text, file) {
    const lineCounter = new yaml_1.LineCounter();
    const docs = (0, yaml_1.parseAllDocuments)(text, { lineCounter, prettyErrors: false });
    const objects = [];
    const findings = [];
    const pos = (offset) => {
        const p = lineCounter.linePos(offset);
        return p.line === 0 ? { line: 1, col: offset + 1 } : p;
    };
    const report = (offset, message) => findings.push({ file, ...pos(offset), message });
    // parseAllDocuments returns an EmptyStream (no documents) for a file of comments only.
    for (const doc of Array.isArray(docs) ? docs : []) {
        if (doc.errors.length > 0) {
            for (const e of doc.errors)
                report(e.pos[0], `invalid YAML: ${e.message.split('\n')[0]}`);
            continue;
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            // The alias limit (an anchor/alias bomb) throws rather than reporting: a finding like any other.
            report(nodeAt(doc, [])?.range?.[0] ?? 0, `invalid YAML: ${e.message}`);
            continue;
        }
        // An empty document (`---` then nothing, or only a comment), as kubectl and helm print between objects.
        if (value === null || value === undefined)
            continue;
        const docStart = nodeAt(doc, [])?.range?.[0] ?? 0;
        const items = at(value, 'items');
        const kind = at(value, 'kind');
        if (typeof kind === 'string' && kind.endsWith('List') && Array.isArray(items)) {
            const seq = nodeAt(doc, ['items']);
            items.forEach((item, i) => {
                const start = (0, yaml_1.isSeq)(seq) ? (seq.items[i]?.range?.[0] ?? docStart) : docStart;
                check(item, start, (path) => nodeAt(doc, ['items', i, ...path])?.range?.[0] ?? start);
            });
        }
        else {
            check(value, docStart, (path) => nodeAt(doc, path)?.range?.[0] ?? docStart);
        }
    }
    if (objects.length === 0 && findings.length === 0) {
        report(0, 'no Kubernetes object in this file: expected YAML like `kubectl get deployment web -o yaml` prints');
    }
    return { objects, findings };
    function check(value, start, offsetOf) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            report(start, 'expected a Kubernetes object (a mapping with apiVersion, kind and metadata.name)');
            return;
        }
        const missing = [];
        if (!nonEmpty(at(value, 'apiVersion')))
            missing.push([[], 'apiVersion (e.g. apps/v1)']);
        if (!nonEmpty(at(value, 'kind')))
            missing.push([[], 'kind (e.g. Deployment)']);
        const metadata = at(value, 'metadata');
        if (!nonEmpty(at(metadata, 'name'))) {
            missing.push([isPlainMap(metadata) ? ['metadata'] : [], 'metadata.name']);
        }
        for (const [path, what] of missing)
            report(offsetOf(path), `this object has no ${what}`);
        if (missing.length === 0)
            objects.push({ object: value, ...pos(start) });
    }
}
function at(value, key) {
    return isPlainMap(value) ? value[key] : undefined;
}
function isPlainMap(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function nonEmpty(value) {
    return typeof value === 'string' && value !== '';
}


/***/ }),

/***/ 39879:
/***/ ((__unused_webpack_module, exports) => {


// Tolerant readers for unstructured objects: a live object may miss any field (a status the controller has not
// written yet), so every rule reads through these instead of trusting shapes.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.at = at;
exports.num = num;
exports.str = str;
exports.list = list;
exports.conditionsOf = conditionsOf;
exports.condition = condition;
exports.describeCondition = describeCondition;
exports.verdict = verdict;
exports.plural = plural;
function at(value, ...path) {
    let cur = value;
    for (const key of path) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** A number, or undefined; numeric strings count because some controllers (old Argo Rollouts) write them. */
function num(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim()))
        return Number(value);
    return undefined;
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** A `conditions` array (status.conditions by default) as plain strings; entries without a type are skipped. */
function conditionsOf(conditions) {
    const out = [];
    for (const c of list(conditions)) {
        const type = str(at(c, 'type'));
        if (type === undefined)
            continue;
        out.push({
            type,
            status: str(at(c, 'status')) ?? '',
            reason: str(at(c, 'reason')) ?? '',
            message: str(at(c, 'message')) ?? '',
        });
    }
    return out;
}
function condition(conditions, type) {
    return conditionsOf(conditions).find((c) => c.type === type);
}
/** `Reason: message`, or whichever of the two is there. */
function describeCondition(c) {
    if (c.reason && c.message)
        return `${c.reason}: ${c.message}`;
    return c.reason || c.message || `${c.type} is ${c.status || 'unset'}`;
}
function verdict(status, subject, detail) {
    return { status, message: detail ? `${subject}: ${detail}` : subject };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 83260:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Argo CD Application and Argo Rollouts Rollout. An Application reports its own health (Argo CD's documented health
// check for app-of-apps); a Rollout follows Argo CD's Lua health check (resource_customizations/argoproj.io/Rollout)
// step by step, so a Rollout shows here what Argo CD shows.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rolloutHealth = exports.applicationHealth = void 0;
const model_js_1 = __webpack_require__(45529);
const read_js_1 = __webpack_require__(39879);
function asStatus(value) {
    return model_js_1.HEALTH_STATUSES.find((s) => s === value);
}
const applicationHealth = (obj, subject) => {
    const reported = (0, read_js_1.at)(obj, 'status', 'health', 'status');
    const sync = (0, read_js_1.str)((0, read_js_1.at)(obj, 'status', 'sync', 'status'));
    const revision = (0, read_js_1.str)((0, read_js_1.at)(obj, 'status', 'sync', 'revision'));
    const syncText = sync ? ` (sync ${sync}${revision ? ` at ${revision.slice(0, 12)}` : ''})` : '';
    if (reported === undefined) {
        return (0, read_js_1.verdict)('Progressing', subject, `Argo CD has not reported its health yet${syncText}`);
    }
    const status = asStatus(reported);
    const message = (0, read_js_1.str)((0, read_js_1.at)(obj, 'status', 'health', 'message'));
    if (!status)
        return (0, read_js_1.verdict)('Unknown', subject, `Argo CD reports health ${String(reported)}${syncText}`);
    return (0, read_js_1.verdict)(status, subject, `${status} in Argo CD${syncText}${message ? `: ${message}` : ''}`);
};
exports.applicationHealth = applicationHealth;
/** Rollouts before v0.10 wrote a pod-template hash in observedGeneration: such a Rollout counts as observed. */
function generationObserved(obj) {
    if (!obj.status)
        return false;
    const observed = (0, read_js_1.num)(obj.status.observedGeneration);
    const generation = obj.metadata.generation;
    if (observed === undefined || generation === undefined || observed > generation)
        return true;
    return observed === generation;
}
function workloadGenerationObserved(obj) {
    if ((0, read_js_1.at)(obj, 'spec', 'workloadRef') === undefined || obj.metadata.annotations === undefined)
        return true;
    const wanted = (0, read_js_1.num)(obj.metadata.annotations['rollout.argoproj.io/workload-generation']);
    return wanted === (0, read_js_1.num)((0, read_js_1.at)(obj, 'status', 'workloadObservedGeneration'));
}
const rolloutHealth = (obj, subject) => {
    if (!generationObserved(obj) || !workloadGenerationObserved(obj)) {
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the rollout controller to observe the spec update');
    }
    const status = obj.status ?? {};
    const message = (0, read_js_1.str)(status.message) ?? '';
    // Rollouts v1.0+ write their own phase; Argo CD surfaces it, Paused as Suspended.
    const phase = (0, read_js_1.str)(status.phase);
    if (phase !== undefined) {
        const mapped = phase === 'Paused' ? 'Suspended' : (asStatus(phase) ?? 'Unknown');
        const detail = phase === 'Paused' ? 'paused; promote it (kubectl argo rollouts promote) to continue' : phase;
        return (0, read_js_1.verdict)(mapped, subject, message ? `${detail}: ${message}` : detail);
    }
    for (const c of (0, read_js_1.conditionsOf)(status.conditions)) {
        const aborted = c.type === 'Progressing' && c.reason === 'RolloutAborted';
        const timedOut = c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded';
        if (c.type === 'InvalidSpec' || aborted || timedOut) {
            return (0, read_js_1.verdict)('Degraded', subject, `${c.reason || c.type}: ${c.message}`);
        }
    }
    if ((0, read_js_1.list)(status.pauseConditions).length > 0 || (0, read_js_1.at)(obj, 'spec', 'paused') === true) {
        return (0, read_js_1.verdict)('Suspended', subject, 'paused; promote it (kubectl argo rollouts promote) to continue');
    }
    const podHash = (0, read_js_1.str)(status.currentPodHash);
    if (podHash === undefined)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the controller to reconcile it');
    const desired = (0, read_js_1.num)((0, read_js_1.at)(obj, 'spec', 'replicas')) ?? 1;
    const replicas = (0, read_js_1.num)(status.replicas) ?? 0;
    const updated = (0, read_js_1.num)(status.updatedReplicas) ?? 0;
    const available = (0, read_js_1.num)(status.availableReplicas) ?? 0;
    if (updated < desired) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${updated} of ${desired} replicas updated`);
    }
    if (available < updated) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${available} of ${updated} updated replicas available`);
    }
    const stable = (0, read_js_1.str)(status.stableRS) ?? (0, read_js_1.str)((0, read_js_1.at)(status, 'canary', 'stableRS')) ?? '';
    if ((0, read_js_1.at)(obj, 'spec', 'strategy', 'blueGreen') !== undefined) {
        if ((0, read_js_1.str)((0, read_js_1.at)(status, 'blueGreen', 'activeSelector')) !== podHash) {
            return (0, read_js_1.verdict)('Progressing', subject, 'active service cutover pending');
        }
        if (stable !== '' && stable !== podHash)
            return (0, read_js_1.verdict)('Progressing', subject, 'waiting for analysis to complete');
    }
    else if ((0, read_js_1.at)(obj, 'spec', 'strategy', 'canary') !== undefined) {
        if (replicas > updated) {
            return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${replicas - updated} old replicas pending termination`);
        }
        if (stable === '' || stable !== podHash)
            return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the canary steps to finish');
    }
    return (0, read_js_1.verdict)('Healthy', subject, `${available} of ${desired} replicas available, stable at ${podHash}`);
};
exports.rolloutHealth = rolloutHealth;


/***/ }),

/***/ 31842:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// PersistentVolumeClaim, Service, Ingress, HorizontalPodAutoscaler and APIService: Argo CD's rules (gitops-engine
// pkg/health) with messages that say what is awaited.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.apiServiceHealth = exports.hpaHealth = exports.ingressHealth = exports.serviceHealth = exports.pvcHealth = void 0;
const read_js_1 = __webpack_require__(39879);
const pvcHealth = (obj, subject) => {
    const phase = (0, read_js_1.str)(obj.status?.phase);
    switch (phase) {
        case 'Bound':
            return (0, read_js_1.verdict)('Healthy', subject, `Bound to ${(0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'volumeName')) ?? 'a volume'}`);
        case 'Pending': {
            const storageClass = (0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'storageClassName'));
            const cls = storageClass ? ` (storage class ${storageClass})` : '';
            return (0, read_js_1.verdict)('Progressing', subject, `Pending: waiting for a volume to bind${cls}`);
        }
        case 'Lost':
            return (0, read_js_1.verdict)('Degraded', subject, 'Lost: its volume no longer exists; the data it held is gone');
        default:
            return (0, read_js_1.verdict)('Unknown', subject, `phase ${phase ?? '(none)'}`);
    }
};
exports.pvcHealth = pvcHealth;
/** The addresses of status.loadBalancer.ingress; an entry with neither ip nor hostname still counts, as in Argo CD. */
function addresses(ingress) {
    return (0, read_js_1.list)(ingress).map((i) => (0, read_js_1.str)((0, read_js_1.at)(i, 'ip')) ?? (0, read_js_1.str)((0, read_js_1.at)(i, 'hostname')) ?? '(no address reported)');
}
const serviceHealth = (obj, subject) => {
    const type = (0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'type')) ?? 'ClusterIP';
    if (type !== 'LoadBalancer')
        return (0, read_js_1.verdict)('Healthy', subject, `${type} service`);
    const assigned = addresses((0, read_js_1.at)(obj, 'status', 'loadBalancer', 'ingress'));
    if (assigned.length > 0)
        return (0, read_js_1.verdict)('Healthy', subject, `load balancer at ${assigned.join(', ')}`);
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the cloud provider to assign a load balancer address');
};
exports.serviceHealth = serviceHealth;
const ingressHealth = (obj, subject) => {
    const assigned = addresses((0, read_js_1.at)(obj, 'status', 'loadBalancer', 'ingress'));
    if (assigned.length > 0)
        return (0, read_js_1.verdict)('Healthy', subject, `served at ${assigned.join(', ')}`);
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the ingress controller to assign an address');
};
exports.ingressHealth = ingressHealth;
/** The states Argo CD calls degraded: the HPA cannot read or write its target's scale, or cannot read or compute
 *  any kind of metric (Argo CD's list grew with custom, object, pods and external metrics: argoproj/argo-cd#26274). */
const HPA_DEGRADED = [
    { type: 'AbleToScale', reason: 'FailedGetScale' },
    { type: 'AbleToScale', reason: 'FailedUpdateScale' },
    { type: 'ScalingActive', reason: 'FailedGetResourceMetric' },
    { type: 'ScalingActive', reason: 'FailedGetObjectMetric' },
    { type: 'ScalingActive', reason: 'FailedGetPodsMetric' },
    { type: 'ScalingActive', reason: 'FailedGetExternalMetric' },
    { type: 'ScalingActive', reason: 'FailedComputeMetricsReplicas' },
    { type: 'ScalingActive', reason: 'InvalidSelector' },
];
/** autoscaling/v1 keeps its conditions in an annotation, as JSON; v2 in status.conditions. */
function hpaConditions(obj) {
    if (obj.apiVersion !== 'autoscaling/v1')
        return (0, read_js_1.conditionsOf)(obj.status?.conditions);
    const raw = obj.metadata.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
    if (raw === undefined)
        return [];
    try {
        return (0, read_js_1.conditionsOf)(JSON.parse(raw));
    }
    catch {
        return 'its autoscaling.alpha.kubernetes.io/conditions annotation is not JSON';
    }
}
const hpaHealth = (obj, subject) => {
    const conds = hpaConditions(obj);
    if (typeof conds === 'string')
        return (0, read_js_1.verdict)('Unknown', subject, conds);
    // A failing condition anywhere wins over AbleToScale=True: the controller writes AbleToScale first, and an HPA
    // that can read its target's scale but no metric does not autoscale (Argo CD checks all failures first too).
    const failing = conds.find((c) => HPA_DEGRADED.some((d) => d.type === c.type && d.reason === c.reason));
    if (failing)
        return (0, read_js_1.verdict)('Degraded', subject, `cannot autoscale: ${(0, read_js_1.describeCondition)(failing)}`);
    const able = conds.find((c) => (c.type === 'AbleToScale' || c.type === 'ScalingLimited') && c.status === 'True');
    if (able)
        return (0, read_js_1.verdict)('Healthy', subject, (0, read_js_1.describeCondition)(able));
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting to autoscale (no AbleToScale condition yet)');
};
exports.hpaHealth = hpaHealth;
const apiServiceHealth = (obj, subject) => {
    const available = (0, read_js_1.condition)(obj.status?.conditions, 'Available');
    if (!available)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting to be processed (no Available condition yet)');
    if (available.status === 'True')
        return (0, read_js_1.verdict)('Healthy', subject, (0, read_js_1.describeCondition)(available));
    const service = (0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'service', 'name'));
    const backend = service ? ` (backend service ${service})` : '';
    return (0, read_js_1.verdict)('Progressing', subject, `not available${backend}: ${(0, read_js_1.describeCondition)(available)}`);
};
exports.apiServiceHealth = apiServiceHealth;


/***/ }),

/***/ 37705:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Custom resources Argo CD ships a health check for (argo-cd resource_customizations/<group>/<Kind>/health.lua) and
// that real clusters commonly run next to a workload: cert-manager, External Secrets, Sealed Secrets, KEDA, Argo CD
// ApplicationSets and Argo Workflows. Each rule gives the status Argo CD's check gives, so a verification here agrees
// with the Argo CD UI. Where kstatus and Argo CD differ (a Ready=False Certificate is Degraded in Argo CD, "in
// progress" in kstatus) Argo CD wins: its checks know these controllers never retry a Ready=False on their own
// without a change, and users read its verdicts.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CRD_RULES = void 0;
const read_js_1 = __webpack_require__(39879);
/**
 * The check most of these controllers share: the first `type` condition that is True or False decides (Healthy or
 * Degraded); none yet (no status, or only Unknown) is Progressing. `busy`, when True, is Progressing before anything
 * else (cert-manager's Issuing: a Certificate being re-issued may still carry the old Ready=False).
 */
function decidedBy(type, waiting, busy) {
    return (obj, subject) => {
        const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
        const working = busy ? conds.find((c) => c.type === busy && c.status === 'True') : undefined;
        if (working)
            return (0, read_js_1.verdict)('Progressing', subject, `${busy}: ${(0, read_js_1.describeCondition)(working)}`);
        const decided = conds.find((c) => c.type === type && (c.status === 'True' || c.status === 'False'));
        if (decided?.status === 'True')
            return (0, read_js_1.verdict)('Healthy', subject, `${type}: ${(0, read_js_1.describeCondition)(decided)}`);
        if (decided)
            return (0, read_js_1.verdict)('Degraded', subject, `not ${type}: ${(0, read_js_1.describeCondition)(decided)}`);
        return (0, read_js_1.verdict)('Progressing', subject, waiting);
    };
}
/** ClusterExternalSecret appends a condition per state change: the last one is the current state. */
const clusterExternalSecretHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    const last = conds[conds.length - 1];
    if (last?.status === 'True') {
        if (last.type === 'Ready')
            return (0, read_js_1.verdict)('Healthy', subject, `Ready: ${(0, read_js_1.describeCondition)(last)}`);
        if (last.type === 'PartiallyReady' || last.type === 'NotReady') {
            return (0, read_js_1.verdict)('Degraded', subject, `${last.type}: ${(0, read_js_1.describeCondition)(last)}`);
        }
    }
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting for its ExternalSecrets to be created in every namespace');
};
/** KEDA: Ready decides, a Fallback in use is a failure (the scaler cannot read its metric), Paused suspends. */
const scaledObjectHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    const failing = conds.find((c) => (c.type === 'Ready' && c.status === 'False') || (c.type === 'Fallback' && c.status === 'True'));
    if (failing)
        return (0, read_js_1.verdict)('Degraded', subject, `${failing.type}: ${(0, read_js_1.describeCondition)(failing)}`);
    const ready = conds.find((c) => c.type === 'Ready' && c.status === 'True');
    const paused = conds.find((c) => c.type === 'Paused' && c.status === 'True');
    if (ready && paused)
        return (0, read_js_1.verdict)('Suspended', subject, `paused: ${(0, read_js_1.describeCondition)(paused)}`);
    if (ready)
        return (0, read_js_1.verdict)('Healthy', subject, `Ready: ${(0, read_js_1.describeCondition)(ready)}`);
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting for KEDA to create its HorizontalPodAutoscaler');
};
/** ApplicationSet: an error or resources not up to date are failures; a progressive sync in flight is progress. */
const applicationSetHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    const find = (type, status) => conds.find((c) => c.type === type && c.status === status);
    const error = find('ErrorOccurred', 'True') ?? find('ResourcesUpToDate', 'False');
    if (error)
        return (0, read_js_1.verdict)('Degraded', subject, `${error.type}: ${(0, read_js_1.describeCondition)(error)}`);
    const rolling = find('RolloutProgressing', 'True');
    if (rolling)
        return (0, read_js_1.verdict)('Progressing', subject, `progressive sync: ${(0, read_js_1.describeCondition)(rolling)}`);
    const upToDate = find('ResourcesUpToDate', 'True');
    if (upToDate)
        return (0, read_js_1.verdict)('Healthy', subject, (0, read_js_1.describeCondition)(upToDate));
    return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the ApplicationSet controller to report its status');
};
/** Argo Workflows (gitops-engine's built-in check): the workflow's phase. */
const workflowHealth = (obj, subject) => {
    const phase = (0, read_js_1.str)(obj.status?.phase) ?? '';
    const message = (0, read_js_1.str)(obj.status?.message);
    const detail = (what) => (message ? `${what}: ${message}` : what);
    switch (phase) {
        case '':
        case 'Pending':
        case 'Running':
            return (0, read_js_1.verdict)('Progressing', subject, detail(phase ? phase.toLowerCase() : 'not started yet'));
        case 'Succeeded':
            return (0, read_js_1.verdict)('Healthy', subject, detail('succeeded'));
        case 'Failed':
        case 'Error': {
            const failedNodes = Object.values(((0, read_js_1.at)(obj, 'status', 'nodes') ?? {}))
                .filter((n) => ['Failed', 'Error'].includes((0, read_js_1.str)((0, read_js_1.at)(n, 'phase')) ?? ''))
                .map((n) => (0, read_js_1.str)((0, read_js_1.at)(n, 'displayName')) ?? (0, read_js_1.str)((0, read_js_1.at)(n, 'name')) ?? '?');
            const where = failedNodes.length > 0 ? ` (failed steps: ${failedNodes.join(', ')})` : '';
            return (0, read_js_1.verdict)('Degraded', subject, `${detail(phase.toLowerCase())}${where}`);
        }
        default:
            return (0, read_js_1.verdict)('Unknown', subject, detail(`phase ${phase}`));
    }
};
/** Rules by `group/Kind`, as index.ts keys them. */
exports.CRD_RULES = [
    ['cert-manager.io/Certificate', decidedBy('Ready', 'waiting for the certificate to be issued', 'Issuing')],
    ['cert-manager.io/Issuer', decidedBy('Ready', 'waiting for the issuer to initialise')],
    ['cert-manager.io/ClusterIssuer', decidedBy('Ready', 'waiting for the cluster issuer to initialise')],
    ['external-secrets.io/ExternalSecret', decidedBy('Ready', 'waiting for the secret to be synced')],
    ['external-secrets.io/SecretStore', decidedBy('Ready', 'waiting for the store to be validated')],
    ['external-secrets.io/ClusterSecretStore', decidedBy('Ready', 'waiting for the store to be validated')],
    ['external-secrets.io/PushSecret', decidedBy('Ready', 'waiting for the secret to be pushed')],
    ['external-secrets.io/ClusterExternalSecret', clusterExternalSecretHealth],
    ['bitnami.com/SealedSecret', decidedBy('Synced', 'waiting for the controller to decrypt it')],
    ['keda.sh/ScaledObject', scaledObjectHealth],
    ['argoproj.io/ApplicationSet', applicationSetHealth],
    ['argoproj.io/Workflow', workflowHealth],
];


/***/ }),

/***/ 10618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Flux objects: Argo CD's Lua health checks for them (resource_customizations/kustomize.toolkit.fluxcd.io,
// helm.toolkit.fluxcd.io, source.toolkit.fluxcd.io, image.toolkit.fluxcd.io), plus kstatus's Stalled condition,
// which Flux sets when a retry cannot help. Other Flux kinds (Alert, Provider...) go through the generic kstatus rule.
// Two deliberate differences from Argo CD, both where its counting misreads a state Flux documents: a HelmRelease
// whose tests passed (Ready, Released and TestSuccess all True) is Healthy, where Argo CD's "exactly two" count
// makes it Degraded; and an empty conditions list (the object was just created) is Progressing, not Degraded (Argo
// CD's own test for that case is commented out). And a HelmRelease with Ready=False is never Healthy here, even
// when a Released and a TestSuccess left True by an earlier release add up to Argo CD's two.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLUX_RULES = exports.fluxSourceHealth = exports.fluxHelmReleaseHealth = exports.fluxKustomizationHealth = void 0;
const read_js_1 = __webpack_require__(39879);
/** The revision a person checks: what a Kustomization applied, or the artifact a source holds. */
function revisionText(obj) {
    const applied = (0, read_js_1.str)((0, read_js_1.at)(obj, 'status', 'lastAppliedRevision'));
    if (applied)
        return `, applied revision ${applied}`;
    const artifact = (0, read_js_1.str)((0, read_js_1.at)(obj, 'status', 'artifact', 'revision'));
    return artifact ? `, artifact revision ${artifact}` : '';
}
/**
 * Argo CD's counting: Progressing when Ready is Unknown and Reconciling is True; Healthy when Ready is True and, for
 * kinds that name them, one of the `alsoTrue` conditions is True too (a source's ArtifactInStorage, a HelmRelease's
 * Released or TestSuccess); Degraded otherwise.
 */
function fluxHealth(obj, subject, alsoTrue) {
    if ((0, read_js_1.at)(obj, 'spec', 'suspend') === true) {
        const kind = obj.kind.toLowerCase();
        return (0, read_js_1.verdict)('Suspended', subject, `suspended (spec.suspend); \`flux resume ${kind} ${obj.metadata.name}\` resumes it`);
    }
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    if (conds.length === 0)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for Flux to reconcile it (no conditions yet)');
    const stalled = conds.find((c) => c.type === 'Stalled' && c.status === 'True');
    if (stalled)
        return (0, read_js_1.verdict)('Degraded', subject, `stalled: ${(0, read_js_1.describeCondition)(stalled)}`);
    const ready = conds.find((c) => c.type === 'Ready');
    const reconciling = conds.some((c) => c.type === 'Reconciling' && c.status === 'True');
    const why = ready ? (0, read_js_1.describeCondition)(ready) : 'no Ready condition';
    if (ready?.status === 'Unknown' && reconciling)
        return (0, read_js_1.verdict)('Progressing', subject, `reconciling: ${why}`);
    const also = alsoTrue.length === 0 || conds.some((c) => alsoTrue.includes(c.type) && c.status === 'True');
    if (ready?.status === 'True' && also)
        return (0, read_js_1.verdict)('Healthy', subject, `Ready: ${why}${revisionText(obj)}`);
    if (ready?.status === 'True') {
        return (0, read_js_1.verdict)('Degraded', subject, `Ready, but no ${alsoTrue.join(' or ')} condition is True: ${why}`);
    }
    return (0, read_js_1.verdict)('Degraded', subject, `not Ready: ${why}`);
}
const fluxKustomizationHealth = (obj, subject) => fluxHealth(obj, subject, []);
exports.fluxKustomizationHealth = fluxKustomizationHealth;
const fluxHelmReleaseHealth = (obj, subject) => fluxHealth(obj, subject, ['Released', 'TestSuccess']);
exports.fluxHelmReleaseHealth = fluxHelmReleaseHealth;
/** GitRepository, OCIRepository, Bucket, HelmChart and HelmRepository: Ready with an artifact in storage. */
const fluxSourceHealth = (obj, subject) => {
    // An OCI HelmRepository is a pointer Flux never fetches: it has no status to wait for (Flux's API docs).
    if ((0, read_js_1.at)(obj, 'spec', 'suspend') !== true &&
        obj.kind === 'HelmRepository' &&
        (0, read_js_1.at)(obj, 'spec', 'type') === 'oci') {
        return (0, read_js_1.verdict)('Healthy', subject, 'type oci: Flux keeps no status for OCI Helm repositories');
    }
    return fluxHealth(obj, subject, ['ArtifactInStorage']);
};
exports.fluxSourceHealth = fluxSourceHealth;
exports.FLUX_RULES = [
    ['kustomize.toolkit.fluxcd.io/Kustomization', exports.fluxKustomizationHealth],
    ['helm.toolkit.fluxcd.io/HelmRelease', exports.fluxHelmReleaseHealth],
    ['source.toolkit.fluxcd.io/GitRepository', exports.fluxSourceHealth],
    ['source.toolkit.fluxcd.io/OCIRepository', exports.fluxSourceHealth],
    ['source.toolkit.fluxcd.io/Bucket', exports.fluxSourceHealth],
    ['source.toolkit.fluxcd.io/HelmChart', exports.fluxSourceHealth],
    ['source.toolkit.fluxcd.io/HelmRepository', exports.fluxSourceHealth],
    ['image.toolkit.fluxcd.io/ImageUpdateAutomation', exports.fluxKustomizationHealth],
];


/***/ }),

/***/ 95030:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Any other kind: kstatus's generic rules (sigs.k8s.io/cli-utils pkg/kstatus). Reconciling=True is in progress,
// Stalled=True has failed, then a Ready condition decides: True is current, False or Unknown still in progress
// (kstatus cannot tell a Ready=False that will recover from one that will not; Stalled says the latter). A kind with
// none of these conditions is Healthy once it exists, as in Argo CD and kstatus.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kstatusHealth = void 0;
const read_js_1 = __webpack_require__(39879);
const kstatusHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    for (const c of conds) {
        if (c.type === 'Reconciling' && c.status === 'True') {
            return (0, read_js_1.verdict)('Progressing', subject, `reconciling: ${(0, read_js_1.describeCondition)(c)}`);
        }
        if (c.type === 'Stalled' && c.status === 'True') {
            return (0, read_js_1.verdict)('Degraded', subject, `stalled: ${(0, read_js_1.describeCondition)(c)}`);
        }
    }
    const ready = conds.find((c) => c.type === 'Ready');
    if (ready?.status === 'True')
        return (0, read_js_1.verdict)('Healthy', subject, 'Ready');
    if (ready?.status === 'False' || ready?.status === 'Unknown') {
        return (0, read_js_1.verdict)('Progressing', subject, `not Ready yet: ${(0, read_js_1.describeCondition)(ready)}`);
    }
    return (0, read_js_1.verdict)('Healthy', subject, `exists (no health rule for ${obj.kind})`);
};
exports.kstatusHealth = kstatusHealth;


/***/ }),

/***/ 87079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Built-in kinds gitops-engine has no check for, judged by the Lua checks Argo CD ships for them
// (argo-cd resource_customizations/batch/CronJob, policy/PodDisruptionBudget,
// apiextensions.k8s.io/CustomResourceDefinition): charts carry all three, and without these rules each read as
// Healthy as soon as it existed.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LUA_CORE_RULES = exports.crdHealth = exports.pdbHealth = exports.cronJobHealth = void 0;
const read_js_1 = __webpack_require__(39879);
/** A CronJob is judged by its last run: Degraded when the last scheduled run has not succeeded and none is running.
 *  Argo CD calls a suspended CronJob Healthy (argoproj/argo-cd#24428), and so does this. */
const cronJobHealth = (obj, subject) => {
    if ((0, read_js_1.at)(obj, 'spec', 'suspend') === true)
        return (0, read_js_1.verdict)('Healthy', subject, 'suspended (spec.suspend): no runs');
    if (!obj.status)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the CronJob controller');
    const scheduled = (0, read_js_1.str)(obj.status.lastScheduleTime);
    if (scheduled === undefined)
        return (0, read_js_1.verdict)('Healthy', subject, 'not scheduled yet');
    const succeeded = (0, read_js_1.str)(obj.status.lastSuccessfulTime);
    if (succeeded === undefined) {
        return (0, read_js_1.verdict)('Healthy', subject, `last run ${scheduled} has not succeeded yet (none has so far)`);
    }
    if ((0, read_js_1.list)(obj.status.active).length > 0) {
        return (0, read_js_1.verdict)('Healthy', subject, `a run is active; the last success was ${succeeded}`);
    }
    // RFC 3339 times in UTC, as the API server writes them: text order is time order (Argo CD compares them so too).
    if (succeeded < scheduled) {
        return (0, read_js_1.verdict)('Degraded', subject, `the run scheduled at ${scheduled} did not succeed (last success ${succeeded}); its Job's pods say why`);
    }
    return (0, read_js_1.verdict)('Healthy', subject, `last run ${scheduled} succeeded`);
};
exports.cronJobHealth = cronJobHealth;
/** A budget that cannot be computed is Degraded; one that merely allows no disruption now (InsufficientPods, e.g.
 *  while pods roll) is not. */
const pdbHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    if (conds.length === 0)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the disruption controller');
    const failing = conds.find((c) => c.status === 'False' && c.reason !== 'InsufficientPods');
    if (failing)
        return (0, read_js_1.verdict)('Degraded', subject, `${failing.type} is False: ${(0, read_js_1.describeCondition)(failing)}`);
    const last = conds[conds.length - 1];
    return (0, read_js_1.verdict)('Healthy', subject, last ? (0, read_js_1.describeCondition)(last) : 'budget computed');
};
exports.pdbHealth = pdbHealth;
const crdHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions);
    if (conds.length === 0)
        return (0, read_js_1.verdict)('Progressing', subject, 'waiting for the API server to accept it');
    let established = false;
    for (const c of conds) {
        if (c.type === 'Terminating' && c.status === 'True') {
            return (0, read_js_1.verdict)('Progressing', subject, `terminating: ${(0, read_js_1.describeCondition)(c)}`);
        }
        if (c.type === 'NamesAccepted' && c.status === 'False') {
            return (0, read_js_1.verdict)('Degraded', subject, `names not accepted: ${(0, read_js_1.describeCondition)(c)}`);
        }
        if (c.type === 'NonStructuralSchema' && c.status === 'True') {
            return (0, read_js_1.verdict)('Degraded', subject, `schema violations: ${(0, read_js_1.describeCondition)(c)}`);
        }
        if (c.type === 'Established') {
            if (c.status === 'True')
                established = true;
            else if (c.reason === 'Installing')
                return (0, read_js_1.verdict)('Progressing', subject, 'being installed');
        }
    }
    if (!established)
        return (0, read_js_1.verdict)('Degraded', subject, 'not established');
    return (0, read_js_1.verdict)('Healthy', subject, 'established');
};
exports.crdHealth = crdHealth;
exports.LUA_CORE_RULES = [
    ['batch/CronJob', exports.cronJobHealth],
    ['policy/PodDisruptionBudget', exports.pdbHealth],
    ['apiextensions.k8s.io/CustomResourceDefinition', exports.crdHealth],
];


/***/ }),

/***/ 36101:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Pod and Job: Argo CD's rules (gitops-engine pkg/health), with messages that name the container, its waiting
// reason and its restarts, which is what a person needs to start debugging. One deliberate extension: a waiting
// init container (Init:CrashLoopBackOff) degrades a pod too, where Argo CD only reads app containers and would show
// such a pod Progressing until a timeout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jobHealth = exports.podHealth = void 0;
const exempt_js_1 = __webpack_require__(18544);
const read_js_1 = __webpack_require__(39879);
/** Waiting reasons a kubelet retries forever without help: CrashLoopBackOff, ImagePullBackOff, ErrImagePull,
 *  CreateContainerConfigError, InvalidImageName... (Argo CD's test: prefix Err, suffix Error or BackOff). */
function isStuck(reason) {
    return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
}
function containers(status) {
    const view = (c, init) => ({
        label: `${init ? 'init container' : 'container'} ${(0, read_js_1.str)((0, read_js_1.at)(c, 'name')) ?? '?'}`,
        restarts: (0, read_js_1.num)((0, read_js_1.at)(c, 'restartCount')) ?? 0,
        waitingReason: (0, read_js_1.str)((0, read_js_1.at)(c, 'state', 'waiting', 'reason')) ?? '',
        waitingMessage: (0, read_js_1.str)((0, read_js_1.at)(c, 'state', 'waiting', 'message')) ?? '',
        lastTerminated: (0, read_js_1.at)(c, 'lastState', 'terminated'),
        terminated: (0, read_js_1.at)(c, 'state', 'terminated'),
    });
    return [
        ...(0, read_js_1.list)(status?.initContainerStatuses).map((c) => view(c, true)),
        ...(0, read_js_1.list)(status?.containerStatuses).map((c) => view(c, false)),
    ];
}
function exitText(terminated) {
    const code = (0, read_js_1.num)((0, read_js_1.at)(terminated, 'exitCode'));
    const reason = (0, read_js_1.str)((0, read_js_1.at)(terminated, 'reason'));
    if (code === undefined)
        return reason ?? '';
    return `exit code ${code}${reason ? ` (${reason})` : ''}`;
}
/** `container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error)`. */
function stuckText(c) {
    let text = `${c.label}: ${c.waitingReason}, ${(0, read_js_1.plural)(c.restarts, 'restart')}`;
    const last = c.lastTerminated ? exitText(c.lastTerminated) : '';
    if (last)
        text += `, last ${last}`;
    // The back-off message of a crash loop repeats the pod name; an image pull's names the image, which helps.
    if (c.waitingMessage && c.waitingReason !== 'CrashLoopBackOff')
        text += `: ${c.waitingMessage}`;
    return text;
}
function podVerdict(status, subject, detail) {
    // `pod web-7f9 container app: ...` reads better than `pod web-7f9: container app: ...`.
    return /^(init )?container /.test(detail)
        ? { status, message: `${subject} ${detail}` }
        : (0, read_js_1.verdict)(status, subject, detail);
}
function failedText(c) {
    const t = c.terminated;
    if (!t)
        return '';
    const message = (0, read_js_1.str)((0, read_js_1.at)(t, 'message'));
    if (message)
        return `${c.label}: ${message}`;
    if ((0, read_js_1.str)((0, read_js_1.at)(t, 'reason')) === 'OOMKilled')
        return `${c.label}: OOMKilled (raise its memory limit)`;
    const code = (0, read_js_1.num)((0, read_js_1.at)(t, 'exitCode')) ?? 0;
    return code !== 0 ? `${c.label}: failed with ${exitText(t)}` : '';
}
/** The restart policy the pod is judged by. Argo CD's `argocd.argoproj.io/ignore-restart-policy: "true"` makes a
 *  long-running pod with OnFailure or Never (some operators create them so) judged like one with Always, except a
 *  hook's pod, which is meant to finish. */
function judgedRestartPolicy(obj) {
    const policy = (0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'restartPolicy')) ?? 'Always';
    const annotations = obj.metadata.annotations;
    if (annotations?.['argocd.argoproj.io/ignore-restart-policy'] === 'true' && !(0, exempt_js_1.isHook)(annotations)) {
        return 'Always';
    }
    return policy;
}
const podHealth = (obj, subject) => {
    const status = obj.status;
    const restartPolicy = judgedRestartPolicy(obj);
    const views = containers(status);
    const podMessage = (0, read_js_1.str)(status?.message) ?? '';
    if (restartPolicy === 'Always') {
        const stuck = views.filter((c) => isStuck(c.waitingReason));
        if (stuck.length > 0)
            return podVerdict('Degraded', subject, stuck.map(stuckText).join('; '));
    }
    const phase = (0, read_js_1.str)(status?.phase);
    switch (phase) {
        case 'Pending': {
            const scheduled = (0, read_js_1.condition)(status?.conditions, 'PodScheduled');
            const waiting = views.filter((c) => c.waitingReason).map((c) => `${c.label} ${c.waitingReason}`);
            const why = podMessage ||
                (scheduled?.status === 'False' ? (0, read_js_1.describeCondition)(scheduled) : '') ||
                waiting.join(', ');
            return (0, read_js_1.verdict)('Progressing', subject, why ? `Pending: ${why}` : 'Pending');
        }
        case 'Succeeded':
            return (0, read_js_1.verdict)('Healthy', subject, podMessage || 'completed');
        case 'Failed': {
            const why = podMessage || views.map(failedText).find((t) => t !== '') || '';
            return podVerdict('Degraded', subject, why || 'failed');
        }
        case 'Running': {
            if (restartPolicy !== 'Always') {
                return (0, read_js_1.verdict)('Progressing', subject, `running (restartPolicy ${restartPolicy}: healthy once it succeeds)`);
            }
            const ready = (0, read_js_1.condition)(status?.conditions, 'Ready');
            const restarts = views.reduce((n, c) => n + c.restarts, 0);
            if (ready?.status === 'True') {
                return (0, read_js_1.verdict)('Healthy', subject, `running and ready${restarts ? `, ${(0, read_js_1.plural)(restarts, 'restart')}` : ''}`);
            }
            const crashed = views.find((c) => !c.label.startsWith('init') && c.lastTerminated);
            if (crashed) {
                return podVerdict('Degraded', subject, `${crashed.label}: not ready after ${(0, read_js_1.plural)(crashed.restarts, 'restart')}, last ${exitText(crashed.lastTerminated)}`);
            }
            return (0, read_js_1.verdict)('Progressing', subject, `running, not ready${ready?.message ? `: ${ready.message}` : ''}`);
        }
        default:
            return (0, read_js_1.verdict)('Unknown', subject, `phase ${phase ?? '(none)'}${podMessage ? `: ${podMessage}` : ''}`);
    }
};
exports.podHealth = podHealth;
/** Argo CD counts any Complete/Failed/Suspended condition, whatever its status; a resumed Job keeps a
 *  `Suspended: False` condition, so here only conditions that are True count. */
const jobHealth = (obj, subject) => {
    const conds = (0, read_js_1.conditionsOf)(obj.status?.conditions).filter((c) => c.status === 'True');
    const failed = conds.find((c) => c.type === 'Failed');
    if (failed)
        return (0, read_js_1.verdict)('Degraded', subject, `failed: ${(0, read_js_1.describeCondition)(failed)}`);
    const succeeded = (0, read_js_1.num)(obj.status?.succeeded) ?? 0;
    if (conds.some((c) => c.type === 'Complete')) {
        return (0, read_js_1.verdict)('Healthy', subject, `complete, ${succeeded} succeeded`);
    }
    const suspended = conds.find((c) => c.type === 'Suspended');
    if (suspended || (0, read_js_1.at)(obj, 'spec', 'suspend') === true) {
        return (0, read_js_1.verdict)('Suspended', subject, 'suspended (spec.suspend); set it to false to run');
    }
    const active = (0, read_js_1.num)(obj.status?.active) ?? 0;
    const failures = (0, read_js_1.num)(obj.status?.failed) ?? 0;
    const completions = (0, read_js_1.num)((0, read_js_1.at)(obj, 'spec', 'completions'));
    const done = completions === undefined ? `${succeeded} succeeded` : `${succeeded} of ${completions} succeeded`;
    return (0, read_js_1.verdict)('Progressing', subject, `running: ${active} active, ${done}${failures ? `, ${failures} failed` : ''}`);
};
exports.jobHealth = jobHealth;


/***/ }),

/***/ 40379:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// Deployment, StatefulSet, DaemonSet and ReplicaSet: Argo CD's rules (gitops-engine pkg/health), checked in the same
// order so a verdict matches what Argo CD shows, with messages that say what is still missing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.replicaSetHealth = exports.daemonSetHealth = exports.statefulSetHealth = exports.deploymentHealth = void 0;
const read_js_1 = __webpack_require__(39879);
/** Workload controllers write observedGeneration; a missing one reads as 0 (nothing observed yet), as Argo CD does. */
function unobserved(obj, subject) {
    const generation = obj.metadata.generation ?? 0;
    const observed = (0, read_js_1.num)(obj.status?.observedGeneration) ?? 0;
    if (generation <= observed)
        return undefined;
    return (0, read_js_1.verdict)('Progressing', subject, `waiting for the controller to observe generation ${generation} (observed ${observed})`);
}
const deploymentHealth = (obj, subject) => {
    if ((0, read_js_1.at)(obj, 'spec', 'paused') === true) {
        return (0, read_js_1.verdict)('Suspended', subject, 'paused (spec.paused); `kubectl rollout resume` continues the rollout');
    }
    const stale = unobserved(obj, subject);
    if (stale)
        return stale;
    const progressing = (0, read_js_1.condition)(obj.status?.conditions, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') {
        const why = progressing.message ? `: ${progressing.message.replace(/\.$/, '')}` : '';
        return (0, read_js_1.verdict)('Degraded', subject, `exceeded its progress deadline${why}; its new pods say why`);
    }
    const wanted = (0, read_js_1.num)((0, read_js_1.at)(obj, 'spec', 'replicas'));
    const replicas = (0, read_js_1.num)(obj.status?.replicas) ?? 0;
    const updated = (0, read_js_1.num)(obj.status?.updatedReplicas) ?? 0;
    const available = (0, read_js_1.num)(obj.status?.availableReplicas) ?? 0;
    if (wanted !== undefined && updated < wanted) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${updated} of ${wanted} new replicas updated`);
    }
    if (replicas > updated) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${(0, read_js_1.plural)(replicas - updated, 'old replica')} pending termination`);
    }
    if (available < updated) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${available} of ${updated} updated replicas available`);
    }
    return (0, read_js_1.verdict)('Healthy', subject, `${available} of ${wanted ?? available} replicas available`);
};
exports.deploymentHealth = deploymentHealth;
const statefulSetHealth = (obj, subject) => {
    const generation = obj.metadata.generation ?? 0;
    const observed = (0, read_js_1.num)(obj.status?.observedGeneration) ?? 0;
    // Argo CD also waits while observedGeneration is unset: a StatefulSet the controller has not picked up at all.
    if (observed === 0 || generation > observed) {
        return (0, read_js_1.verdict)('Progressing', subject, `waiting for the controller to observe generation ${generation}`);
    }
    const wanted = (0, read_js_1.num)((0, read_js_1.at)(obj, 'spec', 'replicas'));
    const ready = (0, read_js_1.num)(obj.status?.readyReplicas) ?? 0;
    const updated = (0, read_js_1.num)(obj.status?.updatedReplicas) ?? 0;
    if (wanted !== undefined && ready < wanted) {
        return (0, read_js_1.verdict)('Progressing', subject, `waiting for ${(0, read_js_1.plural)(wanted - ready, 'pod')} to be ready (${ready} of ${wanted})`);
    }
    const strategy = (0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'updateStrategy', 'type')) ?? 'RollingUpdate';
    const rollingUpdate = (0, read_js_1.at)(obj, 'spec', 'updateStrategy', 'rollingUpdate');
    if (strategy === 'RollingUpdate' && rollingUpdate !== undefined && rollingUpdate !== null) {
        const partition = (0, read_js_1.num)((0, read_js_1.at)(rollingUpdate, 'partition'));
        if (wanted !== undefined && partition !== undefined && updated < wanted - partition) {
            return (0, read_js_1.verdict)('Progressing', subject, `partitioned rollout in progress: ${updated} of ${wanted - partition} new pods updated (partition ${partition})`);
        }
        const held = partition ? `, ${(0, read_js_1.plural)(partition, 'pod')} held back by partition ${partition}` : '';
        return (0, read_js_1.verdict)('Healthy', subject, `rollout complete: ${(0, read_js_1.plural)(updated, 'pod')} updated${held}`);
    }
    if (strategy === 'OnDelete') {
        return (0, read_js_1.verdict)('Healthy', subject, `${(0, read_js_1.plural)(ready, 'pod')} ready (OnDelete: pods take the new spec when deleted)`);
    }
    const current = (0, read_js_1.str)(obj.status?.currentRevision);
    const update = (0, read_js_1.str)(obj.status?.updateRevision);
    if (update !== current) {
        return (0, read_js_1.verdict)('Progressing', subject, `rolling update in progress: ${(0, read_js_1.plural)(updated, 'pod')} at revision ${update ?? '(none)'}`);
    }
    const currentReplicas = (0, read_js_1.num)(obj.status?.currentReplicas) ?? 0;
    return (0, read_js_1.verdict)('Healthy', subject, `rolling update complete: ${(0, read_js_1.plural)(currentReplicas, 'pod')} at revision ${current}`);
};
exports.statefulSetHealth = statefulSetHealth;
const daemonSetHealth = (obj, subject) => {
    const stale = unobserved(obj, subject);
    if (stale)
        return stale;
    const desired = (0, read_js_1.num)(obj.status?.desiredNumberScheduled) ?? 0;
    const updated = (0, read_js_1.num)(obj.status?.updatedNumberScheduled) ?? 0;
    const available = (0, read_js_1.num)(obj.status?.numberAvailable) ?? 0;
    if ((0, read_js_1.str)((0, read_js_1.at)(obj, 'spec', 'updateStrategy', 'type')) === 'OnDelete') {
        return (0, read_js_1.verdict)('Healthy', subject, `${updated} of ${desired} pods updated (OnDelete: pods take the new spec when deleted)`);
    }
    if (updated < desired) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${updated} of ${desired} new pods updated`);
    }
    if (available < desired) {
        return (0, read_js_1.verdict)('Progressing', subject, `rollout in progress: ${available} of ${desired} updated pods available`);
    }
    return (0, read_js_1.verdict)('Healthy', subject, `${available} of ${desired} pods available`);
};
exports.daemonSetHealth = daemonSetHealth;
const replicaSetHealth = (obj, subject) => {
    const stale = unobserved(obj, subject);
    if (stale)
        return stale;
    const failure = (0, read_js_1.condition)(obj.status?.conditions, 'ReplicaFailure');
    if (failure?.status === 'True') {
        return (0, read_js_1.verdict)('Degraded', subject, `cannot create pods: ${failure.message || failure.reason}`);
    }
    const wanted = (0, read_js_1.num)((0, read_js_1.at)(obj, 'spec', 'replicas'));
    const available = (0, read_js_1.num)(obj.status?.availableReplicas) ?? 0;
    if (wanted !== undefined && available < wanted) {
        return (0, read_js_1.verdict)('Progressing', subject, `${available} of ${wanted} replicas available`);
    }
    return (0, read_js_1.verdict)('Healthy', subject, `${available} of ${wanted ?? available} replicas available`);
};
exports.replicaSetHealth = replicaSetHealth;


/***/ }),

/***/ 68856:
/***/ ((__unused_webpack_module, exports) => {


// How bad each status is, for aggregation.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.worstStatus = worstStatus;
/** Worst first: an aggregate takes the status earliest in this list. Argo CD ranks Unknown worst; here Degraded is,
 *  because a verification that fails should name the definite failure, not the object nobody can judge. */
const SEVERITY = [
    'Degraded',
    'Missing',
    'Unknown',
    'Progressing',
    'Suspended',
    'Healthy',
];
/** The worst of several statuses (Healthy for none). */
function worstStatus(statuses) {
    let worst = 'Healthy';
    for (const s of statuses)
        if (SEVERITY.indexOf(s) < SEVERITY.indexOf(worst))
            worst = s;
    return worst;
}


/***/ }),

/***/ 61803:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// One verdict for several objects: the worst status, and a message that leads with the object to look at first
// (among the worst, a pod's own reason before its controller's symptom: lead.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summarizeHealth = summarizeHealth;
const lead_js_1 = __webpack_require__(76861);
const severity_js_1 = __webpack_require__(68856);
function summarizeHealth(verdicts) {
    const [only] = verdicts;
    if (verdicts.length === 1 && only)
        return only;
    const status = (0, severity_js_1.worstStatus)(verdicts.map((v) => v.status));
    const n = verdicts.length;
    const unhealthy = verdicts.filter((v) => v.status !== 'Healthy');
    if (unhealthy.length === 0)
        return { status, message: n === 0 ? 'no objects' : `all ${n} objects Healthy` };
    const worst = (0, lead_js_1.causeFirst)(unhealthy.filter((v) => v.status === status));
    const more = worst.length > 1 ? ` (and ${worst.length - 1} more ${status})` : '';
    return {
        status,
        message: `${unhealthy.length} of ${n} objects not Healthy; ${worst[0]?.message ?? ''}${more}`,
    };
}


/***/ })

};
