import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOnPath, runProcess } from '../../../src/process/run-process.js';
import { tmpDir } from '../../helpers/tmp.js';

// Real child processes (node itself, so the test needs nothing else installed).
const node = process.execPath;
const script = (code: string, ...args: string[]) => ['-e', code, ...args];

describe('runProcess', () => {
  it('returns the exit code, stdout and stderr, and takes arguments literally (no shell)', async () => {
    const r = await runProcess(
      node,
      script(
        'console.log(JSON.stringify(process.argv.slice(1))); console.error("warn"); process.exit(3)',
        '$(rm -rf /)',
        'a;b|c',
        "'q'",
      ),
    );
    expect(r.exitCode).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual(['$(rm -rf /)', 'a;b|c', "'q'"]);
    expect(r.stderr).toBe('warn\n');
    expect(r.signal).toBeUndefined();
    expect(r.timedOut).toBeUndefined();
  });

  it('writes input to stdin, and gives no stdin pipe at all without input', async () => {
    const echo = script(
      'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write("["+s+"]"))',
    );
    expect((await runProcess(node, echo, { input: 'héllo\nworld' })).stdout).toBe('[héllo\nworld]');
    // Without input stdin is /dev/null: a reader sees end of input at once instead of hanging.
    expect((await runProcess(node, echo, { timeoutMs: 10_000 })).stdout).toBe('[]');
  });

  it('a program that exits without reading a large input does not crash us with EPIPE', async () => {
    const r = await runProcess(node, script('process.exit(5)'), { input: 'x'.repeat(8 * 1024 * 1024) });
    expect(r.exitCode).toBe(5);
    expect(r.spawnError).toBeUndefined();
  });

  it('passes exactly the environment and folder given', async () => {
    const dir = tmpDir();
    const r = await runProcess(
      node,
      script('console.log(process.env.ONLY, process.env.HOME, process.cwd())'),
      {
        env: { ONLY: 'this' },
        cwd: dir,
      },
    );
    expect(r.stdout.trim()).toBe(`this undefined ${dir}`);
  });

  it('kills a program that runs past its timeout', async () => {
    const started = Date.now();
    const r = await runProcess(node, script('setTimeout(() => {}, 60_000)'), { timeoutMs: 1000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.timedOut).toBe(true);
    expect(r.signal).toBe('SIGKILL');
    expect(r.exitCode).not.toBe(0);
  });

  it('kills a program whose output passes maxBuffer, keeping the output up to there', async () => {
    const r = await runProcess(node, script('for(;;) process.stdout.write("y".repeat(65536))'), {
      maxBuffer: 100_000,
      timeoutMs: 20_000,
    });
    expect(r.overflow).toBe('stdout');
    expect(r.timedOut).toBeUndefined();
    expect(r.stdout).toBe('y'.repeat(100_000));
  });

  it('reports a program that cannot start as exit 127 with the reason, never as a rejection', async () => {
    const missing = await runProcess('gitopshq-no-such-program', []);
    expect(missing).toMatchObject({ exitCode: 127, spawnError: 'ENOENT', stdout: '', stderr: '' });
    const badDir = await runProcess(node, script('0'), { cwd: join(tmpDir(), 'gone') });
    expect(badDir).toMatchObject({ exitCode: 127, spawnError: 'ENOENT' });
  });
});

describe('findOnPath', () => {
  it('finds an executable file on PATH and skips one that is not executable', () => {
    const a = tmpDir();
    const b = tmpDir();
    writeFileSync(join(a, 'tool'), '#!/bin/sh\n');
    writeFileSync(join(b, 'tool'), '#!/bin/sh\n');
    chmodSync(join(b, 'tool'), 0o755);
    expect(findOnPath('tool', [a, '', b].join(':'))).toBe(join(b, 'tool'));
    expect(findOnPath('tool', a)).toBeUndefined();
  });
});
