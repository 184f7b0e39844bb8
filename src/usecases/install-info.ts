// What the CLI says about its own installation (its version, where the package is, whether `gitopshq` is on
// PATH), found the way the renderer finds its tools (src/render/tools.ts), so both agree on the package root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOnPath, packageRoot } from '../render/tools.js';

export { packageRoot };

/** The program `name` is on this PATH (a colon-separated list of folders). */
export function onPath(name: string, path: string): boolean {
  return Boolean(findOnPath(name, path));
}

/** The gitopshq package's version, or 'unknown' when its package.json cannot be read (it is informative only). */
export function packageVersion(): string {
  const root = packageRoot();
  if (!root) return 'unknown';
  try {
    return String(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version,
    );
  } catch {
    return 'unknown';
  }
}
