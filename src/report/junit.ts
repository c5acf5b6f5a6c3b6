import { findingsByFile } from './by-file.js';
import { type JunitCase, junitXml } from './junit-xml.js';
import type { Reporter } from './types.js';

/**
 * `lint --format junit`: one testsuite per linted file, one failing testcase per finding, and one
 * passing testcase for a clean file (through the one JUnit writer, src/report/junit-xml.ts).
 */
export const junit: Reporter = (result) =>
  junitXml({
    name: 'dockspec lint',
    suites: [...findingsByFile(result)].map(([file, findings]) => ({
      name: file,
      cases: findings.length
        ? findings.map(
            (f): JunitCase => ({
              classname: file,
              name: `${f.ruleId} ${f.rule} ${f.line}:${f.column}`,
              outcome: {
                kind: 'failure',
                type: f.severity,
                message: f.message,
                body: `${file}:${f.line}:${f.column} ${f.message} (${f.ruleId})`,
              },
            }),
          )
        : [{ classname: file, name: 'dockspec lint', outcome: { kind: 'pass' } }],
    })),
  });
