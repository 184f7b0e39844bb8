// Hand-made release and promotion histories for the metrics tests. Times are written out so the expected figures
// can be computed by hand in the tests (each test shows its arithmetic).
import type {
  HistoryEntry,
  PromotionRecord,
  ReleaseRecord,
  ReleaseState,
} from '../../../../src/domain/model.js';

/** `[state, 'MM-DD HH:MM', actor?]` in November 2026, UTC. */
export type Step = [ReleaseState, string, string?];

export const at = (when: string): string => `2026-${when.replace(' ', 'T')}:00Z`;

export function release(
  id: string,
  environment: string,
  workload: string,
  steps: Step[],
  tenants: string[] = [],
): ReleaseRecord {
  const history: HistoryEntry[] = steps.map(([state, when, actor]) => ({
    state,
    at: at(when),
    actor: actor ?? 'gitopshq-bot',
  }));
  const first = history[0] as HistoryEntry;
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id,
    workload,
    environment,
    tenants,
    title: `${workload}: ${id}`,
    author: 'dev-alice',
    createdAt: first.at,
    state: (history.at(-1) as HistoryEntry).state,
    history,
    changes: { updates: [{ path: 'image.tag', value: '1.0.0' }] },
    approvals: [],
  };
}

export function promotion(
  id: string,
  to: string,
  source: string,
  steps: [PromotionRecord['state'], string][],
  tenants: string[] = ['acme'],
): PromotionRecord {
  const history = steps.map(([state, when]) => ({ state, at: at(when), actor: 'release-erin' }));
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id,
    source,
    from: 'staging',
    to,
    actor: 'release-erin',
    createdAt: history[0]?.at as string,
    state: history.at(-1)?.state as PromotionRecord['state'],
    waves: [{ wave: 0, tenants, releases: [] }],
    history,
  };
}

const deployed = (d: string, t1: string, t2: string, t3: string, t4: string): Step[] => [
  ['Deploying', `${d} ${t1}`],
  ['Deployed', `${d} ${t2}`],
  ['Synced', `${d} ${t3}`],
  ['Healthy', `${d} ${t4}`],
];

/** The week Monday 2026-11-02 00:00Z .. Monday 2026-11-09 00:00Z, and one release before it. */
export const RELEASES: ReleaseRecord[] = [
  // Before the window: counts nowhere.
  release('r0', 'prod', 'api', [
    ['PendingApproval', '10-30 09:00'],
    ['Approved', '10-30 09:10'],
    ...deployed('10-30', '09:20', '09:21', '09:22', '09:30'),
  ]),
  // Plain: approval 20m, lead 40m.
  release(
    'r1',
    'prod',
    'api',
    [
      ['PendingApproval', '11-02 09:00'],
      ['Approved', '11-02 09:20'],
      ...deployed('11-02', '09:30', '09:31', '09:35', '09:40'),
    ],
    ['globex'],
  ),
  // Failed then retried: two deployments, one failed; the retry's Healthy 55m after the failure; lead 2h.
  release('r2', 'prod', 'api', [
    ['PendingApproval', '11-03 10:00'],
    ['Approved', '11-03 10:50'],
    ['Deploying', '11-03 11:00'],
    ['Failed', '11-03 11:05'],
    ...deployed('11-03', '11:30', '11:31', '11:40', '12:00'),
  ]),
  // Rolled back after Healthy: approval 10m, lead 45m, a rollback.
  release(
    'r3',
    'prod',
    'api',
    [
      ['PendingApproval', '11-04 08:00'],
      ['Approved', '11-04 08:10'],
      ...deployed('11-04', '08:15', '08:20', '08:30', '08:45'),
      ['RolledBack', '11-04 09:30'],
    ],
    ['acme'],
  ),
  // Cancelled before any deploy: counts nowhere (not waiting either).
  release('r4', 'prod', 'web', [
    ['PendingApproval', '11-05 10:00'],
    ['Cancelled', '11-05 11:00'],
  ]),
  // In flight at the window's end: deployed 23:50, Synced and Healthy only after midnight.
  release('r5', 'prod', 'web', [
    ['PendingApproval', '11-08 22:00'],
    ['Approved', '11-08 22:30'],
    ['Deploying', '11-08 23:50'],
    ['Deployed', '11-08 23:55'],
    ['Synced', '11-09 00:10'],
    ['Healthy', '11-09 00:20'],
  ]),
  // Clock skew: bob's clock is 2 minutes behind (Approved 11:58 after Pending 12:00), verify-health's 3 minutes
  // behind (Healthy 12:04 after Synced 12:07). Clamped: approval 0m, Healthy at 12:07, lead 7m.
  release('r6', 'dev', 'web', [
    ['PendingApproval', '11-06 12:00', 'dev-alice'],
    ['Approved', '11-06 11:58', 'rev-bob'],
    ['Deploying', '11-06 12:05'],
    ['Deployed', '11-06 12:06'],
    ['Synced', '11-06 12:07'],
    ['Healthy', '11-06 12:04', 'verify-health'],
  ]),
  // Still waiting for approval at the window's end.
  release('r7', 'prod', 'web', [['PendingApproval', '11-07 09:00']]),
  // Failed, rolled back, never Healthy again in dev/api: an unrecovered failure. Approval 5m.
  release('r8', 'dev', 'api', [
    ['PendingApproval', '11-08 10:00'],
    ['Approved', '11-08 10:05'],
    ['Deploying', '11-08 10:10'],
    ['Failed', '11-08 10:20'],
    ['RolledBack', '11-08 10:30'],
  ]),
];

export const PROMOTIONS: PromotionRecord[] = [
  promotion('p1', 'prod', 'r1', [
    ['InProgress', '11-02 12:00'],
    ['Completed', '11-02 14:00'],
  ]),
  promotion('p2', 'prod', 'r2', [
    ['InProgress', '11-03 12:00'],
    ['Failed', '11-03 13:00'],
  ]),
  promotion('p3', 'prod', 'r3', [['InProgress', '11-06 12:00']]),
  // Completed after the window: in progress as of its end.
  promotion(
    'p4',
    'dev',
    'r8',
    [
      ['InProgress', '11-08 20:00'],
      ['Completed', '11-09 01:00'],
    ],
    ['globex'],
  ),
  promotion('p5', 'prod', 'r2', [
    ['InProgress', '11-05 12:00'],
    ['Cancelled', '11-05 12:30'],
  ]),
  // Before the window.
  promotion('p6', 'prod', 'r0', [
    ['InProgress', '10-30 12:00'],
    ['Completed', '10-30 13:00'],
  ]),
];

export const WEEK = { since: new Date(at('11-02 00:00')), until: new Date(at('11-09 00:00')) };
