// Terminal styling, only where a person reads it: https://no-color.org (NO_COLOR set and non-empty: never) and
// the FORCE_COLOR convention of Node and npm tools (set and not 0/false: always) win; otherwise style only when
// stdout is a TTY, so pipes, files and CI logs get plain text.

export function shouldColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY === true;
}

export function bold(text: string, color: boolean): string {
  return color ? `\x1b[1m${text}\x1b[0m` : text;
}
