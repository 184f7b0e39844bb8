export const id = 8900;
export const ids = [8900];
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
