// Runs the hostile-input corpus (test/fixtures/hostile/, see its README.md) as a table: one describe per category,
// one test per case, one checkout template and (for bundle cases) one GitHub simulator per category. The CLI runs
// in process, as `gitopshq` runs inside a workflow step; a bundle is spawned as a runner spawns it. Every case
// is refused with its exit code and a message naming what to change (the file and line where the input is a
// file), and nothing is written: no file or ref of the checkout, no request that changes GitHub (no commit,
// record, pull request, comment or status), no workflow command started by the hostile text, no output set.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, type ExpectStatic, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { Git } from '../../src/git/git.js';
import { repositoryDispatchEvent } from '../../src/sandbox/events/index.js';
import { runBundle } from '../../src/sandbox/runner/index.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox.js';
import { writeExampleRepo } from '../../src/state/example-repo.js';
import {
  applyFiles,
  BUNDLE_COMMANDS,
  bareRefs,
  CLI_COMMANDS,
  commitState,
  type HostileCase,
  injectedCommands,
  loadCorpus,
  localSnapshot,
  messagesOf,
  writesIn,
} from './hostile-corpus.js';

const BOT = 'gitopshq-bot';
export const CASES = loadCorpus();

/** A stack trace line: a refusal is a sentence, never a crash. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** One describe per category of the corpus (or of `only`), with a test for each of its cases fed through `via`. */
export function describeCorpus(via: HostileCase['via'], only?: readonly string[]): void {
  const ofVia = CASES.filter((c) => c.via === via && (only === undefined || only.includes(c.category)));
  const categories = [...new Set(ofVia.map((c) => c.category))];
  describe.each(categories)('%s', (category) => {
    const cases = ofVia.filter((c) => c.category === category);
    let root: string;
    let template: string;
    let sb: Sandbox | undefined;
    let n = 0;

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), `hostile-${category}-`));
      template = join(root, 'template');
      await writeExampleRepo(template, { git: true });
      if (cases.some((c) => c.via === 'bundle')) sb = await startSandbox({ dir: join(root, 'sandbox') });
    });
    afterAll(async () => {
      await sb?.close();
      rmSync(root, { recursive: true, force: true });
    });

    // Concurrent: a case mostly waits for git, helm or a bundle's process; cases share nothing they write.
    it.concurrent.for(cases)('$id: $about', async (c, { expect }) => {
      if (c.via === 'cli') await runCliCase(expect, c, join(root, `case-${++n}`));
      else await runBundleCase(expect, c, sb as Sandbox, join(root, `case-${++n}`));
    });

    async function runCliCase(expect: ExpectStatic, c: HostileCase, dir: string): Promise<void> {
      cpSync(template, dir, { recursive: true });
      applyFiles(c, dir);
      commitState(c, dir);
      const before = localSnapshot(dir);
      const out: string[] = [];
      const err: string[] = [];
      const argv = (c.argv ?? []).map((a) => a.replaceAll('{repo}', dir));
      const code = await main([...argv, '--repo', dir], {
        stdout: (t) => out.push(t),
        stderr: (t) => err.push(t),
        // As inside a workflow step: the runner reads the CLI's output for workflow commands too.
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      });
      const seen = [...err, ...out].join('\n');
      expect(code, seen).toBe(c.expect.exit);
      for (const m of messagesOf(c)) expect(seen).toContain(m.replaceAll('{repo}', dir));
      expect(seen).not.toMatch(STACK);
      expect(seen).not.toContain('unexpected error');
      expect(injectedCommands(seen, CLI_COMMANDS)).toEqual([]);
      expect(localSnapshot(dir), 'the checkout changed').toBe(before);
    }

    async function runBundleCase(
      expect: ExpectStatic,
      c: HostileCase,
      sandbox: Sandbox,
      dir: string,
    ): Promise<void> {
      const bare = sandbox.sim.store.bareDir({ owner: 'acme', name: 'gitops' });
      const ws = join(dir, 'workspace');
      mkdirSync(dir, { recursive: true });
      await new Git(dir).clone(bare, ws);
      await new Git(ws).exec(['remote', 'set-url', 'origin', sandbox.cloneUrl(BOT)]);
      applyFiles(c, ws);
      const env: Record<string, string> = { ...c.env };
      if (c.eventFile) {
        const path = join(dir, 'event.json');
        if (c.eventFile.missing) env.GITHUB_EVENT_PATH = path;
        else if (c.eventFile.mb !== undefined) {
          const pad = 'x'.repeat(1024 * 1024 - 64);
          writeFileSync(
            path,
            `{"action":"build-done","client_payload":{"pad":[${Array(c.eventFile.mb).fill(`"${pad}"`).join(',')}]}}`,
          );
          env.GITHUB_EVENT_PATH = path;
        } else {
          writeFileSync(path, c.eventFile.text ?? '');
          env.GITHUB_EVENT_PATH = path;
        }
      }
      const refsBefore = bareRefs(bare);
      const localBefore = localSnapshot(ws);
      const from = sandbox.sim.requests.length;
      const r = await runBundle({
        name: c.action,
        inputs: c.inputs ?? {},
        event: c.event
          ? { name: c.event.name, payload: c.event.payload ?? {} }
          : repositoryDispatchEvent({ eventType: 'build-done', clientPayload: {} }),
        workspace: ws,
        token: sandbox.users[BOT],
        apiUrl: sandbox.sim.apiUrl,
        serverUrl: sandbox.sim.gitUrl,
        // The commit a runner checks out: main's tip (a made-up sha would fail for a reason no user meets).
        sha: refsBefore.match(/^refs\/heads\/main ([0-9a-f]{40})$/m)?.[1] ?? '',
        env,
        timeoutMs: 60_000,
      });
      const annotations = r.annotations.map(
        (a) => `${a.file ?? ''}:${a.line ?? ''}:${a.col ?? ''}: ${a.message}`,
      );
      const seen = [r.stdout, r.stderr, r.summary, ...annotations].join('\n');
      expect(r.exitCode, seen).toBe(c.expect.exit);
      for (const m of messagesOf(c)) expect(seen).toContain(m);
      expect(r.stderr).not.toMatch(STACK);
      expect(seen).not.toContain('unexpected error');
      expect(injectedCommands(`${r.stdout}\n${r.stderr}`, BUNDLE_COMMANDS)).toEqual([]);
      // A refused run sets no output at all; a run that does nothing sets only outputs of its own, none forged.
      if (c.expect.exit !== 0) expect(r.outputs).toEqual({});
      for (const [name, value] of Object.entries(r.outputs)) {
        expect(name).toMatch(/^[a-z][a-z-]*$/);
        expect(value).not.toContain('PWNED');
      }
      expect(writesIn(sandbox.sim.requests.slice(from))).toEqual([]);
      expect(bareRefs(bare), 'a ref of the GitHub repository moved').toBe(refsBefore);
      expect(localSnapshot(ws), 'the checkout changed').toBe(localBefore);
    }
  });
}
