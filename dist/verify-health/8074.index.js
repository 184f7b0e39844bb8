export const id = 8074;
export const ids = [8074];
export const modules = {

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

/***/ 28060:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isRebasedCopy = isRebasedCopy;
exports.checkApprovedHead = checkApprovedHead;
exports.unapprovedHeadMessage = unapprovedHeadMessage;
exports.tenantsOverlap = tenantsOverlap;
exports.laterDeploy = laterDeploy;
exports.retryRefusedMessage = retryRefusedMessage;
exports.freezeHold = freezeHold;
// What deploy checks before it writes anything, read from the records and GitHub's answers alone
// (docs/architecture.md#release-lifecycle): which commit holds the policy the gate judged by, that the merged head is
// the commit the gate approved, that retrying a Failed release cannot put an environment behind a later release, and
// that no environment the release reaches (its own, and each one a shared layer `affects`) is frozen.
const break_glass_js_1 = __webpack_require__(6558);
const freeze_js_1 = __webpack_require__(96301);
/**
 * Whether `commit` on the base branch is a rebase merge's copy of `original`: GitHub's rebase writes a new commit with
 * the same message, author and author date. A squash or merge commit gets the merge's own time, so it never matches.
 */
function isRebasedCopy(commit, original) {
    if (commit.authorTime === undefined)
        return false;
    const at = Date.parse(original.date);
    return (Number.isFinite(at) &&
        Math.floor(at / 1000) === commit.authorTime &&
        commit.message.trimEnd() === original.message.trimEnd());
}
/**
 * Whether the merged head is what the gate approved. The commit the gate judged decides when the record names it;
 * else the commits the recorded approvals were given on (with stale approvals dismissed, every counted approval is on
 * the head the gate passed). A record naming neither (a policy that needs no approval, on a record written before the
 * gate kept its head) cannot be checked here: `basis: 'none'`, and the caller says so.
 */
function checkApprovedHead(facts) {
    if (facts.gatePassedAt !== undefined) {
        return facts.gatePassedAt === facts.mergedHead
            ? { ok: true, basis: 'gate' }
            : { ok: false, approvedAt: [facts.gatePassedAt] };
    }
    const approvedAt = [...new Set(facts.approvals.filter((a) => a.state === 'APPROVED').map((a) => a.commit))];
    if (approvedAt.length === 0)
        return { ok: true, basis: 'none' };
    return approvedAt.includes(facts.mergedHead) ? { ok: true, basis: 'approvals' } : { ok: false, approvedAt };
}
/** Why a merged head that differs from the approved one does not deploy, and what to do about it. */
function unapprovedHeadMessage(release, pr, mergedHead, approvedAt) {
    const short = (s) => s.slice(0, 7);
    return `release ${release.id} is not deployed: pull request #${pr} merged head ${short(mergedHead)}, but it was approved at ${approvedAt.map(short).join(', ')} (a commit pushed after the approval and merged before the gate judged it). Its content reached the base branch without the approval its policy needs: review it, then ship it through a new release pull request (or revert it)`;
}
/** Whether two releases of one workload and environment may write the same deploy files (no tenant listed: all). */
function tenantsOverlap(a, b) {
    if (a.tenants.length === 0 || b.tenants.length === 0)
        return true;
    return a.tenants.some((t) => b.tenants.includes(t));
}
/** When the release last began a deploy (its newest Deploying entry); undefined when it never did. */
function lastDeployStart(r) {
    return r.history.findLast((h) => h.state === 'Deploying')?.at;
}
/**
 * A release of the same workload and environment, with tenants overlapping `failed`'s, that began a deploy at or
 * after `failed`'s last one (by its history: everything past Deploying passed through it); the newest such one.
 * Retrying `failed` would write its older manifests over that release's. Undefined: nothing later, a retry is safe.
 */
function laterDeploy(failed, records) {
    const since = lastDeployStart(failed) ?? '';
    let found;
    for (const r of records) {
        if (r.id === failed.id || r.workload !== failed.workload || r.environment !== failed.environment)
            continue;
        if (!tenantsOverlap(r, failed))
            continue;
        const at = lastDeployStart(r);
        if (at === undefined || at < since)
            continue;
        if (found === undefined || at > found.at)
            found = { release: r, at };
    }
    return found;
}
/** Why a Failed release is not retried, and what to do instead. */
function retryRefusedMessage(failed, later) {
    const env = failed.environment;
    return `release ${failed.id} is Failed and is not retried: release ${later.release.id} (${later.release.state}) of ${failed.workload} began deploying to ${env} after it (${later.at}), and a retry would put ${env} back behind it. To ship ${failed.id}'s change again, open a new release (create-release, or gitopshq set); to go back to an earlier release, roll back (the deploy workflow's rollback-to, or gitopshq rollback --env ${env} --to <release-id>)`;
}
/**
 * Why deploy holds the release now, or undefined. A release that changes a layer several environments share (its
 * record's `affects`, written by the gate) reaches each of them at their next render, so a freeze in any of them holds
 * it, as a freeze of its own environment does; a break-glass covers a freeze only for the occurrence it broke
 * (freezesNotBroken). `statusOf` is the freeze status of an environment at the deploy's instant.
 */
function freezeHold(release, statusOf) {
    const own = release.environment;
    const others = (release.affects ?? []).filter((e) => e !== own);
    for (const env of [own, ...new Set(others)]) {
        const status = statusOf(env);
        const holding = (0, break_glass_js_1.freezesNotBroken)(status, release.breakGlass);
        if (holding.length === 0)
            continue;
        // Break-glass opens the freezes it broke, not a freeze that began after it.
        const broke = (0, break_glass_js_1.heldDespiteBreakGlass)(release.breakGlass, holding);
        const where = env === own
            ? ''
            : ` in ${env}, which its change reaches (a layer ${[own, ...others].join(', ')} share; it ships there with their next render)`;
        return `deploy of ${release.id} held: ${(0, freeze_js_1.describeFreeze)(status)}${where}${broke}. The release stays Approved; re-run the deploy after the freeze (or pass the gate again with break-glass)`;
    }
    return undefined;
}


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
const workload_fields_js_1 = __webpack_require__(84464);
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

/***/ 84464:
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

/***/ 36599:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryRefusal = retryRefusal;
exports.unapprovedHead = unapprovedHead;
exports.policyCommit = policyCommit;
// What deploy checks with GitHub and the records before it writes anything: that a retried Failed release would not
// put its environment behind a later release, that the merged head is the commit the gate approved, and which commit
// holds the policy (freezes, deploy branches) the gate judged by. Split from deploy.ts; the decisions are pure, in
// src/domain/deploy-guards.ts. Why: docs/architecture.md#release-lifecycle.
const deploy_guards_js_1 = __webpack_require__(28060);
/** Why a Failed release may not be retried now (a later release of its target began deploying); undefined: it may. */
async function retryRefusal(release, ports) {
    if (release.state !== 'Failed')
        return undefined;
    const later = (0, deploy_guards_js_1.laterDeploy)(release, await ports.store.listReleases());
    return later ? (0, deploy_guards_js_1.retryRefusedMessage)(release, later) : undefined;
}
/**
 * Why the merged pull request's head is not the commit the release was approved at; undefined when it is. The gate
 * judges a push after the approval only while the pull request is open: a push merged at once (branch protection off,
 * an admin's bypass) reached the base branch unjudged. An Approved release moves back to Pending Approval, the move the
 * lifecycle has for "a new push dismissed the approval", which is what happened: it did not deploy, so it is no failed
 * deployment, and the board shows what it lacks. A release past Approved is refused and left as it is.
 */
async function unapprovedHead(release, pr, ports, actor) {
    // changeSetCommit is the head the gate last read the pull request at; an Approved record's last verdict passed there.
    const verdict = (0, deploy_guards_js_1.checkApprovedHead)({
        mergedHead: pr.head.sha,
        gatePassedAt: release.changeSetCommit,
        approvals: release.approvals,
    });
    if (verdict.ok) {
        if (verdict.basis === 'none') {
            ports.log.info(`release ${release.id}: its record names neither the head its gate judged nor an approved commit (a record written before gitopshq kept them, under a policy that needs no approval), so the merged head ${pr.head.sha.slice(0, 7)} is not compared`);
        }
        return undefined;
    }
    const message = (0, deploy_guards_js_1.unapprovedHeadMessage)(release, pr.number, pr.head.sha, verdict.approvedAt);
    if (release.state === 'Approved') {
        await ports.store.transitionRelease(release.id, 'PendingApproval', {
            actor,
            note: `deploy refused: merged head ${pr.head.sha.slice(0, 7)} is not the approved commit`,
            patch: { approvalMissing: [`an approval of the merged head ${pr.head.sha.slice(0, 7)}`] },
        });
    }
    return message;
}
/**
 * The commit holding the policy the gate judged the release by: the base branch as it was just before the merge. A
 * merge commit's first parent, and a squash's only parent, are that tip. A rebase merge copies the pull request's
 * commits one by one onto it, so the copies (same message, author and author date as the originals GitHub lists)
 * are walked back over: an earlier copy holds the pull request's own files, gitopshq.yaml included. `missing`: why
 * none was found.
 */
async function policyCommit(ref, pr, ports) {
    const lacking = (sha) => ({
        missing: `the checkout lacks commit ${sha.slice(0, 7)} (the merge's base, where the policy the gate judged by is read): check it out with fetch-depth: 0`,
    });
    const merge = await ports.source.commit(ref);
    if (!merge)
        return lacking(ref);
    const first = merge.parents[0];
    if (first === undefined) {
        return { missing: `commit ${ref.slice(0, 7)} has no parent: no policy preceded it, so it is no merge` };
    }
    if (merge.parents.length > 1)
        return { sha: first };
    const originals = await ports.github.listPullRequestCommits(pr.number);
    const last = originals.at(-1);
    if (last === undefined || !(0, deploy_guards_js_1.isRebasedCopy)(merge, last))
        return { sha: first };
    let at = first;
    for (const original of originals.slice(0, -1).reverse()) {
        const commit = await ports.source.commit(at);
        if (!commit)
            return lacking(at);
        if (!(0, deploy_guards_js_1.isRebasedCopy)(commit, original))
            break;
        const parent = commit.parents[0];
        if (parent === undefined)
            break;
        at = parent;
    }
    return { sha: at };
}


/***/ }),

/***/ 98877:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_UNHINTED_LOOKUPS = void 0;
exports.findRelease = findRelease;
exports.deployingNote = deployingNote;
// Which release a deploy is about: the one named by release-id, else the one whose pull request merged as the pushed
// commit, found even while GitHub has not linked that commit to its pull request yet. Split from deploy.ts, which
// deploys what this finds. Flow: docs/architecture.md#release-lifecycle.
const closed_pull_request_js_1 = __webpack_require__(79536);
const merge_commit_js_1 = __webpack_require__(57344);
/**
 * Without a hint, at most this many pull requests are asked what they merged as. Each call is one more chance of a
 * rate limit, and Approved records may pile up: approve-gate cancels the release of a pull request closed without
 * merging, but only where its workflow runs on `closed` (an older copy of the template does not), and otherwise
 * nothing on the record says it closed (knowing would take a call per release, the cost this bound avoids).
 */
exports.MAX_UNHINTED_LOOKUPS = 5;
async function findRelease(req, ports) {
    if (req.releaseId !== undefined) {
        const release = await ports.store.getRelease(req.releaseId);
        return release ? { release } : `release ${req.releaseId} does not exist`;
    }
    if (req.sha === undefined)
        return 'no release-id and no pushed commit: say which release to deploy';
    const pr = await ports.github.findPullRequestForMergeCommit(req.sha);
    const records = await ports.store.listReleases();
    if (pr) {
        // A PR closed unmerged and reopened names a Cancelled release and a live one: the live one merged.
        const found = (0, closed_pull_request_js_1.releaseOfPullRequest)(records, pr.number);
        return found
            ? { release: found, pr }
            : `pull request #${pr.number} (merged as ${req.sha.slice(0, 7)}) is not a release`;
    }
    return findUnlinkedMerge(req.sha, records, ports);
}
/**
 * GitHub links a merge commit to its pull request a moment after the merge (read-after-write lag), so the push that
 * merged a release may find no pull request yet: skipping it would leave the release undeployed with a green run.
 * The commit says which pull request it merged (its message, its merged parent) and the record keeps each
 * release's pull request: one call confirms. Only a merge that names none (a rebase merge, an edited message) asks
 * the releases awaiting their merge, newest first and at most MAX_UNHINTED_LOOKUPS of them: a release merges soon
 * after its approval, so the one that merged now is among the last approved.
 */
async function findUnlinkedMerge(sha, records, ports) {
    const asked = new Set();
    // The message is untrusted (anyone can write "(#12)"): only the pull request's own answer decides.
    const mergedHere = async (r) => {
        const n = r.pullRequest?.number;
        if (n === undefined || asked.has(n))
            return undefined;
        asked.add(n);
        const own = await ports.github.getPullRequest(n);
        return own.merged && own.mergeCommitSha === sha ? { release: r, pr: own } : undefined;
    };
    // A re-run after a failure half-way: the record says its deploy of this very commit began.
    const note = deployingNote(sha);
    const began = records.filter((r) => ['Deploying', 'Failed'].includes(r.state) &&
        r.history.some((h) => h.state === 'Deploying' && h.note === note));
    const commit = await ports.source.commit(sha);
    for (const r of [...began, ...(commit ? (0, merge_commit_js_1.hintedReleases)(commit, records) : [])]) {
        const found = await mergedHere(r);
        if (found)
            return found;
    }
    const awaiting = (0, merge_commit_js_1.newestFirst)(records.filter((r) => r.state === 'Approved' && r.pullRequest && !asked.has(r.pullRequest.number)));
    for (const r of awaiting.slice(0, exports.MAX_UNHINTED_LOOKUPS)) {
        const found = await mergedHere(r);
        if (found)
            return found;
    }
    const nothing = `commit ${sha.slice(0, 7)} is not the merge of a pull request: nothing to deploy`;
    const unasked = awaiting.length - exports.MAX_UNHINTED_LOOKUPS;
    if (unasked <= 0)
        return nothing;
    return `${nothing} (GitHub has not linked it to a pull request yet and its message names none: asked the ${exports.MAX_UNHINTED_LOOKUPS} releases approved last, not ${unasked} older Approved one(s); if one of them merged as ${sha.slice(0, 7)}, re-run this deploy or deploy it by its release id)`;
}
/** The note of a release's move to Deploying: names the commit, so a re-run on the same push finds it. */
function deployingNote(ref) {
    return `deploying ${ref.slice(0, 7)}`;
}


/***/ }),

/***/ 79377:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// deploy: the push that merges a release (or a dispatch naming it) puts the release's rendered manifests on its
// environment's deploy branch, records a GitHub Deployment and moves the release Approved -> Deploying -> Deployed,
// or to Failed with the cause. Every write can be repeated: a re-run finds the deploy commit by its trailer and the
// Deployment by environment and commit, so a run killed half-way and run again converges on one of each.
// Flow and layout: docs/architecture.md#release-lifecycle, docs/architecture.md#state-repo-layout.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_UNHINTED_LOOKUPS = exports.RELEASE_TRAILER = exports.RELEASE_ANNOTATION = void 0;
exports.annotate = annotate;
exports.deploy = deploy;
exports.ensureDeployment = ensureDeployment;
const deploy_guards_js_1 = __webpack_require__(28060);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const layout_js_1 = __webpack_require__(89128);
const normalize_js_1 = __webpack_require__(12991);
const types_js_1 = __webpack_require__(74785);
const deploy_checks_js_1 = __webpack_require__(36599);
const deploy_find_js_1 = __webpack_require__(98877);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
/** The annotation every deployed object carries: which release put it there. */
exports.RELEASE_ANNOTATION = 'gitopshq.io/release';
/** The commit trailer on the deploy branch naming the release a commit deploys (rollback.ts has its own). */
exports.RELEASE_TRAILER = 'Gitopshq-Release';
var deploy_find_js_2 = __webpack_require__(98877);
Object.defineProperty(exports, "MAX_UNHINTED_LOOKUPS", ({ enumerable: true, get: function () { return deploy_find_js_2.MAX_UNHINTED_LOOKUPS; } }));
/** Adds the release annotation to every object, leaving everything else as rendered. */
function annotate(manifests, releaseId) {
    return manifests.map((m) => {
        const metadata = (m.object.metadata ?? {});
        const annotations = (metadata.annotations ?? {});
        const object = {
            ...m.object,
            metadata: { ...metadata, annotations: { ...annotations, [exports.RELEASE_ANNOTATION]: releaseId } },
        };
        return { ...m, object };
    });
}
/** The deploy step of one release. */
async function deploy(req, ports, clock = deps_js_1.systemClock) {
    const { github, store, log } = ports;
    const found = await (0, deploy_find_js_1.findRelease)(req, ports);
    if (typeof found === 'string') {
        // A push that merged something other than a release is not an error: deploy runs on every push to main.
        if (req.releaseId === undefined)
            return (0, result_js_1.pending)(found);
        return (0, result_js_1.failed)({ kind: 'usage', message: found });
    }
    const { release } = found;
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    if (req.environment !== undefined && req.environment !== env) {
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${id} is for ${env}, not ${req.environment}` });
    }
    if (['Deployed', 'Synced', 'Healthy'].includes(release.state)) {
        log.info(`release ${id} is already ${release.state} (${release.deploy?.commit ?? 'no commit'}): nothing to do`);
        return (0, result_js_1.succeeded)({
            ...base,
            unchanged: true,
            ...(release.deploy
                ? {
                    deployCommit: release.deploy.commit,
                    deploymentId: release.deploy.deploymentId,
                    branch: release.deploy.branch,
                }
                : {}),
        });
    }
    if (!['Approved', 'Deploying', 'Failed'].includes(release.state)) {
        return (0, result_js_1.failed)({
            message: `release ${id} is ${release.state}: only an Approved release deploys (a Failed one may be retried)`,
        });
    }
    const refused = await (0, deploy_checks_js_1.retryRefusal)(release, ports);
    if (refused)
        return (0, result_js_1.failed)({ message: refused }, { value: base });
    // GitHub's answer now, not the record's word: what merged, as which commit, at which head.
    const pr = found.pr ?? (release.pullRequest ? await github.getPullRequest(release.pullRequest.number) : undefined);
    const ref = req.sha ?? (pr?.merged ? (pr.mergeCommitSha ?? undefined) : undefined);
    if (pr === undefined || ref === undefined) {
        return (0, result_js_1.failed)({ message: `release ${id} has no merged pull request: merge it first` });
    }
    const unapproved = await (0, deploy_checks_js_1.unapprovedHead)(release, pr, ports, req.actor);
    if (unapproved) {
        const now = (await store.getRelease(id))?.state ?? release.state;
        return (0, result_js_1.failed)({ message: unapproved }, { value: { ...base, state: now } });
    }
    const policy = await (0, deploy_checks_js_1.policyCommit)(ref, pr, ports);
    if ('missing' in policy)
        return (0, result_js_1.failed)({ message: `release ${id} is not deployed: ${policy.missing}` });
    try {
        return await openAndDeploy(req, ports, clock, release, { ref, policyRef: policy.sha });
    }
    catch (e) {
        if (!(e instanceof errors_js_1.ValidationError))
            throw e;
        // The repository at the merge commit does not load: the deploy began and failed (never a silent Approved).
        const now = await store.getRelease(id);
        if (now?.state === 'Approved')
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: (0, deploy_find_js_1.deployingNote)(ref),
            });
        const moved = await store.transitionRelease(id, 'Failed', {
            actor: req.actor,
            note: `validation error at ${ref.slice(0, 7)}: ${e.message}`,
        });
        return (0, result_js_1.failed)({ message: `release ${id} failed to deploy: ${e.message}`, findings: e.findings }, { value: { ...base, state: moved.state } });
    }
}
async function openAndDeploy(req, ports, clock, release, at) {
    const { github, store, log } = ports;
    const { ref, policyRef } = at;
    const id = release.id;
    const env = release.environment;
    const base = startValue(release);
    return ports.source.open(ref, policyRef, async (repo) => {
        if (release.state !== 'Deploying') {
            // Every environment the release reaches: its own, and each one a shared layer it changes ships to.
            const now = clock.now();
            const message = (0, deploy_guards_js_1.freezeHold)(release, (e) => (0, freeze_js_1.freezeStatus)(repo.freezes, e, now));
            if (message !== undefined) {
                log.warning(message);
                return (0, result_js_1.pending)(message, { value: base });
            }
            await store.transitionRelease(id, 'Deploying', {
                actor: req.actor,
                note: (0, deploy_find_js_1.deployingNote)(ref),
            });
        }
        const branch = repo.deployBranch(env);
        const fail = async (message, findings = [], deploymentId) => {
            if (deploymentId !== undefined) {
                await github.createDeploymentStatus(deploymentId, {
                    state: 'failure',
                    description: message.slice(0, 140),
                    ...(req.runUrl ? { logUrl: req.runUrl } : {}),
                });
            }
            const moved = await store.transitionRelease(id, 'Failed', { actor: req.actor, note: message });
            return (0, result_js_1.failed)({
                message: `release ${id} failed to deploy: ${message}`,
                findings: findings.map((f) => ({
                    file: f.file ?? 'gitopshq.yaml',
                    line: f.line ?? 1,
                    col: f.col ?? 1,
                    message: (0, types_js_1.formatRenderFinding)(f),
                    severity: f.severity,
                })),
            }, { value: { ...base, state: moved.state, ...(branch ? { branch } : {}) } });
        };
        if (branch === undefined) {
            return fail(`environment ${env} is not in gitopshq.yaml at ${policyRef.slice(0, 7)}, the base the release merged onto and the policy its gate judged by: no deploy branch to write to`);
        }
        const targets = repo.targets(release);
        if (targets.length === 0)
            return fail(`no target of ${release.workload} in ${env} to deploy`);
        const paths = targets.map((t) => (0, layout_js_1.manifestFile)(t.tenant, t.workload));
        let commit = await earlierCommit(ports, branch, id, paths);
        let files = [];
        if (commit === undefined) {
            const sets = await log.group(`Render ${targets.length} target(s) at ${ref.slice(0, 7)}`, () => repo.render(targets));
            const problems = sets.flatMap((s) => s.findings.filter((f) => f.severity === 'error'));
            if ((0, types_js_1.hasErrors)(problems) || sets.some((s) => s.manifests.length === 0)) {
                const first = problems[0];
                const cause = first ? (0, types_js_1.formatRenderFinding)(first) : 'a target rendered no objects';
                return fail(`render failed: ${cause}`, problems);
            }
            const writes = sets.map((s) => ({
                path: (0, layout_js_1.manifestFile)(s.target.tenant, s.target.workload),
                content: (0, normalize_js_1.stringifyManifests)(annotate(s.manifests, id)),
            }));
            files = writes.map((w) => w.path);
            const message = `deploy ${id} to ${env}\n\n${release.title}\n\n${exports.RELEASE_TRAILER}: ${id}\n`;
            try {
                commit = await ports.branches.write(branch, writes, message, clock.now());
            }
            catch (e) {
                return fail(`push to ${branch} refused: ${e instanceof Error ? e.message : String(e)}`);
            }
            log.info(`committed ${files.length} file(s) to ${branch} as ${commit.slice(0, 7)}`);
        }
        const deploymentId = await ensureDeployment(github, { env, commit, id, branch });
        await github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `release ${id} on ${branch}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
        const done = await store.transitionRelease(id, 'Deployed', {
            actor: req.actor,
            note: `deployed as ${commit.slice(0, 7)} on ${branch}`,
            patch: { deploy: { commit, deploymentId, branch } },
        });
        return (0, result_js_1.succeeded)({ ...base, state: done.state, deployCommit: commit, deploymentId, branch, files });
    });
}
/**
 * The commit an earlier run of this release left on the branch (a run killed after its push), reused only while the
 * branch still holds its content for the release's files: when a later release wrote them since, reusing it would
 * record this release as running while the branch runs the other, so the caller renders and writes anew.
 */
async function earlierCommit(ports, branch, id, paths) {
    const found = await ports.branches.findCommit(branch, exports.RELEASE_TRAILER, id);
    if (found === undefined)
        return undefined;
    const tip = await ports.branches.tip(branch);
    if (tip !== found) {
        const [mine, now] = await Promise.all([
            ports.branches.readFiles(found, paths),
            tip === undefined ? paths.map(() => undefined) : ports.branches.readFiles(tip, paths),
        ]);
        if (mine.some((content, i) => content !== now[i])) {
            ports.log.info(`${branch} has ${found.slice(0, 7)} for ${id} from an earlier run, but later commits changed its files: writing anew`);
            return undefined;
        }
    }
    ports.log.info(`${branch} already has ${found.slice(0, 7)} for ${id} (an earlier run): reusing it`);
    return found;
}
/** The Deployment of this commit in this environment: the one an earlier run made, else a new one, in progress. */
async function ensureDeployment(github, d) {
    const existing = (await github.listDeployments({ environment: d.env, sha: d.commit }))[0];
    if (existing)
        return existing.id;
    const created = await github.createDeployment({
        ref: d.commit,
        environment: d.env,
        task: d.task ?? 'deploy',
        description: `release ${d.id}`,
        payload: { release: d.id, branch: d.branch },
        requiredContexts: [],
    });
    await github.createDeploymentStatus(created.id, { state: 'in_progress', description: `release ${d.id}` });
    return created.id;
}
/** What a deploy reports before it has done anything: the release as found. */
function startValue(release) {
    return {
        releaseId: release.id,
        environment: release.environment,
        state: release.state,
        files: [],
        unchanged: false,
    };
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
const workload_fields_js_1 = __webpack_require__(84464);
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

/***/ 98678:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLLBACK_TRAILER = void 0;
exports.rollback = rollback;
// rollback: puts an earlier release's manifests back on the environment's deploy branch, exactly as they were
// deployed (read from the deploy branch at that release's deploy commit, byte for byte, never re-rendered), as a new
// commit; marks the release running for each tenant rolled back Rolled Back with who, when and why; and opens a pull
// request on main that restores the earlier release's values, so the next deploy cannot bring the bad change back.
// Tenants: only the tenants asked for (default: those the earlier release deployed) are rewritten, and a release
// that still runs for a tenant left out is refused rather than recorded as Rolled Back.
// Each write is found again on a re-run (trailers on the commits, the PR by its branch), so a killed run converges.
// Flow: docs/architecture.md#release-lifecycle.
const layout_js_1 = __webpack_require__(89128);
const rollback_target_js_1 = __webpack_require__(51742);
const release_edit_js_1 = __webpack_require__(55757);
const deploy_js_1 = __webpack_require__(79377);
const deps_js_1 = __webpack_require__(31064);
const result_js_1 = __webpack_require__(48155);
exports.ROLLBACK_TRAILER = 'Gitopshq-Rollback-Of';
async function rollback(req, ports, clock = deps_js_1.systemClock) {
    const { store, branches, log } = ports;
    const records = await store.listReleases();
    const target = records.find((r) => r.id === req.to);
    if (!target)
        return (0, result_js_1.failed)({ kind: 'usage', message: `release ${req.to} does not exist` });
    const deployed = target.deploy;
    if (!deployed)
        return (0, result_js_1.failed)({ message: `release ${req.to} has no recorded deploy commit to go back to` });
    const branch = deployed.branch;
    const all = await manifestsOf(branches, target);
    const plan = planRollback(records, target, req, all);
    if (!plan.ok)
        return (0, result_js_1.failed)({ kind: 'usage', message: `cannot roll back to ${req.to}: ${plan.reason}` });
    const { files, rolled } = plan;
    const key = rolled[0]?.id ?? '';
    let commit = await branches.findCommit(branch, exports.ROLLBACK_TRAILER, key);
    if (commit === undefined) {
        const contents = await branches.readFiles(deployed.commit, files);
        const writes = files.map((path, i) => ({ path, content: contents[i] ?? '' }));
        const of = rolled.map((r) => r.id).join(', ');
        const trailers = rolled.map((r) => `${exports.ROLLBACK_TRAILER}: ${r.id}\n`).join('');
        const message = `roll back ${of} to ${req.to} in ${req.environment}\n\n${req.reason}\n\n${trailers}Gitopshq-Rollback-To: ${req.to}\n`;
        commit = await branches.write(branch, writes, message, clock.now());
        log.info(`restored ${files.length} file(s) of ${req.to} on ${branch} as ${commit.slice(0, 7)}`);
    }
    let deploymentId;
    if (ports.github) {
        deploymentId = await (0, deploy_js_1.ensureDeployment)(ports.github, { env: req.environment, commit, id: req.to, branch });
        await ports.github.createDeploymentStatus(deploymentId, {
            state: 'success',
            description: `rolled back to ${req.to}`,
            ...(req.runUrl ? { logUrl: req.runUrl } : {}),
        });
    }
    const note = `rolled back to ${req.to} by ${req.actor}: ${req.reason}`;
    let state = rolled[0]?.state ?? 'RolledBack';
    for (const current of rolled) {
        if (current.state === 'RolledBack')
            continue;
        const moved = await store.transitionRelease(current.id, 'RolledBack', {
            actor: req.actor,
            note,
            patch: { rolledBackTo: req.to },
        });
        if (current.id === key)
            state = moved.state;
    }
    const tenants = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : target.tenants;
    const values = await restoreValues(req, ports, target, key, tenants, clock);
    return (0, result_js_1.succeeded)({
        releaseId: key,
        environment: req.environment,
        state,
        deployCommit: commit,
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        branch,
        files,
        unchanged: false,
        rolledBack: key,
        rolledBackReleases: rolled.map((r) => r.id),
        ...values,
    });
}
/**
 * What a rollback to `target` rewrites and records: the target's manifests of the tenants asked for (default: all
 * it deployed), and per tenant the release running there now, each to be marked Rolled Back. A release that also
 * runs for a tenant left out is refused rather than marked: its record would say Rolled Back while it still runs.
 * On a re-run, the releases already Rolled Back to the target for those tenants stand in, so it converges.
 */
function planRollback(records, target, req, all) {
    const base = { workload: target.workload, environment: req.environment };
    const tenantOf = (path) => path.split('/')[0] ?? '';
    // Every tenant the workload runs for, and those of them the target deployed (all, for an all-tenant release).
    const known = [...new Set(all.map(tenantOf))].filter((t) => t !== layout_js_1.NO_TENANT);
    const deployedTenants = target.tenants.length > 0 ? known.filter((t) => target.tenants.includes(t)) : known;
    const asked = req.tenants !== undefined && req.tenants.length > 0 ? req.tenants : deployedTenants;
    const missing = asked.filter((t) => !deployedTenants.includes(t));
    if (missing.length > 0) {
        return {
            ok: false,
            reason: `release ${target.id} deployed no manifests of ${target.workload} for tenant ${missing.join(', ')} (it deployed ${deployedTenants.join(', ') || 'no tenant'})`,
        };
    }
    const files = all.filter((p) => asked.length === 0 ? target.tenants.length === 0 : asked.includes(tenantOf(p)));
    if (files.length === 0) {
        return {
            ok: false,
            reason: `release ${target.id} has no manifests of ${target.workload} on its deploy commit`,
        };
    }
    const scopes = asked.length === 0 ? [base] : asked.map((tenant) => ({ ...base, tenant }));
    const rolled = new Map();
    let firstRefusal;
    for (const scope of scopes) {
        if ((0, rollback_target_js_1.runningRelease)(records, scope)?.id === target.id)
            continue;
        const check = (0, rollback_target_js_1.checkRollbackTo)(records, scope, req.to, { allowUnverified: req.allowUnverified === true });
        if (!check.ok)
            return check;
        rolled.set(check.current.id, check.current);
    }
    for (const current of rolled.values()) {
        // Tenants left out that this release still runs for: marking it Rolled Back would make its record lie there.
        const covers = current.tenants.length > 0 ? current.tenants : known;
        const elsewhere = covers.filter((t) => !asked.includes(t) && (0, rollback_target_js_1.runningRelease)(records, { ...base, tenant: t })?.id === current.id);
        if (asked.length > 0 && elsewhere.length > 0) {
            firstRefusal ??= `release ${current.id} also runs for tenant ${elsewhere.join(', ')}, which this rollback leaves alone (it covers ${asked.join(', ')}): roll back all of its tenants together, to a release deployed for each of them`;
        }
    }
    if (firstRefusal !== undefined)
        return { ok: false, reason: firstRefusal };
    if (rolled.size === 0) {
        // Nothing runs that is not the target: a re-run after the records moved finishes what it left undone. Only
        // the rollback since the last deploy counts, not an earlier rollback to the same release.
        const touches = (r) => r.workload === target.workload &&
            r.environment === req.environment &&
            (asked.length === 0 || r.tenants.length === 0 || r.tenants.some((t) => asked.includes(t)));
        const lastDeploy = records
            .filter((r) => r.id !== target.id && touches(r))
            .flatMap((r) => r.history.filter((h) => h.state === 'Deployed').map((h) => h.at))
            .sort()
            .at(-1) ?? '';
        for (const r of records) {
            if (r.state !== 'RolledBack' || r.rolledBackTo !== target.id || !touches(r))
                continue;
            if ((r.history.findLast((h) => h.state === 'RolledBack')?.at ?? '') >= lastDeploy)
                rolled.set(r.id, r);
        }
        if (rolled.size === 0) {
            const where = `${target.workload} in ${req.environment}`;
            return {
                ok: false,
                reason: `release ${target.id} is what runs for ${where} now; pick an earlier release`,
            };
        }
    }
    const sorted = [...rolled.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { ok: true, files, rolled: sorted };
}
/** The manifests files of the target release's workload, every tenant's, on the deploy branch at its commit. */
async function manifestsOf(branches, target) {
    const all = await branches.list(target.deploy?.commit ?? '');
    return all.filter((p) => {
        const [, workload, file, extra] = p.split('/');
        return extra === undefined && file === 'manifests.yaml' && workload === target.workload;
    });
}
/** A PR on main putting back the values files of the target release's environment as of its merge. */
async function restoreValues(req, ports, target, currentId, tenants, clock) {
    const { pulls, valuesRepo, log } = ports;
    if (!pulls)
        return { valuesNote: 'no GitHub token: the values pull request could not be opened' };
    const mergedAs = target.pullRequest
        ? (await pulls.getPullRequest(target.pullRequest.number)).mergeCommitSha
        : null;
    if (!mergedAs)
        return { valuesNote: `release ${target.id} has no merged pull request to read its values from` };
    const main = req.mainBranch ?? 'main';
    const branch = `gitopshq/rollback/${currentId}`;
    const open = await pulls.findOpenPullRequest(branch);
    if (open)
        return { valuesPullRequest: { number: open.number, url: open.url } };
    const mainTip = await valuesRepo.tip(main);
    if (!mainTip)
        return { valuesNote: `branch ${main} not found` };
    const [workloadYaml] = await valuesRepo.readFiles(mergedAs, [(0, layout_js_1.workloadFile)(target.workload)]);
    const paths = (0, release_edit_js_1.releaseEditFiles)(target.workload, workloadYaml, req.environment, tenants);
    const [then, now] = await Promise.all([
        valuesRepo.readFiles(mergedAs, paths),
        valuesRepo.readFiles(mainTip, paths),
    ]);
    const writes = paths.flatMap((path, i) => then[i] !== undefined && then[i] !== now[i] ? [{ path, content: then[i] }] : []);
    if (writes.length === 0)
        return { valuesNote: `${main} already has the values of ${target.id}` };
    const message = `${target.workload}: restore the values of ${target.id} in ${req.environment}\n\nRolled back ${currentId}: ${req.reason}\n`;
    if ((await valuesRepo.findCommit(branch, exports.ROLLBACK_TRAILER, currentId)) === undefined) {
        await valuesRepo.write(branch, writes, `${message}\n${exports.ROLLBACK_TRAILER}: ${currentId}\n`, clock.now(), mainTip);
    }
    const pr = await pulls.createPullRequest({
        head: branch,
        base: main,
        title: `${target.workload}: restore ${target.id} values in ${req.environment} (rollback of ${currentId})`,
        body: [
            `${currentId} was rolled back to ${target.id} in ${req.environment} by ${req.actor}: ${req.reason}.`,
            '',
            `Merge this so the next deploy of ${target.workload} does not bring the rolled-back change back.`,
            '',
            ...writes.map((w) => `- \`${w.path}\``),
        ].join('\n'),
    });
    log.info(`opened #${pr.number} restoring the values of ${target.id}`);
    return { valuesPullRequest: { number: pr.number, url: pr.url } };
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
