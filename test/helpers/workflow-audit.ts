// A security audit of GitHub workflow files, for the templates users copy (and later this repository's own
// .github/workflows). It checks the class of mistakes GitHub's hardening guide, zizmor and CodeQL report: triggers
// that run a fork's code with write tokens, `${{ }}` spliced into shell scripts, actions not pinned to a commit,
// tokens wider than the job needs, checkout credentials left on disk, secrets handed to steps that do not use them.
// A dev tool, not product code: it knows the actions our templates use, and says so when it meets another.
import { isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml';

export type AuditRule =
  | 'trigger'
  | 'run-interpolation'
  | 'unpinned-uses'
  | 'permissions'
  | 'persist-credentials'
  | 'secrets'
  | 'inputs';

export interface AuditFinding {
  rule: AuditRule;
  file: string;
  line: number;
  message: string;
}

type Level = 'none' | 'read' | 'write';
export type Permissions = Partial<Record<string, Level>>;

const LEVELS: Record<Level, number> = { none: 0, read: 1, write: 2 };

/** Every scope a `permissions:` block may name; `read-all`/`write-all` grant each of them. */
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];

/** Our own actions may be referenced by this exact documented form; every other `uses:` is pinned to a commit. */
export const OWN_ACTION = /^gitopshq\/gitopshq-actions(?:\/actions\/[a-z-]+)?@v0$/;
export const OWN_ACTION_COMMENT = '# pin to a commit SHA in production';

type With = Record<string, unknown>;

/**
 * What each action does with the job's GITHUB_TOKEN, derived from the GitHub calls it makes (src/github/port.ts)
 * and the git pushes it makes with its `token` input. A step that gets another token in `token` (a GitHub App's)
 * asks nothing of GITHUB_TOKEN.
 */
export const PERMISSION_TABLE: Readonly<Record<string, (w: With) => Permissions>> = {
  // Clones the repository; with another repository's token it uses that one.
  'actions/checkout': () => ({ contents: 'read' }),
  // Downloads Node.js and restores the npm cache (the cache service has its own token): nothing of GITHUB_TOKEN's.
  'actions/setup-node': () => ({}),
  // Signs a JWT with the App's key and asks GitHub for an installation token: no GITHUB_TOKEN at all.
  'actions/create-github-app-token': () => ({}),
  // Reads the repository's Pages site (GET /repos/{owner}/{repo}/pages); enabling Pages would need another token.
  'actions/configure-pages': () => ({ pages: 'read' }),
  // Restores and (in its post step) saves a folder with the cache service's own token: nothing of GITHUB_TOKEN's.
  'actions/cache': () => ({}),
  // Tars the folder and uploads it with the artifact service's own token: nothing of GITHUB_TOKEN's.
  'actions/upload-pages-artifact': () => ({}),
  // Publishes the uploaded artifact: Pages write, and an OIDC token that proves the run to the Pages service.
  'actions/deploy-pages': () => ({ pages: 'write', 'id-token': 'write' }),
  // Reads base and head and the state branch; upserts the sticky comment; sets `gitopshq/preview`.
  'gitopshq/gitopshq-actions/actions/preview': () => ({
    contents: 'read',
    'pull-requests': 'write',
    statuses: 'write',
  }),
  // Pushes the release branch and record, opens (or updates, merges with auto-merge) the pull request, and runs
  // the first preview and gate itself because a PR opened with GITHUB_TOKEN starts no workflow.
  // After a merge of its own it dispatches the deploy workflow (a GITHUB_TOKEN merge starts none): actions: write,
  // unless it never merges (auto-merge: false) or dispatches nothing (deploy-workflow: none).
  'gitopshq/gitopshq-actions/actions/create-release': (w) => ({
    contents: 'write',
    'pull-requests': 'write',
    statuses: 'write',
    ...(dispatchesDeploy(w) ? { actions: 'write' as const } : {}),
  }),
  // Reads reviews, commits, files and labels; writes the record (registering a hand-opened PR); sets the status.
  'gitopshq/gitopshq-actions/actions/approve-gate': () => ({
    contents: 'write',
    'pull-requests': 'read',
    statuses: 'write',
  }),
  // Finds the PR of the merge commit, pushes the deploy branch and record, creates the Deployment and its status;
  // a rollback also opens the PR that restores the values on main.
  'gitopshq/gitopshq-actions/actions/deploy': (w) => ({
    contents: 'write',
    deployments: 'write',
    'pull-requests': present(w['rollback-to']) ? 'write' : 'read',
  }),
  // Pushes the new release's branch and record, opens its PR, runs its first preview and gate.
  // ... and dispatches the deploy workflow when the target environment's autoMerge merged it (deploy-workflow).
  'gitopshq/gitopshq-actions/actions/promote': (w) => ({
    contents: 'write',
    'pull-requests': 'write',
    statuses: 'write',
    ...(dispatchesDeploy(w) ? { actions: 'write' as const } : {}),
  }),
  // Writes the health on the record and a failure status on an unhealthy release's Deployment; an automatic
  // rollback pushes the deploy branch, records its Deployment and opens the PR restoring the values; a run that
  // may check an environment (no release-id, or one only a dispatch fills in) keeps its drift issue.
  'gitopshq/gitopshq-actions/actions/verify-health': (w) => ({
    contents: 'write',
    deployments: 'write',
    ...(present(w['auto-rollback']) && w['auto-rollback'] !== false && w['auto-rollback'] !== 'false'
      ? { 'pull-requests': 'write' as const }
      : {}),
    ...(present(w.environment) && !fixedRelease(w['release-id']) ? { issues: 'write' as const } : {}),
  }),
};

// This repository's release workflow (.github/workflows/release.yml): artifacts go through the runtime's own token,
// provenance through OIDC.
Object.assign(PERMISSION_TABLE, {
  'actions/upload-artifact': () => ({}),
  // Artifacts of the same run: the runtime token; only another run's artifacts would need actions: read.
  'actions/download-artifact': () => ({}),
  // Signs the subjects with a Sigstore certificate issued for the job's OIDC token and stores the attestation.
  'actions/attest-build-provenance': () => ({ 'id-token': 'write', attestations: 'write' }),
});

/**
 * Shell commands a `run:` step may use GITHUB_TOKEN for (handed in its `env`, e.g. `GH_TOKEN: ${{ github.token }}`),
 * and what each needs. A step handed the token that runs none of them is a finding: say what it does with it.
 */
export const RUN_COMMANDS: readonly { command: RegExp; needs: Permissions; usesToken: boolean }[] = [
  { command: /\bgh release create\b/, needs: { contents: 'write' }, usesToken: true },
  {
    command: /\bgh api --method (?:POST|PATCH)\b[^\n]*\/git\/refs\b/,
    needs: { contents: 'write' },
    usesToken: true,
  },
  { command: /\bgh api\b[^\n]*\/git\/ref\//, needs: { contents: 'read' }, usesToken: true },
  // npm trusted publishing: the registry accepts the job's OIDC token and records provenance; no stored secret.
  { command: /\bnpm publish\b[^\n]*--provenance\b/, needs: { 'id-token': 'write' }, usesToken: false },
  // gitopshq dashboard fetches the state branch with GITHUB_TOKEN and writes files: read only.
  { command: /\bgitopshq(?:@[\w.-]+)? dashboard\b/, needs: { contents: 'read' }, usesToken: true },
];

/** Inputs that exist to carry a credential: the only places a `secrets.*` value may go. */
export const SECRET_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/checkout': ['token', 'ssh-key'],
  'actions/create-github-app-token': ['private-key'],
  'gitopshq/gitopshq-actions/actions/preview': ['token'],
  'gitopshq/gitopshq-actions/actions/create-release': ['token'],
  'gitopshq/gitopshq-actions/actions/approve-gate': ['token'],
  'gitopshq/gitopshq-actions/actions/deploy': ['token'],
  'gitopshq/gitopshq-actions/actions/promote': ['token'],
  'gitopshq/gitopshq-actions/actions/verify-health': ['token', 'argocd-token', 'kubeconfig'],
};

export interface AuditOptions {
  /** Declared inputs (and which are required) of actions we can see, by action reference without `@ref`. */
  actionInputs?: Readonly<Record<string, { inputs: readonly string[]; required: readonly string[] }>>;
}

const GITHUB_TOKEN_EXPR = /^\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}$/;
const SECRET_REF = /\bsecrets\s*(?:\.\s*[A-Za-z_][\w-]*|\[)/;

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** create-release / promote may merge and then dispatch the deploy workflow (auto-merge not off, a deploy-workflow). */
function dispatchesDeploy(w: With): boolean {
  return w['auto-merge'] !== false && w['auto-merge'] !== 'false' && w['deploy-workflow'] !== 'none';
}

/** A release-id every run has (a step output), not one a dispatch may leave empty (`inputs.*`). */
function fixedRelease(v: unknown): boolean {
  return present(v) && !(typeof v === 'string' && /\$\{\{\s*(?:inputs|github\.event\.inputs)\./.test(v));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Audits one workflow file's text; `file` is only used in findings. */
export function auditWorkflow(text: string, file: string, opts: AuditOptions = {}): AuditFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lines = text.split('\n');
  const findings: AuditFinding[] = [];
  const lineAt = (path: readonly (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
      // A key whose value is null (`with:` alone) has no value node: find the key itself.
      const parent = doc.getIn(path.slice(0, n - 1), true);
      if (n > 0 && isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        if (isScalar(pair?.key) && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    return 1;
  };
  const add = (rule: AuditRule, path: readonly (string | number)[], message: string) =>
    findings.push({ rule, file, line: lineAt(path), message });

  const wf: unknown = doc.toJS();
  if (!isRecord(wf)) {
    add('trigger', [], 'not a workflow: the file is not a YAML mapping');
    return findings;
  }

  for (const event of ['pull_request_target', 'workflow_run']) {
    if (eventNames(wf.on).includes(event)) {
      add(
        'trigger',
        ['on', event],
        `\`${event}\` runs with write tokens and secrets on code or artifacts a fork controls; use \`pull_request\` (and \`workflow_dispatch\`/\`repository_dispatch\` for follow-ups)`,
      );
    }
  }

  for (const [path, value] of secretsIn(wf.env)) {
    add(
      'secrets',
      ['env', ...path],
      `a secret in the workflow's env reaches every step of every job: pass it to the one step input that needs it (${value})`,
    );
  }

  // A job without its own `permissions` gets the workflow's.
  const workflowPermissions = wf.permissions;
  const jobs = isRecord(wf.jobs) ? wf.jobs : {};
  for (const [jobId, jobValue] of Object.entries(jobs)) {
    if (!isRecord(jobValue)) continue;
    const job = jobValue;
    const jp = ['jobs', jobId];
    for (const [path, value] of secretsIn(job.env)) {
      add(
        'secrets',
        [...jp, 'env', ...path],
        `a secret in job ${jobId}'s env reaches every step: pass it to the one step input that needs it (${value})`,
      );
    }
    if (job.secrets === 'inherit') {
      add(
        'secrets',
        [...jp, 'secrets'],
        `\`secrets: inherit\` hands every secret to the called workflow: pass the ones it declares`,
      );
    }
    if (typeof job.uses === 'string') checkPin(job.uses, [...jp, 'uses']);

    const steps = Array.isArray(job.steps) ? job.steps : [];
    const needed: Permissions = {};
    steps.forEach((s: unknown, i: number) => {
      if (!isRecord(s)) return;
      const sp = [...jp, 'steps', i];
      const w: With = isRecord(s.with) ? s.with : {};
      for (const [path, value] of secretsIn(s.env)) {
        add(
          'secrets',
          [...sp, 'env', ...path],
          `step ${i + 1} of job ${jobId} gets a secret in its env (${value}); templates pass secrets only to action inputs made for them`,
        );
      }
      if (typeof s.run === 'string' && s.run.includes(`\${{`)) {
        add(
          'run-interpolation',
          [...sp, 'run'],
          `\`\${{ }}\` inside \`run:\` is spliced into the script before the shell sees it: pass the value through \`env:\` and quote "$VAR"`,
        );
      }
      if (typeof s.run === 'string') {
        const run = s.run;
        const env = isRecord(s.env) ? s.env : {};
        const gotToken = Object.values(env).some((v) => typeof v === 'string' && GITHUB_TOKEN_EXPR.test(v));
        const known = RUN_COMMANDS.filter((c) => c.command.test(run));
        for (const c of known) {
          for (const [scope, level] of Object.entries(c.needs)) {
            if (level && LEVELS[level] > LEVELS[needed[scope] ?? 'none']) needed[scope] = level;
          }
        }
        if (gotToken && !known.some((c) => c.usesToken)) {
          add(
            'permissions',
            [...sp, 'env'],
            `step ${i + 1} of job ${jobId} is handed GITHUB_TOKEN but runs no command the audit knows: add what it does with the token to RUN_COMMANDS, or drop the token`,
          );
        }
      }
      if (typeof s.uses !== 'string') return;
      checkPin(s.uses, [...sp, 'uses']);
      const action = s.uses.split('@')[0] ?? '';
      if (action === 'actions/github-script' && typeof w.script === 'string' && w.script.includes(`\${{`)) {
        add(
          'run-interpolation',
          [...sp, 'with', 'script'],
          `\`\${{ }}\` inside a github-script \`script:\` is spliced into JavaScript: pass it through \`env:\``,
        );
      }
      if (
        action === 'actions/checkout' &&
        w['persist-credentials'] !== false &&
        w['persist-credentials'] !== 'false'
      ) {
        const explained =
          w['persist-credentials'] === true &&
          /#\s*\S/.test(lines[lineAt([...sp, 'with', 'persist-credentials']) - 1] ?? '');
        if (!explained) {
          add(
            'persist-credentials',
            [...sp, 'with'],
            `checkout leaves the token in .git/config for every later step: set \`persist-credentials: false\` (or \`true\` with a comment saying which step pushes with it)`,
          );
        }
      }
      for (const [key, value] of Object.entries(w)) {
        if (
          typeof value === 'string' &&
          SECRET_REF.test(value) &&
          !(SECRET_INPUTS[action] ?? []).includes(key)
        ) {
          add(
            'secrets',
            [...sp, 'with', key],
            `step ${i + 1} of job ${jobId} passes a secret to \`${key}\` of ${action}, which is not a credential input`,
          );
        }
      }
      const declared = opts.actionInputs?.[action];
      if (declared) {
        for (const key of Object.keys(w)) {
          if (!declared.inputs.includes(key))
            add('inputs', [...sp, 'with', key], `${action} has no input \`${key}\``);
        }
        for (const key of declared.required) {
          if (!present(w[key])) add('inputs', [...sp, 'uses'], `${action} requires the input \`${key}\``);
        }
      }
      const rule = PERMISSION_TABLE[action];
      if (!rule) {
        add(
          'permissions',
          [...sp, 'uses'],
          `no entry for ${action} in the audit's permission table: add what it does with GITHUB_TOKEN`,
        );
        return;
      }
      const usesGithubToken =
        w.token === undefined || (typeof w.token === 'string' && GITHUB_TOKEN_EXPR.test(w.token));
      if (!usesGithubToken) return;
      for (const [scope, level] of Object.entries(rule(w))) {
        if (level && LEVELS[level] > LEVELS[needed[scope] ?? 'none']) needed[scope] = level;
      }
    });
    if (steps.length > 0) checkPermissions(jobId, job, needed);
  }
  return findings;

  function checkPin(uses: string, path: (string | number)[]): void {
    if (uses.startsWith('./')) return;
    const line = lines[lineAt(path) - 1] ?? '';
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        add('unpinned-uses', path, `${uses}: pin the image by digest (@sha256:...)`);
      return;
    }
    const ref = uses.split('@')[1] ?? '';
    if (/^[0-9a-f]{40}$/.test(ref)) {
      if (!/#\s*v\d/.test(line))
        add('unpinned-uses', path, `${uses}: say which version the commit is, as a comment (\`# v1.2.3\`)`);
      return;
    }
    if (OWN_ACTION.test(uses) && line.trimEnd().endsWith(OWN_ACTION_COMMENT)) return;
    add(
      'unpinned-uses',
      path,
      `${uses}: a tag or branch can be moved to other code; pin the full 40-character commit SHA with a version comment`,
    );
  }

  function checkPermissions(jobId: string, job: Record<string, unknown>, needed: Permissions): void {
    const atJob = 'permissions' in job;
    const raw = atJob ? job.permissions : workflowPermissions;
    const path = atJob ? ['jobs', jobId, 'permissions'] : ['permissions'];
    if (raw === undefined) {
      add(
        'permissions',
        ['jobs', jobId],
        `job ${jobId} has no \`permissions\` (nor has the workflow): its token gets the repository's default, possibly write-all; grant ${describe(needed)}`,
      );
      return;
    }
    const granted = grantedPermissions(raw);
    for (const scope of SCOPES) {
      const g = granted[scope] ?? 'none';
      const n = needed[scope] ?? 'none';
      const at = isRecord(raw) && scope in raw ? [...path, scope] : path;
      if (LEVELS[g] > LEVELS[n]) {
        add(
          'permissions',
          at,
          `job ${jobId} grants ${scope}: ${g} but its steps need ${n === 'none' ? 'none' : `only ${n}`} (they need ${describe(needed)})`,
        );
      } else if (LEVELS[g] < LEVELS[n]) {
        add('permissions', at, `job ${jobId} needs ${scope}: ${n} but gets ${g}`);
      }
    }
  }
}

function grantedPermissions(raw: unknown): Permissions {
  if (raw === 'read-all' || raw === 'write-all') {
    const level = raw === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((s) => [s, level]));
  }
  if (!isRecord(raw)) return {};
  const out: Permissions = {};
  for (const [scope, level] of Object.entries(raw)) {
    if (level === 'read' || level === 'write' || level === 'none') out[scope] = level;
  }
  return out;
}

function describe(p: Permissions): string {
  const parts = Object.entries(p)
    .filter(([, l]) => l && l !== 'none')
    .map(([s, l]) => `${s}: ${l}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing (`permissions: {}`)';
}

function eventNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === 'string');
  return isRecord(on) ? Object.keys(on) : [];
}

/** Each `secrets.*` reference in an env mapping: [key path, value]. */
function secretsIn(env: unknown): [string[], string][] {
  if (typeof env === 'string') return SECRET_REF.test(env) ? [[[], env]] : [];
  if (!isRecord(env)) return [];
  return Object.entries(env)
    .filter(([, v]) => typeof v === 'string' && SECRET_REF.test(v))
    .map(([k, v]) => [[k], String(v)]);
}
