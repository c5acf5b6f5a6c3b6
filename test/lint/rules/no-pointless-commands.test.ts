import rule from '../../../src/lint/rules/no-pointless-commands.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y vim openssh-client',
    'FROM debian:12\nRUN echo top',
    'FROM debian:12\nCMD ["ps", "aux"]',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN service nginx start',
      errors: [{ messageId: 'pointless', line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN ps aux | grep nginx && kill 1',
      errors: [
        { messageId: 'pointless', line: 2, column: 5 },
        { messageId: 'pointless', line: 2, column: 28 },
      ],
    },
    {
      code: 'FROM debian:12\nRUN true && \\\n  mount -t tmpfs none /mnt',
      errors: [{ messageId: 'pointless', line: 3, column: 3 }],
    },
  ],
});
