import rule from '../../../src/lint/rules/expose-proto-casing.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nEXPOSE 8000',
    'FROM python:3.12-slim\nEXPOSE 8000/tcp 53/udp',
    'FROM python:3.12-slim\nARG PROTO=tcp\nEXPOSE 8000/$PROTO',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000/TCP',
      errors: [{ messageId: 'casing', line: 2, column: 13, endColumn: 16 }],
      output: 'FROM python:3.12-slim\nEXPOSE 8000/tcp',
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000/tcp 53/Udp',
      errors: [{ messageId: 'casing', line: 2, column: 20 }],
      output: 'FROM python:3.12-slim\nEXPOSE 8000/tcp 53/udp',
    },
    {
      code: 'FROM python:3.12-slim\nARG PROTO=TCP\nEXPOSE 8000/$PROTO',
      errors: [{ messageId: 'casing', line: 3, column: 8 }],
    },
  ],
});
