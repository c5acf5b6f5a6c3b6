import rule from '../../../src/lint/rules/env-spaced-equals.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENV PORT=8000',
    'FROM python:3.12-slim\nENV PORT 8000',
    'FROM python:3.12-slim\nENV A=1 B="= 2"',
    'FROM python:3.12-slim\nARG PORT=8000\nENV PORT=${PORT}',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENV PORT = 8000',
      errors: [{ messageId: 'spaced', line: 2, column: 5, endColumn: 16 }],
      output: 'FROM python:3.12-slim\nENV PORT=8000',
    },
    {
      code: 'FROM python:3.12-slim\nENV PORT =8000\nEXPOSE 8000',
      errors: [{ messageId: 'spaced', line: 2, column: 5, endColumn: 15 }],
      output: 'FROM python:3.12-slim\nENV PORT=8000\nEXPOSE 8000',
    },
    {
      code: 'FROM python:3.12-slim\nENV WEB_CONCURRENCY=2\nENV GREETING = hello world',
      errors: [{ messageId: 'spaced', line: 3, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD ENV PORT = 8000',
      errors: [{ messageId: 'spaced', line: 2, column: 13 }],
    },
  ],
});
