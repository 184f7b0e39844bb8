// GitHub faults at every GitHub call of verify-health, in process with the real Octokit adapter, real git (the
// deploy branches deploy wrote) and the OpenAPI-checked simulator; the cluster is the in-memory FakeKube and the
// release records are kept in memory. verify-health calls GitHub only when something is wrong: a release that never
// comes up (its Deployment's failure status, then the automatic rollback: a Deployment of the target and the values
// pull request) and, on a schedule, the one drift issue per environment (opened, closed once the drift is gone).
// The matrix (test/helpers/fault-matrix.ts): each call x each fault succeeds after retries or fails clearly, the
// records never claim what GitHub does not show, and a clean re-run converges.

import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { ReleaseRecord } from '../../../src/domain/model.js';
import type { GitHubPort } from '../../../src/github/port.js';
import type { KubeObject } from '../../../src/kube/port.js';
import { deploy } from '../../../src/usecases/deploy.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localDeployBranches, localReleaseSource } from '../../../src/usecases/local-ports.js';
import { verifyHealth } from '../../../src/usecases/verify-health.js';
import type { FaultKind } from '../../helpers/call-faults.js';
import { FakeKube } from '../../helpers/fake-kube.js';
import { FAULT_COVERAGE } from '../../helpers/fault-coverage.js';
import { botClient, type FaultSubject, faultMatrix, outcomeOf } from '../../helpers/fault-matrix.js';
import { MemoryRecords } from '../../helpers/memory-records.js';
import { type ReleaseWorld, releaseWorld } from '../../helpers/release-world.js';
import { liveDeployment } from '../../helpers/verify-fixture.js';

const OLD = 'payment-api-dev-20261130-eeeee1';
const NEW = 'payment-api-dev-20261130-eeeee2';

/** Two deployed releases of payment-api in dev: OLD verified Healthy, NEW Deployed (not verified yet). */
async function twoDeployed(w: ReleaseWorld): Promise<{ records: MemoryRecords; workspace: string }> {
  const records = new MemoryRecords();
  const ws = await w.workspace();
  for (const [id, tag] of [
    [OLD, '2.5.0'],
    [NEW, '2.6.0'],
  ] as const) {
    const sha = await w.mergedRelease(id, tag);
    for (const r of await (await w.store()).listReleases()) {
      if (!records.records.has(r.id)) records.records.set(r.id, r);
    }
    const done = await deploy(
      { sha, actor: 'release-erin' },
      {
        github: botClient(w.sb.sim, w.sb.users['gitopshq-bot'] ?? ''),
        store: records.port(),
        log: silentLogger,
        source: localReleaseSource((await w.workspace()).cwd),
        branches: localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' }),
      },
    );
    expect(done.outcome).toBe('succeeded');
    if (id === OLD) {
      for (const to of ['Synced', 'Healthy'] as const) {
        await records.transitionRelease(OLD, to, { actor: 'gitopshq-bot', note: 'verified' });
      }
    }
  }
  return { records, workspace: ws.cwd };
}

/** The release's rendered objects as the API server holds them once they run; `replicas` drifts the Deployment. */
async function liveObjects(
  workspace: string,
  release: ReleaseRecord,
  replicas?: number,
): Promise<KubeObject[]> {
  const branches = localDeployBranches(workspace);
  const commit = release.deploy?.commit ?? '';
  const files = (await branches.list(commit)).filter((f) =>
    f.endsWith(`/${release.workload}/manifests.yaml`),
  );
  const out: KubeObject[] = [];
  for (const text of await branches.readFiles(commit, files)) {
    for (const doc of parseAllDocuments(text ?? '')) {
      const o = doc.toJS() as KubeObject | null;
      if (!o?.kind) continue;
      if (o.kind === 'Deployment') {
        const want = (o.spec?.replicas as number | undefined) ?? 1;
        out.push(
          liveDeployment(o, {
            generation: 2,
            observed: 2,
            ready: replicas ?? want,
            replicas: replicas ?? want,
          }),
        );
      } else out.push(o);
    }
  }
  expect(out.length).toBeGreaterThan(0);
  return out;
}

function subject(
  w: ReleaseWorld,
  name: string,
  initial: ReleaseRecord[],
  run: (github: GitHubPort, records: MemoryRecords) => ReturnType<typeof verifyHealth>,
  faults?: readonly FaultKind[],
): FaultSubject {
  let records = new MemoryRecords(initial);
  return {
    ...(faults ? { faults } : {}),
    name,
    sim: w.sb.sim,
    covers: FAULT_COVERAGE[name] ?? [],
    reset: () => {
      records = new MemoryRecords(initial);
    },
    run: async (github) => outcomeOf(await run(github, records)),
    claims: async () => ({ releases: [...records.records.values()] }),
  };
}

const bot = (w: ReleaseWorld) => () => botClient(w.sb.sim, w.sb.users['gitopshq-bot'] ?? '');

describe('GitHub faults at every call of verify-health', () => {
  it('a release that never comes up: its failure status and the automatic rollback', async () => {
    const w = await releaseWorld('faults-verify-rollback-');
    const { records } = await twoDeployed(w);
    const initial = [...records.records.values()];
    const kube = new FakeKube();
    const s = subject(w, 'verify-health crashloop auto-rollback', initial, async (github, recs) => {
      const ws = await w.workspace();
      const branches = localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
      return verifyHealth(
        { releaseId: NEW, source: 'kubernetes', timeoutMs: 300, autoRollback: true, actor: 'gitopshq-bot' },
        { store: recs.port(), branches, kube, github, log: silentLogger },
      );
    });
    const { cases } = await faultMatrix(s, bot(w));
    console.log(cases.join('\n'));
  }, 1_800_000);

  // GitHub performs each create but its answer is lost: the step finds what it created (no second Deployment,
  // status, pull request or drift issue) and ends where the uninterrupted run ends (the matrix compares them).
  it('a lost answer at every write: the automatic rollback and the drift issue, each written once', async () => {
    const w = await releaseWorld('faults-verify-lost-');
    const { records } = await twoDeployed(w);
    const initial = [...records.records.values()];
    const kube = new FakeKube();
    const rollback = subject(
      w,
      'verify-health crashloop auto-rollback',
      initial,
      async (github, recs) => {
        const ws = await w.workspace();
        const branches = localDeployBranches(ws.cwd, { remote: 'origin', actor: 'gitopshq-bot' });
        return verifyHealth(
          { releaseId: NEW, source: 'kubernetes', timeoutMs: 300, autoRollback: true, actor: 'gitopshq-bot' },
          { store: recs.port(), branches, kube, github, log: silentLogger },
        );
      },
      ['lost-answer'],
    );
    const rolledBack = await faultMatrix(rollback, bot(w));
    // Each write of the rollback (deployment, its statuses, the values pull request) is made once: every case ends
    // as the uninterrupted run ends without a re-run, and none fails.
    expect(rolledBack.cases.length).toBeGreaterThanOrEqual(4);
    expect(rolledBack.cases.filter((c) => /threw|re-run/.test(c))).toEqual([]);

    // The drift part starts from its own world: the rollback above rewrote dev's deploy branch.
    const w2 = await releaseWorld('faults-verify-lost-drift-');
    const second = await twoDeployed(w2);
    for (const to of ['Synced', 'Healthy'] as const) {
      await second.records.transitionRelease(NEW, to, { actor: 'gitopshq-bot', note: 'verified' });
    }
    const healthy = [...second.records.records.values()];
    const drifting = new FakeKube();
    for (const o of await liveObjects(second.workspace, second.records.records.get(NEW) as ReleaseRecord, 7))
      drifting.put(o);
    const opened = await faultMatrix(
      subject(
        w2,
        'verify-health drift opened',
        healthy,
        (github, recs) =>
          verifyHealth(
            {
              environment: 'dev',
              source: 'kubernetes',
              timeoutMs: 1_000,
              autoRollback: false,
              actor: 'gitopshq-bot',
            },
            {
              store: recs.port(),
              branches: localDeployBranches(second.workspace, { remote: 'origin' }),
              kube: drifting,
              github,
              log: silentLogger,
            },
          ),
        ['lost-answer'],
      ),
      bot(w2),
    );
    expect(opened.cases).toEqual([
      expect.stringMatching(/lost-answer at call \d+ \(createIssue, POST .*: succeeded$/),
    ]);
    const issues = (w2.sb.sim.store.repo('acme', 'gitops') as { issues?: { state: string }[] }).issues ?? [];
    expect(issues.filter((i) => i.state === 'open')).toHaveLength(1);
    console.log([...rolledBack.cases, ...opened.cases].join('\n'));
  }, 1_800_000);

  it('on a schedule: the drift issue opened, and closed once the drift is gone', async () => {
    const w = await releaseWorld('faults-verify-drift-');
    const { records, workspace } = await twoDeployed(w);
    // NEW runs and was verified Healthy; then someone scales its Deployment by hand.
    for (const to of ['Synced', 'Healthy'] as const) {
      await records.transitionRelease(NEW, to, { actor: 'gitopshq-bot', note: 'verified' });
    }
    const initial = [...records.records.values()];
    const running = records.records.get(NEW) as ReleaseRecord;
    const kube = new FakeKube();
    const scheduled = (github: GitHubPort, recs: MemoryRecords) =>
      verifyHealth(
        {
          environment: 'dev',
          source: 'kubernetes',
          timeoutMs: 1_000,
          autoRollback: false,
          actor: 'gitopshq-bot',
        },
        {
          store: recs.port(),
          branches: localDeployBranches(workspace, { remote: 'origin' }),
          kube,
          github,
          log: silentLogger,
        },
      );
    for (const o of await liveObjects(workspace, running, 7)) kube.put(o);
    const opened = await faultMatrix(subject(w, 'verify-health drift opened', initial, scheduled), bot(w));
    // The matrix leaves the simulator as the last re-run left it: the issue is open.
    const again = await scheduled(bot(w)(), new MemoryRecords(initial));
    expect(again.value?.driftIssue?.action).toBe('unchanged');
    for (const o of await liveObjects(workspace, running)) kube.put(o);
    const closed = await faultMatrix(subject(w, 'verify-health drift gone', initial, scheduled), bot(w));
    console.log([...opened.cases, ...closed.cases].join('\n'));
  }, 1_800_000);
});
