import rule from '../../../src/lint/rules/workdir-absolute.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nWORKDIR /app',
    'FROM python:3.12-slim\nWORKDIR /app\nWORKDIR src',
    'FROM python:3.12-slim\nARG HOME=/home/user\nWORKDIR $HOME/app',
    'FROM python:3.12 AS base\nWORKDIR /srv\nFROM base\nWORKDIR app',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nWORKDIR app',
      errors: [{ messageId: 'relative', line: 2, column: 9, endColumn: 12 }],
    },
    {
      code: 'FROM python:3.12-slim\nWORKDIR "app/src"\nWORKDIR /app',
      errors: [{ messageId: 'relative', line: 2, column: 9 }],
    },
    {
      code: 'FROM python:3.12 AS build\nWORKDIR /w\nFROM python:3.12-slim\nWORKDIR ./app',
      errors: [{ messageId: 'relative', line: 4, column: 9 }],
    },
  ],
});
