// The isolated renderer's processes (docs/architecture.md#untrusted-input). Starting one costs a Node start and
// the bundle's load (most of an isolated render of a small template), so a process serves render after render
// of one checkout: base and head never share one, so a pull request's render cannot change what base's looks
// like. A process that ran past the time limit, ran out of memory or crashed is killed and never reused.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ProcessResult } from '../process/run-process.js';
import type { EngineOutput } from './engine.js';
import { type BrokerContext, runBrokered } from './isolation-broker.js';
import type { ChildMessage, ParentMessage, RenderJob } from './isolation-child.js';

/** Node's flags for the child: what it may read and write, and nothing else. */
export function isolationArgs(o: { reads: readonly string[]; write: string; memoryMb: number }): string[] {
  return [
    '--permission',
    ...o.reads.map((r) => `--allow-fs-read=${r}`),
    `--allow-fs-write=${o.write}`,
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${o.memoryMb}`,
  ];
}

export interface JobResult {
  output?: EngineOutput;
  timedOut: boolean;
  /** The template file the render was at (the last progress message). */
  lastFile?: string;
  stderr: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
}

class IsolatedProcess {
  readonly tempDir = realpathSync(mkdtempSync(join(tmpdir(), 'gitopshq-isolated-')));
  private readonly child: ChildProcess;
  private stderr = '';
  private current: ((m: ChildMessage) => void) | undefined;
  readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(entry: string, root: string, memoryMb: number) {
    const bundleDir = dirname(entry);
    this.child = spawn(
      process.execPath,
      [...isolationArgs({ reads: [root, bundleDir, this.tempDir], write: this.tempDir, memoryMb }), entry],
      // No environment: the runner's tokens stay in this process.
      { cwd: this.tempDir, env: {}, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' },
    );
    this.child.stderr?.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString('utf8')).slice(-8192);
    });
    this.child.on('message', (m: ChildMessage) => this.current?.(m));
    this.child.on('error', (e) => {
      this.stderr += `\n${e.message}`;
    });
    // 'exit' and the end of stderr, not 'close': after disconnect() Node never emits 'close' for a child with an
    // IPC channel, and stderr must be read to the end to tell an out-of-memory death from another.
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      this.child.on('exit', (code, signal) => resolve({ code, signal }));
      // A process that never started has no 'exit' to wait for.
      this.child.on('error', () => {
        if (this.child.pid === undefined) resolve({ code: 127, signal: null });
      });
    });
    const drained = new Promise<void>((resolve) => {
      if (!this.child.stderr) resolve();
      this.child.stderr?.on('close', () => resolve());
    });
    this.closed = Promise.all([exited, drained]).then(([e]) => e);
  }

  /** One render: the job goes out, tool requests are served, the limit is kept; every process ends with it. */
  async render(job: RenderJob, broker: BrokerContext, timeoutMs: number): Promise<JobResult> {
    const started = Date.now();
    const abort = new AbortController();
    const tools = new Set<Promise<unknown>>();
    const result: JobResult = { timedOut: false, stderr: '', exitCode: null, signal: null };
    const reply = (m: ParentMessage) => {
      if (this.child.connected) this.child.send(m, () => {});
    };
    const done = new Promise<void>((resolve) => {
      this.current = (m) => {
        if (m.type === 'progress') result.lastFile = m.file;
        else if (m.type === 'done') {
          result.output = m.output;
          resolve();
        } else if (m.type === 'tool') {
          const remaining = Math.max(1, timeoutMs - (Date.now() - started));
          const run = runBrokered(m.program, m.args, broker, {
            timeoutMs: remaining,
            signal: abort.signal,
          }).then((r: ProcessResult) => reply({ type: 'tool-result', id: m.id, result: r }));
          tools.add(run);
          void run.finally(() => tools.delete(run));
        }
      };
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    reply(job);
    const ended = await Promise.race([done.then(() => 'done' as const), this.closed, timeout]);
    clearTimeout(timer);
    this.current = undefined;
    if (ended !== 'done') {
      result.timedOut = ended === 'timeout';
      this.child.kill('SIGKILL');
      abort.abort();
      const closed = await this.closed;
      result.exitCode = closed.code;
      result.signal = closed.signal;
      result.stderr = this.stderr;
    }
    // helm or kubectl may still be ending after an abort: the render is over only when they are.
    await Promise.allSettled([...tools]);
    return result;
  }

  get healthy(): boolean {
    return this.child.connected && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Lets the process end (it exits once its IPC channel closes), kills it if it does not, removes its folder. */
  async close(): Promise<void> {
    if (this.child.connected) this.child.disconnect();
    const grace = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.closed;
    clearTimeout(grace);
    rmSync(this.tempDir, { recursive: true, force: true });
  }
}

export class IsolatedPool {
  private readonly idle = new Map<string, IsolatedProcess[]>();
  private readonly all = new Set<IsolatedProcess>();

  constructor(
    private readonly entry: string,
    private readonly memoryMb: number,
  ) {}

  async render(
    root: string,
    job: Omit<RenderJob, 'tempDir'>,
    broker: Omit<BrokerContext, 'tempDir' | 'roots'>,
    timeoutMs: number,
  ): Promise<JobResult> {
    const proc = this.idle.get(root)?.pop() ?? this.start(root);
    const result = await proc.render(
      { ...job, tempDir: proc.tempDir },
      { ...broker, roots: [root], tempDir: proc.tempDir },
      timeoutMs,
    );
    if (result.output && proc.healthy) this.idle.set(root, [...(this.idle.get(root) ?? []), proc]);
    else await this.retire(proc);
    return result;
  }

  private start(root: string): IsolatedProcess {
    const proc = new IsolatedProcess(this.entry, root, this.memoryMb);
    this.all.add(proc);
    return proc;
  }

  private async retire(proc: IsolatedProcess): Promise<void> {
    this.all.delete(proc);
    await proc.close();
  }

  async dispose(): Promise<void> {
    this.idle.clear();
    await Promise.all([...this.all].map((p) => this.retire(p)));
  }
}
