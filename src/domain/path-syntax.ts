import { UserError } from './errors.js';
import type { ValueUpdate } from './model.js';

// The value path syntax shared by `set`, create-release's `updates` and Environment Compare:
// `image.tag`, `env[1].value`, `podAnnotations["prometheus.io/scrape"]`.
// A bare segment is a map key (`a.0` is the key "0"); only `[n]` indexes a list.

export type PathSegment = string | number;

/** Characters a bare (unquoted) key may not contain. */
const NOT_BARE = /[.[\]"'=\s]/;
/** Keys written bare by formatValuePath; everything else is bracket-quoted. */
const SIMPLE_KEY = /^[A-Za-z0-9_-]+$/;

function pathError(path: string, col: number, problem: string): UserError {
  return new UserError(`invalid value path '${path}' at column ${col}: ${problem}`, [], 'usage');
}

/** `a.b[2].c` -> ['a', 'b', 2, 'c']; throws UserError on malformed paths. */
export function parseValuePath(path: string): PathSegment[] {
  if (path === '') throw pathError(path, 1, 'the path is empty; write a key such as image.tag');
  const segments: PathSegment[] = [];
  let i = 0;
  // True where a key must start: at the beginning and right after a dot.
  let expectKey = true;
  while (i < path.length) {
    const c = path[i]!;
    if (c === '.') {
      if (i === 0) throw pathError(path, 1, "it starts with '.'; remove the leading dot");
      if (expectKey) throw pathError(path, i + 1, "empty key between two dots; remove one '.'");
      expectKey = true;
      i++;
      continue;
    }
    if (c === '[') {
      if (expectKey && segments.length > 0) {
        throw pathError(path, i + 1, "'[' right after '.'; write a[0] or a[\"key\"], not a.[0]");
      }
      i = parseBracket(path, i, segments);
      expectKey = false;
      continue;
    }
    if (!expectKey) throw pathError(path, i + 1, misplaced(path, i));
    let j = i;
    while (j < path.length && !NOT_BARE.test(path[j]!)) j++;
    if (j === i) throw pathError(path, i + 1, misplaced(path, i));
    segments.push(path.slice(i, j));
    expectKey = false;
    i = j;
  }
  if (expectKey) throw pathError(path, path.length, "it ends with '.'; remove the trailing dot or add a key");
  return segments;
}

function showChar(c: string): string {
  return /\s/.test(c) ? `whitespace (${JSON.stringify(c)})` : `'${c}'`;
}

/** Why the character at `i` cannot be there. */
function misplaced(path: string, i: number): string {
  const c = path[i]!;
  if (path[i - 1] === ']') return `unexpected ${showChar(c)} after ']'; add a '.' before a key`;
  if (c === ']') return "unmatched ']'; remove it or add the '['";
  return `${showChar(c)} cannot appear in a bare key; quote the key as a["..."]`;
}

/** Parses `[...]` starting at `start`; returns the index after `]`. */
function parseBracket(path: string, start: number, out: PathSegment[]): number {
  const close = (at: number): void => {
    if (path[at] !== ']') throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
  };
  const q = path[start + 1];
  if (q === '"' || q === "'") {
    let j = start + 2;
    let key = '';
    for (;;) {
      const c = path[j];
      if (c === undefined) throw pathError(path, start + 2, `unclosed quote ${q}; add the closing ${q}]`);
      if (c === q) break;
      if (c === '\\' && q === '"') {
        const n = path[j + 1];
        if (n !== '"' && n !== '\\')
          throw pathError(path, j + 1, 'only \\" and \\\\ may be escaped in a quoted key');
        key += n;
        j += 2;
        continue;
      }
      key += c;
      j++;
    }
    close(j + 1);
    out.push(key);
    return j + 2;
  }
  const end = path.indexOf(']', start);
  if (end < 0) throw pathError(path, start + 1, "unclosed '['; add the matching ']'");
  const inner = path.slice(start + 1, end);
  if (/^-\d+$/.test(inner)) {
    throw pathError(path, start + 2, `negative index ${inner}; list indexes start at 0`);
  }
  if (!/^\d+$/.test(inner)) {
    throw pathError(
      path,
      start + 2,
      `'[${inner}]' is not a list index; write [0], [1], ... or quote a key as ["${inner}"]`,
    );
  }
  const index = Number(inner);
  if (!Number.isSafeInteger(index)) throw pathError(path, start + 2, `index ${inner} is too large`);
  out.push(index);
  return end + 1;
}

/** The inverse of parseValuePath: ['a', 'b.c', 2] -> `a["b.c"][2]`. */
export function formatValuePath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `["${seg.replace(/[\\"]/g, '\\$&')}"]`;
  }
  return out;
}

const EXPECTED = 'expected PATH=VALUE, e.g. image.tag=1.2.3';

/** `image.tag=1.2.3` -> { path: 'image.tag', value: '1.2.3' }; throws UserError naming the argument. */
export function parseUpdate(arg: string): ValueUpdate {
  const eq = firstEqualsOutsideQuotes(arg);
  if (eq < 0) throw new UserError(`'${arg}' has no '=': ${EXPECTED}`, [], 'usage');
  const path = arg.slice(0, eq).trim();
  if (path === '') throw new UserError(`'${arg}' has no path before '=': ${EXPECTED}`, [], 'usage');
  parseValuePath(path);
  return { path, value: arg.slice(eq + 1).trim() };
}

/** The first '=' that is not inside a quoted key such as `a["x=y"]`. */
function firstEqualsOutsideQuotes(arg: string): number {
  let quote: string | undefined;
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && arg[i - 1] === '[') quote = c;
    else if (c === '=') return i;
  }
  return -1;
}

/**
 * Parses every line of an `updates` input (blank lines and `#` comments skipped). Every bad line is reported in
 * one error, each named by its line number, so a user with three typos fixes them in one round trip.
 */
export function parseUpdateLines(text: string): ValueUpdate[] {
  const out: ValueUpdate[] = [];
  const problems: UserError[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    try {
      out.push(parseUpdate(t));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      problems.push(new UserError(`line ${i + 1}: ${e.message}`, e.findings, e.kind));
    }
  });
  const [first] = problems;
  if (first) {
    throw new UserError(
      problems.map((p) => p.message).join('; '),
      problems.flatMap((p) => p.findings),
      first.kind,
    );
  }
  return out;
}
