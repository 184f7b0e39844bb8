import { packageVersion } from '../usecases/install-info.js';

/** `gitopshq 0.1.0 (node v24.21.0)`: the Node is worth showing, since bin/gitopshq.js moves to the pinned one. */
export function versionLine(): string {
  return `gitopshq ${packageVersion()} (node ${process.version})`;
}
