import rule from '../../../src/lint/rules/apt-get-pin-versions.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8',
    'FROM debian:12\nRUN apt-get install -y "curl=7.88.*" ./local.deb',
    'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold ca-certificates=20230311',
    'FROM debian:12\nRUN apt-get remove -y curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      errors: [{ messageId: 'unpinned', line: 2, column: 24, endColumn: 28 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    gcc=4:12.2.0-3 \\\n    libpq-dev',
      errors: [{ messageId: 'unpinned', line: 4, column: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports git curl/bookworm',
      errors: [
        { messageId: 'unpinned', line: 2, column: 46 },
        { messageId: 'unpinned', line: 2, column: 50 },
      ],
    },
  ],
});
