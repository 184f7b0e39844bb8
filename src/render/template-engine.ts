// The built-in chart format (docs/architecture.md#template-format): a folder of nunjucks templates, rendered
// in-process. Strict: an undefined value never becomes an empty string; the error names the file, line and variable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nunjucks from 'nunjucks';
import type { TreeEntry } from '../domain/repo-paths.js';
import {
  type EngineFinding,
  type EngineInput,
  failed,
  folderFiles,
  type PreparedRender,
  type RenderEngine,
  repoRelative,
  resolveInRepo,
} from './engine.js';
import { stringifyObject } from './normalize.js';
import { hardenNunjucks } from './nunjucks-hardening.js';
import { repoPaths } from './repo-paths.js';
import { sha256, stableJson } from './session.js';
import type { RawChunk } from './types.js';

const REQUIRED_MARK = 'gitopshq-required: ';

/** The context every template sees (docs/architecture.md#template-format, "Rendering context"). */
export function templateContext(input: EngineInput): Record<string, unknown> {
  const { workload, target } = input;
  const instance = [workload.name, target.environment, target.tenant].filter(Boolean).join('-');
  const selectorLabels = { 'app.kubernetes.io/name': workload.name, 'app.kubernetes.io/instance': instance };
  const labels: Record<string, string> = {
    ...selectorLabels,
    'app.kubernetes.io/managed-by': 'gitopshq',
    'gitopshq.io/environment': target.environment,
  };
  if (target.tenant) labels['gitopshq.io/tenant'] = target.tenant;
  return {
    values: input.values,
    workload: { name: workload.name, namespace: workload.namespace },
    environment: target.environment,
    tenant: target.tenant,
    fullname: workload.name,
    labels,
    selectorLabels,
  };
}

// Filters hand `undefined` through rather than turning it into text, so nunjucks' own output check fires with
// the line and column of the `{{ }}` that used the missing value.
function indentLines(s: unknown, n: unknown): string | undefined {
  if (s === undefined || s === null) return undefined;
  const pad = ' '.repeat(Number(n) || 0);
  return String(s)
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

function makeEnvironment(dir: string): nunjucks.Environment {
  hardenNunjucks();
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir), {
    autoescape: false,
    throwOnUndefined: true,
  });
  env.addFilter('toYaml', (v: unknown) =>
    v === undefined ? undefined : stringifyObject(v).replace(/\n$/, ''),
  );
  env.addFilter('indent', (s: unknown, n: unknown) => indentLines(s, n));
  env.addFilter('nindent', (s: unknown, n: unknown) => {
    const r = indentLines(s, n);
    return r === undefined ? undefined : `\n${r}`;
  });
  env.addFilter('quote', (v: unknown) =>
    v === undefined || v === null ? undefined : JSON.stringify(String(v)),
  );
  env.addFilter('b64enc', (v: unknown) =>
    v === undefined || v === null ? undefined : Buffer.from(String(v)).toString('base64'),
  );
  env.addFilter('required', (v: unknown, message: unknown) => {
    if (v === undefined || v === null || v === '') throw new Error(`${REQUIRED_MARK}${String(message)}`);
    return v;
  });
  return env;
}

/** Every `*.yaml` (and `*.yml`) of the templates folder that is not a partial (`_` or `.` starts a name), sorted. */
function templateFiles(files: readonly TreeEntry[]): string[] {
  return files
    .map((f) => f.rel)
    .filter((rel) => /\.ya?ml$/.test(rel) && rel.split('/').every((seg) => !/^[_.]/.test(seg)))
    .sort();
}

export class TemplateEngine implements RenderEngine {
  readonly type = 'template' as const;

  prepare(input: EngineInput): PreparedRender {
    const source = input.workload.source;
    const rel = source.type === 'template' ? source.path || 'templates' : 'templates';
    const dir = resolveInRepo(input, rel);
    const workloadFile = repoRelative(input, join(input.workloadDir, 'workload.yaml'));
    if (!dir) {
      return failed(`${input.workloadDir}:${rel}`, {
        severity: 'error',
        rule: 'template',
        file: workloadFile,
        message: `source.path '${rel}' points outside the repository`,
      });
    }
    let tree: ReturnType<typeof folderFiles>;
    try {
      tree = folderFiles(input, dir, 'template');
    } catch {
      return failed(dir, {
        severity: 'error',
        rule: 'template',
        file: workloadFile,
        message: `the templates folder ${repoRelative(input, dir)} does not exist (source.path '${rel}')`,
      });
    }
    if ('refused' in tree) return failed(`${dir}:outside`, tree.refused);
    const context = templateContext(input);
    const key = sha256('template', tree.hash, stableJson(context));
    const files = templateFiles(tree.files);
    return { key, run: async () => this.render(input, dir, files, context) };
  }

  private render(input: EngineInput, dir: string, files: string[], context: Record<string, unknown>) {
    const envs = input.session.cache<nunjucks.Environment>('template-env');
    let env = envs.get(dir);
    if (!env) {
      env = makeEnvironment(dir);
      envs.set(dir, env);
    }
    const chunks: RawChunk[] = [];
    const findings: EngineFinding[] = [];
    if (files.length === 0) {
      findings.push({
        severity: 'error',
        rule: 'template',
        file: repoRelative(input, dir),
        message: 'the templates folder has no *.yaml template (files starting with _ are partials)',
      });
    }
    for (const file of files) {
      const source = repoRelative(input, join(dir, file));
      input.session.progress?.(source);
      try {
        chunks.push({ source, file: source, text: env.render(file, context) });
      } catch (e) {
        findings.push(explainTemplateError((e as Error).message, source, input.repoRoot, context));
      }
    }
    return { chunks, findings };
  }
}

/**
 * Turns nunjucks' `(path) [Line N, Column M]\n  message` into a finding at that position; for an undefined
 * output, reads the expression at the position and names the first part of it that is missing.
 */
export function explainTemplateError(
  raw: string,
  fallbackFile: string,
  repoRoot: string,
  context: Record<string, unknown>,
): EngineFinding {
  // Errors from included partials nest: the last `(file) [Line, Column]` header is where it happened.
  const headers = [...raw.matchAll(/\(([^\n()]+)\)(?: \[Line (\d+), Column (\d+)\])?\n\s*/g)];
  const last = headers[headers.length - 1];
  // A template controls part of the text (a `required` message), so a header could name any path: only a file
  // inside the repository is ever read to explain an error.
  const named = last?.[1] ? repoPaths(repoRoot).resolve(last[1]) : undefined;
  const absFile = named?.kind === 'file' ? named.abs : undefined;
  const file = named && named.kind !== 'outside' && named.kind !== 'dir' ? named.rel : fallbackFile;
  let message = (last ? raw.slice((last.index ?? 0) + last[0].length) : raw).trim();
  // Runtime errors (a failed call, a throwing filter) arrive as `Error: ...` with 0-based positions; parse errors
  // and undefined outputs with 1-based ones.
  const zeroBased = /^\w*Error: /.test(message);
  message = message.replace(/^\w*Error: /, '');
  let line = last?.[2] ? Number(last[2]) + (zeroBased ? 1 : 0) : 1;
  let col = last?.[3] ? Number(last[3]) + (zeroBased ? 1 : 0) : 1;
  const text = absFile ? safeRead(absFile) : undefined;
  if (message.includes(REQUIRED_MARK)) {
    message = message.slice(message.indexOf(REQUIRED_MARK) + REQUIRED_MARK.length);
    const pos = text ? findRequired(text, message) : undefined;
    if (pos) [line, col] = pos;
    message = `required value missing: ${message}`;
  } else if (message.startsWith('attempted to output null or undefined value') && text) {
    const expr = expressionAt(text, line, col);
    if (expr) message = describeUndefined(expr, context);
  }
  return { severity: 'error', rule: 'template', file, line, col, message };
}

function safeRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The text inside the `{{ ... }}` that starts at (or encloses) line:col (nunjucks' 1-based position). */
export function expressionAt(text: string, line: number, col: number): string | undefined {
  const lines = text.split('\n');
  const lineText = lines[line - 1];
  if (lineText === undefined) return undefined;
  const start = lineText.lastIndexOf('{{', Math.max(0, col - 1));
  if (start < 0) return undefined;
  const rest = lines
    .slice(line - 1)
    .join('\n')
    .slice(start + 2);
  const end = rest.indexOf('}}');
  return (end < 0 ? rest : rest.slice(0, end)).replace(/^-/, '').replace(/-$/, '').trim();
}

/** `values.image.tag is undefined (values.image has no key 'tag')`, walking the rendering context. */
export function describeUndefined(expr: string, context: Record<string, unknown>): string {
  const paths = expr.match(/[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[\d+\]|\[(?:"[^"]*"|'[^']*')\])*/g) ?? [];
  for (const p of paths) {
    const segments = p.match(/[A-Za-z_][\w]*|\[\d+\]|\[(?:"[^"]*"|'[^']*')\]/g) ?? [];
    const root = segments[0];
    if (root === undefined || !(root in context)) continue;
    let cur: unknown = context;
    let walked = '';
    for (const seg of segments) {
      const key = seg.startsWith('[') ? seg.slice(1, -1).replace(/^["']|["']$/g, '') : seg;
      const next =
        cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined;
      const here = walked ? (seg.startsWith('[') ? `${walked}${seg}` : `${walked}.${seg}`) : seg;
      if (next === undefined || next === null) {
        const what = next === null ? 'is null' : 'is undefined';
        const hint =
          root === 'values'
            ? `; set ${here} in the workload's values (values.yaml, values/<env>.yaml or values/<env>/<tenant>.yaml) or use \`| default(...)\``
            : '';
        return `${here} ${what} (in \`{{ ${expr} }}\`)${hint}`;
      }
      cur = next;
      walked = here;
    }
  }
  return `\`{{ ${expr} }}\` is undefined or null`;
}

function findRequired(text: string, message: string): [number, number] | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const at = l.indexOf(message);
    if (at >= 0 && l.includes('required')) {
      const open = l.lastIndexOf('{{', at);
      return [i + 1, (open >= 0 ? open : at) + 1];
    }
  }
  return undefined;
}
