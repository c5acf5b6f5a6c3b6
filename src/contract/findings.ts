import type { Finding, LintResult } from '../lint/types.js';
import type { ContractDiagnostic } from './errors.js';

/**
 * A contract check's diagnostics as findings, so that `validate` reports in every format lint has
 * (SARIF, GitHub annotations, JUnit, GitLab, Checkstyle, Code Climate). The rule id is the contract
 * rule's (`unknown-key`, `hf-uid`); the hint joins the message, as the stylish report shows it.
 */
export function contractFindings(diagnostics: readonly ContractDiagnostic[]): LintResult {
  const findings: Finding[] = diagnostics.map((d) => ({
    ruleId: d.rule,
    rule: d.rule,
    aliases: [],
    severity: d.severity,
    message: `${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? ` (${d.hint})` : ''}`,
    messageId: d.rule,
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.line,
    endColumn: d.column,
  }));
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const files = [...new Set(findings.map((f) => f.file))].map((file) => ({
    file,
    findings: findings.filter((f) => f.file === file),
  }));
  const counts = { error: 0, warning: 0, info: 0, style: 0 };
  for (const f of findings) counts[f.severity]++;
  return { files, findings, counts, threshold: 'error', failed: counts.error > 0 };
}
