import rule from '../../../src/lint/rules/no-chpasswd.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -m -u 1000 app',
    'FROM debian:12\nRUN passwd -l root',
    'FROM debian:12\nRUN echo chpasswd',
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN echo 'root:hunter2' | chpasswd",
      errors: [{ messageId: 'chpasswd', line: 2, column: 27, endLine: 2, endColumn: 35 }],
    },
    {
      code: 'FROM debian:12\nRUN passwd -d app',
      errors: [{ messageId: 'empty', line: 2, column: 12 }],
    },
    {
      code: 'FROM debian:12\nRUN useradd -m -p "$(openssl passwd -1 pw)" app && usermod --password x root',
      errors: [
        { messageId: 'option', line: 2, column: 16 },
        { messageId: 'option', line: 2, column: 60 },
      ],
    },
  ],
});
