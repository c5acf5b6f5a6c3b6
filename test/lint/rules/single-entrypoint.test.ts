import rule from '../../../src/lint/rules/single-entrypoint.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENTRYPOINT ["python"]\nCMD ["app.py"]',
    'FROM python:3.12 AS build\nENTRYPOINT ["pytest"]\nFROM python:3.12-slim\nENTRYPOINT ["python"]',
    'FROM python:3.12-slim\nCMD ["a"]\nENTRYPOINT ["tini", "--"]',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENTRYPOINT ["python"]\nENTRYPOINT ["tini", "--"]',
      errors: [{ messageId: 'overridden', line: 2, column: 1, endColumn: 11 }],
    },
    {
      code: 'FROM python:3.12-slim\nentrypoint python\nENTRYPOINT ["uvicorn"]\nRUN echo hi\nENTRYPOINT ["gunicorn"]',
      errors: [
        { messageId: 'overridden', line: 2, column: 1 },
        { messageId: 'overridden', line: 3, column: 1 },
      ],
    },
    {
      code: 'FROM python:3.12 AS base\nENTRYPOINT ["a"]\nFROM base\nENTRYPOINT ["b"]\nENTRYPOINT ["c"]',
      errors: [{ messageId: 'overridden', line: 4, column: 1 }],
    },
  ],
});
