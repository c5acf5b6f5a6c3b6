import type { CheckResult, CheckStatus } from '../verify/types.js';

export interface VerifyCounts {
  pass: number;
  fail: number;
  skip: number;
  error: number;
}

export function countStatuses(checks: CheckResult[]): VerifyCounts {
  const counts: VerifyCounts = { pass: 0, fail: 0, skip: 0, error: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

export const statusMark: Record<CheckStatus, string> = { pass: '☑', fail: '☐', skip: '–', error: '⚠' };

/** One line per check for plain terminals and CI logs. */
export function checkLine(c: CheckResult): string {
  const secs = `${(c.durationMs / 1000).toFixed(1)}s`.padStart(6);
  const tail =
    c.status === 'pass'
      ? c.actual
      : c.status === 'skip' || c.status === 'error'
        ? (c.reason ?? c.actual)
        : `${c.actual} (expected ${c.expected})`;
  return `${c.status.toUpperCase().padEnd(5)} ${c.id.padEnd(13)} ${secs}  ${tail}`;
}
