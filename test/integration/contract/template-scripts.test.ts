// The shell steps inside the workflow templates are code users run with write tokens: run them here as the runner
// does (`bash --noprofile --norc -eo pipefail`, inputs in the environment, outputs in GITHUB_OUTPUT), with real jq
// and real git. The dispatch handler's check is the only thing between a dispatch sender and the action inputs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tmpDir } from '../../helpers/tmp.js';

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'workflows-templates');

interface Step {
  id?: string;
  run?: string;
}

function script(file: string, job: string, stepId: string): string {
  const wf = parse(readFileSync(join(templatesDir, file), 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const run = wf.jobs[job]?.steps.find((s) => s.id === stepId)?.run;
  if (!run) throw new Error(`${file}: no run step ${stepId} in job ${job}`);
  return run;
}

/** Runs a template's step; returns its exit code, stdout and the outputs it wrote, parsed as the runner parses them. */
function runStep(run: string, env: Record<string, string>, cwd?: string) {
  const dir = tmpDir();
  const file = join(dir, 'step.sh');
  const outputFile = join(dir, 'output');
  writeFileSync(file, run);
  writeFileSync(outputFile, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: cwd ?? dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, GITHUB_OUTPUT: outputFile, ...env },
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
  };
}

/** GITHUB_OUTPUT's format: `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] ?? '', i + 1);
      if (end < 0) throw new Error(`unterminated output block ${block[1]}`);
      out[block[1] ?? ''] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

describe('gitopshq-dispatch.yml: the client_payload check', () => {
  const check = script('gitopshq-dispatch.yml', 'create-release', 'payload');
  const payload = (p: unknown) => runStep(check, { PAYLOAD: JSON.stringify(p) });
  const valid = {
    workload: 'payment-api',
    environment: 'prod',
    updates: [
      { path: 'image.tag', value: 'v2.5.0' },
      { path: 'replicaCount', value: 3 },
      { path: 'podAnnotations["prometheus.io/scrape"]', value: true },
    ],
    tenants: ['acme', 'globex'],
    notes: 'Built from acme/payment-api@3f2a9c1.\n\n- faster checkout',
  };

  it('turns a valid payload into the action inputs, one update per line', () => {
    const r = payload(valid);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs).toEqual({
      workload: 'payment-api',
      environment: 'prod',
      tenants: 'acme,globex',
      updates: 'image.tag=v2.5.0\nreplicaCount=3\npodAnnotations["prometheus.io/scrape"]=true',
      notes: valid.notes,
    });
  });

  it('accepts the minimal payload (no tenants, no notes)', () => {
    const r = payload({
      workload: 'api',
      environment: 'dev',
      updates: [{ path: 'image.tag', value: '3f2a9c1' }],
    });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      workload: 'api',
      environment: 'dev',
      tenants: '',
      updates: 'image.tag=3f2a9c1',
    });
  });

  it("passes the application commit's time on as committed-at, only when the payload has one", () => {
    const r = payload({ ...valid, committedAt: '2026-11-30T10:15:00+01:00' });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['committed-at']).toBe('2026-11-30T10:15:00+01:00');
    expect(payload(valid).outputs).not.toHaveProperty('committed-at');
  });

  it('passes chartVersion on as chart-version, with or without value updates (a chart upgrade alone)', () => {
    const both = payload({ ...valid, chartVersion: '1.4.2+build.7' });
    expect(both.code, both.stdout + both.stderr).toBe(0);
    expect(both.outputs['chart-version']).toBe('1.4.2+build.7');
    expect(both.outputs.updates).toBe(
      'image.tag=v2.5.0\nreplicaCount=3\npodAnnotations["prometheus.io/scrape"]=true',
    );
    const alone = payload({ workload: 'api', environment: 'dev', chartVersion: '2.0.0' });
    expect(alone.code, alone.stdout + alone.stderr).toBe(0);
    expect(alone.outputs).toMatchObject({ 'chart-version': '2.0.0', updates: '' });
    expect(payload(valid).outputs).not.toHaveProperty('chart-version');
  });

  it('keeps free-text notes inside their block: a line that looks like a delimiter and an output adds nothing', () => {
    const notes = 'done\nEOF\nworkload=evil\ngitopshq-0000\nenvironment=prod';
    const r = payload({ ...valid, notes });
    expect(r.code).toBe(0);
    expect(r.outputs.workload).toBe('payment-api');
    expect(r.outputs.notes).toBe(notes);
    expect(Object.keys(r.outputs).sort()).toEqual(['environment', 'notes', 'tenants', 'updates', 'workload']);
  });

  it.each([
    ['not an object', ['payment-api']],
    ['no workload', { ...valid, workload: undefined }],
    ['a workload that escapes the repository', { ...valid, workload: '../../etc' }],
    ['a command substitution as the environment', { ...valid, environment: '$(touch pwned)' }],
    ['an upper-case environment', { ...valid, environment: 'Prod' }],
    ['no updates', { ...valid, updates: [] }],
    ['updates as a string', { ...valid, updates: 'image.tag=1' }],
    [
      'a value with a newline (a second update smuggled in)',
      { ...valid, updates: [{ path: 'a', value: '1\nb=2' }] },
    ],
    ['a value with a carriage return', { ...valid, updates: [{ path: 'a', value: '1\r' }] }],
    ['a path with =', { ...valid, updates: [{ path: 'a=b', value: '1' }] }],
    ['an object as a value', { ...valid, updates: [{ path: 'a', value: { b: 1 } }] }],
    ['a null value', { ...valid, updates: [{ path: 'a', value: null }] }],
    ['a tenant with a slash', { ...valid, tenants: ['acme/x'] }],
    ['tenants as a string', { ...valid, tenants: 'acme' }],
    ['notes that are not text', { ...valid, notes: ['x'] }],
    ['a committedAt that is not a time', { ...valid, committedAt: 'yesterday' }],
    ['a committedAt as a number', { ...valid, committedAt: 1764496500 }],
    ['neither updates nor chartVersion', { workload: 'api', environment: 'dev' }],
    ['a chartVersion with a second line', { ...valid, chartVersion: '1.0.0\nworkload=evil' }],
    ['a chartVersion with a command substitution', { ...valid, chartVersion: '$(touch pwned)' }],
    ['a chartVersion as a number', { ...valid, chartVersion: 2 }],
    ['a chart upgrade with an empty updates list', { ...valid, updates: [], chartVersion: '1.0.0' }],
    ['a committedAt with a second line', { ...valid, committedAt: '2026-11-30T10:15:00Z\nworkload=evil' }],
  ])('refuses %s, with an error annotation and no output', (_, p) => {
    const r = payload(p);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=gitopshq::client_payload must be \{workload, environment, updates/m,
    );
    expect(r.outputs).toEqual({});
  });
});

describe("gitopshq-dashboard.yml: the records cache is keyed by the state branch's head", () => {
  const step = script('gitopshq-dashboard.yml', 'build', 'state');

  /** A `gh` on PATH that answers the ref lookup as GitHub would (or fails, as for a missing branch). */
  function withGh(answer: string | undefined): Record<string, string> {
    const bin = join(tmpDir(), 'bin');
    mkdirSync(bin);
    const body =
      answer === undefined
        ? "echo 'gh: Not Found (HTTP 404)' >&2; exit 1"
        : `[ "$*" = "api repos/acme/gitops/git/ref/heads/gitopshq/state --jq .object.sha" ] || exit 9; echo ${answer}`;
    writeFileSync(join(bin, 'gh'), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
    return { PATH: `${bin}:${process.env.PATH ?? ''}`, GITHUB_REPOSITORY: 'acme/gitops', GH_TOKEN: 't' };
  }

  it('outputs the head the API gives', () => {
    const sha = 'a'.repeat(40);
    const r = runStep(step, withGh(sha));
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toEqual({ head: sha });
  });

  it('outputs `none` when there is no state branch yet, and does not fail the job', () => {
    const r = runStep(step, withGh(undefined));
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toEqual({ head: 'none' });
  });
});

describe('gitopshq-deploy.yml: routing a push to its environment', () => {
  const route = script('gitopshq-deploy.yml', 'route', 'route');

  function repo() {
    const dir = tmpDir();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    git('init', '-q', '-b', 'main');
    const commit = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      git('add', '-A');
      git('commit', '-qm', 'change');
      return git('rev-parse', 'HEAD');
    };
    const first = commit({ 'gitopshq.yaml': 'x: 1\n', 'workloads/api/values.yaml': 'a: 1\n' });
    return { dir, git, commit, first };
  }

  const push = (dir: string, before: string, after: string) =>
    runStep(route, { BEFORE: before, AFTER: after }, dir);

  it('a release for one environment (its layer, or a tenant layer in it) takes that environment', () => {
    const { dir, commit, first } = repo();
    const prod = commit({ 'workloads/api/values/prod.yaml': 'image: {tag: v2}\n' });
    expect(push(dir, first, prod).outputs).toEqual({ deploy: 'true', environment: 'prod' });
    const tenant = commit({ 'workloads/api/values/staging/acme.yaml': 'replicas: 2\n' });
    expect(push(dir, prod, tenant).outputs).toEqual({ deploy: 'true', environment: 'staging' });
  });

  it('a change outside workloads/ deploys nothing; a change to several environments or the base takes the shared group', () => {
    const { dir, commit, first } = repo();
    const docs = commit({ 'README.md': 'hello\n' });
    expect(push(dir, first, docs).outputs).toEqual({ deploy: 'false' });
    const two = commit({
      'workloads/api/values/dev.yaml': 'a: 2\n',
      'workloads/api/values/prod.yaml': 'a: 2\n',
    });
    expect(push(dir, docs, two).outputs).toEqual({ deploy: 'true' });
    const base = commit({ 'workloads/api/values.yaml': 'a: 3\n' });
    expect(push(dir, two, base).outputs).toEqual({ deploy: 'true' });
  });

  const CONFIG = [
    'apiVersion: gitopshq.io/v1',
    'environments:',
    '  - name: dev',
    "  - name: 'prod'   # quoted, with a comment",
    'tenants:',
    '  - name: acme',
    '',
  ].join('\n');

  it('a chart upgrade (workload.yaml source.versions.<env>) takes that environment', () => {
    const { dir, commit } = repo();
    const workload = (prod: string) =>
      `source:\n  type: helm\n  chart: oci://x/api\n  versions:\n    dev: 1.2.0\n    prod: ${prod}\n`;
    const start = commit({ 'gitopshq.yaml': CONFIG, 'workloads/api/workload.yaml': workload('1.1.0') });
    const upgrade = commit({ 'workloads/api/workload.yaml': workload('1.2.0') });
    expect(push(dir, start, upgrade).outputs).toEqual({ deploy: 'true', environment: 'prod' });
    // A workload.yaml change naming no environment (the chart itself): the shared group.
    const chart = commit({ 'workloads/api/workload.yaml': workload('1.2.0').replace('x/api', 'y/api') });
    expect(push(dir, upgrade, chart).outputs).toEqual({ deploy: 'true' });
  });

  it("a Kustomize release (its environment's overlay, by folder name or workload.yaml's overlays map) takes that environment", () => {
    const { dir, commit } = repo();
    const start = commit({
      'gitopshq.yaml': CONFIG,
      'workloads/web/workload.yaml': 'source:\n  type: kustomize\n',
      'workloads/web/overlays/prod/kustomization.yaml': 'images: []\n',
      'workloads/shop/workload.yaml':
        'source:\n  type: kustomize\n  overlays:\n    dev: ./overlays/development/   # the dev cluster\n    prod: "overlays/production"\n',
      'workloads/shop/overlays/production/kustomization.yaml': 'images: []\n',
      'workloads/shop/base/deployment.yaml': 'kind: Deployment\n',
    });
    const web = commit({
      'workloads/web/overlays/prod/kustomization.yaml': 'images: [{name: web, newTag: v2}]\n',
    });
    expect(push(dir, start, web).outputs).toEqual({ deploy: 'true', environment: 'prod' });
    const shop = commit({
      'workloads/shop/overlays/production/kustomization.yaml': 'images: [{name: shop, newTag: v2}]\n',
    });
    expect(push(dir, web, shop).outputs).toEqual({ deploy: 'true', environment: 'prod' });
    const dev = commit({ 'workloads/shop/overlays/development/kustomization.yaml': 'images: []\n' });
    expect(push(dir, shop, dev).outputs).toEqual({ deploy: 'true', environment: 'dev' });
    // The base every overlay shares: the shared group.
    const base = commit({ 'workloads/shop/base/deployment.yaml': 'kind: Deployment # v2\n' });
    expect(push(dir, dev, base).outputs).toEqual({ deploy: 'true' });
  });

  it('after a force push (before unknown) it routes by what the last commit changed', () => {
    const { dir, commit } = repo();
    const dev = commit({ 'workloads/api/values/dev.yaml': 'a: 2\n' });
    expect(push(dir, '0000000000000000000000000000000000000000', dev).outputs).toEqual({
      deploy: 'true',
      environment: 'dev',
    });
  });

  it('a merge commit is routed by what it brought into main (its first parent)', () => {
    const { dir, git, commit, first } = repo();
    git('checkout', '-q', '-b', 'release');
    commit({ 'workloads/api/values/prod.yaml': 'a: 9\n' });
    git('checkout', '-q', 'main');
    commit({ 'README.md': 'main moved\n' });
    git('merge', '-q', '--no-ff', '-m', 'Merge release', 'release');
    const merge = git('rev-parse', 'HEAD');
    expect(push(dir, 'ffffffffffffffffffffffffffffffffffffffff', merge).outputs).toEqual({
      deploy: 'true',
      environment: 'prod',
    });
    expect(push(dir, first, merge).outputs.deploy).toBe('true');
  });
});
