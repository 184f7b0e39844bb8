// CODEOWNERS as GitHub reads it: one rule a line (a gitignore-style pattern, then owners), the LAST matching rule
// decides a path's owners, a rule without owners makes its paths unowned. GitHub's differences from gitignore are
// kept: no `!` negation, no `[...]` ranges, and `docs/*` owns the files directly in docs/ but not deeper ones.

export type Owner =
  | { kind: 'user'; login: string }
  /** `@org/team`: `slug` is the team's slug within `org`. */
  | { kind: 'team'; org: string; slug: string }
  | { kind: 'email'; email: string };

export interface CodeownersRule {
  pattern: string;
  owners: Owner[];
  line: number;
  /** Anchored regular expression over a repository-relative path without a leading slash. */
  regex: RegExp;
}

export interface CodeownersProblem {
  line: number;
  col: number;
  message: string;
}

export interface Codeowners {
  rules: CodeownersRule[];
  /** Lines GitHub would also ignore, with why; the rules around them still apply. */
  problems: CodeownersProblem[];
}

export function formatOwner(owner: Owner): string {
  if (owner.kind === 'user') return `@${owner.login}`;
  if (owner.kind === 'team') return `@${owner.org}/${owner.slug}`;
  return owner.email;
}

export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const tokens = tokenize(raw);
    const first = tokens[0];
    if (first === undefined) return;
    const problem = patternProblem(first.text);
    if (problem !== undefined) {
      problems.push({ line, col: first.col, message: problem });
      return;
    }
    const owners: Owner[] = [];
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
export function ownersOf(codeowners: Codeowners, path: string): { owners: Owner[]; rule?: CodeownersRule } {
  const clean = path.replace(/^\/+/, '');
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule?.regex.test(clean)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}

/** Whitespace-separated tokens up to an unescaped `#` that starts a token, with their 1-based columns. */
function tokenize(raw: string): { text: string; col: number }[] {
  const tokens: { text: string; col: number }[] = [];
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i] ?? '')) i++;
    if (i >= raw.length || raw[i] === '#') break;
    const col = i + 1;
    let text = '';
    while (i < raw.length && !/\s/.test(raw[i] ?? '')) {
      // `\ ` keeps a space in a pattern and `\#` a literal hash; the escape stays for patternRegex to read.
      if (raw[i] === '\\' && i + 1 < raw.length) {
        text += raw.slice(i, i + 2);
        i += 2;
      } else {
        text += raw[i];
        i++;
      }
    }
    tokens.push({ text, col });
  }
  return tokens;
}

function patternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('!')) {
    return `'${pattern}': CODEOWNERS has no negation ('!'); GitHub ignores this line`;
  }
  if (/(^|[^\\])\[/.test(pattern)) {
    return `'${pattern}': CODEOWNERS has no character ranges ('[...]'); GitHub ignores this line`;
  }
  return undefined;
}

function parseOwner(text: string): Owner | undefined {
  const team = /^@([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/.exec(text);
  if (team?.[1] !== undefined && team[2] !== undefined) return { kind: 'team', org: team[1], slug: team[2] };
  const user = /^@([A-Za-z0-9][A-Za-z0-9-]*)$/.exec(text);
  if (user?.[1] !== undefined) return { kind: 'user', login: user[1] };
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) return { kind: 'email', email: text };
  return undefined;
}

const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * gitignore rules: a leading or inner `/` anchors the pattern at the root, otherwise it matches at any depth; a
 * trailing `/` matches only a directory; a match on a directory covers everything below it, except for a pattern
 * ending in `/*` (GitHub's documented exception).
 */
export function patternRegex(pattern: string): RegExp {
  let p = pattern;
  const dirOnly = p.endsWith('/') && !p.endsWith('\\/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  const anchored = p.includes('/');
  p = p.replace(/^\/+/, '');
  const filesOnly = p.endsWith('/*') && !p.endsWith('\\*');
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] ?? '';
    if (c === '\\' && i + 1 < p.length) {
      body += escapeRegex(p[i + 1] ?? '');
      i++;
    } else if (c === '*' && p[i + 1] === '*') {
      const slashBefore = i === 0 || p[i - 1] === '/';
      const slashAfter = p[i + 2] === '/';
      if (slashBefore && slashAfter) {
        body += '(?:[^/]+/)*';
        i += 2;
      } else if (slashBefore && i + 2 >= p.length) {
        body += '.*';
        i++;
      } else {
        body += '[^/]*';
        i++;
      }
    } else if (c === '*') {
      body += '[^/]*';
    } else if (c === '?') {
      body += '[^/]';
    } else {
      body += escapeRegex(c);
    }
  }
  const prefix = anchored ? '^' : '^(?:[^/]+/)*';
  const suffix = dirOnly ? '/.+$' : filesOnly ? '$' : '(?:/.+)?$';
  return new RegExp(prefix + body + suffix);
}
