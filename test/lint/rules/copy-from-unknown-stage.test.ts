import rule from '../../../src/lint/rules/copy-from-unknown-stage.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=build /w /w',
    'FROM python:3.12\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=0 /w /w',
    'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx',
    'FROM python:3.12 AS Build\nFROM python:3.12-slim\nCOPY --from=BUILD /w /w',
    'ARG SRC=build\nFROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=$SRC /w /w',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=biuld /w /w',
      errors: [{ messageId: 'typo', line: 3, column: 13, endColumn: 18 }],
    },
    {
      code: 'FROM python:3.12-slim AS app\nCOPY --from=wheels /w /w\nFROM python:3.12 AS wheels',
      errors: [{ messageId: 'later', line: 2, column: 13 }],
    },
    {
      code: 'FROM python:3.12\nCOPY --from=2 /w /w\nFROM python:3.12-slim\nFROM alpine:3.20\nCOPY --from=nginx /etc/nginx /etc/nginx',
      errors: [
        { messageId: 'later', line: 2, column: 13 },
        { messageId: 'unknown', line: 5, column: 13 },
      ],
    },
  ],
});
