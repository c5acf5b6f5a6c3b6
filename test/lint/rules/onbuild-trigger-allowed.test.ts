import rule from '../../../src/lint/rules/onbuild-trigger-allowed.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nONBUILD COPY . /app/',
    'FROM python:3.12-slim\nONBUILD RUN pip install -r requirements.txt',
    'FROM python:3.12-slim\nMAINTAINER x\nFROM python:3.12',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nONBUILD ONBUILD RUN echo hi',
      errors: [{ messageId: 'disallowed', line: 2, column: 9, endColumn: 16 }],
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD FROM alpine:3.20',
      errors: [{ messageId: 'disallowed', line: 2, column: 9 }],
    },
    {
      code: 'FROM python:3.12-slim\nonbuild maintainer ada\nONBUILD from x',
      errors: [
        { messageId: 'disallowed', line: 2, column: 9 },
        { messageId: 'disallowed', line: 3, column: 9 },
      ],
    },
  ],
});
