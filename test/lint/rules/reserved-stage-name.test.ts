import rule from '../../../src/lint/rules/reserved-stage-name.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM scratch',
    'FROM python:3.12 AS build',
    'FROM python:3.12 AS scratchpad\nFROM python:3.12-slim AS app-context',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS scratch',
      errors: [{ messageId: 'reserved', line: 1, column: 21, endColumn: 28 }],
    },
    {
      code: 'FROM python:3.12 AS build\nFROM alpine:3.20 AS context',
      errors: [{ messageId: 'reserved', line: 2, column: 21 }],
    },
    {
      code: 'FROM python:3.12 AS Scratch\nRUN echo hi',
      errors: [{ messageId: 'reserved', line: 1, column: 21 }],
    },
  ],
});
