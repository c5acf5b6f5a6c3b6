import type { Reporter } from './types.js';

/**
 * An array of findings: `{ruleId, aliases, severity, message, file, line, column, endLine,
 * endColumn, context?, fix?, suggestion?}`. A suggestion is an edit --fix does not apply; `context`
 * is the build context the file was linted against (`null` when it had none: stdin, a lone file).
 */
export const json: Reporter = (result) => {
  const contexts = new Map(result.files.map((f) => [f.file, f.context]));
  return `${JSON.stringify(
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
      ...(contexts.get(f.file) ? { context: contexts.get(f.file)!.dir ?? null } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    })),
    null,
    2,
  )}\n`;
};
