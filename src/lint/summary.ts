import { type FileResult, type Finding, type LintResult, severityRank, type Threshold } from './types.js';

/**
 * The result every reporter takes, from per-file findings: counts, and whether the run fails (each
 * file by its own threshold when its configuration sets one). Lint builds it, and so do validate
 * and import for their findings (src/report/result.ts).
 */
export function summarize(files: FileResult[], threshold: Threshold): LintResult {
  const findings = files.flatMap((f) => f.findings);
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const f of findings) counts[f.severity]++;
  const fails = (t: Threshold, list: Finding[]) =>
    t !== 'none' && list.some((f) => severityRank[f.severity] >= severityRank[t]);
  const failed = files.some((f) => fails(f.threshold ?? threshold, f.findings));
  return { files, findings, counts, threshold, failed };
}
