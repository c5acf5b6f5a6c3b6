import type { Finding, LintResult, Threshold } from '../lint/types.js';

/**
 * Findings from any command (lint, validate, import) as the result every reporter takes: sorted by
 * file, line and column, grouped by file, counted; failed when one reaches `threshold`.
 */
export function findingsResult(findings: Finding[], threshold: Threshold = 'error'): LintResult {
  const sorted = [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
  const files = [...new Set(sorted.map((f) => f.file))].map((file) => ({
    file,
    findings: sorted.filter((f) => f.file === file),
  }));
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const f of sorted) counts[f.severity]++;
  const order = ['style', 'info', 'warning', 'error'];
  const failed =
    threshold !== 'none' && sorted.some((f) => order.indexOf(f.severity) >= order.indexOf(threshold));
  return { files, findings: sorted, counts, threshold, failed };
}
