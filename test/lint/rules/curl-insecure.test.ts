import rule from '../../../src/lint/rules/curl-insecure.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://x/a -o /a',
    'FROM debian:12\nRUN curl -K /etc/curlrc https://x/a',
    'FROM debian:12\nRUN wget -k https://x/a',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -k https://x/a',
      errors: [{ messageId: 'insecure', line: 2, column: 10, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN curl -fsSLk https://x/a | sh',
      errors: [{ messageId: 'insecure', line: 2, column: 10 }],
    },
    {
      code: 'FROM debian:12\nRUN true && \\\n  curl --insecure -o /a https://x/a',
      errors: [{ messageId: 'insecure', line: 3, column: 8 }],
    },
  ],
});
