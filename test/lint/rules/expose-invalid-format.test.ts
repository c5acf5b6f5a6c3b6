import rule from '../../../src/lint/rules/expose-invalid-format.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nEXPOSE 8000',
    'FROM python:3.12-slim\nEXPOSE 8000/tcp 9000-9010',
    'FROM python:3.12-slim\nARG PORT=8000\nEXPOSE $PORT',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 80:8000',
      errors: [{ messageId: 'mapping', line: 2, column: 8, endColumn: 15 }],
      output: 'FROM python:3.12-slim\nEXPOSE 8000',
    },
    {
      code: 'FROM python:3.12-slim\nEXPOSE 127.0.0.1:8000/tcp 9000',
      errors: [{ messageId: 'mapping', line: 2, column: 8 }],
      output: 'FROM python:3.12-slim\nEXPOSE 8000/tcp 9000',
    },
    {
      code: 'FROM python:3.12-slim\nARG HOST_PORT=80\nEXPOSE ${HOST_PORT}:8000',
      errors: [{ messageId: 'mapping', line: 3, column: 8 }],
    },
  ],
});
