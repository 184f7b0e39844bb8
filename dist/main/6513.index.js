export const id = 6513;
export const ids = [6513];
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
exports.decideApproval = decideApproval;
// Whether a pull request's reviews satisfy an environment's approval policy, and if not, exactly what is missing.
// GitHub Environments accept any one reviewer; this gate counts distinct humans with write permission, ignores
// approvals from the author (unless allowed) and from anyone who pushed to the PR, honours each reviewer's latest
// opinion on the current head, and fails closed whenever a fact it needs is unknown.
const codeowners_js_1 = __webpack_require__(43699);
const reviews_js_1 = __webpack_require__(89377);
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
                const member = isMember(owner.slug);
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
            return clip('no approval required');
        }
        return clip(counted.length === 0 ? 'approved' : `approved by ${counted.join(', ')}`);
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
    return clip(parts.join('; '));
}
function clip(text) {
    return text.length <= exports.MAX_DESCRIPTION ? text : `${text.slice(0, exports.MAX_DESCRIPTION - 1)}…`;
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

/***/ 46513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// approve-gate: does a release PR meet its environment's approval policy, and is the environment free of freezes
// (or broken through by break-glass)? The policy is ALWAYS read from the base branch (gitopshq.yaml and CODEOWNERS
// at the PR's base SHA), never from the PR, so a PR cannot lower the bar it is judged by. The rules are pure
// (decideApproval, freezeStatus, decideBreakGlass in src/domain); this file gathers their facts from GitHub, sets
// the `gitopshq/approval` status and moves the release record. Flow: docs/architecture.md#release-lifecycle.
//
// Break-glass reason: the body of the break-glass approver's approving review (the review that broke the glass);
// the PR must also carry the freeze's label. Recorded in the release as breakGlass {actor, at, reason}, where `at`
// is when that review was submitted, so a re-run records the same audit.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.approveGate = approveGate;
const approval_missing_js_1 = __webpack_require__(26844);
const approval_policy_js_1 = __webpack_require__(27600);
const break_glass_js_1 = __webpack_require__(6558);
const codeowners_js_1 = __webpack_require__(43699);
const errors_js_1 = __webpack_require__(10241);
const freeze_js_1 = __webpack_require__(96301);
const reviews_js_1 = __webpack_require__(89377);
const port_js_1 = __webpack_require__(18212);
const deps_js_1 = __webpack_require__(31064);
const register_release_js_1 = __webpack_require__(35587);
const result_js_1 = __webpack_require__(48155);
const GATED = new Set(['Draft', 'PendingApproval', 'Approved']);
/** GitHub's login for commits made in its web UI: it pushed nothing on its own. */
const WEB_FLOW = 'web-flow';
async function approveGate(req, ports, clock = deps_js_1.systemClock) {
    const { github, checkout, store, log } = ports;
    const pr = await github.getPullRequest(req.pullRequest);
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
    const now = clock.now();
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
            // Only a PR without a record needs its change set (and maybe its environment) read from the diff.
            const needInference = record === undefined && (req.environment === undefined || !req.readOnly);
            const inferred = needInference
                ? (0, register_release_js_1.inferRelease)(await changedPaths(), s.baseSnap, s.headSnap, req.environment)
                : undefined;
            return { config: s.baseSnap.config, inferred };
        });
    }
    catch (e) {
        if (e instanceof errors_js_1.ValidationError) {
            return (0, result_js_1.failed)({ message: 'the gate cannot read the repository at base or head', findings: e.findings });
        }
        throw e;
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
            log.info(`registered pull request #${pr.number} as release ${r.record.id} (${r.record.state})`);
        }
    }
    const environment = req.environment ?? record?.environment ?? loaded.inferred?.environment ?? '';
    const envConfig = loaded.config.environments.find((e) => e.name === environment);
    if (!envConfig) {
        return (0, result_js_1.failed)({
            kind: 'usage',
            message: `environment '${environment}' is not in gitopshq.yaml on ${pr.base.ref}: use one of ${loaded.config.environments.map((e) => e.name).join(', ')}`,
        });
    }
    const policy = envConfig.approvals;
    const freeze = (0, freeze_js_1.freezeStatus)(loaded.config.freezes, environment, now);
    const reviews = await github.listReviews(pr.number);
    const pushers = [
        ...new Set(commits.flatMap((c) => [c.author, c.committer]).filter((l) => !!l && l !== WEB_FLOW)),
    ];
    const opinions = (0, reviews_js_1.latestOpinions)(reviews.map((r) => ({
        reviewer: r.reviewer,
        state: r.state,
        commitId: r.commitId,
        submittedAt: r.submittedAt,
    }))).filter((o) => !(0, approval_policy_js_1.isBot)(o.reviewer));
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
    if (policy.codeowners) {
        const file = await github.getCodeowners(pr.base.sha);
        codeowners = file ? (0, codeowners_js_1.parseCodeowners)(file.content) : undefined;
        ownedPaths = await changedPaths();
    }
    const teams = await teamFacts(github, {
        slugs: teamsToAsk(policy.teams, freeze, codeowners, ownedPaths, github.repository.owner),
        candidates: opinions.filter((o) => o.state === 'APPROVED').map((o) => o.reviewer),
    });
    const decision = (0, approval_policy_js_1.decideApproval)(policy, {
        author: pr.author,
        headSha: pr.head.sha,
        pushers,
        changedPaths: ownedPaths,
        reviews: reviews.map((r) => ({
            reviewer: r.reviewer,
            state: r.state,
            commitId: r.commitId,
            submittedAt: r.submittedAt,
        })),
        permissions,
        teams: Object.fromEntries([...teams].map(([k, v]) => [k.slug, v])),
        codeowners,
    });
    const glass = (0, break_glass_js_1.decideBreakGlass)(freeze, {
        labels: pr.labels,
        approvers: decision.counted,
        teams: Object.fromEntries([...teams].map(([k, v]) => [k.slug, v])),
    });
    const approved = decision.approved && glass.passes;
    const description = describeGate(decision, glass, freeze);
    const missing = missingRules(decision, glass, freeze);
    let statusSet = false;
    if (!req.readOnly) {
        statusSet = await setStatus(github, pr.head.sha, approved, description, req.runUrl);
        if (record && GATED.has(record.state)) {
            const moved = await moveRecord(store, record, {
                pr,
                approved,
                decision,
                glass,
                reviews,
                actor: req.actor,
                description,
                missing: (0, approval_missing_js_1.approvalMissingPhrases)(decision.missing, {
                    status: freeze,
                    passes: glass.passes,
                    missing: glass.missing,
                }),
            });
            record = moved.record;
            recordWrites += moved.writes;
        }
    }
    const report = {
        pullRequest: pr.number,
        headSha: pr.head.sha,
        environment,
        approved,
        ...(record ? { releaseId: record.id, state: record.state } : {}),
        missing,
        description,
        decision,
        freeze,
        breakGlass: glass,
        registered,
        recordWrites,
        statusSet,
    };
    return approved ? (0, result_js_1.succeeded)(report) : (0, result_js_1.pending)(description, { value: report });
}
/** Every team whose membership matters: the policy's, the break-glass teams of freezes in force, code owners. */
function teamsToAsk(policyTeams, freeze, codeowners, changedPaths, org) {
    const keys = new Map();
    const add = (k) => keys.set(k.slug.toLowerCase(), k);
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
function describeGate(decision, glass, freeze) {
    if (!freeze.frozen)
        return decision.description;
    if (!glass.passes) {
        return decision.approved ? glass.description : clip(`${glass.description}; ${decision.description}`);
    }
    return decision.approved ? glass.description : decision.description;
}
function missingRules(decision, glass, freeze) {
    const rules = decision.missing.map(({ kind, ...rest }) => ({ rule: kind, ...rest }));
    if (freeze.frozen && !glass.passes) {
        rules.push({ rule: 'freeze', freeze: freeze.freeze, until: freeze.until, untilLocal: freeze.untilLocal });
        for (const { kind, ...rest } of glass.missing)
            rules.push({ rule: `break-glass-${kind}`, ...rest });
    }
    return rules;
}
function clip(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
/** Sets `gitopshq/approval` unless the head already shows exactly this state and description. */
async function setStatus(github, sha, approved, description, runUrl) {
    const state = approved ? 'success' : 'pending';
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
    let breakGlass = start.breakGlass;
    const kept = new Set(breakGlass?.freezes ?? []);
    // A freeze not broken before (a second one began, or the record predates the list): the newest breaker speaks.
    const fresh = glass.used ? glass.brokenBy.filter((b) => !kept.has(b.freeze)) : [];
    const breaker = fresh[0];
    if (breaker) {
        const review = [...reviews]
            .reverse()
            .find((r) => r.state === 'APPROVED' && r.reviewer.toLowerCase() === breaker.approver.toLowerCase());
        breakGlass = {
            actor: breaker.approver,
            at: review?.submittedAt ?? new Date().toISOString(),
            reason: review?.body.trim() || `(no reason given in ${breaker.approver}'s approving review)`,
            freezes: [...kept, ...fresh.map((b) => b.freeze)],
        };
    }
    const patch = { approvals, approvalMissing: facts.missing, ...(breakGlass ? { breakGlass } : {}) };
    let record = start;
    let writes = 0;
    const go = async (to, note) => {
        record = await store.transitionRelease(record.id, to, { actor, note, patch });
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
        (JSON.stringify(record.approvals) !== JSON.stringify(approvals) ||
            JSON.stringify(record.approvalMissing) !== JSON.stringify(facts.missing) ||
            record.breakGlass !== breakGlass)) {
        const before = record;
        record = await store.updateRelease(record.id, (r) => ({ ...r, ...patch }), `release ${record.id}: approvals`);
        if (JSON.stringify(before) !== JSON.stringify(record))
            writes++;
    }
    return { record, writes };
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
 * The release a PR's changed files describe: one workload, one environment (`environment` when the change does not
 * name one itself: a base-layer or chart change), the tenants whose layers changed, and the value updates of every
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
            ? 'this pull request changes no workload, so it is no release: set the environment input (or --env) to gate it against that environment'
            : `a release is one workload, and this pull request changes ${workloads.length} (${workloads.join(', ')}): split it, or open it with create-release`, [], 'usage');
    }
    const workload = workloads[0] ?? '';
    const named = [...new Set(roles.flatMap((r) => (r.role.environment ? [r.role.environment] : [])))];
    const env = environment ?? (named.length === 1 ? named[0] : undefined);
    if (env === undefined) {
        throw new errors_js_1.UserError(named.length === 0
            ? `this pull request changes ${workload} in every environment (base values or chart): set the environment input (or --env) to say which one it releases to`
            : `this pull request changes ${workload} in ${named.length} environments (${named.join(', ')}): set the environment input (or --env) to say which one this gate is for`, [], 'usage');
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
    };
}
/** The release id of a hand-opened PR: the same for every step that registers it, so two racing runs of the
 * gate (pull_request and pull_request_review) write one record, and the loser finds the winner's. */
function registeredReleaseId(pr, workload, environment) {
    const digest = (0, node_crypto_1.createHash)('sha256').update(`pull-request:${pr.number}`).digest();
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
/** `firstCommitAt`: the PR's first commit (firstCommitTime), where the release's lead time starts. */
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
        id: registeredReleaseId(pr, inferred.workload, inferred.environment),
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
            { state, at, actor: opts.actor, note: `registered from pull request #${pr.number}, opened by hand` },
        ],
        changes: { updates: inferred.updates },
        pullRequest: { number: pr.number, url: pr.url, branch: pr.head.ref },
        approvals: [],
    };
}
/** The release record of a PR: the newest one naming it that was not cancelled. */
async function findReleaseForPullRequest(store, number) {
    const mine = (await store.listReleases()).filter((r) => r.pullRequest?.number === number);
    mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    return mine.filter((r) => r.state !== 'Cancelled').at(-1) ?? mine.at(-1);
}
/**
 * Registers `pr` as a release unless a record names it already; returns the record either way. A concurrent
 * registration of the same PR (same id) ends with the other run's record.
 */
async function registerPullRequest(pr, inferred, ports, opts) {
    const existing = await findReleaseForPullRequest(ports.store, pr.number);
    if (existing)
        return { record: existing, created: false };
    const record = registrationRecord(pr, inferred, opts);
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


/***/ })

};
