import rule from '../../../src/lint/rules/single-healthcheck.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nHEALTHCHECK CMD ["python", "-c", "print(1)"]',
    'FROM python:3.12 AS build\nHEALTHCHECK NONE\nFROM python:3.12-slim\nHEALTHCHECK CMD ["true"]',
    'FROM python:3.12-slim\nHEALTHCHECK --interval=10s CMD ["true"]\nCMD ["python"]',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nHEALTHCHECK CMD ["true"]\nHEALTHCHECK CMD ["false"]',
      errors: [{ messageId: 'overridden', line: 2, column: 1, endColumn: 12 }],
    },
    {
      code: 'FROM python:3.12-slim\nHEALTHCHECK NONE\nRUN echo hi\nHEALTHCHECK CMD ["true"]',
      errors: [{ messageId: 'overridden', line: 2, column: 1 }],
    },
    {
      code: 'FROM python:3.12-slim\nhealthcheck CMD a\nHEALTHCHECK CMD b\nHEALTHCHECK CMD c',
      errors: [
        { messageId: 'overridden', line: 2, column: 1 },
        { messageId: 'overridden', line: 3, column: 1 },
      ],
    },
  ],
});
