import rule from '../../../src/lint/rules/env-self-reference.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nENV APP=/app\nENV PYTHONPATH=$APP',
    'FROM python:3.12-slim\nENV PATH=/opt/venv/bin:$PATH',
    "FROM python:3.12-slim\nENV A=1 B='$A'",
    'FROM python:3.12-slim\nENV A=1 B=\\$A',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nENV APP=/app PYTHONPATH=$APP',
      errors: [{ messageId: 'same', line: 2, column: 25, endColumn: 29 }],
    },
    {
      code: 'FROM python:3.12-slim\nENV HOME=/home/u \\\n    CACHE="${HOME}/.cache" DATA=$HOME/data',
      errors: [
        { messageId: 'same', line: 3, column: 12 },
        { messageId: 'same', line: 3, column: 33 },
      ],
    },
    {
      code: 'FROM python:3.12-slim\nENV V=1\nENV V=2 W=$V',
      errors: [{ messageId: 'same', line: 3, column: 11 }],
    },
  ],
});
