import type { LintResult } from '../lint/types.js';
import { findingsResult, pointFinding } from '../report/result.js';
import type { DocumentFinding } from './types.js';

/**
 * What `import --lint` found in the documents (their Dockerfile blocks against the imported
 * contract), as findings for lint's reporters: `import --format sarif|github|junit|…`. A finding
 * fails the run at warning, as `import --lint` exits 1 on warnings.
 */
export function importFindings(findings: readonly DocumentFinding[]): LintResult {
  return findingsResult(
    findings.map((f) =>
      pointFinding(f.id, f.severity, f.message, { ...f.source, column: f.source.column ?? 1 }),
    ),
    'warning',
  );
}
