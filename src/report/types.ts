import type { LintResult, Rule } from '../lint/types.js';

export interface ReporterOptions {
  color?: boolean;
  /** The text of a file, for reporters that quote the source line. */
  source?: (file: string) => string | undefined;
  /** Rule metadata, for reporters that describe rules (SARIF). */
  rules?: readonly Rule[];
  toolVersion?: string;
}

/** A reporter turns a lint result into the text of one output format. Pure: no I/O. */
export type Reporter = (result: LintResult, options: ReporterOptions) => string;
