export const id = 0;
export const ids = [0];
export const modules = {

/***/ 29167:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.destinationOf = destinationOf;
exports.clusterFiles = clusterFiles;
// The objects `gitopshq init` writes under clusters/ so a team wires the Argo CD or Flux it already runs to the deploy
// branches by applying one folder: per environment an Argo CD ApplicationSet (a git generator over the deploy
// branch's `<tenant>/<workload>` folders, crossed with the tenants' destinations), and a Flux GitRepository plus one
// Kustomization per target. Names come from cluster-wiring.ts, so the cluster simulator and verify-health find them.
// A tenant is a deployment target: its `destinations` in gitopshq.yaml say where it runs in each environment.
const yaml_1 = __webpack_require__(38815);
const cluster_wiring_js_1 = __webpack_require__(61665);
const layout_js_1 = __webpack_require__(89128);
/** The destination of `tenant` (undefined: a workload without tenants) in `environment`. */
function destinationOf(config, environment, tenant) {
    const t = tenant === undefined ? undefined : config.tenants.find((x) => x.name === tenant);
    return t?.destinations?.[environment] ?? { cluster: cluster_wiring_js_1.IN_CLUSTER_SERVER };
}
const isServer = (cluster) => cluster.startsWith('https://');
/** Every file under clusters/ for `config` and its workloads; `repoUrl` is the GitOps repository's clone URL. */
function clusterFiles(config, workloads, repoUrl) {
    const files = [];
    for (const env of config.environments) {
        const targets = workloads
            .filter((w) => w.environments.includes(env.name))
            .flatMap((w) => (w.tenants.length === 0 ? [undefined] : w.tenants).map((tenant) => ({ workload: w.name, tenant })));
        if (targets.length === 0)
            continue;
        const branch = env.deploy.branch;
        files.push(file(`clusters/argocd/${env.name}.yaml`, `Argo CD: the Applications of ${env.name}, one per <tenant>/<workload> folder of ${branch}. Apply to the cluster Argo CD runs in.`, [applicationSet(config, env.name, branch, targets, repoUrl)]));
        files.push(file(`clusters/flux/${env.name}.yaml`, `Flux: ${branch} as a GitRepository and one Kustomization per <tenant>/<workload> folder. Apply to the cluster Flux runs in.`, [
            gitRepository(env.name, branch, repoUrl),
            ...targets.map((t) => kustomization(config, env.name, t.tenant, t.workload)),
        ]));
    }
    return files;
}
function file(path, what, objects) {
    const header = [
        `# ${what}`,
        '# Written by gitopshq init from gitopshq.yaml (tenants[].destinations); regenerate after adding tenants or workloads.',
    ].join('\n');
    const docs = objects.map((o) => (0, yaml_1.stringify)(o, { lineWidth: 0 }).trimEnd());
    return { path, objects, text: `${header}\n${docs.map((d) => `---\n${d}`).join('\n')}\n` };
}
function applicationSet(config, environment, branch, targets, repoUrl) {
    const tenants = [...new Set(targets.map((t) => t.tenant))];
    // One element per tenant: where its Applications go. `name` or `server` is empty, as Argo CD wants one of them.
    const elements = tenants.map((tenant) => {
        const d = destinationOf(config, environment, tenant);
        return {
            tenant: tenant ?? layout_js_1.NO_TENANT,
            // The Application name without its workload: argoApplicationName(env, tenant, '') is the same prefix.
            prefix: (0, cluster_wiring_js_1.argoApplicationName)(environment, tenant, ''),
            server: isServer(d.cluster) ? d.cluster : '',
            name: isServer(d.cluster) ? '' : d.cluster,
            namespace: d.namespace ?? '',
        };
    });
    return {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'ApplicationSet',
        metadata: { name: (0, cluster_wiring_js_1.argoApplicationSetName)(environment), namespace: cluster_wiring_js_1.ARGOCD_NAMESPACE },
        spec: {
            goTemplate: true,
            goTemplateOptions: ['missingkey=error'],
            generators: [
                {
                    matrix: {
                        generators: [
                            { list: { elements } },
                            { git: { repoURL: repoUrl, revision: branch, directories: [{ path: '{{.tenant}}/*' }] } },
                        ],
                    },
                },
            ],
            template: {
                metadata: {
                    // argoApplicationName(env, tenant, workload): `<env>-<tenant>-<workload>`.
                    name: '{{.prefix}}-{{.path.basename}}',
                    labels: { 'gitopshq.io/environment': environment },
                },
                spec: {
                    project: 'default',
                    source: { repoURL: repoUrl, targetRevision: branch, path: '{{.path.path}}' },
                    destination: { server: '{{.server}}', name: '{{.name}}', namespace: '{{.namespace}}' },
                    syncPolicy: { automated: { prune: true, selfHeal: true } },
                },
            },
        },
    };
}
function gitRepository(environment, branch, repoUrl) {
    return {
        apiVersion: 'source.toolkit.fluxcd.io/v1',
        kind: 'GitRepository',
        metadata: { name: (0, cluster_wiring_js_1.fluxSourceName)(environment), namespace: cluster_wiring_js_1.FLUX_NAMESPACE },
        spec: {
            interval: '1m',
            url: repoUrl,
            ref: { branch },
            // A private repository: a Secret with a token (username/password) or an SSH key, in flux-system.
            secretRef: { name: 'gitopshq-git' },
        },
    };
}
function kustomization(config, environment, tenant, workload) {
    const d = destinationOf(config, environment, tenant);
    const remote = d.cluster !== cluster_wiring_js_1.IN_CLUSTER_SERVER;
    return {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
        kind: 'Kustomization',
        metadata: { name: (0, cluster_wiring_js_1.fluxKustomizationName)(environment, tenant, workload), namespace: cluster_wiring_js_1.FLUX_NAMESPACE },
        spec: {
            interval: '5m',
            path: `./${(0, cluster_wiring_js_1.deployFolder)(tenant, workload)}`,
            prune: true,
            wait: true,
            timeout: '5m',
            sourceRef: { kind: 'GitRepository', name: (0, cluster_wiring_js_1.fluxSourceName)(environment) },
            ...(d.namespace ? { targetNamespace: d.namespace } : {}),
            ...(remote
                ? { kubeConfig: { secretRef: { name: (0, cluster_wiring_js_1.fluxKubeconfigSecretName)(environment, tenant) } } }
                : {}),
        },
    };
}


/***/ }),

/***/ 10308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Git = exports.BOT_IDENTITY = exports.GitError = void 0;
exports.tokenAuthEnv = tokenAuthEnv;
// The git command-line adapter: one method per git verb, arguments always as arrays (never a shell string, so no
// branch name, PR title or value can reach a shell), `--` before paths. GITOPSHQ_DEBUG_GIT=1 echoes each call.
const run_process_js_1 = __webpack_require__(25820);
class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
    }
}
exports.GitError = GitError;
/** Identity used for commits the actions make, unless the repository or environment says otherwise. */
exports.BOT_IDENTITY = { name: 'gitopshq[bot]', email: 'gitopshq-bot@users.noreply.github.com' };
/**
 * git authenticates with a GitHub token through its environment (GIT_CONFIG_* entries), never through argv (where
 * `ps` shows it) nor the repository's config (where a later step would find it).
 */
function tokenAuthEnv(token) {
    if (!token)
        return {};
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraheader',
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    };
}
class Git {
    cwd;
    options;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.options = options;
    }
    /** Runs git; `allowFail` returns the result instead of throwing on a non-zero exit. */
    async exec(args, opts = {}) {
        const debug = process.env.GITOPSHQ_DEBUG_GIT === '1';
        if (debug)
            process.stderr.write(`[git] ${args.join(' ')}\n`);
        const cwd = opts.cwd ?? this.cwd;
        const run = await (0, run_process_js_1.runProcess)('git', args, {
            cwd,
            env: {
                ...process.env,
                GIT_TERMINAL_PROMPT: '0',
                GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? exports.BOT_IDENTITY.name,
                GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? exports.BOT_IDENTITY.email,
                GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? exports.BOT_IDENTITY.name,
                GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? exports.BOT_IDENTITY.email,
                ...tokenAuthEnv(this.options.token),
                ...this.options.env,
            },
            ...(opts.input === undefined ? {} : { input: opts.input }),
            ...(opts.onStdout === undefined ? {} : { onStdout: opts.onStdout }),
        });
        if (run.spawnError) {
            throw new Error(`cannot run git in ${cwd} (${run.spawnError}): is git on PATH, and does the folder exist?`);
        }
        const result = { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr };
        if (debug && result.stderr)
            process.stderr.write(`[git] ${result.stderr}`);
        if (result.exitCode !== 0 && !opts.allowFail)
            throw new GitError(args, result);
        return result;
    }
    async init(opts = {}) {
        await this.exec([
            'init',
            '-q',
            ...(opts.bare ? ['--bare'] : []),
            `--initial-branch=${opts.initialBranch ?? 'main'}`,
        ]);
    }
    async clone(url, dir, opts = {}) {
        const args = ['clone', '-q'];
        if (opts.branch)
            args.push('--branch', opts.branch);
        if (opts.depth)
            args.push('--depth', String(opts.depth));
        if (opts.noCheckout)
            args.push('--no-checkout');
        args.push('--', url, dir);
        await this.exec(args);
    }
    async add(paths) {
        await this.exec(['add', '--', ...paths]);
    }
    async addAll() {
        await this.exec(['add', '-A']);
    }
    /** Commits what is staged; returns the new commit SHA. */
    async commit(message, opts = {}) {
        await this.exec(['commit', '-q', '--no-verify', '-F', '-', ...(opts.allowEmpty ? ['--allow-empty'] : [])], {
            input: message,
        });
        return this.revParse('HEAD');
    }
    async revParse(ref) {
        return (await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).stdout.trim();
    }
    /** The SHA a ref points to, or undefined when it does not exist. */
    async tryRevParse(ref) {
        const r = await this.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    async checkout(ref, opts = {}) {
        const args = ['checkout', '-q'];
        if (opts.force)
            args.push('-f');
        if (opts.create)
            args.push('-B');
        args.push(ref);
        if (!opts.create)
            args.push('--');
        await this.exec(args);
    }
    async fetch(remote, refspecs, opts = {}) {
        const args = ['fetch', '-q', '--no-tags'];
        if (opts.depth)
            args.push('--depth', String(opts.depth));
        args.push(remote, ...refspecs);
        return this.exec(args, { allowFail: opts.allowFail ?? false });
    }
    /** Pushes; returns the result so callers can tell a rejected (non-fast-forward) push from other failures. */
    async push(remote, refspecs, opts = {}) {
        return this.exec(['push', '-q', '--porcelain', ...(opts.force ? ['--force'] : []), remote, ...refspecs], {
            allowFail: true,
        });
    }
    /** The content of a file at a ref, or undefined when the path does not exist there. */
    async show(ref, path) {
        const r = await this.exec(['show', `${ref}:${path}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout : undefined;
    }
    /** Paths under `dir` at `ref` (recursive), or [] when the ref or folder does not exist. */
    async lsTree(ref, dir = '') {
        const r = await this.exec(['ls-tree', '-r', '--name-only', '-z', ref, '--', ...(dir ? [dir] : [])], {
            allowFail: true,
        });
        return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : [];
    }
    /** Files changed between two commits (`base...head` merge-base semantics when `threeDot`). */
    async diffNames(base, head, opts = {}) {
        const range = opts.threeDot ? `${base}...${head}` : `${base}..${head}`;
        const r = await this.exec(['diff', '--name-only', '-z', range, '--']);
        return r.stdout.split('\0').filter(Boolean);
    }
    async diff(args = []) {
        return (await this.exec(['--no-pager', 'diff', ...args])).stdout;
    }
    async hasCommit(sha) {
        return (await this.exec(['cat-file', '-e', `${sha}^{commit}`], { allowFail: true })).exitCode === 0;
    }
    async mergeBase(a, b) {
        const r = await this.exec(['merge-base', a, b], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.trim() : undefined;
    }
    /** For each file changed between two commits, the first line of `head` that the change added or altered. */
    async firstChangedLines(base, head) {
        const out = (await this.exec(['--no-pager', 'diff', '-U0', '--no-color', '--no-ext-diff', base, head, '--'])).stdout;
        const lines = new Map();
        let file;
        for (const line of out.split('\n')) {
            if (line.startsWith('+++ ')) {
                file = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
                continue;
            }
            const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            if (hunk && file && !lines.has(file))
                lines.set(file, Math.max(1, Number(hunk[1])));
        }
        return lines;
    }
    async configSet(key, value) {
        await this.exec(['config', key, value]);
    }
    async status() {
        return (await this.exec(['status', '--porcelain'])).stdout;
    }
    async worktreeAdd(dir, ref) {
        await this.exec(['worktree', 'add', '-q', '--detach', dir, ref]);
    }
    async worktreeRemove(dir) {
        await this.exec(['worktree', 'remove', '--force', dir], { allowFail: true });
    }
}
exports.Git = Git;


/***/ }),

/***/ 40000:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXAMPLE_COMMIT_MESSAGE = exports.EXAMPLE_REPO_URL = void 0;
exports.exampleClusterFiles = exampleClusterFiles;
exports.exampleFiles = exampleFiles;
exports.writeExampleRepo = writeExampleRepo;
// What `gitopshq init DIR` writes: a small but complete GitOps repository (three environments, three tenants, one
// workload on the built-in template format and one on a local Helm chart). Its files are TypeScript strings, not a
// folder read at runtime, because the CLI ships as a single ncc bundle.
const promises_1 = __webpack_require__(51455);
const node_path_1 = __webpack_require__(76760);
const yaml_1 = __webpack_require__(38815);
const cluster_objects_js_1 = __webpack_require__(29167);
const layout_js_1 = __webpack_require__(89128);
const git_js_1 = __webpack_require__(10308);
const defaults_js_1 = __webpack_require__(29883);
const checkout_web_js_1 = __webpack_require__(87084);
const config_js_1 = __webpack_require__(89709);
const payment_api_js_1 = __webpack_require__(38492);
const workflows_generated_js_1 = __webpack_require__(19922);
const prefixed = (dir, files) => Object.entries(files).map(([path, text]) => [`${dir}/${path}`, text]);
/** The clone URL the example's clusters/ objects follow until `init --repo-url` names the real one. */
exports.EXAMPLE_REPO_URL = 'https://github.com/acme/gitops.git';
/** clusters/: the Argo CD and Flux objects that follow the example's deploy branches (cluster-objects.ts). */
function exampleClusterFiles(repoUrl) {
    const config = (0, defaults_js_1.withConfigDefaults)((0, yaml_1.parse)(config_js_1.GITOPSHQ_YAML));
    const envs = config.environments.map((e) => e.name);
    const workloads = [payment_api_js_1.PAYMENT_API, checkout_web_js_1.CHECKOUT_WEB].map((files) => {
        const w = (0, yaml_1.parse)(files['workload.yaml'] ?? '');
        return { name: w.name, tenants: w.tenants ?? [], environments: w.environments ?? envs };
    });
    return (0, cluster_objects_js_1.clusterFiles)(config, workloads, repoUrl).map((f) => [f.path, f.text]);
}
let files;
/**
 * Every file of the example repository: relative path (with `/`) -> content. Made on first use, not when the module
 * loads: its clusters/ part parses YAML, which every `gitopshq` command would otherwise pay at start-up.
 */
function exampleFiles() {
    files ??= new Map([
        ['README.md', config_js_1.README_MD],
        [layout_js_1.CONFIG_FILE, config_js_1.GITOPSHQ_YAML],
        ['.github/CODEOWNERS', config_js_1.CODEOWNERS],
        ...prefixed((0, layout_js_1.workloadDir)('payment-api'), payment_api_js_1.PAYMENT_API),
        ...prefixed((0, layout_js_1.workloadDir)('checkout-web'), checkout_web_js_1.CHECKOUT_WEB),
        ...prefixed('.github/workflows', workflows_generated_js_1.WORKFLOW_TEMPLATES),
        ...exampleClusterFiles(exports.EXAMPLE_REPO_URL),
    ]);
    return files;
}
exports.EXAMPLE_COMMIT_MESSAGE = 'Initial GitOpsHQ repository (gitopshq init)';
/** Writes the example GitOps repository of `gitopshq init` into `dir`; with `git`, also `git init` and commit on main. */
async function writeExampleRepo(dir, opts = {}) {
    const files = new Map(exampleFiles());
    if (opts.repoUrl !== undefined)
        for (const [p, t] of exampleClusterFiles(opts.repoUrl))
            files.set(p, t);
    for (const [path, text] of files) {
        const abs = (0, node_path_1.join)(dir, ...path.split('/'));
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(abs), { recursive: true });
        await (0, promises_1.writeFile)(abs, text, { flag: 'wx' });
    }
    if (opts.git) {
        const git = new git_js_1.Git(dir);
        await git.init({ initialBranch: 'main' });
        await git.addAll();
        await git.commit(exports.EXAMPLE_COMMIT_MESSAGE);
    }
}


/***/ }),

/***/ 87084:
/***/ ((__unused_webpack_module, exports) => {


// workloads/checkout-web of the example repository: a local Helm chart (chart/), bound to two tenants, with a
// values layer per environment on top of the chart's own defaults.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CHECKOUT_WEB = void 0;
exports.CHECKOUT_WEB = {
    'workload.yaml': `# checkout-web: rendered with \`helm template\` from the chart in ./chart.
apiVersion: gitopshq.io/v1
kind: Workload
name: checkout-web
namespace: storefront
source:
  type: helm
  chart: chart            # a folder next to this file; for a published chart set repository (https) and version
  releaseName: checkout-web
tenants: [acme, globex]
`,
    'values.yaml': `# Base values of checkout-web, given to its Helm chart on top of chart/values.yaml (the chart's defaults).
image:
  repository: ghcr.io/acme/checkout-web
resources:
  requests:
    cpu: 50m
    memory: 64Mi
  limits:
    cpu: 250m
    memory: 128Mi
env:
  API_BASE_URL: https://api.example.com
`,
    'values/dev.yaml': `# dev: the newest build, one replica.
image:
  tag: 2.9.0
replicaCount: 1
env:
  API_BASE_URL: https://api.dev.example.com
`,
    'values/staging.yaml': `# staging: the release candidate.
image:
  tag: 2.8.1
replicaCount: 2
env:
  API_BASE_URL: https://api.staging.example.com
`,
    'values/prod.yaml': `# prod: what customers use.
image:
  tag: 2.8.0
replicaCount: 4
`,
    'chart/Chart.yaml': `apiVersion: v2
name: checkout-web
description: The checkout web front end
type: application
version: 0.3.0
appVersion: "2.8.0"
`,
    'chart/values.yaml': `# Defaults of the checkout-web chart; the GitOps values layers override them.
replicaCount: 1
image:
  repository: ghcr.io/acme/checkout-web
  tag: ""             # empty: the chart's appVersion
  pullPolicy: IfNotPresent
containerPort: 3000
service:
  type: ClusterIP
  port: 80
resources:
  limits:
    cpu: 250m
    memory: 128Mi
env: {}
`,
    'chart/templates/_helpers.tpl': `{{/* The chart name, cut to the 63 characters Kubernetes allows in a label. */}}
{{- define "checkout-web.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource names: the release name, which GitOpsHQ sets to the workload name. */}}
{{- define "checkout-web.fullname" -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "checkout-web.selectorLabels" -}}
app.kubernetes.io/name: {{ include "checkout-web.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "checkout-web.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "checkout-web.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}
`,
    'chart/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "checkout-web.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "checkout-web.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      {{- include "checkout-web.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "checkout-web.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.containerPort }}
          {{- with .Values.env }}
          env:
            {{- range $name, $value := . }}
            - name: {{ $name }}
              value: {{ $value | toString | quote }}
            {{- end }}
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
`,
    'chart/templates/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: {{ include "checkout-web.fullname" . }}
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "checkout-web.labels" . | nindent 4 }}
spec:
  type: {{ .Values.service.type }}
  selector:
    {{- include "checkout-web.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .Values.service.port }}
      targetPort: http
`,
};


/***/ }),

/***/ 89709:
/***/ ((__unused_webpack_module, exports) => {


// The repository-level files of the example `gitopshq init` writes. It is the first thing a user reads, so every
// setting is commented with what it does and why it has this value.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.README_MD = exports.CODEOWNERS = exports.GITOPSHQ_YAML = void 0;
exports.GITOPSHQ_YAML = `# gitopshq.yaml: how releases move through this repository.
# Validate it with \`gitopshq validate\`; the schema is schemas/gitopshq.schema.json of the gitopshq package.
apiVersion: gitopshq.io/v1
kind: Config

# Environments in promotion order: a release is promoted dev -> staging -> prod.
environments:
  - name: dev
    approvals:
      required: 0          # no review needed ...
    deploy:
      autoMerge: true      # ... so release PRs to dev merge as soon as their checks pass
  - name: staging
    approvals:
      required: 1
      teams: [platform]    # one approval, from a member of @<org>/platform
  - name: prod
    approvals:
      required: 2          # two distinct approvers,
      teams: [sre]         # one of them from @<org>/sre
      allowSelfApproval: false
      dismissStaleApprovals: true   # a new push after an approval needs a new approval
    # deploy.branch defaults to gitopshq/deploy/<env>: Argo CD or Flux sync from there.

# Tenants get their own values layer (values/<env>/<tenant>.yaml) and are promoted in waves:
# wave 0 first (here the canary tenant, alone), then wave 1 once wave 0 is Healthy; one PR per wave.
# A tenant is a deployment target: \`destinations\` names, per environment, the cluster it runs in (a cluster name
# as registered in Argo CD, or an API server URL) and optionally a namespace. A workload renders the same object
# names for every tenant, so two tenants never share a namespace of one cluster: here each tenant has a cluster of
# its own in each environment. An environment left out deploys to the cluster Argo CD or Flux runs in.
tenants:
  - name: canary
    wave: 0
    canary: true
    destinations:
      dev: { cluster: dev-canary }
      staging: { cluster: staging-canary }
      prod: { cluster: prod-canary }
  - name: acme
    wave: 1
    destinations:
      dev: { cluster: dev-acme }
      staging: { cluster: staging-acme }
      prod: { cluster: prod-acme }
  - name: globex
    wave: 1
    destinations:
      dev: { cluster: dev-globex }
      staging: { cluster: staging-globex }
      prod: { cluster: prod-globex }

# No production releases from Friday 18:00 to Monday 07:00, Berlin time. A weekly window either spans days, as
# here, or repeats daily on a list of days: { days: [mon, tue, wed, thu], from: "22:00", to: "06:00" }.
# Break-glass: an urgent fix can still go out with the PR label break-glass plus an approval from sre; it is recorded.
freezes:
  - name: weekend
    environments: [prod]
    timezone: Europe/Berlin
    weekly: { from: "fri 18:00", to: "mon 07:00" }
    reason: Nobody is on call to watch a weekend production release
    breakGlass: { allowed: true, label: break-glass, teams: [sre] }

# Checks every rendered manifest must pass before it can be merged or deployed.
render:
  kubernetesVersion: "1.33"   # quoted: YAML would read 1.30 as the number 1.3
  policies:
    forbidLatestTag: true        # images must name a version, never :latest
    requireResourceLimits: true  # every container sets CPU and memory limits
    forbidPrivileged: true       # no privileged containers

# Releases and promotions are recorded as YAML on this branch (written by the actions only).
stateBranch: gitopshq/state
`;
exports.CODEOWNERS = `# Owners of each workload: with approvals.codeowners: true in gitopshq.yaml, a release also needs their approval.
workloads/payment-api/ @acme/platform
# The policy and the workflows that enforce it: a pull request may change them only with the owners' review (turn on
# "Require review from Code Owners" in branch protection). A pull_request workflow runs the PR's own copy of its
# file, so without this a PR could rewrite the approval gate that judges it.
/gitopshq.yaml @acme/platform
/.github/ @acme/platform
`;
exports.README_MD = `# GitOps repository (managed with GitOpsHQ)

- \`gitopshq.yaml\`: environments in promotion order (dev -> staging -> prod), tenants and their waves, approval
  policies, freeze windows and render policies.
- \`workloads/<name>/workload.yaml\`: where the workload's manifests come from (built-in templates, a Helm chart or
  Kustomize), its namespace, and the tenants it is deployed to.
- \`workloads/<name>/values.yaml\` holds the base values; \`values/<env>.yaml\` overrides them per environment and
  \`values/<env>/<tenant>.yaml\` per tenant (base -> environment -> tenant).
- Change values with a pull request, or \`gitopshq set payment-api staging image.tag=1.4.3\`; check with \`gitopshq validate\`.
- Release records live on the \`gitopshq/state\` branch, rendered manifests on \`gitopshq/deploy/<env>\`: both are written
  by the GitOpsHQ actions only, never by hand.
`;


/***/ }),

/***/ 38492:
/***/ ((__unused_webpack_module, exports) => {


// workloads/payment-api of the example repository: the built-in template format (nunjucks + values, see
// docs/architecture.md#template-format), bound to three tenants, with a values layer per environment and one per
// tenant.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PAYMENT_API = void 0;
exports.PAYMENT_API = {
    'workload.yaml': `# payment-api: rendered from the nunjucks templates in ./templates (the built-in chart format).
apiVersion: gitopshq.io/v1
kind: Workload
name: payment-api
namespace: payments
source:
  type: template
  path: templates
# One deployment per tenant; \`environments\` is left out, so it runs in every environment of gitopshq.yaml.
tenants: [canary, acme, globex]
`,
    'values.yaml': `# Base values of payment-api: every environment and tenant starts from these.
# Layers: values.yaml -> values/<env>.yaml -> values/<env>/<tenant>.yaml (mappings merge; lists and scalars replace).
image:
  repository: ghcr.io/acme/payment-api
  # The tag is set per environment (values/<env>.yaml): releases change it there, one environment at a time.
replicas: 2
port: 8080
resources:
  requests:
    cpu: 100m
    memory: 128Mi
  limits:            # required by the render policy requireResourceLimits
    cpu: 500m
    memory: 256Mi
# Becomes the ConfigMap the container reads its environment from.
config:
  LOG_LEVEL: info
  PAYMENT_PROVIDER_URL: https://payments.example.com
`,
    'values/dev.yaml': `# dev: the newest build, one replica, verbose logs, the payment provider's sandbox.
image:
  tag: 1.5.0   # CI moves this with create-release after every build of main
replicas: 1
config:
  LOG_LEVEL: debug
  PAYMENT_PROVIDER_URL: https://sandbox.payments.example.com
`,
    'values/staging.yaml': `# staging: the release candidate, production-like but against the provider's sandbox.
image:
  tag: 1.4.2   # promoted from dev once it was Healthy there
config:
  PAYMENT_PROVIDER_URL: https://sandbox.payments.example.com
`,
    'values/prod.yaml': `# prod: more replicas and more headroom per pod.
image:
  tag: 1.4.1   # changed only by releases that passed the prod approval policy
replicas: 3
resources:
  limits:
    cpu: "1"       # quoted: Kubernetes quantities are strings
    memory: 512Mi
`,
    'values/prod/acme.yaml': `# acme in prod: acme's traffic needs more replicas, and they settle through their own provider account.
replicas: 5
config:
  PAYMENT_PROVIDER_ACCOUNT: acme-prod
`,
    'templates/deployment.yaml': `{# The payment-api Deployment. \`values\` are the layered values; \`labels\` and \`selectorLabels\` come from GitOpsHQ. #}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
spec:
  replicas: {{ values.replicas | default(1) }}
  selector:
    matchLabels: {{ selectorLabels | toYaml | nindent(6) }}
  template:
    metadata:
      labels: {{ labels | toYaml | nindent(8) }}
    spec:
      containers:
        - name: app
          image: "{{ values.image.repository | required('values.image.repository is required') }}:{{ values.image.tag | required('values.image.tag is required: set it in values/<env>.yaml') }}"
          ports:
            - name: http
              containerPort: {{ values.port | default(8080) }}
          envFrom:
            - configMapRef:
                name: {{ fullname }}
          resources: {{ values.resources | toYaml | nindent(12) }}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`,
    'templates/service.yaml': `{# The Service in front of the pods: port 80 to the container's http port. #}
apiVersion: v1
kind: Service
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
spec:
  selector: {{ selectorLabels | toYaml | nindent(4) }}
  ports:
    - name: http
      port: 80
      targetPort: http
`,
    'templates/configmap.yaml': `{# values.config as environment variables; ConfigMap data must be strings, hence string | quote. #}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ fullname }}
  namespace: {{ workload.namespace }}
  labels: {{ labels | toYaml | nindent(4) }}
data:
{%- for key, value in values.config | default({}) %}
  {{ key }}: {{ value | string | quote }}
{%- endfor %}
`,
};


/***/ }),

/***/ 19922:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WORKFLOW_TEMPLATES = void 0;
// Generated by scripts/generate.mjs from workflows-templates/*.yml: edit those, then run `npm run build`.
exports.WORKFLOW_TEMPLATES = {
    "gitopshq-approve.yml": "# GitOpsHQ: register a release pull request and evaluate the target environment's approval policy and freeze\n# windows on every push, label and review; set the `gitopshq/approval` status that branch protection requires.\n# Reviews are approvals; nothing else is. A release pull request closed without merging: its release is Cancelled.\n# A pull request that is no release gets the status too: docs pass, a policy or clusters/ change needs every\n# environment's policy, so branch protection can require `gitopshq/approval` on every pull request.\n#\n# One workflow for both events, one job: a review and a push to the same pull request must not evaluate (and write\n# the release record) at the same time, so they share one concurrency group per pull request. A pull request a\n# person opened by hand becomes a release here too: approve-gate registers it first (workload, environment and\n# change set read from its values diff), because create-release needs the workload and environment as inputs and\n# a hand-written pull request states neither.\n#\n# `pull_request`, never `pull_request_target`: a pull request from a fork gets a read-only token here, so the gate\n# cannot approve it; releases come from branches of this repository.\nname: gitopshq approval gate\non:\n  pull_request:\n    # ready_for_review moves a Draft release to Pending Approval, converted_to_draft moves it back to Draft.\n    # closed: a release PR closed without merging cancels its release (approve-gate asks GitHub whether it merged,\n    # never the event; a merged one is deploy's); reopened after that registers it again as a new release.\n    types: [opened, synchronize, reopened, ready_for_review, converted_to_draft, labeled, unlabeled, closed]\n  pull_request_review:\n    types: [submitted, edited, dismissed]\n\n# contents: write to register the release and record approvals on the state branch; pull-requests: read for the\n# reviews, commits, files and labels; statuses: write for `gitopshq/approval`.\npermissions:\n  contents: write\n  pull-requests: read\n  statuses: write\n\nconcurrency:\n  group: gitopshq-gate-${{ github.event.pull_request.number }}\n  cancel-in-progress: false\n\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false # the action pushes the record with its `token` input\n          # A closed pull request's merge ref may be gone; on `closed` the gate reads only the base branch and the\n          # state branch, so it checks out the base branch.\n          ref: ${{ github.event.action == 'closed' && github.event.pull_request.base.ref || '' }}\n      - uses: gitopshq/gitopshq-actions/actions/approve-gate@v0 # pin to a commit SHA in production\n        # A policy with `teams` needs a token that can read organisation members (GITHUB_TOKEN never can); without\n        # one the team rule fails closed and says so. Add a GitHub App token step before this one:\n        #   - id: app-token\n        #     uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1\n        #     with:\n        #       client-id: ${{ vars.GITOPSHQ_APP_CLIENT_ID }}\n        #       private-key: ${{ secrets.GITOPSHQ_APP_PRIVATE_KEY }}\n        #       permission-contents: write\n        #       permission-pull-requests: read\n        #       permission-statuses: write\n        #       permission-members: read\n        # and pass it here:\n        # with:\n        #   token: ${{ steps.app-token.outputs.token }}\n",
    "gitopshq-dashboard.yml": "# GitOpsHQ: publish the delivery dashboard (`gitopshq dashboard`: the morning board, what runs where, every release's\n# timeline, the delivery metrics) to GitHub Pages, every weekday morning and whenever the state branch changes.\n# Once per repository: Settings > Pages > Source: \"GitHub Actions\". The page shows PR titles and release notes to\n# whoever can open the Pages site: on a private repository, keep the site private (Pages access control).\nname: gitopshq dashboard\non:\n  push:\n    branches: [gitopshq/state]\n  schedule:\n    - cron: \"30 5 * * 1-5\" # 05:30 UTC, before the day starts; ages on the page are as of the last build\n  workflow_dispatch:\n\npermissions: {}\n\n# One publication at a time; a newer run replaces a waiting one (each builds from the latest state anyway).\nconcurrency:\n  group: gitopshq-dashboard\n  cancel-in-progress: false\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    # contents: read for gitopshq.yaml, the workloads and the state branch (and its head, the cache key); pages: read\n    # for configure-pages. The cache holds only what the state branch holds, which the same readers can read.\n    permissions:\n      contents: read\n      pages: read\n    steps:\n      # The configuration lives on the default branch, not on the state branch that triggered the run.\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          ref: ${{ github.event.repository.default_branch }}\n          persist-credentials: false\n      - uses: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 # v6.5.0\n        with:\n          node-version: 24\n      - uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0\n      # The records the last run parsed (.git/gitopshq/cache, by git blob id, so never stale): restored, this run\n      # parses only the records changed since, instead of the whole state branch (a fresh checkout has none).\n      # Keyed by the state branch's head: a new head restores the newest earlier cache (restore-keys) and saves its\n      # own when the job succeeds; a re-run of the same head restores it as is. Caches are per branch: a run on a\n      # push to the state branch reads its own branch's and the default branch's; the schedule runs on the default\n      # branch, reads and saves there. With another `stateBranch` in gitopshq.yaml, change it here and in `on.push`.\n      - id: state\n        name: Head of the state branch (the cache key)\n        env:\n          GH_TOKEN: ${{ github.token }}\n        run: |\n          head=$(gh api \"repos/$GITHUB_REPOSITORY/git/ref/heads/gitopshq/state\" --jq .object.sha) || head=none\n          echo \"head=$head\" >>\"$GITHUB_OUTPUT\"\n      - uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0\n        with:\n          path: .git/gitopshq/cache\n          key: gitopshq-records-${{ steps.state.outputs.head }}\n          restore-keys: gitopshq-records-\n      # The gitopshq command line from npm (one self-contained bundle), at an exact version: pin the one you use.\n      # GITHUB_TOKEN lets git fetch the state branch (the checkout kept no credentials).\n      - name: Write the dashboard\n        env:\n          GITHUB_TOKEN: ${{ github.token }}\n        run: npx --yes gitopshq@0.1.0 dashboard --out \"$RUNNER_TEMP/gitopshq-dashboard\"\n      - uses: actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9 # v5.0.0\n        with:\n          path: ${{ runner.temp }}/gitopshq-dashboard\n\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    # Only this job may publish: pages: write, and id-token: write for the OIDC token deploy-pages proves itself with.\n    permissions:\n      pages: write\n      id-token: write\n    environment:\n      name: github-pages\n      url: ${{ steps.deployment.outputs.page_url }}\n    steps:\n      - id: deployment\n        uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0\n",
    "gitopshq-deploy.yml": "# GitOpsHQ: when a release pull request is merged, render its targets and commit the manifests to the environment's\n# deploy branch, which Argo CD or Flux sync; then verify health and roll back automatically if it fails. \"Run\n# workflow\" (workflow_dispatch) deploys one release (an Approved release held by a freeze, a Failed one to retry:\n# create-release and promote dispatch it this way after an auto-merge, whose push starts no workflow) or rolls an\n# environment back to a release.\nname: gitopshq deploy\non:\n  push:\n    branches: [main]\n  workflow_dispatch:\n    inputs:\n      environment:\n        description: Environment to deploy or roll back, as named in gitopshq.yaml\n        required: true\n      release-id:\n        description: Release id to deploy (Approved or Failed); leave empty to roll back\n        required: false\n      rollback-to:\n        description: Release id to roll back to (its manifests are committed again); leave empty to deploy release-id\n        required: false\n      reason:\n        description: Why the environment is rolled back (recorded, with rollback-to)\n        required: false\n\npermissions: {}\n\njobs:\n  # Which environment a merge deploys, read from the repository layout (a release changes one environment's layer:\n  # workloads/<workload>/values/<env>.yaml or values/<env>/<tenant>.yaml; a chart upgrade, workload.yaml's\n  # source.versions.<env>; a Kustomize release, its environment's overlay), so that the deploy job can take that\n  # environment's concurrency group before it starts.\n  route:\n    if: github.event_name == 'push'\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions:\n      contents: read\n    outputs:\n      deploy: ${{ steps.route.outputs.deploy }}\n      environment: ${{ steps.route.outputs.environment }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false\n      - id: route\n        env:\n          BEFORE: ${{ github.event.before }}\n          AFTER: ${{ github.sha }}\n        run: |\n          set -euo pipefail\n          # What the push changed; after a force push or on a new branch, what its last commit changed.\n          base=\"\"\n          if git cat-file -e \"$BEFORE^{commit}\" 2>/dev/null; then\n            base=$BEFORE\n          elif git rev-parse -q --verify \"$AFTER^1\" >/dev/null; then\n            base=$AFTER^1\n          fi\n          if [ -n \"$base\" ]; then\n            changed=$(git diff --name-only \"$base\" \"$AFTER\")\n          else\n            changed=$(git ls-tree -r --name-only \"$AFTER\")\n          fi\n          # The environments gitopshq.yaml names (its environments block, as gitopshq init writes it).\n          known=$(git show \"$AFTER:gitopshq.yaml\" 2>/dev/null | awk '\n            /^[^ #]/ { block = $1 }\n            block == \"environments:\" && /^ *- *name:/ { sub(/^ *- *name: */, \"\"); sub(/[ #].*$/, \"\"); gsub(/[\"\\047]/, \"\"); print }\n          ' || true)\n          # Other files can name an environment only by a word in them: kept when gitopshq.yaml names it.\n          others=$(\n            while IFS= read -r file; do\n              case \"$file\" in\n                workloads/*/values.yaml | workloads/*/values/* | workloads/*/templates/* | workloads/*/charts/*) ;;\n                # A chart upgrade sets source.versions.<env>: the environment keys its diff touches.\n                workloads/*/workload.yaml | workloads/*/workload.yml)\n                  if [ -n \"$base\" ]; then\n                    git diff -U0 \"$base\" \"$AFTER\" -- \"$file\" | sed -nE 's/^[-+][[:space:]]+([a-z0-9-]+):.*/\\1/p'\n                  fi\n                  ;;\n                # A Kustomize overlay: a folder named after its environment (overlays/<env>/), or the folder\n                # workload.yaml's overlays map gives an environment.\n                workloads/*/*/*)\n                  rest=${file#workloads/*/}\n                  dir=${rest%/*}\n                  tr '/' '\\n' <<<\"$dir\"\n                  workload=${file#workloads/}\n                  { git show \"$AFTER:workloads/${workload%%/*}/workload.yaml\" 2>/dev/null || true; } | awk -v dir=\"$dir\" '\n                    { line = $0; sub(/[ \\t]+#.*$/, \"\", line); gsub(/[\"\\047]/, \"\", line) }\n                    match(line, /^[ \\t]+[a-z0-9-]+:[ \\t]*/) {\n                      key = line; sub(/^[ \\t]+/, \"\", key); sub(/:.*$/, \"\", key)\n                      value = substr(line, RLENGTH + 1); sub(/^\\.\\//, \"\", value); sub(/\\/$/, \"\", value)\n                      if (value == dir) print key\n                    }'\n                  ;;\n              esac\n            done < <(grep '^workloads/' <<<\"$changed\" || true) | { grep -Fx -f <(printf '%s\\n' \"$known\") || true; }\n          )\n          # A values layer names its environment: values/<env>.yaml or values/<env>/<tenant>.yaml.\n          layers=$(sed -nE 's#^workloads/[^/]+/values/([a-z0-9-]+)(\\.ya?ml|/[^/]+\\.ya?ml)$#\\1#p' <<<\"$changed\")\n          envs=$(printf '%s\\n%s\\n' \"$layers\" \"$others\" | sed '/^$/d' | sort -u)\n          # Nothing under workloads/ changed: no release was merged, no runner is spent on deploy.\n          if grep -q '^workloads/' <<<\"$changed\"; then echo \"deploy=true\"; else echo \"deploy=false\"; fi >>\"$GITHUB_OUTPUT\"\n          # One environment: its group. None or several (a hand-written change to base values): the shared group.\n          if [ -n \"$envs\" ] && [ \"$(wc -l <<<\"$envs\")\" -eq 1 ]; then\n            echo \"environment=$envs\" >>\"$GITHUB_OUTPUT\"\n          fi\n\n  deploy:\n    needs: route\n    if: needs.route.outputs.deploy == 'true'\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    # Deploys of one environment run one at a time, in order; different environments run side by side. Never\n    # cancelled midway: a deploy commits and records, and the next one must start from what it left. `queue: max`\n    # keeps every waiting deploy (without it a third merge cancels the second's pending deploy, and that release is\n    # never deployed); on a GitHub Enterprise Server without concurrency queues, drop that line and re-run any\n    # deploy GitHub cancels.\n    concurrency:\n      group: gitopshq-deploy-${{ needs.route.outputs.environment || 'unrouted' }}\n      cancel-in-progress: false\n      queue: max\n    # contents: write for the deploy branch and the records; deployments: write for the GitHub Deployment and its\n    # statuses; pull-requests: write because an automatic rollback opens the pull request restoring the values.\n    permissions:\n      contents: write\n      deployments: write\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false # the actions push with their `token` input\n      - id: deploy\n        uses: gitopshq/gitopshq-actions/actions/deploy@v0 # pin to a commit SHA in production\n      # Only a release this run deployed: a deploy held by a freeze leaves the release Approved (state output).\n      - uses: gitopshq/gitopshq-actions/actions/verify-health@v0 # pin to a commit SHA in production\n        if: steps.deploy.outputs.state == 'Deployed'\n        with:\n          release-id: ${{ steps.deploy.outputs.release-id }}\n          source: argocd\n          argocd-server: ${{ vars.ARGOCD_SERVER }}\n          argocd-token: ${{ secrets.ARGOCD_TOKEN }}\n          timeout: 10m\n          auto-rollback: true\n\n  # A run by hand, or the dispatch create-release and promote send after an auto-merge: release-id deploys that\n  # release, rollback-to rolls the environment back; the deploy action refuses neither or both.\n  dispatch:\n    if: github.event_name == 'workflow_dispatch'\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    # The same group as that environment's deploys: a dispatched deploy or rollback waits for a running deploy, and\n    # the reverse.\n    concurrency:\n      group: gitopshq-deploy-${{ inputs.environment }}\n      cancel-in-progress: false\n      queue: max\n    # contents: write for the deploy branch and the records; deployments: write for the Deployment;\n    # pull-requests: write for the pull request that restores the rolled-back-to release's values on main (or that\n    # an automatic rollback opens).\n    permissions:\n      contents: write\n      deployments: write\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false # the action pushes with its `token` input\n      # Inputs are passed as action inputs, never interpolated into a shell script; the action validates them.\n      - id: deploy\n        uses: gitopshq/gitopshq-actions/actions/deploy@v0 # pin to a commit SHA in production\n        with:\n          environment: ${{ inputs.environment }}\n          release-id: ${{ inputs.release-id }}\n          rollback-to: ${{ inputs.rollback-to }}\n          reason: ${{ inputs.reason }}\n      # A release this run deployed (not a rollback): verified like a merge's deploy.\n      - uses: gitopshq/gitopshq-actions/actions/verify-health@v0 # pin to a commit SHA in production\n        if: steps.deploy.outputs.state == 'Deployed' && inputs.release-id != ''\n        with:\n          release-id: ${{ steps.deploy.outputs.release-id }}\n          source: argocd\n          argocd-server: ${{ vars.ARGOCD_SERVER }}\n          argocd-token: ${{ secrets.ARGOCD_TOKEN }}\n          timeout: 10m\n          auto-rollback: true\n",
    "gitopshq-dispatch.yml": "# GitOpsHQ: turn a `repository_dispatch` from an application's CI into a release (the \"PATCH values\" webhook).\n# The sender needs a token with contents: write on this repository (a GitHub App installation token) and posts\n#\n#   POST /repos/OWNER/GITOPS-REPO/dispatches\n#   {\n#     \"event_type\": \"gitopshq-release\",\n#     \"client_payload\": {\n#       \"workload\": \"payment-api\",                                  # required, a name under workloads/\n#       \"environment\": \"dev\",                                       # required, as named in gitopshq.yaml\n#       \"updates\": [{\"path\": \"image.tag\", \"value\": \"3f2a9c1\"}],     # required, at least one (unless chartVersion)\n#       \"tenants\": [\"acme\"],                                        # optional: tenant layers instead of the environment's\n#       \"notes\": \"Built from acme/payment-api@3f2a9c1\",             # optional, markdown\n#       \"chartVersion\": \"1.4.2\",                                    # optional: a chart upgrade (Helm chart version)\n#       \"committedAt\": \"2026-11-30T09:15:00Z\"                       # optional: the commit's time, where lead time starts\n#     }\n#   }\n#\n# Whoever holds such a token can send anything, so every field is checked here before it becomes an action input\n# (and the action checks them again): names are DNS-1123 labels, paths and values are single-line scalars.\n# With the environment's deploy.autoMerge (gitopshq.yaml), create-release merges the pull request itself and then\n# dispatches gitopshq-deploy.yml for the release.\nname: gitopshq release from dispatch\non:\n  repository_dispatch:\n    types: [gitopshq-release]\n\npermissions: {}\n\nconcurrency:\n  # Two builds of one workload for one environment queue: the second updates the first's pull request.\n  group: gitopshq-release-${{ github.event.client_payload.workload }}-${{ github.event.client_payload.environment }}\n  cancel-in-progress: false\n\njobs:\n  create-release:\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    # contents: write for the release branch and record; pull-requests: write to open the pull request;\n    # statuses: write because create-release runs the first preview and gate itself (a pull request GITHUB_TOKEN\n    # opens starts no workflow; pass a GitHub App token as `token` if you want this repository's PR workflows on it);\n    # actions: write because an auto-merge made with GITHUB_TOKEN starts no deploy either: create-release dispatches\n    # gitopshq-deploy.yml for the release.\n    permissions:\n      actions: write\n      contents: write\n      pull-requests: write\n      statuses: write\n    steps:\n      - id: payload\n        name: Check the dispatch payload\n        env:\n          PAYLOAD: ${{ toJSON(github.event.client_payload) }}\n        run: |\n          set -euo pipefail\n          name='^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'\n          if ! jq -e --arg name \"$name\" '\n              def line: type == \"string\" and length > 0 and length <= 1024 and (test(\"[\\r\\n]\") | not);\n              def scalar: if type == \"string\" then line else (type == \"number\" or type == \"boolean\") end;\n              type == \"object\"\n              and (.workload | type == \"string\" and test($name))\n              and (.environment | type == \"string\" and test($name))\n              and ((.chartVersion // \"\") | type == \"string\"\n                   and (. == \"\" or test(\"^[0-9A-Za-z][0-9A-Za-z.+_-]{0,127}$\")))\n              and (if .updates == null and (.chartVersion | type == \"string\") then true\n                   else (.updates | type == \"array\" and length > 0 and length <= 50\n                     and all(.[]; type == \"object\" and (.path | line and (test(\"=\") | not)) and (.value | scalar)))\n                   end)\n              and ((.tenants // []) | type == \"array\" and all(.[]; type == \"string\" and test($name)))\n              and ((.notes // \"\") | type == \"string\" and length <= 20000)\n              and ((.committedAt // \"\") | type == \"string\"\n                   and (. == \"\" or line and test(\"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})$\")))\n            ' <<<\"$PAYLOAD\" >/dev/null; then\n            echo \"::error title=gitopshq::client_payload must be {workload, environment, updates: [{path, value}], chartVersion?, tenants?, notes?, committedAt?} with DNS-1123 names, single-line paths and values (updates may be left out with a chartVersion such as 1.4.2) and an ISO 8601 committedAt; see the comment at the top of this workflow\"\n            exit 1\n          fi\n          # A random delimiter: the notes are free text and must not be able to end the block and add outputs.\n          eof=\"gitopshq-$(openssl rand -hex 16)\"\n          {\n            echo \"workload=$(jq -r '.workload' <<<\"$PAYLOAD\")\"\n            echo \"environment=$(jq -r '.environment' <<<\"$PAYLOAD\")\"\n            echo \"tenants=$(jq -r '(.tenants // []) | join(\",\")' <<<\"$PAYLOAD\")\"\n            # Only when given: without it, lead time starts at the release branch's first commit.\n            committed=$(jq -r '.committedAt // \"\"' <<<\"$PAYLOAD\")\n            if [ -n \"$committed\" ]; then echo \"committed-at=$committed\"; fi\n            chart=$(jq -r '.chartVersion // \"\"' <<<\"$PAYLOAD\")\n            if [ -n \"$chart\" ]; then echo \"chart-version=$chart\"; fi\n            echo \"updates<<$eof\"\n            jq -r '(.updates // [])[] | \"\\(.path)=\\(.value | tostring)\"' <<<\"$PAYLOAD\"\n            echo \"$eof\"\n            echo \"notes<<$eof\"\n            jq -r '.notes // \"\"' <<<\"$PAYLOAD\"\n            echo \"$eof\"\n          } >>\"$GITHUB_OUTPUT\"\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false # the action pushes with its `token` input\n      - uses: gitopshq/gitopshq-actions/actions/create-release@v0 # pin to a commit SHA in production\n        with:\n          workload: ${{ steps.payload.outputs.workload }}\n          environment: ${{ steps.payload.outputs.environment }}\n          updates: ${{ steps.payload.outputs.updates }}\n          tenants: ${{ steps.payload.outputs.tenants }}\n          notes: ${{ steps.payload.outputs.notes }}\n          committed-at: ${{ steps.payload.outputs.committed-at }}\n          chart-version: ${{ steps.payload.outputs.chart-version }}\n",
    "gitopshq-preview.yml": "# GitOpsHQ: render the final Kubernetes manifests of every target a pull request changes, validate them and post\n# the diff as one sticky comment. Branch protection should require the `gitopshq/preview` status.\n#\n# `pull_request`, never `pull_request_target`: a pull request from a fork runs with a read-only token and none of\n# this repository's secrets, so its charts and templates can render but cannot write anything.\nname: gitopshq preview\non:\n  pull_request:\n    types: [opened, synchronize, reopened, ready_for_review]\n\n# contents: read for the checkout and the state branch; pull-requests: write for the sticky comment;\n# statuses: write for `gitopshq/preview`.\npermissions:\n  contents: read\n  pull-requests: write\n  statuses: write\n\nconcurrency:\n  group: gitopshq-preview-${{ github.event.pull_request.number }}\n  cancel-in-progress: true\n\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0 # base and head are both rendered\n          persist-credentials: false # the action fetches with its `token` input, never with stored credentials\n      - uses: gitopshq/gitopshq-actions/actions/preview@v0 # pin to a commit SHA in production\n        with:\n          fail-on: new-error # errors the base branch already had are shown, not failed\n",
    "gitopshq-promote.yml": "# GitOpsHQ: a release manager promotes a Healthy release to the next environment, wave by wave (canary first).\n# Run it again for each wave: the next wave opens only once the previous one is Healthy, and a wave that failed\n# halts the promotion. `wave` and `tenants` may narrow or continue the plan, never jump ahead of the canary or an\n# earlier wave not yet Healthy, unless `skip-waves` gives a reason (repository admins and maintainers only; the\n# promotion records who skipped what, and why). Every input is validated by the action (names, a whole number, a\n# one-line reason) before anything is written.\nname: gitopshq promote\non:\n  workflow_dispatch:\n    inputs:\n      release-id:\n        description: The Healthy release to promote\n        required: true\n        type: string\n      to:\n        description: Target environment (default the next in order)\n        required: false\n        type: string\n      wave:\n        description: Tenant wave (default the next wave)\n        required: false\n        type: string\n      tenants:\n        description: Tenants to promote instead of the next wave, comma-separated (never ahead of an unhealthy earlier wave)\n        required: false\n        type: string\n      skip-waves:\n        description: Reason to go ahead of earlier waves (the canary) on purpose; repository admins and maintainers only, recorded\n        required: false\n        type: string\n      break-glass:\n        description: Reason to open the pull request while the target is frozen (recorded; the gate still needs the break-glass approval)\n        required: false\n        type: string\n\n# contents: write for the release branch and the records; pull-requests: write to open the release's pull request;\n# statuses: write because promote runs the first preview and gate itself (a pull request GITHUB_TOKEN opens starts\n# no workflow); actions: write because, when the target environment auto-merges, the merge (made with GITHUB_TOKEN)\n# starts no workflow either, so promote dispatches gitopshq-deploy.yml for the release.\npermissions:\n  actions: write\n  contents: write\n  pull-requests: write\n  statuses: write\n\nconcurrency:\n  group: gitopshq-promote-${{ inputs.release-id }}\n  cancel-in-progress: false\n\njobs:\n  promote:\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false # the action pushes with its `token` input\n      # Inputs are passed as action inputs, never interpolated into a shell script; the action validates them.\n      - id: promote\n        uses: gitopshq/gitopshq-actions/actions/promote@v0 # pin to a commit SHA in production\n        with:\n          release-id: ${{ inputs.release-id }}\n          to: ${{ inputs.to }}\n          wave: ${{ inputs.wave }}\n          tenants: ${{ inputs.tenants }}\n          break-glass: ${{ inputs.break-glass }}\n          skip-waves: ${{ inputs.skip-waves }}\n    # The wave's targets, for a fan-out job (verify-health per tenant once the pull request is merged and deployed):\n    # strategy.matrix set to fromJSON(needs.promote.outputs.matrix).\n    outputs:\n      promotion-id: ${{ steps.promote.outputs.promotion-id }}\n      release-id: ${{ steps.promote.outputs.release-id }}\n      matrix: ${{ steps.promote.outputs.matrix }}\n",
    "gitopshq-verify-health.yml": "# GitOpsHQ: check on a schedule that each environment's cluster still runs what its deploy branch says. A drift\n# (an object edited by hand, an Application OutOfSync after it was Synced) is recorded on the running release and\n# kept in one issue per environment, which closes itself once the drift is gone. A release manager can also verify\n# one release by hand with \"Run workflow\". (Right after a deploy, gitopshq-deploy.yml verifies in the deploy job.)\n#\n# Secrets: ARGOCD_TOKEN (and the variable ARGOCD_SERVER) for the argocd source through the Argo CD API, or\n# KUBECONFIG (the kubeconfig file's content) for flux, kubernetes, or argocd through the Kubernetes API.\nname: gitopshq verify health\non:\n  schedule:\n    - cron: '17,47 * * * *' # every 30 minutes, off the hour when GitHub's schedulers are busiest\n  workflow_dispatch:\n    inputs:\n      environment:\n        description: Environment to check for drift, as named in gitopshq.yaml\n        required: true\n      release-id:\n        description: One release to verify (waits until it is Synced and Healthy); empty checks the environment\n        required: false\n      source:\n        description: Where health is read from\n        type: choice\n        options: [argocd, flux, kubernetes]\n        default: argocd\n\npermissions: {}\n\njobs:\n  # The environments of gitopshq.yaml, in promotion order, read by the gitopshq command line (which validates the\n  # file): the schedule's matrix follows the configuration, with no list to keep in step by hand. A dispatch checks\n  # the one environment it names and skips this job.\n  environments:\n    if: github.event_name == 'schedule'\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions:\n      contents: read\n    outputs:\n      matrix: ${{ steps.environments.outputs.matrix }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 # v6.5.0\n        with:\n          node-version: 24\n      # The gitopshq command line from npm (one self-contained bundle), at an exact version: pin the one you use.\n      - id: environments\n        run: |\n          set -euo pipefail\n          matrix=$(npx --yes gitopshq@0.1.0 freeze status --output json | jq -c '[.environments[].name]')\n          echo \"matrix=$matrix\" >>\"$GITHUB_OUTPUT\"\n\n  verify:\n    needs: environments\n    # Runs when the environments job ran (a schedule) or was skipped (a dispatch), not when it failed.\n    if: ${{ !cancelled() && needs.environments.result != 'failure' }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    strategy:\n      fail-fast: false\n      matrix:\n        # gitopshq.yaml's environments on a schedule; a dispatch checks the one it names. toJSON quotes the input, so\n        # a `\"` in it cannot add matrix entries (format('[\"{0}\"]', ...) would splice it into the JSON as typed).\n        environment: ${{ github.event_name == 'workflow_dispatch' && fromJSON(format('[{0}]', toJSON(inputs.environment))) || fromJSON(needs.environments.outputs.matrix) }}\n    # One verification of an environment at a time; a scheduled check never cancels a running one.\n    concurrency:\n      group: gitopshq-verify-${{ matrix.environment }}\n      cancel-in-progress: false\n    # contents: write for the health written on the release records; deployments: write for the failure status of\n    # an unhealthy release's Deployment; issues: write for the drift issue of the environment.\n    permissions:\n      contents: write\n      deployments: write\n      issues: write\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          fetch-depth: 0\n          persist-credentials: false # the action pushes the records with its `token` input\n      # Inputs are passed as action inputs, never interpolated into a shell script; the action validates them.\n      - uses: gitopshq/gitopshq-actions/actions/verify-health@v0 # pin to a commit SHA in production\n        with:\n          environment: ${{ matrix.environment }}\n          release-id: ${{ inputs.release-id }}\n          source: ${{ inputs.source || 'argocd' }}\n          argocd-server: ${{ vars.ARGOCD_SERVER }}\n          argocd-token: ${{ secrets.ARGOCD_TOKEN }}\n          kubeconfig: ${{ secrets.KUBECONFIG }}\n          timeout: 10m\n"
};


/***/ })

};
