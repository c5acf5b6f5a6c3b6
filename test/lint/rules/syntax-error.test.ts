import rule from '../../../src/lint/rules/syntax-error.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nRUN echo hi',
    'FROM python:3.12-slim\nRUN <<EOF\necho hi\nEOF',
    '# syntax=docker/dockerfile:1\nfrom python:3.12-slim\nrun echo hi',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUNN echo hi',
      errors: [{ messageId: 'problem', line: 2, column: 1, endColumn: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update &&\n    apt-get install -y curl',
      errors: [{ messageId: 'problem', line: 3, column: 5 }],
    },
    {
      code: 'FROM python:3.12-slim\nRUN <<EOF\necho hi\n',
      errors: [{ messageId: 'problem', line: 2, column: 5 }],
    },
    // Docker refuses a file with no instructions, empty or comments only.
    { code: '', errors: [{ messageId: 'empty', line: 1, column: 1 }] },
    {
      code: '# syntax=docker/dockerfile:1\n# nothing here\n',
      errors: [{ messageId: 'empty', line: 1, column: 1 }],
    },
  ],
});
