import type { Finding } from '../lint/types.js';
import { codeClimateSeverity, fingerprint } from './fingerprint.js';
import type { Reporter } from './types.js';

/** Code Climate's categories by rule family (docs/rules/README.md); an error is always a bug risk. */
function categories(f: Finding): string[] {
  if (f.severity === 'error') return ['Bug Risk'];
  if (f.ruleId.startsWith('DS3')) return ['Security'];
  if (f.ruleId.startsWith('DS2')) return ['Performance'];
  if (f.ruleId.startsWith('DS1')) return ['Style'];
  return ['Bug Risk'];
}

/**
 * Code Climate engine output (its spec's issue format) for tools other than GitLab, such as Code
 * Climate itself, Qlty and codeclimate-compatible aggregators: each issue a JSON document ended by a
 * NUL byte, with line and column positions. GitLab reads `--format gitlab` (a JSON array) instead.
 */
export const codeclimate: Reporter = (result) =>
  result.findings
    .map(
      (f) =>
        `${JSON.stringify({
          type: 'issue',
          check_name: `${f.ruleId} ${f.rule}`,
          description: f.message,
          categories: categories(f),
          location: {
            path: f.file,
            positions: {
              begin: { line: f.line, column: f.column },
              end: { line: f.endLine, column: f.endColumn },
            },
          },
          severity: codeClimateSeverity[f.severity],
          fingerprint: fingerprint(f),
        })}\0`,
    )
    .join('');
