export const id = 6042;
export const ids = [6042,8900];
export const modules = {

/***/ 6558:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideBreakGlass = decideBreakGlass;
exports.freezesNotBroken = freezesNotBroken;
exports.heldDespiteBreakGlass = heldDespiteBreakGlass;
exports.nextBreakGlass = nextBreakGlass;
function decideBreakGlass(status, pr) {
    const inForce = status.active.map((a) => ({ occurrence: occurrenceOf(a), label: a.breakGlass.label }));
    const at = status.at;
    if (!status.frozen)
        return { passes: true, used: false, brokenBy: [], missing: [], description: 'not frozen', inForce, at };
    const labels = new Set(pr.labels.map((l) => l.toLowerCase()));
    const approvers = new Set(pr.approvers.map((a) => a.toLowerCase()));
    const missing = [];
    const brokenBy = [];
    for (const freeze of status.active) {
        const glass = freeze.breakGlass;
        if (!glass.allowed) {
            missing.push({ kind: 'not-allowed', freeze: freeze.name });
            continue;
        }
        // GitHub compares label names case-insensitively.
        if (!labels.has(glass.label.toLowerCase()))
            missing.push({ kind: 'label', freeze: freeze.name, label: glass.label });
        let approver;
        if (glass.teams.length === 0) {
            approver = pr.approvers[0];
        }
        else {
            for (const team of glass.teams) {
                const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
                if (members?.status !== 'known') {
                    missing.push({
                        kind: 'team-members-unknown',
                        freeze: freeze.name,
                        team,
                        forbidden: members?.status === 'forbidden',
                    });
                    continue;
                }
                approver ??= members.members.find((m) => approvers.has(m.toLowerCase()));
            }
        }
        if (approver === undefined)
            missing.push({ kind: 'approval', freeze: freeze.name, teams: [...glass.teams] });
        else
            brokenBy.push({ freeze: freeze.name, approver });
    }
    // A team we cannot read does not matter once another of the freeze's teams approved.
    const settled = new Set(brokenBy.map((b) => b.freeze));
    const open = missing.filter((m) => m.kind !== 'team-members-unknown' || !settled.has(m.freeze));
    const passes = open.length === 0;
    return {
        passes,
        used: passes,
        brokenBy: passes ? brokenBy : [],
        missing: open,
        description: describe(status, open),
        inForce,
        at,
    };
}
function occurrenceOf(active) {
    return {
        freeze: active.name,
        from: active.since,
        ...(active.until !== null ? { until: active.until } : {}),
    };
}
/** Whether a recorded occurrence of `freeze` is the one in force at `at`. */
function covers(o, freeze, at) {
    return (o.freeze === freeze && Date.parse(o.from) <= at && (o.until === undefined || at < Date.parse(o.until)));
}
/**
 * The freezes in force that a release's break-glass did not break: deploy holds for these. Only a recorded
 * occurrence that still contains the instant counts; a record that keeps only freeze names (written before
 * occurrences were kept) breaks none, since a name cannot say which occurrence it was granted for: a freeze is
 * never skipped on a guess, and the gate, run again during the freeze, records the occurrence.
 */
function freezesNotBroken(status, breakGlass) {
    const at = Date.parse(status.at);
    const recorded = breakGlass?.occurrences ?? [];
    return status.active.map((a) => a.name).filter((name) => !recorded.some((o) => covers(o, name, at)));
}
/** Why deploy holds despite a break-glass: `(its break-glass broke weekend from ... to ..., not ...)`, or ''. */
function heldDespiteBreakGlass(breakGlass, holding) {
    if (breakGlass === undefined)
        return '';
    const broke = (breakGlass.occurrences ?? []).map((o) => `${o.freeze} ${o.from} to ${o.until ?? 'its end'}`);
    if (broke.length === 0) {
        return ` (its break-glass was recorded without the freeze occurrence it broke, so it breaks none: run the gate again during the freeze)`;
    }
    return ` (its break-glass broke ${broke.join(', ')}, not the ${holding.join(', ')} in force now)`;
}
/**
 * The release's break-glass after a gate run: occurrences recorded before that are still in force and whose label
 * the PR still carries are kept; a freeze broken now and not kept is added, and its breaker speaks (`explain`
 * gives when and why). Undefined when nothing is left: the gate ran outside any freeze, or the label went. The
 * same object when nothing changed, so a re-run writes nothing.
 */
function nextBreakGlass(previous, glass, labels, explain) {
    const at = Date.parse(glass.at);
    const carried = new Set(labels.map((l) => l.toLowerCase()));
    const kept = (previous?.occurrences ?? []).filter((o) => glass.inForce.some((f) => carried.has(f.label.toLowerCase()) && covers(o, f.occurrence.freeze, at)));
    const keptNames = new Set(kept.map((o) => o.freeze));
    const fresh = glass.used ? glass.brokenBy.filter((b) => !keptNames.has(b.freeze)) : [];
    const breaker = fresh[0];
    if (breaker !== undefined) {
        const added = fresh.flatMap((b) => glass.inForce.filter((f) => f.occurrence.freeze === b.freeze));
        const occurrences = [...kept, ...added.map((f) => f.occurrence)];
        return {
            actor: breaker.approver,
            ...explain(breaker.approver),
            freezes: occurrences.map((o) => o.freeze),
            occurrences,
        };
    }
    if (previous === undefined || kept.length === 0)
        return undefined;
    if (kept.length === previous.occurrences?.length)
        return previous;
    return { ...previous, freezes: kept.map((o) => o.freeze), occurrences: kept };
}
function describe(status, missing) {
    const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
    const names = status.active.map((a) => a.name).join(', ');
    if (missing.length === 0)
        return clip(`frozen ${until} (${names}); passed by break-glass`);
    const closed = missing.flatMap((m) => (m.kind === 'not-allowed' ? [m.freeze] : []));
    if (closed.length > 0) {
        return clip(`frozen ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`);
    }
    const needs = [];
    for (const m of missing) {
        if (m.kind === 'label')
            needs.push(`label ${m.label}`);
        // An unreadable team explains the missing approval better than asking for one.
        const unreadable = missing.some((u) => u.kind === 'team-members-unknown' && u.freeze === m.freeze);
        if (m.kind === 'approval' && !unreadable) {
            needs.push(m.teams.length === 0 ? 'an approval' : `an approval from team ${m.teams.join(' or ')}`);
        }
        if (m.kind === 'team-members-unknown') {
            needs.push(`team ${m.team} ${m.forbidden ? 'unreadable (token lacks org Members read)' : 'members unknown'}: fails closed`);
        }
    }
    const tail = `break-glass needs ${[...new Set(needs)].join(' and ')}`;
    return clip(`frozen ${until} (${names}); ${tail}`);
}
function clip(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}


/***/ }),

/***/ 79536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closedPullRequestNote = closedPullRequestNote;
exports.decideClosedPullRequest = decideClosedPullRequest;
exports.releaseOfPullRequest = releaseOfPullRequest;
// What a release pull request closed on GitHub means for its release record (docs/architecture.md#release-lifecycle):
// closed without merging, a release still before Deploying is Cancelled; merged, it is deploy's to move. The facts
// are GitHub's answer for the pull request, read when the step runs, never the event payload that started it: a
// payload can be stale (closed, then reopened) or forged, and a cancel cannot be undone (Cancelled is final).
const lifecycle_js_1 = __webpack_require__(46788);
function closedPullRequestNote(number) {
    return `pull request #${number} closed without merging`;
}
/** `release` is the pull request's record (the newest naming it, a live one first), if any. */
function decideClosedPullRequest(pr, release) {
    const n = pr.number;
    if (pr.state === 'open') {
        return { kind: 'open', message: `pull request #${n} is open on GitHub: nothing to cancel` };
    }
    if (pr.merged || pr.mergedAt !== null) {
        const which = release ? `release ${release.id} (${lifecycle_js_1.STATE_LABELS[release.state]})` : 'its release';
        return {
            kind: 'merged',
            message: `pull request #${n} was merged: deploy moves ${which} from the merge; the gate writes nothing`,
        };
    }
    if (release === undefined) {
        return {
            kind: 'no-release',
            message: `pull request #${n} closed without merging; it is no release: nothing to record`,
        };
    }
    if (release.state === 'Cancelled') {
        return {
            kind: 'keep',
            message: `pull request #${n} closed without merging; release ${release.id} is already Cancelled`,
        };
    }
    if (!(0, lifecycle_js_1.canTransition)(release.state, 'Cancelled')) {
        return {
            kind: 'keep',
            message: `pull request #${n} closed without merging, but release ${release.id} is already ${lifecycle_js_1.STATE_LABELS[release.state]}: only a release before Deploying is cancelled, so it stays as it is`,
        };
    }
    const note = closedPullRequestNote(n);
    return {
        kind: 'cancel',
        note,
        message: `${note}: release ${release.id} ${lifecycle_js_1.STATE_LABELS[release.state]} -> Cancelled`,
    };
}
/**
 * The release of pull request `number` among `releases`: the newest one naming it that is not Cancelled, else the
 * newest Cancelled one. A PR closed unmerged and reopened names two: its Cancelled release and the new one.
 */
function releaseOfPullRequest(releases, number) {
    const mine = releases.filter((r) => r.pullRequest?.number === number);
    mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return mine.filter((r) => r.state !== 'Cancelled').at(-1) ?? mine.at(-1);
}


/***/ }),

/***/ 96301:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezeStatus = freezeStatus;
exports.describeFreeze = describeFreeze;
// Is an environment frozen at an instant, by which freeze, and until when? Windows are read in their own time
// zone (freeze-schedule.ts), so a weekend freeze from 'fri 18:00' to 'mon 07:00' Europe/Berlin ends at 07:00 local
// whatever the daylight-saving state. Freezes that overlap or touch form one frozen span: `until` is the end of
// that span, the moment a release can actually go out.
const errors_js_1 = __webpack_require__(10241);
const freeze_schedule_js_1 = __webpack_require__(35907);
const zoned_time_js_1 = __webpack_require__(67190);
const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** How far ahead a frozen span is followed before it counts as "until further notice". */
const HORIZON = 400 * DAY;
/** Whether `environment` is frozen at `at`. Throws a UserError for a freeze that does not parse. */
function freezeStatus(freezes, environment, at) {
    const t = at.getTime();
    const applicable = freezes
        .map((freeze, index) => ({ freeze, schedule: scheduleOf(freeze, index) }))
        .filter(({ freeze }) => freeze.environments.length === 0 || freeze.environments.includes(environment));
    // Look a few weeks ahead first; look further only while the merged frozen span reaches the edge of what was seen.
    let horizon = 3 * WEEK;
    let spans = intervalsOf(applicable, t, horizon);
    while (horizon < HORIZON) {
        const end = thawAt(spans.flatMap((s) => s.intervals), t);
        if (end !== null && end + WEEK < t + horizon)
            break;
        horizon = Math.min(horizon * 4, HORIZON + WEEK);
        spans = intervalsOf(applicable, t, horizon);
    }
    const active = spans.filter((s) => s.intervals.some((i) => i.start <= t && t < i.end));
    const status = {
        environment,
        at: at.toISOString(),
        frozen: active.length > 0,
        freeze: null,
        until: null,
        untilLocal: null,
        reason: null,
        breakGlass: null,
        active: [],
    };
    const first = active[0];
    if (first === undefined)
        return status;
    const thaw = thawAt(spans.flatMap((s) => s.intervals), t);
    status.active = active.map((s) => ({
        name: s.freeze.name,
        timezone: s.freeze.timezone,
        reason: s.freeze.reason ?? null,
        since: new Date(frozeAt(s.intervals, t)).toISOString(),
        until: iso(thawAt(s.intervals, t)),
        breakGlass: breakGlassOf(s.freeze),
    }));
    status.freeze = first.freeze.name;
    status.until = iso(thaw);
    status.untilLocal = thaw === null ? null : (0, zoned_time_js_1.formatWall)(thaw, first.freeze.timezone, t);
    status.reason = first.freeze.reason ?? null;
    status.breakGlass = breakGlassOf(first.freeze);
    return status;
}
/** The gate's one-line status: `frozen until Mon 07:00 Europe/Berlin (weekend)`, at most 140 characters. */
function describeFreeze(status) {
    if (!status.frozen)
        return `not frozen`;
    const names = status.active.map((a) => a.name).join(', ');
    const until = status.untilLocal === null ? 'until further notice' : `until ${status.untilLocal}`;
    const text = `frozen ${until} (${names})`;
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
function intervalsOf(applicable, t, horizon) {
    return applicable.map((a) => ({ ...a, intervals: occurrences(a.schedule, a.freeze.timezone, t, horizon) }));
}
function breakGlassOf(freeze) {
    const { allowed, label, teams } = freeze.breakGlass;
    return { allowed, label, teams: [...teams] };
}
function iso(instant) {
    return instant === null ? null : new Date(instant).toISOString();
}
function scheduleOf(freeze, index) {
    const { schedule, problems } = (0, freeze_schedule_js_1.parseFreeze)(freeze, `freezes[${index}]`);
    if (schedule === undefined) {
        throw new errors_js_1.UserError(`gitopshq.yaml: freeze '${freeze.name}' cannot be evaluated: ${problems.map((p) => p.message).join('; ')}`);
    }
    return schedule;
}
/**
 * The end of the frozen span that contains `t` when the intervals that overlap or touch are merged; null when the
 * span runs past the horizon (a freeze that never lets go).
 */
function thawAt(intervals, t) {
    let end = t;
    let grew = true;
    while (grew) {
        grew = false;
        for (const i of intervals) {
            if (i.start <= end && i.end > end) {
                end = i.end;
                grew = true;
            }
        }
    }
    return end >= t + HORIZON ? null : end;
}
/** The start of the frozen span that contains `t` when the intervals that overlap or touch are merged. */
function frozeAt(intervals, t) {
    let start = t;
    let grew = true;
    while (grew) {
        grew = false;
        for (const i of intervals) {
            if (i.start < start && i.end >= start) {
                start = i.start;
                grew = true;
            }
        }
    }
    return start;
}
/** The occurrences of a schedule that start before `t + horizon`, from a week before `t` on. */
function occurrences(schedule, timeZone, t, horizon) {
    if (schedule.kind === 'once')
        return [{ start: schedule.start, end: schedule.end }];
    const wall = (0, zoned_time_js_1.wallTimeAt)(t, timeZone);
    const midnight = (0, zoned_time_js_1.wallToNumber)({ ...wall, hour: 0, minute: 0 });
    const monday = midnight - (0, zoned_time_js_1.weekdayOf)(wall) * DAY;
    const out = [];
    for (let week = -1; week * WEEK < horizon + WEEK; week++) {
        for (const span of schedule.spans) {
            const startWall = monday + week * WEEK + span.start * MINUTE;
            const start = (0, zoned_time_js_1.instantOf)((0, zoned_time_js_1.numberToWall)(startWall), timeZone);
            const end = (0, zoned_time_js_1.instantOf)((0, zoned_time_js_1.numberToWall)(startWall + span.length * MINUTE), timeZone);
            if (start < t + horizon && end > start)
                out.push({ start, end });
        }
    }
    return out;
}


/***/ }),

/***/ 12991:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLUSTER_PREFIX = exports.CLUSTER_SCOPED = exports.KUBE_PARSE_OPTIONS = exports.YAML_OPTIONS = void 0;
exports.isObject = isObject;
exports.parseChunks = parseChunks;
exports.duplicateKeyWarnings = duplicateKeyWarnings;
exports.resourceId = resourceId;
exports.resourceLabel = resourceLabel;
exports.resourceKey = resourceKey;
exports.sortManifests = sortManifests;
exports.stringifyObject = stringifyObject;
exports.stringifyManifests = stringifyManifests;
exports.sha256Hex = sha256Hex;
// Engine output -> one parsed document per resource, in a stable order and a stable text, hashed. YAML is read
// and written as YAML 1.1 because that is what Kubernetes' own decoder speaks: `enabled: yes` is a boolean
// there, and a string "yes" must be written quoted.
const node_crypto_1 = __webpack_require__(77598);
const yaml_1 = __webpack_require__(38815);
exports.YAML_OPTIONS = { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false };
/**
 * How rendered output is read: as Kubernetes' decoder (sigs.k8s.io/yaml on go-yaml v2) reads it, which is YAML 1.1
 * without two of its types. `1:30` stays the string "1:30" (go-yaml has no base-60 numbers; YAML 1.1 says 90), and a
 * timestamp such as `2024-05-01T10:00:00+02:00` stays the string as written (go-yaml keeps timestamp-like scalars
 * as strings when the target is untyped; the `yaml` library would make a Date and write it back in UTC). Written
 * back with YAML_OPTIONS, such strings are quoted, so every reader takes them as strings (src/domain/yaml11.ts
 * lists what Helm makes of each plain scalar).
 */
exports.KUBE_PARSE_OPTIONS = {
    version: '1.1',
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || !(('format' in t && t.format === 'TIME') || t.tag.endsWith(':timestamp'))),
};
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Parses every chunk; YAML errors and non-mapping documents become findings, empty documents are dropped. */
function parseChunks(chunks) {
    const manifests = [];
    const findings = [];
    for (const chunk of chunks) {
        const offset = (chunk.line ?? 1) - 1;
        const docs = (0, yaml_1.parseAllDocuments)(chunk.text, exports.KUBE_PARSE_OPTIONS);
        let lenient;
        for (let i = 0; i < docs.length; i++) {
            let doc = docs[i];
            // A key given twice: Kubernetes' decoder (and Helm, Argo CD, kubectl) keeps the last one and says nothing.
            // The render does the same, with a warning, rather than refuse a chart every GitOps tool applies.
            const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
            if (duplicates.length > 0 && duplicates.length === doc.errors.length) {
                lenient ??= (0, yaml_1.parseAllDocuments)(chunk.text, {
                    ...exports.KUBE_PARSE_OPTIONS,
                    uniqueKeys: false,
                });
                const again = lenient[i];
                if (again && again.errors.length === 0) {
                    for (const e of duplicates)
                        findings.push(yamlFinding(chunk, offset, e, 'warning', duplicateText(chunk.text, e)));
                    doc = again;
                }
            }
            if (doc.errors.length > 0) {
                for (const e of doc.errors) {
                    const pos = e.linePos?.[0];
                    findings.push({
                        severity: 'error',
                        rule: 'yaml',
                        ...(chunk.file ? { file: chunk.file, line: (pos?.line ?? 1) + offset, col: pos?.col ?? 1 } : {}),
                        message: `the output rendered from ${chunk.source} is not valid YAML (rendered line ${(pos?.line ?? 1) + offset}): ${e.message.split('\n')[0]}`,
                    });
                }
                continue;
            }
            const value = doc.toJS({ maxAliasCount: 100 });
            if (value === null || value === undefined)
                continue;
            if (!isObject(value)) {
                const line = doc.contents ? lineOf(chunk.text, doc.contents.range?.[0] ?? 0) + offset : offset + 1;
                findings.push({
                    severity: 'error',
                    rule: 'structure',
                    ...(chunk.file ? { file: chunk.file, line, col: 1 } : {}),
                    message: `${chunk.source}: a rendered document must be a mapping (a Kubernetes object), not ${Array.isArray(value) ? 'a list' : typeof value}`,
                });
                continue;
            }
            // `kind: List` is how some tools bundle objects; Kubernetes applies its items one by one.
            if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
                for (const item of value.items)
                    if (isObject(item))
                        manifests.push(manifest(item, chunk));
                continue;
            }
            manifests.push(manifest(value, chunk));
        }
    }
    return { manifests, findings };
}
/** The warnings parseChunks would give for keys given twice, for chunks rewritten before it reads them (Helm hooks). */
function duplicateKeyWarnings(chunks) {
    return chunks.flatMap((chunk) => (0, yaml_1.parseAllDocuments)(chunk.text, exports.KUBE_PARSE_OPTIONS).flatMap((doc) => doc.errors.length > 0 && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')
        ? doc.errors.map((e) => yamlFinding(chunk, (chunk.line ?? 1) - 1, e, 'warning', duplicateText(chunk.text, e)))
        : []));
}
/** `a key is given twice (labels)`: the key named from the text at the error's position. */
function duplicateText(text, e) {
    const pos = e.linePos?.[0];
    const line = pos ? (text.split('\n')[pos.line - 1] ?? '') : '';
    const key = /^\s*([^:#]+):/.exec(line.slice(Math.max(0, (pos?.col ?? 1) - 1)))?.[1]?.trim();
    return `the key ${key ? `\`${key}\` ` : ''}is given twice; Kubernetes' YAML decoder (kubectl, Helm, Argo CD) keeps the last value, and so does the render: remove the other`;
}
function yamlFinding(chunk, offset, e, severity, text) {
    const line = (e.linePos?.[0]?.line ?? 1) + offset;
    return {
        severity,
        rule: 'yaml',
        ...(chunk.file ? { file: chunk.file, line, col: e.linePos?.[0]?.col ?? 1 } : {}),
        message: `the output rendered from ${chunk.source} (rendered line ${line}): ${text}`,
    };
}
function manifest(object, chunk) {
    return chunk.file ? { object, source: chunk.source, file: chunk.file } : { object, source: chunk.source };
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
// Dependencies first (what a resource refers to exists before it), like `helm install`; unknown kinds after,
// alphabetically.
const KIND_ORDER = [
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ResourceQuota',
    'LimitRange',
    'ServiceAccount',
    'ClusterRole',
    'ClusterRoleBinding',
    'Role',
    'RoleBinding',
    'ConfigMap',
    'Secret',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Pod',
    'Job',
    'CronJob',
    'HorizontalPodAutoscaler',
    'Service',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const KIND_RANK = new Map(KIND_ORDER.map((k, i) => [k, i]));
/** Kinds that live outside any namespace (the common built-in ones). */
exports.CLUSTER_SCOPED = new Set([
    'Namespace',
    'CustomResourceDefinition',
    'PriorityClass',
    'StorageClass',
    'ClusterRole',
    'ClusterRoleBinding',
    'PersistentVolume',
    'IngressClass',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
    'RuntimeClass',
    'CSIDriver',
    'CSINode',
    'Node',
    'VolumeAttachment',
    'VolumeAttributesClass',
    'CertificateSigningRequest',
    'FlowSchema',
    'PriorityLevelConfiguration',
    'DeviceClass',
    'ResourceSlice',
    'IPAddress',
    'ServiceCIDR',
]);
/** Custom kinds named like the built-in cluster-scoped ones (ClusterIssuer, ClusterSecretStore, ClusterPolicy). */
exports.CLUSTER_PREFIX = /^Cluster[A-Z]/;
function str(v) {
    return typeof v === 'string' ? v : '';
}
function resourceId(o, defaultNamespace) {
    const apiVersion = str(o.apiVersion);
    const kind = str(o.kind);
    const meta = isObject(o.metadata) ? o.metadata : {};
    const slash = apiVersion.indexOf('/');
    return {
        apiVersion,
        group: slash >= 0 ? apiVersion.slice(0, slash) : '',
        kind,
        // A custom `Cluster*` kind without a namespace is cluster-scoped (see namespaces.ts): no default for it.
        namespace: exports.CLUSTER_SCOPED.has(kind) || (!str(meta.namespace) && exports.CLUSTER_PREFIX.test(kind))
            ? ''
            : str(meta.namespace) || defaultNamespace,
        name: str(meta.name),
    };
}
/** `Deployment/shop/web`, or `ClusterRole/web` for a cluster-scoped resource. */
function resourceLabel(id) {
    return id.namespace ? `${id.kind}/${id.namespace}/${id.name}` : `${id.kind}/${id.name}`;
}
/** Identity across versions of an API group: two documents with equal keys are the same object to the cluster. */
function resourceKey(id) {
    return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}
function sortManifests(manifests, defaultNamespace) {
    const keyed = manifests.map((m) => ({ m, id: resourceId(m.object, defaultNamespace) }));
    keyed.sort((a, b) => {
        const ra = KIND_RANK.get(a.id.kind) ?? KIND_ORDER.length;
        const rb = KIND_RANK.get(b.id.kind) ?? KIND_ORDER.length;
        return (ra - rb ||
            cmp(a.id.kind, b.id.kind) ||
            cmp(a.id.namespace, b.id.namespace) ||
            cmp(a.id.name, b.id.name) ||
            cmp(a.id.apiVersion, b.id.apiVersion));
    });
    return keyed.map((k) => k.m);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function stringifyObject(o) {
    return (0, yaml_1.stringify)(o, exports.YAML_OPTIONS);
}
/** Multi-document YAML: every document starts with `---`, keys in the author's order. */
function stringifyManifests(manifests) {
    return manifests.map((m) => `---\n${stringifyObject(m.object)}`).join('');
}
function sha256Hex(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 31064:
/***/ ((__unused_webpack_module, exports) => {


// The ports every use case may be handed (docs/architecture.md). A use case names the few it needs with
// Pick<Ports, ...>; an action, the CLI and a test each hand in their own (the Octokit adapter or a fake, a real
// checkout or an in-memory one), so behaviour varies by the object injected, never by a flag.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.silentLogger = exports.systemClock = void 0;
exports.systemClock = { now: () => new Date() };
exports.silentLogger = {
    info: () => { },
    debug: () => { },
    warning: () => { },
    group: (_title, fn) => fn(),
};


/***/ })

};
