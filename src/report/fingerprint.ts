import { createHash } from '../hash.js';
import type { Finding, Severity } from '../lint/types.js';

/** A finding's identity across runs, for Code Climate and GitLab Code Quality (which dedupe on it). */
export function fingerprint(f: Finding): string {
  return createHash('sha256')
    .update(`${f.ruleId}\0${f.file}\0${f.line}\0${f.column}\0${f.message}`)
    .digest('hex');
}

/** Code Climate's severities (also GitLab's): blocker is left for failures that stop everything. */
export const codeClimateSeverity: Record<Severity, string> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  style: 'info',
};
