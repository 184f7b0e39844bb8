#!/usr/bin/env node
// Installed entry of the `gitopshq` command line: the committed bundle, so no TypeScript tooling is needed.
// gitopshq runs on Node 24 (what GitHub gives JavaScript actions, and what the tests run on). A machine whose own
// node is older still runs it on 24: the package pins Node 24 as its `node` devDependency, and this file hands
// itself over to that binary. Written for old Nodes too: nothing here may need more than Node 18.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);

if (major >= MIN_MAJOR) {
  await import('../dist/cli/index.js');
} else {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const pinned = join(root, 'node_modules', 'node', 'bin', 'node');
  // GITOPSHQ_NODE_HANDOFF guards against a loop should the pinned binary ever report an old version.
  if (!existsSync(pinned) || process.env.GITOPSHQ_NODE_HANDOFF) {
    // A development checkout gets Node 24 from `npm ci`; an installed package has no devDependencies, so npx brings
    // Node 24 along (its bin folder comes first on PATH, where this file's `env node` finds it).
    const checkout = existsSync(join(root, 'package-lock.json'));
    const how = checkout
      ? `Run \`npm ci\` in ${root} (it installs the pinned Node ${MIN_MAJOR} that gitopshq then uses by itself)`
      : `Run it as \`npx -p node@${MIN_MAJOR} -p gitopshq gitopshq ...\``;
    process.stderr.write(
      `gitopshq needs Node ${MIN_MAJOR} or newer; this is ${process.version}. ${how}, or install Node ${MIN_MAJOR}.\n`,
    );
    process.exit(2);
  }
  const child = spawn(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, GITOPSHQ_NODE_HANDOFF: '1' },
  });
  // `sandbox up` serves until SIGTERM/SIGINT: pass them on so the child stops cleanly, then exit as it does.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
