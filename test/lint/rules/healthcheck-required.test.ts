import rule from '../../../src/lint/rules/healthcheck-required.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "import urllib.request as u; u.urlopen(\'http://127.0.0.1:8000/health\')"',
      'FROM python:3.12-slim\nHEALTHCHECK NONE',
      'FROM python:3.12-slim AS base\nHEALTHCHECK CMD ["/healthcheck"]\nFROM base',
      { code: 'FROM python:3.12-slim\nCMD ["python"]', contract: 'target: kubernetes\n' },
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCMD ["python"]',
        errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 22 }],
      },
      {
        code: 'FROM python:3.12-slim AS build\nHEALTHCHECK NONE\nFROM python:3.12-slim\nCMD ["python"]',
        errors: [{ messageId: 'missing', line: 3, column: 1 }],
      },
      {
        code: 'FROM python:3.12-slim\nCMD ["python"]',
        contract: 'target: generic\n',
        errors: [{ messageId: 'missing', line: 1, column: 1 }],
      },
    ],
  },
  { onbuild: false },
);
