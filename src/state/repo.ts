// Reads the main-branch content of a GitOps repository (gitopshq.yaml, workloads/*), validates every file against
// its schema and the cross-file rules, and returns it typed with defaults applied. All problems of all files are
// collected before anything is reported, so one run of `gitopshq validate` lists everything to fix.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Finding, ValidationError } from '../domain/errors.js';
import { baseValuesFile, CONFIG_FILE, WORKLOADS_DIR, workloadDir, workloadFile } from '../domain/layout.js';
import type { GitopshqConfig, WorkloadConfig } from '../domain/model.js';
import { checkName, type NameKind } from '../domain/names.js';
import { outsideMessage, type RepoPaths } from '../domain/repo-paths.js';
import type { LoadedWorkload, RepoSnapshot, ValuesText, ValuesTexts } from '../domain/repo-snapshot.js';
import { sizeText } from '../domain/size-text.js';
import type { Values } from '../domain/values.js';
import { type ConfigFile, type WorkloadFile, withConfigDefaults, withWorkloadDefaults } from './defaults.js';
import { repoPaths } from './repo-paths.js';
import { checkDocument, sortFindings } from './schema-validate.js';
import { checkConfig, checkWorkload, unusedValuesLayer } from './semantic-checks.js';
import { decodeUtf8 } from './utf8.js';
import { MAX_YAML_BYTES } from './yaml-source.js';
import { yaml11Findings } from './yaml11-check.js';

export interface RepoInspection {
  /** Every problem, sorted by file and position (empty: valid). */
  findings: Finding[];
  /** Every file that was validated, relative to the root. */
  files: string[];
  /** What does not block (a values literal Helm reads differently from YAML 1.2), sorted like findings. */
  warnings: Finding[];
  /** The repository, when there are no findings. */
  snapshot: RepoSnapshot | undefined;
}

export interface InspectOptions {
  /** Contents to use instead of what is on disk (relative path -> text): validates an edit before writing it. */
  overrides?: ReadonlyMap<string, string>;
}

/** Reads and validates the whole repository; throws ValidationError listing every problem of every file. */
export async function loadRepo(root: string): Promise<RepoSnapshot> {
  const { findings, snapshot } = await inspectRepo(root);
  if (!snapshot) throw new ValidationError(findings);
  return snapshot;
}

/** Every problem in the repository (empty: valid). */
export async function validateRepo(root: string): Promise<Finding[]> {
  return (await inspectRepo(root)).findings;
}

export async function inspectRepo(rootDir: string, opts: InspectOptions = {}): Promise<RepoInspection> {
  const root = resolve(rootDir);
  const fs = new RepoFiles(root, opts.overrides ?? new Map());
  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  const files: string[] = [];

  files.push(CONFIG_FILE);
  const configText = await fs.read(CONFIG_FILE);
  let config: GitopshqConfig | undefined;
  // `readable`: gitopshq.yaml could be read as YAML. When it cannot, no name is known, and checking workloads and
  // values files against the names would bury the one problem to fix under one finding per file.
  let known = { environments: [] as string[], tenants: [] as string[], readable: false };
  if (configText === undefined && !fs.refused.has(CONFIG_FILE)) {
    findings.push(
      fileFinding(
        CONFIG_FILE,
        `missing: a GitOpsHQ repository has ${CONFIG_FILE} at its root (see 'gitopshq init')`,
      ),
    );
  } else if (configText !== undefined) {
    const { source, findings: schemaFindings } = checkDocument(configText, CONFIG_FILE, 'gitopshq');
    findings.push(...schemaFindings);
    if (schemaFindings.length === 0) {
      config = withConfigDefaults(source.value as ConfigFile);
      findings.push(...checkConfig(config, source));
      known = {
        environments: unique(config.environments.map((e) => e.name)),
        tenants: unique(config.tenants.map((t) => t.name)),
        readable: true,
      };
    } else {
      // Cross-file checks still run against whatever names can be read, so one run reports everything.
      known = {
        environments: namesIn(source.value, 'environments', 'environment'),
        tenants: namesIn(source.value, 'tenants', 'tenant'),
        readable: source.value !== undefined,
      };
    }
  }

  const workloads = new Map<string, LoadedWorkload>();
  for (const folder of await fs.dirs(WORKLOADS_DIR)) {
    const loaded = await loadWorkload(fs, folder, known, findings, files, warnings);
    if (loaded) workloads.set(folder, loaded);
  }

  findings.push(...new Set(fs.refused.values()));
  sortFindings(findings);
  sortFindings(warnings);
  return {
    findings,
    files,
    warnings,
    snapshot: findings.length === 0 && config ? { root, config, workloads } : undefined,
  };
}

async function loadWorkload(
  fs: RepoFiles,
  folder: string,
  known: { environments: string[]; tenants: string[]; readable: boolean },
  findings: Finding[],
  files: string[],
  warnings: Finding[],
): Promise<LoadedWorkload | undefined> {
  const file = workloadFile(folder);
  const folderProblem = checkName('workload', folder);
  if (folderProblem !== undefined) {
    findings.push(fileFinding(workloadDir(folder), `folder name: ${folderProblem}`));
    return undefined;
  }
  const text = await fs.read(file);
  let config: WorkloadConfig | undefined;
  if (text === undefined) {
    if (!fs.refused.has(file)) {
      findings.push(fileFinding(file, `missing: every folder under ${WORKLOADS_DIR}/ needs a workload.yaml`));
    }
  } else {
    files.push(file);
    const { source, findings: schemaFindings } = checkDocument(text, file, 'workload');
    findings.push(...schemaFindings);
    if (schemaFindings.length === 0) {
      const raw = source.value as WorkloadFile;
      config = withWorkloadDefaults(raw, known.environments);
      findings.push(
        ...(await checkWorkload({
          root: fs.root,
          dir: fs.abs(workloadDir(folder)),
          folder,
          file: raw,
          config,
          src: source,
          // Unreadable config: the workload's own names stand, so only what is wrong in this file is reported.
          environments: known.readable ? known.environments : config.environments,
          tenants: known.readable ? known.tenants : config.tenants,
        })),
      );
    }
  }

  const texts: ValuesTexts = { environments: {}, tenants: {} };
  const values: LoadedWorkload['values'] = { base: {}, environments: {}, tenants: {}, texts };
  const lastText = new Map<string, string>();
  const readValues = async (rel: string): Promise<Values | undefined> => {
    const t = await fs.read(rel);
    if (t === undefined) return undefined;
    files.push(rel);
    lastText.set(rel, t);
    const { source, findings: f } = checkDocument(t, rel, 'values');
    findings.push(...f);
    // Only a file that parsed: the YAML 1.1 check parses again, and a refused file (too big, too deep) must not be.
    if (f.length === 0) warnings.push(...yaml11Findings(t, rel));
    return f.length === 0 ? ((source.value ?? {}) as Values) : undefined;
  };
  const textOf = (rel: string): ValuesText => ({ file: rel, text: lastText.get(rel) ?? '' });
  values.base = (await readValues(baseValuesFile(folder))) ?? {};
  if (lastText.has(baseValuesFile(folder))) texts.base = textOf(baseValuesFile(folder));

  const valuesDir = `${workloadDir(folder)}/values`;
  for (const entry of await fs.entries(valuesDir)) {
    const rel = `${valuesDir}/${entry.name}`;
    if (entry.dir) {
      const env = entry.name;
      for (const inner of await fs.entries(rel)) {
        const innerRel = `${rel}/${inner.name}`;
        const tenant = inner.name.endsWith('.yaml') ? inner.name.slice(0, -'.yaml'.length) : undefined;
        if (inner.dir || tenant === undefined) {
          findings.push(fileFinding(innerRel, `not a values file: expected values/${env}/<tenant>.yaml`));
          continue;
        }
        const parsed = await readValues(innerRel);
        const unused = known.readable ? unusedValuesLayer(env, tenant, known, config) : undefined;
        if (unused) findings.push(fileFinding(innerRel, unused));
        if (parsed) {
          values.tenants[env] ??= {};
          values.tenants[env][tenant] = parsed;
          texts.tenants[env] ??= {};
          texts.tenants[env][tenant] = textOf(innerRel);
        }
      }
    } else if (entry.name.endsWith('.yaml')) {
      const env = entry.name.slice(0, -'.yaml'.length);
      const parsed = await readValues(rel);
      const unused = known.readable ? unusedValuesLayer(env, undefined, known, config) : undefined;
      if (unused) findings.push(fileFinding(rel, unused));
      if (parsed) {
        values.environments[env] = parsed;
        texts.environments[env] = textOf(rel);
      }
    } else {
      findings.push(
        fileFinding(
          rel,
          'not a values file: expected values/<env>.yaml or values/<env>/<tenant>.yaml (note: .yaml, not .yml)',
        ),
      );
    }
  }
  return config ? { config, dir: fs.abs(workloadDir(folder)), values } : undefined;
}

function fileFinding(file: string, message: string): Finding {
  return { file, line: 1, col: 1, message };
}

/** The valid names listed under `key` of a config that failed its schema (best effort, never throws). */
function namesIn(value: unknown, key: string, kind: NameKind): string[] {
  const items = (value as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(items)) return [];
  return unique(
    items
      .map((i) => (i as { name?: unknown } | null)?.name)
      .filter((n): n is string => typeof n === 'string' && checkName(kind, n) === undefined),
  );
}

const unique = (names: string[]) => [...new Set(names)];

/**
 * The repository's files, seen through pending edits (`overrides`) that are not written yet. Every path goes
 * through RepoPaths: a file or folder that leaves the repository (a symbolic link out of it) is never read; it
 * is recorded in `refused` (one finding per path) and reads as absent.
 */
class RepoFiles {
  readonly refused = new Map<string, Finding>();
  private readonly paths: RepoPaths;

  constructor(
    readonly root: string,
    private readonly overrides: ReadonlyMap<string, string>,
  ) {
    this.paths = repoPaths(root);
  }

  abs(rel: string): string {
    return join(this.root, ...rel.split('/'));
  }

  private resolve(rel: string): ReturnType<RepoPaths['resolve']> {
    const r = this.paths.resolve(rel);
    if (r.kind === 'outside') {
      const finding =
        this.refused.get(r.via) ?? fileFinding(r.via, outsideMessage({ rel: r.via, reason: r.reason }));
      this.refused.set(r.via, finding);
      this.refused.set(rel, finding);
    }
    return r;
  }

  async read(rel: string): Promise<string | undefined> {
    const override = this.overrides.get(rel);
    if (override !== undefined) return override;
    const r = this.resolve(rel);
    if (r.kind !== 'file') return undefined;
    try {
      // Sized before it is read: a 100 MB file would cost the runner its memory before the parser refused it.
      const { size } = await stat(r.abs);
      if (size > MAX_YAML_BYTES) {
        return this.unreadable(
          rel,
          1,
          1,
          `the file is ${sizeText(size)}, over the ${sizeText(MAX_YAML_BYTES)} a GitOpsHQ YAML file may have: it is not read; split it or remove what does not belong in it`,
        );
      }
      const decoded = decodeUtf8(await readFile(r.abs));
      if (decoded.ok) return decoded.text;
      return this.unreadable(
        rel,
        decoded.line,
        decoded.col,
        `the file is not UTF-8 (byte 0x${decoded.byte} at this place): save it as UTF-8`,
      );
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR')
        return undefined;
      throw e;
    }
  }

  /** Records why `rel` is not read (it then reads as absent, and is not also reported missing). */
  private unreadable(rel: string, line: number, col: number, message: string): undefined {
    this.refused.set(rel, { file: rel, line, col, message });
    return undefined;
  }

  /** Entries of a folder (sorted by name; dot-files skipped), including files that exist only as overrides. */
  async entries(rel: string): Promise<{ name: string; dir: boolean }[]> {
    const found = new Map<string, boolean>();
    const folder = this.resolve(rel);
    if (folder.kind === 'dir') {
      for (const d of await readdir(folder.abs, { withFileTypes: true })) {
        if (d.name.startsWith('.')) continue;
        if (d.isSymbolicLink()) {
          // A link is what it points at, when that is inside the repository; one that leaves is refused.
          const target = this.resolve(`${rel}/${d.name}`);
          if (target.kind === 'dir' || target.kind === 'file') found.set(d.name, target.kind === 'dir');
        } else found.set(d.name, d.isDirectory());
      }
    }
    const prefix = `${rel}/`;
    for (const path of this.overrides.keys()) {
      if (!path.startsWith(prefix)) continue;
      const [head, ...rest] = path.slice(prefix.length).split('/');
      if (head && !found.has(head)) found.set(head, rest.length > 0);
    }
    return [...found].map(([name, dir]) => ({ name, dir })).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async dirs(rel: string): Promise<string[]> {
    return (await this.entries(rel)).filter((e) => e.dir).map((e) => e.name);
  }
}
