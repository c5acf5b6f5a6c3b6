import rule from '../../../src/lint/rules/wget-no-check-certificate.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN wget -q https://x/a',
    'FROM debian:12\nRUN wget --ca-certificate=/ca.pem https://x/a',
    'FROM debian:12\nRUN curl --no-check-certificate https://x/a',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget --no-check-certificate https://x/a',
      errors: [{ messageId: 'insecure', line: 2, column: 10, endLine: 2, endColumn: 32 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && wget -qO- --no-check-certificate https://x/a | sh',
      errors: [{ messageId: 'insecure', line: 2, column: 33 }],
    },
    {
      code: 'FROM debian:12\nRUN wget -e check_certificate=off https://x/a',
      errors: [{ messageId: 'insecure', line: 2, column: 13 }],
    },
  ],
});
