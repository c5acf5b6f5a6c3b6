import rule from '../../../src/lint/rules/apt-get-yes.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-get install --yes curl',
    'FROM debian:12\nRUN apt-get -qq install curl',
    'FROM debian:12\nRUN apt-get -qy install curl',
    // Quiet level 2 implies -y however it is written (apt-get(8)).
    'FROM debian:12\nRUN apt-get -q -q install curl && apt-get -q=2 install git',
    // apt list / apt show ask nothing.
    'FROM debian:12\nRUN apt list --installed && apt show curl',
    'FROM debian:12\nRUN apt-get update',
  ],
  invalid: [
    {
      // apt is apt-get's front end and prompts the same way.
      code: 'FROM debian:12\nRUN apt update && apt install curl',
      errors: [{ messageId: 'missing', line: 2, column: 19 }],
      output: 'FROM debian:12\nRUN apt update && apt install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get install curl',
      errors: [{ messageId: 'missing', line: 2, column: 5, endLine: 2, endColumn: 25 }],
      output: 'FROM debian:12\nRUN apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install --no-install-recommends curl',
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl',
    },
    {
      code: 'FROM debian:12\nRUN apt-get -q install curl && apt-get install git',
      errors: [
        { messageId: 'missing', line: 2, column: 5 },
        { messageId: 'missing', line: 2, column: 32 },
      ],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF',
      errors: [{ messageId: 'missing', line: 4, column: 1 }],
    },
  ],
});
