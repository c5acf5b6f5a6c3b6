import rule from '../../../src/lint/rules/from-as-casing.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build',
    'from python:3.12 as build',
    'FROM python:3.12\nFrom python:3.12 as x',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 as build',
      errors: [{ messageId: 'casing', line: 1, column: 18, endColumn: 20 }],
      output: 'FROM python:3.12 AS build',
    },
    {
      code: 'from python:3.12 AS build',
      errors: [{ messageId: 'casing', line: 1, column: 18 }],
      output: 'from python:3.12 as build',
    },
    {
      code: 'FROM python:3.12 As build\nFROM python:3.12-slim aS app',
      errors: [
        { messageId: 'casing', line: 1, column: 18 },
        { messageId: 'casing', line: 2, column: 23 },
      ],
      output: 'FROM python:3.12 AS build\nFROM python:3.12-slim AS app',
    },
  ],
});
