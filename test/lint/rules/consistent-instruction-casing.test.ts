import rule from '../../../src/lint/rules/consistent-instruction-casing.js';
import { ruleTester } from '../rule-tester.js';

// Wrapping RUN in an upper-case ONBUILD changes the counts this rule is about.
ruleTester(
  rule,
  {
    valid: [
      'FROM python:3.12-slim\nRUN echo hi\nCMD ["python"]',
      'from python:3.12-slim\nrun echo hi\ncmd ["python"]',
      'from python:3.12-slim\nonbuild run echo hi',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nrun echo hi\nCMD ["python"]',
        errors: [{ messageId: 'casing', line: 2, column: 1, endColumn: 4 }],
        output: 'FROM python:3.12-slim\nRUN echo hi\nCMD ["python"]',
      },
      {
        code: 'from python:3.12-slim\nRUN echo hi\nworkdir /app\nCopy . .',
        errors: [
          { messageId: 'casing', line: 2, column: 1 },
          { messageId: 'casing', line: 4, column: 1 },
        ],
        output: 'from python:3.12-slim\nrun echo hi\nworkdir /app\ncopy . .',
      },
      {
        code: 'FROM python:3.12-slim\nONBUILD run echo hi',
        errors: [{ messageId: 'casing', line: 2, column: 9 }],
        output: 'FROM python:3.12-slim\nONBUILD RUN echo hi',
      },
    ],
  },
  { onbuild: false },
);
