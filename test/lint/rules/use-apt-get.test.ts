import rule from '../../../src/lint/rules/use-apt-get.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-cache policy curl',
    'FROM debian:12\nRUN echo apt install curl',
    'FROM debian:12\nRUN aptitude install -y curl',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt install -y curl',
      errors: [{ messageId: 'apt', line: 2, column: 5, endColumn: 8 }],
      output: 'FROM debian:12\nRUN apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN apt update && \\\n    /usr/bin/apt upgrade -y',
      errors: [
        { messageId: 'apt', line: 2, column: 5 },
        { messageId: 'apt', line: 3, column: 5, endColumn: 17 },
      ],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    /usr/bin/apt-get upgrade -y',
    },
    {
      code: 'FROM debian:12\nRUN apt show curl; apt list --installed',
      errors: [
        { messageId: 'aptCache', line: 2, column: 5 },
        { messageId: 'apt', line: 2, column: 20 },
      ],
    },
  ],
});
