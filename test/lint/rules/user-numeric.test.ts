import rule from '../../../src/lint/rules/user-numeric.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nUSER 10001:10001',
      'FROM python:3.12-slim\nARG UID=1000\nUSER ${UID}',
      'FROM python:3.12-slim\nARG UID="1000"\nUSER $UID',
      'FROM python:3.12-slim\nUSER app\nUSER 1000',
      'FROM python:3.12-slim\nARG RUNAS\nUSER $RUNAS',
      { code: 'FROM python:3.12-slim\nUSER app', contract: 'target: generic\n' },
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nRUN useradd -u 1000 app\nUSER app',
        errors: [{ messageId: 'name', line: 3, column: 6, endLine: 3, endColumn: 9 }],
      },
      {
        code: 'FROM python:3.12-slim\nUSER appuser:appgroup',
        errors: [{ messageId: 'name', line: 2, column: 6 }],
      },
      {
        code: 'FROM python:3.12-slim AS base\nUSER nobody\nFROM base\nCMD ["python"]',
        errors: [{ messageId: 'name', line: 2, column: 6 }],
      },
    ],
  },
  { onbuild: false },
);
