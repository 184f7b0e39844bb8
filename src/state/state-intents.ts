// Pending writes on the state branch's remote, so that writers who lost a race land together instead of one after
// another (docs/architecture.md#state-repo-layout, "many writers").
//
// A plain compare-and-swap push lets one writer in per round trip: fifty verify-health jobs writing fifty different
// records at once queue up behind each other, and every loser pays a whole fetch and push again. A writer that lost
// to writes of OTHER records (its own file unchanged) instead publishes its commit as an intent, a ref of its own
// that no other writer contends for:
//   refs/gitopshq/pending/<branch>/<dir>/<id>/<nonce>   -> a commit whose parent is the tip it read and whose only
//                                                          change is <dir>/<id>.yaml
// Any writer in that mode then folds every pending intent that still applies onto the tip it fetched, one commit per
// intent (author and message kept), and publishes the lot with ONE atomic push: the branch moves by compare-and-swap
// and the folded intents are deleted with a lease on their exact commit. Either all of that happens or none.
// An intent applies only while its file is still byte for byte the one its writer read (same blob), so a record's
// transition is never applied on a stale read; the state machine was checked on exactly that content. An intent
// whose file moved on is never folded: its writer withdraws it (deletes it with a lease), re-reads and re-checks.
// Intents older than INTENT_TTL_MS (a writer killed mid-way) are never folded, and folds delete them.
import { randomBytes } from 'node:crypto';
import type { StateBranch } from './state-branch.js';

/** Longer than a write's worst case (10 attempts with backoff capped at 30 s), short enough to forget a crash. */
export const INTENT_TTL_MS = 15 * 60_000;

const RECORD_PATH = /^(releases|promotions)\/([a-z0-9][a-z0-9._-]*)\.yaml$/;

export interface Intent {
  ref: string;
  commit: string;
  path: string;
  /** The file's blob in the parent the writer read (undefined: it did not exist). */
  base: string | undefined;
  /** The file's blob the writer wants. */
  blob: string;
  /** `Name <email> <seconds> <tz>` as in the commit. */
  author: string;
  message: string;
  /** Committer time, ms. */
  at: number;
}

export interface IntentSnapshot {
  /** The branch's tip (undefined: it does not exist). */
  tip: string | undefined;
  pending: Intent[];
  /** The blob of each pending intent's file at the tip (undefined: absent). */
  blobs: Map<string, string | undefined>;
}

export class StateIntents {
  constructor(
    private readonly state: StateBranch,
    private readonly remote: string,
  ) {}

  private get prefix(): string {
    return `refs/gitopshq/pending/${this.state.branch}/`;
  }

  private get localPrefix(): string {
    return `refs/gitopshq/fetched-pending/${this.state.branch}/`;
  }

  /** Publishes `commit` (which changes only `path`) as an intent; returns its remote ref. */
  async publish(commit: string, path: string): Promise<string> {
    const m = RECORD_PATH.exec(path);
    if (!m) throw new Error(`not a record path: ${path}`);
    const ref = `${this.prefix}${m[1]}/${m[2]}/${randomBytes(6).toString('hex')}`;
    const r = await this.state.git.push(this.remote, ['--no-verify', `${commit}:${ref}`]);
    if (r.exitCode !== 0) {
      throw new Error(`could not push ${ref}: ${(r.stdout + r.stderr).trim()}`);
    }
    return ref;
  }

  /** The pending intents' refs on the remote, sorted, without fetching anything (one ls-remote). */
  async peek(): Promise<string[]> {
    const r = await this.state.git.exec(['ls-remote', '--refs', this.remote, `${this.prefix}*`]);
    return r.stdout
      .split('\n')
      .map((line) => line.split('\t')[1] ?? '')
      .filter((ref) => ref.startsWith(this.prefix))
      .sort();
  }

  /**
   * Fetches the branch and every pending intent (an intent deleted on the remote disappears here too), then reads
   * them: the tip, each intent with its base and wanted blob, and the blob of each intent's file at the tip. Three
   * processes (fetch, for-each-ref, cat-file) whatever the number of intents. Intents that are not well formed (a
   * path that is not a record's, a commit without the file) are left out.
   */
  async snapshot(): Promise<IntentSnapshot> {
    await this.state.fetch([`+${this.prefix}*:${this.localPrefix}*`]);
    const refs = await this.state.git.exec([
      'for-each-ref',
      '--format=%(refname) %(objectname)',
      this.state.readRef,
      this.localPrefix,
    ]);
    let tip: string | undefined;
    const found: { ref: string; commit: string; path: string }[] = [];
    for (const line of refs.stdout.split('\n')) {
      const [local, commit] = line.split(' ');
      if (!local || !commit) continue;
      if (local === this.state.readRef) {
        tip = commit;
        continue;
      }
      const rest = local.slice(this.localPrefix.length);
      const slash = rest.lastIndexOf('/');
      const path = `${rest.slice(0, slash)}.yaml`;
      if (slash <= 0 || !RECORD_PATH.test(path)) continue;
      found.push({ ref: `${this.prefix}${rest}`, commit, path });
    }
    const blobs = new Map<string, string | undefined>();
    if (found.length === 0 || tip === undefined) return { tip, pending: [], blobs };
    const paths = [...new Set(found.map((f) => f.path))];
    const names = [
      ...found.flatMap((f) => [f.commit, `${f.commit}^:${f.path}`, `${f.commit}:${f.path}`]),
      ...paths.map((p) => `${tip}:${p}`),
    ];
    const objects: (BatchObject | undefined)[] = new Array(names.length);
    // Cut by the headers' byte counts (cat-file-batch.ts): a record someone wrote in another encoding cannot shift
    // the objects after it, which would make an intent look absent or its file look changed.
    const whole = await this.state.catFileBatch(
      names,
      (i, content, sha, type) => {
        if (content !== undefined && sha !== undefined && type !== undefined)
          objects[i] = { sha, type, content };
      },
      { headers: true },
    );
    // Guessing the rest could fold an intent onto a file it never read: better no fold than a wrong one.
    if (whole < names.length)
      throw new Error(`git cat-file --batch output did not read as the format (${names.length} objects)`);
    paths.forEach((p, i) => {
      const o = objects[found.length * 3 + i];
      blobs.set(p, o?.type === 'blob' ? o.sha : undefined);
    });
    const pending: Intent[] = [];
    found.forEach((f, i) => {
      const [commit, base, wanted] = [objects[3 * i], objects[3 * i + 1], objects[3 * i + 2]];
      if (commit?.type !== 'commit' || wanted?.type !== 'blob') return;
      const raw = commit.content;
      const end = raw.indexOf('\n\n');
      const headers = raw.slice(0, end < 0 ? raw.length : end).split('\n');
      const author = headers.find((h) => h.startsWith('author '))?.slice('author '.length);
      const committer = headers.find((h) => h.startsWith('committer '));
      const seconds = Number(/ (\d+) [+-]\d{4}$/.exec(committer ?? '')?.[1]);
      if (!author || !Number.isFinite(seconds)) return;
      pending.push({
        ...f,
        base: base?.type === 'blob' ? base.sha : undefined,
        blob: wanted.sha,
        author,
        message: end < 0 ? '' : raw.slice(end + 2),
        at: seconds * 1000,
      });
    });
    return { tip, pending, blobs };
  }

  /**
   * The intents that apply on `tip`, in order: each one's file is, at that point of the chain, its base. Two
   * intents for the same file: the first applies, the second no longer does. Expired ones never apply.
   */
  applicable(intents: readonly Intent[], blobs: Map<string, string | undefined>, now: number): Intent[] {
    const current = new Map(blobs);
    const out: Intent[] = [];
    for (const intent of [...intents].sort((a, b) => a.at - b.at || a.ref.localeCompare(b.ref))) {
      if (now - intent.at > INTENT_TTL_MS) continue;
      if (current.get(intent.path) !== intent.base || intent.base === intent.blob) continue;
      current.set(intent.path, intent.blob);
      out.push(intent);
    }
    return out;
  }

  /** One commit per intent on top of `tip` (their author and message, the bot as committer); the last one's id. */
  async fold(tip: string, intents: readonly Intent[], at: Date): Promise<string | undefined> {
    const files = intents.map((i) => ({ path: i.path, blob: i.blob, author: i.author, message: i.message }));
    return this.state.commitChain(tip, files, at);
  }

  /**
   * Moves the branch from `tip` to `commit` and deletes the `done` intents (each only if still at the commit that
   * was folded), all or nothing. False: another writer moved first (or folded the same intents).
   */
  async publishFold(commit: string, tip: string, done: readonly Intent[]): Promise<boolean> {
    return this.state.publish(commit, tip, {
      atomic: true,
      deletes: done.map((i) => ({ ref: i.ref, expect: i.commit })),
    });
  }

  /** Deletes our intent if it is still pending; false when it was gone already (another writer folded it). */
  async withdraw(intent: { ref: string; commit: string }): Promise<boolean> {
    const r = await this.state.git.push(this.remote, [
      '--no-verify',
      `--force-with-lease=${intent.ref}:${intent.commit}`,
      `:${intent.ref}`,
    ]);
    if (r.exitCode === 0) return true;
    // "stale info": the ref is no longer at our commit, i.e. it was folded and deleted; anything else is an error.
    if (/stale info|\[rejected\]/.test(r.stdout + r.stderr)) return false;
    throw new Error(`could not delete ${intent.ref}: ${(r.stdout + r.stderr).trim()}`);
  }
}

interface BatchObject {
  sha: string;
  type: string;
  content: string;
}
