// Parsing what an action tells the runner: `::command k=v,...::data` lines on stdout, and the
// `name<<DELIMITER` file-command format of GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE.

export interface Annotation {
  type: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

const COMMAND = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/;
/** What the runner trims before `::` (.NET's String.TrimStart: Char.IsWhiteSpace, Unicode's whitespace). */
const LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** One workflow command per line of `stdout` that holds one, in order (the runner reads them the same way). */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  for (const raw of stdout.split('\n')) {
    const line = raw.replace(/\r$/, '').replace(LEADING_WHITESPACE, '');
    const m = COMMAND.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ command: m[1] ?? '', properties, data: unescapeData(m[3] ?? '') });
  }
  return out;
}

const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));

export function annotationsOf(commands: readonly WorkflowCommand[]): Annotation[] {
  return commands
    .filter((c): c is WorkflowCommand & { command: Annotation['type'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map((c) => {
      const a: Annotation = { type: c.command, message: c.data };
      const p = c.properties;
      if (p.file !== undefined) a.file = p.file;
      if (p.line !== undefined) a.line = num(p.line);
      if (p.col !== undefined) a.col = num(p.col);
      if (p.endLine !== undefined) a.endLine = num(p.endLine);
      if (p.endColumn !== undefined) a.endColumn = num(p.endColumn);
      if (p.title !== undefined) a.title = p.title;
      return a;
    });
}

/**
 * Parses a file-command file: `name<<DELIM\nvalue lines\nDELIM` blocks and `name=value` lines. A later value
 * for the same name wins, as on the runner. Throws on a block whose delimiter never comes (the runner fails the
 * step then too).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i] ?? '');
      }
      if (!closed)
        throw new Error(`file command: ${name}'s value never ends with its delimiter ${delimiter}`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`file command: cannot read line ${i + 1}: ${JSON.stringify(line)}`);
    }
  }
  return out;
}

/** The log as the runner shows it: command lines hidden, every masked value replaced by `***`. */
export function maskLog(stdout: string, masked: readonly string[]): string {
  const secrets = [...masked].filter((m) => m !== '').sort((a, b) => b.length - a.length);
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .map((l) => secrets.reduce((acc, s) => acc.split(s).join('***'), l))
    .join('\n');
}
