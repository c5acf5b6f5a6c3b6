import rule from '../../../src/lint/rules/copy-from-own-stage.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12 AS build\nFROM python:3.12-slim AS app\nCOPY --from=build /w /w',
    'FROM python:3.12\nFROM python:3.12-slim\nCOPY --from=0 /w /w',
    'FROM python:3.12-slim AS app\nCOPY --from=app:1.0 /w /w',
  ],
  invalid: [
    {
      code: 'FROM python:3.12 AS build\nCOPY --from=build /w /w',
      errors: [{ messageId: 'own', line: 2, column: 13, endColumn: 18 }],
    },
    {
      code: 'FROM python:3.12 AS build\nFROM python:3.12-slim\nCOPY --from=1 /w /w',
      errors: [{ messageId: 'own', line: 3, column: 13 }],
    },
    {
      code: 'FROM python:3.12 AS Build\nRUN echo hi\nCOPY --from=BUILD /w /w',
      errors: [{ messageId: 'own', line: 3, column: 13 }],
    },
  ],
});
