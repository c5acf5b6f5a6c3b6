import rule from '../../../src/lint/rules/apt-get-no-dist-upgrade.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN echo apt-get dist-upgrade',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 23, endColumn: 46 }],
    },
    {
      code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get -y -o Dpkg::Options::=--force-confnew dist-upgrade',
      errors: [{ messageId: 'distUpgrade', line: 3, column: 5 }],
    },
    {
      code: 'FROM ubuntu:24.04\nRUN apt full-upgrade -y',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 5 }],
    },
  ],
});
