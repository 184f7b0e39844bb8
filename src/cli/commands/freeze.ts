// `gitopshq freeze status [--env E] [--at ISO-INSTANT]`: whether each environment is frozen at an instant, by which
// freeze, until when (as an instant and in the freeze's zone), why, and how break-glass works. The same evaluation
// the approval gate and deploy use (src/domain/freeze.ts), so what this prints is what the gate will decide.
import { UserError } from '../../domain/errors.js';
import { type FreezeStatus, freezeStatuses } from '../../usecases/freeze-status.js';
import { type CommandSpec, EXIT_OK, stringOpt } from '../command.js';

const USAGE = 'freeze status [--env E] [--at ISO-INSTANT]';
// An instant names its zone; a bare local time would mean a different moment for every reader.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function usage(message: string): UserError {
  return new UserError(`${message}\nUsage: gitopshq ${USAGE}`, [], 'usage');
}

function parseInstant(text: string): Date {
  const at = new Date(text);
  if (!INSTANT.test(text) || Number.isNaN(at.getTime())) {
    throw usage(
      `--at '${text}' is not an instant; write it with a zone: 2026-11-28T12:00:00Z or 2026-11-28T13:00+01:00`,
    );
  }
  return at;
}

function line(s: FreezeStatus): string {
  if (!s.frozen) return `${s.environment}: not frozen`;
  const until = s.until === null ? 'until further notice' : `until ${s.untilLocal} (${s.until})`;
  const parts = [`${s.environment}: frozen by ${s.freeze} ${until}`];
  const others = s.active.slice(1).map((a) => a.name);
  if (others.length > 0) parts.push(`also by ${others.join(', ')}`);
  if (s.reason !== null) parts.push(`why: ${s.reason}`);
  const glass = s.breakGlass;
  if (glass?.allowed) {
    const teams = glass.teams.length === 0 ? 'anyone with write access' : `team ${glass.teams.join(' or ')}`;
    parts.push(
      `break-glass: label the PR '${glass.label}' and get an approval from ${teams} (recorded in the release)`,
    );
  } else {
    parts.push('no break-glass: releases wait until it ends');
  }
  return parts.join('; ');
}

export const freezeCommand: CommandSpec = {
  name: 'freeze',
  usage: USAGE,
  summary: 'Say whether each environment is frozen, until when, and how break-glass works',
  help: [
    "Evaluates gitopshq.yaml's freeze windows at an instant (default: now) in each freeze's own time zone, across",
    'daylight-saving changes. Overlapping or adjacent freezes count as one: `until` is when releases can go out.',
    'Exit 0 whether frozen or not; the JSON says which.',
    '',
    'Examples:',
    '  gitopshq freeze status',
    '  gitopshq freeze status --env prod --at 2026-11-28T12:00:00Z',
    '  gitopshq freeze status --output json   # {"at", "environments": [{"name", "frozen", "freeze", "until", ...}]}',
  ].join('\n'),
  options: {
    env: { type: 'string' },
    at: { type: 'string' },
  },
  async run(ctx, args) {
    const [sub, extra] = args.positionals;
    if (sub !== 'status')
      throw usage(sub === undefined ? 'freeze needs a subcommand' : `unknown subcommand '${sub}'`);
    if (extra !== undefined) throw usage(`unexpected argument '${extra}'`);
    const atText = stringOpt(args, 'at');
    const at = atText === undefined ? new Date() : parseInstant(atText);
    const result = await freezeStatuses({ repo: ctx.repo, at, environment: stringOpt(args, 'env') });
    if (result.outcome === 'failed') throw usage(result.error.message);
    const statuses = result.value ?? [];
    if (ctx.output === 'json') {
      ctx.stdout(
        JSON.stringify({
          at: at.toISOString(),
          environments: statuses.map((s) => ({
            name: s.environment,
            frozen: s.frozen,
            freeze: s.freeze,
            until: s.until,
            untilLocal: s.untilLocal,
            reason: s.reason,
            breakGlass: s.breakGlass,
            active: s.active,
          })),
        }),
      );
    } else {
      ctx.stdout([`at ${at.toISOString()}`, ...statuses.map(line)].join('\n'));
    }
    return EXIT_OK;
  },
};
