// The one place that turns a path named by the repository (a values file, a chart folder, a kustomization's
// `resources:` entry, a file inside a templates folder) into a file to read. Everything the generator, the
// validator and preview read comes from a pull request, so a path or a symbolic link that leaves the repository
// is refused, never followed: `values/dev/acme.yaml -> /proc/self/environ` would otherwise land in the PR
// comment. Symbolic links that stay inside the repository are followed (a chart's `charts/common ->
// ../../common` is a common layout). See docs/architecture.md#layers: the logic is here, the file system is
// passed in (state and render each hand it node's `fs` and `path`), so every reader applies the same rule.

/** The parts of node's `fs` the guard uses (node's module satisfies it). */
export interface PathFs {
  lstatSync(p: string, o: { throwIfNoEntry: false }): FileKind | undefined;
  statSync(p: string, o: { throwIfNoEntry: false }): FileKind | undefined;
  realpathSync(p: string): string;
  readlinkSync(p: string): string;
  readdirSync(p: string, o: { withFileTypes: true }): (FileKind & { name: string })[];
}

interface FileKind {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The parts of node's `path` the guard uses. */
export interface PathOps {
  sep: string;
  resolve(...paths: string[]): string;
  relative(from: string, to: string): string;
  join(...paths: string[]): string;
  dirname(p: string): string;
  isAbsolute(p: string): boolean;
}

export interface PathIo {
  fs: PathFs;
  path: PathOps;
}

export type ResolvedPath =
  /** `abs` is the real path (symbolic links resolved), inside the repository. */
  | { kind: 'file' | 'dir'; abs: string; rel: string }
  | { kind: 'missing'; rel: string }
  /** `via`: the repo-relative path (or symbolic link) that leaves; `reason`: a sentence for a finding. */
  | { kind: 'outside'; rel: string; via: string; reason: string };

export interface TreeEntry {
  /** Path relative to the folder listed, `/`-separated, as the link names it (not its target). */
  rel: string;
  /** Real path of the file. */
  abs: string;
}

export interface TreeListing {
  files: TreeEntry[];
  /** Entries that leave the repository (or loop), by repo-relative path, with the reason. */
  refused: { rel: string; reason: string }[];
}

export class RepoPaths {
  /** The root as given (callers build their paths from it) and as it really is (tmp may be a link). */
  readonly root: string;
  private readonly realRoot: string;

  constructor(
    root: string,
    private readonly io: PathIo,
  ) {
    this.root = io.path.resolve(root);
    this.realRoot = this.tryRealpath(this.root) ?? this.root;
  }

  private toPosix(p: string): string {
    return p.split(this.io.path.sep).join('/');
  }

  /** Repo-relative, `/`-separated form of an absolute path under the root (given or real). */
  relative(abs: string): string {
    const { relative } = this.io.path;
    const fromReal = relative(this.realRoot, abs);
    const r = this.isInside(fromReal) ? fromReal : relative(this.root, abs);
    return this.toPosix(r);
  }

  /**
   * Resolves `path` (relative to `from`, an absolute folder inside the repository, default the root) and
   * checks every component: a `..` that climbs out, or a symbolic link whose target is outside, is `outside`.
   */
  resolve(path: string, from: string = this.root): ResolvedPath {
    const { fs } = this.io;
    const { dirname, join, resolve } = this.io.path;
    const lexical = resolve(from, path);
    const rel = this.relative(lexical);
    if (!this.isInside(rel) && rel !== '') {
      const named = this.toPosix(path);
      return { kind: 'outside', rel: named, via: named, reason: 'is outside the repository' };
    }
    let cur = this.realRoot;
    let walked = '';
    for (const seg of rel === '' ? [] : rel.split('/')) {
      walked = walked ? `${walked}/${seg}` : seg;
      const next = join(cur, seg);
      const st = fs.lstatSync(next, { throwIfNoEntry: false });
      if (!st) return { kind: 'missing', rel };
      if (!st.isSymbolicLink()) {
        cur = next;
        continue;
      }
      const real = this.tryRealpath(next);
      const landing = real ?? resolve(dirname(next), this.safeReadlink(next));
      if (!this.containsReal(landing)) {
        return {
          kind: 'outside',
          rel,
          via: walked,
          reason:
            walked === rel
              ? 'is a symbolic link to a path outside the repository'
              : `is reached through ${walked}, a symbolic link to a path outside the repository`,
        };
      }
      if (real === undefined) return { kind: 'missing', rel };
      cur = real;
    }
    const st = fs.statSync(cur, { throwIfNoEntry: false });
    if (!st) return { kind: 'missing', rel };
    return { kind: st.isDirectory() ? 'dir' : 'file', abs: cur, rel };
  }

  /**
   * Every regular file under the folder `abs` (`.git` skipped), following symbolic links that stay inside
   * the repository, refusing those that leave, each real folder listed once (a link back up cannot loop).
   */
  listTree(abs: string): TreeListing {
    const out: TreeListing = { files: [], refused: [] };
    const top = this.resolve(abs);
    if (top.kind === 'outside') {
      out.refused.push({ rel: top.via, reason: top.reason });
      return out;
    }
    if (top.kind !== 'dir') return out;
    const seen = new Set<string>();
    const walk = (real: string, prefix: string) => {
      if (seen.has(real)) return;
      seen.add(real);
      const entries = this.io.fs
        .readdirSync(real, { withFileTypes: true })
        .sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        if (e.name === '.git') continue;
        const rel = prefix ? `${prefix}/${e.name}` : e.name;
        const full = this.io.path.join(real, e.name);
        if (e.isDirectory()) walk(full, rel);
        else if (e.isFile()) out.files.push({ rel, abs: full });
        else if (e.isSymbolicLink()) {
          const r = this.resolve(full);
          if (r.kind === 'outside') out.refused.push({ rel: this.relative(full), reason: r.reason });
          else if (r.kind === 'dir') walk(r.abs, rel);
          else if (r.kind === 'file') out.files.push({ rel, abs: r.abs });
        }
      }
    };
    walk(top.abs, '');
    return out;
  }

  private containsReal(abs: string): boolean {
    const r = this.io.path.relative(this.realRoot, abs);
    return r === '' || this.isInside(r);
  }

  private isInside(rel: string): boolean {
    const { sep, isAbsolute } = this.io.path;
    return (
      rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith('../') && !isAbsolute(rel)
    );
  }

  private tryRealpath(p: string): string | undefined {
    try {
      return this.io.fs.realpathSync(p);
    } catch {
      return undefined;
    }
  }

  private safeReadlink(p: string): string {
    try {
      return this.io.fs.readlinkSync(p);
    } catch {
      return p;
    }
  }
}

/** The sentence a finding carries: the file named, what is wrong, what to do; never the file's content. */
export function outsideMessage(r: { rel: string; reason: string }, what = 'file'): string {
  return `${r.rel} ${r.reason}: the ${what} is not read; replace the link with the ${what} itself, inside the repository`;
}
