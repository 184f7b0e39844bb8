import { NameError } from './errors.js';

// Workload, environment and tenant names become folder names in the state repo and branch names
// (`gitopshq/deploy/<env>`), so they are held to the strictest common rule: a DNS-1123 label.

export type NameKind = 'workload' | 'environment' | 'tenant';

export const MAX_NAME_LENGTH = 63;

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Used when nothing sensible can be derived from the rejected value. */
const EXAMPLE_NAMES: Record<NameKind, string> = {
  workload: 'web-api',
  environment: 'staging',
  tenant: 'acme',
};

export function isDnsLabel(value: string): boolean {
  return DNS_LABEL.test(value);
}

/** The problem with `value` as a `kind` name, or undefined when it is a valid DNS-1123 label. */
export function checkName(kind: NameKind, value: string): string | undefined {
  if (isDnsLabel(value)) return undefined;
  const shown = quoteForMessage(value);
  const advice = `use a DNS-1123 label (lowercase letters, digits and '-') such as '${suggestName(kind, value)}'`;
  if (value === '') return `${kind} name is empty; ${advice}`;

  // Path-like values are reported on their own: they are the dangerous ones, the rest is noise.
  const escapes: string[] = [];
  if (isAbsolutePath(value)) escapes.push('it is an absolute path');
  const seps = ['/', '\\'].filter((s) => value.includes(s));
  const parts = [...seps, ...(value.includes('..') ? ['..'] : [])].map((s) => `'${s}'`);
  if (parts.length > 0) escapes.push(`it contains ${joinAnd(parts)}`);
  if (escapes.length > 0) {
    return `${kind} ${shown} is not a valid name: ${joinAnd(escapes)}, which would escape the repository; ${advice}`;
  }

  const problems: string[] = [];
  if (value.length > MAX_NAME_LENGTH) {
    problems.push(`it is ${value.length} characters long, over the limit of ${MAX_NAME_LENGTH}`);
  }
  if (/[A-Z]/.test(value)) problems.push('it contains uppercase letters');
  const bad = [...new Set([...value].filter((c) => !/[a-zA-Z0-9-]/.test(c)))];
  if (bad.length > 0) {
    const listed = bad.slice(0, 5).map((c) => quoteForMessage(c));
    problems.push(`it contains ${joinAnd(listed)}${bad.length > 5 ? ' and more' : ''}, which is not allowed`);
  }
  if (/^-|-$/.test(value)) problems.push("it must start and end with a letter or digit, not '-'");
  if (problems.length === 0) problems.push('it is not a DNS-1123 label');
  return `${kind} ${shown} is not a valid name: ${joinAnd(problems)}; ${advice}`;
}

/** Throws NameError (a UserError) naming the kind, the value and what to change. */
export function assertName(kind: NameKind, value: string): void {
  const problem = checkName(kind, value);
  if (problem !== undefined) throw new NameError(problem, [], 'usage');
}

/**
 * A valid label close to what the user typed: the lowercased form when that is the only problem,
 * otherwise the first path component cleaned up. Always returns a valid label.
 */
export function suggestName(kind: NameKind, value: string): string {
  const first = value.split(/[\\/]|\.\./).find((p) => p !== '' && p !== '.') ?? '';
  const cleaned = first
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/^-+|-+$/g, '');
  return isDnsLabel(cleaned) ? cleaned : EXAMPLE_NAMES[kind];
}

function isAbsolutePath(value: string): boolean {
  return value.startsWith('/') || value.startsWith('\\') || /^[a-zA-Z]:[\\/]/.test(value);
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Quotes a value for a message, escaping control characters and cutting very long input. */
function quoteForMessage(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
  const escaped = cut.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    const j = JSON.stringify(c);
    return j.slice(1, -1);
  });
  return `'${escaped}'`;
}
