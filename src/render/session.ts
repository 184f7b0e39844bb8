// State shared by every render of one planner run: a private temp folder (Helm's cache/config/data homes and the
// values files), content hashes of chart and template folders (so identical inputs dedupe across base and head
// checkouts), and per-folder caches the engines keep. Disposed once at the end of the run.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export class RenderSession {
  private tmp: string | undefined;
  private readonly dirHashes = new Map<string, string>();
  /** Engine-private caches keyed by the engine (e.g. one nunjucks Environment per templates folder). */
  readonly caches = new Map<string, Map<string, unknown>>();

  /** A private temp folder, created on first use. */
  tempDir(): string {
    this.tmp ??= mkdtempSync(join(tmpdir(), 'gitopshq-render-'));
    return this.tmp;
  }

  /** sha256 over every file's relative path and content under `dir` (memoised: a run sees a fixed checkout). */
  dirHash(dir: string): string {
    let h = this.dirHashes.get(dir);
    if (h === undefined) {
      h = hashDir(dir);
      this.dirHashes.set(dir, h);
    }
    return h;
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
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
    this.tmp = undefined;
  }
}

function hashDir(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name === '.git') continue;
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        hash.update(`${relative(dir, full)}\0`);
        hash.update(readFileSync(full));
        hash.update('\0');
      }
    }
  };
  walk(dir);
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
