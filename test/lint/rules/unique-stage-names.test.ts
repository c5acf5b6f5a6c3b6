import rule from '../../../src/lint/rules/unique-stage-names.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build\nFROM python:3.12-slim AS runtime',
    'FROM python:3.12\nFROM python:3.12-slim',
    'FROM python:3.12 AS build\nFROM build AS test\nFROM python:3.12-slim',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim AS build',
      errors: [{ messageId: 'duplicate', line: 2, column: 26, endColumn: 31 }],
    },
    {
      code: 'FROM python:3.12 AS Build\nRUN echo hi\nFROM python:3.12-slim AS build',
      errors: [{ messageId: 'duplicate', line: 3, column: 26 }],
    },
    {
      code: 'FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS x',
      errors: [
        { messageId: 'duplicate', line: 2, column: 13 },
        { messageId: 'duplicate', line: 3, column: 13 },
      ],
    },
  ],
});
