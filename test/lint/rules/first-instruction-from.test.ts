import rule from '../../../src/lint/rules/first-instruction-from.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo hi',
    '# syntax=docker/dockerfile:1\n# a comment\nARG PY=3.12\nFROM python:${PY}-slim',
    'ARG A\nARG B=1\nFROM alpine:3.20\nENV X=1',
  ],
  invalid: [
    {
      code: 'ENV PORT=8000\nFROM python:3.12-slim',
      errors: [{ messageId: 'beforeFrom', line: 1, column: 1, endColumn: 4 }],
    },
    {
      code: '# comment\nARG PY=3.12\nLABEL a=b\nRUN echo hi\nFROM python:${PY}',
      errors: [{ messageId: 'beforeFrom', line: 3, column: 1 }],
    },
    {
      code: 'RUN apt-get update\nFROM debian:12',
      onbuild: false,
      errors: [{ messageId: 'beforeFrom', line: 1, column: 1 }],
    },
  ],
});
