// A chart-upgrade release between two packaged versions of a real chart (podinfo, test/fixtures/charts/podinfo,
// Apache-2.0) served by a local HTTP chart repository: `helm package` + `helm repo index`, served on 127.0.0.1 by
// this test. create-release with chart-version writes the environment's version into workload.yaml (comments
// kept), opens the PR titled as an upgrade, and its first preview shows the template diff between the two chart
// versions and names the value the new chart newly requires. Real git, real helm, the OpenAPI-checked simulator.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Git } from '../../../src/git/git.js';
import { runProcess } from '../../../src/process/run-process.js';
import { findTool } from '../../../src/render/tools.js';
import { createRelease } from '../../../src/usecases/create-release.js';
import { silentLogger } from '../../../src/usecases/deps.js';
import { localPorts, localRecordStore, localReleaseBranches } from '../../../src/usecases/local-ports.js';
import { startFixture } from '../../helpers/sim-fixture.js';
import { tmpDir } from '../../helpers/tmp.js';

const PODINFO = join(import.meta.dirname, '..', '..', 'fixtures', 'charts', 'podinfo');
const helm = findTool('helm')?.path ?? 'helm';

/** podinfo as `version`; 6.15.0 adds an auth ConfigMap and a values.schema.json that requires auth.issuer. */
function chartVersion(dir: string, version: string): string {
  const chart = join(dir, version, 'podinfo');
  cpSync(PODINFO, chart, { recursive: true });
  const meta = join(chart, 'Chart.yaml');
  writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^version: .*$/m, `version: ${version}`));
  if (version === '6.15.0') {
    const values = join(chart, 'values.yaml');
    writeFileSync(values, `${readFileSync(values, 'utf8')}\nauth:\n  issuer: https://id.example.com\n`);
    writeFileSync(
      join(chart, 'templates', 'auth.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-auth\ndata:\n  issuer: {{ .Values.auth.issuer | quote }}\n',
    );
    writeFileSync(
      join(chart, 'values.schema.json'),
      JSON.stringify({
        $schema: 'https://json-schema.org/draft-07/schema#',
        type: 'object',
        required: ['auth'],
        properties: {
          auth: { type: 'object', required: ['issuer'], properties: { issuer: { type: 'string' } } },
        },
      }),
    );
  }
  return chart;
}

async function helmOk(args: string[]): Promise<void> {
  const r = await runProcess(helm, args, { env: { ...process.env, HELM_CACHE_HOME: tmpDir() } });
  expect(r.exitCode, r.stderr).toBe(0);
}

/** A chart repository of both versions on 127.0.0.1: index.yaml and the two packages, as files. */
async function chartRepository(): Promise<string> {
  const work = tmpDir('charts-');
  const served = join(work, 'repo');
  mkdirSync(served);
  const server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]?.replace(/^\/+/, '') ?? '';
    if (!/^[A-Za-z0-9._-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      res.writeHead(200).end(readFileSync(join(served, name)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const v of ['6.14.1', '6.15.0']) await helmOk(['package', chartVersion(work, v), '-d', served]);
  await helmOk(['repo', 'index', served, '--url', url]);
  return url;
}

const CONFIG = `apiVersion: gitopshq.io/v1
kind: Config
environments:
  - name: dev
render:
  policies: { forbidLatestTag: false, requireResourceLimits: false, forbidPrivileged: false }
`;

const workloadYaml = (url: string) => `apiVersion: gitopshq.io/v1
kind: Workload
name: podinfo
namespace: podinfo
source:
  type: helm
  chart: podinfo            # from the team's chart repository
  repository: ${url}
  version: "6.14.1"         # every environment until it is upgraded
`;

describe('a chart-upgrade release', () => {
  it('writes the version, titles the PR, previews the template diff and names the newly required value', async () => {
    const url = await chartRepository();
    const f = await startFixture();
    const admin = await f.clone('release-erin');
    writeFileSync(join(admin.cwd, 'gitopshq.yaml'), CONFIG);
    mkdirSync(join(admin.cwd, 'workloads', 'podinfo'), { recursive: true });
    writeFileSync(join(admin.cwd, 'workloads', 'podinfo', 'workload.yaml'), workloadYaml(url));
    writeFileSync(join(admin.cwd, 'workloads', 'podinfo', 'values.yaml'), 'replicaCount: 2\n');
    await admin.exec(['rm', '-rq', 'workloads/api']);
    await admin.addAll();
    await admin.commit('podinfo from the chart repository');
    expect((await admin.push('origin', ['HEAD:refs/heads/main'])).exitCode).toBe(0);

    const ws = new Git(join(tmpDir(), 'ws'));
    await new Git(tmpDir()).clone(f.cloneUrl('gitopshq-bot'), ws.cwd);
    const github = f.as('gitopshq-bot');
    const result = await createRelease(
      {
        workload: 'podinfo',
        environment: 'dev',
        updates: [],
        tenants: [],
        chartVersion: '6.15.0',
        draft: false,
        autoMerge: false,
        actor: 'dev-alice',
      },
      {
        github,
        log: silentLogger,
        store: await localRecordStore(ws.cwd, { remote: 'origin', actor: 'dev-alice' }),
        branches: localReleaseBranches(ws.cwd, { actor: 'dev-alice' }),
        ...localPorts(ws.cwd),
      },
      { random: (n) => randomBytes(n) },
    );
    expect(result.outcome, JSON.stringify(result)).toBe('succeeded');
    const r = result.value;
    if (!r) throw new Error('no release');
    expect(r.title).toBe('podinfo: upgrade chart podinfo to 6.15.0');
    expect(r.files).toEqual(['workloads/podinfo/workload.yaml']);
    const pr = await github.getPullRequest(r.pullRequestNumber);
    expect(pr.title).toBe('podinfo: upgrade chart podinfo to 6.15.0');
    const written = await ws.show(pr.head.sha, 'workloads/podinfo/workload.yaml');
    expect(written).toContain("  chart: podinfo            # from the team's chart repository");
    expect(written).toContain('  version: "6.14.1"         # every environment until it is upgraded');
    expect(written).toContain('  versions:\n    dev: "6.15.0"\n');
    const store = await localRecordStore(ws.cwd, { remote: 'origin' });
    await store.refresh();
    const record = await store.getRelease(r.releaseId);
    expect(record?.changes).toEqual({ updates: [], chartVersion: '6.15.0' });
    // Lead time starts at the PR's first commit, the one create-release wrote (git keeps whole seconds).
    const committed =
      Number((await ws.exec(['show', '-s', '--format=%ct', pr.head.sha])).stdout.trim()) * 1000;
    expect(Math.floor(Date.parse(record?.firstCommitAt ?? '') / 1000) * 1000).toBe(committed);
    expect(Date.parse(record?.firstCommitAt ?? '')).toBeLessThanOrEqual(Date.parse(record?.createdAt ?? ''));

    // The first preview, run by create-release on the PR it opened: both chart versions rendered.
    expect(r.checks.preview).toMatch(/^1 of 1 target changed \(\+1 /);
    const res = await fetch(`${f.sim.apiUrl}/repos/acme/gitops/issues/${pr.number}/comments`, {
      headers: { authorization: `token ${f.tokens['rev-bob']}` },
    });
    const [comment] = (await res.json()) as { body: string }[];
    const body = comment?.body ?? '';
    expect(body).toContain('### Chart upgrades');
    expect(body).toContain('`podinfo` `6.14.1` → `6.15.0` for `podinfo/dev`');
    expect(body).toMatch(/\| ⚠️ \| `auth\.issuer` \| new in 6\.15\.0 \| `"https:\/\/id\.example\.com"` \|/);
    expect(body).toContain('ConfigMap/podinfo/podinfo-auth');
    expect(body).toContain('+  issuer: https://id.example.com');
    // The chart label moves with the version on every object.
    expect(body).toContain('helm.sh/chart: podinfo-6.15.0');
  }, 400_000);
});
