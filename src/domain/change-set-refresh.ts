// A release's change set follows its pull request: a push to the release PR (image.tag 2.5.0 -> 2.5.1 after review)
// is what the merge deploys, so it is what promote must carry on. approve-gate re-reads the change set from the
// PR's values diff when the head moved since the record's change set was read; these are the pure parts of that
// (docs/architecture.md#release-lifecycle).
import type { ReleaseRecord, ValueUpdate } from './model.js';
import { releaseTitle } from './release-request.js';
import { typeValueText } from './yaml-scalar.js';

// How gitopshq 0.1 kept the commit, as a sentence in the notes (records written before `changeSetCommit`): read only
// as a fallback, and removed from the notes when the field is written (notes are for people).
const MARKER = / ?Change set updated from commit ([0-9a-f]{7,64})\./;

/** The commit an older record's notes name as where its change set was read, if they name one. */
export function markedCommit(notes: string | undefined): string | undefined {
  return notes?.match(MARKER)?.[1];
}

/** The notes without that sentence: undefined when nothing else was in them. */
export function notesWithoutMarker(notes: string | undefined): string | undefined {
  const rest = notes?.replace(MARKER, '').trim();
  return rest ? rest : undefined;
}

/**
 * Whether the PR's head (`headSha`, from GitHub's answer) is another commit than the one the record's change set was
 * read from: exactly `changeSetCommit`, whatever the event. A record written before the field falls back to what
 * gitopshq went by then: a push event; else the commit its notes' marker names; else (never re-read) whether a commit
 * of the PR is newer than the record, a heuristic for a dropped `synchronize` run (author dates can lie).
 */
export function headMovedSinceChangeSet(facts: {
  eventAction?: string | undefined;
  headSha: string;
  record: Pick<ReleaseRecord, 'changeSetCommit' | 'notes' | 'createdAt'>;
  commitDates: readonly string[];
}): boolean {
  const read = facts.record.changeSetCommit;
  if (read !== undefined) return read !== facts.headSha;
  if (facts.eventAction === 'synchronize') return true;
  const taken = markedCommit(facts.record.notes);
  if (taken !== undefined) return !facts.headSha.startsWith(taken) && !taken.startsWith(facts.headSha);
  const created = Date.parse(facts.record.createdAt);
  return facts.commitDates.some((d) => Date.parse(d) > created);
}

/**
 * Same updates, whatever their order (a path is set once in a change set) and however a value is spelled: an update
 * is typed by YAML rules when applied, so `"2.5.0"` and `2.5.0` set the same string.
 */
export function sameUpdates(a: readonly ValueUpdate[], b: readonly ValueUpdate[]): boolean {
  const key = (u: readonly ValueUpdate[]) =>
    JSON.stringify(
      u
        .map((x) => [x.path, JSON.stringify(typeValueText(x.value).value)] as const)
        .sort(([p], [q]) => p.localeCompare(q)),
    );
  return key(a) === key(b);
}

/**
 * The title after the change set moved from `before` to `after`: a title gitopshq generated (releaseTitle, maybe
 * followed by a promotion's " in prod, wave 1: ...") is regenerated; a title a person wrote is kept.
 */
export function refreshedTitle(
  record: Pick<ReleaseRecord, 'title' | 'workload' | 'changes'>,
  after: readonly ValueUpdate[],
): string {
  const generated = releaseTitle({
    workload: record.workload,
    updates: record.changes.updates,
    chartVersion: record.changes.chartVersion,
  });
  if (!record.title.startsWith(generated)) return record.title;
  const fresh = releaseTitle({
    workload: record.workload,
    updates: [...after],
    chartVersion: record.changes.chartVersion,
  });
  return `${fresh}${record.title.slice(generated.length)}`;
}
