// Stable YAML for records on the state branch. Keys come out in the order of the interfaces in
// src/domain/model.ts (and nested objects in theirs), whatever order the caller built the object in, so two writes
// of the same record are byte-identical and a `git log -p` of the state branch shows only what changed.
// Keys the interfaces do not know (a newer writer's fields) are kept, after the known ones, sorted.
import { stringify } from 'yaml';
import type { PromotionRecord, ReleaseRecord } from '../domain/model.js';
import { isPlainObject } from '../domain/plain-object.js';

/** How to order an object's keys, and how to order the keys of the objects under some of them. */
interface KeyOrder {
  keys: readonly string[];
  /** For a key holding an object, or an array of objects: the order inside those objects. */
  nested?: Readonly<Record<string, KeyOrder>>;
}

const HISTORY: KeyOrder = { keys: ['state', 'at', 'actor', 'note'] };

const RELEASE_ORDER: KeyOrder = {
  keys: [
    'apiVersion',
    'kind',
    'id',
    'workload',
    'environment',
    'tenants',
    'title',
    'notes',
    'author',
    'createdAt',
    'firstCommitAt',
    'state',
    'history',
    'changes',
    'changeSetCommit',
    'rollbackTarget',
    'rolledBackTo',
    'pullRequest',
    'approvals',
    'affects',
    'approvalMissing',
    'promotedFrom',
    'promotion',
    'deploy',
    'breakGlass',
  ],
  nested: {
    history: HISTORY,
    changes: { keys: ['updates', 'chartVersion'], nested: { updates: { keys: ['path', 'value'] } } },
    pullRequest: { keys: ['number', 'url', 'branch'] },
    approvals: { keys: ['reviewer', 'state', 'commit', 'at', 'comment'] },
    deploy: { keys: ['commit', 'deploymentId', 'branch'] },
    breakGlass: {
      keys: ['actor', 'at', 'reason', 'freezes', 'occurrences'],
      nested: { occurrences: { keys: ['freeze', 'from', 'until'] } },
    },
  },
};

const PROMOTION_ORDER: KeyOrder = {
  keys: [
    'apiVersion',
    'kind',
    'id',
    'source',
    'from',
    'to',
    'actor',
    'createdAt',
    'state',
    'waves',
    'history',
    'breakGlass',
  ],
  nested: {
    waves: { keys: ['wave', 'tenants', 'releases'] },
    history: HISTORY,
    breakGlass: { keys: ['actor', 'at', 'reason', 'freezes'] },
  },
};

/** A copy of `value` with keys ordered by `order` and `undefined` members dropped (YAML has no undefined). */
function ordered(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order));
  if (!isPlainObject(value)) return value;
  const known = order?.keys ?? [];
  const rest = Object.keys(value)
    .filter((k) => !known.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    const v = value[key];
    if (v === undefined) continue;
    out[key] = ordered(v, order?.nested?.[key]);
  }
  return out;
}

function toYaml(value: unknown, order: KeyOrder): string {
  // lineWidth 0: never fold long titles or notes, so a one-word edit is a one-line diff.
  return stringify(ordered(value, order), { lineWidth: 0 });
}

export function releaseToYaml(record: ReleaseRecord): string {
  return toYaml(record, RELEASE_ORDER);
}

export function promotionToYaml(record: PromotionRecord): string {
  return toYaml(record, PROMOTION_ORDER);
}
