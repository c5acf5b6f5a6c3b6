import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';

// dockspec writes its output with fs.writeSync on file descriptors 1 and 2 and never touches
// process.stdout or process.stderr on the way of a lint: the first use of either (and an ESM
// `import process from 'node:process'`, which reads every property of process) sets up Node's stream
// classes and, for a pipe, its net module, about 5% of a one-file `dockspec lint`. So the global
// `process` is used in the CLI, not an import of node:process.

type Fd = 1 | 2;
const fds = { stdout: 1, stderr: 2 } as const;

/**
 * Where the CLI's output goes: descriptors 1 and 2 of this process. Tests replace these two methods
 * (vi.spyOn) to capture output or pretend to be a terminal.
 */
export const outputSink = {
  /** Writes what it can of `bytes` and says how many it wrote. */
  write(fd: Fd, bytes: Uint8Array): number {
    return writeSync(fd, bytes);
  },
  /** A terminal, without loading node:tty for pipes and files (only a character device can be one). */
  isTerminal(fd: Fd): boolean {
    try {
      if (!fstatSync(fd).isCharacterDevice()) return false;
    } catch {
      return false;
    }
    const tty = createRequire(import.meta.url)('node:tty') as typeof import('node:tty');
    return tty.isatty(fd);
  },
};

export const isTerminal = (fd: Fd): boolean => outputSink.isTerminal(fd);

/**
 * Colour only when `target` (where the painted text goes) is a terminal, never with NO_COLOR or
 * --no-color. Messages for people go to stderr: `dockspec validate 2> log` in a terminal must not
 * put escapes into the log.
 */
export function useColor(flag?: boolean, target: keyof typeof fds | { isTTY?: boolean } = 'stdout'): boolean {
  if (flag === false) return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return typeof target === 'string' ? outputSink.isTerminal(fds[target]) : Boolean(target.isTTY);
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

const readerLeft = new Set<Fd>();

/**
 * Writes all of `text` to `fd`. `dockspec lint --format json | head` closes the pipe before we
 * finish: the reader has what it wanted, so the rest is dropped without a stack trace and the
 * command finishes (verify still removes its containers and images). A descriptor left non-blocking
 * by whoever opened it can refuse a write for a moment (EAGAIN): the rest then goes through Node's
 * stream, which waits for it.
 */
export function write(text: string, fd: Fd = 1): void {
  if (readerLeft.has(fd)) return;
  let bytes = Buffer.from(text);
  try {
    while (bytes.length > 0) bytes = bytes.subarray(outputSink.write(fd, bytes));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') readerLeft.add(fd);
    else if (code === 'EAGAIN') outputStream(fd).write(bytes);
    else throw error;
  }
}

/** Node's stream for `fd`, for writers that need one (listr2, the signal notes), told to stop quietly when the reader leaves. */
export function outputStream(fd: Fd): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (stream.listenerCount('error') === 0) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  return stream;
}

/** Messages for people go to stderr; data goes to stdout. */
export function say(message: string): void {
  write(message.endsWith('\n') ? message : `${message}\n`, 2);
}

export function emit(data: string): void {
  write(data.endsWith('\n') ? data : `${data}\n`, 1);
}
