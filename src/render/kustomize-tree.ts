// What a kustomize build reads, found without running it: the overlay's kustomization and, recursively, every
// local path it names (resources, components, bases, patches, generator files, ...). Two users:
//  - the engine refuses a build that would read outside the repository BEFORE running kubectl: kustomize's load
//    restrictor keeps *files* under the kustomization root, but follows a *folder* (`resources: [../../x]`, or a
//    symbolic link to one) anywhere on disk, and fetches URLs;
//  - `gitopshq diff` and preview, which must know that a change to `shared/base/` alters the overlays using it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { outsideMessage, type RepoPaths } from '../domain/repo-paths.js';

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export interface KustomizeReads {
  /** Repo-relative real paths of every kustomization folder and every file read. */
  paths: string[];
  /** Problems that stop the build: a path out of the repository, a remote reference. Never file contents. */
  problems: { file: string; message: string }[];
}

/** Fields whose value is a path (or a list of paths) relative to the kustomization's folder. */
const PATH_LISTS = [
  'resources',
  'bases',
  'components',
  'crds',
  'configurations',
  'patchesStrategicMerge',
  'generators',
  'transformers',
  'validators',
] as const;
/** Fields that are lists of objects with a `path`. */
const PATH_OBJECTS = ['patches', 'patchesJson6902', 'replacements'] as const;
const GENERATORS = ['configMapGenerator', 'secretGenerator'] as const;

/** A kustomize remote target: a URL, `git@host:...`, or `github.com/org/repo//path`. */
export function isRemoteRef(ref: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) ||
    /^git(@|::)/.test(ref) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(ref)
  );
}

export function kustomizeReads(paths: RepoPaths, overlayDir: string): KustomizeReads {
  const out: KustomizeReads = { paths: [], problems: [] };
  const seen = new Set<string>();
  const visitDir = (dirAbs: string) => {
    const dir = paths.resolve(dirAbs);
    if (dir.kind !== 'dir' || seen.has(dir.abs)) return;
    seen.add(dir.abs);
    const rel = paths.relative(dir.abs);
    if (!out.paths.includes(rel)) out.paths.push(rel);
    for (const name of KUSTOMIZATION_FILES) {
      const f = paths.resolve(name, dir.abs);
      if (f.kind === 'missing') continue;
      if (f.kind === 'outside') {
        out.problems.push({ file: f.via, message: outsideMessage(f, 'kustomization') });
        return;
      }
      if (f.kind === 'file') visitFile(f.abs, dir.abs);
      return;
    }
  };
  const visitFile = (fileAbs: string, dirAbs: string) => {
    const fileRel = paths.relative(fileAbs);
    out.paths.push(fileRel);
    let doc: unknown;
    try {
      doc = parse(readFileSync(fileAbs, 'utf8'));
    } catch {
      return; // kustomize reports its own syntax errors, positioned
    }
    for (const ref of referencedPaths(doc)) {
      if (isRemoteRef(ref)) {
        out.problems.push({
          file: fileRel,
          message: `remote reference '${ref}' is not fetched: preview and render read only the repository; vendor it into the repository`,
        });
        continue;
      }
      const r = paths.resolve(ref, dirAbs);
      if (r.kind === 'outside') {
        const where = r.via === ref ? `'${ref}' is outside the repository` : outsideMessage(r);
        out.problems.push({ file: fileRel, message: `${where}; kustomize is not run` });
      } else if (r.kind === 'dir' || r.kind === 'file') {
        // The path as named and where it really is: retargeting a link is a change as much as editing the file.
        for (const rel of [r.rel, paths.relative(r.abs)]) if (!out.paths.includes(rel)) out.paths.push(rel);
        if (r.kind === 'dir') visitDir(r.abs);
      }
    }
  };
  visitDir(overlayDir);
  return out;
}

/** Every local path a kustomization names. Inline patches (text with a newline) are not paths. */
export function referencedPaths(doc: unknown): string[] {
  if (!isRecord(doc)) return [];
  const refs: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '' && !v.includes('\n')) refs.push(v.trim());
  };
  for (const key of PATH_LISTS) for (const v of asArray(doc[key])) add(v);
  for (const key of PATH_OBJECTS) for (const v of asArray(doc[key])) if (isRecord(v)) add(v.path);
  for (const key of GENERATORS) {
    for (const g of asArray(doc[key])) {
      if (!isRecord(g)) continue;
      // `files: [key=path]` or `[path]`; `envs: [path]`; `env: path` (deprecated).
      for (const f of asArray(g.files))
        if (typeof f === 'string') add(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f);
      for (const e of asArray(g.envs)) add(e);
      add(g.env);
    }
  }
  if (isRecord(doc.openapi)) add(doc.openapi.path);
  return refs;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
