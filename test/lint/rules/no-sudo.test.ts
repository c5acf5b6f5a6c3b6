import rule from '../../../src/lint/rules/no-sudo.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y sudo',
    'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 1000',
    'FROM debian:12\nRUN echo sudo',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get update',
      errors: [{ messageId: 'sudo', line: 2, column: 5, endLine: 2, endColumn: 9 }],
    },
    {
      code: 'FROM debian:12\nRUN make && sudo make install',
      errors: [{ messageId: 'sudo', line: 2, column: 13 }],
    },
    {
      code: 'FROM debian:12\nRUN true && \\\n  /usr/bin/sudo -u app pip install x',
      errors: [{ messageId: 'sudo', line: 3, column: 3 }],
    },
  ],
});
