#!/usr/bin/env node
// One @vercel/ncc bundle per action, discovered by listing actions/*/action.yml, plus the root entry action
// (dist/main) and the command line (dist/cli). Run after `tsc --noEmit` (see the `build` npm script).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

const actions = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
  .map((d) => d.name)
  .sort();
const only = process.argv.slice(2);
// The isolated renderer (docs/architecture.md#untrusted-input) is a program of its own that preview spawns with
// process.execPath under Node's permission model; its entry lives in src/render, beside the code it runs.
const entries = { 'render-child': join(root, 'src', 'render', 'isolation-entry.ts') };
const bundles = [...actions, 'main', 'cli', 'render-child'].filter(
  (name) => only.length === 0 || only.includes(name),
);

for (const name of bundles) {
  const entry = entries[name] ?? join(root, 'src', 'entrypoints', `${name}.ts`);
  if (!existsSync(entry))
    throw new Error(`${relative(root, entry)} is missing: every action needs an entry point`);
  const started = Date.now();
  const { code, assets } = await ncc(entry, {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2024',
    // `npm run build` type-checks the whole project with tsc first; ncc only transpiles and bundles (4 s, not 20 s).
    transpileOnly: true,
    // @kubernetes/client-node is loaded lazily by verify-health only; other bundles must never contain it.
    externals: [],
  });
  const outDir = join(root, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.js'), code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), asset.source);
  }
  // @kubernetes/client-node is for verify-health only (loaded lazily, as a chunk of its own): any other action's
  // bundle that carries it grew by megabytes for nothing, so the build fails and names the bundle. The all-in-one
  // action (main) and the CLI run verify-health too, so they may carry it, but only in a lazy chunk: their index.js,
  // what every start loads, never does.
  const hasClient = (text) => text.includes('class KubernetesObjectApi');
  const inChunks = Object.values(assets ?? {}).some((a) => hasClient(String(a.source)));
  const runsVerifyHealth = ['verify-health', 'main', 'cli'].includes(name);
  if (hasClient(code) || (inChunks && !runsVerifyHealth)) {
    throw new Error(
      `dist/${name}${hasClient(code) ? '/index.js' : ''} contains @kubernetes/client-node: only verify-health may load src/kube/client-node-adapter.ts, with await import()`,
    );
  }
  const kb = Math.round(Buffer.byteLength(code) / 1024);
  console.log(`dist/${name}/index.js  ${kb} KiB  ${Date.now() - started} ms`);
}
