// The ports every use case may be handed (docs/architecture.md). A use case names the few it needs with
// Pick<Ports, ...>; an action, the CLI and a test each hand in their own (the Octokit adapter or a fake, a real
// checkout or an in-memory one), so behaviour varies by the object injected, never by a flag.

import type { RepoSnapshot } from '../domain/repo-snapshot.js';
import type { GitHubPort } from '../github/port.js';
import type { SnapshotDiff } from '../render/diff-snapshots.js';
import type { RecordStore } from '../state/record-store.js';
import type { RefSnapshots } from '../state/ref-snapshots.js';

export type { GitHubPort };

/** The GitOps repository as a git checkout: the commits a step compares, read without touching the work tree. */
export interface Checkout {
  /** How messages name the checkout (the repo-path input, the CLI's --repo). */
  readonly where: string;
  /** Fetches the commits the checkout lacks; `missing` are those it still lacks, with git's reason. */
  ensureCommits(shas: readonly string[]): Promise<{ missing: string[]; reason?: string }>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /**
   * What `head` changes since its merge base with `base` (renames: both names), relative to the git repository's
   * root, and the GitOps repository's folder in it (`''` or `sub/`). `files` undefined: no merge base (a shallow
   * checkout), so the caller asks GitHub instead.
   */
  changedFiles(base: string, head: string): Promise<{ prefix: string; files: string[] | undefined }>;
  /** For each file changed between two commits (relative to the GitOps repository), head's first changed line. */
  firstChangedLines(base: string, head: string): Promise<Map<string, number>>;
  /** Both sides loaded and validated; an invalid head throws the ValidationError of loadRepo. */
  snapshots<T>(baseRef: string, headRef: string, fn: (s: RefSnapshots) => Promise<T>): Promise<T>;
}

/** The delivery generator: every affected target rendered at both sides and diffed. */
export interface Renderer {
  diffSnapshots(
    base: RepoSnapshot | undefined,
    head: RepoSnapshot,
    changedPaths: readonly string[],
  ): Promise<SnapshotDiff>;
}

/** The release and promotion records on the state branch; state changes only through transitionRelease. */
export type RecordStorePort = Pick<
  RecordStore,
  | 'branch'
  | 'listReleases'
  | 'getRelease'
  | 'createRelease'
  | 'updateRelease'
  | 'transitionRelease'
  | 'listPromotions'
  | 'getPromotion'
  | 'createPromotion'
  | 'updatePromotion'
  | 'transitionPromotion'
>;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What a step says while it works; the action's logger (log groups, annotations) and the CLI's both fit. */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

export const silentLogger: Logger = {
  info: () => {},
  debug: () => {},
  warning: () => {},
  group: (_title, fn) => fn(),
};

// The cluster port (Argo CD, Flux, plain Kubernetes) joins here with verify-health.
export interface Ports {
  github: GitHubPort;
  checkout: Checkout;
  store: RecordStorePort;
  renderer: Renderer;
  log: Logger;
}
