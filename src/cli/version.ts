import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../render/tools.js';

/** `gitopshq 0.1.0 (node v24.21.0)`: the Node is worth showing, since bin/gitopshq.js moves to the pinned one. */
export function versionLine(): string {
  const root = packageRoot();
  let version = 'unknown';
  if (root) {
    try {
      version = String(
        (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown }).version,
      );
    } catch {
      // keep 'unknown': the version is informative only
    }
  }
  return `gitopshq ${version} (node ${process.version})`;
}
