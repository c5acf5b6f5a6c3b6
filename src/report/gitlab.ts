import { codeClimateSeverity, fingerprint } from './fingerprint.js';
import type { Reporter } from './types.js';

/** GitLab Code Quality report (a JSON array of issues with stable fingerprints). */
export const gitlab: Reporter = (result) =>
  `${JSON.stringify(
    result.findings.map((f) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: fingerprint(f),
      severity: codeClimateSeverity[f.severity],
      location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
    })),
    null,
    2,
  )}\n`;
