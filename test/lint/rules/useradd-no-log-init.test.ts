import rule from '../../../src/lint/rules/useradd-no-log-init.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app',
    'FROM debian:12\nRUN useradd --no-log-init --uid 2000000 app',
    'FROM debian:12\nRUN useradd -u 10001 app',
    'FROM debian:12\nRUN useradd -r app',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN useradd -u 123456 app',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 26 }],
      output: 'FROM debian:12\nRUN useradd -l -u 123456 app',
    },
    {
      code: 'FROM debian:12\nRUN groupadd -g 999999 app && useradd -m --uid=999999 -g app app',
      errors: [{ messageId: 'missing', line: 2, column: 31 }],
      output: 'FROM debian:12\nRUN groupadd -g 999999 app && useradd -l -m --uid=999999 -g app app',
    },
    {
      code: 'FROM debian:12\nRUN true && \\\n    /usr/sbin/useradd -r -u 1000000 svc',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM debian:12\nRUN true && \\\n    /usr/sbin/useradd -l -r -u 1000000 svc',
    },
  ],
});
