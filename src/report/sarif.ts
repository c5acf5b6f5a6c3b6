import type { Log, ReportingDescriptor, Result } from 'sarif';
import { shellcheckWikiUrl } from '../knowledge/shell-quoting.js';
import { foreignRuleId } from '../lint/rule-ids.js';
import { docsUrl, type Edit, type Finding, type Rule, type Severity } from '../lint/types.js';
import type { Reporter } from './types.js';

const level: Record<Severity, Result.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  style: 'note',
};

/** SARIF 2.1.0: rule metadata with help links, results with regions, and fixes as replacements. */
export const sarif: Reporter = (result, options) => {
  const used = new Set(result.findings.map((f) => f.ruleId));
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ids = [...new Set([...known.keys(), ...used])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules: ReportingDescriptor[] = ids.map((id) =>
    descriptor(id, known.get(id), result.findings.find((f) => f.ruleId === id)?.rule, options.toolVersion),
  );
  const results: Result[] = result.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: level[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    ...(f.fix || f.suggestion
      ? {
          fixes: [
            ...(f.fix ? [sarifFix(f, f.fix.edits, `Fix ${f.ruleId} ${f.rule}`)] : []),
            ...(f.suggestion
              ? [
                  sarifFix(
                    f,
                    f.suggestion.edits,
                    `Suggested for ${f.ruleId} ${f.rule} (not applied by --fix)`,
                  ),
                ]
              : []),
          ],
        }
      : {}),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dockspec',
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            informationUri: docsUrl({ name: 'README' }, options.toolVersion),
            rules,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function descriptor(
  id: string,
  rule: Rule | undefined,
  name?: string,
  toolVersion?: string,
): ReportingDescriptor {
  if (!rule) {
    // A finding of the shellcheck executable: its code's page on the ShellCheck wiki.
    const help = foreignRuleId(id) === 'shellcheck' ? { helpUri: shellcheckWikiUrl(id) } : {};
    return { id, ...(name ? { name } : {}), ...help };
  }
  return {
    id,
    name: rule.name,
    shortDescription: { text: rule.description },
    helpUri: docsUrl(rule, toolVersion),
    defaultConfiguration: { level: rule.severity === 'off' ? 'none' : level[rule.severity] },
    properties: { tags: rule.aliases ?? [], ...(rule.needs ? { needs: rule.needs } : {}) },
  };
}

/** SARIF wants URIs: relative paths with `/`, percent-encoded. */
function uri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function sarifFix(f: Finding, edits: Edit[], description: string) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: uri(f.file) },
        replacements: edits.map((e) => ({
          deletedRegion: {
            startLine: e.range.start.line,
            startColumn: e.range.start.column,
            endLine: e.range.end.line,
            endColumn: e.range.end.column,
          },
          insertedContent: { text: e.text },
        })),
      },
    ],
  };
}
