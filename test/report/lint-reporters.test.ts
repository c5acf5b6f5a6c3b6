import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/dockerfile/index.js';
import { lintTextSync, rules, summarize } from '../../src/lint/index.js';
import { reporters } from '../../src/report/index.js';
import { sarifValidator } from '../helpers/sarif-schema.js';

const text = 'FROM python\nRUN apt-get install curl\nCMD uvicorn app:app\n';
let result: ReturnType<typeof summarize>;

beforeAll(async () => {
  await initShellParser();
  // The core rules only, so rules added by other batches do not change these expectations.
  const core = rules.filter((r) => /^DS(100\d|200\d|400\d|500\d|600\d)$/.test(r.id));
  result = summarize([lintTextSync(text, { file: 'svc/Dockerfile', rules: core })], 'warning');
});

describe('lint reporters', () => {
  it('json: an array of findings with positions and fixes', () => {
    const out = JSON.parse(reporters.json(result, {}));
    expect(
      out.map((f: { ruleId: string; line: number; column: number }) => `${f.line}:${f.column} ${f.ruleId}`),
    ).toEqual(['1:6 DS1003', '2:5 DS2001', '2:5 DS2002', '2:5 DS2003', '3:5 DS1001', '3:5 DS4001']);
    const apt = out.find((f: { ruleId: string }) => f.ruleId === 'DS2001');
    expect(apt).toMatchObject({
      aliases: ['DL3014'],
      severity: 'warning',
      file: 'svc/Dockerfile',
      endLine: 2,
      endColumn: 25,
    });
    expect(apt.fix.edits[0]).toEqual({
      range: { start: { line: 2, column: 20 }, end: { line: 2, column: 20 } },
      text: ' -y',
    });
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata and fixes', () => {
    const validate = sarifValidator();
    const log = JSON.parse(reporters.sarif(result, { rules, toolVersion: '0.1.0' }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.length).toBe(rules.length);
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id).sort());
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'DS2001');
    expect(rule.helpUri).toBe('https://unpkg.com/dockspec@0.1.0/docs/rules/apt-get-yes.md');
    const apt = run.results.find((r: { ruleId: string }) => r.ruleId === 'DS2001');
    expect(run.tool.driver.rules[apt.ruleIndex].id).toBe('DS2001');
    expect(apt.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(' -y');
    expect(apt.locations[0].physicalLocation.artifactLocation.uri).toBe('svc/Dockerfile');

    // The validator can fail: a result without a message is rejected.
    delete log.runs[0].results[0].message;
    expect(validate(log)).toBe(false);
  });

  it('github: workflow annotations with escaped properties', () => {
    const out = reporters.github(result, {});
    expect(out.split('\n')[1]).toBe(
      '::warning file=svc/Dockerfile,line=2,col=5,endLine=2,endColumn=25,title=DS2001 apt-get-yes::apt-get install without -y waits for an answer and aborts the build; add -y',
    );
    const odd = summarize(
      [
        {
          file: 'a,b:c.Dockerfile',
          findings: [{ ...result.findings[0], file: 'a,b:c.Dockerfile', message: '50% done\nnext' }],
        },
      ],
      'warning',
    );
    expect(reporters.github(odd, {})).toContain('file=a%2Cb%3Ac.Dockerfile');
    expect(reporters.github(odd, {})).toContain('::50%25 done%0Anext');
  });

  it('junit: one failing testcase per finding, a passing one for a clean file', () => {
    const clean = summarize([...result.files, { file: 'ok/Dockerfile', findings: [] }], 'warning');
    const out = reporters.junit(clean, {});
    expect(out).toContain('<testsuites name="dockspec lint" tests="7" failures="6" errors="0" skipped="0">');
    expect(out).toContain('<testsuite name="ok/Dockerfile" tests="1" failures="0" errors="0" skipped="0">');
    expect(out.match(/<failure /g)?.length).toBe(6);
  });

  it('gitlab: code quality issues with stable fingerprints', () => {
    const a = JSON.parse(reporters.gitlab(result, {}));
    const b = JSON.parse(reporters.gitlab(result, {}));
    expect(a[0]).toMatchObject({
      check_name: 'DS1003',
      severity: 'major',
      location: { path: 'svc/Dockerfile', lines: { begin: 1 } },
    });
    expect(a.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(
      b.map((i: { fingerprint: string }) => i.fingerprint),
    );
    expect(new Set(a.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(a.length);
  });

  it('stylish: grouped by file, source line and caret, summary', () => {
    const out = reporters.stylish(result, { source: () => text, color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('svc/Dockerfile');
    const i = lines.findIndex((l) => l.includes('DS2001 apt-get-yes'));
    expect(lines[i]).toMatch(/^ {2}2:5 {2}warning {2}apt-get install without -y/);
    expect(lines[i + 1]).toBe('    | RUN apt-get install curl');
    expect(lines[i + 2]).toBe(`    | ${' '.repeat(4)}${'^'.repeat(20)}`);
    expect(out).toContain('✖ 6 problems (1 error, 3 warnings, 2 info)');
    expect(reporters.stylish(summarize([{ file: 'x', findings: [] }], 'warning'), {})).toContain(
      'no problems',
    );
  });
});
