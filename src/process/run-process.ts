// The one way we run another program to completion: git, helm, kubectl/kustomize, and the sandbox's action
// bundles. Argument arrays only, never a shell, so no branch name, value, chart name or path from a pull request
// can reach one.
//
// Layering (docs/architecture.md#the-dependency-rule): `src/process` sits beside `src/domain` at the bottom: it
// imports nothing of ours, so git, render, state, github, kube and the sandbox may all use it. It is not part of
// the domain because it does I/O, and not part of `git` because render must not depend on git.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface ProcessResult {
  /** The program's exit code; 1 when a signal ended it (see `signal`); 127 when it could not start. */
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The signal that ended the program (a timeout's SIGKILL, or one from outside). */
  signal?: NodeJS.Signals;
  /** Set when the program could not be started at all (e.g. ENOENT: not on PATH). */
  spawnError?: string;
  /** The program ran past `timeoutMs` and was killed. */
  timedOut?: boolean;
  /** The program wrote more than `maxBuffer` bytes to this stream and was killed; the output is cut there. */
  overflow?: 'stdout' | 'stderr';
}

export interface ProcessOptions {
  cwd?: string;
  /** The whole environment of the program (default: this process's); merge `process.env` in yourself. */
  env?: NodeJS.ProcessEnv;
  /** Written to the program's stdin, which is then closed. Without it stdin is not a pipe at all. */
  input?: string | Buffer;
  /** Kill the program (SIGKILL) after this many milliseconds. Default: no limit. */
  timeoutMs?: number;
  /** Kill the program (SIGKILL) when this aborts. */
  signal?: AbortSignal;
  /** Kill the program once stdout or stderr holds more than this many bytes. Default 256 MiB. */
  maxBuffer?: number;
  /**
   * Hands stdout to this function chunk by chunk as it arrives, instead of collecting it (the result's stdout is
   * then empty, and maxBuffer does not apply to it): a reader can work while the program still writes.
   */
  onStdout?: (chunk: Buffer) => void;
}

export const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;

/**
 * Runs `command` with `args` and resolves once it has exited and its output is read; it never rejects for
 * anything the program does (a non-zero exit, a signal, not being found): the caller reads the result.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // No stdin pipe unless there is input: a pipe the program never reads raises EPIPE when it exits first.
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const sizes = { stdout: 0, stderr: 0 };
    let overflow: ProcessResult['overflow'];
    let timedOut = false;
    let spawnError: string | undefined;

    const collect = (stream: 'stdout' | 'stderr') => (data: Buffer) => {
      if (overflow) return;
      const room = maxBuffer - sizes[stream];
      chunks[stream].push(data.length > room ? data.subarray(0, room) : data);
      sizes[stream] += Math.min(data.length, room);
      if (data.length > room) {
        overflow = stream;
        child.kill('SIGKILL');
      }
    };
    const onStdout = options.onStdout;
    child.stdout?.on('data', onStdout ?? collect('stdout'));
    child.stderr?.on('data', collect('stderr'));

    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.timeoutMs);

    const abort = () => child.kill('SIGKILL');
    if (options.signal?.aborted) abort();
    else options.signal?.addEventListener('abort', abort, { once: true });

    // 'error' comes when the program cannot start (then 'close' follows with no exit code) or cannot be killed.
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError ??= e.code ?? e.message;
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      const result: ProcessResult = {
        // A program that never started has no pid; Node then reports the errno (e.g. -2) as its exit code.
        exitCode: child.pid === undefined ? 127 : (code ?? 1),
        stdout: Buffer.concat(chunks.stdout).toString('utf8'),
        stderr: Buffer.concat(chunks.stderr).toString('utf8'),
      };
      if (signal) result.signal = signal;
      if (spawnError !== undefined) result.spawnError = spawnError;
      if (timedOut) result.timedOut = true;
      if (overflow) result.overflow = overflow;
      resolve(result);
    });

    if (child.stdin) {
      // The program may exit before reading all of its input (e.g. on an error): its exit code says what happened.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
  });
}

/** The absolute path of `name` on PATH, or undefined. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}
