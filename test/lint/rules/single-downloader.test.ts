import rule from '../../../src/lint/rules/single-downloader.js';
import { ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://x/a && curl -fsSLO https://x/b',
    'FROM debian:12 AS a\nRUN wget https://x/a\nFROM debian:12\nRUN curl -fsSLO https://x/b',
    'FROM debian:12\nRUN apt-get install -y curl wget',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSLO https://x/a && wget https://x/b',
      errors: [{ messageId: 'both', line: 2, column: 32, endLine: 2, endColumn: 36 }],
    },
    {
      code: 'FROM debian:12\nRUN wget -q https://x/a\nRUN curl -O https://x/b\nRUN wget -q https://x/c',
      errors: [{ messageId: 'both', line: 3, column: 5 }],
    },
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://x/a | sh && \\\n    wget -q https://x/b && wget -q https://x/c',
      errors: [
        { messageId: 'both', line: 3, column: 5 },
        { messageId: 'both', line: 3, column: 28 },
      ],
    },
  ],
});
