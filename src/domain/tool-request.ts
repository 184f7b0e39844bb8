// What the render broker lets an isolated render run (docs/architecture.md#untrusted-input). A pull request's
// templates are rendered in a child process that cannot start programs; it asks the parent for helm and kubectl
// with an argument array, and the parent runs only what this file accepts: `helm template` of a chart folder
// inside the checkout, or of the repository/OCI chart at exactly the version workload.yaml locks, and
// `kubectl kustomize <folder inside the checkout>` with kustomize's defaults (load restrictor on, no plugins,
// no helm). Every other flag is refused by name, so a flag Helm or kubectl adds later is refused too.

export interface LockedChart {
  chart: string;
  repository?: string;
  version: string;
}

export interface ToolRequestContext {
  /** Real paths of the checkouts the render may read. */
  roots: readonly string[];
  /** Real path of the render's own temp folder (the values files Helm reads). */
  tempDir: string;
  /** The repository or OCI chart workload.yaml names for this target, at its locked version. */
  lockedChart?: LockedChart;
  /** The real path of a path (symbolic links resolved); the caller's file system. */
  realpath(path: string): string;
}

export type ToolVerdict = { ok: true } | { ok: false; reason: string };

const HELM_VALUE_FLAGS = new Set([
  '--namespace',
  '--kube-version',
  '--api-versions',
  '-f',
  '--repo',
  '--version',
]);
const HELM_SWITCHES = new Set(['--include-crds', '--skip-tests']);

/** Why a few well-known flags are refused, for a message that says more than "not allowed". */
const WHY: Record<string, string> = {
  '--post-renderer': 'it runs a program',
  '--enable-dns': 'templates would resolve host names',
  '--dependency-update': 'it downloads charts',
  '--validate': 'it contacts a cluster',
  '--kubeconfig': 'it reads cluster credentials',
  '--enable-helm': 'kustomize would run helm itself',
  '--enable-alpha-plugins': 'it runs kustomize plugins',
  '--enable-exec': 'it runs exec plugins',
  '--load-restrictor': 'it lets kustomize read outside the overlay',
  '--helm-command': 'it names a program to run',
  '--network': 'it gives plugins network access',
  '--mount': 'it mounts folders into plugins',
};

function refuse(reason: string): ToolVerdict {
  return { ok: false, reason };
}

function flagRefusal(program: string, flag: string): ToolVerdict {
  const name = flag.split('=')[0] ?? flag;
  const why = WHY[name];
  return refuse(`${program} flag ${name} is not allowed in an isolated render${why ? ` (${why})` : ''}`);
}

/** `/a/b/../c` -> `/a/c`, and on Windows `C:\a\..\b` -> `/c:/b`; undefined for a relative path. */
export function normalizeAbsolute(p: string): string | undefined {
  const drive = /^([A-Za-z]):[\\/]/.exec(p);
  if (!drive && !p.startsWith('/')) return undefined;
  const rest = drive ? p.slice(2).replaceAll('\\', '/') : p;
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `${drive ? `/${drive[1]?.toLowerCase()}:` : ''}/${out.join('/')}`;
}

/** Whether absolute `p` is `dir` or below it (lexically; resolve symbolic links first). */
export function isInside(p: string, dir: string): boolean {
  const a = normalizeAbsolute(p);
  const d = normalizeAbsolute(dir);
  if (a === undefined || d === undefined) return false;
  return a === d || a.startsWith(d === '/' ? '/' : `${d}/`);
}

function realInside(p: string, dirs: readonly string[], ctx: ToolRequestContext): boolean {
  if (normalizeAbsolute(p) === undefined) return false;
  let real: string;
  try {
    real = ctx.realpath(p);
  } catch {
    return false;
  }
  return dirs.some((d) => isInside(real, d));
}

export function checkToolRequest(
  program: string,
  args: readonly string[],
  ctx: ToolRequestContext,
): ToolVerdict {
  if (program === 'helm') return checkHelm(args, ctx);
  if (program === 'kubectl') return checkKustomize(args, ctx);
  return refuse(`${program} is not a program an isolated render may run (only helm and kubectl)`);
}

function checkHelm(args: readonly string[], ctx: ToolRequestContext): ToolVerdict {
  if (args[0] !== 'template')
    return refuse(`helm ${args[0] ?? ''} is not allowed: only helm template`.trim());
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  for (let i = 1; i < args.length; i++) {
    const a = args[i] ?? '';
    if (HELM_SWITCHES.has(a)) continue;
    if (HELM_VALUE_FLAGS.has(a)) {
      const v = args[i + 1];
      if (v === undefined) return refuse(`helm flag ${a} has no value`);
      values.set(a, [...(values.get(a) ?? []), v]);
      i++;
      continue;
    }
    if (a.startsWith('-')) return flagRefusal('helm', a);
    positional.push(a);
  }
  if (positional.length !== 2) return refuse('helm template takes a release name and one chart');
  const chart = positional[1] ?? '';
  const repo = values.get('--repo');
  const version = values.get('--version');
  if (repo || chart.startsWith('oci://')) {
    const lock = ctx.lockedChart;
    const same =
      lock !== undefined &&
      lock.chart === chart &&
      (lock.repository ?? undefined) === repo?.[0] &&
      (repo?.length ?? 0) <= 1 &&
      version?.length === 1 &&
      version[0] === lock.version;
    if (!same) {
      return refuse(
        `helm chart ${chart}${repo ? ` from ${repo.join(', ')}` : ''} at version ${version?.join(', ') ?? '(none)'} is not the chart and version workload.yaml locks`,
      );
    }
  } else if (!realInside(chart, [...ctx.roots, ctx.tempDir], ctx)) {
    // The temp folder holds a chart copied from the checkout with its file:// dependencies unpacked
    // (src/render/helm-dependencies.ts); the broker checks that copy holds no symbolic link.
    return refuse(`helm chart ${chart} is not a folder inside the checkout`);
  }
  for (const file of values.get('-f') ?? []) {
    if (!realInside(file, [ctx.tempDir], ctx)) {
      return refuse(`helm values file ${file} is not in the render's temp folder`);
    }
  }
  return { ok: true };
}

function checkKustomize(args: readonly string[], ctx: ToolRequestContext): ToolVerdict {
  if (args[0] !== 'kustomize')
    return refuse(`kubectl ${args[0] ?? ''} is not allowed: only kubectl kustomize`.trim());
  const flag = args.slice(1).find((a) => a.startsWith('-'));
  if (flag) return flagRefusal('kubectl kustomize', flag);
  if (args.length !== 2) return refuse('kubectl kustomize takes exactly one folder');
  const dir = args[1] ?? '';
  if (!realInside(dir, ctx.roots, ctx)) return refuse(`kustomize folder ${dir} is not inside the checkout`);
  return { ok: true };
}
