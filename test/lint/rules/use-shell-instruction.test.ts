import rule from '../../../src/lint/rules/use-shell-instruction.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
    'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/shell',
    'FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh',
      errors: [{ messageId: 'link', line: 2, column: 5, endLine: 2, endColumn: 29 }],
    },
    {
      code: 'FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh',
      errors: [{ messageId: 'link', line: 2, column: 19 }],
    },
    {
      code: 'FROM debian:12\nRUN true && \\\n  /bin/ln -snf /bin/bash /bin/sh/',
      errors: [{ messageId: 'link', line: 3, column: 3 }],
    },
  ],
});
