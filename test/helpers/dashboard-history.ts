// Release and promotion histories for the dashboard tests: a small one shaped like the sandbox demo's (the example
// repository's environments, tenants and workloads, one release in each board column, a hostile PR title), and a
// generated one of any size (deterministic: the same seed gives the same records) for the 10,000-release checks.
import type {
  ApprovalSeen,
  HistoryEntry,
  PromotionRecord,
  ReleaseHealth,
  ReleaseRecord,
  ReleaseState,
} from '../../src/domain/model.js';

export const DEMO_NOW = new Date('2026-11-30T09:00:00.000Z');
export const XSS_TITLE =
  'payment-api: </script><script>window.pwned=1</script><img src=x onerror="window.pwned=2">';

const iso = (ms: number) => new Date(ms).toISOString();

/** A release that walked `states` from `start`, one step every `stepMin` minutes (Draft first, always). */
export function walkedRelease(spec: {
  id: string;
  workload: string;
  environment: string;
  tenants?: string[];
  title?: string;
  author?: string;
  start: string;
  states: ReleaseState[];
  stepMin?: number;
  tag: string;
  notes?: Partial<Record<ReleaseState, string>>;
  approvals?: ApprovalSeen[];
  extra?: Partial<ReleaseRecord>;
}): ReleaseRecord {
  const t0 = Date.parse(spec.start);
  const author = spec.author ?? 'dev-alice';
  const history: HistoryEntry[] = ['Draft' as ReleaseState, ...spec.states].map((state, i) => {
    const actor = i === 0 ? author : state === 'Deploying' ? 'release-erin' : 'gitopshq-bot';
    const note = spec.notes?.[state];
    return { state, at: iso(t0 + i * (spec.stepMin ?? 5) * 60_000), actor, ...(note ? { note } : {}) };
  });
  const deployed = history.some((h) => h.state === 'Deploying');
  return {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Release',
    id: spec.id,
    workload: spec.workload,
    environment: spec.environment,
    tenants: spec.tenants ?? [],
    title: spec.title ?? `${spec.workload}: image.tag ${spec.tag}`,
    author,
    createdAt: spec.start,
    state: history.at(-1)?.state ?? 'Draft',
    history,
    changes: { updates: [{ path: 'image.tag', value: spec.tag }] },
    approvals: spec.approvals ?? [],
    pullRequest: {
      number: Number.parseInt(spec.id.slice(-4), 16) % 1000,
      url: `https://github.com/acme/gitops/pull/${Number.parseInt(spec.id.slice(-4), 16) % 1000}`,
      branch: `gitopshq/release/${spec.id}`,
    },
    ...(deployed
      ? {
          deploy: {
            commit: spec.id.slice(-6).padEnd(40, '0'),
            branch: `gitopshq/deploy/${spec.environment}`,
          },
        }
      : {}),
    ...spec.extra,
  };
}

const TO_HEALTHY: ReleaseState[] = [
  'PendingApproval',
  'Approved',
  'Deploying',
  'Deployed',
  'Synced',
  'Healthy',
];

const healthy = (at: string): ReleaseHealth => ({
  status: 'Healthy',
  source: 'argocd',
  checkedAt: at,
  message: 'all resources healthy',
  drift: false,
});

/** The example repository's kind of history: one release in every board column, a promotion between waves. */
export function demoHistory(): { releases: ReleaseRecord[]; promotions: PromotionRecord[] } {
  const devOk = walkedRelease({
    id: 'payment-api-dev-20261129-0a0001',
    workload: 'payment-api',
    environment: 'dev',
    start: '2026-11-29T08:00:00.000Z',
    states: TO_HEALTHY,
    tag: '2.5.0',
    notes: { Approved: 'no approval required', Deploying: 'merged as 1a2b3c4' },
    extra: { health: healthy('2026-11-29T08:31:00.000Z') },
  });
  const canary = walkedRelease({
    id: 'payment-api-staging-20261129-0a0002',
    workload: 'payment-api',
    environment: 'staging',
    tenants: ['canary'],
    start: '2026-11-29T10:00:00.000Z',
    states: TO_HEALTHY,
    tag: '2.5.0',
    approvals: [
      {
        reviewer: 'rev-bob',
        state: 'APPROVED',
        commit: 'c0ffee0',
        at: '2026-11-29T10:04:00.000Z',
        comment: 'Rendered diff looks right.',
      },
    ],
    extra: {
      promotedFrom: devOk.id,
      promotion: 'payment-api-dev-to-staging-20261129-0b0001',
      rollbackTarget: 'payment-api-staging-20261120-0a0009',
      health: {
        status: 'Healthy',
        source: 'argocd',
        checkedAt: '2026-11-29T10:40:00.000Z',
        message: '1 object drifted from the deploy branch',
        drift: true,
        resources: [
          {
            kind: 'Deployment',
            name: 'payment-api',
            namespace: 'payments',
            status: 'Healthy',
            message: 'spec.replicas changed by hand',
            drift: true,
          },
        ],
      },
    },
  });
  const xss = walkedRelease({
    id: 'payment-api-staging-20261130-0a0003',
    workload: 'payment-api',
    environment: 'staging',
    tenants: ['acme'],
    title: XSS_TITLE,
    start: '2026-11-30T07:00:00.000Z',
    states: ['PendingApproval'],
    tag: '2.5.1',
  });
  const prod = walkedRelease({
    id: 'payment-api-prod-20261130-0a0004',
    workload: 'payment-api',
    environment: 'prod',
    tenants: ['acme'],
    start: '2026-11-30T07:30:00.000Z',
    states: ['PendingApproval'],
    tag: '2.4.9',
    approvals: [
      {
        reviewer: 'rev-carol',
        state: 'APPROVED',
        commit: 'abc1234',
        at: '2026-11-30T07:40:00.000Z',
        comment: 'LGTM',
      },
    ],
  });
  const failed = walkedRelease({
    id: 'checkout-web-staging-20261130-0a0005',
    workload: 'checkout-web',
    environment: 'staging',
    tenants: ['globex'],
    start: '2026-11-30T06:00:00.000Z',
    states: ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Failed'],
    tag: '3.1.0',
    notes: { Failed: 'Deployment checkout-web: ImagePullBackOff (image 3.1.0 not found)' },
    extra: {
      health: {
        status: 'Degraded',
        source: 'kubernetes',
        checkedAt: '2026-11-30T06:30:00.000Z',
        message: 'Deployment/checkout-web Degraded',
        drift: false,
      },
      rollbackTarget: 'checkout-web-staging-20261101-0a0010',
    },
  });
  const deploying = walkedRelease({
    id: 'checkout-web-dev-20261130-0a0006',
    workload: 'checkout-web',
    environment: 'dev',
    start: '2026-11-30T08:30:00.000Z',
    states: ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Synced'],
    tag: '3.1.1',
  });
  const rolledBack = walkedRelease({
    id: 'payment-api-dev-20261128-0a0007',
    workload: 'payment-api',
    environment: 'dev',
    start: '2026-11-28T08:00:00.000Z',
    states: [...TO_HEALTHY, 'RolledBack'],
    tag: '2.4.9-rc1',
    extra: { rolledBackTo: 'payment-api-dev-20261127-0a0008' },
  });
  const promotion: PromotionRecord = {
    apiVersion: 'gitopshq.io/v1',
    kind: 'Promotion',
    id: 'payment-api-dev-to-staging-20261129-0b0001',
    source: devOk.id,
    from: 'dev',
    to: 'staging',
    actor: 'release-erin',
    createdAt: '2026-11-29T09:55:00.000Z',
    state: 'InProgress',
    waves: [
      { wave: 0, tenants: ['canary'], releases: [canary.id] },
      { wave: 1, tenants: ['acme', 'globex'], releases: [] },
    ],
    history: [{ state: 'InProgress', at: '2026-11-29T09:55:00.000Z', actor: 'release-erin' }],
  };
  return { releases: [devOk, canary, xss, prod, failed, deploying, rolledBack], promotions: [promotion] };
}

/** A small deterministic PRNG (mulberry32): generated histories are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENVS = ['dev', 'staging', 'prod'];
const TENANTS = ['canary', 'acme', 'globex'];

/**
 * `count` releases of 20 workloads over the 26 weeks before `now`, most walked to Healthy, some Failed (half of
 * them retried), rolled back, cancelled or still in flight; and count/5 promotions, most completed.
 */
export function generatedHistory(
  count: number,
  now = DEMO_NOW,
  seed = 42,
): { releases: ReleaseRecord[]; promotions: PromotionRecord[] } {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const span = 26 * 7 * 86_400_000;
  const releases: ReleaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const workload = `svc-${String(i % 20).padStart(2, '0')}`;
    const environment = pick(ENVS);
    const start =
      now.getTime() - span + Math.floor((i / count) * (span - 86_400_000)) + Math.floor(rnd() * 3_600_000);
    const roll = rnd();
    const recent = i > count - 40;
    const states: ReleaseState[] = recent
      ? pick([['PendingApproval'], ['PendingApproval', 'Approved', 'Deploying'], TO_HEALTHY.slice(0, 5)])
      : roll < 0.03
        ? ['PendingApproval', 'Approved', 'Deploying', 'Failed', 'Deploying', 'Deployed', 'Synced', 'Healthy']
        : roll < 0.05
          ? ['PendingApproval', 'Approved', 'Deploying', 'Deployed', 'Failed', 'RolledBack']
          : roll < 0.065
            ? [...TO_HEALTHY, 'RolledBack']
            : roll < 0.08
              ? ['PendingApproval', 'Cancelled']
              : TO_HEALTHY;
    const id = `${workload}-${environment}-${iso(start).slice(0, 10).replace(/-/g, '')}-${i.toString(16).padStart(6, '0')}`;
    const needsReview = environment !== 'dev';
    releases.push(
      walkedRelease({
        id,
        workload,
        environment,
        tenants: [pick(TENANTS)],
        author: pick(['dev-alice', 'dev-frank', 'dev-grace']),
        start: iso(start),
        states,
        stepMin: 2 + Math.floor(rnd() * 20),
        tag: `1.${Math.floor(i / 100)}.${i % 100}`,
        notes: { Failed: 'Deployment: Progressing deadline exceeded', RolledBack: 'health check failed' },
        approvals:
          needsReview && states.length > 2
            ? [
                {
                  reviewer: pick(['rev-bob', 'rev-carol', 'sre-dave']),
                  state: 'APPROVED',
                  commit: 'f00d',
                  at: iso(start + 60_000),
                },
              ]
            : [],
      }),
    );
  }
  const promotions: PromotionRecord[] = [];
  for (let i = 0; i < Math.floor(count / 5); i++) {
    const source = releases[Math.floor(rnd() * releases.length)] as ReleaseRecord;
    const state = i > count / 5 - 5 ? 'InProgress' : rnd() < 0.04 ? 'Failed' : 'Completed';
    promotions.push({
      apiVersion: 'gitopshq.io/v1',
      kind: 'Promotion',
      id: `${source.workload}-promo-${i.toString(16).padStart(6, '0')}`,
      source: source.id,
      from: 'dev',
      to: 'staging',
      actor: 'release-erin',
      createdAt: source.createdAt,
      state,
      waves: [
        { wave: 0, tenants: ['canary'], releases: [source.id] },
        { wave: 1, tenants: ['acme', 'globex'], releases: [] },
      ],
      history: [{ state, at: source.createdAt, actor: 'release-erin' }],
    });
  }
  return { releases, promotions };
}
