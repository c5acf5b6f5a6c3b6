import type { VerifyReport } from '../verify/verify.js';
import { countStatuses } from './verify-summary.js';

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** `--report junit`: one testsuite, one testcase per check; fail → failure, error → error, skip → skipped. */
export function verifyJunit(report: VerifyReport): string {
  const c = countStatuses(report.checks);
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const cases = report.checks.map((k) => {
    const open = `    <testcase classname="dockspec.verify" name="${esc(`${k.id}: ${k.title}`)}" time="${secs(k.durationMs)}"`;
    const body = k.evidence.length ? esc(k.evidence.join('\n')) : '';
    if (k.status === 'pass')
      return `${open}>\n      <system-out>${esc(k.actual)}</system-out>\n    </testcase>`;
    if (k.status === 'skip')
      return `${open}>\n      <skipped message="${esc(k.reason ?? '')}"/>\n    </testcase>`;
    const tag = k.status === 'fail' ? 'failure' : 'error';
    const message =
      k.status === 'fail' ? `expected ${k.expected}; actual ${k.actual}` : (k.reason ?? k.actual);
    return `${open}>\n      <${tag} message="${esc(message)}">${body}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="dockspec verify" tests="${report.checks.length}" failures="${c.fail}" errors="${c.error}" skipped="${c.skip}" time="${secs(report.durationMs)}">`,
    `  <testsuite name="${esc(report.contract)}${report.variant ? ` (${esc(report.variant)} variant)` : ''}" tests="${report.checks.length}" failures="${c.fail}" errors="${c.error}" skipped="${c.skip}" time="${secs(report.durationMs)}">`,
    `    <properties><property name="image" value="${esc(report.image)}"/>${report.variant ? `<property name="variant" value="${esc(report.variant)}"/>` : ''}</properties>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
