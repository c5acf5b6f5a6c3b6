/**
 * Expected failures are kept apart from bugs: an ExitError carries a message meant for the user
 * and an exit code; anything else that escapes is an internal error (exit 3).
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  input: 2,
  internal: 3,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** A position in a user's file, 1-based. */
export interface SourcePosition {
  file: string;
  line?: number;
  column?: number;
}

export class ExitError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue = ExitCode.input,
    readonly hint?: string,
    readonly position?: SourcePosition,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** Bad input from the user (a file, a flag, a contract): exit 2. */
export class InputError extends ExitError {
  constructor(message: string, hint?: string, position?: SourcePosition) {
    super(message, ExitCode.input, hint, position);
    this.name = 'InputError';
  }
}

export function formatPosition(p: SourcePosition): string {
  if (p.line === undefined) return p.file;
  return p.column === undefined ? `${p.file}:${p.line}` : `${p.file}:${p.line}:${p.column}`;
}
