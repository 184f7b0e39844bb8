#!/usr/bin/env node
// The logic behind .github/workflows/release.yml's shell steps, kept here so that a test runs exactly what the
// workflow runs: from the pushed tag, decide the version, the major tag to move and the npm dist-tag, check that
// package.json and CHANGELOG.md agree with the tag, and write the release notes (the tag's CHANGELOG section).
//
//   node scripts/release-plan.mjs --tag v1.2.3 --notes-out notes.md
//
// Outputs go to $GITHUB_OUTPUT when set (else stdout) as `key=value` lines; every value is checked against a strict
// pattern first, so nothing a tag name carries can forge another output line. Exit 1 with one line saying what to
// change when the tag, package.json or CHANGELOG.md disagree.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEMVER_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** @param {string} tag */
export function parseTag(tag) {
  const m = SEMVER_TAG.exec(tag);
  if (!m) {
    throw new Error(
      `tag '${tag.replace(/[^\x20-\x7e]/g, '?')}' is not a release tag: push vMAJOR.MINOR.PATCH (e.g. v1.4.0) or a pre-release such as v1.4.0-rc.1`,
    );
  }
  const version = tag.slice(1);
  const prerelease = m[4] !== undefined;
  return {
    version,
    major: `v${m[1]}`,
    prerelease,
    // A pre-release neither moves the major tag users pin (`@v1`) nor becomes npm's `latest`.
    moveMajor: !prerelease,
    npmTag: prerelease ? 'next' : 'latest',
  };
}

/**
 * The body of `## [<version>]` in a Keep a Changelog file, without its heading.
 * @param {string} changelog
 * @param {string} version
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\](?:\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1) {
    throw new Error(
      `CHANGELOG.md has no section for ${version}: rename '## [Unreleased]' to '## [${version}] - YYYY-MM-DD' (and start a new Unreleased section) before tagging`,
    );
  }
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]:\s/.test(l))
    .join('\n')
    .trim();
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty: say what changed`);
  return `${body}\n`;
}

/** @param {{tag: string, packageVersion: string, changelog: string}} input */
export function planRelease({ tag, packageVersion, changelog }) {
  const plan = parseTag(tag);
  if (plan.version !== packageVersion) {
    throw new Error(
      `tag ${tag} does not match package.json's version ${packageVersion}: set "version": "${plan.version}" (npm version ${plan.version} --no-git-tag-version) and tag that commit`,
    );
  }
  return { ...plan, notes: changelogSection(changelog, plan.version) };
}

/** @param {string[]} argv */
function option(argv, name) {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
}

async function main(argv) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const tag = option(argv, '--tag') ?? process.env.RELEASE_TAG ?? '';
  const notesOut = option(argv, '--notes-out');
  const plan = planRelease({
    tag,
    packageVersion: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    changelog: readFileSync(join(root, 'CHANGELOG.md'), 'utf8'),
  });
  if (notesOut) writeFileSync(notesOut, plan.notes);
  const outputs = {
    version: plan.version,
    'major-tag': plan.major,
    'move-major': String(plan.moveMajor),
    prerelease: String(plan.prerelease),
    'npm-tag': plan.npmTag,
  };
  for (const [k, v] of Object.entries(outputs)) {
    if (!/^[0-9A-Za-z.+-]+$/.test(v)) throw new Error(`refusing to write output ${k}: unexpected characters`);
  }
  const text = Object.entries(outputs)
    .map(([k, v]) => `${k}=${v}\n`)
    .join('');
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, text);
  else process.stdout.write(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`release-plan: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
