export const id = 3776;
export const ids = [3776];
export const modules = {

/***/ 26844:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.missingItemPhrases = missingItemPhrases;
exports.approvalMissingPhrases = approvalMissingPhrases;
function missingItemPhrases(item) {
    switch (item.kind) {
        case 'changes-requested':
            return [`changes requested by ${item.reviewers.join(', ')} to be resolved`];
        case 'approvals':
            return [`${item.needed} more approval${item.needed === 1 ? '' : 's'} (of ${item.required})`];
        case 'team':
            return [`an approval from team ${item.team}`];
        case 'team-members-unknown':
            return [
                `an approval from team ${item.team} (its members could not be read${item.forbidden ? ': the token may not read team membership' : ''})`,
            ];
        case 'codeowners':
            return [`a code owner approval (${item.owners.join(' or ')})`];
        case 'codeowners-file':
            return ['a code owner approval'];
    }
}
function breakGlassPhrase(item) {
    switch (item.kind) {
        case 'not-allowed':
            return 'no break-glass';
        case 'label':
            return `the ${item.label} label`;
        case 'approval':
            return `an approval from team ${item.teams.join(' or ')}`;
        case 'team-members-unknown':
            return `an approval from team ${item.team} (its members could not be read)`;
    }
}
/** Everything the gate found missing: the policy's items, then a freeze in force that break-glass has not passed. */
function approvalMissingPhrases(items, freeze) {
    const out = items.flatMap(missingItemPhrases);
    if (freeze?.status.frozen && !freeze.passes) {
        const until = freeze.status.untilLocal ?? freeze.status.until;
        const end = `the freeze ${freeze.status.freeze ?? ''} to end${until ? ` (${until})` : ''}`;
        if (freeze.missing.some((m) => m.kind === 'not-allowed'))
            out.push(`${end}; it allows no break-glass`);
        else {
            const glass = freeze.missing.map(breakGlassPhrase).join(' and ');
            out.push(glass ? `${end}, or break-glass: ${glass}` : end);
        }
    }
    return out;
}


/***/ }),

/***/ 27600:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBot = exports.MAX_DESCRIPTION = void 0;
exports.teamKey = teamKey;
exports.decideApproval = decideApproval;
exports.clipDescription = clipDescription;
// Whether a pull request's reviews satisfy an environment's approval policy, and if not, exactly what is missing.
// GitHub Environments accept any one reviewer; this gate counts distinct humans with write permission, ignores
// approvals from the author (unless allowed) and from anyone who pushed to the PR, honours each reviewer's latest
// opinion on the current head, and fails closed whenever a fact it needs is unknown.
const codeowners_js_1 = __webpack_require__(43699);
const reviews_js_1 = __webpack_require__(89377);
/** The key of a CODEOWNERS team (`@org/slug`) in PullRequestFacts.teams: org and slug, lowercase. */
function teamKey(org, slug) {
    return `${org}/${slug}`.toLowerCase();
}
const WRITE = new Set(['admin', 'maintain', 'write']);
exports.MAX_DESCRIPTION = 140;
const isBot = (login) => login.toLowerCase().endsWith('[bot]');
exports.isBot = isBot;
function decideApproval(policy, pr) {
    const key = (login) => login.toLowerCase();
    const permissions = new Map(Object.entries(pr.permissions).map(([k, v]) => [key(k), v]));
    const pushers = new Set(pr.pushers.map(key));
    const author = key(pr.author);
    const counted = [];
    const ignored = [];
    const blockers = [];
    for (const opinion of (0, reviews_js_1.latestOpinions)(pr.reviews)) {
        const who = key(opinion.reviewer);
        const permission = permissions.get(who);
        if ((0, exports.isBot)(who)) {
            if (opinion.state === 'APPROVED')
                ignored.push({ reviewer: opinion.reviewer, why: 'bot' });
            continue;
        }
        if (opinion.state === 'CHANGES_REQUESTED') {
            // As on GitHub, only a reviewer who could merge blocks; an unknown permission blocks too (fail closed).
            if (permission === undefined || WRITE.has(permission))
                blockers.push(opinion.reviewer);
            continue;
        }
        const why = who === author && !policy.allowSelfApproval
            ? 'author'
            : who !== author && pushers.has(who)
                ? 'pusher'
                : permission === undefined
                    ? 'permission-unknown'
                    : !WRITE.has(permission)
                        ? 'no-write-permission'
                        : policy.dismissStaleApprovals && opinion.commit !== pr.headSha
                            ? 'stale'
                            : undefined;
        if (why === undefined)
            counted.push(opinion.reviewer);
        else
            ignored.push({ reviewer: opinion.reviewer, why });
    }
    const missing = [];
    if (blockers.length > 0)
        missing.push({ kind: 'changes-requested', reviewers: blockers });
    const approvers = new Set(counted.map(key));
    const isMember = (team) => {
        const members = pr.teams[team] ?? pr.teams[team.toLowerCase()];
        if (members?.status !== 'known')
            return undefined;
        return members.members.some((m) => approvers.has(key(m)));
    };
    for (const team of policy.teams) {
        const satisfied = isMember(team);
        if (satisfied === undefined) {
            const forbidden = (pr.teams[team] ?? pr.teams[team.toLowerCase()])?.status === 'forbidden';
            missing.push({ kind: 'team-members-unknown', team, forbidden });
        }
        else if (!satisfied) {
            missing.push({ kind: 'team', team });
        }
    }
    if (counted.length < policy.required) {
        missing.push({
            kind: 'approvals',
            required: policy.required,
            valid: counted.length,
            needed: policy.required - counted.length,
        });
    }
    if (policy.codeowners)
        missing.push(...codeownerGaps(pr, approvers, isMember));
    // Keep the order a reader acts on: blockers, then counts and teams, then code owners.
    missing.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    return {
        approved: missing.length === 0,
        missing,
        description: describe(missing, counted, policy),
        counted,
        ignored,
    };
}
const ORDER = {
    'changes-requested': 0,
    'team-members-unknown': 1,
    approvals: 2,
    team: 3,
    'codeowners-file': 4,
    codeowners: 5,
};
function codeownerGaps(pr, approvers, isMember) {
    if (pr.codeowners === undefined)
        return [{ kind: 'codeowners-file' }];
    const gaps = new Map();
    const unknownTeams = new Set();
    for (const path of pr.changedPaths) {
        const { owners } = (0, codeowners_js_1.ownersOf)(pr.codeowners, path);
        // A path no rule owns needs no code owner, as on GitHub.
        if (owners.length === 0)
            continue;
        let satisfied = false;
        const unknown = [];
        for (const owner of owners) {
            if (owner.kind === 'user' && approvers.has(owner.login.toLowerCase()))
                satisfied = true;
            if (owner.kind === 'team') {
                const member = isMember(teamKey(owner.org, owner.slug));
                if (member === true)
                    satisfied = true;
                if (member === undefined)
                    unknown.push(owner.slug);
            }
        }
        if (satisfied)
            continue;
        for (const team of unknown)
            unknownTeams.add(team);
        const id = owners.map(codeowners_js_1.formatOwner).join(' ');
        const gap = gaps.get(id) ?? { owners, paths: [] };
        gap.paths.push(path);
        gaps.set(id, gap);
    }
    const items = [...unknownTeams].map((team) => ({
        kind: 'team-members-unknown',
        team,
        forbidden: false,
    }));
    for (const gap of gaps.values()) {
        items.push({ kind: 'codeowners', owners: gap.owners.map(codeowners_js_1.formatOwner), paths: gap.paths });
    }
    return items;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describe(missing, counted, policy) {
    if (missing.length === 0) {
        if (policy.required === 0 && policy.teams.length === 0 && !policy.codeowners) {
            return clipDescription('no approval required');
        }
        return clipDescription(counted.length === 0 ? 'approved' : `approved by ${counted.join(', ')}`);
    }
    const parts = [];
    const teams = missing.flatMap((m) => (m.kind === 'team' ? [m.team] : []));
    const count = missing.find((m) => m.kind === 'approvals');
    for (const m of missing) {
        if (m.kind === 'changes-requested')
            parts.push(`changes requested by ${m.reviewers.join(', ')}`);
        if (m.kind === 'team-members-unknown') {
            parts.push(m.forbidden
                ? `team ${m.team} unreadable (token lacks org Members read): fails closed`
                : `team ${m.team} members unknown: fails closed`);
        }
    }
    // The approvals still needed: enough for the count and one from each missing team (one person may be both).
    const needed = Math.max(count?.kind === 'approvals' ? count.needed : 0, teams.length);
    if (needed > 0) {
        const more = counted.length > 0 ? ' more' : '';
        const what = `needs ${needed}${more} approval${needed === 1 ? '' : 's'}`;
        if (teams.length === 0)
            parts.push(what);
        else if (teams.length === 1) {
            parts.push(needed === 1 ? `${what} from team ${teams[0]}` : `${what}, one from team ${teams[0]}`);
        }
        else
            parts.push(`${what}, one from each of teams ${teams.join(', ')}`);
    }
    if (missing.some((m) => m.kind === 'codeowners-file')) {
        parts.push('needs a code owner approval but the base branch has no CODEOWNERS file');
    }
    const gaps = missing.flatMap((m) => (m.kind === 'codeowners' ? [m] : []));
    if (gaps.length > 0) {
        const paths = gaps.reduce((n, g) => n + g.paths.length, 0);
        const owners = [...new Set(gaps.flatMap((g) => g.owners))];
        parts.push(`needs a code owner approval for ${plural(paths, 'path')} (${owners.join(' or ')})`);
    }
    return clipDescription(parts.join('; '));
}
/** A commit status description as GitHub takes it: at most 140 characters, cut with an ellipsis. */
function clipDescription(text) {
    return text.length <= exports.MAX_DESCRIPTION ? text : `${text.slice(0, exports.MAX_DESCRIPTION - 1)}…`;
}


/***/ }),

/***/ 6558:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideBreakGlass = decideBreakGlass;
exports.freezesNotBroken = freezesNotBroken;
exports.heldDespiteBreakGlass = heldDespiteBreakGlass;
exports.nextBreakGlass = nextBreakGlass;
// The only way past a freeze: the freeze allows break-glass, the PR carries its label, and someone whose approval
// counts (approval-policy.ts decides who) belongs to one of its break-glass teams. Every freeze in force must be
// broken this way; an unreadable team fails closed. The use case records who, when and why in the release.
//
// A break-glass opens the OCCURRENCE of a freeze it was granted in (this weekend's `weekend`, not next weekend's):
// the record keeps each occurrence's start and end, and deploy lets a freeze in force through only when the
// recorded occurrence still contains the instant. It lapses when the gate runs outside any freeze, or when the
// PR no longer carries the freeze's label.
const approval_policy_js_1 = __webpack_require__(27600);
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
        return (0, approval_policy_js_1.clipDescription)(`frozen ${until} (${names}); passed by break-glass`);
    const closed = missing.flatMap((m) => (m.kind === 'not-allowed' ? [m.freeze] : []));
    if (closed.length > 0) {
        return (0, approval_policy_js_1.clipDescription)(`frozen ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`);
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
    return (0, approval_policy_js_1.clipDescription)(`frozen ${until} (${names}); ${tail}`);
}


/***/ }),

/***/ 55017:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.markedCommit = markedCommit;
exports.notesWithoutMarker = notesWithoutMarker;
exports.headMovedSinceChangeSet = headMovedSinceChangeSet;
exports.sameUpdates = sameUpdates;
exports.refreshedTitle = refreshedTitle;
const release_request_js_1 = __webpack_require__(47089);
const yaml_scalar_js_1 = __webpack_require__(21126);
// How gitopshq 0.1 kept the commit, as a sentence in the notes (records written before `changeSetCommit`): read only
// as a fallback, and removed from the notes when the field is written (notes are for people).
const MARKER = / ?Change set updated from commit ([0-9a-f]{7,64})\./;
/** The commit an older record's notes name as where its change set was read, if they name one. */
function markedCommit(notes) {
    return notes?.match(MARKER)?.[1];
}
/** The notes without that sentence: undefined when nothing else was in them. */
function notesWithoutMarker(notes) {
    const rest = notes?.replace(MARKER, '').trim();
    return rest ? rest : undefined;
}
/**
 * Whether the PR's head (`headSha`, from GitHub's answer) is another commit than the one the record's change set was
 * read from: exactly `changeSetCommit`, whatever the event. A record written before the field falls back to what
 * gitopshq went by then: a push event; else the commit its notes' marker names; else (never re-read) whether a commit
 * of the PR is newer than the record, a heuristic for a dropped `synchronize` run (author dates can lie).
 */
function headMovedSinceChangeSet(facts) {
    const read = facts.record.changeSetCommit;
    if (read !== undefined)
        return read !== facts.headSha;
    if (facts.eventAction === 'synchronize')
        return true;
    const taken = markedCommit(facts.record.notes);
    if (taken !== undefined)
        return !facts.headSha.startsWith(taken) && !taken.startsWith(facts.headSha);
    const created = Date.parse(facts.record.createdAt);
    return facts.commitDates.some((d) => Date.parse(d) > created);
}
/**
 * Same updates, whatever their order (a path is set once in a change set) and however a value is spelled: an update
 * is typed by YAML rules when applied, so `"2.5.0"` and `2.5.0` set the same string.
 */
function sameUpdates(a, b) {
    const key = (u) => JSON.stringify(u
        .map((x) => [x.path, JSON.stringify((0, yaml_scalar_js_1.typeValueText)(x.value).value)])
        .sort(([p], [q]) => p.localeCompare(q)));
    return key(a) === key(b);
}
/**
 * The title after the change set moved from `before` to `after`: a title gitopshq generated (releaseTitle, maybe
 * followed by a promotion's " in prod, wave 1: ...") is regenerated; a title a person wrote is kept.
 */
function refreshedTitle(record, after) {
    const generated = (0, release_request_js_1.releaseTitle)({
        workload: record.workload,
        updates: record.changes.updates,
        chartVersion: record.changes.chartVersion,
    });
    if (!record.title.startsWith(generated))
        return record.title;
    const fresh = (0, release_request_js_1.releaseTitle)({
        workload: record.workload,
        updates: [...after],
        chartVersion: record.changes.chartVersion,
    });
    return `${fresh}${record.title.slice(generated.length)}`;
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

/***/ 43699:
/***/ ((__unused_webpack_module, exports) => {


// CODEOWNERS as GitHub reads it: one rule a line (a gitignore-style pattern, then owners), the LAST matching rule
// decides a path's owners, a rule without owners makes its paths unowned. GitHub's differences from gitignore are
// kept: no `!` negation, no `[...]` ranges, and `docs/*` owns the files directly in docs/ but not deeper ones.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatOwner = formatOwner;
exports.parseCodeowners = parseCodeowners;
exports.ownersOf = ownersOf;
exports.patternRegex = patternRegex;
function formatOwner(owner) {
    if (owner.kind === 'user')
        return `@${owner.login}`;
    if (owner.kind === 'team')
        return `@${owner.org}/${owner.slug}`;
    return owner.email;
}
function parseCodeowners(text) {
    const rules = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const tokens = tokenize(raw);
        const first = tokens[0];
        if (first === undefined)
            return;
        const problem = patternProblem(first.text);
        if (problem !== undefined) {
            problems.push({ line, col: first.col, message: problem });
            return;
        }
        const owners = [];
        for (const token of tokens.slice(1)) {
            const owner = parseOwner(token.text);
            if (owner === undefined) {
                problems.push({
                    line,
                    col: token.col,
                    message: `'${token.text}' is not an owner; write @user, @org/team or an email address`,
                });
                return;
            }
            owners.push(owner);
        }
        rules.push({ pattern: first.text, owners, line, regex: patternRegex(first.text) });
    });
    return { rules, problems };
}
/** The owners of `path` (repository-relative): those of the last rule that matches it; [] when unowned. */
function ownersOf(codeowners, path) {
    const clean = path.replace(/^\/+/, '');
    for (let i = codeowners.rules.length - 1; i >= 0; i--) {
        const rule = codeowners.rules[i];
        if (rule?.regex.test(clean))
            return { owners: rule.owners, rule };
    }
    return { owners: [] };
}
/** Whitespace-separated tokens up to an unescaped `#` that starts a token, with their 1-based columns. */
function tokenize(raw) {
    const tokens = [];
    let i = 0;
    while (i < raw.length) {
        while (i < raw.length && /\s/.test(raw[i] ?? ''))
            i++;
        if (i >= raw.length || raw[i] === '#')
            break;
        const col = i + 1;
        let text = '';
        while (i < raw.length && !/\s/.test(raw[i] ?? '')) {
            // `\ ` keeps a space in a pattern and `\#` a literal hash; the escape stays for patternRegex to read.
            if (raw[i] === '\\' && i + 1 < raw.length) {
                text += raw.slice(i, i + 2);
                i += 2;
            }
            else {
                text += raw[i];
                i++;
            }
        }
        tokens.push({ text, col });
    }
    return tokens;
}
function patternProblem(pattern) {
    if (pattern.startsWith('!')) {
        return `'${pattern}': CODEOWNERS has no negation ('!'); GitHub ignores this line`;
    }
    if (/(^|[^\\])\[/.test(pattern)) {
        return `'${pattern}': CODEOWNERS has no character ranges ('[...]'); GitHub ignores this line`;
    }
    return undefined;
}
function parseOwner(text) {
    const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/.exec(text);
    if (team?.[1] !== undefined && team[2] !== undefined)
        return { kind: 'team', org: team[1], slug: team[2] };
    const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(text);
    if (user?.[1] !== undefined)
        return { kind: 'user', login: user[1] };
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text))
        return { kind: 'email', email: text };
    return undefined;
}
const escapeRegex = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * gitignore rules: a leading or inner `/` anchors the pattern at the root, otherwise it matches at any depth; a
 * trailing `/` matches only a directory; a match on a directory covers everything below it, except for a pattern
 * ending in `/*` (GitHub's documented exception).
 */
function patternRegex(pattern) {
    let p = pattern;
    const dirOnly = p.endsWith('/') && !p.endsWith('\\/');
    if (dirOnly)
        p = p.replace(/\/+$/, '');
    const anchored = p.includes('/');
    p = p.replace(/^\/+/, '');
    const filesOnly = p.endsWith('/*') && !p.endsWith('\\*');
    let body = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i] ?? '';
        if (c === '\\' && i + 1 < p.length) {
            body += escapeRegex(p[i + 1] ?? '');
            i++;
        }
        else if (c === '*' && p[i + 1] === '*') {
            const slashBefore = i === 0 || p[i - 1] === '/';
            const slashAfter = p[i + 2] === '/';
            if (slashBefore && slashAfter) {
                body += '(?:[^/]+/)*';
                i += 2;
            }
            else if (slashBefore && i + 2 >= p.length) {
                body += '.*';
                i++;
            }
            else {
                body += '[^/]*';
                i++;
            }
        }
        else if (c === '*') {
            body += '[^/]*';
        }
        else if (c === '?') {
            body += '[^/]';
        }
        else {
            body += escapeRegex(c);
        }
    }
    const prefix = anchored ? '^' : '^(?:[^/]+/)*';
    const suffix = dirOnly ? '/.+$' : filesOnly ? '$' : '(?:/.+)?$';
    return new RegExp(prefix + body + suffix);
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

/***/ 93637:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NOTHING_DEPLOYABLE = exports.NON_RELEASE_SUBJECT = exports.passes = void 0;
exports.describeEnvironment = describeEnvironment;
exports.describeVerdicts = describeVerdicts;
exports.describeNonRelease = describeNonRelease;
exports.missingRulesOf = missingRulesOf;
exports.missingPhrasesOf = missingPhrasesOf;
exports.combinedBreakGlass = combinedBreakGlass;
// The approval gate's verdict when a pull request is judged by more than one environment's policy (a change to a
// layer they share: src/domain/release-scope.ts): it passes only when every environment's policy and freezes pass,
// and its status names the environments still outstanding with what each needs (docs/architecture.md#release-lifecycle).
// A pull request that is no release (policy, clusters/, shared render files) is judged the same way, by every
// environment it reaches; one that changes nothing deployable passes with a status saying so.
const approval_missing_js_1 = __webpack_require__(26844);
const approval_policy_js_1 = __webpack_require__(27600);
const passes = (v) => v.decision.approved && v.glass.passes;
exports.passes = passes;
/** One environment's status text: the freeze first when it blocks, then the policy. */
function describeEnvironment(v) {
    const { decision, glass, freeze } = v;
    if (!freeze.frozen)
        return decision.description;
    if (!glass.passes) {
        return decision.approved
            ? glass.description
            : (0, approval_policy_js_1.clipDescription)(`${glass.description}; ${decision.description}`);
    }
    return decision.approved ? glass.description : decision.description;
}
/**
 * The `gitopshq/approval` description for all the environments judging the pull request (the release's own
 * first): one environment reads as before; several name each outstanding one (`prod's policy: needs ...`) and the
 * ones that pass, or, when all pass, every environment whose policy it passed.
 */
function describeVerdicts(verdicts) {
    const [only] = verdicts;
    if (verdicts.length === 1 && only)
        return describeEnvironment(only);
    const all = verdicts.map((v) => v.environment);
    return (0, approval_policy_js_1.clipDescription)(outstandingText(verdicts) ?? `passes the policies of ${list(all)} (it changes a layer they share)`);
}
/** What each outstanding environment needs, and which pass; undefined when all pass. */
function outstandingText(verdicts) {
    const outstanding = verdicts.filter((v) => !(0, exports.passes)(v));
    if (outstanding.length === 0)
        return undefined;
    const passing = verdicts.filter(exports.passes).map((v) => v.environment);
    const needs = outstanding.map((v) => `${v.environment}'s policy: ${describeEnvironment(v)}`).join('; ');
    const also = passing.length > 0 ? ` (${list(passing)} ${passing.length === 1 ? 'passes' : 'pass'})` : '';
    return `${needs}${also}`;
}
/** What a pull request that changes no workload is, as its status names it (release-scope.ts NonReleaseChange). */
exports.NON_RELEASE_SUBJECT = {
    policy: 'policy change',
    clusters: 'cluster-wide change',
    shared: 'shared render files change',
};
/** The status of a pull request that changes nothing any environment deploys: it passes, and says why. */
exports.NOTHING_DEPLOYABLE = 'no release: nothing deployable changed (no environment consumes these files)';
/**
 * The `gitopshq/approval` description of a pull request that is no release but reaches environments (a policy,
 * clusters/ or shared render files change): `policy change: prod's policy: needs 1 more approval from team sre
 * (dev and staging pass)`, or, when every environment's policy passes, the ones it passed.
 */
function describeNonRelease(subject, verdicts) {
    const what = exports.NON_RELEASE_SUBJECT[subject];
    const outstanding = outstandingText(verdicts);
    if (outstanding !== undefined)
        return (0, approval_policy_js_1.clipDescription)(`${what}: ${outstanding}`);
    const all = verdicts.map((v) => v.environment);
    return (0, approval_policy_js_1.clipDescription)(`${what}: no release; passes the ${all.length === 1 ? 'policy' : 'policies'} of ${list(all)}`);
}
/** Everything still missing, by environment; `environment` is named on each rule only when several judge it. */
function missingRulesOf(verdicts) {
    const several = verdicts.length > 1;
    return verdicts.flatMap((v) => {
        const rules = v.decision.missing.map(({ kind, ...rest }) => ({ rule: kind, ...rest }));
        const { freeze, glass } = v;
        if (freeze.frozen && !glass.passes) {
            rules.push({
                rule: 'freeze',
                freeze: freeze.freeze,
                until: freeze.until,
                untilLocal: freeze.untilLocal,
            });
            for (const { kind, ...rest } of glass.missing)
                rules.push({ rule: `break-glass-${kind}`, ...rest });
        }
        return several ? rules.map((r) => ({ ...r, environment: v.environment })) : rules;
    });
}
/** What is missing in words (the record's approvalMissing), prefixed `prod: ` when several environments judge it. */
function missingPhrasesOf(verdicts) {
    const several = verdicts.length > 1;
    return verdicts.flatMap((v) => (0, approval_missing_js_1.approvalMissingPhrases)(v.decision.missing, {
        status: v.freeze,
        passes: v.glass.passes,
        missing: v.glass.missing,
    }).map((p) => (several ? `${v.environment}: ${p}` : p)));
}
/** Break-glass over all the environments: passes when each passes; every freeze broken, in any of them. */
function combinedBreakGlass(verdicts) {
    const [only] = verdicts;
    if (verdicts.length === 1 && only)
        return only.glass;
    // A freeze over several environments is one freeze: broken once.
    const brokenBy = [];
    for (const b of verdicts.flatMap((v) => v.glass.brokenBy)) {
        if (!brokenBy.some((x) => x.freeze === b.freeze))
            brokenBy.push(b);
    }
    const inForce = [];
    for (const f of verdicts.flatMap((v) => v.glass.inForce)) {
        const o = f.occurrence;
        if (!inForce.some((x) => x.occurrence.freeze === o.freeze && x.occurrence.from === o.from))
            inForce.push(f);
    }
    const blocked = verdicts.filter((v) => !v.glass.passes);
    return {
        passes: blocked.length === 0,
        used: verdicts.some((v) => v.glass.used),
        brokenBy,
        inForce,
        at: only?.glass.at ?? new Date(0).toISOString(),
        missing: blocked.flatMap((v) => v.glass.missing),
        description: (0, approval_policy_js_1.clipDescription)(blocked.length === 0
            ? (verdicts.map((v) => v.glass.description).find((d) => d !== 'not frozen') ?? 'not frozen')
            : blocked.map((v) => `${v.environment}: ${v.glass.description}`).join('; ')),
    };
}
function list(names) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}


/***/ }),

/***/ 66452:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rollbackReadiness = rollbackReadiness;
exports.promotionChecklist = promotionChecklist;
const lifecycle_js_1 = __webpack_require__(46788);
const promotion_override_js_1 = __webpack_require__(61926);
const rollback_target_js_1 = __webpack_require__(51742);
const LIVE = new Set(['Deployed', 'Synced', 'Healthy']);
/** For each tenant the wave reaches (none: the environment layer), what a rollback there would go back to. */
function rollbackReadiness(records, workload, environment, tenants) {
    const scopes = tenants.length === 0 ? [undefined] : tenants;
    return scopes.map((tenant) => {
        const scope = { workload, environment, ...(tenant === undefined ? {} : { tenant }) };
        const running = (0, rollback_target_js_1.runningRelease)(records, scope);
        const at = tenant === undefined ? {} : { tenant };
        if (running === undefined)
            return at;
        const shown = { id: running.id, state: running.state };
        // What runs now is what a rollback of the new release restores, when it is itself sound.
        if (LIVE.has(running.state))
            return { ...at, running: shown, target: running.id };
        const earlier = (0, rollback_target_js_1.defaultRollbackTarget)(records, scope);
        return { ...at, running: shown, ...(earlier ? { target: earlier.id } : {}) };
    });
}
const few = (xs, n = 5) => xs.length <= n ? xs.join(', ') : `${xs.slice(0, n).join(', ')} and ${xs.length - n} more`;
function promotionChecklist(input) {
    const { source, plan, freeze } = input;
    const items = [];
    const health = source.health;
    const stateOk = source.state === 'Healthy';
    const verdictOk = health === undefined || health.status === 'Healthy';
    items.push({
        id: 'source-healthy',
        label: `${source.id} is Healthy in ${source.environment}`,
        ok: stateOk && verdictOk,
        detail: !stateOk
            ? `it is ${lifecycle_js_1.STATE_LABELS[source.state]}: only a Healthy release is promoted (verify-health moves it there)`
            : !verdictOk
                ? `its latest health verdict is ${health?.status} (${health?.message}): run verify-health again once it is Healthy`
                : health === undefined
                    ? 'Healthy'
                    : `Healthy (verify-health, ${health.source}, ${health.checkedAt})`,
    });
    items.push({
        id: 'no-drift',
        label: 'no drift in the source environment',
        ok: health !== undefined && !health.drift,
        detail: health === undefined
            ? 'no health verdict is recorded, so drift is unknown: run verify-health on the release first'
            : health.drift
                ? `live objects differ from the deployed manifests (${driftNames(health)}): resolve the drift first`
                : `none at ${health.checkedAt}`,
    });
    const missing = input.rollback.filter((r) => r.running !== undefined && r.target === undefined);
    const first = input.rollback.filter((r) => r.running === undefined);
    const covered = input.rollback.filter((r) => r.target !== undefined);
    const where = (r) => r.tenant ?? input.to;
    items.push({
        id: 'rollback-target',
        label: `a rollback target in ${input.to}`,
        ok: missing.length === 0,
        detail: missing.length > 0
            ? `no release to roll back to for ${few(missing.map((r) => `${where(r)} (running ${r.running?.id} is ${lifecycle_js_1.STATE_LABELS[r.running?.state ?? 'Failed']})`))}: fix forward there first`
            : [
                covered.length > 0 ? `${few(covered.map((r) => `${where(r)} -> ${r.target}`))}` : '',
                // The first release in an environment has nothing to go back to: allowed, and said.
                first.length > 0
                    ? `first release for ${few(first.map(where))}: nothing ran there before, so a failure is rolled forward or removed`
                    : '',
            ]
                .filter((s) => s !== '')
                .join('; '),
    });
    const orderRefused = !plan.ok && plan.check === 'order';
    items.push({
        id: 'order',
        label: `${input.to} is the next environment after ${source.environment}`,
        ok: !orderRefused,
        detail: orderRefused ? plan.reason : 'environments go in the order of gitopshq.yaml',
    });
    items.push(freezeItem(input.to, freeze, input.breakGlass));
    const waveRefused = !plan.ok && plan.check === 'wave';
    const skipped = plan.ok ? (plan.skipped ?? []) : [];
    const skip = input.skip;
    const skipRefused = skipped.length > 0 && skip?.verdict.ok !== true;
    items.push({
        id: 'wave',
        label: 'the previous wave is Healthy',
        ok: (plan.ok && !skipRefused) || orderRefused,
        detail: waveRefused
            ? plan.reason
            : plan.ok
                ? skipRefused
                    ? skip?.verdict.ok === false
                        ? skip.verdict.reason
                        : `skipping ${(0, promotion_override_js_1.skippedText)(skipped)} needs skip-waves with a reason`
                    : `wave ${plan.wave}${plan.tenants.length > 0 ? ` (${few(plan.tenants)})` : ' (the environment layer)'}${plan.next ? `; then wave ${plan.next.wave}` : '; the last wave'}${skipped.length > 0 && skip?.verdict.ok ? `; SKIPS ${(0, promotion_override_js_1.skippedText)(skipped)} on purpose (${skip.verdict.permission}): "${skip.reason.trim()}"` : ''}`
                : 'not checked: the target environment is refused',
    });
    return { ok: items.every((i) => i.ok), items };
}
function driftNames(health) {
    const drifted = (health.resources ?? []).filter((r) => r.drift).map((r) => `${r.kind}/${r.name}`);
    return drifted.length > 0 ? few(drifted) : health.message;
}
function freezeItem(to, freeze, breakGlass) {
    const label = `${to} is not frozen`;
    if (!freeze.frozen)
        return { id: 'freeze', label, ok: true, detail: 'no freeze in force' };
    const until = freeze.untilLocal ?? 'further notice';
    const names = freeze.active.map((a) => a.name).join(', ');
    const closed = freeze.active.filter((a) => !a.breakGlass.allowed).map((a) => a.name);
    const needs = freeze.active
        .map((a) => `label ${a.breakGlass.label} and an approval${a.breakGlass.teams.length > 0 ? ` from ${a.breakGlass.teams.join(' or ')}` : ''}`)
        .join('; ');
    if (closed.length > 0) {
        return {
            id: 'freeze',
            label,
            ok: false,
            detail: `frozen until ${until} (${names}); ${closed.join(', ')} allow${closed.length === 1 ? 's' : ''} no break-glass`,
        };
    }
    if (breakGlass === undefined || breakGlass.trim() === '') {
        return {
            id: 'freeze',
            label,
            ok: false,
            detail: `frozen until ${until} (${names}): promote after it, or break glass with a reason (break-glass input; the PR then needs ${needs})`,
        };
    }
    return {
        id: 'freeze',
        label,
        ok: true,
        detail: `frozen until ${until} (${names}); break-glass requested: "${breakGlass.trim()}" (the PR gets ${needs} at the gate)`,
    };
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

/***/ 47089:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RELEASE_BRANCH_PREFIX = void 0;
exports.releaseBranchName = releaseBranchName;
exports.releaseTitle = releaseTitle;
exports.releaseBody = releaseBody;
exports.needsNoApproval = needsNoApproval;
exports.autoMergeGate = autoMergeGate;
const markdown_js_1 = __webpack_require__(74463);
exports.RELEASE_BRANCH_PREFIX = 'gitopshq/release/';
/** FNV-1a, 64 bits: a stable short digest with no I/O (this is a name, not a security boundary). */
function fnv1a64(text) {
    let h = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text)) {
        h ^= BigInt(byte);
        h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
}
/**
 * `gitopshq/release/payment-api-dev-3f09c2a1d4e7`. Tenant order does not matter (they name layers); update order
 * does (a later update of the same path wins).
 */
function releaseBranchName(key) {
    const canonical = JSON.stringify([
        key.workload,
        key.environment,
        [...key.tenants].sort(),
        key.updates.map((u) => [u.path, u.value]),
        key.chartVersion ?? null,
    ]);
    return `${exports.RELEASE_BRANCH_PREFIX}${key.workload}-${key.environment}-${fnv1a64(canonical).slice(0, 12)}`;
}
// GitHub refuses titles over 256 characters.
const MAX_TITLE = 256;
/** A value as it reads in a title: one line, quotes of a YAML string dropped (`"2.5.0"` reads 2.5.0). */
function shownValue(value) {
    const flat = value.replace(/\s+/g, ' ').trim();
    const quoted = /^"(.*)"$|^'(.*)'$/.exec(flat);
    return quoted ? (quoted[1] ?? quoted[2] ?? '') : flat;
}
/** `bump` for what names a version (`image.tag`, `chart.version`), `set` for anything else. */
function verb(path) {
    return /(^|[.[\]])(tag|version|digest)\]?$/i.test(path) ? 'bump' : 'set';
}
/**
 * `payment-api: bump image.tag to v2.5.0`; several updates: the first and how many more; a chart upgrade:
 * `payment-api: upgrade chart podinfo to 6.15.0`.
 */
function releaseTitle(key) {
    const parts = [];
    if (key.chartVersion !== undefined) {
        const chart = key.chartName ? `chart ${shownValue(key.chartName)}` : 'chart';
        parts.push(`upgrade ${chart} to ${shownValue(key.chartVersion)}`);
    }
    const [first, ...rest] = key.updates;
    if (first)
        parts.push(`${verb(first.path)} ${first.path} to ${shownValue(first.value)}`);
    if (rest.length > 0)
        parts.push(`${rest.length} more value${rest.length === 1 ? '' : 's'}`);
    const what = parts.length === 0 ? 'release' : parts.join(' and ').replace(/ and (?=.* and )/, ', ');
    const title = `${key.workload}: ${what}`;
    return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}
/** Notes are Markdown by design; raw HTML (an HTML comment hiding the rest, a script-like tag) is shown as text. */
function safeNotes(notes) {
    return notes.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The pull request body: notes, the change set and the rollback target; every untrusted string escaped. */
function releaseBody(input) {
    const tenants = input.tenants.length === 0 ? '' : ` for tenants ${input.tenants.map(markdown_js_1.inlineCode).join(', ')}`;
    const lines = [
        `Release ${(0, markdown_js_1.inlineCode)(input.releaseId)} of ${(0, markdown_js_1.inlineCode)(input.workload)} to ${(0, markdown_js_1.inlineCode)(input.environment)}${tenants}.`,
        '',
    ];
    if (input.notes?.trim())
        lines.push(safeNotes(input.notes.trim()), '');
    lines.push('### Change set', '');
    const rows = input.changes.map((c) => [{ code: c.file }, { code: c.path }, { code: c.value }]);
    if (input.chartVersion !== undefined) {
        rows.unshift([
            { code: input.chartFile ?? 'workload.yaml' },
            { code: `source.versions.${input.environment}` },
            { code: input.chartVersion },
        ]);
    }
    lines.push((0, markdown_js_1.markdownTable)(['File', 'Path', 'Value'], rows), '');
    lines.push('### Rollback target', '');
    lines.push(input.rollbackTarget
        ? `${(0, markdown_js_1.inlineCode)(input.rollbackTarget.id)} (${(0, markdown_js_1.escapeText)(input.rollbackTarget.title)}), the release running in ${(0, markdown_js_1.inlineCode)(input.environment)} now.`
        : `None: no release has been deployed to ${(0, markdown_js_1.inlineCode)(input.environment)} yet.`);
    lines.push('', `<!-- gitopshq:release ${(0, markdown_js_1.escapeHtml)(input.releaseId)} -->`);
    return lines.join('\n');
}
/** Whether `policy` lets a release through with no person involved. */
function needsNoApproval(policy) {
    return policy.required === 0 && policy.teams.length === 0 && !policy.codeowners;
}
/** The checks that need no rendering: asked for, not a draft, a policy that needs nobody, no freeze in force. */
function autoMergeGate(input) {
    const { policy, environment } = input;
    if (!input.requested)
        return { merge: false, reason: 'auto-merge is off' };
    if (input.draft)
        return { merge: false, reason: 'the pull request is a draft' };
    if (!needsNoApproval(policy)) {
        const needs = [
            policy.required > 0 ? `${policy.required} approval${policy.required === 1 ? '' : 's'}` : '',
            ...policy.teams.map((t) => `an approval from team ${t}`),
            policy.codeowners ? 'a CODEOWNERS approval' : '',
        ].filter(Boolean);
        return { merge: false, reason: `${environment} needs ${needs.join(', ')}: left open for review` };
    }
    if (input.freeze.frozen) {
        const until = input.freeze.untilLocal ? ` until ${input.freeze.untilLocal}` : '';
        return { merge: false, reason: `${environment} is frozen by ${input.freeze.freeze}${until}: left open` };
    }
    return { merge: true, reason: 'no approval required' };
}


/***/ }),

/***/ 95668:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.policyFilesIn = policyFilesIn;
exports.clusterFilesIn = clusterFilesIn;
exports.nonReleaseChange = nonReleaseChange;
exports.workloadReach = workloadReach;
// What a pull request reaches beyond the layer it names (docs/architecture.md#release-lifecycle): the
// policy files that judge it (gitopshq.yaml, CODEOWNERS, .github/), and every environment whose render its files
// change. A base values.yaml, a chart or template folder, workload.yaml (beyond one environment's chart version), a
// Kustomize base: no single environment owns them, so they change every environment the workload runs in, and the
// gate judges the pull request by each of those environments' policies. One that changes no workload is no release,
// and nonReleaseChange says whose policies judge it (none for docs). Pure: the paths come from git or GitHub.
const kustomize_edit_js_1 = __webpack_require__(38096);
const layout_js_1 = __webpack_require__(89128);
/**
 * The changed files that set a policy rather than a release: gitopshq.yaml (at the GitOps repository's folder
 * `prefix`, '' or `sub/`), CODEOWNERS wherever GitHub reads it, anything under `.github/` (the workflows that run
 * the gate). `files` are relative to the git repository's root. Case-insensitive: refusing too much is safe.
 */
function policyFilesIn(files, prefix = '') {
    const config = `${prefix}${layout_js_1.CONFIG_FILE}`.toLowerCase();
    const owners = new Set(['codeowners', '.github/codeowners', 'docs/codeowners']);
    return [
        ...new Set(files.filter((f) => {
            const p = f.toLowerCase();
            return p === config || owners.has(p) || p.startsWith('.github/');
        })),
    ].sort();
}
/**
 * The changed files under clusters/ (at the GitOps folder `prefix`): the Argo CD and Flux objects a team applies or
 * syncs from the main branch. They decide where every environment's deploy branch goes, so no one environment owns
 * them. `files` relative to the git repository's root; case-insensitive, as policyFilesIn.
 */
function clusterFilesIn(files, prefix = '') {
    const folder = `${prefix}${layout_js_1.CLUSTERS_DIR}/`.toLowerCase();
    return [...new Set(files.filter((f) => f.toLowerCase().startsWith(folder)))].sort();
}
/**
 * What a pull request without workload changes is. Policy and clusters/ files are judged by every environment of
 * `order` (the base branch's environments): the policy judges every release and the cluster objects steer every
 * deploy. Rendered files are judged by the environments whose renders read them.
 */
function nonReleaseChange(facts, order) {
    const { policyFiles, clusterFiles, renderedFiles } = facts;
    // No environment in gitopshq.yaml: nothing deploys anywhere, and no policy could judge it.
    if (order.length === 0)
        return { kind: 'nothing-deployable' };
    if (policyFiles.length > 0 || clusterFiles.length > 0) {
        return {
            kind: policyFiles.length > 0 ? 'policy' : 'clusters',
            files: [...policyFiles, ...clusterFiles, ...renderedFiles],
            environments: [...order],
        };
    }
    if (renderedFiles.length === 0)
        return { kind: 'nothing-deployable' };
    const reached = new Set(facts.renderedEnvironments);
    const known = order.filter((e) => reached.has(e));
    const unknown = [...reached].filter((e) => !order.includes(e)).sort();
    return { kind: 'shared', files: [...renderedFiles], environments: [...known, ...unknown] };
}
/** `files` relative to the GitOps repository; one entry per workload they touch, by workload name. */
function workloadReach(files, base, head) {
    const byWorkload = new Map();
    for (const file of files) {
        const parts = file.split('/');
        if (parts[0] !== layout_js_1.WORKLOADS_DIR || parts.length < 3 || !parts[1])
            continue;
        byWorkload.set(parts[1], [...(byWorkload.get(parts[1]) ?? []), file]);
    }
    const order = (base ?? head).config.environments.map((e) => e.name);
    const sortEnvs = (envs) => [...new Set(envs)].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
    return [...byWorkload].map(([workload, changed]) => {
        const configs = [base?.workloads.get(workload)?.config, head.workloads.get(workload)?.config].filter((c) => c !== undefined);
        // Where the workload runs before or after the change: an environment it leaves or joins is changed too.
        const listed = configs.length > 0 && configs.every((c) => Array.isArray(c.environments));
        const runsIn = listed ? configs.flatMap((c) => c.environments) : order;
        const shared = [];
        const owned = new Set();
        for (const file of changed) {
            const owners = ownersOf(file.slice(`${layout_js_1.WORKLOADS_DIR}/${workload}/`.length), configs, runsIn);
            if (owners === undefined)
                shared.push(file);
            else
                for (const env of owners)
                    owned.add(env);
        }
        const environments = sortEnvs(shared.length > 0 ? [...owned, ...runsIn] : owned);
        return { workload, shared, environments };
    });
}
function rank(order, env) {
    const i = order.indexOf(env);
    return i === -1 ? order.length : i;
}
/** The environments that own a file of the workload folder (`rest`: the path inside it); undefined: shared. */
function ownersOf(rest, configs, runsIn) {
    const parts = rest.split('/');
    if (parts[0] === 'values' && parts.length === 2 && parts[1]?.endsWith('.yaml')) {
        return [parts[1].slice(0, -'.yaml'.length)];
    }
    if (parts[0] === 'values' && parts.length === 3 && parts[1] && parts[2]?.endsWith('.yaml'))
        return [parts[1]];
    if (rest === 'workload.yaml')
        return chartVersionOwners(configs);
    const overlays = new Set();
    for (const config of configs) {
        if (config.source?.type !== 'kustomize')
            continue;
        for (const env of runsIn) {
            const folder = (0, kustomize_edit_js_1.overlayFolder)(config.source, env).replace(/^\.\//, '').replace(/\/+$/, '');
            if (folder !== '' && rest.startsWith(`${folder}/`))
                overlays.add(env);
        }
    }
    return overlays.size > 0 ? [...overlays] : undefined;
}
/**
 * A workload.yaml that changed only in per-environment chart versions (`source.versions.<env>`, what a chart
 * upgrade release writes) belongs to those environments; any other change, or a workload.yaml added or removed, is
 * shared. A change that reads the same (a comment) is shared too: it is cheap to ask, and the gate cannot tell.
 */
function chartVersionOwners(configs) {
    const [before, after] = configs;
    if (configs.length !== 2 || !before || !after)
        return undefined;
    if (before.source?.type !== 'helm' || after.source?.type !== 'helm')
        return undefined;
    const rest = (c) => JSON.stringify({ ...c, source: { ...c.source, versions: undefined } });
    if (rest(before) !== rest(after))
        return undefined;
    const a = before.source.versions ?? {};
    const b = after.source.versions ?? {};
    const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((env) => a[env] !== b[env]);
    return changed.length > 0 ? changed : undefined;
}


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

/***/ 51742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.wasDeployed = wasDeployed;
exports.runningRelease = runningRelease;
exports.checkRollbackTo = checkRollbackTo;
exports.defaultRollbackTarget = defaultRollbackTarget;
/** States a release keeps after its manifests reached the deploy branch, before any verdict on its health. */
const UNVERIFIED = new Set(['Deployed', 'Synced']);
function inScope(record, scope) {
    if (record.workload !== scope.workload || record.environment !== scope.environment)
        return false;
    return scope.tenant === undefined || record.tenants.length === 0 || record.tenants.includes(scope.tenant);
}
/** Whether the release's manifests ever reached the deploy branch. */
function wasDeployed(record) {
    return record.history.some((h) => h.state === 'Deployed');
}
/** The release whose manifests run for `scope` now; undefined when none was ever deployed. */
function runningRelease(records, scope) {
    const byId = new Map(records.map((r) => [r.id, r]));
    const events = [];
    let seq = 0;
    for (const record of records) {
        if (!inScope(record, scope))
            continue;
        for (const h of record.history) {
            // Each Deployed entry is a deploy (a retry after Failed deploys again); Rolled Back hands over.
            if (h.state === 'Deployed')
                events.push({ at: h.at, seq: seq++, kind: 'deploy', record });
            if (h.state === 'RolledBack')
                events.push({ at: h.at, seq: seq++, kind: 'rollback', record });
        }
    }
    events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
    // Every release deployed so far, newest last: a rollback without a recorded target returns to the one before.
    const stack = [];
    for (const e of events) {
        if (e.kind === 'deploy') {
            stack.push(e.record);
            continue;
        }
        const top = stack[stack.length - 1];
        if (top?.id !== e.record.id)
            continue;
        stack.pop();
        const toId = e.record.rolledBackTo ?? e.record.rollbackTarget;
        const to = toId === undefined ? undefined : byId.get(toId);
        if (to !== undefined && inScope(to, scope))
            stack.push(to);
    }
    return stack[stack.length - 1];
}
/**
 * Whether `targetId` is a release `scope` may roll back to: it exists, belongs to the same workload, environment
 * (and tenant), was deployed there, is not what runs now, and was Healthy: a rollback goes back to what was seen
 * working. `allowUnverified` (an operator's explicit choice) also accepts one deployed but never judged (Deployed or
 * Synced); a Failed or Rolled Back release never.
 */
function checkRollbackTo(records, scope, targetId, opts = {}) {
    const where = `${scope.workload} in ${scope.environment}${scope.tenant === undefined ? '' : ` (tenant ${scope.tenant})`}`;
    const current = runningRelease(records, scope);
    if (current === undefined) {
        return {
            ok: false,
            reason: `nothing has been deployed for ${where} yet, so there is nothing to roll back`,
        };
    }
    const target = records.find((r) => r.id === targetId);
    if (target === undefined)
        return { ok: false, reason: `release ${targetId} does not exist` };
    if (target.workload !== scope.workload) {
        return {
            ok: false,
            reason: `release ${targetId} is for workload ${target.workload}, not ${scope.workload}`,
        };
    }
    if (target.environment !== scope.environment) {
        return {
            ok: false,
            reason: `release ${targetId} was for environment ${target.environment}; a rollback in ${scope.environment} must pick a release deployed there`,
        };
    }
    if (!inScope(target, scope)) {
        return {
            ok: false,
            reason: `release ${targetId} targeted tenants ${target.tenants.join(', ')}, not ${scope.tenant ?? ''}`,
        };
    }
    if (target.id === current.id) {
        return {
            ok: false,
            reason: `release ${targetId} is what runs for ${where} now; pick an earlier release`,
        };
    }
    if (!wasDeployed(target)) {
        return {
            ok: false,
            reason: `release ${targetId} was never deployed (it is ${target.state}); pick a release that ran in ${scope.environment}`,
        };
    }
    if (target.state === 'RolledBack') {
        return { ok: false, reason: `release ${targetId} was itself rolled back; pick a release that was not` };
    }
    if (target.state !== 'Healthy' && !(opts.allowUnverified === true && UNVERIFIED.has(target.state))) {
        const unverified = UNVERIFIED.has(target.state)
            ? ', never reported Healthy; pick a release that was Healthy, or allow an unverified target explicitly'
            : '; pick a release that was Healthy';
        return { ok: false, reason: `release ${targetId} is ${target.state}${unverified}` };
    }
    return { ok: true, target, current };
}
/**
 * The release a rollback goes to by default: the most recently deployed release before the running one that
 * reached Healthy and was neither rolled back nor failed. Undefined when there is none.
 */
function defaultRollbackTarget(records, scope) {
    const current = runningRelease(records, scope);
    const lastDeploy = (r) => r.history.reduce((at, h) => (h.state === 'Deployed' && h.at > at ? h.at : at), '');
    return records
        .filter((r) => inScope(r, scope) &&
        r.id !== current?.id &&
        r.state === 'Healthy' &&
        (current === undefined || lastDeploy(r) <= lastDeploy(current)))
        .sort((a, b) => (lastDeploy(a) < lastDeploy(b) ? 1 : lastDeploy(a) > lastDeploy(b) ? -1 : 0))[0];
}


/***/ }),

/***/ 83529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeValueText = exports.parseValuePath = exports.parseUpdateLines = exports.parseUpdate = exports.formatValuePath = void 0;
exports.applyValueUpdates = applyValueUpdates;
const yaml_edit_js_1 = __webpack_require__(15382);
// Value paths and `PATH=VALUE` updates, the language of `gitopshq set` and create-release's `updates`.
// Parsing lives in path-syntax.ts, which does not load the yaml library: actions that only read an `updates`
// input stay fast to start.
var path_syntax_js_1 = __webpack_require__(26633);
Object.defineProperty(exports, "formatValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.formatValuePath; } }));
Object.defineProperty(exports, "parseUpdate", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdate; } }));
Object.defineProperty(exports, "parseUpdateLines", ({ enumerable: true, get: function () { return path_syntax_js_1.parseUpdateLines; } }));
Object.defineProperty(exports, "parseValuePath", ({ enumerable: true, get: function () { return path_syntax_js_1.parseValuePath; } }));
var yaml_scalar_js_1 = __webpack_require__(21126);
Object.defineProperty(exports, "typeValueText", ({ enumerable: true, get: function () { return yaml_scalar_js_1.typeValueText; } }));
/**
 * Applies updates to a YAML document's text; comments, key order and every untouched line stay byte-identical.
 * Values are typed by YAML rules unless quoted. `file` names the document in error messages.
 */
function applyValueUpdates(text, updates, file) {
    let out = text;
    for (const u of updates)
        out = (0, yaml_edit_js_1.applyValueUpdate)(out, u, file);
    return out;
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

/***/ 55757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planReleaseEdit = planReleaseEdit;
exports.planChartVersionEdit = planChartVersionEdit;
exports.releaseEditFiles = releaseEditFiles;
exports.writeReleaseEdit = writeReleaseEdit;
// Which file a release's value updates change, and its new text: the values layer of a template or Helm workload,
// the overlay's kustomization of a Kustomize workload, workload.yaml's chart version of a chart upgrade. Shared by `gitopshq set` and create-release, so the two
// cannot disagree about where a release goes. Nothing is written here.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const errors_js_1 = __webpack_require__(10241);
const kustomize_edit_js_1 = __webpack_require__(38096);
const layout_js_1 = __webpack_require__(89128);
const repo_paths_js_1 = __webpack_require__(10183);
const value_path_js_1 = __webpack_require__(83529);
const values_js_1 = __webpack_require__(34344);
const repo_paths_js_2 = __webpack_require__(66244);
const workload_fields_js_1 = __webpack_require__(62083);
/** Plans the edit of one workload's release file for `environment` (and `tenant`, for a values layer). */
async function planReleaseEdit(root, workload, environment, tenant, updates) {
    const source = workload.config.source;
    if (source.type === 'kustomize') {
        if (tenant !== undefined) {
            throw new errors_js_1.UserError(`workload '${workload.config.name}' is a Kustomize workload: every tenant of '${environment}' shares its overlay ` +
                `${(0, kustomize_edit_js_1.overlayFolder)(source, environment)}/; drop --tenant`, [], 'usage');
        }
        const folder = (0, node_path_1.join)(workload.dir, (0, kustomize_edit_js_1.overlayFolder)(source, environment));
        const rel = repoRelative(root, folder);
        if (rel === undefined) {
            throw new errors_js_1.UserError(`the overlay of '${environment}' is outside the repository; fix workload.yaml`, [], 'usage');
        }
        const found = await firstExisting(root, kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${rel}/${name}`));
        if (!found) {
            throw new errors_js_1.UserError(`no kustomization in ${rel}/ (looked for ${kustomize_edit_js_1.KUSTOMIZATION_FILES.join(', ')}); the overlay of '${environment}' needs one`, [], 'usage');
        }
        const after = (0, kustomize_edit_js_1.applyKustomizeUpdates)(found.text, updates, found.file);
        const written = updates.map((u) => {
            const change = (0, kustomize_edit_js_1.parseKustomizeUpdate)(u, found.file);
            const value = change.kind === 'replicas'
                ? change.count
                : Object.values(change.fields).length === 1
                    ? Object.values(change.fields)[0]
                    : change.fields;
            return { path: u.path, value };
        });
        return { file: found.file, kind: 'kustomization', before: found.text, after, written };
    }
    const file = (0, layout_js_1.valuesLayerFile)(workload.config.name, environment, tenant);
    const before = await readText(root, file);
    const after = (0, value_path_js_1.applyValueUpdates)(before ?? layerHeader(workload.config.name, environment, tenant), [...updates], file);
    const data = (0, yaml_1.parseDocument)(after).toJS() ?? {};
    const written = updates.map((u) => ({ path: u.path, value: (0, values_js_1.getPath)(data, (0, value_path_js_1.parseValuePath)(u.path)) }));
    return { file, kind: 'values', before, after, written };
}
/**
 * Plans a chart upgrade: `source.versions.<environment>` in the workload's workload.yaml set to `version` (a
 * string, comments kept). Only a repository or OCI chart has versions to choose; a chart folder in the repository
 * is upgraded by changing the folder, and a template or Kustomize workload has no chart at all.
 */
async function planChartVersionEdit(root, workload, environment, version) {
    const { name, source } = workload.config;
    if (source.type !== 'helm') {
        throw new errors_js_1.UserError(`workload '${name}' renders from a ${source.type === 'kustomize' ? 'Kustomize overlay' : 'template folder'}, not a Helm chart: chart-version applies to Helm workloads only; drop chart-version`, [], 'usage');
    }
    if (!source.repository && !source.chart.startsWith('oci://')) {
        throw new errors_js_1.UserError(`workload '${name}' renders the chart folder '${source.chart}' of the repository: upgrade it by changing that folder; chart-version applies to repository and oci:// charts`, [], 'usage');
    }
    if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(version)) {
        throw new errors_js_1.UserError(`chart-version '${version}' is not a chart version: use a SemVer version such as 1.2.3`, [], 'usage');
    }
    const rel = repoRelative(root, (0, node_path_1.join)(workload.dir, 'workload.yaml'));
    const before = rel === undefined ? undefined : await readText(root, rel);
    if (rel === undefined || before === undefined) {
        throw new errors_js_1.UserError(`workload '${name}' has no workload.yaml in the repository`, [], 'usage');
    }
    const path = `source.versions.${environment}`;
    const after = (0, value_path_js_1.applyValueUpdates)(before, [{ path, value: JSON.stringify(version) }], rel);
    return { file: rel, kind: 'workload', before, after, written: [{ path, value: version }] };
}
/**
 * Every file a release of `workload` in `environment` can have edited (repo-relative), from its workload.yaml text
 * as of that release: the overlay's kustomization (each name kustomize accepts) of a Kustomize workload, else the
 * environment's values layer and its tenants' layers. Rollback restores these, so the values PR puts back what
 * planReleaseEdit changed whatever the workload's kind. An unreadable workload.yaml gives the values layers.
 */
function releaseEditFiles(workload, workloadYaml, environment, tenants) {
    const source = (0, workload_fields_js_1.readWorkloadFields)(workloadYaml)?.source;
    if (source?.type === 'kustomize') {
        const folder = node_path_1.posix.normalize(`${(0, layout_js_1.workloadDir)(workload)}/${(0, kustomize_edit_js_1.overlayFolder)({ overlay: source.overlay ?? '', ...(source.overlays ? { overlays: source.overlays } : {}) }, environment)}`);
        // An overlay outside the repository is refused by planReleaseEdit: nothing of it to restore.
        if (folder.startsWith('../') || node_path_1.posix.isAbsolute(folder))
            return [];
        return kustomize_edit_js_1.KUSTOMIZATION_FILES.map((name) => `${folder}/${name}`);
    }
    return [
        (0, layout_js_1.valuesLayerFile)(workload, environment),
        ...tenants.map((t) => (0, layout_js_1.valuesLayerFile)(workload, environment, t)),
    ];
}
/** Write-then-rename: a reader (or a crash) never sees half a file. */
async function writeReleaseEdit(root, edit) {
    const abs = (0, node_path_1.join)(root, ...edit.file.split('/'));
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(abs), { recursive: true });
    const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
    await (0, promises_1.writeFile)(tmp, edit.after);
    await (0, promises_1.rename)(tmp, abs);
}
function layerHeader(workload, env, tenant) {
    return tenant === undefined
        ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
        : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}
function repoRelative(root, abs) {
    const rel = (0, node_path_1.relative)(root, abs);
    if (rel === '' || rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
        return undefined;
    return rel.split('\\').join('/');
}
/**
 * A file of the repository, or undefined when there is none. A file that resolves outside the repository (a symlink
 * out of it) is refused: its content would be copied into the repository by the write, and into a pull request.
 */
async function readText(root, file) {
    const r = (0, repo_paths_js_2.repoPaths)(root).resolve(file);
    if (r.kind === 'outside')
        throw new errors_js_1.UserError((0, repo_paths_js_1.outsideMessage)({ rel: r.via, reason: r.reason }), [], 'usage');
    return r.kind === 'file' ? (0, promises_1.readFile)(r.abs, 'utf8') : undefined;
}
async function firstExisting(root, files) {
    for (const file of files) {
        const text = await readText(root, file);
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}


/***/ }),

/***/ 62083:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readWorkloadFields = readWorkloadFields;
// What a step without a loaded repository snapshot reads of one workload.yaml text: the source's kind and overlay
// (rollback: which files a past release's edit changed) and the tenants (verify-health: whom a promotion must reach,
// from main). Read with the project's YAML reader (size, depth and tag limits) but without the schema: the text may
// be of another commit than the checkout, and each caller decides what an unreadable file means.
const yaml_source_js_1 = __webpack_require__(362);
/** undefined when there is no text, or it is not YAML, or not a mapping. */
function readWorkloadFields(text, file = 'workload.yaml') {
    if (text === undefined)
        return undefined;
    const doc = (0, yaml_source_js_1.parseYamlSource)(text, file).value;
    if (typeof doc !== 'object' || doc === null)
        return undefined;
    const { source, tenants } = doc;
    return {
        ...(typeof source === 'object' && source !== null ? { source: sourceFields(source) } : {}),
        ...(tenants !== undefined ? { tenants } : {}),
    };
}
function sourceFields(source) {
    const s = source;
    const overlays = typeof s.overlays === 'object' && s.overlays !== null
        ? Object.fromEntries(Object.entries(s.overlays).filter((e) => typeof e[1] === 'string'))
        : undefined;
    return {
        type: s.type,
        ...(typeof s.overlay === 'string' ? { overlay: s.overlay } : {}),
        ...(overlays ? { overlays } : {}),
    };
}


/***/ }),

/***/ 3563:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judge = judge;
// The facts approve-gate judges a pull request with, gathered once for every environment whose policy judges it
// (one, or each environment a shared layer reaches: approve-gate-scope.ts): reviews, who pushed, permissions, code
// owners and team memberships; then each environment's verdict (decideApproval, decideBreakGlass). Split from
// approve-gate.ts, which gathers the PR and writes the status and the record (docs/architecture.md#release-lifecycle).
const approval_policy_js_1 = __webpack_require__(27600);
const break_glass_js_1 = __webpack_require__(6558);
const codeowners_js_1 = __webpack_require__(43699);
const reviews_js_1 = __webpack_require__(89377);
const approve_gate_pushers_js_1 = __webpack_require__(72880);
const approve_gate_teams_js_1 = __webpack_require__(4326);
async function judge(pr, policies, commits, ports) {
    const { github, log, changedPaths } = ports;
    const reviews = await github.listReviews(pr.number);
    const opinions = (0, reviews_js_1.latestOpinions)(reviews.map((r) => ({
        reviewer: r.reviewer,
        state: r.state,
        commitId: r.commitId,
        submittedAt: r.submittedAt,
    }))).filter((o) => !(0, approval_policy_js_1.isBot)(o.reviewer));
    // Who pushed only ever discounts an approval: with none to judge (a PR's first gate), GitHub is not asked.
    const pushers = opinions.some((o) => o.state === 'APPROVED')
        ? (await (0, approve_gate_pushers_js_1.pushersOf)(pr, commits, { github, log })).logins
        : [];
    const permissions = {};
    for (const o of opinions) {
        try {
            permissions[o.reviewer] = await github.getRepositoryPermission(o.reviewer);
        }
        catch (e) {
            // Unknown stays unknown: decideApproval fails closed on it.
            log.warning(`cannot read ${o.reviewer}'s permission: ${e.message}`);
        }
    }
    let codeowners;
    let ownedPaths = [];
    if (policies.some((p) => p.policy.codeowners)) {
        const file = await github.getCodeowners(pr.base.sha);
        codeowners = file ? (0, codeowners_js_1.parseCodeowners)(file.content) : undefined;
        ownedPaths = await changedPaths();
    }
    const slugs = new Map();
    for (const p of policies) {
        const owners = p.policy.codeowners ? codeowners : undefined;
        for (const k of (0, approve_gate_teams_js_1.teamsToAsk)(p.policy.teams, p.freeze, owners, ownedPaths, github.repository.owner)) {
            slugs.set(`${k.org}/${k.slug}`.toLowerCase(), k);
        }
    }
    const teamMap = await (0, approve_gate_teams_js_1.teamFacts)(github, {
        slugs: [...slugs.values()],
        candidates: opinions.filter((o) => o.state === 'APPROVED').map((o) => o.reviewer),
    });
    // CODEOWNERS teams by org and slug; gitopshq.yaml's (policy, break-glass) by slug, the repository owner's only.
    const teams = {};
    for (const [k, v] of teamMap) {
        teams[(0, approval_policy_js_1.teamKey)(k.org, k.slug)] = v;
        if (k.org.toLowerCase() === github.repository.owner.toLowerCase())
            teams[k.slug] = v;
    }
    const verdicts = policies.map(({ name, policy, freeze }) => {
        const decision = (0, approval_policy_js_1.decideApproval)(policy, {
            author: pr.author,
            headSha: pr.head.sha,
            pushers,
            changedPaths: policy.codeowners ? ownedPaths : [],
            reviews: reviews.map((r) => ({
                reviewer: r.reviewer,
                state: r.state,
                commitId: r.commitId,
                submittedAt: r.submittedAt,
            })),
            permissions,
            teams,
            codeowners: policy.codeowners ? codeowners : undefined,
        });
        const glass = (0, break_glass_js_1.decideBreakGlass)(freeze, { labels: pr.labels, approvers: decision.counted, teams });
        return { environment: name, decision, freeze, glass };
    });
    return { verdicts, reviews };
}


/***/ }),

/***/ 72880:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitLogins = commitLogins;
exports.pushersFromActivity = pushersFromActivity;
exports.pushersOf = pushersOf;
// Who pushed to a pull request, for the gate's rule that a reviewer who pushed to it is not an independent approver
// (docs/architecture.md#release-lifecycle). GitHub's repository activity names the account whose token moved the
// head branch; a commit's author and committer are whatever its maker wrote (Bob can push a commit "by Alice" to
// Alice's PR and then approve it), so the commits only add to it (a forged name discounts only the person it
// names), and are all there is, announced, when the activity cannot be read: a head branch in a fork (the base
// repository's activity never shows it), or a 403/404 answer.
const port_js_1 = __webpack_require__(18212);
/** GitHub's login for commits made in its web UI: it pushed nothing on its own. */
const WEB_FLOW = 'web-flow';
/** Logins on the PR's commits (author and committer), the fallback. */
function commitLogins(commits) {
    const logins = commits.flatMap((c) => [c.author, c.committer]);
    return [...new Set(logins.filter((l) => !!l && l !== WEB_FLOW))];
}
/**
 * Everyone who moved the head branch with something now in the PR, or while the PR was open: a push, force push,
 * branch creation or merge into it whose `after` is one of the PR's commits, or made at or after the PR was opened
 * (a push later rewritten away still counts: its author saw the PR). Pushes from before the PR that left nothing in
 * it (an earlier PR on a reused branch name) do not.
 */
function pushersFromActivity(pr, commits, rows) {
    const shas = new Set(commits.map((c) => c.sha));
    const opened = Date.parse(pr.createdAt);
    const moved = rows.filter((a) => a.type !== 'branch_deletion' && (shas.has(a.after) || Date.parse(a.timestamp) >= opened));
    return [...new Set(moved.flatMap((a) => (a.actor ? [a.actor] : [])))];
}
async function pushersOf(pr, commits, ports) {
    const { github, log } = ports;
    const fallback = (why) => {
        log.warning(`pull request #${pr.number}: who pushed is read from its commits' author and committer, which anyone can forge, because ${why}`);
        return { logins: commitLogins(commits), source: 'commits', why };
    };
    const here = `${github.repository.owner}/${github.repository.repo}`;
    if (pr.head.repo !== undefined && pr.head.repo?.toLowerCase() !== here.toLowerCase()) {
        return fallback(pr.head.repo === null
            ? 'its head repository (a fork) is gone'
            : `its head branch is in the fork ${pr.head.repo}, whose pushes ${here}'s activity does not show`);
    }
    let rows;
    try {
        rows = await github.listBranchActivity(pr.head.ref);
    }
    catch (e) {
        if (!(e instanceof port_js_1.RefActivityUnreadableError))
            throw e;
        return fallback(`GitHub would not list the repository's activity (HTTP ${e.status})`);
    }
    // The commits' own logins always count beside the activity: a forged name can only discount the person it names
    // (fail safe), and one whose commit a colleague pushed (a cherry-pick) is no independent approver of it either.
    const logins = [...new Set([...pushersFromActivity(pr, commits, rows), ...commitLogins(commits)])];
    // GitHub may list a push a moment after it happened: while the head's own push is missing, the list may lack the
    // latest pusher, and the result rests on the commits as far as that push goes.
    if (!rows.some((a) => a.after === pr.head.sha)) {
        const why = `GitHub's activity does not show the push of the head ${pr.head.sha.slice(0, 7)} yet`;
        return { ...fallback(why), logins };
    }
    return { logins, source: 'activity' };
}


/***/ }),

/***/ 42903:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.moveRecord = moveRecord;
const break_glass_js_1 = __webpack_require__(6558);
const reviews_js_1 = __webpack_require__(89377);
/** The reviews as the record keeps them: each reviewer's latest opinion, with its comment. */
function approvalsSeen(reviews) {
    const body = new Map(reviews.map((r) => [`${r.reviewer.toLowerCase()}@${r.submittedAt}`, r.body]));
    return (0, reviews_js_1.latestOpinions)(reviews.map((r) => ({
        reviewer: r.reviewer,
        state: r.state,
        commitId: r.commitId,
        submittedAt: r.submittedAt,
    }))).map((o) => {
        const comment = body.get(`${o.reviewer.toLowerCase()}@${o.at}`)?.trim();
        return comment ? { ...o, comment } : o;
    });
}
async function moveRecord(store, start, facts) {
    const { pr, approved, glass, reviews, actor } = facts;
    const approvals = approvalsSeen(reviews);
    // Break-glass covers the freeze occurrence it was granted in; the newest breaker of a freeze not yet broken speaks.
    const breakGlass = (0, break_glass_js_1.nextBreakGlass)(start.breakGlass, glass, pr.labels, (approver) => {
        const review = [...reviews]
            .reverse()
            .find((r) => r.state === 'APPROVED' && r.reviewer.toLowerCase() === approver.toLowerCase());
        return {
            at: review?.submittedAt ?? new Date().toISOString(),
            reason: review?.body.trim() || `(no reason given in ${approver}'s approving review)`,
        };
    });
    const { refresh } = facts;
    const data = {
        approvals,
        // Set while a shared layer is in the PR, dropped (undefined) once a push takes it out again.
        affects: facts.affects,
        approvalMissing: facts.missing,
        ...refresh?.patch,
    };
    // A lapsed break-glass is removed from the record, not left to look as if it still held.
    const patch = (r) => {
        const { breakGlass: _, ...rest } = r;
        return { ...rest, ...data, ...(breakGlass ? { breakGlass } : {}) };
    };
    let record = start;
    let writes = 0;
    const go = async (to, note) => {
        // The first transition's history entry also says the change set moved (the patch carries it).
        const said = writes === 0 && refresh?.note ? `${note}; ${refresh.note}` : note;
        record = await store.transitionRelease(record.id, to, { actor, note: said, patch });
        writes++;
    };
    if (record.state === 'Draft' && !pr.draft)
        await go('PendingApproval', 'the pull request is ready for review');
    else if (record.state !== 'Draft' && pr.draft) {
        if (record.state === 'Approved')
            await go('PendingApproval', 'the pull request went back to draft');
        await go('Draft', 'the pull request went back to draft');
    }
    if (record.state === 'PendingApproval' && approved)
        await go('Approved', facts.description);
    else if (record.state === 'Approved' && !approved) {
        await go('PendingApproval', `approval no longer holds: ${facts.description}`);
    }
    if (writes === 0 &&
        (refresh !== undefined ||
            JSON.stringify(record.approvals) !== JSON.stringify(approvals) ||
            JSON.stringify(record.approvalMissing) !== JSON.stringify(facts.missing) ||
            JSON.stringify(record.affects) !== JSON.stringify(facts.affects) ||
            record.breakGlass !== breakGlass)) {
        const before = record;
        record = await store.updateRelease(record.id, patch, refresh
            ? `release ${record.id}: approvals; ${refresh.note ?? `change set read at ${refresh.patch.changeSetCommit}, unchanged`}`
            : `release ${record.id}: approvals`);
        if (JSON.stringify(before) !== JSON.stringify(record))
            writes++;
    }
    return { record, writes };
}


/***/ }),

/***/ 16604:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.changedFiles = changedFiles;
exports.gateScope = gateScope;
exports.policyRefused = policyRefused;
exports.nonReleaseOf = nonReleaseOf;
exports.policyChangeRefusal = policyChangeRefusal;
exports.otherWorkloadRefusal = otherWorkloadRefusal;
// What the approval gate judges a pull request by, beyond a release's own environment
// (docs/architecture.md#release-lifecycle): a release that also changes policy files (gitopshq.yaml, CODEOWNERS,
// .github/) or the cluster objects under clusters/ is refused, because the gate and deploy judge it by the policy on
// the base branch and the PR would change that policy unseen; a change to a layer several environments share (base
// values, chart, templates, workload.yaml) is judged by every environment it reaches; and a pull request that changes
// no workload is no release, judged by every environment its files reach (none for docs: nonReleaseChange). Read
// from git in the checkout (no API call), or from GitHub's file list when the checkout has no merge base; the files
// a render reads from outside its workload folder (a shared chart) are followed on disk. Split from approve-gate.ts.
const approval_policy_js_1 = __webpack_require__(27600);
const layout_js_1 = __webpack_require__(89128);
const release_scope_js_1 = __webpack_require__(95668);
async function changedFiles(pr, checkout, fromGitHub) {
    const local = await checkout.changedFiles(pr.base.sha, pr.head.sha);
    return { prefix: local.prefix, files: local.files ?? (await fromGitHub()) };
}
async function gateScope(changed, base, head) {
    const inside = changed.files
        .filter((f) => f.startsWith(changed.prefix))
        .map((f) => f.slice(changed.prefix.length));
    const reach = (0, release_scope_js_1.workloadReach)(inside, base, head);
    const policyFiles = (0, release_scope_js_1.policyFilesIn)(changed.files, changed.prefix);
    const clusterFiles = (0, release_scope_js_1.clusterFilesIn)(changed.files, changed.prefix);
    // What is left once workloads/, policy and clusters/ are set aside: docs, unless a render reads them.
    const counted = new Set([...policyFiles, ...clusterFiles]);
    const others = changed.files
        .filter((f) => f.startsWith(changed.prefix) && !counted.has(f))
        .map((f) => f.slice(changed.prefix.length))
        .filter((f) => !f.startsWith(`${layout_js_1.WORKLOADS_DIR}/`));
    return {
        policyFiles,
        clusterFiles,
        workloadFiles: inside.filter((f) => reach.some((r) => f.startsWith(`workloads/${r.workload}/`))),
        reach,
        rendered: others.length > 0 ? await renderedFiles(others, base, head) : { files: [], environments: [] },
    };
}
/**
 * The files among `paths` (GitOps-relative, outside workloads/) that a workload's render reads at base or head, by
 * the reads preview follows (a chart's in-repository links and `file://` dependencies, Kustomize references), and
 * the environments of those renders. Loaded only for such files: most pull requests have none.
 */
async function renderedFiles(paths, base, head) {
    const [{ affectedTargets }, { followedReads }] = await Promise.all([
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 30866)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 23263)),
    ]);
    const reads = new Map();
    const readsOf = (snap, w) => {
        let r = reads.get(w);
        if (r === undefined) {
            r = followedReads(snap, w);
            reads.set(w, r);
        }
        return r;
    };
    const snaps = base ? [base, head] : [head];
    const files = [];
    const environments = new Set();
    for (const path of paths) {
        const targets = affectedTargets([path], snaps, readsOf);
        if (targets.length === 0)
            continue;
        files.push(path);
        for (const t of targets)
            environments.add(t.environment);
    }
    return { files, environments: [...environments] };
}
/** A release (a record, or workload changes) that also changes policy or cluster files: refused. */
function policyRefused(scope, record) {
    const policy = scope.policyFiles.length + scope.clusterFiles.length > 0;
    return policy && (record !== undefined || scope.reach.length > 0);
}
/** What a pull request with no release record is when it changes no workload; undefined: it is a release. */
function nonReleaseOf(scope, config) {
    if (scope.reach.length > 0)
        return undefined;
    return (0, release_scope_js_1.nonReleaseChange)({
        policyFiles: scope.policyFiles,
        clusterFiles: scope.clusterFiles,
        renderedFiles: scope.rendered.files,
        renderedEnvironments: scope.rendered.environments,
    }, config.environments.map((e) => e.name));
}
/** Why a release PR that also changes policy or cluster files is refused: the full message, and the status' short one. */
function policyChangeRefusal(number, scope, releaseId) {
    const what = releaseId ? `release ${releaseId}` : 'a release';
    const files = [...scope.policyFiles, ...scope.clusterFiles];
    const changes = scope.workloadFiles.length > 0 ? ` as well as ${few(scope.workloadFiles)}` : '';
    return {
        message: `pull request #${number} is ${what} and changes ${few(files)}${changes}: policy changes (gitopshq.yaml, CODEOWNERS, .github/, clusters/) go in a pull request of their own, reviewed by their code owners and judged by every environment's policy, because a release is judged and deployed by the policy on the base branch; split it, and merge the policy change first`,
        description: (0, approval_policy_js_1.clipDescription)(`changes ${few(files, 1)}${scope.workloadFiles.length > 0 ? ' as well as workloads' : ''}: policy changes need a pull request of their own${scope.workloadFiles.length > 0 ? '; split it' : ', not a release'}`),
    };
}
/** Why a release PR that also changes another workload is refused (its record names one). */
function otherWorkloadRefusal(number, release, others) {
    return {
        message: `pull request #${number} is release ${release.id} of ${release.workload}, and it also changes ${others.join(', ')}: a release is one workload, so keep this pull request to ${release.workload} and open another for the rest`,
        description: (0, approval_policy_js_1.clipDescription)(`also changes ${others.join(', ')}: a release is one workload; split it`),
    };
}
function few(files, n = 3) {
    return files.length <= n
        ? files.join(', ')
        : `${files.slice(0, n).join(', ')} and ${files.length - n} more`;
}


/***/ }),

/***/ 36664:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setStatus = setStatus;
exports.refuse = refuse;
exports.nothingDeployableReport = nothingDeployableReport;
exports.environmentMismatch = environmentMismatch;
const break_glass_js_1 = __webpack_require__(6558);
const freeze_js_1 = __webpack_require__(96301);
const gate_verdict_js_1 = __webpack_require__(93637);
const port_js_1 = __webpack_require__(18212);
const result_js_1 = __webpack_require__(48155);
/** Sets `gitopshq/approval` unless the head already shows exactly this state and description. */
async function setStatus(github, sha, state, description, runUrl) {
    const current = (await github.getCombinedStatus(sha)).statuses.find((s) => s.context === port_js_1.APPROVAL_STATUS_CONTEXT);
    if (current?.state === state && current.description === description)
        return false;
    await github.createCommitStatus(sha, {
        context: port_js_1.APPROVAL_STATUS_CONTEXT,
        state,
        description,
        ...(runUrl ? { targetUrl: runUrl } : {}),
    });
    return true;
}
/**
 * Refuses a pull request the gate does not judge as it stands (a release that also changes policy, or another
 * workload): the status fails with what to do, an approval the record holds no longer does, nothing else is written.
 */
async function refuse(ports, req, pr, record, why) {
    if (!req.readOnly) {
        await setStatus(ports.github, pr.head.sha, 'failure', why.description, req.runUrl);
        if (record?.state === 'Approved') {
            await ports.store.transitionRelease(record.id, 'PendingApproval', {
                actor: req.actor,
                note: `approval no longer holds: ${why.message}`,
            });
        }
    }
    return (0, result_js_1.failed)({ kind: 'usage', message: why.message });
}
/** The report on a pull request no environment consumes (docs): it passes, judged by no policy, nothing recorded. */
function nothingDeployableReport(pr, at, statusSet) {
    // No environment judges it: the status of no freeze at all.
    const freeze = (0, freeze_js_1.freezeStatus)([], '', at);
    const decision = {
        approved: true,
        missing: [],
        description: gate_verdict_js_1.NOTHING_DEPLOYABLE,
        counted: [],
        ignored: [],
    };
    return {
        pullRequest: pr.number,
        headSha: pr.head.sha,
        environment: '',
        change: 'nothing-deployable',
        approved: true,
        missing: [],
        description: gate_verdict_js_1.NOTHING_DEPLOYABLE,
        decision,
        freeze,
        breakGlass: (0, break_glass_js_1.decideBreakGlass)(freeze, { labels: [], approvers: [], teams: {} }),
        environments: [],
        registered: false,
        recordWrites: 0,
        statusSet,
    };
}
/** Why the gate refuses an environment input that is not the release's own: names both, and what to change. */
function environmentMismatch(number, record, input) {
    return `pull request #${number} is release ${record.id} to environment '${record.environment}', and the gate was asked to judge it as '${input}': a release is judged by its own environment's policy, so remove the environment input (or set it to '${record.environment}')`;
}


/***/ }),

/***/ 4326:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.teamsToAsk = teamsToAsk;
exports.teamFacts = teamFacts;
const codeowners_js_1 = __webpack_require__(43699);
const port_js_1 = __webpack_require__(18212);
/** Every team whose membership matters: the policy's, the break-glass teams of freezes in force, code owners. */
function teamsToAsk(policyTeams, freeze, codeowners, changedPaths, org) {
    const keys = new Map();
    // By org and slug: a CODEOWNERS `@other/sre` is not the policy's `sre` (the repository owner's). GitHub's slugs
    // are lowercase and CODEOWNERS reads `@acme/SRE` as `@acme/sre`: asked in lowercase, so the spelling last seen
    // never decides which key the answer is filed under.
    const add = (k) => keys.set(`${k.org}/${k.slug}`.toLowerCase(), { org: k.org, slug: k.slug.toLowerCase() });
    for (const slug of policyTeams)
        add({ org, slug });
    for (const a of freeze.active)
        for (const slug of a.breakGlass.teams)
            add({ org, slug });
    if (codeowners) {
        for (const path of changedPaths) {
            for (const owner of (0, codeowners_js_1.ownersOf)(codeowners, path).owners) {
                if (owner.kind === 'team')
                    add({ org: owner.org, slug: owner.slug });
            }
        }
    }
    return [...keys.values()];
}
/**
 * Which approvers belong to each team: one membership call per (team, approver), so the calls grow with people,
 * never with files or tenants. A token that may not read members makes the team `forbidden` (fails closed).
 */
async function teamFacts(github, ask) {
    const out = new Map();
    for (const team of ask.slugs) {
        const members = [];
        let forbidden = false;
        for (const login of ask.candidates) {
            try {
                if (await github.isTeamMember(team.org, team.slug, login))
                    members.push(login);
            }
            catch (e) {
                if (!(e instanceof port_js_1.TeamMembershipUnreadableError))
                    throw e;
                forbidden = true;
                break;
            }
        }
        out.set(team, forbidden ? { status: 'forbidden' } : { status: 'known', members });
    }
    return out;
}


/***/ }),

/***/ 46513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// approve-gate: does a release PR meet its environment's approval policy, and is the environment free of freezes
// (or broken through by break-glass)? The policy is ALWAYS read from the base branch (gitopshq.yaml and CODEOWNERS
// at the PR's base SHA), never from the PR, so a PR cannot lower the bar it is judged by. The rules are pure
// (decideApproval, freezeStatus, decideBreakGlass in src/domain); this file gathers their facts from GitHub, sets
// the `gitopshq/approval` status and moves the release record. A pull request GitHub answers as closed is not
// judged: its release is settled by release-closed.ts (closed unmerged: Cancelled). A release PR that also changes
// the policy (gitopshq.yaml, CODEOWNERS, .github/, clusters/) is refused: that goes in a PR of its own. One that
// changes a layer several environments share (base values, chart, workload.yaml) is judged by each of their
// policies: all must pass (approve-gate-scope.ts). A PR that changes no workload is no release and gets no record:
// policy, clusters/ or shared render files are judged by every environment they reach, with freezes; a PR no
// environment consumes (docs) passes, so branch protection can require the status everywhere. Flow:
// docs/architecture.md#release-lifecycle.
//
// Break-glass reason: the body of the break-glass approver's approving review (the review that broke the glass);
// the PR must also carry the freeze's label. Recorded in the release as breakGlass {actor, at, reason}, where `at`
// is when that review was submitted, so a re-run records the same audit.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.environmentMismatch = void 0;
exports.runGate = runGate;
exports.approveGate = approveGate;
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const gate_verdict_js_1 = __webpack_require__(93637);
const approve_gate_judge_js_1 = __webpack_require__(3563);
const approve_gate_record_js_1 = __webpack_require__(42903);
const approve_gate_scope_js_1 = __webpack_require__(16604);
const approve_gate_status_js_1 = __webpack_require__(36664);
Object.defineProperty(exports, "environmentMismatch", ({ enumerable: true, get: function () { return approve_gate_status_js_1.environmentMismatch; } }));
const change_set_refresh_js_1 = __webpack_require__(87481);
const deps_js_1 = __webpack_require__(31064);
const register_release_js_1 = __webpack_require__(35587);
const release_closed_js_1 = __webpack_require__(66650);
const result_js_1 = __webpack_require__(48155);
const GATED = new Set(['Draft', 'PendingApproval', 'Approved']);
/**
 * The gate on the pull request as GitHub answers it now, whatever the event said: an open one is judged; a closed
 * one gets no status, and its release is settled (closed unmerged before Deploying: Cancelled; merged: deploy's).
 */
async function runGate(req, ports, clock = deps_js_1.systemClock) {
    const pr = await ports.github.getPullRequest(req.pullRequest);
    if (pr.state === 'closed') {
        return { kind: 'closed', report: await (0, release_closed_js_1.settleClosedPullRequest)(pr, req, ports, clock) };
    }
    if (req.eventAction === 'closed') {
        ports.log.info(`the event says pull request #${pr.number} was closed, GitHub says it is open (reopened since): it is judged as open`);
    }
    return { kind: 'gated', result: await gateOpen(pr, req, ports, clock) };
}
/** runGate for callers that judge an open pull request: a closed one is a usage error naming what was settled. */
async function approveGate(req, ports, clock = deps_js_1.systemClock) {
    const run = await runGate(req, ports, clock);
    if (run.kind === 'gated')
        return run.result;
    return (0, result_js_1.failed)({
        kind: 'usage',
        message: `${run.report.message}; a closed pull request has no approval gate`,
    });
}
async function gateOpen(pr, req, ports, clock) {
    const { github, checkout, store, log } = ports;
    const { missing: absent, reason } = await checkout.ensureCommits([pr.base.sha, pr.head.sha]);
    if (absent.length > 0) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `the checkout at ${checkout.where} lacks commits ${absent.join(', ')} and fetching them failed (${reason ?? 'no reason given'}): use actions/checkout with fetch-depth: 0`,
        });
    }
    // The changed files are read only when needed (inferring an unregistered PR, or CODEOWNERS): listing them pages
    // by 100, so reading them always would make a 200-tenant wave cost more calls than a 2-tenant one.
    let files;
    const changedPaths = () => (files ??= github
        .listPullRequestFiles(pr.number)
        .then((list) => list.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]))));
    let record = await (0, register_release_js_1.findReleaseForPullRequest)(store, pr.number);
    // Cancelled is final: an open pull request whose release was cancelled (closed unmerged, then reopened) is a new
    // release, registered below like a pull request opened by hand.
    const cancelled = record?.state === 'Cancelled' ? record : undefined;
    if (cancelled)
        record = undefined;
    // The record's environment is the one the release deploys to, so it is the policy the release is judged by: an
    // input naming another (a workflow, or a pull request editing its own workflow) would lower the bar.
    if (record && req.environment !== undefined && req.environment !== record.environment) {
        return (0, result_js_1.failed)({ kind: 'usage', message: (0, approve_gate_status_js_1.environmentMismatch)(pr.number, record, req.environment) });
    }
    const now = clock.now();
    // What the PR changes, from git in the checkout (no API call): policy files, and the environments it reaches.
    const changed = await (0, approve_gate_scope_js_1.changedFiles)(pr, checkout, changedPaths);
    let loaded;
    try {
        loaded = await checkout.snapshots(pr.base.sha, pr.head.sha, async (s) => {
            if (s.baseSnap === undefined) {
                throw new errors_js_1.ValidationError([
                    {
                        file: 'gitopshq.yaml',
                        line: 1,
                        col: 1,
                        message: `the base branch ${pr.base.ref} has no valid gitopshq.yaml: the gate reads its policy there`,
                    },
                ]);
            }
            const scope = await (0, approve_gate_scope_js_1.gateScope)(changed, s.baseSnap, s.headSnap);
            // A release that also changes policy is refused below, before anything is registered; one that changes no
            // workload is no release: nothing to infer.
            const needInference = !(0, approve_gate_scope_js_1.policyRefused)(scope, record) &&
                record === undefined &&
                scope.reach.length > 0 &&
                (req.environment === undefined || !req.readOnly);
            // A reopened PR keeps its cancelled release's environment (its diff may name none: a chart upgrade).
            const env = req.environment ?? cancelled?.environment;
            const inferred = needInference
                ? (0, register_release_js_1.inferRelease)(await changedPaths(), s.baseSnap, s.headSnap, env)
                : undefined;
            return { config: s.baseSnap.config, inferred, scope };
        });
    }
    catch (e) {
        if (e instanceof errors_js_1.ValidationError) {
            return (0, result_js_1.failed)({ message: 'the gate cannot read the repository at base or head', findings: e.findings });
        }
        throw e;
    }
    const { scope } = loaded;
    const others = record
        ? scope.reach.filter((r) => r.workload !== record?.workload).map((r) => r.workload)
        : [];
    if ((0, approve_gate_scope_js_1.policyRefused)(scope, record)) {
        return (0, approve_gate_status_js_1.refuse)(ports, req, pr, record, (0, approve_gate_scope_js_1.policyChangeRefusal)(pr.number, scope, record?.id));
    }
    if (record && others.length > 0)
        return (0, approve_gate_status_js_1.refuse)(ports, req, pr, record, (0, approve_gate_scope_js_1.otherWorkloadRefusal)(pr.number, record, others));
    // No record and no workload changed: no release. Its files say whose policies judge it (none for docs).
    const nonRelease = record === undefined ? (0, approve_gate_scope_js_1.nonReleaseOf)(scope, loaded.config) : undefined;
    if (nonRelease && req.environment !== undefined) {
        log.info(`pull request #${pr.number} changes no workload, so it is no release: the environment input '${req.environment}' does not apply`);
    }
    if (nonRelease?.kind === 'nothing-deployable') {
        const statusSet = !req.readOnly && (await (0, approve_gate_status_js_1.setStatus)(github, pr.head.sha, 'success', gate_verdict_js_1.NOTHING_DEPLOYABLE, req.runUrl));
        return (0, result_js_1.succeeded)((0, approve_gate_status_js_1.nothingDeployableReport)(pr, now, statusSet));
    }
    // The PR's commits: who pushed (for the gate) and, for a PR registered here, when the change was first committed.
    const commits = await github.listPullRequestCommits(pr.number);
    let registered = false;
    let recordWrites = 0;
    if (record === undefined && loaded.inferred && !req.readOnly) {
        const r = await (0, register_release_js_1.registerPullRequest)(pr, loaded.inferred, { store }, { actor: req.actor, now, firstCommitAt: (0, register_release_js_1.firstCommitTime)(commits) });
        record = r.record;
        registered = r.created;
        if (r.created) {
            recordWrites++;
            const again = cancelled ? ` (reopened: release ${cancelled.id} was cancelled)` : '';
            log.info(`registered pull request #${pr.number} as release ${r.record.id} (${r.record.state})${again}`);
        }
    }
    // A push to the release PR changes what the merge deploys: the record's change set follows it (promote carries
    // the record's change set on), written with the gate's other updates below.
    let refresh;
    if (record && GATED.has(record.state) && !registered && !req.readOnly) {
        try {
            refresh = await (0, change_set_refresh_js_1.refreshChangeSet)(pr, record, {
                checkout,
                changedPaths,
                commits,
                eventAction: req.eventAction,
            });
        }
        catch (e) {
            if (!(e instanceof errors_js_1.UserError))
                throw e;
            // The approval was given to another change than the one the PR now makes: it no longer holds, so deploy
            // cannot take the release from a merge that bypassed the (missing) status.
            if (record.state === 'Approved') {
                await store.transitionRelease(record.id, 'PendingApproval', {
                    actor: req.actor,
                    note: `approval no longer holds: ${e.message}`,
                });
            }
            return (0, result_js_1.failed)({ kind: 'usage', message: e.message });
        }
        if (refresh?.note)
            log.info(`release ${record.id}: ${refresh.note}`);
    }
    const environment = nonRelease
        ? ''
        : (req.environment ?? record?.environment ?? loaded.inferred?.environment ?? '');
    // A layer several environments share (base values, chart, workload.yaml) ships to each of them with their next
    // release: every one of their policies judges it, the release's own first.
    const workload = record?.workload ??
        loaded.inferred?.workload ??
        (scope.reach.length === 1 ? scope.reach[0]?.workload : '');
    const reached = [
        ...(scope.reach.find((r) => r.workload === workload)?.environments ?? []),
        ...scope.rendered.environments,
    ];
    // A policy or cluster-wide change: every environment's policy, read on the base branch like a release's.
    const judgedBy = nonRelease
        ? nonRelease.environments
        : [...new Set([environment, ...reached.filter((e) => e !== environment)])];
    const unknown = judgedBy.filter((e) => !loaded.config.environments.some((c) => c.name === e));
    if (unknown.length > 0) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `environment '${unknown[0]}' is not in gitopshq.yaml on ${pr.base.ref}: use one of ${loaded.config.environments.map((e) => e.name).join(', ')}`,
        });
    }
    const policies = judgedBy.flatMap((name) => {
        const config = loaded.config.environments.find((e) => e.name === name);
        return config
            ? [{ name, policy: config.approvals, freeze: (0, freeze_js_1.freezeStatus)(loaded.config.freezes, name, now) }]
            : [];
    });
    const { verdicts, reviews } = await (0, approve_gate_judge_js_1.judge)(pr, policies, commits, { github, log, changedPaths });
    const own = verdicts[0];
    const approved = verdicts.every(gate_verdict_js_1.passes);
    const description = nonRelease ? (0, gate_verdict_js_1.describeNonRelease)(nonRelease.kind, verdicts) : (0, gate_verdict_js_1.describeVerdicts)(verdicts);
    const missing = (0, gate_verdict_js_1.missingRulesOf)(verdicts);
    const affects = judgedBy.length > 1 ? judgedBy : undefined;
    let statusSet = false;
    if (!req.readOnly) {
        // The record first, then the status: a status never says more than the record (a merge the success status
        // allows finds the release Approved), and a run killed in between is finished by a re-run, which finds no status
        // and judges again (a re-run skips a head whose status is set: create-release's first checks).
        if (record && GATED.has(record.state)) {
            const moved = await (0, approve_gate_record_js_1.moveRecord)(store, record, {
                pr,
                approved,
                decision: own.decision,
                glass: (0, gate_verdict_js_1.combinedBreakGlass)(verdicts),
                reviews,
                actor: req.actor,
                description,
                refresh,
                affects,
                missing: (0, gate_verdict_js_1.missingPhrasesOf)(verdicts),
            });
            record = moved.record;
            recordWrites += moved.writes;
        }
        statusSet = await (0, approve_gate_status_js_1.setStatus)(github, pr.head.sha, approved ? 'success' : 'pending', description, req.runUrl);
    }
    const report = {
        pullRequest: pr.number,
        headSha: pr.head.sha,
        environment,
        change: nonRelease?.kind ?? 'release',
        approved,
        ...(record ? { releaseId: record.id, state: record.state } : {}),
        missing,
        description,
        decision: own.decision,
        freeze: own.freeze,
        breakGlass: own.glass,
        environments: verdicts.map((v) => ({
            environment: v.environment,
            approved: (0, gate_verdict_js_1.passes)(v),
            description: (0, gate_verdict_js_1.describeVerdicts)([v]),
        })),
        registered,
        recordWrites,
        statusSet,
    };
    return approved ? (0, result_js_1.succeeded)(report) : (0, result_js_1.pending)(description, { value: report });
}


/***/ }),

/***/ 87481:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.refreshChangeSet = refreshChangeSet;
// approve-gate re-reads a release's change set from its pull request when the head moved: the merge deploys the PR
// as it is now, and promote carries the record's change set on, so the record must say what the PR now changes.
// The change set is read the way a PR opened by hand is registered (inferRelease), from the merge base, so commits
// on the base branch since the PR was opened are not read as the PR reverting them. Flow:
// docs/architecture.md#release-lifecycle.
const change_set_refresh_js_1 = __webpack_require__(55017);
const errors_js_1 = __webpack_require__(10241);
const register_release_js_1 = __webpack_require__(35587);
/**
 * The record's change set read again when the PR's head is not the commit it was read from; undefined when the head
 * did not move. Throws a usage UserError when the PR now changes another workload or environment than the release's:
 * a release changes one environment's layer, and re-targeting it silently would move a release under another policy.
 */
async function refreshChangeSet(pr, record, facts) {
    const moved = (0, change_set_refresh_js_1.headMovedSinceChangeSet)({
        eventAction: facts.eventAction,
        headSha: pr.head.sha,
        record,
        commitDates: facts.commits.map((c) => c.date),
    });
    if (!moved)
        return undefined;
    const paths = await facts.changedPaths();
    const from = (await facts.checkout.mergeBase(pr.base.sha, pr.head.sha)) ?? pr.base.sha;
    const inferred = await facts.checkout.snapshots(from, pr.head.sha, async (s) => {
        try {
            return (0, register_release_js_1.inferRelease)(paths, s.baseSnap, s.headSnap, record.environment);
        }
        catch (e) {
            if (!(e instanceof errors_js_1.UserError))
                throw e;
            throw retarget(pr, record, e.message);
        }
    });
    const others = inferred.environmentsNamed.filter((e) => e !== record.environment);
    if (inferred.workload !== record.workload || others.length > 0) {
        const what = inferred.workload !== record.workload
            ? `workload ${inferred.workload}`
            : `environment${others.length === 1 ? '' : 's'} ${others.join(', ')}`;
        throw retarget(pr, record, `it now changes ${what}`);
    }
    const sha = pr.head.sha;
    const patch = {
        changeSetCommit: sha,
        ...((0, change_set_refresh_js_1.markedCommit)(record.notes) !== undefined ? { notes: (0, change_set_refresh_js_1.notesWithoutMarker)(record.notes) } : {}),
    };
    if ((0, change_set_refresh_js_1.sameUpdates)(record.changes.updates, inferred.updates))
        return { patch, note: undefined };
    return {
        patch: {
            ...patch,
            changes: { ...record.changes, updates: inferred.updates },
            title: (0, change_set_refresh_js_1.refreshedTitle)(record, inferred.updates),
        },
        note: `change set updated from commit ${sha}: ${inferred.updates.map((u) => `${u.path}=${u.value}`).join(', ') || 'no value updates'}`,
    };
}
function retarget(pr, record, why) {
    return new errors_js_1.UserError(`pull request #${pr.number} is release ${record.id} (${record.workload} in ${record.environment}), and ${why}: a release changes one environment's layer of one workload, so keep this pull request to ${record.workload} in ${record.environment} and open another for the rest`, [], 'usage');
}


/***/ }),

/***/ 54866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.firstChecks = firstChecks;
exports.summaryOf = summaryOf;
exports.previewPassed = previewPassed;
exports.previewVerdict = previewVerdict;
const port_js_1 = __webpack_require__(18212);
const approve_gate_js_1 = __webpack_require__(46513);
const preview_js_1 = __webpack_require__(16628);
/**
 * The first preview and approval gate of the pull request, run here because a pull request opened with
 * GITHUB_TOKEN starts no workflow (docs/architecture.md): its head gets `gitopshq/preview`, `gitopshq/approval`
 * and the sticky comment. Later pushes and reviews start the PR workflows themselves. A head that already has
 * both statuses (a re-run) is left alone, so a re-run writes nothing; a run killed in between does the rest.
 */
async function firstChecks(req, ports, clock) {
    const { github, log } = ports;
    const present = req.fresh
        ? new Set()
        : new Set((await github.getCombinedStatus(req.head)).statuses.map((s) => s.context));
    const runUrl = req.runUrl ? { runUrl: req.runUrl } : {};
    let previewRun = 'already';
    if (!present.has(port_js_1.PREVIEW_STATUS_CONTEXT)) {
        previewRun = await (0, preview_js_1.preview)({ pullRequest: req.pullRequest, comment: true, failOn: 'new-error', ...runUrl }, ports, clock);
    }
    if (present.has(port_js_1.APPROVAL_STATUS_CONTEXT))
        return { preview: previewRun, gate: 'already set' };
    const gate = await (0, approve_gate_js_1.approveGate)({ pullRequest: req.pullRequest, actor: req.actor, ...runUrl }, ports, clock);
    if (gate.outcome === 'failed') {
        log.warning(`the approval gate did not run on #${req.pullRequest}: ${gate.error.message}`);
        return { preview: previewRun, gate: `not run: ${gate.error.message}` };
    }
    const record = gate.value?.releaseId ? await ports.store.getRelease(gate.value.releaseId) : undefined;
    return { preview: previewRun, gate: gate.value?.description ?? '', ...(record ? { record } : {}) };
}
function summaryOf(run) {
    if (run === 'already')
        return 'already set';
    if (run.value)
        return run.value.verdict.line;
    return run.outcome === 'failed' ? `not run: ${run.error.message}` : 'not run';
}
/** Auto-merge's last check from the preview this run made. */
function previewPassed(run) {
    const fresh = run.value?.summary.newErrors ?? 0;
    if (run.outcome === 'failed' || fresh > 0 || run.value === undefined) {
        const why = run.outcome === 'failed' ? run.error.message : `${fresh} new error(s)`;
        return { merge: false, reason: `preview did not pass (${why}): left open` };
    }
    return { merge: true, reason: 'no approval required' };
}
/** Auto-merge's last check: the branch renders and validates with no error that the base did not have. */
async function previewVerdict(base, head, ports, clock) {
    const compared = await (0, preview_js_1.compareRefs)({ base, head, failOn: 'new-error' }, ports, clock);
    const fresh = compared.value?.summary.newErrors ?? 0;
    if (compared.outcome === 'failed' || fresh > 0) {
        const why = compared.outcome === 'failed' ? compared.error.message : `${fresh} new error(s)`;
        return { merge: false, reason: `preview did not pass (${why}): left open` };
    }
    return { merge: true, reason: 'no approval required' };
}


/***/ }),

/***/ 47787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.autoMergeVerdict = autoMergeVerdict;
exports.autoMerge = autoMerge;
exports.dispatchAgain = dispatchAgain;
// Auto-merge of a release pull request (docs/architecture.md#release-lifecycle): where the environment needs
// nobody's approval, is not frozen and the preview passed, the release moves to Approved, its pull request is
// merged, and the deploy workflow is dispatched (a merge made with GITHUB_TOKEN starts no workflow). Split from
// create-release.ts, which writes the branch, the pull request and the record.
const freeze_js_1 = __webpack_require__(96301);
const release_request_js_1 = __webpack_require__(47089);
const create_release_checks_js_1 = __webpack_require__(54866);
const deploy_dispatch_js_1 = __webpack_require__(11076);
/** Whether the environment lets this pull request merge with nobody's approval now (before the preview's say). */
function autoMergeVerdict(req, config, clock) {
    const env = config.environments.find((e) => e.name === req.environment);
    if (env === undefined)
        return { merge: false, reason: `unknown environment ${req.environment}` };
    return (0, release_request_js_1.autoMergeGate)({
        requested: req.requested ?? env.deploy.autoMerge,
        draft: req.draft,
        environment: req.environment,
        policy: env.approvals,
        freeze: (0, freeze_js_1.freezeStatus)(config.freezes, req.environment, clock.now()),
    });
}
async function autoMerge(req, config, ports, clock) {
    const { github, store, log } = ports;
    let record = req.record;
    let verdict = autoMergeVerdict({ environment: req.environment, requested: req.requested, draft: req.pullRequest.draft }, config, clock);
    if (verdict.merge) {
        verdict =
            req.preview === 'already'
                ? await (0, create_release_checks_js_1.previewVerdict)(req.baseTip, req.head, ports, clock)
                : (0, create_release_checks_js_1.previewPassed)(req.preview);
    }
    if (!verdict.merge)
        return { verdict, merged: false, record };
    if (record.state === 'PendingApproval') {
        record = await store.transitionRelease(req.releaseId, 'Approved', {
            actor: req.actor,
            note: verdict.reason,
        });
    }
    if (record.state !== 'Approved') {
        return { verdict: { merge: false, reason: `the release is ${record.state}` }, merged: false, record };
    }
    await github.mergePullRequest(req.pullRequest.number, { sha: req.head, method: 'merge' });
    log.info(`merged pull request #${req.pullRequest.number}: ${verdict.reason}`);
    const deployDispatch = req.deployWorkflow
        ? await (0, deploy_dispatch_js_1.dispatchDeploy)({
            workflow: req.deployWorkflow,
            ref: req.base,
            releaseId: req.releaseId,
            environment: req.environment,
        }, { github, log })
        : undefined;
    return { verdict, merged: true, record, ...(deployDispatch ? { deployDispatch } : {}) };
}
/**
 * A re-run over a release this job merged earlier: a run killed between its merge and its dispatch, or whose
 * dispatch failed, left the release merged and Approved, and nothing else will deploy it (the merge's push started
 * no workflow). Dispatched again when auto-merge applies to the release, GitHub says its pull request merged, and
 * the record says it is still Approved: once a deploy began (Deploying or later) there is nothing to start. A
 * workflow_dispatch is not idempotent, so a run killed right after a dispatch that succeeded dispatches a second
 * deploy on its re-run; both wait in the environment's concurrency group and the second finds the release deployed
 * and writes nothing (deploy.ts).
 */
async function dispatchAgain(req, config, ports, clock) {
    const { record, deployWorkflow } = req;
    if (!deployWorkflow || record.pullRequest === undefined)
        return undefined;
    if (record.state !== 'Approved')
        return undefined;
    const verdict = autoMergeVerdict({ environment: record.environment, requested: req.requested, draft: false }, config, clock);
    if (!verdict.merge)
        return undefined;
    const pr = await ports.github.getPullRequest(record.pullRequest.number);
    if (!pr.merged)
        return undefined;
    ports.log.info(`release ${record.id} is merged (pull request #${pr.number}) and still Approved: its deploy was never started, dispatching it again`);
    return (0, deploy_dispatch_js_1.dispatchDeploy)({ workflow: deployWorkflow, ref: req.base, releaseId: record.id, environment: record.environment }, ports);
}


/***/ }),

/***/ 83962:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRelease = createRelease;
// create-release: a value change becomes a release. Plan the edit (values layer or Kustomize overlay, comments kept),
// commit it on the branch the request maps to (same inputs, same branch), open or update that branch's pull request,
// write the release record (Draft or Pending Approval), and with auto-merge merge at once where the environment
// needs nobody's approval. Every write is found again by a re-run, so a run killed between two writes converges when
// run again: the branch by its name, the pull request by its head branch, the record by its pull request.
// The first checks on the pull request live in create-release-checks.ts, the auto-merge and the deploy dispatch
// after it in create-release-merge.ts. Flow: docs/architecture.md#release-lifecycle.
const errors_js_1 = __webpack_require__(10241);
const release_id_js_1 = __webpack_require__(1867);
const release_request_js_1 = __webpack_require__(47089);
const rollback_target_js_1 = __webpack_require__(51742);
const targets_js_1 = __webpack_require__(25630);
const release_edit_js_1 = __webpack_require__(55757);
const repo_js_1 = __webpack_require__(53413);
const create_release_checks_js_1 = __webpack_require__(54866);
const create_release_merge_js_1 = __webpack_require__(47787);
const deps_js_1 = __webpack_require__(31064);
const register_release_js_1 = __webpack_require__(35587);
const result_js_1 = __webpack_require__(48155);
/** The last line of the message of every commit create-release writes to a release branch. */
const RELEASE_BRANCH_TRAILER = 'Release branch of gitopshq create-release.';
const ID_MARKER = /<!-- gitopshq:release ([a-z0-9-]+) -->/;
async function createRelease(req, ports, deps) {
    const clock = deps.clock ?? deps_js_1.systemClock;
    const { github, store, branches, log } = ports;
    const base = req.base ?? 'main';
    if (req.updates.length === 0 && req.chartVersion === undefined) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: 'no updates: give at least one path=value line in `updates` (or a `chart-version`)',
        });
    }
    let edits;
    let chartEdit;
    let chartName;
    let config;
    try {
        const snap = await (0, repo_js_1.loadRepo)(branches.root);
        config = snap.config;
        const layers = req.tenants.length === 0 ? [undefined] : [...new Set(req.tenants)].sort();
        edits = [];
        if (req.updates.length > 0) {
            for (const tenant of layers) {
                const { workload } = (0, targets_js_1.resolveTarget)(snap, { ...req, tenant }, { tenant: 'layer' });
                edits.push(await (0, release_edit_js_1.planReleaseEdit)(branches.root, workload, req.environment, tenant, req.updates));
            }
        }
        if (req.chartVersion !== undefined) {
            // The chart version is the environment's, whatever tenants the value updates name.
            const { workload } = (0, targets_js_1.resolveTarget)(snap, { ...req, tenant: undefined }, { tenant: 'layer' });
            chartEdit = await (0, release_edit_js_1.planChartVersionEdit)(branches.root, workload, req.environment, req.chartVersion);
            chartName = workload.config.source.type === 'helm' ? chartShortName(workload.config.source.chart) : '';
        }
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            return (0, result_js_1.failed)({
                kind: e.kind === 'usage' ? 'usage' : 'finding',
                message: e.message,
                findings: e.findings,
            });
        throw e;
    }
    const files = [...(chartEdit ? [chartEdit] : []), ...edits].map((e) => ({
        path: e.file,
        content: e.after,
    }));
    const branch = (0, release_request_js_1.releaseBranchName)(req);
    const title = req.title?.trim() || (0, release_request_js_1.releaseTitle)({ ...req, chartName });
    const baseTip = await branches.tip(base);
    if (baseTip === undefined)
        return (0, result_js_1.failed)({ kind: 'usage', message: `the base branch ${base} does not exist on the remote` });
    const records = await store.listReleases();
    const ofBranch = records.filter((r) => r.pullRequest?.branch === branch);
    if (await holds(branches, baseTip, files)) {
        // Merged already (a re-run after auto-merge), or the values never needed the change.
        const done = ofBranch.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
        if (done?.pullRequest) {
            log.info(`${base} already holds these updates: release ${done.id} (${done.state})`);
            const deployDispatch = await (0, create_release_merge_js_1.dispatchAgain)({ record: done, base, requested: req.autoMerge, deployWorkflow: req.deployWorkflow }, config, ports, clock);
            return (0, result_js_1.succeeded)({
                releaseId: done.id,
                pullRequestNumber: done.pullRequest.number,
                pullRequestUrl: done.pullRequest.url,
                branch,
                state: done.state,
                head: baseTip,
                wrote: { commit: false, pullRequest: 'unchanged', record: 'unchanged' },
                merged: true,
                checks: { preview: 'not run: already merged', gate: 'not run: already merged' },
                autoMerge: { merge: false, reason: `${base} already holds these updates` },
                ...(deployDispatch ? { deployDispatch } : {}),
                title: done.title,
                files: files.map((f) => f.path),
            });
        }
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `${files.map((f) => f.path).join(', ')} already hold${files.length === 1 ? 's' : ''} these values on ${base}: nothing to release`,
        });
    }
    // The branch: a commit only when it does not hold the planned content yet; never a force push.
    const branchTip = await branches.tip(branch);
    let head = branchTip;
    let wroteCommit = false;
    // The first commit of the PR when this run writes it; on a re-run over an existing branch it is not known here.
    let firstCommitAt;
    if (head === undefined || !(await holds(branches, head, files))) {
        const parent = branchTip ?? baseTip;
        const committedAt = clock.now();
        const commit = await branches.commit(branch, parent, files, `${title}\n\n${RELEASE_BRANCH_TRAILER}`, committedAt);
        if (branchTip === undefined)
            firstCommitAt = committedAt.toISOString();
        if (!(await branches.publish(branch, commit, branchTip))) {
            return (0, result_js_1.failed)({ message: `${branch} moved while this release was written to it: run again` }, { retryable: true });
        }
        head = commit;
        wroteCommit = true;
        log.info(`pushed ${commit.slice(0, 7)} to ${branch}`);
    }
    // The pull request of the branch, and the release id it carries. A Cancelled release is final: a pull request
    // closed unmerged and reopened carries a new one (approve-gate registers it on `reopened`, else a new id here).
    let pr = await github.findOpenPullRequest(branch);
    const live = ofBranch.filter((r) => r.state !== 'Cancelled');
    const known = live.find((r) => r.pullRequest?.number === pr?.number && pr !== undefined);
    const marked = ID_MARKER.exec(pr?.body ?? '')?.[1];
    const releaseId = known?.id ??
        (marked !== undefined && !ofBranch.some((r) => r.id === marked && r.state === 'Cancelled')
            ? marked
            : undefined) ??
        (0, release_id_js_1.newReleaseId)(req.workload, req.environment, clock.now(), deps.random);
    const scope = {
        workload: req.workload,
        environment: req.environment,
        ...(req.tenants.length === 1 ? { tenant: req.tenants[0] } : {}),
    };
    const running = (0, rollback_target_js_1.runningRelease)(records.filter((r) => r.id !== releaseId), scope);
    const changes = edits.flatMap((e) => req.updates.map((u) => ({ file: e.file, path: u.path, value: u.value })));
    const body = (0, release_request_js_1.releaseBody)({
        ...req,
        releaseId,
        changes,
        notes: req.notes,
        chartFile: chartEdit?.file,
        rollbackTarget: running ? { id: running.id, title: running.title } : undefined,
    });
    let prWrite = 'unchanged';
    if (pr === undefined) {
        pr = await github.createPullRequest({ head: branch, base, title, body, draft: req.draft });
        prWrite = 'created';
        log.info(`opened pull request #${pr.number}`);
    }
    else if (pr.title !== title || pr.body !== body) {
        pr = await github.updatePullRequest(pr.number, { title, body });
        prWrite = 'updated';
    }
    // The record: created once, brought up to date on a re-run (no commit when nothing changed).
    const fields = {
        title,
        tenants: [...new Set(req.tenants)].sort(),
        changes: {
            updates: req.updates.map((u) => ({ path: u.path, value: u.value })),
            ...(req.chartVersion !== undefined ? { chartVersion: req.chartVersion } : {}),
        },
        pullRequest: { number: pr.number, url: pr.url, branch },
        ...(req.notes?.trim() ? { notes: req.notes.trim() } : {}),
        ...(running ? { rollbackTarget: running.id } : {}),
        ...(req.promotedFrom ? { promotedFrom: req.promotedFrom } : {}),
        ...(req.promotion ? { promotion: req.promotion } : {}),
    };
    let record = await store.getRelease(releaseId);
    let recordWrite = 'unchanged';
    // Where lead time starts. A re-run over a branch an earlier run wrote did not write its first commit: the pull
    // request's commits say when that was (only asked when the record does not know it yet).
    let firstCommit = req.sourceCommittedAt ?? firstCommitAt;
    // Which commit the PR's diff is exactly this change set at: the one this run wrote from base; on a re-run over a
    // branch an earlier run wrote (killed before the record), the PR's only commit when it is that run's commit and
    // still the tip (a PR of one commit diffs against its parent, on base). Else approve-gate reads the change set.
    let changeSetCommit = branchTip === undefined ? head : undefined;
    if (record === undefined && changeSetCommit === undefined && head !== undefined) {
        const commits = await github.listPullRequestCommits(pr.number);
        const only = commits.length === 1 ? commits[0] : undefined;
        if (only?.sha === head && only.message.trimEnd().endsWith(RELEASE_BRANCH_TRAILER))
            changeSetCommit = head;
        if (firstCommit === undefined)
            firstCommit = (0, register_release_js_1.firstCommitTime)(commits);
    }
    else if (firstCommit === undefined && record?.firstCommitAt === undefined) {
        firstCommit = (0, register_release_js_1.firstCommitTime)(await github.listPullRequestCommits(pr.number));
    }
    if (record === undefined) {
        const state = pr.draft ? 'Draft' : 'PendingApproval';
        const at = clock.now().toISOString();
        const fresh = {
            apiVersion: 'gitopshq.io/v1',
            kind: 'Release',
            id: releaseId,
            workload: req.workload,
            environment: req.environment,
            author: req.actor,
            createdAt: at,
            ...(firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
            state,
            history: [{ state, at, actor: req.actor, note: `pull request #${pr.number}` }],
            approvals: [],
            ...fields,
            ...(changeSetCommit !== undefined ? { changeSetCommit } : {}),
        };
        record = await store.createRelease(fresh);
        recordWrite = 'created';
    }
    else {
        const before = JSON.stringify(record);
        record = await store.updateRelease(releaseId, (r) => ({
            ...r,
            ...fields,
            ...(r.firstCommitAt === undefined && firstCommit !== undefined ? { firstCommitAt: firstCommit } : {}),
        }), `release ${releaseId}: updated by create-release`);
        if (JSON.stringify(record) !== before)
            recordWrite = 'updated';
    }
    const checks = await (0, create_release_checks_js_1.firstChecks)({
        pullRequest: pr.number,
        head,
        fresh: wroteCommit || prWrite === 'created',
        actor: req.actor,
        runUrl: req.runUrl,
    }, ports, clock);
    record = checks.record ?? record;
    const merge = await (0, create_release_merge_js_1.autoMerge)({
        releaseId,
        environment: req.environment,
        pullRequest: { number: pr.number, draft: pr.draft },
        head,
        base,
        baseTip,
        requested: req.autoMerge,
        deployWorkflow: req.deployWorkflow,
        actor: req.actor,
        preview: checks.preview,
        record,
    }, config, ports, clock);
    return (0, result_js_1.succeeded)({
        releaseId,
        pullRequestNumber: pr.number,
        pullRequestUrl: pr.url,
        branch,
        state: merge.record.state,
        head,
        wrote: { commit: wroteCommit, pullRequest: prWrite, record: recordWrite },
        merged: merge.merged,
        checks: { preview: (0, create_release_checks_js_1.summaryOf)(checks.preview), gate: checks.gate },
        autoMerge: merge.verdict,
        ...(merge.deployDispatch ? { deployDispatch: merge.deployDispatch } : {}),
        title,
        files: files.map((f) => f.path),
    });
}
/** `podinfo` for `podinfo` in a repository and for `oci://ghcr.io/stefanprodan/charts/podinfo`. */
function chartShortName(chart) {
    return chart.replace(/\/+$/, '').split('/').pop() ?? chart;
}
/** Whether `commit` already holds every file as planned. */
async function holds(branches, commit, files) {
    for (const f of files)
        if ((await branches.read(commit, f.path)) !== f.content)
            return false;
    return true;
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

/***/ 18810:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.skipRequestProblem = skipRequestProblem;
exports.judgeSkip = judgeSkip;
const promotion_override_js_1 = __webpack_require__(61926);
/** Why the request's skip-waves reason cannot be used, or undefined (also when none was given). */
function skipRequestProblem(reason) {
    return reason === undefined ? undefined : (0, promotion_override_js_1.skipReasonProblem)(reason);
}
/** The skip to judge in the checklist: undefined when the plan skips nothing. */
async function judgeSkip(plan, req, github) {
    if (!plan.ok || plan.skipped === undefined || plan.skipped.length === 0 || req.skipWaves === undefined) {
        return undefined;
    }
    const reason = req.skipWaves.trim();
    let permission;
    try {
        permission = await github.getRepositoryPermission(req.actor);
    }
    catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        return {
            reason,
            verdict: {
                ok: false,
                reason: `${req.actor}'s repository role could not be read (${why}), so ${(0, promotion_override_js_1.skippedText)(plan.skipped)} may not be skipped: promote the earlier waves first, or run again`,
            },
        };
    }
    return { reason, verdict: (0, promotion_override_js_1.skipWavesVerdict)(req.actor, permission, plan.skipped) };
}


/***/ }),

/***/ 8731:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// promote's view of the waves already on a promotion record, and what it reports for one: the open wave a re-run
// finds, that wave planned again as the run that opened it planned it, the fan-out matrix, the refusal and the
// release notes of a wave's pull request (src/usecases/promote.ts).
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.openWave = openWave;
exports.reopened = reopened;
exports.openedOf = openedOf;
exports.matrixOf = matrixOf;
exports.refusal = refusal;
exports.promotionNotes = promotionNotes;
const markdown_js_1 = __webpack_require__(74463);
const promotion_override_js_1 = __webpack_require__(61926);
const promotion_plan_js_1 = __webpack_require__(80665);
/** The wave of an InProgress promotion that is not Healthy yet (nor cancelled), if any; `index` in `p.waves`. */
function openWave(p, states) {
    for (const [index, w] of p.waves.entries()) {
        const live = w.releases.filter((r) => states[r] !== 'Cancelled');
        if (w.releases.length > 0 && live.length === 0)
            continue;
        const release = live.at(-1);
        if (release === undefined || states[release] !== 'Healthy') {
            return {
                wave: w.wave,
                tenants: w.tenants,
                index,
                ...(release ? { release } : {}),
                ...(w.skippedWaves ? { skippedWaves: w.skippedWaves } : {}),
            };
        }
    }
    return undefined;
}
/**
 * The open wave as the run that opened it planned it: planned again without it, for its tenants (skipping the
 * waves it skipped, when it recorded a skip), so its checklist (the wave after it) and so its pull request and
 * release record are the ones that run would have written.
 */
function reopened(promotion, open, planning) {
    const again = (0, promotion_plan_js_1.planPromotion)({
        ...planning,
        promotion: { ...promotion, waves: promotion.waves.filter((_, i) => i !== open.index) },
        ...(open.tenants.length > 0 ? { tenantOverride: open.tenants } : {}),
        ...(open.skippedWaves ? { skipWaves: true } : {}),
    });
    const around = again.ok
        ? { canary: again.canary, next: again.next, remaining: again.remaining }
        : { canary: [], next: null, remaining: [] };
    return { wave: open.wave, tenants: open.tenants, ...around };
}
function openedOf(r, deployDispatch) {
    if (!r.pullRequest)
        return undefined;
    return {
        releaseId: r.id,
        pullRequestNumber: r.pullRequest.number,
        pullRequestUrl: r.pullRequest.url,
        branch: r.pullRequest.branch,
        state: r.state,
        ...(deployDispatch ? { deployDispatch } : {}),
    };
}
function matrixOf(workload, environment, tenants, releaseId) {
    const rows = tenants.length === 0 ? [''] : tenants;
    return { include: rows.map((tenant) => ({ tenant, environment, workload, 'release-id': releaseId })) };
}
function refusal(checklist) {
    const failing = checklist.items.filter((i) => !i.ok);
    return `promotion refused: ${failing.map((i) => `${i.label}: ${i.detail}`).join('; ')}`;
}
function promotionNotes(source, pid, step, checklist, skip) {
    const who = step.tenants.length === 0
        ? 'the environment layer'
        : `tenants ${step.tenants.slice(0, 10).join(', ')}${step.tenants.length > 10 ? ` and ${step.tenants.length - 10} more` : ''}`;
    return [
        `Promoted from release ${source.id} (${source.environment}) by promotion ${pid}, wave ${step.wave}: ${who}.`,
        // Reviewers of the wave's pull request see that it goes out before the waves it skipped were verified.
        ...(skip
            ? [
                '',
                `**This wave goes out before ${(0, promotion_override_js_1.skippedText)(skip.waves)} is promoted and Healthy:** skipped on purpose by ${skip.actor} (${skip.permission}): ${(0, markdown_js_1.inlineCode)(skip.reason)}`,
            ]
            : []),
        '',
        'Promotion checklist:',
        ...checklist.items.map((i) => `- ${i.ok ? 'passed' : 'FAILED'}: ${i.label} (${i.detail})`),
    ].join('\n');
}


/***/ }),

/***/ 33776:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
exports.promote = promote;
// promote: a Healthy release goes to the next environment, tenant wave by tenant wave (canary first). The checklist
// (promotion-checklist.ts) is evaluated and reported in full; when it passes, the release's change set is applied to
// the target's environment layer, or to the tenant layers of the wave, and opened as ONE pull request through
// create-release (so its approvals follow the target's policy and its GitHub calls do not grow with the tenants).
// The promotion record (promotions/<id>.yaml) tracks the waves; its state moves only through
// promotion-lifecycle.ts: Failed (halted) when a wave Failed or was Rolled Back, Completed when every wave is
// Healthy. A re-run converges: an open wave is reported again, a wave whose pull request was never opened is opened.
// A wave or tenant list asked for may narrow or continue the plan, never jump ahead of an earlier wave that is not
// Healthy, unless `skipWaves` gives a reason and the actor may (promote-skip.ts); the wave then records the skip.
// Flow: docs/architecture.md#release-lifecycle.
const node_crypto_1 = __webpack_require__(77598);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const promotion_checklist_js_1 = __webpack_require__(66452);
const promotion_override_js_1 = __webpack_require__(61926);
const promotion_plan_js_1 = __webpack_require__(80665);
const release_id_js_1 = __webpack_require__(1867);
const release_request_js_1 = __webpack_require__(47089);
const repo_js_1 = __webpack_require__(53413);
const create_release_js_1 = __webpack_require__(83962);
const create_release_merge_js_1 = __webpack_require__(47787);
const deps_js_1 = __webpack_require__(31064);
const promote_skip_js_1 = __webpack_require__(18810);
const promote_waves_js_1 = __webpack_require__(8731);
const promotion_settle_js_1 = __webpack_require__(55609);
const result_js_1 = __webpack_require__(48155);
var promote_waves_js_2 = __webpack_require__(8731);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promote_waves_js_2.matrixOf; } });
// Settling a promotion from a wave's release lives in promotion-settle.ts; verify-health and older callers import
// these two from here as well.
var promotion_settle_js_2 = __webpack_require__(55609);
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promotion_settle_js_2.haltPromotionOf; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return promotion_settle_js_2.settlePromotionOf; } });
async function promote(req, ports, deps = {}) {
    const clock = deps.clock ?? deps_js_1.systemClock;
    const random = deps.random ?? ((n) => (0, node_crypto_1.randomBytes)(n));
    const { store, log } = ports;
    const badReason = (0, promote_skip_js_1.skipRequestProblem)(req.skipWaves);
    if (badReason !== undefined)
        return (0, result_js_1.failed)({ kind: 'usage', message: badReason });
    const source = await store.getRelease(req.releaseId);
    if (source === undefined) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.releaseId} does not exist on ${store.branch}` });
    }
    let config;
    let workloadTenants;
    let workloadEnvs;
    try {
        const snap = await (0, repo_js_1.loadRepo)(ports.branches.root);
        config = snap.config;
        const w = snap.workloads.get(source.workload);
        if (w === undefined) {
            return (0, result_js_1.failed)({ kind: 'usage', message: `workload ${source.workload} is not in the repository` });
        }
        // A Kustomize workload's tenants share one overlay: it is promoted in one step, through that overlay.
        workloadTenants = w.config.source.type === 'kustomize' ? [] : [...w.config.tenants];
        workloadEnvs = w.config.environments;
    }
    catch (e) {
        if (e instanceof errors_js_1.UserError)
            return (0, result_js_1.failed)({ kind: 'usage', message: e.message, findings: e.findings });
        throw e;
    }
    const envs = config.environments.map((e) => e.name);
    const to = req.to ?? envs[envs.indexOf(source.environment) + 1] ?? '';
    const base = {
        sourceReleaseId: source.id,
        workload: source.workload,
        from: source.environment,
        to,
        matrix: { include: [] },
        unchanged: false,
    };
    if (to !== '' && envs.includes(to) && !workloadEnvs.includes(to)) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `workload ${source.workload} does not run in ${to} (workload.yaml environments: ${workloadEnvs.join(', ')})`,
        });
    }
    const records = await store.listReleases();
    const states = Object.fromEntries(records.map((r) => [r.id, r.state]));
    const mine = (await store.listPromotions())
        .filter((p) => p.source === source.id && p.to === to)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    let promotion = mine.find((p) => p.state === 'InProgress') ?? mine.at(-1);
    // Settle first: a wave that Failed halts the promotion, a last wave that is Healthy completes it.
    if (promotion?.state === 'InProgress') {
        promotion =
            (await (0, promotion_settle_js_1.settlePromotion)(promotion, workloadTenants, states, { store, actor: req.actor, clock, log })) ??
                promotion;
    }
    // A re-run while a wave is open: report it (and open its pull request if a killed run never did).
    const open = promotion?.state === 'InProgress' ? (0, promote_waves_js_1.openWave)(promotion, states) : undefined;
    const sameRequest = open !== undefined &&
        (req.wave === undefined || req.wave === open.wave) &&
        (req.tenants === undefined ||
            req.tenants.length === 0 ||
            [...req.tenants].sort().join() === [...open.tenants].sort().join());
    const planning = {
        environments: envs,
        tenants: config.tenants,
        workloadTenants,
        from: source.environment,
        ...(req.to !== undefined ? { to: req.to } : {}),
        releaseStates: states,
    };
    const plan = (0, promotion_plan_js_1.planPromotion)({
        ...planning,
        ...(req.wave !== undefined ? { wave: req.wave } : {}),
        ...(req.tenants !== undefined ? { tenantOverride: req.tenants } : {}),
        ...(req.skipWaves !== undefined ? { skipWaves: true } : {}),
        // A cancelled promotion is over: the release may be promoted afresh.
        ...(promotion !== undefined && promotion.state !== 'Cancelled' ? { promotion } : {}),
    });
    const reopen = sameRequest && open && promotion ? (0, promote_waves_js_1.reopened)(promotion, open, planning) : undefined;
    const step = reopen ?? (plan.ok ? plan : undefined);
    const skip = reopen ? undefined : await (0, promote_skip_js_1.judgeSkip)(plan, req, ports.github);
    const checklist = (0, promotion_checklist_js_1.promotionChecklist)({
        source,
        to,
        plan: reopen ? { ok: true, from: source.environment, to, ...reopen } : plan,
        freeze: (0, freeze_js_1.freezeStatus)(config.freezes, to, clock.now()),
        ...(req.breakGlass !== undefined ? { breakGlass: req.breakGlass } : {}),
        rollback: (0, promotion_checklist_js_1.rollbackReadiness)(records, source.workload, to, step?.tenants ?? []),
        ...(skip ? { skip } : {}),
    });
    const value = {
        ...base,
        checklist,
        ...(promotion ? { promotionId: promotion.id, promotionState: promotion.state } : {}),
    };
    if (sameRequest && open && open.release !== undefined) {
        const r = records.find((x) => x.id === open.release);
        // A run killed after the wave's auto-merge, before its dispatch: the deploy is dispatched again.
        const again = r
            ? await (0, create_release_merge_js_1.dispatchAgain)({ record: r, base: req.base ?? 'main', deployWorkflow: req.deployWorkflow }, config, ports, clock)
            : undefined;
        const opened = r ? (0, promote_waves_js_1.openedOf)(r, again) : undefined;
        return (0, result_js_1.succeeded)({
            ...value,
            wave: { wave: open.wave, tenants: open.tenants, canary: [] },
            ...(opened ? { opened } : {}),
            ...(open.skippedWaves ? { skippedWaves: open.skippedWaves } : {}),
            matrix: (0, promote_waves_js_1.matrixOf)(source.workload, to, open.tenants, open.release),
            unchanged: true,
            note: `wave ${open.wave} is open already (release ${open.release}, ${r?.state ?? 'unknown'}); the next wave starts once it is Healthy`,
        });
    }
    if (promotion?.state === 'Completed') {
        const last = promotion.waves.at(-1)?.releases.at(-1);
        const r = records.find((x) => x.id === last);
        const opened = r ? (0, promote_waves_js_1.openedOf)(r) : undefined;
        return (0, result_js_1.succeeded)({
            ...value,
            ...(opened ? { opened } : {}),
            unchanged: true,
            note: `promotion ${promotion.id} is complete: every wave is Healthy in ${to}`,
        });
    }
    if (!checklist.ok || step === undefined) {
        return (0, result_js_1.failed)({ message: (0, promote_waves_js_1.refusal)(checklist) }, { value });
    }
    // The record first, so the release can name it; a run killed after this finds the wave open and opens its PR.
    const now = clock.now();
    if (promotion?.state !== 'InProgress') {
        const digest = (0, node_crypto_1.createHash)('sha256').update(`promotion:${source.id}:${to}:${mine.length}`).digest();
        const id = (0, release_id_js_1.newPromotionId)(source.workload, source.environment, to, now, (n) => digest.subarray(0, n));
        const fresh = {
            apiVersion: 'gitopshq.io/v1',
            kind: 'Promotion',
            id,
            source: source.id,
            from: source.environment,
            to,
            actor: req.actor,
            createdAt: now.toISOString(),
            state: 'InProgress',
            waves: [],
            history: [
                { state: 'InProgress', at: now.toISOString(), actor: req.actor, note: `promote ${source.id}` },
            ],
        };
        promotion = (await store.getPromotion(id)) ?? (await store.createPromotion(fresh));
    }
    const pid = promotion.id;
    // The skip is recorded with the wave, in the same commit: no wave goes ahead of the others unrecorded.
    const skipped = reopen !== undefined
        ? open?.skippedWaves
        : plan.ok && plan.skipped && skip?.verdict.ok
            ? (0, promotion_override_js_1.waveSkip)({
                actor: req.actor,
                at: now,
                reason: skip.reason,
                permission: skip.verdict.permission,
                skipped: plan.skipped,
            })
            : undefined;
    if (reopen === undefined) {
        const wave = { wave: step.wave, tenants: [...step.tenants], releases: [] };
        promotion = await store.updatePromotion(pid, (p) => ({ ...p, waves: [...p.waves, { ...wave, ...(skipped ? { skippedWaves: skipped } : {}) }] }), `promotion ${pid}: wave ${step.wave} opened${skipped ? ' (skipping earlier waves on purpose)' : ''}`);
        if (skipped)
            log.warning(`promotion ${pid}: wave ${step.wave} skips earlier waves: "${skipped.reason}"`);
    }
    const waveText = step.tenants.length > 0 ? `, wave ${step.wave}: ${step.tenants.length} tenant(s)` : '';
    const created = await (0, create_release_js_1.createRelease)({
        workload: source.workload,
        environment: to,
        updates: source.changes.updates,
        chartVersion: source.changes.chartVersion,
        tenants: step.tenants,
        title: `${(0, release_request_js_1.releaseTitle)({ workload: source.workload, updates: source.changes.updates })} in ${to}${waveText}`,
        notes: (0, promote_waves_js_1.promotionNotes)(source, pid, step, checklist, skipped),
        draft: false,
        // autoMerge left out: create-release takes the target environment's deploy.autoMerge.
        deployWorkflow: req.deployWorkflow,
        actor: req.actor,
        base: req.base,
        runUrl: req.runUrl,
        promotedFrom: source.id,
        promotion: pid,
    }, { ...ports, store }, { clock, random });
    if (created.outcome !== 'succeeded') {
        return created.outcome === 'failed'
            ? (0, result_js_1.failed)(created.error, { retryable: created.retryable, value: { ...value, promotionId: pid } })
            : (0, result_js_1.failed)({ message: created.reason }, { retryable: true, value: { ...value, promotionId: pid } });
    }
    const c = created.value;
    const frozen = (0, freeze_js_1.freezeStatus)(config.freezes, to, now);
    if (frozen.frozen && req.breakGlass?.trim()) {
        await ports.github.addLabels(c.pullRequestNumber, [
            ...new Set(frozen.active.map((a) => a.breakGlass.label)),
        ]);
    }
    promotion = await store.updatePromotion(pid, (p) => {
        const waves = p.waves.map((w) => ({ ...w, releases: [...w.releases] }));
        const at = waves.findLastIndex((w) => w.wave === step.wave && w.tenants.join() === step.tenants.join());
        const w = waves[at];
        if (w && !w.releases.includes(c.releaseId))
            w.releases.push(c.releaseId);
        const glass = frozen.frozen && req.breakGlass?.trim()
            ? {
                breakGlass: {
                    actor: req.actor,
                    at: now.toISOString(),
                    reason: req.breakGlass.trim(),
                    freezes: frozen.active.map((a) => a.name),
                },
            }
            : {};
        return { ...p, waves, ...glass };
    }, `promotion ${pid}: wave ${step.wave} is release ${c.releaseId}`);
    log.info(`promotion ${pid}: wave ${step.wave} opened as pull request #${c.pullRequestNumber}`);
    return (0, result_js_1.succeeded)({
        ...value,
        promotionId: pid,
        promotionState: promotion.state,
        wave: { wave: step.wave, tenants: step.tenants, canary: step.canary },
        next: reopen ? reopen.next : plan.ok ? plan.next : null,
        ...(skipped ? { skippedWaves: skipped } : {}),
        opened: {
            releaseId: c.releaseId,
            pullRequestNumber: c.pullRequestNumber,
            pullRequestUrl: c.pullRequestUrl,
            branch: c.branch,
            state: c.state,
            ...(c.deployDispatch ? { deployDispatch: c.deployDispatch } : {}),
        },
        matrix: (0, promote_waves_js_1.matrixOf)(source.workload, to, step.tenants, c.releaseId),
        unchanged: !c.wrote.commit && c.wrote.pullRequest === 'unchanged' && c.wrote.record === 'unchanged',
    });
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

/***/ 35587:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inferRelease = inferRelease;
exports.registeredReleaseId = registeredReleaseId;
exports.firstCommitTime = firstCommitTime;
exports.registrationRecord = registrationRecord;
exports.findReleaseForPullRequest = findReleaseForPullRequest;
exports.registerPullRequest = registerPullRequest;
// A pull request a person opened by hand is a release too: the first step that meets it (approve-gate, or
// create-release run on it) registers it here, with a record whose change set is read from the PR's values diff.
// Shared by approve-gate and create-release (docs/architecture.md#release-lifecycle).
const node_crypto_1 = __webpack_require__(77598);
const closed_pull_request_js_1 = __webpack_require__(79536);
const errors_js_1 = __webpack_require__(10241);
const layout_js_1 = __webpack_require__(89128);
const release_id_js_1 = __webpack_require__(1867);
const values_js_1 = __webpack_require__(34344);
const yaml_scalar_js_1 = __webpack_require__(21126);
function roleOf(path) {
    const parts = path.split('/');
    if (parts[0] !== layout_js_1.WORKLOADS_DIR || parts.length < 3)
        return undefined;
    const workload = parts[1] ?? '';
    const rest = parts.slice(2);
    if (rest.length === 1 && rest[0] === 'values.yaml')
        return { workload, kind: 'base' };
    if (rest[0] === 'values' && rest.length === 2 && rest[1]?.endsWith('.yaml')) {
        return { workload, kind: 'environment', environment: rest[1].slice(0, -'.yaml'.length) };
    }
    if (rest[0] === 'values' && rest.length === 3 && rest[2]?.endsWith('.yaml')) {
        return { workload, kind: 'tenant', environment: rest[1], tenant: rest[2].slice(0, -'.yaml'.length) };
    }
    // A Kustomize overlay names its environment in its folder (overlays/<env>/...); recorded by file.
    if (rest[0] === 'overlays' && rest.length >= 3)
        return { workload, kind: 'other', environment: rest[1] };
    return { workload, kind: 'other' };
}
/** A value as a `path=value` update spells it: typed by YAML rules when applied, so strings that would not stay
 * strings are quoted, maps and lists become flow YAML (JSON). */
function spell(value) {
    if (typeof value === 'string') {
        // As typed on a `path=value` line the text must read back as this very string (`2.5.0` does, `1.10` does not).
        return (0, yaml_scalar_js_1.typeValueText)(value).value === value ? value : JSON.stringify(value);
    }
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function layer(snap, role) {
    const values = snap?.workloads.get(role.workload)?.values;
    if (!values)
        return undefined;
    if (role.kind === 'base')
        return values.base;
    if (role.kind === 'environment')
        return values.environments[role.environment ?? ''];
    if (role.kind === 'tenant')
        return values.tenants[role.environment ?? '']?.[role.tenant ?? ''];
    return undefined;
}
/**
 * The release a PR's changed files describe: one workload, one environment (`environment`, else the one its files
 * name, else, for a base-layer or chart change, the first the workload runs in), the tenants whose layers changed, and the value updates of every
 * changed layer (base vs head of that layer). Throws a usage UserError when the PR is not one release.
 */
function inferRelease(changedFiles, base, head, environment) {
    const roles = changedFiles.flatMap((file) => {
        const role = roleOf(file);
        return role ? [{ file, role }] : [];
    });
    const workloads = [...new Set(roles.map((r) => r.role.workload))];
    if (workloads.length !== 1) {
        throw new errors_js_1.UserError(workloads.length === 0
            ? 'this pull request changes no workload, so it is no release'
            : `a release is one workload, and this pull request changes ${workloads.length} (${workloads.join(', ')}): split it, or open it with create-release`, [], 'usage');
    }
    const workload = workloads[0] ?? '';
    const named = [...new Set(roles.flatMap((r) => (r.role.environment ? [r.role.environment] : [])))];
    // A change no environment owns (base values, chart): a release to the first environment it runs in, in promotion
    // order; the gate judges it by every environment's policy (approve-gate-scope.ts), deploy ships it there first.
    const env = environment ??
        (named.length === 1 ? named[0] : named.length === 0 ? firstEnvironment(workload, base, head) : undefined);
    if (env === undefined) {
        throw new errors_js_1.UserError(named.length === 0
            ? `this pull request changes ${workload} in every environment (base values or chart), and ${workload} runs in none of gitopshq.yaml's: set the environment input (or --env) to say which one it releases to`
            : `this pull request changes ${workload} in ${named.length} environments (${named.join(', ')}): set the environment input (or --env) to say which one this gate is for`, [], 'usage');
    }
    // The environment a release is judged by must be one its diff changes: a prod change gated as dev is a bypass.
    if (environment !== undefined && named.length > 0 && !named.includes(environment)) {
        throw new errors_js_1.UserError(`this pull request changes ${workload} in ${named.join(', ')}, not in '${environment}': a release is judged by the policy of the environment it changes, so remove the environment input (or set it to ${named.map((n) => `'${n}'`).join(' or ')})`, [], 'usage');
    }
    if (!head.config.environments.some((e) => e.name === env)) {
        throw new errors_js_1.UserError(`environment '${env}' is not in gitopshq.yaml`, [], 'usage');
    }
    const tenants = new Set();
    const updates = new Map();
    const removed = [];
    const otherFiles = [];
    for (const { file, role } of roles) {
        if (role.environment !== undefined && role.environment !== env)
            continue;
        if (role.kind === 'other') {
            otherFiles.push(file);
            continue;
        }
        if (role.tenant)
            tenants.add(role.tenant);
        for (const d of (0, values_js_1.diffValues)(layer(base, role) ?? {}, layer(head, role) ?? {})) {
            if (d.kind === 'removed')
                removed.push(d.path);
            else
                updates.set(d.path, spell(d.b));
        }
    }
    return {
        workload,
        environment: env,
        tenants: [...tenants].sort(),
        updates: [...updates].map(([path, value]) => ({ path, value })),
        otherFiles,
        removed,
        environmentsNamed: [...named].sort(),
    };
}
/** The first environment of gitopshq.yaml (promotion order) that the workload runs in, at head or else at base. */
function firstEnvironment(workload, base, head) {
    const runs = head.workloads.get(workload)?.config.environments ?? base?.workloads.get(workload)?.config.environments;
    const order = (base ?? head).config.environments.map((e) => e.name);
    return runs === undefined ? order[0] : order.find((e) => runs.includes(e));
}
/** The release id of a hand-opened PR: the same for every step that registers it, so two racing runs of the
 * gate (pull_request and pull_request_review) write one record, and the loser finds the winner's. `after`: the
 * cancelled release of a reopened PR, so its new release gets another id (as deterministic). */
function registeredReleaseId(pr, workload, environment, after) {
    const seed = `pull-request:${pr.number}${after === undefined ? '' : `:after:${after}`}`;
    const digest = (0, node_crypto_1.createHash)('sha256').update(seed).digest();
    return (0, release_id_js_1.newReleaseId)(workload, environment, new Date(pr.createdAt), (n) => digest.subarray(0, n));
}
/** The earliest commit time of a PR's commits (when the change was first committed); undefined without any. */
function firstCommitTime(commits) {
    let first = Number.POSITIVE_INFINITY;
    for (const c of commits) {
        const t = Date.parse(c.date);
        if (t < first)
            first = t;
    }
    return Number.isFinite(first) ? new Date(first).toISOString() : undefined;
}
/**
 * `firstCommitAt`: the PR's first commit (firstCommitTime), where the release's lead time starts. `inferred` is read
 * at `pr.head.sha`, which the record keeps as the commit its change set was read from (`changeSetCommit`).
 */
function registrationRecord(pr, inferred, opts) {
    const state = pr.draft ? 'Draft' : 'PendingApproval';
    const notes = [];
    if (inferred.otherFiles.length > 0)
        notes.push(`Also changes: ${inferred.otherFiles.join(', ')}.`);
    if (inferred.removed.length > 0)
        notes.push(`Removes values: ${inferred.removed.join(', ')}.`);
    const at = opts.now.toISOString();
    return {
        apiVersion: 'gitopshq.io/v1',
        kind: 'Release',
        id: registeredReleaseId(pr, inferred.workload, inferred.environment, opts.after),
        workload: inferred.workload,
        environment: inferred.environment,
        tenants: inferred.tenants,
        title: pr.title || `${inferred.workload}: pull request #${pr.number}`,
        ...(notes.length > 0 ? { notes: notes.join(' ') } : {}),
        author: pr.author,
        createdAt: at,
        ...(opts.firstCommitAt !== undefined ? { firstCommitAt: opts.firstCommitAt } : {}),
        state,
        history: [
            {
                state,
                at,
                actor: opts.actor,
                note: opts.after === undefined
                    ? `registered from pull request #${pr.number}, opened by hand`
                    : `registered from pull request #${pr.number}, reopened after release ${opts.after} was cancelled`,
            },
        ],
        changes: { updates: inferred.updates },
        changeSetCommit: pr.head.sha,
        pullRequest: { number: pr.number, url: pr.url, branch: pr.head.ref },
        approvals: [],
    };
}
/** The release record of a PR: the newest one naming it that was not cancelled. */
async function findReleaseForPullRequest(store, number) {
    return (0, closed_pull_request_js_1.releaseOfPullRequest)(await store.listReleases(), number);
}
/**
 * Registers `pr` as a release unless a live record names it already; returns the record either way. A concurrent
 * registration of the same PR (same id) ends with the other run's record. A Cancelled record (the PR was closed
 * unmerged, then reopened) is final: the PR is registered again, as a new release.
 */
async function registerPullRequest(pr, inferred, ports, opts) {
    const existing = await findReleaseForPullRequest(ports.store, pr.number);
    if (existing && existing.state !== 'Cancelled')
        return { record: existing, created: false };
    const record = registrationRecord(pr, inferred, { ...opts, after: existing?.id });
    try {
        return { record: await ports.store.createRelease(record), created: true };
    }
    catch (e) {
        const raced = await ports.store.getRelease(record.id);
        if (raced)
            return { record: raced, created: false };
        throw e;
    }
}


/***/ }),

/***/ 66650:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.settleClosedPullRequest = settleClosedPullRequest;
// approve-gate on a pull request GitHub says is closed: a release PR closed without merging cancels its release
// (Draft, Pending Approval or Approved -> Cancelled), so the board, the metrics and deploy's search for an unlinked
// merge stop counting a release that will never merge. The decision is decideClosedPullRequest's (src/domain), on
// the pull request as GitHub answers it now; the caller re-read it, never trusting the event payload. No
// `gitopshq/approval` status is set on a closed pull request. Flow: docs/architecture.md#release-lifecycle.
const closed_pull_request_js_1 = __webpack_require__(79536);
const lifecycle_js_1 = __webpack_require__(46788);
const register_release_js_1 = __webpack_require__(35587);
/**
 * Settles the release of `pr`, a pull request GitHub answered as closed. `actor`: who closed it (the workflow's
 * actor on the `closed` event), kept in the release's history. `readOnly`: decide and report, write nothing.
 */
async function settleClosedPullRequest(pr, req, ports, clock) {
    const { store, log } = ports;
    let record = await (0, register_release_js_1.findReleaseForPullRequest)(store, pr.number);
    const verdict = (0, closed_pull_request_js_1.decideClosedPullRequest)(pr, record);
    let message = verdict.message;
    let cancelled = false;
    if (verdict.kind === 'cancel' && record && req.readOnly) {
        message = `${verdict.note}: approve-gate cancels release ${record.id} (${record.state}); read-only, nothing written`;
    }
    else if (verdict.kind === 'cancel' && record) {
        const moved = await cancel(record, verdict.note, req.actor, ports, clock);
        cancelled = moved.cancelled;
        record = moved.record;
        if (!cancelled)
            message = moved.message;
    }
    log.info(message);
    return {
        pullRequest: pr.number,
        headSha: pr.head.sha,
        merged: verdict.kind === 'merged',
        verdict: verdict.kind,
        message,
        ...(record ? { releaseId: record.id, state: record.state } : {}),
        cancelled,
        recordWrites: cancelled ? 1 : 0,
    };
}
async function cancel(record, note, actor, ports, clock) {
    try {
        const moved = await ports.store.transitionRelease(record.id, 'Cancelled', {
            actor,
            note,
            at: clock.now(),
        });
        return { record: moved, cancelled: true, message: '' };
    }
    catch (e) {
        // The store moves from the LATEST record: another run got there first (a second `closed` run, or the record
        // left the gated states meanwhile). Report where it is; that run wrote what there was to write.
        if (!(e instanceof lifecycle_js_1.IllegalTransitionError))
            throw e;
        const now = (await ports.store.getRelease(record.id)) ?? record;
        return {
            record: now,
            cancelled: false,
            message: `pull request #${now.pullRequest?.number ?? '?'} closed without merging; release ${now.id} is ${now.state} already (moved by another run): no change`,
        };
    }
}


/***/ })

};
