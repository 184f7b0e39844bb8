// The promotion story end to end, every step a dist/ bundle run as a runner runs it, against the sandbox: the
// OpenAPI-checked GitHub simulator on real git, and the cluster simulator with one cluster per tenant and environment
// (gitopshq.yaml `destinations`), its Argo CD-like syncer applying each `<tenant>/<workload>` folder of a deploy branch
// to that tenant's cluster. A good release goes dev -> staging -> prod canary -> prod rest, Healthy at each step; a
// release whose image crash-loops in prod only (a fault set on cluster prod-canary) is Failed in canary, rolled back
// automatically, the promotion halted, and acme and globex never get it; skipping staging and promoting into a frozen
// prod are refused with the reason. About 30 bundle runs: in the `faults` project (npm run test:faults), the lane for
// long end-to-end suites. Run `npm run build` first.
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { KubeObject } from '../../src/kube/port.js';
import { delivery } from '../../src/sandbox/delivery.js';
import { withCurrentContext } from '../../src/sandbox/kube/kubeconfig.js';
import { startSandbox } from '../../src/sandbox/sandbox.js';
import { RecordStore } from '../../src/state/record-store.js';
import { tmpDir } from '../helpers/tmp.js';

const PROD = 'gitopshq/deploy/prod';
const GOOD = '2.5.0';
const BAD = '2.6.0';

const image = (d: KubeObject | undefined) =>
  (d?.spec as { template: { spec: { containers: { image: string }[] } } } | undefined)?.template.spec
    .containers[0]?.image;

describe('promotion through the bundles, the GitHub simulator and one cluster per tenant', () => {
  it('dev -> staging -> prod canary -> prod rest; a crash-looping canary is rolled back; skips and freezes refused', async () => {
    const root = tmpDir('e2e-promotion-');
    const sb = await startSandbox({ dir: join(root, 'sandbox'), cluster: { speed: 60 } });
    onTestFinished(() => sb.close());
    const cluster = sb.cluster;
    if (!cluster) throw new Error('no cluster simulator');
    const d = delivery(sb, root, {
      onRun: (name, run, ms) =>
        process.env.GITOPSHQ_E2E_TIMES && console.log(`${name} ${run.exitCode} ${ms} ms`),
    });
    const argocd = { source: 'argocd', kubeconfig: cluster.kubeconfig, timeout: '60s' };
    // The canary is verified in its own cluster, pod by pod: the context a matrix job for tenant canary gets.
    const canary = {
      source: 'kubernetes',
      kubeconfig: withCurrentContext(cluster.kubeconfig, 'prod-canary'),
      timeout: '60s',
      'auto-rollback': 'true',
    };
    const live = (c: string) =>
      cluster.clusters.get(c)?.store.get('apps/v1', 'Deployment', 'payments', 'payment-api');
    const editConfig = async (edit: (text: string) => string, message: string) => {
      const git = await sb.clone('release-erin', join(root, `erin-${Date.now()}`));
      const file = join(git.cwd, 'gitopshq.yaml');
      const { readFileSync, writeFileSync } = await import('node:fs');
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      await git.addAll();
      await git.commit(message);
      expect((await git.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);
    };
    // Whatever day this runs: the example's weekend freeze of prod is lifted until the freeze check at the end.
    await editConfig(
      (t) => t.replace(/\nfreezes:\n[\s\S]*?\n(?=\n# Checks)/, '\nfreezes: []\n'),
      'no freeze',
    );

    /** A release from dev to every prod tenant; returns the ids of its releases per step. */
    const toDev = async (tag: string) => {
      const created = await d.createRelease({
        workload: 'payment-api',
        environment: 'dev',
        updates: `image.tag=${tag}`,
        'auto-merge': 'false',
      });
      expect(created.outputs.state).toBe('Approved'); // dev needs no approval
      const id = created.outputs['release-id'] ?? '';
      await d.mergeAndDeploy(Number(created.outputs['pull-request-number']));
      const v = await d.verify({ 'release-id': id, ...argocd });
      expect(v.outputs, v.log).toMatchObject({ status: 'healthy', state: 'Healthy', drift: 'false' });
      for (const t of ['canary', 'acme', 'globex']) expect(image(live(`dev-${t}`))).toContain(`:${tag}`);
      return id;
    };
    const toStaging = async (devId: string) => {
      // Every tenant at once goes ahead of the canary wave: only on purpose, recorded (skip-waves).
      const p = await d.promote({
        'release-id': devId,
        tenants: 'canary,acme,globex',
        'skip-waves': 'staging: the three tenants in one pull request',
      });
      const n = Number(p.outputs['pull-request-number']);
      const gate = await d.approve(n, ['rev-bob']);
      expect(gate.outputs.approved).toBe('true');
      await d.mergeAndDeploy(n);
      const id = p.outputs['release-id'] ?? '';
      const v = await d.verify({ 'release-id': id, ...argocd });
      expect(v.outputs, v.log).toMatchObject({ status: 'healthy', state: 'Healthy' });
      return id;
    };
    /** One prod wave: promote, two approvals (one from sre), merge, deploy. */
    const prodWave = async (stagingId: string) => {
      const p = await d.promote({ 'release-id': stagingId });
      const n = Number(p.outputs['pull-request-number']);
      expect((await d.approve(n, ['rev-bob', 'sre-dave'])).outputs.approved).toBe('true');
      await d.mergeAndDeploy(n);
      return p;
    };

    // The good release, Healthy at each step.
    const goodStaging = await toStaging(await toDev(GOOD));
    for (const t of ['canary', 'acme', 'globex']) expect(image(live(`staging-${t}`))).toContain(`:${GOOD}`);
    const wave0 = await prodWave(goodStaging);
    expect(JSON.parse(wave0.outputs.matrix ?? '{}').include.map((r: { tenant: string }) => r.tenant)).toEqual(
      ['canary'],
    );
    const v0 = await d.verify({ 'release-id': wave0.outputs['release-id'] ?? '', ...canary });
    expect(v0.outputs, v0.log).toMatchObject({ status: 'healthy', state: 'Healthy' });
    expect(image(live('prod-canary'))).toContain(`:${GOOD}`);
    expect(live('prod-acme')).toBeUndefined(); // wave 1 waits for the canary
    const wave1 = await prodWave(goodStaging);
    expect(JSON.parse(wave1.outputs.matrix ?? '{}').include.map((r: { tenant: string }) => r.tenant)).toEqual(
      ['acme', 'globex'],
    );
    const v1 = await d.verify({ 'release-id': wave1.outputs['release-id'] ?? '', ...argocd });
    expect(v1.outputs, v1.log).toMatchObject({ status: 'healthy', state: 'Healthy' });
    for (const t of ['acme', 'globex']) expect(image(live(`prod-${t}`))).toContain(`:${GOOD}`);
    const done = await d.promote({ 'release-id': goodStaging });
    expect(done.summary).toContain('is complete: every wave is Healthy in prod');
    const records = new RecordStore({
      git: await sb.clone('gitopshq-bot', join(root, 'records')),
      remote: 'origin',
      actor: 'gitopshq-bot',
    });
    const promotions = async () => (await records.listPromotions()).filter((p) => p.to === 'prod');
    expect((await promotions()).map((p) => p.state)).toEqual(['Completed']);

    // The bad release: sound in dev and staging, crash-looping on prod-canary's cluster (a fault set there).
    cluster.crashloop('prod-canary', BAD);
    const badStaging = await toStaging(await toDev(BAD));
    const before = {
      acme: await d.show(PROD, 'acme/payment-api/manifests.yaml'),
      globex: await d.show(PROD, 'globex/payment-api/manifests.yaml'),
    };
    const bad = await prodWave(badStaging);
    const badId = bad.outputs['release-id'] ?? '';
    const started = Date.now();
    const failed = await d.verify({ 'release-id': badId, ...canary }, 1);
    expect(Date.now() - started).toBeLessThan(60_000);
    const error = failed.annotations.find((a) => a.type === 'error')?.message ?? '';
    // Degraded: the verdict names the Deployment (its progress deadline) or its pods; the pods crash-loop.
    expect(error).toMatch(/Degraded: .*(CrashLoopBackOff|progress deadline)/);
    expect(`${failed.log}\n${failed.summary}`).toMatch(/rolled back|rollback/i);
    const rec = await records.getRelease(badId);
    // The health report kept on the record names the crash-looping pods (the cluster runs the good tag again now).
    const crashing = (rec?.health?.resources ?? []).filter((r) => r.kind === 'Pod');
    expect(crashing.length, JSON.stringify(rec?.health)).toBeGreaterThan(0);
    for (const pod of crashing) expect(pod.message).toMatch(/container app: CrashLoopBackOff/);
    expect(rec?.history.map((h) => h.state)).toContain('Failed');
    expect(rec?.state).toBe('RolledBack');
    // The rollback commit puts the good manifests back on the canary's folder; the cluster runs them again.
    expect(await d.show(PROD, 'canary/payment-api/manifests.yaml')).toContain(`:${GOOD}`);
    const halted = (await promotions()).find((p) => p.source === badStaging);
    expect(halted?.state).toBe('Failed');
    // acme and globex never got it: their folders are byte for byte what they were, their clusters run the good tag.
    expect(await d.show(PROD, 'acme/payment-api/manifests.yaml')).toBe(before.acme);
    expect(await d.show(PROD, 'globex/payment-api/manifests.yaml')).toBe(before.globex);
    for (const t of ['acme', 'globex']) expect(image(live(`prod-${t}`))).toContain(`:${GOOD}`);
    const refused = await d.promote({ 'release-id': badStaging }, 1);
    expect(`${refused.log}\n${refused.summary}`).toContain('halted');

    // Refusals: skipping staging, and prod frozen.
    const devId = await toDev('2.7.0');
    const skip = await d.promote({ 'release-id': devId, to: 'prod' }, 1);
    expect(skip.log).toContain('promotion refused');
    expect(skip.summary).toMatch(/FAILED \| .*staging/);
    const stagingId = await toStaging(devId);
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
    await editConfig(
      (t) =>
        t.replace(
          '\nfreezes: []\n',
          `\nfreezes:\n  - name: incident\n    environments: [prod]\n    timezone: UTC\n    start: "${iso(now - 3_600_000)}"\n    end: "${iso(now + 3_600_000)}"\n    reason: Payment provider incident\n`,
        ),
      'freeze prod',
    );
    const frozen = await d.promote({ 'release-id': stagingId }, 1);
    expect(frozen.log).toContain('promotion refused');
    expect(`${frozen.log}\n${frozen.summary}`).toMatch(/incident/);
    expect(cluster.problems()).toEqual([]);
    expect(sb.sim.violations).toEqual([]);
  });
});
