import rule from '../../../src/lint/rules/copy-dest-trailing-slash.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCOPY app.py settings.py "/srv/app/"',
    'FROM python:3.12-slim\nCOPY requirements.txt /app',
    'FROM python:3.12-slim\nCOPY pyproject.toml uv.lock /app/',
    'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", "/app/"]',
    'FROM python:3.12-slim\nARG DEST=/app/\nCOPY a b $DEST',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY pyproject.toml uv.lock /app',
      errors: [{ messageId: 'slash', line: 2, column: 29, endColumn: 33 }],
      output: 'FROM python:3.12-slim\nCOPY pyproject.toml uv.lock /app/',
    },
    {
      code: 'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", "/app"]',
      errors: [{ messageId: 'slash', line: 2, column: 25 }],
      output: 'FROM python:3.12-slim\nCOPY ["a.txt", "b.txt", "/app/"]',
    },
    {
      code: 'FROM python:3.12-slim\nWORKDIR /app\nADD a.txt b.txt c.txt .',
      errors: [{ messageId: 'slash', line: 3, column: 23 }],
      output: 'FROM python:3.12-slim\nWORKDIR /app\nADD a.txt b.txt c.txt ./',
    },
  ],
});
