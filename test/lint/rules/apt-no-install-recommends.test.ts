import rule from '../../../src/lint/rules/apt-no-install-recommends.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl',
    'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl',
    'FROM debian:12\nRUN apt-get update',
    'FROM debian:12\nRUN apk add curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt install -y curl',
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN apt install --no-install-recommends -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 28 }],
      output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get -y install curl',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM debian:12\nRUN apt-get update \\\n && apt-get -y install --no-install-recommends curl',
    },
    {
      code: 'FROM debian:12\nRUN set -eux; /usr/bin/apt-get install -y git',
      errors: [{ messageId: 'missing', line: 2, column: 15 }],
    },
  ],
});
