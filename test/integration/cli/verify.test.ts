// `gitopshq verify` from a terminal: every mistake on the command line is a usage error (exit 2) that says what to
// change, before any cluster or GitHub is reached. The verification itself is tested through the use case and the
// bundle (test/unit/usecases/verify-health*.test.ts, test/e2e/verify-health.test.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { tmpDir } from '../../helpers/tmp.js';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const code = await main(argv, {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    env: { PATH: process.env.PATH, ...env },
  });
  return { code, text: out.join('\n') };
}

describe('gitopshq verify: usage errors', () => {
  it.each([
    [[], {}, /expected --release ID or --env E/],
    [
      ['--env', 'dev', '--source', 'prometheus'],
      {},
      /--source prometheus: expected argocd, flux or kubernetes/,
    ],
    [['--env', 'dev', '--timeout', '5x'], {}, /--timeout 5x: write it like 90s, 10m or 1h/],
    [
      ['--env', 'dev', '--kubeconfig', '/nonexistent/kubeconfig'],
      {},
      /cannot read the kubeconfig \/nonexistent\/kubeconfig/,
    ],
    [
      ['--env', 'dev', '--argocd-server', 'https://argocd.example.com'],
      {},
      /--argocd-server needs the Argo CD token in \$ARGOCD_TOKEN/,
    ],
    [
      ['--env', 'dev'],
      { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'just-a-name' },
      /GITHUB_REPOSITORY must be owner\/name when GITHUB_TOKEN is set/,
    ],
  ] as const)(
    '%j with %j',
    async (args, env, message) => {
      const dir = tmpDir('cli-verify-');
      expect((await run(['init', join(dir, 'gitops')])).code).toBe(0);
      const kubeconfig = join(dir, 'kubeconfig');
      writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
      const r = await run(['verify', ...args, '--repo', join(dir, 'gitops')], {
        KUBECONFIG: kubeconfig,
        ...env,
      });
      expect(r.code, r.text).toBe(2);
      expect(r.text).toMatch(message);
    },
    60_000,
  );
});
