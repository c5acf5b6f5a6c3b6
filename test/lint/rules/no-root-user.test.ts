import rule from '../../../src/lint/rules/no-root-user.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nUSER root\nRUN apt-get update\nUSER 10001',
      'FROM python:3.12-slim AS build\nUSER root\nFROM python:3.12-slim\nUSER app',
      'FROM python:3.12-slim\nCMD ["python"]',
      { code: 'FROM python:3.12-slim\nUSER root', contract: 'target: generic\n' },
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nUSER app\nRUN make\nUSER root',
        errors: [{ messageId: 'root', line: 4, column: 6, endLine: 4, endColumn: 10 }],
      },
      {
        code: 'FROM python:3.12-slim\nUSER 0:0',
        errors: [{ messageId: 'root', line: 2, column: 6 }],
      },
      {
        code: 'FROM python:3.12-slim AS base\nARG RUNAS=root\nUSER ${RUNAS}\nFROM base\nCMD ["python"]',
        errors: [{ messageId: 'root', line: 3, column: 6 }],
      },
    ],
  },
  { onbuild: false },
);
