import rule from '../../../src/lint/rules/no-ssh-port.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nEXPOSE 8000',
    'FROM python:3.12-slim\nEXPOSE 2222 220/udp',
    'FROM python:3.12-slim\nEXPOSE 23-80',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 22',
      errors: [{ messageId: 'ssh', line: 2, column: 8, endLine: 2, endColumn: 10 }],
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000 22/tcp',
      errors: [{ messageId: 'ssh', line: 2, column: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nARG SSH_PORT=22\nEXPOSE 20-25 $SSH_PORT',
      errors: [
        { messageId: 'ssh', line: 3, column: 8 },
        { messageId: 'ssh', line: 3, column: 14 },
      ],
    },
  ],
});
