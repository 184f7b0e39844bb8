// `gitopshq release list|show ID`: the release records on the state branch of --repo, read by
// src/usecases/releases.ts; this file maps the command line to its requests and the records to tables and text.
import { UserError } from '../../domain/errors.js';
import { WORKLOADS_DIR } from '../../domain/layout.js';
import { parseState, STATE_LABELS } from '../../domain/lifecycle.js';
import { RELEASE_STATES, type ReleaseRecord, type ReleaseState } from '../../domain/model.js';
import { listReleases, type ReleaseDetail, showRelease } from '../../usecases/releases.js';
import { type StepResult, stepUserError } from '../../usecases/result.js';
import { type CommandContext, type CommandSpec, EXIT_OK, type ParsedArgs, stringOpt } from '../command.js';

const USAGE = 'release list [--env E] [--workload W] [--state S] | release show ID';

function usage(message: string): UserError {
  return new UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}

const stateLabel = (state: ReleaseState): string => STATE_LABELS[state];

/**
 * The domain's reading of a state (case, spaces, dashes and underscores ignored). The error lists the states as
 * `release list` prints them, so the one spelling a person sees is the one they are told to type.
 */
function parseStateOption(text: string): ReleaseState {
  try {
    return parseState(text);
  } catch (e) {
    if (e instanceof UserError) {
      const labels = RELEASE_STATES.map((s) => STATE_LABELS[s]).join(', ');
      throw usage(
        `--state: unknown release state '${text}': expected one of ${labels} (as release list prints them)`,
      );
    }
    throw e;
  }
}

/** `2026-11-26T10:01:02.345Z` -> `2026-11-26 10:01Z`: minutes are enough to read a timeline at a glance. */
function shortTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}Z` : iso;
}

function lastChange(r: ReleaseRecord): string {
  return r.history.at(-1)?.at ?? r.createdAt;
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  // The last column (title) is not padded, so lines carry no trailing blanks.
  return rows
    .map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  '))
    .join('\n');
}

/** The step's value, or its error thrown for main to report (usage: exit 2, finding: exit 1). */
function stepValue<T>(result: StepResult<T>): T {
  const error = stepUserError(result);
  if (error || result.value === undefined) throw error ?? new Error('the release step returned nothing');
  return result.value;
}

async function list(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  if (args.positionals.length > 1) throw usage(`unexpected argument '${args.positionals[1]}'`);
  const env = stringOpt(args, 'env');
  const workload = stringOpt(args, 'workload');
  const stateText = stringOpt(args, 'state');
  const state = stateText === undefined ? undefined : parseStateOption(stateText);
  const { branch, exists, records } = stepValue(
    await listReleases({
      repo: ctx.repo,
      stateBranch: stringOpt(args, 'state-branch'),
      environment: env,
      workload,
      state,
    }),
  );
  if (!exists) {
    if (ctx.output === 'json') ctx.stdout('[]');
    else ctx.stdout(`no releases yet (state branch ${branch} does not exist)`);
    return EXIT_OK;
  }
  if (ctx.output === 'json') {
    ctx.stdout(JSON.stringify(records, null, 2));
    return EXIT_OK;
  }
  if (records.length === 0) {
    ctx.stdout('no releases match');
    return EXIT_OK;
  }
  const header = ['ID', 'WORKLOAD', 'ENV', 'TENANTS', 'STATE', 'LAST CHANGE', 'TITLE'];
  const rows = records.map((r) => [
    r.id,
    r.workload,
    r.environment,
    r.tenants.length > 0 ? r.tenants.join(',') : '-',
    stateLabel(r.state),
    shortTime(lastChange(r)),
    r.title,
  ]);
  ctx.stdout(table([header, ...rows]));
  return EXIT_OK;
}

/**
 * The tenants a release touches: those it names (their own layers), or, when it names none, every tenant the
 * workload is bound to, since it changes the environment's layer they all read.
 */
function touchedTenants({ record: r, boundTenants: bound }: ReleaseDetail): string {
  if (r.tenants.length > 0) return r.tenants.join(', ');
  const file = `${WORKLOADS_DIR}/${r.workload}/workload.yaml`;
  const layer = `values/${r.environment}.yaml`;
  if (bound === undefined)
    return `every tenant of ${r.workload} (the change is to ${layer}; ${file} not readable here)`;
  if (bound.length === 0) return `(none: ${r.workload} has no tenants)`;
  return `${bound.join(', ')} (every tenant of ${r.workload}: the change is to ${layer})`;
}

function describe(r: ReleaseRecord, tenants: string): string {
  const fields: [string, string][] = [
    ['Title', r.title],
    ['Workload', r.workload],
    ['Environment', r.environment],
    ['Tenants', tenants],
    ['State', stateLabel(r.state)],
    ['Author', r.author],
    ['Created', shortTime(r.createdAt)],
    [
      'Changes',
      [
        ...r.changes.updates.map((u) => `${u.path}=${u.value}`),
        ...(r.changes.chartVersion ? [`chart version ${r.changes.chartVersion}`] : []),
      ].join(', ') || '(none)',
    ],
  ];
  if (r.pullRequest) {
    fields.push([
      'Pull request',
      `#${r.pullRequest.number} ${r.pullRequest.url} (branch ${r.pullRequest.branch})`,
    ]);
  }
  for (const a of r.approvals) {
    fields.push(['Review', `${a.reviewer} ${a.state} ${shortTime(a.at)} (commit ${a.commit.slice(0, 12)})`]);
  }
  if (r.promotedFrom)
    fields.push(['Promoted from', `${r.promotedFrom}${r.promotion ? ` (promotion ${r.promotion})` : ''}`]);
  if (r.deploy) {
    const id = r.deploy.deploymentId === undefined ? '' : `, deployment ${r.deploy.deploymentId}`;
    fields.push(['Deployed', `commit ${r.deploy.commit.slice(0, 12)} on ${r.deploy.branch}${id}`]);
  }
  if (r.breakGlass) {
    fields.push([
      'Break-glass',
      `${r.breakGlass.actor} ${shortTime(r.breakGlass.at)}: ${r.breakGlass.reason}`,
    ]);
  }
  fields.push(['Rollback target', r.rollbackTarget ?? 'none recorded']);
  const width = Math.max(...fields.map(([k]) => k.length)) + 1;
  const lines = [`Release ${r.id}`, ...fields.map(([k, v]) => `  ${`${k}:`.padEnd(width)} ${v}`)];
  if (r.notes) lines.push('', 'Notes:', ...r.notes.split('\n').map((l) => `  ${l}`));
  const history = r.history.map((h) => [shortTime(h.at), stateLabel(h.state), h.actor, h.note ?? '']);
  lines.push(
    '',
    'History:',
    ...table(history)
      .split('\n')
      .map((l) => `  ${l}`.trimEnd()),
  );
  return lines.join('\n');
}

async function show(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const [, id, extra] = args.positionals;
  if (id === undefined) throw usage('release show needs a release ID');
  if (extra !== undefined) throw usage(`unexpected argument '${extra}'`);
  for (const filter of ['env', 'workload', 'state']) {
    if (stringOpt(args, filter) !== undefined)
      throw usage(`--${filter} filters 'release list', not 'release show'`);
  }
  const detail = stepValue(
    await showRelease({ repo: ctx.repo, stateBranch: stringOpt(args, 'state-branch'), id }),
  );
  ctx.stdout(
    ctx.output === 'json'
      ? JSON.stringify(detail.record, null, 2)
      : describe(detail.record, touchedTenants(detail)),
  );
  return EXIT_OK;
}

export const releaseCommand: CommandSpec = {
  name: 'release',
  usage: 'release list|show ID',
  summary: 'List release records on the state branch, or show one with its history',
  help: [
    "release list [--env E] [--workload W] [--state S]   newest first; S as the list prints it: 'Pending Approval'",
    'release show ID                                      the record, its timeline and its rollback target',
    '',
    'Reads the state branch from `origin` when the repository has one (fetching it into refs/gitopshq/, never',
    'touching your checkout), else the local branch. The branch is --state-branch B, else stateBranch of',
    'gitopshq.yaml, else gitopshq/state.',
  ].join('\n'),
  options: {
    env: { type: 'string' },
    workload: { type: 'string' },
    state: { type: 'string' },
    'state-branch': { type: 'string' },
  },
  run: async (ctx, args) => {
    const sub = args.positionals[0];
    if (sub === 'list') return list(ctx, args);
    if (sub === 'show') return show(ctx, args);
    throw usage(sub === undefined ? 'release needs a subcommand' : `unknown subcommand '${sub}'`);
  },
};
