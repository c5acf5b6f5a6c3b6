import type { Reporter } from './types.js';

/** An array of findings: `{ruleId, aliases, severity, message, file, line, column, endLine, endColumn, fix?, suggestion?}`; a suggestion is an edit --fix does not apply. */
export const json: Reporter = (result) =>
  `${JSON.stringify(
    result.findings.map((f) => ({
      ruleId: f.ruleId,
      rule: f.rule,
      aliases: f.aliases,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    })),
    null,
    2,
  )}\n`;
