export const id = 5157;
export const ids = [5157];
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

/***/ 74463:
/***/ ((__unused_webpack_module, exports) => {


// Markdown primitives for everything we show on GitHub (job summaries, PR comments). Pure strings, no I/O, so the
// core wrapper and the render reports share one set; see docs/architecture.md for why it sits in the domain.
//
// Untrusted text (PR titles, values, file contents, manifest names) reaches a comment only through `escapeText`,
// `inlineCode`, `codeBlock`, a plain table cell or the `html` template, each of which makes it show literally
// where it is put: it can neither close a fence, split a table row, open an HTML comment that hides the rest
// of the comment, nor become a link, emphasis or math.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeHtml = escapeHtml;
exports.escapeText = escapeText;
exports.inlineCode = inlineCode;
exports.codeBlock = codeBlock;
exports.html = html;
exports.joinHtml = joinHtml;
exports.detailsBlock = detailsBlock;
exports.markdownTable = markdownTable;
exports.link = link;
exports.bulletList = bulletList;
/** HTML text content: `&`, `<`, `>` and `"` as entities. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/**
 * Markdown punctuation that can start markup inline: emphasis, code, links, tables, strike-through, headings,
 * GitHub math (`$x$`). A backslash before any ASCII punctuation is an escape in CommonMark, so this is safe.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~#$]/g;
/**
 * Text shown literally in a paragraph, a list item or a table cell. Line breaks become `<br>`: a blank line
 * would end the paragraph (or the table) and let the rest of the text start a block of its own.
 */
function escapeText(text) {
    return escapeHtml(text)
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        .replace(LINE_START_MARKER, '$1\\$2')
        .replace(/\r\n|\r|\n/g, '<br>');
}
/** What starts a list item or a heading underline at the start of a line: `- x`, `+ x`, `= x`, `1. x`, `1) x`. */
const LINE_START_MARKER = /^(\d*)([-+=.)])/;
function longestBacktickRun(text) {
    return Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
}
/**
 * An inline code span, delimited by more backticks than any run inside. Padded with a space where the text
 * starts or ends with a backtick or a space, which the parser would otherwise eat or read as a delimiter.
 * A code span has no line breaks: they become spaces, as GitHub would show them anyway.
 */
function inlineCode(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    if (flat === '')
        return '';
    const ticks = '`'.repeat(longestBacktickRun(flat) + 1);
    const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/**
 * A fenced block whose fence is longer than any backtick run inside (at least three), so the content cannot
 * close it. One trailing newline is dropped (it would show as an empty last line). `lang` must be a plain word.
 */
function codeBlock(text, lang = '') {
    if (!/^[\w+.-]*$/.test(lang))
        throw new Error(`code block language must be a plain word, not '${lang}'`);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${lang}\n${text.replace(/\r?\n$/, '')}\n${fence}`;
}
/**
 * A tagged template for HTML: every interpolated value is escaped unless it is itself `Html`.
 * `html\`<code>${name}</code>\`` is safe whatever `name` holds.
 */
function html(strings, ...values) {
    let out = strings[0] ?? '';
    values.forEach((v, i) => {
        out += typeof v === 'object' ? v.html : escapeHtml(String(v));
        out += strings[i + 1] ?? '';
    });
    return { html: out };
}
/** Joins pieces of HTML, escaping plain strings. */
function joinHtml(parts, separator = '') {
    return { html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : p.html)).join(separator) };
}
/**
 * A collapsed block with a markdown body. The `<summary>` line is raw HTML, where markdown escapes do not apply:
 * a plain string is HTML-escaped, and line breaks are flattened because a blank line would end the HTML block.
 */
function detailsBlock(summary, body, open = false) {
    const head = (typeof summary === 'string' ? escapeHtml(summary) : summary.html).replace(/\s*[\r\n]+\s*/g, ' ');
    return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}
function cell(c) {
    if (typeof c === 'string')
        return escapeText(c);
    if (c.code === '')
        return '';
    if (/\\\|/.test(c.code))
        return `<code>${escapeText(c.code)}</code>`;
    return inlineCode(c.code).replace(/\|/g, '\\|');
}
const RULE = { left: ':---', right: '---:', center: ':---:' };
/** A GitHub table; `align` gives a column's alignment by index (default: left, unmarked). */
function markdownTable(headers, rows, align = []) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    const rule = `| ${headers
        .map((_, i) => {
        const a = align[i];
        return a ? RULE[a] : '---';
    })
        .join(' | ')} |`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
/**
 * A link whose text is escaped and whose destination cannot break out of the parentheses: spaces, `<`, `>`,
 * parentheses and backslashes are percent-encoded. Only http(s) destinations are linked; anything else is text.
 */
function link(text, url) {
    if (!/^https?:\/\//i.test(url))
        return escapeText(text);
    const dest = url.replace(/[\s<>()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${dest})`;
}
/** A bullet list of markdown items (escape untrusted parts first). */
function bulletList(items) {
    return items.map((i) => `- ${i}`).join('\n');
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


/***/ })

};
