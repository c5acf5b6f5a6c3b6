import { findingsByFile } from './by-file.js';
import type { Reporter } from './types.js';
import { XML_DECLARATION, xmlText as xml } from './xml.js';

/**
 * JUnit XML: one testsuite per linted file, one failing testcase per finding, and one passing
 * testcase for a clean file. No timestamps, so the output is deterministic.
 */
export const junit: Reporter = (result) => {
  const suites: string[] = [];
  let tests = 0;
  for (const [file, findings] of findingsByFile(result)) {
    const cases = findings.map(
      (f) =>
        `    <testcase classname="${xml(file)}" name="${xml(`${f.ruleId} ${f.rule} ${f.line}:${f.column}`)}">\n` +
        `      <failure type="${f.severity}" message="${xml(f.message)}">${xml(`${file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`)}</failure>\n` +
        '    </testcase>',
    );
    if (cases.length === 0) cases.push(`    <testcase classname="${xml(file)}" name="dockspec lint"/>`);
    tests += cases.length;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${findings.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const failures = result.findings.length;
  return `${XML_DECLARATION}\n<testsuites name="dockspec lint" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
};
