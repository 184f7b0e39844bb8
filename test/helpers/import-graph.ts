// Reads every import of the TypeScript files under a folder with the TypeScript parser (not a regex), so that
// `import`, `import type`, `export ... from`, `import('...')` and `import('...').T` in a type are all seen, and a
// dynamic import whose specifier is not a literal (which neither this reader nor ncc could follow) is reported.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportSite {
  /** Repository-relative path of the importing file, e.g. `src/render/affected.ts`. */
  from: string;
  line: number;
  specifier: string;
  /** Erased at compile time: `import type`, `export type`, or a type-position `import('...')`. */
  typeOnly: boolean;
}

export interface FileImports {
  file: string;
  /** Relative specifiers, resolved to a repository-relative path (`.js` -> `.ts`). */
  local: (ImportSite & { to: string })[];
  /** Bare specifiers: npm packages and `node:` built-ins. */
  packages: ImportSite[];
  /** Lines of `import(expr)` calls whose argument is not a string literal. */
  nonLiteral: number[];
}

export function listTsFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push(relative(root, p));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

function resolveLocal(root: string, from: string, specifier: string): string {
  const abs = resolve(root, dirname(from), specifier);
  const ts = abs.replace(/\.js$/, '.ts');
  return relative(root, existsSync(ts) ? ts : abs);
}

export function readImports(root: string, file: string): FileImports {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const result: FileImports = { file, local: [], packages: [], nonLiteral: [] };
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const add = (node: ts.Node, specifier: string, typeOnly: boolean) => {
    const site = { from: file, line: lineOf(node), specifier, typeOnly };
    if (specifier.startsWith('.')) result.local.push({ ...site, to: resolveLocal(root, file, specifier) });
    else result.packages.push(site);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node, node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg !== undefined && ts.isStringLiteralLike(arg)) add(node, arg.text, false);
      else result.nonLiteral.push(lineOf(node));
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      add(node, node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return result;
}

/**
 * Every import cycle, one per strongly connected component (Tarjan), each given as a closed path
 * `[a, b, ..., a]` through the component so the message shows the files to untangle.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const strongConnect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strongConnect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) strongConnect(v);
  return components.map((c) => cyclePath(graph, new Set(c)));
}

/** A shortest way round from the component's first file (breadth-first inside the component). */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0] ?? '';
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() ?? '';
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at: string | undefined = v; at !== undefined && at !== start; at = previous.get(at)) {
          path.splice(1, 0, at);
        }
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
