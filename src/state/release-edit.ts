// Which file a release's value updates change, and its new text: the values layer of a template or Helm workload,
// the overlay's kustomization of a Kustomize workload, workload.yaml's chart version of a chart upgrade. Shared by `gitopshq set` and create-release, so the two
// cannot disagree about where a release goes. Nothing is written here.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../domain/errors.js';
import {
  applyKustomizeUpdates,
  KUSTOMIZATION_FILES,
  overlayFolder,
  parseKustomizeUpdate,
} from '../domain/kustomize-edit.js';
import { valuesLayerFile, workloadDir } from '../domain/layout.js';
import type { ValueUpdate } from '../domain/model.js';
import { outsideMessage } from '../domain/repo-paths.js';
import type { LoadedWorkload } from '../domain/repo-snapshot.js';
import { applyValueUpdates, parseValuePath } from '../domain/value-path.js';
import { getPath } from '../domain/values.js';
import { repoPaths } from './repo-paths.js';
import { readWorkloadFields } from './workload-fields.js';

export interface ReleaseEdit {
  /** Repo-relative path of the file the updates change. */
  file: string;
  kind: 'values' | 'kustomization' | 'workload';
  /** The file's text today; undefined when the edit creates it (a new values layer). */
  before: string | undefined;
  after: string;
  /** Each update with the value as the file now holds it (a number stays a number, `"1.10"` a string). */
  written: { path: string; value: unknown }[];
}

/** Plans the edit of one workload's release file for `environment` (and `tenant`, for a values layer). */
export async function planReleaseEdit(
  root: string,
  workload: LoadedWorkload,
  environment: string,
  tenant: string | undefined,
  updates: readonly ValueUpdate[],
): Promise<ReleaseEdit> {
  const source = workload.config.source;
  if (source.type === 'kustomize') {
    if (tenant !== undefined) {
      throw new UserError(
        `workload '${workload.config.name}' is a Kustomize workload: every tenant of '${environment}' shares its overlay ` +
          `${overlayFolder(source, environment)}/; drop --tenant`,
        [],
        'usage',
      );
    }
    const folder = join(workload.dir, overlayFolder(source, environment));
    const rel = repoRelative(root, folder);
    if (rel === undefined) {
      throw new UserError(
        `the overlay of '${environment}' is outside the repository; fix workload.yaml`,
        [],
        'usage',
      );
    }
    const found = await firstExisting(
      root,
      KUSTOMIZATION_FILES.map((name) => `${rel}/${name}`),
    );
    if (!found) {
      throw new UserError(
        `no kustomization in ${rel}/ (looked for ${KUSTOMIZATION_FILES.join(', ')}); the overlay of '${environment}' needs one`,
        [],
        'usage',
      );
    }
    const after = applyKustomizeUpdates(found.text, updates, found.file);
    const written = updates.map((u) => {
      const change = parseKustomizeUpdate(u, found.file);
      const value =
        change.kind === 'replicas'
          ? change.count
          : Object.values(change.fields).length === 1
            ? Object.values(change.fields)[0]
            : change.fields;
      return { path: u.path, value };
    });
    return { file: found.file, kind: 'kustomization', before: found.text, after, written };
  }
  const file = valuesLayerFile(workload.config.name, environment, tenant);
  const before = await readText(root, file);
  const after = applyValueUpdates(
    before ?? layerHeader(workload.config.name, environment, tenant),
    [...updates],
    file,
  );
  const data: unknown = parseDocument(after).toJS() ?? {};
  const written = updates.map((u) => ({ path: u.path, value: getPath(data, parseValuePath(u.path)) }));
  return { file, kind: 'values', before, after, written };
}

/**
 * Plans a chart upgrade: `source.versions.<environment>` in the workload's workload.yaml set to `version` (a
 * string, comments kept). Only a repository or OCI chart has versions to choose; a chart folder in the repository
 * is upgraded by changing the folder, and a template or Kustomize workload has no chart at all.
 */
export async function planChartVersionEdit(
  root: string,
  workload: LoadedWorkload,
  environment: string,
  version: string,
): Promise<ReleaseEdit> {
  const { name, source } = workload.config;
  if (source.type !== 'helm') {
    throw new UserError(
      `workload '${name}' renders from a ${source.type === 'kustomize' ? 'Kustomize overlay' : 'template folder'}, not a Helm chart: chart-version applies to Helm workloads only; drop chart-version`,
      [],
      'usage',
    );
  }
  if (!source.repository && !source.chart.startsWith('oci://')) {
    throw new UserError(
      `workload '${name}' renders the chart folder '${source.chart}' of the repository: upgrade it by changing that folder; chart-version applies to repository and oci:// charts`,
      [],
      'usage',
    );
  }
  if (!/^[0-9A-Za-z][0-9A-Za-z.+_-]*$/.test(version)) {
    throw new UserError(
      `chart-version '${version}' is not a chart version: use a SemVer version such as 1.2.3`,
      [],
      'usage',
    );
  }
  const rel = repoRelative(root, join(workload.dir, 'workload.yaml'));
  const before = rel === undefined ? undefined : await readText(root, rel);
  if (rel === undefined || before === undefined) {
    throw new UserError(`workload '${name}' has no workload.yaml in the repository`, [], 'usage');
  }
  const path = `source.versions.${environment}`;
  const after = applyValueUpdates(before, [{ path, value: JSON.stringify(version) }], rel);
  return { file: rel, kind: 'workload', before, after, written: [{ path, value: version }] };
}

/**
 * Every file a release of `workload` in `environment` can have edited (repo-relative), from its workload.yaml text
 * as of that release: the overlay's kustomization (each name kustomize accepts) of a Kustomize workload, else the
 * environment's values layer and its tenants' layers. Rollback restores these, so the values PR puts back what
 * planReleaseEdit changed whatever the workload's kind. An unreadable workload.yaml gives the values layers.
 */
export function releaseEditFiles(
  workload: string,
  workloadYaml: string | undefined,
  environment: string,
  tenants: readonly string[],
): string[] {
  const source = readWorkloadFields(workloadYaml)?.source;
  if (source?.type === 'kustomize') {
    const folder = posix.normalize(
      `${workloadDir(workload)}/${overlayFolder({ overlay: source.overlay ?? '', ...(source.overlays ? { overlays: source.overlays } : {}) }, environment)}`,
    );
    // An overlay outside the repository is refused by planReleaseEdit: nothing of it to restore.
    if (folder.startsWith('../') || posix.isAbsolute(folder)) return [];
    return KUSTOMIZATION_FILES.map((name) => `${folder}/${name}`);
  }
  return [
    valuesLayerFile(workload, environment),
    ...tenants.map((t) => valuesLayerFile(workload, environment, t)),
  ];
}

/** Write-then-rename: a reader (or a crash) never sees half a file. */
export async function writeReleaseEdit(root: string, edit: ReleaseEdit): Promise<void> {
  const abs = join(root, ...edit.file.split('/'));
  await mkdir(dirname(abs), { recursive: true });
  const tmp = `${abs}.gitopshq-${process.pid}.tmp`;
  await writeFile(tmp, edit.after);
  await rename(tmp, abs);
}

function layerHeader(workload: string, env: string, tenant: string | undefined): string {
  return tenant === undefined
    ? `# ${workload} in ${env}: overrides values.yaml (created by gitopshq set)\n`
    : `# ${workload} in ${env} for tenant ${tenant}: overrides values.yaml and values/${env}.yaml (created by gitopshq set)\n`;
}

function repoRelative(root: string, abs: string): string | undefined {
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split('\\').join('/');
}

/**
 * A file of the repository, or undefined when there is none. A file that resolves outside the repository (a symlink
 * out of it) is refused: its content would be copied into the repository by the write, and into a pull request.
 */
async function readText(root: string, file: string): Promise<string | undefined> {
  const r = repoPaths(root).resolve(file);
  if (r.kind === 'outside')
    throw new UserError(outsideMessage({ rel: r.via, reason: r.reason }), [], 'usage');
  return r.kind === 'file' ? readFile(r.abs, 'utf8') : undefined;
}

async function firstExisting(
  root: string,
  files: string[],
): Promise<{ file: string; text: string } | undefined> {
  for (const file of files) {
    const text = await readText(root, file);
    if (text !== undefined) return { file, text };
  }
  return undefined;
}
