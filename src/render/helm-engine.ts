// Helm charts through the real `helm template` on PATH. Each values layer (values.yaml, values/<env>.yaml,
// values/<env>/<tenant>.yaml) goes to Helm as its own -f file holding the user's original bytes, in that order,
// so Helm applies its own rules: YAML 1.1 reading (`0644` is 420) and nulls that remove a chart default. Values
// never go on the command line; Helm's cache/config/data homes point into the run's temp folder so the user's
// home is never read or written.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { filesEscapes } from '../domain/helm-files-escape.js';
import type { TreeEntry } from '../domain/repo-paths.js';
import { runProcess } from '../process/run-process.js';
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
import { missingDependencies, vendorFileDependencies } from './helm-dependencies.js';
import { applyHookMode, HELM_HOOK } from './helm-hooks.js';
import { duplicateKeyWarnings, isObject } from './normalize.js';
import { type RenderSession, sha256, stableJson } from './session.js';
import type { RawChunk } from './types.js';

export class HelmEngine implements RenderEngine {
  readonly type = 'helm' as const;
  constructor(private readonly helm = 'helm') {}

  prepare(input: EngineInput): PreparedRender {
    const { workload, target } = input;
    const workloadFile = repoRelative(input, join(input.workloadDir, 'workload.yaml'));
    if (workload.source.type !== 'helm') throw new Error('HelmEngine given a non-helm workload');
    const src = workload.source;
    const version = src.versions?.[target.environment] ?? src.version;
    const release = src.releaseName ?? workload.name;
    const common = [
      '--namespace',
      workload.namespace,
      '--kube-version',
      kubeVersionFlag(input.kubernetesVersion),
      ...(input.apiVersions ?? []).flatMap((v) => ['--api-versions', v]),
    ];
    const hooks = workload.render?.hooks ?? 'keep';
    let chartArgs: string[];
    let chartIdentity: string;
    let chartDir: string | undefined;
    const warnings: EngineFinding[] = [];
    if (src.chart.startsWith('oci://') || src.repository) {
      if (!version) {
        return failed(`${workloadFile}:version`, {
          severity: 'error',
          rule: 'helm',
          file: workloadFile,
          message: `source.version is required for the ${src.repository ? 'repository' : 'OCI'} chart '${src.chart}' (or set source.versions.${target.environment})`,
        });
      }
      chartArgs = src.repository
        ? [src.chart, '--repo', src.repository, '--version', version]
        : [src.chart, '--version', version];
      chartIdentity = stableJson([src.repository ?? '', src.chart, version]);
    } else {
      const dir = resolveInRepo(input, src.chart);
      if (!dir) {
        return failed(`${workloadFile}:chart`, {
          severity: 'error',
          rule: 'helm',
          file: workloadFile,
          message: `source.chart '${src.chart}' points outside the repository; use a path inside it, an https repository, or an oci:// reference`,
        });
      }
      let hash: string;
      let chartVersion: unknown;
      try {
        const tree = folderFiles(input, dir, 'helm');
        if ('refused' in tree) return failed(`${dir}:outside`, tree.refused);
        hash = tree.hash;
        const scanned = input.session.cache<EngineFinding[]>('helm-files-escapes');
        const escapes = scanned.get(dir) ?? filesEscapeFindings(input, tree.files);
        scanned.set(dir, escapes);
        warnings.push(...escapes);
        const chartYaml: unknown = parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));
        chartVersion = isObject(chartYaml) ? chartYaml.version : undefined;
      } catch {
        return failed(`${dir}:missing`, {
          severity: 'error',
          rule: 'helm',
          file: workloadFile,
          message: `source.chart '${src.chart}': no chart at ${repoRelative(input, dir)} (Chart.yaml not found)`,
        });
      }
      // Helm ignores --version for a chart folder; say so rather than render something else silently.
      if (version && chartVersion !== undefined && String(chartVersion) !== version) {
        warnings.push({
          severity: 'warning',
          rule: 'helm',
          file: repoRelative(input, join(dir, 'Chart.yaml')),
          message: `workload asks for chart version ${version} but the chart folder is version ${String(chartVersion)}`,
        });
      }
      chartArgs = [dir];
      chartDir = dir;
      chartIdentity = hash;
    }
    // Every layer's bytes are in the key: two targets share a render only when Helm would read the same files.
    const layers = stableJson(input.valueFiles.map((f) => f.text));
    const key = sha256('helm', chartIdentity, release, ...common, `hooks=${hooks}`, layers);
    return {
      key,
      run: async () => {
        let out = await this.run(input, key, [release, ...chartArgs, ...common], workloadFile);
        // Argo CD and Flux build a local chart's missing dependencies and template again: so does this, for the
        // file:// ones inside the repository (helm-dependencies.ts).
        const missing = chartDir ? missingDependencies(out.stderr) : undefined;
        if (chartDir && missing) {
          const vendored = vendorFileDependencies(input, chartDir, missing, key.slice(0, 16));
          out =
            'finding' in vendored
              ? { chunks: [], findings: [vendored.finding], stderr: '' }
              : await this.run(input, key, [release, vendored.dir, ...common], workloadFile);
        }
        // Hook documents are rewritten before normalisation reads them: their keys given twice are warned here.
        const hookDuplicates = duplicateKeyWarnings(out.chunks.filter((c) => c.text.includes(HELM_HOOK)));
        return {
          chunks: applyHookMode(out.chunks, hooks),
          findings: [...warnings, ...out.findings, ...hookDuplicates],
        };
      },
    };
  }

  private async run(input: EngineInput, key: string, args: string[], workloadFile: string) {
    const tmp = input.session.tempDir();
    const valuesArgs = input.valueFiles.flatMap((f, i) => {
      const file = join(tmp, `values-${key.slice(0, 16)}-${i}.yaml`);
      writeFileSync(file, f.text);
      return ['-f', file];
    });
    const helmArgs = ['template', ...args, ...valuesArgs, '--include-crds', '--skip-tests'];
    const broker = input.session.broker;
    const result = broker
      ? await broker.run('helm', helmArgs)
      : await runProcess(this.helm, helmArgs, { env: helmEnvironment(input.session) });
    if (result.spawnError) {
      const finding: EngineFinding = {
        severity: 'error',
        rule: 'helm',
        file: workloadFile,
        message: `cannot run helm (${result.spawnError}): install Helm and put it on PATH`,
      };
      return { chunks: [], findings: [finding], stderr: '' };
    }
    if (result.exitCode !== 0) {
      const finding: EngineFinding = {
        severity: 'error',
        rule: 'helm',
        file: workloadFile,
        message: `helm template failed: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
      };
      return { chunks: [], findings: [finding], stderr: result.stderr };
    }
    return { chunks: splitHelmOutput(result.stdout), findings: [] as EngineFinding[], stderr: '' };
  }
}

/** A warning at each `.Files.Get "../.."` of the chart's templates (src/domain/helm-files-escape.ts). */
function filesEscapeFindings(input: EngineInput, files: readonly TreeEntry[]): EngineFinding[] {
  return files
    .filter((f) => /^templates\/.+\.(ya?ml|tpl|txt)$/.test(f.rel))
    .flatMap((f) =>
      filesEscapes(readFileSync(f.abs, 'utf8')).map(
        (e): EngineFinding => ({
          severity: 'warning',
          rule: 'helm',
          file: repoRelative(input, f.abs),
          line: e.line,
          col: e.col,
          message: `the template asks for ${e.path}, outside the chart: Helm gives templates only the chart's own files, so it renders as empty`,
        }),
      ),
    );
}

/** Helm's cache, config and data homes in the run's temp folder: the user's home is never read or written. */
export function helmEnvironment(session: RenderSession): NodeJS.ProcessEnv {
  const home = join(session.tempDir(), 'helm');
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_DATA_HOME: join(home, 'data'),
  };
}

/** `1.33` -> `v1.33.0`; a full version passes through. */
export function kubeVersionFlag(v: string): string {
  const bare = v.replace(/^v/, '');
  return `v${/^\d+\.\d+$/.test(bare) ? `${bare}.0` : bare}`;
}

/** Splits helm's stream on `---` and names each piece by its `# Source:` comment. */
export function splitHelmOutput(stdout: string): RawChunk[] {
  const chunks: RawChunk[] = [];
  let line = 1;
  for (const piece of stdout.split(/^---[ \t]*$/m)) {
    const source = /^# Source: (.+)$/m.exec(piece)?.[1]?.trim() ?? 'helm';
    if (piece.trim()) chunks.push({ source, text: piece, line });
    line += piece.split('\n').length - 1;
  }
  return chunks;
}
