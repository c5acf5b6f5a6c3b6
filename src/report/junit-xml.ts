import { XML_DECLARATION, xmlText as xml } from './xml.js';

// The one JUnit XML writer: lint's report (a suite per file) and verify's (a suite per run) both
// describe their results with these shapes, so the escaping, the counts and the layout are the same
// for both, and every CI that reads one reads the other.

export type JunitOutcome =
  | { kind: 'pass'; output?: string }
  | { kind: 'skipped'; message: string }
  | { kind: 'failure' | 'error'; type?: string; message: string; body: string };

export interface JunitCase {
  classname: string;
  name: string;
  seconds?: number;
  outcome: JunitOutcome;
}

export interface JunitSuite {
  name: string;
  seconds?: number;
  properties?: Record<string, string>;
  cases: JunitCase[];
}

function counts(cases: JunitCase[]) {
  const of = (kind: JunitOutcome['kind']) => cases.filter((c) => c.outcome.kind === kind).length;
  return { tests: cases.length, failures: of('failure'), errors: of('error'), skipped: of('skipped') };
}

function attributes(name: string, cases: JunitCase[], seconds?: number): string {
  const n = counts(cases);
  const time = seconds === undefined ? '' : ` time="${seconds.toFixed(3)}"`;
  return `name="${xml(name)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="${n.skipped}"${time}`;
}

function testcase(c: JunitCase): string {
  const time = c.seconds === undefined ? '' : ` time="${c.seconds.toFixed(3)}"`;
  const open = `    <testcase classname="${xml(c.classname)}" name="${xml(c.name)}"${time}`;
  const o = c.outcome;
  if (o.kind === 'pass')
    return o.output === undefined
      ? `${open}/>`
      : `${open}>\n      <system-out>${xml(o.output)}</system-out>\n    </testcase>`;
  if (o.kind === 'skipped') return `${open}>\n      <skipped message="${xml(o.message)}"/>\n    </testcase>`;
  const type = o.type === undefined ? '' : ` type="${xml(o.type)}"`;
  return `${open}>\n      <${o.kind}${type} message="${xml(o.message)}">${xml(o.body)}</${o.kind}>\n    </testcase>`;
}

/** A JUnit XML document: no timestamps, so the same results always give the same bytes. */
export function junitXml(doc: { name: string; seconds?: number; suites: JunitSuite[] }): string {
  const all = doc.suites.flatMap((s) => s.cases);
  const suites = doc.suites.map((s) => {
    const props = Object.entries(s.properties ?? {});
    return [
      `  <testsuite ${attributes(s.name, s.cases, s.seconds)}>`,
      ...(props.length
        ? [
            `    <properties>${props.map(([k, v]) => `<property name="${xml(k)}" value="${xml(v)}"/>`).join('')}</properties>`,
          ]
        : []),
      ...s.cases.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  return `${XML_DECLARATION}\n<testsuites ${attributes(doc.name, all, doc.seconds)}>\n${suites.join('\n')}\n</testsuites>\n`;
}
