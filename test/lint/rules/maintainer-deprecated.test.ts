import rule from '../../../src/lint/rules/maintainer-deprecated.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12-slim\nLABEL maintainer="Ada <ada@example.com>"',
    'FROM python:3.12-slim\nLABEL org.opencontainers.image.authors=ada@example.com',
    'FROM python:3.12-slim\nRUN echo MAINTAINER',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nMAINTAINER Ada <ada@example.com>',
      errors: [{ messageId: 'deprecated', line: 2, column: 1, endColumn: 11 }],
      output: 'FROM python:3.12-slim\nLABEL maintainer="Ada <ada@example.com>"',
    },
    {
      code: 'from python:3.12-slim\nmaintainer "ada"',
      errors: [{ messageId: 'deprecated', line: 2, column: 1 }],
      output: 'from python:3.12-slim\nlabel maintainer="\\"ada\\""',
    },
    {
      code: 'FROM python:3.12-slim\nONBUILD MAINTAINER ops\nRUN echo hi',
      errors: [{ messageId: 'deprecated', line: 2, column: 9 }],
      output: 'FROM python:3.12-slim\nONBUILD LABEL maintainer="ops"\nRUN echo hi',
    },
  ],
});
