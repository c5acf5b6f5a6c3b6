import rule from '../../../src/lint/rules/user-required.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nUSER 10001',
      'FROM python:3.12-slim AS base\nUSER app\nFROM base\nCMD ["python"]',
      'FROM gcr.io/distroless/python3-debian12:nonroot\nCMD ["app.py"]',
      'FROM nginxinc/nginx-unprivileged:1.27\nCOPY site /usr/share/nginx/html',
      { code: 'FROM python:3.12-slim\nCMD ["python"]', contract: 'target: generic\n' },
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["python"]',
        errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 22 }],
      },
      {
        code: 'FROM python:3.12-slim AS build\nUSER app\nFROM python:3.12-slim\nCOPY --from=build /x /x',
        errors: [{ messageId: 'missing', line: 3, column: 1 }],
      },
      {
        code: 'ARG PY=3.12\nFROM python:${PY}-slim\nRUN pip install --no-cache-dir x',
        errors: [{ messageId: 'missing', line: 2, column: 1 }],
      },
    ],
  },
  { onbuild: false },
);
