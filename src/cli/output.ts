import process from 'node:process';

/**
 * Colour only when `stream` (where the painted text goes) is a TTY, never with NO_COLOR or
 * --no-color. Messages for people go to stderr: `dockspec validate 2> log` in a terminal must not
 * put escapes into the log.
 */
export function useColor(flag?: boolean, stream: { isTTY?: boolean } = process.stdout): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  cyan(s: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) =>
    enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  };
}

/** Messages for people go to stderr; data goes to stdout. */
export function say(message: string): void {
  process.stderr.write(message.endsWith('\n') ? message : `${message}\n`);
}

export function emit(data: string): void {
  process.stdout.write(data.endsWith('\n') ? data : `${data}\n`);
}
