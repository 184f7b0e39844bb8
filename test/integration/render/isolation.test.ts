// A fork's pull request is attacker-controlled: its templates, charts and kustomizations render in the isolated
// renderer (src/render/isolation.ts, the built dist/render-child/index.js) with real helm and kubectl behind
// the broker. Each hostile input gets a finding naming its file, and the runner is untouched: the secret file is
// in no output, no file appears outside the render's temp folder, no connection arrives, no process is left.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedWorkload } from '../../../src/domain/repo-snapshot.js';
import { defaultChildEntry, isolationArgs } from '../../../src/render/isolation.js';
import { runBrokered } from '../../../src/render/isolation-broker.js';
import { renderTargets } from '../../../src/render/planner.js';
import { workloadTargets } from '../../../src/render/targets.js';
import { formatRenderFinding, type RenderedSet } from '../../../src/render/types.js';
import { writeExampleRepo } from '../../../src/state/example-repo.js';
import { loadRepo } from '../../../src/state/repo.js';
import { tmpDir } from '../../helpers/tmp.js';
import { config, snapshot, workload, writeFiles } from './fixtures.js';

const entry = defaultChildEntry() ?? '';
const SECRET = '/etc/passwd';
const js = (code: string) => `{{ range.constructor(${JSON.stringify(code)})() }}`;
const cm = (body: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  v: "${body}"\n`;

let server: Server;
let connections = 0;
let port = 0;
const pwned = join(tmpdir(), `gitopshq-pwned-${process.pid}`);

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first`);
  server = createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function templates(root: string, name: string, files: Record<string, string>): LoadedWorkload {
  writeFiles(
    root,
    Object.fromEntries(Object.entries(files).map(([f, t]) => [`workloads/${name}/templates/${f}`, t])),
  );
  return workload(root, { name, source: { type: 'template', path: 'templates' }, environments: ['dev'] });
}

function helmChart(root: string, name: string, template: string): LoadedWorkload {
  writeFiles(root, {
    [`workloads/${name}/chart/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
    [`workloads/${name}/chart/templates/cm.yaml`]: template,
  });
  return workload(root, {
    name,
    source: { type: 'helm', chart: 'chart', versions: {} },
    environments: ['dev'],
  });
}

function kustomization(root: string, name: string, files: Record<string, string>): LoadedWorkload {
  writeFiles(root, Object.fromEntries(Object.entries(files).map(([f, t]) => [`workloads/${name}/${f}`, t])));
  return workload(root, { name, source: { type: 'kustomize', overlay: 'overlay' }, environments: ['dev'] });
}

/** Processes whose command line names `path` (the child's --allow-fs-read, helm's chart folder). */
function processesNaming(path: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(path) && !l.includes('ps -eo'));
}

function isolatedTemps(): string[] {
  return readdirSync(tmpdir()).filter((n) => n.startsWith('gitopshq-isolated-'));
}

function errorsOf(sets: RenderedSet[], workloadName: string): string[] {
  const set = sets.find((s) => s.target.workload === workloadName);
  return (set?.findings ?? []).filter((f) => f.severity === 'error').map(formatRenderFinding);
}

describe('rendering a fork pull request in the isolated renderer', () => {
  it('turns every hostile template, chart and kustomization into a finding and leaves the runner untouched', async () => {
    const root = tmpDir();
    const fileOf = (what: string) => `workloads/${what}/templates/cm.yaml`;
    const workloads = [
      templates(root, 'read', {
        'cm.yaml': cm(js(`return process.mainModule.require('fs').readFileSync('${SECRET}','utf8')`)),
      }),
      templates(root, 'spawn', {
        'cm.yaml': cm(js(`return process.mainModule.require('child_process').execSync('touch ${pwned}')`)),
      }),
      templates(root, 'socket', {
        'cm.yaml': cm(js(`return process.mainModule.require('net').connect(${port},'127.0.0.1')`)),
      }),
      templates(root, 'loop', {
        'cm.yaml': cm(
          '{% for a in range(0, 100000) %}{% for b in range(0, 100000) %}{% endfor %}{% endfor %}',
        ),
      }),
      templates(root, 'recurse', { 'cm.yaml': cm('{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}') }),
      templates(root, 'link', { 'cm.yaml': cm('ok') }),
      helmChart(root, 'helmread', `${cm('{{ .Files.Get "../../../../../../../../etc/passwd" | b64enc }}')}`),
      helmChart(
        root,
        'helmloop',
        cm('{{ range $i := until 100000 }}{{ range $j := until 100000 }}{{ end }}{{ end }}'),
      ),
      kustomization(root, 'khelm', {
        'overlay/kustomization.yaml':
          'helmCharts:\n  - name: nginx\n    repo: https://charts.example.com\n    version: 1.0.0\n',
      }),
      kustomization(root, 'kexec', {
        'overlay/kustomization.yaml': 'generators:\n  - gen.yaml\n',
        'overlay/gen.yaml': `apiVersion: example.com/v1\nkind: Pwn\nmetadata:\n  name: pwn\n  annotations:\n    config.kubernetes.io/function: |\n      exec:\n        path: /bin/touch\n`,
      }),
    ];
    symlinkSync(SECRET, join(root, 'workloads/link/templates/leak.yaml'));
    const snap = snapshot(root, config(['dev']), workloads);
    const before = isolatedTemps();

    const items = workloads.map((w) => ({
      target: { workload: w.config.name, environment: 'dev' },
      snapshot: snap,
    }));
    // 32 characters doubled 23 times: 256 MiB of text once upper() flattens it. The heap limit must stop it, not
    // the time limit, so it gets more time (V8 tries hard before it gives up, seconds on a loaded machine).
    const bomb = templates(root, 'memory', {
      'cm.yaml': cm(`{% set s = "${'x'.repeat(32)}" %}${'{% set s = s + s %}'.repeat(23)}{{ s | upper }}`),
    });
    const bombSnap = snapshot(root, config(['dev']), [bomb]);
    const [{ sets: main }, { sets: bombed }] = await Promise.all([
      renderTargets(items, { isolation: { timeoutMs: 12_000, memoryMb: 96 } }),
      renderTargets([{ target: { workload: 'memory', environment: 'dev' }, snapshot: bombSnap }], {
        isolation: { timeoutMs: 45_000, memoryMb: 96 },
      }),
    ]);
    const sets = [...main, ...bombed];

    // The constructor escape is refused before it can run (and code generation is off besides).
    for (const name of ['read', 'spawn', 'socket']) {
      expect(errorsOf(sets, name)).toEqual([
        `${fileOf(name)}:6:27: error [${name}/dev]: Unable to call \`range["constructor"]\`, which is undefined or falsey`,
      ]);
    }
    expect(errorsOf(sets, 'loop')).toEqual([
      `${fileOf('loop')}: error [loop/dev]: render of loop/dev exceeded 12 s (the time limit of a render) while rendering ${fileOf('loop')}; it was stopped`,
    ]);
    expect(errorsOf(sets, 'recurse').join('\n')).toMatch(/Maximum call stack size exceeded/);
    expect(errorsOf(sets, 'memory')).toEqual([
      `${fileOf('memory')}: error [memory/dev]: render of memory/dev ran out of memory (the limit is 96 MiB) while rendering ${fileOf('memory')}; it was stopped`,
    ]);
    expect(errorsOf(sets, 'link').join('\n')).toContain(`workloads/link/templates/leak.yaml`);
    expect(errorsOf(sets, 'helmloop')).toEqual([
      'workloads/helmloop/workload.yaml: error [helmloop/dev]: render of helmloop/dev exceeded 12 s (the time limit of a render); it was stopped',
    ]);
    expect(errorsOf(sets, 'khelm').join('\n')).toMatch(
      /^workloads\/khelm\/workload.yaml: error \[khelm\/dev\]: kustomize build of workloads\/khelm\/overlay failed: .*must specify --enable-helm$/s,
    );
    expect(errorsOf(sets, 'kexec').join('\n')).toMatch(
      /^workloads\/kexec\/workload.yaml: error \[kexec\/dev\]: kustomize build of workloads\/kexec\/overlay failed/,
    );

    // Helm gives templates only the chart's own files: the path renders as nothing, and the attempt is named.
    const helmRead = sets.find((s) => s.target.workload === 'helmread');
    expect(helmRead?.yaml).toContain('v: ""');
    expect(helmRead?.findings.map(formatRenderFinding)).toEqual([
      "workloads/helmread/chart/templates/cm.yaml:6:10: warning [helmread/dev]: the template asks for ../../../../../../../../etc/passwd, outside the chart: Helm gives templates only the chart's own files, so it renders as empty",
    ]);

    // The runner is untouched.
    const everything = JSON.stringify(sets);
    expect(everything).not.toContain('root:x:0:0');
    expect(everything).not.toContain(Buffer.from('root:x:0:0').toString('base64').slice(0, 12));
    expect(existsSync(pwned)).toBe(false);
    expect(connections).toBe(0);
    expect(processesNaming(root)).toEqual([]);
    expect(isolatedTemps().filter((n) => !before.includes(n))).toEqual([]);
  });
});

describe('the isolated renderer below the template layer', () => {
  it('gives code that did get to run no network, no process, no file outside the checkout and no eval', () => {
    const dir = tmpDir();
    const probe = join(dir, 'probe.mjs');
    // What a template would do if it ever got past nunjucks' hardening: the bundle's bootstrap runs first.
    writeFileSync(
      probe,
      `await import(${JSON.stringify(entry)});
const net = await import('node:net');
const http = await import('node:http');
const dns = await import('node:dns');
const cp = await import('node:child_process');
const fs = await import('node:fs');
const { Worker } = await import('node:worker_threads');
const out = {};
const attempt = async (name, fn) => { try { await fn(); out[name] = 'allowed'; } catch (e) { out[name] = e.code ?? e.name; } };
await attempt('net.connect', () => net.connect(${port}, '127.0.0.1'));
await attempt('new net.Socket().connect', () => new net.Socket().connect(${port}, '127.0.0.1'));
await attempt('http.get', () => http.get('http://127.0.0.1:${port}/'));
await attempt('fetch', () => fetch('http://127.0.0.1:${port}/'));
await attempt('dns.lookup', () => dns.lookup('example.com', () => {}));
await attempt('spawn', () => cp.spawnSync('/bin/sh', ['-c', 'touch ${pwned}']));
await attempt('read ${SECRET}', () => fs.readFileSync('${SECRET}'));
await attempt('write outside', () => fs.writeFileSync('${pwned}', 'x'));
await attempt('worker', () => new Worker('process.exit()', { eval: true }));
await attempt('Function', () => new Function('return 1')());
await attempt('eval', () => eval('1'));
console.log(JSON.stringify(out));
`,
    );
    const args = isolationArgs({ reads: [dirname(entry), dir], write: dir, memoryMb: 96 });
    const r = spawnSync(process.execPath, [...args, probe], { encoding: 'utf8', env: {}, timeout: 30_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      'net.connect': 'ERR_ACCESS_DENIED',
      'new net.Socket().connect': 'ERR_ACCESS_DENIED',
      'http.get': 'ERR_ACCESS_DENIED',
      fetch: 'ERR_ACCESS_DENIED',
      'dns.lookup': 'ERR_ACCESS_DENIED',
      spawn: 'ERR_ACCESS_DENIED',
      [`read ${SECRET}`]: 'ERR_ACCESS_DENIED',
      'write outside': 'ERR_ACCESS_DENIED',
      worker: 'ERR_ACCESS_DENIED',
      Function: 'EvalError',
      eval: 'EvalError',
    });
    expect(connections).toBe(0);
    expect(existsSync(pwned)).toBe(false);
  });

  it('runs helm and kubectl for it only as the broker allows', async () => {
    const root = tmpDir();
    const temp = tmpDir();
    const ctx = { roots: [root], tempDir: temp };
    const limits = { timeoutMs: 20_000, signal: new AbortController().signal };
    const post = await runBrokered(
      'helm',
      ['template', 'x', root, '--post-renderer', '/bin/sh'],
      ctx,
      limits,
    );
    expect(post).toEqual({
      exitCode: 126,
      stdout: '',
      stderr:
        'refused by the render broker: helm flag --post-renderer is not allowed in an isolated render (it runs a program)',
    });
    const outside = await runBrokered('kubectl', ['kustomize', '/etc'], ctx, limits);
    expect(outside.stderr).toBe(
      'refused by the render broker: kustomize folder /etc is not inside the checkout',
    );
  });
});

describe('the example repository through the isolated renderer', () => {
  it('renders byte for byte what the in-process renderer does', async () => {
    const dir = tmpDir();
    await writeExampleRepo(dir);
    const snap = await loadRepo(dir);
    // The example has no kustomization: Flux's podinfo (test/fixtures/kustomize) stands in.
    cpSync(
      join(import.meta.dirname, '../../fixtures/kustomize/podinfo'),
      join(dir, 'workloads/podinfo/overlay'),
      {
        recursive: true,
      },
    );
    const podinfo = workload(dir, {
      name: 'podinfo',
      source: { type: 'kustomize', overlay: 'overlay' },
      environments: ['dev'],
    });
    snap.workloads.set('podinfo', podinfo);
    const items = [...snap.workloads.values()].flatMap((w) =>
      workloadTargets(snap.config, w.config).map((target) => ({ target, snapshot: snap })),
    );
    const types = new Set([...snap.workloads.values()].map((w) => w.config.source.type));
    expect(types).toEqual(new Set(['template', 'helm', 'kustomize']));
    const inProcess = await renderTargets(items);
    const isolated = await renderTargets(items, { isolation: {} });
    expect(isolated.sets.map((s) => s.findings)).toEqual(inProcess.sets.map((s) => s.findings));
    expect(isolated.sets.map((s) => s.yaml)).toEqual(inProcess.sets.map((s) => s.yaml));
    expect(isolated.sets.every((s) => s.manifests.length > 0)).toBe(true);
  });
});
