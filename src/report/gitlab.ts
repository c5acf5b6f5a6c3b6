import { createHash } from '../hash.js';
import type { Severity } from '../lint/types.js';
import type { Reporter } from './types.js';

const severity: Record<Severity, string> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  style: 'info',
};

/** GitLab Code Quality report (a JSON array of issues with stable fingerprints). */
export const gitlab: Reporter = (result) =>
  `${JSON.stringify(
    result.findings.map((f) => ({
      description: f.message,
      check_name: f.ruleId,
      fingerprint: createHash('sha256')
        .update(`${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`)
        .digest('hex'),
      severity: severity[f.severity],
      location: { path: f.file, lines: { begin: f.line, end: f.endLine } },
    })),
    null,
    2,
  )}\n`;
