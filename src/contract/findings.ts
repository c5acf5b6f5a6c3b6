import type { LintResult } from '../lint/types.js';
import { findingsResult, pointFinding } from '../report/result.js';
import type { ContractDiagnostic } from './errors.js';

/**
 * A contract check's diagnostics as findings, so that `validate` reports in every format lint has
 * (SARIF, GitHub annotations, JUnit, GitLab, Checkstyle, Code Climate). The rule id is the contract
 * rule's (`unknown-key`, `hf-uid`); the hint joins the message, as the stylish report shows it.
 */
export function contractFindings(diagnostics: readonly ContractDiagnostic[]): LintResult {
  return findingsResult(
    diagnostics.map((d) =>
      pointFinding(
        d.rule,
        d.severity,
        `${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? ` (${d.hint})` : ''}`,
        d,
      ),
    ),
  );
}
