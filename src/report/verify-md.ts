import { formatDuration, formatSize } from '../contract/units.js';
import type { VerifyReport } from '../verify/verify.js';
import { countStatuses } from './verify-summary.js';

/** `--report md`: the seeds' "Definition of Done" checklist, one line per clause with what was measured. */
export function verifyMarkdown(report: VerifyReport): string {
  const counts = countStatuses(report.checks);
  const lines = [
    `# Container contract verification: ${report.contract}${report.variant ? ` (${report.variant} variant)` : ''}`,
    '',
    `Image \`${report.image}\`${report.imageSize !== undefined ? ` (${formatSize(report.imageSize)})` : ''} · ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped, ${counts.error} errors · ${formatDuration(report.durationMs)}`,
    '',
    '## Definition of Done',
    '',
  ];
  for (const c of report.checks) {
    const box = c.status === 'pass' ? '[x] ☑' : '[ ] ☐';
    const measured =
      c.status === 'pass'
        ? c.actual
        : c.status === 'fail'
          ? `${c.actual} (expected: ${c.expected})`
          : `${c.status === 'skip' ? 'skipped' : 'error'}: ${c.reason ?? c.actual}`;
    lines.push(`- ${box} **${c.title}** — ${escapeMd(measured)}`);
  }
  const failed = report.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  if (failed.length) {
    lines.push('', '## Evidence', '');
    for (const c of failed) {
      lines.push(
        `### ${c.id}`,
        '',
        '```text',
        ...(c.evidence.length ? c.evidence : [c.reason ?? '-']),
        '```',
        '',
      );
    }
  }
  for (const w of report.warnings) lines.push('', `> ⚠ ${w}`);
  return `${lines.join('\n').trimEnd()}\n`;
}

const escapeMd = (s: string) => s.replace(/\n/g, ' ').replace(/\|/g, '\\|');
