// State shared by every render of one planner run: a private temp folder (Helm's cache/config/data homes and the
// values files), content hashes of chart and template folders (so identical inputs dedupe across base and head
// checkouts), and per-folder caches the engines keep. Disposed once at the end of the run.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TreeEntry, TreeListing } from '../domain/repo-paths.js';
import type { ProcessResult } from '../process/run-process.js';
import { repoPaths } from './repo-paths.js';

/**
 * How an isolated render runs helm and kubectl: it cannot start programs, so it asks the parent, which checks
 * the arguments (src/domain/tool-request.ts) and runs them (docs/architecture.md#untrusted-input).
 */
export interface ToolBroker {
  run(program: 'helm' | 'kubectl', args: string[]): Promise<ProcessResult>;
}

export interface SessionOptions {
  /** A temp folder someone else owns (an isolated render's only writable folder): used, never deleted. */
  tempDir?: string;
  broker?: ToolBroker;
  /** Told the repo-relative file a render is at, so a render killed by its time limit can name it. */
  progress?: (file: string) => void;
}

export class RenderSession {
  private tmp: string | undefined;
  private readonly ownsTmp: boolean;
  readonly broker: ToolBroker | undefined;
  readonly progress: ((file: string) => void) | undefined;
  private readonly trees = new Map<string, TreeListing & { hash: string }>();
  /** Engine-private caches keyed by the engine (e.g. one nunjucks Environment per templates folder). */
  readonly caches = new Map<string, Map<string, unknown>>();

  constructor(opts: SessionOptions = {}) {
    this.tmp = opts.tempDir;
    this.ownsTmp = opts.tempDir === undefined;
    this.broker = opts.broker;
    this.progress = opts.progress;
  }

  /** A private temp folder, created on first use. */
  tempDir(): string {
    this.tmp ??= mkdtempSync(join(tmpdir(), 'gitopshq-render-'));
    return this.tmp;
  }

  /**
   * Every file under `dir` (links inside the repository `root` followed, links out of it refused) and a sha256
   * over their relative paths and contents; memoised, since a run sees a fixed checkout. Throws when `dir` cannot
   * be read.
   */
  tree(root: string, dir: string): TreeListing & { hash: string } {
    let t = this.trees.get(dir);
    if (t === undefined) {
      const paths = repoPaths(root);
      if (paths.resolve(dir).kind === 'missing') throw new Error(`${dir}: no such folder`);
      const listing = paths.listTree(dir);
      t = { ...listing, hash: hashFiles(listing.files) };
      this.trees.set(dir, t);
    }
    return t;
  }

  cache<T>(name: string): Map<string, T> {
    let c = this.caches.get(name);
    if (!c) {
      c = new Map();
      this.caches.set(name, c);
    }
    return c as Map<string, T>;
  }

  dispose(): void {
    if (!this.ownsTmp) return;
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
    this.tmp = undefined;
  }
}

function hashFiles(files: readonly TreeEntry[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(`${f.rel}\0`);
    hash.update(readFileSync(f.abs));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** JSON with object keys sorted, so equal values give equal dedupe keys whatever order their files used. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

export function sha256(...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p}\0`);
  return h.digest('hex');
}
