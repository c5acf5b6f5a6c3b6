import rule from '../../../src/lint/rules/no-inline-ignore.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\n# install curl for the health check\nRUN apt-get install -y curl',
    '# syntax=docker/dockerfile:1\nFROM debian:12',
    'FROM debian:12\n# hadolint is run in CI\nRUN true',
  ],
  invalid: [
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl',
      errors: [{ messageId: 'pragma', line: 2, column: 1, endColumn: 25 }],
    },
    {
      code: '# hadolint global ignore=DL3059\nFROM debian:12',
      errors: [{ messageId: 'pragma', line: 1, column: 1 }],
    },
    {
      code: 'FROM debian:12\n  # dockspec-ignore=DS2001 the base answers prompts\nRUN apt-get install curl',
      errors: [{ messageId: 'pragma', line: 2, column: 3 }],
    },
  ],
});
