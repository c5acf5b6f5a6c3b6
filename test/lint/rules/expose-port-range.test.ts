import rule from '../../../src/lint/rules/expose-port-range.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nEXPOSE 8000',
    'FROM python:3.12-slim\nEXPOSE 8000/tcp 9000-9010/udp 65535',
    'FROM python:3.12-slim\nARG PORT\nEXPOSE $PORT',
    'FROM python:3.12-slim\nEXPOSE 127.0.0.1:8000',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 80000',
      errors: [{ messageId: 'range', line: 2, column: 8, endColumn: 13 }],
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000 70000/tcp 1-99999',
      errors: [
        { messageId: 'range', line: 2, column: 13 },
        { messageId: 'range', line: 2, column: 23 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nENV PORT=http\nEXPOSE ${PORT}',
      errors: [{ messageId: 'range', line: 3, column: 8 }],
    },
  ],
});
