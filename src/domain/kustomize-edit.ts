import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument, type YAMLSeq } from 'yaml';
import { type Finding, UserError } from './errors.js';
import type { KustomizeSource, ValueUpdate } from './model.js';
import { formatValuePath, type PathSegment, parseValuePath } from './path-syntax.js';
import { applyValueUpdate } from './yaml-edit.js';
import { typeValueText } from './yaml-scalar.js';

// How a release changes a Kustomize workload: the overlay's kustomization, as `kustomize edit set image` and
// `kustomize edit set replicas` would change it, edited as text so comments and every other byte survive.
//
//   images.NAME.newTag=T | .newName=N | .digest=D    one field of the `images:` entry named NAME (added when missing)
//   images.NAME=REF                                   the whole entry, as `kustomize edit set image NAME=REF`:
//                                                     REF is NEWNAME, NEWNAME:TAG or NEWNAME@DIGEST
//   image.tag=T | image.digest=D | image.repository=N the one entry of `images:` (an error unless there is one)
//   replicas.NAME=N                                   the count of the `replicas:` entry named NAME
//   replicas=N                                        the one entry of `replicas:`
//
// NAME is the image as the base's containers spell it without tag (`ghcr.io/stefanprodan/podinfo`, quoted in the
// path because it has dots: `images["ghcr.io/stefanprodan/podinfo"].newTag=6.9.0`). newTag and digest exclude each
// other, as after `kustomize edit set image`: kustomize's image transformer prefers a digest, so a tag set next to
// an old digest would deploy nothing new.

export const DEFAULT_OVERLAY = 'overlays/{env}';
/** The file names kustomize looks for in a folder, in its order. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The overlay folder of `env`, relative to the workload folder: `overlays` first, then the `overlay` pattern. */
export function overlayFolder(source: Pick<KustomizeSource, 'overlay' | 'overlays'>, env: string): string {
  return source.overlays?.[env] ?? (source.overlay || DEFAULT_OVERLAY).split('{env}').join(env);
}

export type ImageField = 'newName' | 'newTag' | 'digest';
const IMAGE_FIELDS: readonly ImageField[] = ['newName', 'newTag', 'digest'];
const SHORTHAND: Record<string, ImageField> = {
  tag: 'newTag',
  digest: 'digest',
  repository: 'newName',
  newTag: 'newTag',
  newName: 'newName',
};

/** What one `path=value` means for a kustomization. `name` undefined: the file's only entry. */
export type KustomizeChange =
  | {
      kind: 'image';
      name: string | undefined;
      fields: Partial<Record<ImageField, string>>;
      /** `images.NAME=REF`: fields not in REF are removed, as `kustomize edit set image` does. */
      replace: boolean;
    }
  | { kind: 'replicas'; name: string | undefined; count: number };

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[A-Za-z0-9=_-]{32,}$/;
const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/;

function usage(message: string): UserError {
  return new UserError(message, [], 'usage');
}

/** Reads `path=value` as a kustomization change; anything else is an error that says which file to edit. */
export function parseKustomizeUpdate(update: ValueUpdate, file: string): KustomizeChange {
  const segs = parseValuePath(update.path);
  const text = valueText(update.value);
  const [head, second, third] = segs;
  const cannot = (why: string) => usage(`cannot set ${update.path} in ${file}: ${why}`);
  if (head === 'images' && typeof second === 'string') {
    if (segs.length === 2)
      return { kind: 'image', name: second, fields: parseReference(text, update.path), replace: true };
    if (segs.length === 3 && typeof third === 'string' && (IMAGE_FIELDS as string[]).includes(third)) {
      const field = third as ImageField;
      return {
        kind: 'image',
        name: second,
        fields: { [field]: checkField(field, text, update.path) },
        replace: false,
      };
    }
    if (segs.length > 3 && segs.every((s) => typeof s === 'string')) {
      const name = segs.slice(1, -1).join('.');
      throw cannot(
        `an image name with dots is quoted in the path: ${formatValuePath(['images', name, segs[segs.length - 1]!])}=${update.value}`,
      );
    }
    throw cannot(
      `an images entry takes newTag, newName or digest (e.g. ${formatValuePath(['images', second, 'newTag'])}=1.2.3)`,
    );
  }
  if (head === 'image' && segs.length === 2 && typeof second === 'string' && SHORTHAND[second]) {
    const field = SHORTHAND[second]!;
    return {
      kind: 'image',
      name: undefined,
      fields: { [field]: checkField(field, text, update.path) },
      replace: false,
    };
  }
  if (
    head === 'replicas' &&
    (segs.length === 1 ||
      (segs.length === 2 && typeof second === 'string') ||
      (segs.length === 3 && typeof second === 'string' && third === 'count'))
  ) {
    const count = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(count)) {
      throw usage(`${update.path}=${update.value}: replicas takes a whole number of pods such as 3`);
    }
    return { kind: 'replicas', name: typeof second === 'string' ? second : undefined, count };
  }
  throw cannot(
    "a Kustomize workload is released through its overlay's images: and replicas: only (images.NAME.newTag=..., " +
      `image.tag=..., replicas.NAME=N); change anything else by editing ${file} or a patch it lists, in a pull request`,
  );
}

/** The text a value stands for as a string: `1.10` stays `1.10`, quotes are taken off. */
function valueText(value: string): string {
  const typed = typeValueText(value);
  return typeof typed.value === 'string' ? typed.value : value.trim();
}

function checkField(field: ImageField, value: string, path: string): string {
  const ok =
    field === 'newTag' ? TAG.test(value) : field === 'digest' ? DIGEST.test(value) : isImageName(value);
  if (ok) return value;
  const expected =
    field === 'newTag'
      ? 'a tag (letters, digits, ., _ and -, at most 128, e.g. 1.4.3)'
      : field === 'digest'
        ? 'a digest such as sha256:<64 hex digits>'
        : 'an image name without tag or digest, e.g. ghcr.io/acme/api (set the tag with newTag)';
  throw usage(`${path}=${value}: ${field} must be ${expected}`);
}

function isImageName(s: string): boolean {
  // A ':' after the last '/' is a tag, not a registry port.
  return IMAGE_NAME.test(s) && !(s.split('/').pop() ?? '').includes(':');
}

/** NEWNAME[:TAG] or NEWNAME@DIGEST, split the way `kustomize edit set image NAME=REF` splits it. */
function parseReference(ref: string, path: string): Partial<Record<ImageField, string>> {
  const at = ref.indexOf('@');
  if (at >= 0) {
    return {
      newName: checkField('newName', ref.slice(0, at), path),
      digest: checkField('digest', ref.slice(at + 1), path),
    };
  }
  const m = /^(.*):([^:/]*)$/.exec(ref);
  if (m) return { newName: checkField('newName', m[1]!, path), newTag: checkField('newTag', m[2]!, path) };
  return { newName: checkField('newName', ref, path) };
}

/** Applies updates to a kustomization's text, one after another; throws a UserError with file:line:col. */
export function applyKustomizeUpdates(text: string, updates: readonly ValueUpdate[], file: string): string {
  let out = text;
  for (const u of updates) out = applyChange(out, parseKustomizeUpdate(u, file), u, file);
  return out;
}

function applyChange(text: string, change: KustomizeChange, update: ValueUpdate, file: string): string {
  const list = change.kind === 'image' ? 'images' : 'replicas';
  const { entries, at } = readList(text, list, file, update);
  let index: number;
  let name = change.name;
  if (name === undefined) {
    if (entries.length !== 1) {
      const example = change.kind === 'image' ? 'images.NAME.newTag=1.2.3' : 'replicas.NAME=3';
      const names = entries.length === 0 ? 'none' : entries.map((e) => e.name).join(', ');
      throw locatedError(
        text,
        at,
        file,
        `cannot set ${update.path}: it stands for the one entry of ${list}: and ${file} has ${entries.length} (${names}); name it: ${example}`,
      );
    }
    index = 0;
    name = entries[0]!.name;
  } else {
    index = entries.findIndex((e) => e.name === name);
  }
  let out = text;
  // Kustomize reads these fields as strings: `newTag: 1.10` must not be written as the float 1.1.
  const asString = (v: string) => (typeValueText(v).value === v ? v : JSON.stringify(v));
  const set = (key: string, value: string) => {
    out = applyValueUpdate(out, { path: formatValuePath([list, index, key]), value }, file);
  };
  if (index < 0) {
    index = entries.length;
    set('name', asString(name));
  }
  if (change.kind === 'replicas') {
    set('count', String(change.count));
    return out;
  }
  for (const field of IMAGE_FIELDS) {
    const v = change.fields[field];
    if (v !== undefined) set(field, asString(v));
  }
  const drop = IMAGE_FIELDS.filter((f) => {
    if (change.fields[f] !== undefined) return false;
    if (change.replace) return true;
    return (
      (f === 'digest' && change.fields.newTag !== undefined) ||
      (f === 'newTag' && change.fields.digest !== undefined)
    );
  });
  for (const field of drop) out = removeKey(out, [list, index], field, file);
  return out;
}

interface Entry {
  name: string;
}

/** The named entries of `images:` or `replicas:`; `at` is where an error about the list points. */
function readList(
  text: string,
  list: string,
  file: string,
  update: ValueUpdate,
): { entries: Entry[]; at: number } {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw locatedError(
      text,
      doc.errors[0]!.pos[0],
      file,
      `${file} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first`,
    );
  }
  const root = doc.contents;
  if (root !== null && !isMap(root))
    throw locatedError(text, 0, file, `${file} is not a kustomization (a map)`);
  const pair = root?.items.find((p) => isScalar(p.key) && p.key.value === list) as
    | Pair<Node, unknown>
    | undefined;
  const keyAt = pair?.key.range?.[0] ?? 0;
  if (!pair || pair.value === null || (isScalar(pair.value) && pair.value.value === null))
    return { entries: [], at: keyAt };
  if (!isSeq(pair.value)) {
    throw locatedError(text, keyAt, file, `cannot set ${update.path}: ${list}: is not a list`);
  }
  const entries = (pair.value as YAMLSeq).items.map((item, i) => {
    const n = isMap(item) ? item.get('name') : undefined;
    if (typeof n !== 'string') {
      const pos = (item as Node | null)?.range?.[0] ?? keyAt;
      throw locatedError(text, pos, file, `cannot set ${update.path}: ${list}[${i}] has no name`);
    }
    return { name: n };
  });
  return { entries, at: keyAt };
}

/** Removes `key` from the block or flow map at `path`, with its line when it has one to itself. */
function removeKey(text: string, path: PathSegment[], key: string, file: string): string {
  const doc = parseDocument(text);
  const map = doc.getIn(path, true);
  if (!isMap(map)) throw new Error(`bug: ${formatValuePath(path)} in ${file} is not a map`);
  const i = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  if (i < 0) return text;
  const pair = map.items[i]!;
  const start = (pair.key as Node).range![0];
  const value = pair.value as Node | null;
  const end = value?.range ? value.range[1] : (pair.key as Node).range![1];
  const next = map.items[i + 1];
  const nextStart = next ? (next.key as Node).range![0] : undefined;
  let out: string;
  if (map.flow) {
    // `{name: a, digest: d}`: take the separator on one side with it.
    const prev = map.items[i - 1];
    if (nextStart !== undefined) out = text.slice(0, start) + text.slice(nextStart);
    else if (prev) {
      const prevEnd = (prev.value as Node | null)?.range?.[1] ?? (prev.key as Node).range![1];
      out = text.slice(0, prevEnd) + text.slice(end);
    } else out = text.slice(0, start) + text.slice(end);
  } else {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const ownLine = text.slice(lineStart, start).trim() === '';
    if (!ownLine && nextStart !== undefined) {
      // `- digest: d` starts an item: the next key moves up behind the dash.
      out = text.slice(0, start) + text.slice(nextStart);
    } else {
      const nl = text.indexOf('\n', end > 0 && text[end - 1] === '\n' ? end - 1 : end);
      const cut = nl < 0 ? text.length : nl + 1;
      out = text.slice(0, ownLine ? lineStart : start) + text.slice(cut);
    }
  }
  const check = parseDocument(out);
  const after = check.getIn(path, true);
  if (
    check.errors.length > 0 ||
    !isMap(after) ||
    after.has(key) ||
    after.items.length !== map.items.length - 1
  ) {
    throw new Error(`bug: removing ${formatValuePath([...path, key])} from ${file} produced:\n${out}`);
  }
  return out;
}

function locatedError(text: string, offset: number, file: string, message: string): UserError {
  const lc = new LineCounter();
  parseDocument(text, { lineCounter: lc });
  const { line, col } = lc.linePos(offset);
  const finding: Finding = { file, line, col, message };
  return new UserError(`${file}:${line}:${col}: ${message}`, [finding]);
}
