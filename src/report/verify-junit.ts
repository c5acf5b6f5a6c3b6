import type { VerifyReport } from '../verify/verify.js';
import { type JunitOutcome, junitXml } from './junit-xml.js';

/**
 * `verify --report junit`: one testsuite, one testcase per check; fail → failure, error → error,
 * skip → skipped (through the one JUnit writer, src/report/junit-xml.ts).
 */
export function verifyJunit(report: VerifyReport): string {
  const seconds = (ms: number) => ms / 1000;
  return junitXml({
    name: 'dockspec verify',
    seconds: seconds(report.durationMs),
    suites: [
      {
        name: `${report.contract}${report.variant ? ` (${report.variant} variant)` : ''}`,
        seconds: seconds(report.durationMs),
        properties: { image: report.image, ...(report.variant ? { variant: report.variant } : {}) },
        cases: report.checks.map((k) => {
          const outcome: JunitOutcome =
            k.status === 'pass'
              ? { kind: 'pass', output: k.actual }
              : k.status === 'skip'
                ? { kind: 'skipped', message: k.reason ?? '' }
                : {
                    kind: k.status === 'fail' ? 'failure' : 'error',
                    message:
                      k.status === 'fail'
                        ? `expected ${k.expected}; actual ${k.actual}`
                        : (k.reason ?? k.actual),
                    body: k.evidence.join('\n'),
                  };
          return {
            classname: 'dockspec.verify',
            name: `${k.id}: ${k.title}`,
            seconds: seconds(k.durationMs),
            outcome,
          };
        }),
      },
    ],
  });
}
