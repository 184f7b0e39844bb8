// One timed run of `gitopshq metrics`, `gitopshq dashboard` or `gitopshq release list` in a process of its own (bench/metrics.ts starts it),
// so every run pays what a user's run pays: schemas compiled, code not yet optimized. Module loading is left out: the
// command's modules are loaded before the clock starts (commands are loaded lazily, src/cli/commands/index.ts, and
// tsx compiles TypeScript as it loads, which no user pays). bench/metrics.ts times the committed bundle as a whole
// process, start-up included, beside it. Prints one JSON line: seconds, cpu seconds, output.
import { COMMANDS } from '../src/cli/commands/index.js';
import { main } from '../src/cli/main.js';

const [command, repo, days] = process.argv.slice(2);
const args =
  command === 'metrics'
    ? ['metrics', '--repo', repo as string, '--since', `${days}d`, '--output', 'json']
    : command === 'release-list'
      ? ['release', 'list', '--repo', repo as string]
      : ['dashboard', '--repo', repo as string, '--out', `${repo}/.site`];
await COMMANDS.find((c) => c.name === (command === 'release-list' ? 'release' : command))?.load();
let out = '';
const cpu = process.cpuUsage();
const started = performance.now();
const code = await main(args, {
  stdout: (t) => {
    out += t;
  },
  stderr: (t) => process.stderr.write(`${t}\n`),
});
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
if (code !== 0) throw new Error(`gitopshq ${command} exited ${code}`);
const deployments =
  command === 'metrics'
    ? (JSON.parse(out) as { metrics: { deployFrequency: { deployments: number } } }).metrics.deployFrequency
        .deployments
    : undefined;
process.stdout.write(
  `${JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, deployments })}\n`,
);
