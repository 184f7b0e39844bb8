// The demo's promotion story, after the dev release is Healthy: dev -> staging (one PR for the three tenants) ->
// prod canary (wave 0) -> prod rest (wave 1), each step the bundled actions (promote, approve-gate, deploy,
// verify-health) on the sandbox, each tenant in a cluster of its own (gitopshq.yaml `destinations`); then a release
// that crash-loops in prod only (a sandbox fault on cluster prod-canary, said in the output) is caught in canary,
// rolled back automatically, and its promotion halted before acme and globex get it. One or two lines per step.

import type { Delivery } from '../../sandbox/delivery.js';
import type { ClusterSimulator } from '../../sandbox/kube/cluster.js';
import { withCurrentContext } from '../../sandbox/kube/kubeconfig.js';
import { freezeStatuses } from '../../usecases/freeze-status.js';
import type { CommandContext } from '../command.js';

const WORKLOAD = 'payment-api';
const PROD = 'gitopshq/deploy/prod';
const TENANTS = ['canary', 'acme', 'globex'] as const;
/**
 * The three tenants in one staging PR goes ahead of the canary wave: a release manager does that only on purpose,
 * and the promotion records it (skip-waves).
 */
const STAGING_BATCH = {
  to: 'staging',
  tenants: TENANTS.join(','),
  'skip-waves': 'staging: the three tenants in one pull request',
};

export interface PromotionDemo {
  ctx: CommandContext;
  d: Delivery;
  cluster: ClusterSimulator;
  step: (title: string) => void;
  /** Whether prod is frozen now (the example's weekend freeze): then the demo promotes with a break-glass reason. */
  prodFrozen: boolean;
}

const say = (ctx: CommandContext, line: string) => ctx.stdout(`   ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The image each tenant's cluster runs in `env` (what `kubectl --context <env>-<tenant> get deploy` shows). */
function images(cluster: ClusterSimulator, env: string): string {
  return TENANTS.map((t) => {
    const d = cluster.clusters.get(`${env}-${t}`)?.store.get('apps/v1', 'Deployment', 'payments', WORKLOAD);
    const spec = d?.spec as { template?: { spec?: { containers?: { image?: string }[] } } } | undefined;
    const image = spec?.template?.spec?.containers?.[0]?.image;
    return `${env}-${t}: ${image ? image.slice(image.lastIndexOf(':') + 1) : 'nothing'}`;
  }).join(', ');
}

async function verify(p: PromotionDemo, id: string, tenantCluster?: string, expect = 0) {
  const started = Date.now();
  const inputs = tenantCluster
    ? { source: 'kubernetes', kubeconfig: withCurrentContext(p.cluster.kubeconfig, tenantCluster) }
    : { source: 'argocd', kubeconfig: p.cluster.kubeconfig };
  // verify-health gives a Degraded release a fifth of its timeout (real seconds) to recover before the verdict: 18 s
  // of a 90 s timeout. The crash-looping release is Degraded within a second on the sped-up cluster, so its verify
  // waits 30 s at most, 6 of them the grace; a sound one is Healthy long before either timeout.
  const timeout = expect === 0 ? '90s' : '30s';
  const run = await p.d.verify({ 'release-id': id, ...inputs, timeout, 'auto-rollback': 'true' }, expect);
  const where = tenantCluster ? `its pods in cluster ${tenantCluster}` : 'the Argo CD Applications';
  if (expect === 0)
    say(p.ctx, `verify-health (${where}): ${run.outputs.state} in ${seconds(Date.now() - started)}`);
  return { run, ms: Date.now() - started };
}

/** Promote, approve, merge, deploy: returns the new release's id. */
async function wave(p: PromotionDemo, inputs: Record<string, string>, reviewers: string[]): Promise<string> {
  const glass: Record<string, string> =
    p.prodFrozen && inputs.to !== 'staging' ? { 'break-glass': 'the demo runs during the freeze' } : {};
  const run = await p.d.promote({ ...inputs, ...glass });
  const id = run.outputs['release-id'] ?? '';
  const n = Number(run.outputs['pull-request-number']);
  const tenants = (
    JSON.parse(run.outputs.matrix ?? '{"include":[]}') as { include: { tenant: string }[] }
  ).include
    .map((r) => r.tenant)
    .join(', ');
  say(p.ctx, `promote: PR #${n} for ${tenants}, release ${id}`);
  const gate = await p.d.approve(n, reviewers);
  const deploy = await p.d.mergeAndDeploy(n);
  say(
    p.ctx,
    `${reviewers.join(' and ')} approve (approve-gate: ${gate.outputs.state}); merged; deploy: ${deploy.outputs.state} at ${(deploy.outputs['deploy-commit'] ?? '').slice(0, 7)}`,
  );
  return id;
}

export async function promotionStory(p: PromotionDemo, devId: string, goodTag: string, badTag: string) {
  const { ctx, d, cluster, step } = p;
  const prodTeam = ['rev-bob', 'sre-dave'];
  if (p.prodFrozen)
    say(ctx, 'prod is frozen now (the weekend freeze): prod waves go out with a break-glass reason');

  step(
    `release-erin promotes ${devId} to staging (dist/promote): one PR for the three tenants, skip-waves recorded`,
  );
  const staging = await wave(p, { 'release-id': devId, ...STAGING_BATCH }, ['rev-bob']);
  await verify(p, staging);
  say(ctx, images(cluster, 'staging'));

  step('prod, wave 0: the canary tenant alone, verified in its own cluster (prod-canary)');
  const canary = await wave(p, { 'release-id': staging }, prodTeam);
  await verify(p, canary, 'prod-canary');
  say(ctx, images(cluster, 'prod'));

  step('prod, wave 1: acme and globex, once the canary is Healthy');
  const rest = await wave(p, { 'release-id': staging }, prodTeam);
  await verify(p, rest);
  say(ctx, images(cluster, 'prod'));
  const done = await d.promote({ 'release-id': staging });
  say(
    ctx,
    `promote again: ${/promotion \S+ is complete[^\n|]*/.exec(done.summary)?.[0] ?? done.outputs['promotion-id']}`,
  );

  step(`A bad release: image.tag=${badTag}, sound in dev and staging, crash-looping in prod`);
  cluster.crashloop('prod-canary', badTag);
  say(ctx, `sandbox fault: image tag ${badTag} crash-loops in cluster prod-canary (nowhere else)`);
  const created = await d.createRelease({
    workload: WORKLOAD,
    environment: 'dev',
    updates: `image.tag=${badTag}`,
    'auto-merge': 'false',
  });
  const badDev = created.outputs['release-id'] ?? '';
  await d.mergeAndDeploy(Number(created.outputs['pull-request-number']));
  await verify(p, badDev);
  const badStaging = await wave(p, { 'release-id': badDev, ...STAGING_BATCH }, ['rev-bob']);
  await verify(p, badStaging);

  step('prod, wave 0 of the bad release: verify-health (auto-rollback) in the canary cluster');
  const before = await d.show(PROD, 'acme/payment-api/manifests.yaml');
  const badCanary = await wave(p, { 'release-id': badStaging }, prodTeam);
  const { run, ms } = await verify(p, badCanary, 'prod-canary', 1);
  const error = run.annotations.find((a) => a.type === 'error')?.message ?? run.log.split('\n').at(-1) ?? '';
  // The line naming the pods' own cause when the report has one: under load the Deployment's progress deadline may
  // be the verdict's first line, and "its new pods say why" is what a reader of the demo wants to see.
  const lines = error.split('\n');
  const cause = lines.find((l) => /CrashLoopBackOff|ImagePullBackOff|OOMKilled/.test(l)) ?? lines[0] ?? '';
  say(ctx, `verify-health: Failed after ${seconds(ms)}: ${cause.trim().slice(0, 160)}`);
  const rolled = /rolled back[^\n|]*|rollback[^\n|]*/i.exec(`${run.log}\n${run.summary}`)?.[0];
  if (rolled) say(ctx, rolled.slice(0, 160));
  say(ctx, images(cluster, 'prod'));
  const after = await d.show(PROD, 'acme/payment-api/manifests.yaml');
  say(
    ctx,
    `acme's folder on ${PROD}: ${after === before ? 'unchanged' : 'CHANGED'}; globex likewise never got ${badTag}`,
  );
  const halted = await d.promote({ 'release-id': badStaging }, 1);
  const reason = /promotion refused[^\n]*/.exec(`${halted.log}\n${halted.summary}`)?.[0] ?? 'refused';
  say(ctx, `promote the next wave: ${reason.slice(0, 200)}`);
  return { goodTag };
}

/** Whether prod is frozen at this instant in the repository checked out at `repo` (the example's weekend freeze). */
export async function isProdFrozen(repo: string): Promise<boolean> {
  const r = await freezeStatuses({ repo, at: new Date(), environment: 'prod' });
  return r.outcome === 'succeeded' && r.value.some((f) => f.frozen);
}
