import type { Finding, LintResult } from '../lint/types.js';
import { findingsResult } from '../report/result.js';
import type { DocumentFinding } from './types.js';

/**
 * What `import --lint` found in the documents (their Dockerfile blocks against the imported
 * contract), as findings for lint's reporters: `import --format sarif|github|junit|…`. A finding
 * fails the run at warning, as `import --lint` exits 1 on warnings.
 */
export function importFindings(findings: readonly DocumentFinding[]): LintResult {
  return findingsResult(
    findings.map(
      (f): Finding => ({
        ruleId: f.id,
        rule: f.id,
        aliases: [],
        severity: f.severity,
        message: f.message,
        messageId: f.id,
        file: f.source.file,
        line: f.source.line,
        column: f.source.column ?? 1,
        endLine: f.source.line,
        endColumn: f.source.column ?? 1,
      }),
    ),
    'warning',
  );
}
