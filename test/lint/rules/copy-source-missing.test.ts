import rule from '../../../src/lint/rules/copy-source-missing.js';
import { ruleTester } from '../rule-tester.js';

const files = { 'requirements.txt': 'fastapi', 'app/main.py': '', 'alembic.ini': '' };

ruleTester(rule, {
  valid: [
    { code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nCOPY app/ app/', files },
    { code: 'FROM python:3.12-slim\nCOPY . .', files },
    { code: 'FROM python:3.12-slim\nCOPY *.txt ./', files },
    { code: 'FROM python:3.12-slim AS b\nFROM python:3.12-slim\nCOPY --from=b /nowhere /x', files },
    { code: 'FROM python:3.12-slim\nADD https://example.com/x.tgz /tmp/', files },
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt pyproject.toml ./',
      files,
      errors: [{ messageId: 'missing', line: 2, column: 23, endColumn: 37 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY --chown=app:app src/ /app/src/',
      files,
      errors: [{ messageId: 'missing', line: 2, column: 22 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY *.lock ./',
      files,
      errors: [{ messageId: 'noMatch', line: 2, column: 6 }],
    },
  ],
});
