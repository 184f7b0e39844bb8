// `gitopshq sandbox up` as a person runs it: one JSON line, a working API and git remote, SIGTERM stops it, and a
// restart on the same --dir keeps the tokens and what happened.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { createClientNodeKube } from '../../../src/kube/client-node-adapter.js';
import { tmpDir } from '../../helpers/tmp.js';

interface SandboxLine {
  api: string;
  git: string;
  repo: string;
  users: Record<string, string>;
  kube: string;
  kubeconfig: string;
}

const root = join(import.meta.dirname, '..', '..', '..');

function start(dir: string): {
  child: ChildProcess;
  line: Promise<SandboxLine>;
  exit: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/entrypoints/cli.ts', 'sandbox', 'up', '--dir', dir],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const line = new Promise<SandboxLine>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', (l) => resolve(JSON.parse(l) as SandboxLine));
    void exit.then((code) => reject(new Error(`sandbox exited ${code} before printing: ${stderr}`)));
  });
  return { child, line, exit };
}

describe('gitopshq sandbox up', () => {
  it('prints one JSON line, serves acme/gitops, stops on SIGTERM and restarts with the same state', async () => {
    const dir = tmpDir('sandbox-');
    const first = start(dir);
    const info = await first.line;
    expect(Object.keys(info.users).sort()).toEqual(
      ['dev-alice', 'gitopshq-bot', 'release-erin', 'rev-bob', 'rev-carol', 'sre-dave'].sort(),
    );
    expect([info.repo, info.api.startsWith(info.git)]).toEqual(['acme/gitops', true]);
    // The cluster simulator: its kubeconfig (owner-only) reaches it through the real client.
    expect(info.kubeconfig).toBe(join(dir, 'kubeconfig'));
    expect(statSync(info.kubeconfig).mode & 0o777).toBe(0o600);
    const kube = createClientNodeKube({ kubeconfig: readFileSync(info.kubeconfig, 'utf8') });
    const namespaces = await kube.list({ apiVersion: 'v1', kind: 'Namespace' });
    expect(namespaces.items.map((n) => n.metadata.name)).toContain('argocd');
    expect(new URL(info.kube).origin).toBe(
      new URL(readFileSync(info.kubeconfig, 'utf8').match(/server: (\S+)/)?.[1] ?? '').origin,
    );
    await kube.close();
    const auth = { authorization: `token ${info.users['gitopshq-bot']}` };
    const repo = (await (await fetch(`${info.api}/repos/acme/gitops`, { headers: auth })).json()) as {
      private: boolean;
      default_branch: string;
    };
    expect([repo.private, repo.default_branch]).toEqual([true, 'main']);
    const readme = await fetch(`${info.api}/repos/acme/gitops/contents/gitopshq.yaml`, { headers: auth });
    expect(readme.status).toBe(200);
    const team = await fetch(`${info.api}/orgs/acme/teams/platform/memberships/rev-carol`, { headers: auth });
    expect(team.status).toBe(200);
    const badSha = await fetch(`${info.api}/repos/acme/gitops/statuses/${'0'.repeat(40)}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success' }),
    });
    expect(badSha.status).toBe(422);

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);

    const second = start(dir);
    const again = await second.line;
    expect(again.users).toEqual(info.users);
    const user = await fetch(`${again.api}/user`, {
      headers: { authorization: `token ${again.users['dev-alice']}` },
    });
    expect(((await user.json()) as { login: string }).login).toBe('dev-alice');
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    // Two cold starts of the CLI under tsx (seeding acme/gitops, the cluster simulator) on a shared 2-core machine.
  }, 120_000);
});
