import rule from '../../../src/lint/rules/no-empty-continuation.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl',
    'FROM debian:12\nRUN apt-get update \\\n# a comment\n && apt-get install -y curl',
    'FROM debian:12\nRUN <<EOF\nset -e\n\necho hi\nEOF',
    'FROM debian:12\n\nRUN echo hi\n\nCMD ["bash"]',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n\n && apt-get install -y curl',
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
      output: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl',
    },
    {
      code: 'FROM debian:12\nRUN a \\\n  \n  b \\\n\n  c',
      errors: [
        { messageId: 'empty', line: 3, column: 1, endColumn: 3 },
        { messageId: 'empty', line: 5, column: 1 },
      ],
      output: 'FROM debian:12\nRUN a \\\n  b \\\n  c',
    },
    {
      code: 'FROM debian:12\nENV A=1 \\\n\n    B=2',
      errors: [{ messageId: 'empty', line: 3, column: 1 }],
      output: 'FROM debian:12\nENV A=1 \\\n    B=2',
    },
  ],
});
