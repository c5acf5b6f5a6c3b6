import type { VerifyReport } from '../verify/verify.js';

/** `--format json`: {contract, variant (when not the main image), image, checks: [{id, title, status, expected, actual, evidence, durationMs}]}. */
export function verifyJson(report: VerifyReport): string {
  const { contract, variant, image, runId, startedAt, durationMs, imageSize, warnings } = report;
  const checks = report.checks.map(
    ({ id, title, status, expected, actual, evidence, durationMs, reason }) => ({
      id,
      title,
      status,
      expected,
      actual,
      evidence,
      durationMs,
      ...(reason ? { reason } : {}),
    }),
  );
  return `${JSON.stringify({ contract, variant, image, runId, startedAt, durationMs, imageSize, warnings, checks }, null, 2)}\n`;
}
