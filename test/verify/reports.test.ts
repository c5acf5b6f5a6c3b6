import { describe, expect, it } from 'vitest';
import { verifyJson } from '../../src/report/verify-json.js';
import { verifyJunit } from '../../src/report/verify-junit.js';
import { verifyMarkdown } from '../../src/report/verify-md.js';
import { checkLine } from '../../src/report/verify-summary.js';
import { sampleReport } from './sample-report.js';

describe('verify reporters', () => {
  it('json has the documented shape', () => {
    const data = JSON.parse(verifyJson(sampleReport));
    expect(data.contract).toBe('examples/demo/dockspec.yaml');
    expect(data.image).toBe('dockspec-verify:1a2b3c4d');
    expect(Object.keys(data.checks[0])).toEqual([
      'id',
      'title',
      'status',
      'expected',
      'actual',
      'evidence',
      'durationMs',
    ]);
    expect(data.checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'fail', 'skip', 'error']);
    expect(data.checks[2].reason).toBe('the contract declares no CORS policy');
  });

  it('markdown is a Definition-of-Done checklist with measured values', () => {
    const md = verifyMarkdown(sampleReport);
    expect(md).toContain('## Definition of Done');
    expect(md).toContain('- [x] ☑ **Image builds** — built in 4.2s');
    expect(md).toContain(
      '- [ ] ☐ **Image size within budget** — image is 134.5MB, over the 100MB budget (expected: ≤ 100MB)',
    );
    expect(md).toContain('- [ ] ☐ **CORS preflights** — skipped: the contract declares no CORS policy');
    expect(md).toMatch(/### size\n\n```text\n97MB debian base\na & b < c\n```/);
  });

  it('junit counts failures, errors and skips, and escapes text', () => {
    const xml = verifyJunit(sampleReport);
    expect(xml).toContain('tests="4" failures="1" errors="1" skipped="1"');
    expect(xml).toContain(
      '<failure message="expected ≤ 100MB; actual image is 134.5MB, over the 100MB budget">',
    );
    expect(xml).toContain('a &amp; b &lt; c');
    expect(xml).toContain('<skipped message="the contract declares no CORS policy"/>');
    expect(xml).toContain('<error message="timed out after 180s">');
  });

  it('goes through the one JUnit writer lint uses: a control character becomes U+FFFD in both', async () => {
    const { junitXml } = await import('../../src/report/junit-xml.js');
    const withControl = {
      ...sampleReport,
      checks: [{ ...sampleReport.checks[1], actual: 'bell \u0007 here' }],
    };
    expect(verifyJunit(withControl)).toContain('bell \uFFFD here');
    expect(
      junitXml({
        name: 'x',
        suites: [
          { name: 's', cases: [{ classname: 'c', name: 'n', outcome: { kind: 'pass', output: 'a\u0007' } }] },
        ],
      }),
    ).toContain('<system-out>a\uFFFD</system-out>');
  });

  it('plain lines name status, id, time and what was measured', () => {
    expect(checkLine(sampleReport.checks[1])).toBe(
      'FAIL  size            0.8s  image is 134.5MB, over the 100MB budget (expected ≤ 100MB)',
    );
  });
});
