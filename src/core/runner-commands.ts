// The runner's protocol (workflow commands on stdout, file commands in GITHUB_OUTPUT), written the way
// @actions/core writes it. Why not @actions/core itself: its entry point loads @actions/http-client and undici
// for OIDC, which we never use, and that alone costs ~150 ms of CPU at startup, most of the 250 ms budget
// (measured, see the ACTIONS-RUNTIME report). test/unit/core/runner-commands.test.ts checks that both write
// byte-identical commands.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(toCommandValue(v))}`)
    .join(',');
  process.stdout.write(
    `::${command}${props ? ` ${props}` : ''}::${escapeData(toCommandValue(message))}${EOL}`,
  );
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties): void {
  issueCommand(
    kind,
    {
      title: p.title,
      file: p.file,
      line: p.startLine,
      endLine: p.endLine,
      col: p.startColumn,
      endColumn: p.endColumn,
    },
    message,
  );
}

export const error = (message: string, p: AnnotationProperties = {}): void => annotation('error', message, p);
export const warning = (message: string, p: AnnotationProperties = {}): void =>
  annotation('warning', message, p);
export const notice = (message: string, p: AnnotationProperties = {}): void =>
  annotation('notice', message, p);

/**
 * A line the runner would take for a workflow command: `::name` after any leading whitespace, or the legacy
 * `##[name` anywhere. The runner (ActionCommand.TryParseV2) trims with .NET's String.TrimStart, whose whitespace is
 * Unicode's: tab, vertical tab, form feed, NBSP, the U+2000 spaces, U+3000, and NEL (U+0085), which JavaScript's
 * `\s` lacks; `\s` also has U+FEFF, which .NET keeps: guarding one line too many is harmless.
 */
const COMMAND_LIKE = /^[\s\u0085]*::[A-Za-z]|##\[[A-Za-z]/m;

/**
 * Text for the log that may carry untrusted parts (a file's content, a title, a name from a payload): if a line of
 * it would start a workflow command (`::add-mask::`, `::stop-commands::`, `::set-output`), it is wrapped in
 * `::stop-commands::TOKEN` ... `::TOKEN::` with a token nobody can guess, so the runner shows it and acts on
 * none of it. Text without such a line is returned as is.
 */
export function guardCommands(text: string): string {
  if (!COMMAND_LIKE.test(text)) return text;
  const token = `gitopshq-${randomUUID()}`;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}

export function info(message: string): void {
  process.stdout.write(guardCommands(message) + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** GITHUB_OUTPUT's `name<<DELIMITER` form, with a delimiter the value cannot contain. */
export function setOutput(name: string, value: unknown): void {
  const text = toCommandValue(value);
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, text);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || text.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains the delimiter ${delimiter}`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
