// The pure parts of create-release (docs/architecture.md#release-lifecycle): the release branch a request maps to,
// the pull request's title and body, and whether auto-merge may merge at once. Same inputs, same branch: that is
// what makes a re-run find the pull request and the record it made before instead of opening a second one.
import type { FreezeStatus } from './freeze.js';
import { escapeHtml, escapeText, inlineCode, markdownTable } from './markdown.js';
import type { ApprovalPolicy, ValueUpdate } from './model.js';

export interface ReleaseKey {
  workload: string;
  environment: string;
  tenants: readonly string[];
  updates: readonly ValueUpdate[];
  chartVersion?: string | undefined;
}

export const RELEASE_BRANCH_PREFIX = 'gitopshq/release/';

/** FNV-1a, 64 bits: a stable short digest with no I/O (this is a name, not a security boundary). */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/**
 * `gitopshq/release/payment-api-dev-3f09c2a1d4e7`. Tenant order does not matter (they name layers); update order
 * does (a later update of the same path wins).
 */
export function releaseBranchName(key: ReleaseKey): string {
  const canonical = JSON.stringify([
    key.workload,
    key.environment,
    [...key.tenants].sort(),
    key.updates.map((u) => [u.path, u.value]),
    key.chartVersion ?? null,
  ]);
  return `${RELEASE_BRANCH_PREFIX}${key.workload}-${key.environment}-${fnv1a64(canonical).slice(0, 12)}`;
}

// GitHub refuses titles over 256 characters.
const MAX_TITLE = 256;

/** A value as it reads in a title: one line, quotes of a YAML string dropped (`"2.5.0"` reads 2.5.0). */
function shownValue(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(flat);
  return quoted ? (quoted[1] ?? quoted[2] ?? '') : flat;
}

/** `bump` for what names a version (`image.tag`, `chart.version`), `set` for anything else. */
function verb(path: string): string {
  return /(^|[.[\]])(tag|version|digest)\]?$/i.test(path) ? 'bump' : 'set';
}

/**
 * `payment-api: bump image.tag to v2.5.0`; several updates: the first and how many more; a chart upgrade:
 * `payment-api: upgrade chart podinfo to 6.15.0`.
 */
export function releaseTitle(
  key: Pick<ReleaseKey, 'workload' | 'updates' | 'chartVersion'> & { chartName?: string | undefined },
): string {
  const parts: string[] = [];
  if (key.chartVersion !== undefined) {
    const chart = key.chartName ? `chart ${shownValue(key.chartName)}` : 'chart';
    parts.push(`upgrade ${chart} to ${shownValue(key.chartVersion)}`);
  }
  const [first, ...rest] = key.updates;
  if (first) parts.push(`${verb(first.path)} ${first.path} to ${shownValue(first.value)}`);
  if (rest.length > 0) parts.push(`${rest.length} more value${rest.length === 1 ? '' : 's'}`);
  const what = parts.length === 0 ? 'release' : parts.join(' and ').replace(/ and (?=.* and )/, ', ');
  const title = `${key.workload}: ${what}`;
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}

export interface ReleaseBodyInput extends ReleaseKey {
  releaseId: string;
  /** The file each update went to. */
  changes: readonly { file: string; path: string; value: string }[];
  notes?: string | undefined;
  /** The workload.yaml a chart upgrade changes. */
  chartFile?: string | undefined;
  /** The release running in the environment now, if any. */
  rollbackTarget?: { id: string; title: string } | undefined;
}

/** Notes are Markdown by design; raw HTML (an HTML comment hiding the rest, a script-like tag) is shown as text. */
function safeNotes(notes: string): string {
  return notes.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The pull request body: notes, the change set and the rollback target; every untrusted string escaped. */
export function releaseBody(input: ReleaseBodyInput): string {
  const tenants =
    input.tenants.length === 0 ? '' : ` for tenants ${input.tenants.map(inlineCode).join(', ')}`;
  const lines = [
    `Release ${inlineCode(input.releaseId)} of ${inlineCode(input.workload)} to ${inlineCode(input.environment)}${tenants}.`,
    '',
  ];
  if (input.notes?.trim()) lines.push(safeNotes(input.notes.trim()), '');
  lines.push('### Change set', '');
  const rows = input.changes.map((c) => [{ code: c.file }, { code: c.path }, { code: c.value }]);
  if (input.chartVersion !== undefined) {
    rows.unshift([
      { code: input.chartFile ?? 'workload.yaml' },
      { code: `source.versions.${input.environment}` },
      { code: input.chartVersion },
    ]);
  }
  lines.push(markdownTable(['File', 'Path', 'Value'], rows), '');
  lines.push('### Rollback target', '');
  lines.push(
    input.rollbackTarget
      ? `${inlineCode(input.rollbackTarget.id)} (${escapeText(input.rollbackTarget.title)}), the release running in ${inlineCode(input.environment)} now.`
      : `None: no release has been deployed to ${inlineCode(input.environment)} yet.`,
  );
  lines.push('', `<!-- gitopshq:release ${escapeHtml(input.releaseId)} -->`);
  return lines.join('\n');
}

export type AutoMergeVerdict = { merge: true; reason: string } | { merge: false; reason: string };

/** Whether `policy` lets a release through with no person involved. */
export function needsNoApproval(policy: ApprovalPolicy): boolean {
  return policy.required === 0 && policy.teams.length === 0 && !policy.codeowners;
}

/** The checks that need no rendering: asked for, not a draft, a policy that needs nobody, no freeze in force. */
export function autoMergeGate(input: {
  requested: boolean;
  draft: boolean;
  environment: string;
  policy: ApprovalPolicy;
  freeze: FreezeStatus;
}): AutoMergeVerdict {
  const { policy, environment } = input;
  if (!input.requested) return { merge: false, reason: 'auto-merge is off' };
  if (input.draft) return { merge: false, reason: 'the pull request is a draft' };
  if (!needsNoApproval(policy)) {
    const needs = [
      policy.required > 0 ? `${policy.required} approval${policy.required === 1 ? '' : 's'}` : '',
      ...policy.teams.map((t) => `an approval from team ${t}`),
      policy.codeowners ? 'a CODEOWNERS approval' : '',
    ].filter(Boolean);
    return { merge: false, reason: `${environment} needs ${needs.join(', ')}: left open for review` };
  }
  if (input.freeze.frozen) {
    const until = input.freeze.untilLocal ? ` until ${input.freeze.untilLocal}` : '';
    return { merge: false, reason: `${environment} is frozen by ${input.freeze.freeze}${until}: left open` };
  }
  return { merge: true, reason: 'no approval required' };
}
