// What Helm makes of a plain (unquoted, untagged) YAML scalar. Helm reads values files with sigs.k8s.io/yaml,
// which resolves scalars by YAML 1.1 rules (go-yaml v2) and then turns every number into a float64 through JSON.
// Checked against helm v4.1.4 with a template printing `kindOf` and `toJson` of each value:
//   yes/Yes/YES/y/Y/on/On/ON -> true, no/No/NO/n/N/off/Off/OFF -> false (as keys too: `on:` is the key "true"),
//   0644 and +0644 -> 420 (octal), 0o17 -> 15, 0x1F -> 31, 0b101 -> 5, 1_000 -> 1000, 08 -> 8, 09.5 -> 9.5,
//   .5 -> 0.5, 1e3 -> 1000, ~/null/Null/NULL/empty -> null,
//   1:30 and 190:20:30 stay strings (no sexagesimal numbers), 2001-12-14 stays a string.
// YAML 1.2 (the `yaml` library, editors, the template engine) reads several of these differently; this module is
// what `gitopshq validate` compares against to warn about them.

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const INF = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEG_INF = new Set(['-.inf', '-.Inf', '-.INF']);
const NAN = new Set(['.nan', '.NaN', '.NAN']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** Go's strconv.ParseInt(s, 0, 64) for the forms a values file can hold; undefined when Go would fail. */
function goParseInt(s: string): number | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const [, sign, body = ''] = m;
  const p = body.slice(0, 2).toLowerCase();
  let n: number;
  if (p === '0x') n = Number.parseInt(body.slice(2), 16);
  else if (p === '0b') n = Number.parseInt(body.slice(2), 2);
  else if (p === '0o') n = Number.parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) n = Number.parseInt(body.slice(1), 8);
  else n = Number.parseInt(body, 10);
  return sign === '-' ? -n : n;
}

/** The value Helm gives a plain scalar: a boolean, a number, null, or the string itself. */
export function helmPlainScalar(text: string): unknown {
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  if (NULL.has(text)) return null;
  if (INF.has(text)) return Number.POSITIVE_INFINITY;
  if (NEG_INF.has(text)) return Number.NEGATIVE_INFINITY;
  if (NAN.has(text)) return Number.NaN;
  if (!/^[-+.0-9]/.test(text)) return text;
  if (text.startsWith('.')) return YAML_STYLE_FLOAT.test(text) ? Number(text) : text;
  const int = goParseInt(text.split('_').join(''));
  if (int !== undefined) return int;
  if (YAML_STYLE_FLOAT.test(text)) return Number(text);
  return text;
}

/** A key as Helm sees it after its JSON round trip: `on` -> "true", `0644` -> "420", `~` -> "null". */
export function helmKey(text: string): string {
  const v = helmPlainScalar(text);
  return v === null ? 'null' : String(v);
}

function sameScalar(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'number' && typeof b === 'number' && a === b);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `the string "${v}"`;
  if (typeof v === 'boolean') return `the boolean ${v}`;
  return `the number ${String(v)}`;
}

/**
 * Why `text` (a plain scalar that YAML 1.2 reads as `yaml12`) means something else to Helm, or undefined when the
 * two agree. `position` says whether it is a mapping key (keys become strings in both, compared as such).
 */
export function yaml11Mismatch(text: string, yaml12: unknown, position: 'key' | 'value'): string | undefined {
  if (position === 'key') {
    const helm = helmKey(text);
    const ours = yaml12 === null ? 'null' : String(yaml12);
    if (helm === ours) return undefined;
    return `the key \`${text}\` is "${helm}" to Helm (YAML 1.1) but "${ours}" in YAML 1.2: quote it ("${text}")`;
  }
  const helm = helmPlainScalar(text);
  if (sameScalar(helm, yaml12)) return undefined;
  let advice: string;
  if (typeof helm === 'boolean')
    advice = `write ${helm} for the boolean, or quote it ("${text}") for the string`;
  else if (typeof helm === 'number' && /^0[0-7]+$/.test(text))
    advice = `write 0o${text.slice(1)} (or ${helm}) for the number both read alike, or quote it ("${text}") for the string`;
  else if (typeof helm === 'number') advice = `write ${helm}, or quote it ("${text}") for the string`;
  else advice = `quote it ("${text}") or write the value both versions read alike`;
  return `\`${text}\` is ${describe(helm)} to Helm (YAML 1.1) but ${describe(yaml12)} in YAML 1.2 (the template engine, most editors): ${advice}`;
}
