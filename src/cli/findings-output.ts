import type { LintResult } from '../lint/types.js';
import { emit, write } from './output.js';

/** Lint's formats that validate and import offer for their findings (their stylish and json are their own). */
export const FINDING_FORMATS = ['sarif', 'github', 'junit', 'gitlab', 'checkstyle', 'codeclimate'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];

export const isFindingFormat = (format: string): format is FindingFormat =>
  (FINDING_FORMATS as readonly string[]).includes(format);

/**
 * A reporter's text on stdout: Code Climate's stream is NUL-separated JSON, written as is; GitHub
 * wants nothing for no findings; every other format is written even when empty.
 */
export function emitReport(format: string, out: string): void {
  if (format === 'codeclimate') write(out);
  else if (out.trim() !== '' || format !== 'github') emit(out);
}

/** Validate's and import's findings in one of lint's formats, through lint's reporters. */
export async function emitFindings(format: FindingFormat, result: LintResult): Promise<void> {
  const [{ reporters }, { version }] = await Promise.all([
    import('../report/index.js'),
    import('../version.js'),
  ]);
  emitReport(format, reporters[format](result, { toolVersion: version }));
}
