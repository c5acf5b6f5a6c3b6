import { summarize } from '../lint/summary.js';
import type { Finding, LintResult, Severity, Threshold } from '../lint/types.js';

/** A finding of a command other than lint (validate, import): a rule id and a point in a file. */
export function pointFinding(
  id: string,
  severity: Severity,
  message: string,
  at: { file: string; line: number; column: number },
): Finding {
  return {
    ruleId: id,
    rule: id,
    aliases: [],
    severity,
    message,
    messageId: id,
    file: at.file,
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column,
  };
}

/**
 * Findings from validate or import as the result lint's reporters take: sorted by file, line and
 * column, grouped by file, and summarized as lint summarizes its own.
 */
export function findingsResult(findings: Finding[], threshold: Threshold = 'error'): LintResult {
  const sorted = [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const files = [...new Set(sorted.map((f) => f.file))].map((file) => ({
    file,
    findings: sorted.filter((f) => f.file === file),
  }));
  return summarize(files, threshold);
}
