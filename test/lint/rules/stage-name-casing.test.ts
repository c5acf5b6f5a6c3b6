import rule from '../../../src/lint/rules/stage-name-casing.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build',
    'FROM python:3.12\nFROM python:3.12-slim AS run-time_2',
    'FROM python:3.12 as builder\nFROM builder',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS Build',
      errors: [{ messageId: 'casing', line: 1, column: 21, endColumn: 26 }],
      output: 'FROM python:3.12 AS build',
    },
    {
      code: 'FROM python:3.12 AS BUILD\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=BUILD /w /w',
      errors: [{ messageId: 'casing', line: 1, column: 21 }],
      output:
        'FROM python:3.12 AS build\nRUN pip wheel -w /w .\nFROM python:3.12-slim\nCOPY --from=build /w /w',
    },
    {
      code: 'FROM python:3.12 AS myBase\nFROM myBase AS Test',
      errors: [
        { messageId: 'casing', line: 1, column: 21 },
        { messageId: 'casing', line: 2, column: 16 },
      ],
      output: 'FROM python:3.12 AS mybase\nFROM mybase AS test',
    },
  ],
});
