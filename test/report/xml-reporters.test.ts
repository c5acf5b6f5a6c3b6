import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { type Finding, lintTextSync, rules, summarize } from '../../src/lint/index.js';
import { reporters } from '../../src/report/index.js';

// The XML formats are read by other tools (Jenkins, reviewdog, SonarQube, CI test tabs): each must
// be well-formed XML for a real parser, whatever the messages hold, and carry every finding.

const text = 'FROM python\nRUN apt-get install curl\nCMD uvicorn app:app\n';
let result: ReturnType<typeof summarize>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (n) => ['file', 'error', 'testsuite', 'testcase'].includes(n),
});

/** A finding whose message holds every character XML makes hard: markup, quotes, a control byte. */
const nasty: Finding = {
  ruleId: 'DS1000',
  rule: 'syntax-error',
  aliases: [],
  severity: 'style',
  messageId: 'x',
  message: 'a <b> & "c" \'d\' \u0001 end ]]>',
  file: 'odd & <dir>/Dockerfile',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
};

beforeAll(async () => {
  await initShellParser();
  const core = rules.filter((r) => /^DS(100\d|200\d|400\d|500\d|600\d)$/.test(r.id));
  result = summarize(
    [
      lintTextSync(text, { file: 'svc/Dockerfile', rules: core }),
      { file: 'ok/Dockerfile', findings: [] },
      { file: nasty.file, findings: [nasty] },
    ],
    'warning',
  );
});

/** The first well-formedness error a strict XML 1.0 parser finds, or undefined. */
function xmlError(xml: string): string | undefined {
  const sax = new SaxesParser();
  let error: string | undefined;
  sax.on('error', (e) => {
    error ??= e.message;
  });
  sax.write(xml).close();
  return error;
}

const wellFormed = (xml: string) => expect(xmlError(xml)).toBeUndefined();

describe('XML reporters', () => {
  it('checkstyle: well-formed, a <file> per linted file, an <error> per finding', () => {
    const out = reporters.checkstyle(result, {});
    wellFormed(out);
    const doc = parser.parse(out);
    const files = doc.checkstyle.file as { name: string; error?: Record<string, string>[] }[];
    expect(files.map((f) => f.name)).toEqual(['svc/Dockerfile', 'ok/Dockerfile', 'odd & <dir>/Dockerfile']);
    expect(files[0].error?.length).toBe(result.findings.length - 1);
    expect(files[1].error).toBeUndefined();
    const apt = files[0].error!.find((e) => e.source === 'dockspec.DS2001')!;
    expect(apt).toMatchObject({ line: '2', column: '5', severity: 'warning' });
    expect(apt.message).toMatch(/^apt-get install without -y/);
    // Markup survives escaping; a control byte XML cannot carry becomes U+FFFD.
    expect(files[2].error![0]).toMatchObject({
      severity: 'info',
      message: 'a <b> & "c" \'d\' \uFFFD end ]]>',
    });
  });

  it('junit: well-formed, one failing testcase per finding and a passing one for a clean file', () => {
    const out = reporters.junit(result, {});
    wellFormed(out);
    const doc = parser.parse(out);
    const suites = doc.testsuites.testsuite as {
      name: string;
      failures: string;
      testcase: { failure?: unknown }[];
    }[];
    expect(suites.map((s) => s.name)).toEqual(['svc/Dockerfile', 'ok/Dockerfile', 'odd & <dir>/Dockerfile']);
    const failing = suites.flatMap((s) => s.testcase).filter((c) => c.failure);
    expect(failing.length).toBe(result.findings.length);
    expect(doc.testsuites.failures).toBe(String(result.findings.length));
    expect(suites[1].testcase).toHaveLength(1);
  });

  it('the checks can fail: unescaped markup is not well-formed', () => {
    expect(xmlError('<checkstyle><file name="a & b"/></checkstyle>')).toBeDefined();
    expect(xmlError('<checkstyle><file name="\u0001"/></checkstyle>')).toBeDefined();
  });
});

describe('codeclimate', () => {
  it('one NUL-terminated issue per finding, with categories, positions and stable fingerprints', () => {
    const out = reporters.codeclimate(result, {});
    expect(out.endsWith('\0')).toBe(true);
    const issues = out
      .split('\0')
      .filter(Boolean)
      .map((s) => JSON.parse(s));
    expect(issues).toHaveLength(result.findings.length);
    const apt = issues.find((i) => i.check_name === 'DS2001 apt-get-yes');
    expect(apt).toMatchObject({
      type: 'issue',
      categories: ['Performance'],
      severity: 'major',
      location: { path: 'svc/Dockerfile', positions: { begin: { line: 2, column: 5 } } },
    });
    for (const i of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(i.severity);
      expect(i.categories.length).toBeGreaterThan(0);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(reporters.codeclimate(summarize([{ file: 'x', findings: [] }], 'warning'), {})).toBe('');
  });
});
