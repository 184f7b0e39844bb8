#!/usr/bin/env node
// Regenerates README.md's action reference (between the action-reference markers) from the action.yml files, so
// the documented inputs and outputs cannot drift from what the runner reads.
//   node scripts/readme-actions.mjs          rewrite the section
//   node scripts/readme-actions.mjs --check  exit 1 when the section is out of date (used by the contract test)
//   --readme FILE                            another file than README.md (tests)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = '<!-- action-reference:start -->';
const END = '<!-- action-reference:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim();
const code = (text) => (text === undefined || text === '' ? '' : `\`${String(text).replace(/`/g, "'")}\``);

function reference(title, uses, action) {
  const lines = [`### ${title}`, '', cell(action.description), '', '```yaml', `- uses: ${uses}`, '```', ''];
  const inputs = Object.entries(action.inputs ?? {});
  if (inputs.length) {
    lines.push('| input | required | default | description |', '| --- | --- | --- | --- |');
    for (const [name, i] of inputs) {
      lines.push(
        `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${cell(code(i.default))} | ${cell(i.description)} |`,
      );
    }
    lines.push('');
  }
  const outputs = Object.entries(action.outputs ?? {});
  if (outputs.length) {
    lines.push('| output | description |', '| --- | --- |');
    for (const [name, o] of outputs) lines.push(`| \`${name}\` | ${cell(o.description)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The markdown between the markers, from the root action.yml and actions/<name>/action.yml in name order. */
export function generateActionReference(dir = root) {
  const load = (file) => parse(readFileSync(file, 'utf8'));
  const names = readdirSync(join(dir, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
  const parts = [
    reference('All in one (`command`)', 'gitopshq/gitopshq-actions@v0', load(join(dir, 'action.yml'))),
    ...names.map((n) =>
      reference(n, `gitopshq/gitopshq-actions/actions/${n}@v0`, load(join(dir, 'actions', n, 'action.yml'))),
    ),
  ];
  return `\n${parts.join('\n')}`;
}

function main() {
  const check = process.argv.includes('--check');
  const at = process.argv.indexOf('--readme');
  const readme = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(root, 'README.md');
  if (!existsSync(readme)) {
    console.error(`readme-actions: ${readme} does not exist`);
    process.exit(1);
  }
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) {
    console.error(
      `readme-actions: README.md needs the markers ${START} and ${END} (in that order) around the action reference`,
    );
    process.exit(1);
  }
  const updated = text.slice(0, start + START.length) + generateActionReference() + text.slice(end);
  if (check) {
    if (updated !== text) {
      console.error(
        "readme-actions: README.md's action reference is out of date: run `node scripts/readme-actions.mjs`",
      );
      process.exit(1);
    }
    console.log("readme-actions: README.md's action reference matches the action.yml files");
    return;
  }
  if (updated !== text) writeFileSync(readme, updated);
  console.log(
    updated === text ? 'readme-actions: README.md already up to date' : 'readme-actions: README.md updated',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
