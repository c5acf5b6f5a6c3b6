import rule from '../../../src/lint/rules/copy-relative-dest-workdir.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nCOPY app.py "/srv/app.py"\nCOPY settings.py "${APP_HOME}"',
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .',
    'FROM python:3.12-slim\nCOPY app/ /app/',
    'FROM python:3.12 AS base\nWORKDIR /srv\nFROM base\nCOPY main.py .',
    'FROM python:3.12-slim\nARG DEST=/app\nCOPY main.py $DEST/',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nCOPY . .',
      errors: [{ messageId: 'relative', line: 2, column: 8, endColumn: 9 }],
    },
    {
      code: 'FROM python:3.12-slim\nCOPY requirements.txt app/\nWORKDIR /app\nCOPY . .',
      errors: [{ messageId: 'relative', line: 2, column: 23 }],
    },
    {
      code: 'FROM python:3.12 AS build\nWORKDIR /w\nFROM python:3.12-slim\nCOPY --from=build ["/w", "app"]',
      errors: [{ messageId: 'relative', line: 4, column: 26 }],
    },
  ],
});
